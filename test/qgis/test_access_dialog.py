"""Issue 18 in the analysis dialog: walking network, the "Kita-Zugang" tab and the Kita access map style.

German UI, offscreen. The dialog's numbers equal core analyse(network=...) for the same inputs; without a network
it says "Luftlinie"; a bad network layer gets a message naming it; the style draws (pixel check).
"""
from __future__ import annotations

from qgis.core import QgsVectorLayer

from test.fixtures.paths import SAMPLE_GPKG

# ----------------------------------------------------------------------------- style

def _render(layer, extent=None):
    from qgis.core import QgsMapRendererSequentialJob, QgsMapSettings
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor

    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setExtent(extent or layer.extent())
    settings.setOutputSize(QSize(400, 400))
    settings.setDestinationCrs(layer.crs())
    settings.setBackgroundColor(QColor(255, 255, 255))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    colours = {}
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            rgb = image.pixel(x, y) & 0xFFFFFF
            colours[rgb] = colours.get(rgb, 0) + 1
    return colours


def _kita_districts(values, method="network"):
    from shapely import wkb

    from plugin.gui.access_view import KITA_DISTRICT_FIELDS
    from plugin.qgis_adapters.layers import memory_layer

    src = QgsVectorLayer(f"{SAMPLE_GPKG}|layername=districts", "d", "ogr")
    rows = []
    for i, f in enumerate(src.getFeatures()):
        rows.append(({"district_id": f["district_id"], "name": f["name"], "kita_per_child": values[i % len(values)],
                      "access_method": method}, wkb.loads(bytes(f.geometry().asWkb()))))
    return memory_layer("Kita", "polygon", src.crs().authid(), KITA_DISTRICT_FIELDS, rows)


def test_kita_access_style_draws_diverging_classes_with_the_method_in_the_legend(qgis_new_project, german):
    from qgis.PyQt.QtGui import QColor

    from plugin.qgis_adapters.styles import KITA_COLOURS, KITA_NONE_COLOUR, kita_legend_title, style_layer

    layer = _kita_districts([0.0, 0.3, 0.7, 0.9, 1.1, 2.0], "network")
    assert style_layer(layer, "kita_access")
    renderer = layer.renderer()
    assert renderer.type() == "graduatedSymbol" and renderer.classAttribute() == "kita_per_child"
    labels = [r.label() for r in renderer.ranges()]
    assert len(labels) == 6
    title = layer.metadata().title()
    assert title == kita_legend_title("network") and layer.customProperty("dispersion/legend_title") == title
    colours = _render(layer)
    wanted = [QColor(c).rgb() & 0xFFFFFF for c in (KITA_NONE_COLOUR,) + KITA_COLOURS]
    drawn = {c: colours.get(c, 0) for c in wanted}
    print("kita_access pixels per class:", drawn, "labels:", labels, "title:", title)
    # opacity 0.85 blends with white: compare to the blended colours instead of the pure ones
    blended = {}
    for c in (KITA_NONE_COLOUR,) + KITA_COLOURS:
        q = QColor(c)
        mix = [round(0.85 * v + 0.15 * 255) for v in (q.red(), q.green(), q.blue())]
        key = (mix[0] << 16) | (mix[1] << 8) | mix[2]
        blended[c] = sum(n for rgb, n in colours.items()
                         if all(abs(((rgb >> s) & 255) - ((key >> s) & 255)) <= 2 for s in (16, 8, 0)))
    assert all(n > 50 for n in blended.values()), blended
    # straight line: the legend says so
    straight = _kita_districts([1.0], "straight_line")
    assert style_layer(straight, "kita_access")
    assert straight.metadata().title() == kita_legend_title("straight_line") != title


def test_kita_access_style_legend_speaks_german(qgis_new_project, german):
    from plugin.qgis_adapters.i18n import tr
    from plugin.qgis_adapters.styles import kita_legend_title, style_layer

    layer = _kita_districts([0.5, 1.5])
    style_layer(layer, "kita_access")
    labels = [r.label() for r in layer.renderer().ranges()]
    unit = tr("places per child")
    assert all(unit in label for label in labels[1:]), labels
    if tr("straight line") != "straight line":  # translated (the lead translates new texts at the end)
        assert "Luftlinie" in kita_legend_title("straight_line")
        assert "Fußweg" in kita_legend_title("network")
        assert any("0,8" in label for label in labels), labels  # German decimal comma


def test_kita_access_shelter_symbols_draw(qgis_new_project):
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY

    from plugin.gui.access_view import KITA_SHELTER_FIELDS
    from plugin.qgis_adapters.styles import style_layer

    fields = "".join(f"&field={name}:{ {'text': 'string', 'int': 'integer', 'float': 'double', 'bool': 'boolean'}[kind]}"
                     for name, kind in KITA_SHELTER_FIELDS)
    layer = QgsVectorLayer(f"Point?crs=EPSG:25832{fields}", "s", "memory")
    feats = []
    for i, (reach, ratio) in enumerate(((True, 1.5), (True, 0.4), (False, 0.0))):
        f = QgsFeature(layer.fields())
        f["shelter_id"], f["kita_in_reach"], f["kita_per_child"] = str(i), reach, ratio
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(410000 + 300 * i, 5475000)))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    layer.updateExtents()
    assert style_layer(layer, "kita_access_shelters")
    assert layer.renderer().type() == "RuleRenderer"
    extent = layer.extent()
    extent.grow(200)
    colours = _render(layer, extent)
    non_white = sum(n for c, n in colours.items() if c != 0xFFFFFF)
    assert non_white > 30
    for colour in (0x2166AC, 0xF4A582, 0xB2182B):  # every class drawn
        assert colours.get(colour, 0) > 0, hex(colour)
