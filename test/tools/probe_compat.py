"""Print what plugin.compat chose on the running QGIS, and try the calls it wraps (a diagnostic)."""
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))

from qgis.core import (  # noqa: E402
    Qgis,
    QgsApplication,
    QgsLayerMetadata,
    QgsLayoutItemLabel,
    QgsLegendStyle,
    QgsPalLayerSettings,
    QgsPrintLayout,
    QgsProject,
    QgsVectorLayer,
)

app = QgsApplication([], False)
app.initQgis()
from plugin import compat  # noqa: E402

print("QGIS", Qgis.QGIS_VERSION)
for name in sorted(vars(compat)):
    if name.isupper():
        value = getattr(compat, name)
        print(f"{name:28} {value!r}")
s = QgsPalLayerSettings()
s.placement = compat.LABEL_PLACEMENT_OVER_POINT
s.multilineAlign = compat.LABEL_MULTILINE_CENTER
print("placement ok", s.placement)
field = compat.new_field("x", "double")
print("field", field.typeName(), field.type())
layout = QgsPrintLayout(QgsProject.instance())
label = QgsLayoutItemLabel(layout)
from qgis.PyQt.QtGui import QFont  # noqa: E402

f = QFont("DejaVu Sans")
f.setPointSizeF(7.5)
compat.set_label_font(label, f)
print("label font", compat.label_font(label).pointSizeF())
st = QgsLegendStyle()
compat.set_legend_style_font(st, f)
print("legend font", compat.legend_style_font(st).pointSizeF())
md = QgsLayerMetadata()
print("typed dates", compat.set_metadata_date(md, "2024-05-17"), compat.metadata_date(md))
layer = QgsVectorLayer("Point?crs=EPSG:25832", "p", "memory")
print("abstract", repr(compat.layer_abstract(layer)))
print("QAction", compat.QAction)
