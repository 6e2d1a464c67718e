"""The plugin's QGIS calls are not deprecated on the QGIS running the tests.

QGIS reports a deprecated call as a DeprecationWarning ("QgsLayoutItemLabel.setFont() is deprecated",
"QgsField constructor is deprecated", ...). On 3.22 nothing the plugin calls is deprecated; the test
matters on the newer QGIS of the test matrix (3.40, 3.44), where plugin/compat.py must pick the
replacement call."""
import re
import warnings

from qgis.core import QgsProject

from plugin.export import sources
from plugin.export.insek import export_insek
from plugin.qgis_adapters.loading import load_sample

QGIS_DEPRECATION = re.compile(r"\bQgs\w*\b.*\bis deprecated\b")


def _qgis_deprecations(caught):
    return sorted({f"{w.filename}:{w.lineno}: {w.message}" for w in caught
                   if issubclass(w.category, DeprecationWarning) and QGIS_DEPRECATION.search(str(w.message))})


def test_export_and_processing_use_no_deprecated_qgis_call(qgis_app, dispersion_provider, tmp_path):
    import processing

    project = QgsProject()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        layers = load_sample(project)
        export_insek(layers, str(tmp_path / "public.pdf"), "T", public=True, project=project)
        export_insek(layers, str(tmp_path / "internal.svg"), "T", public=False, project=project)
        export_insek(layers, str(tmp_path / "atlas.pdf"), "T", public=True, atlas=True, layout="a4_portrait",
                     project=project)
        for layer in layers.values():
            if layer is not None:
                sources.layer_metadata(layer)
        processing.run("dispersion:analyse", {
            "DISTRICTS": layers["districts"], "SHELTERS": layers["shelters"], "PLACES_FIELD": "capacity",
            "PERMUTATIONS": 9, "DISTRICT_METRICS": "memory:", "CITY_METRICS": "memory:",
            "REPORT": str(tmp_path / "report.html")})
    project.clear()
    assert not _qgis_deprecations(caught), "\n".join(_qgis_deprecations(caught))


def test_the_check_sees_a_deprecated_call(qgis_app):
    """Not vacuous where QGIS deprecates something the plugin avoids (compat picks the new call there)."""
    from qgis.core import QgsLayoutItemLabel, QgsPrintLayout
    from qgis.PyQt.QtGui import QFont

    project = QgsProject()
    layout = QgsPrintLayout(project)
    label = QgsLayoutItemLabel(layout)
    layout.addLayoutItem(label)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        label.setFont(QFont())
    if not hasattr(label, "setTextFormat"):
        assert not _qgis_deprecations(caught)  # QGIS 3.22: setFont is the only call there is
    else:
        assert _qgis_deprecations(caught), "QgsLayoutItemLabel.setFont() should warn where setTextFormat exists"
