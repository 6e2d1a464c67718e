"""Issue 18 in the analysis dialog: walking network, the "Kita-Zugang" tab and the Kita access map style.

German UI, offscreen. The dialog's numbers equal core analyse(network=...) for the same inputs; without a network
it says "Luftlinie"; a bad network layer gets a message naming it; the style draws (pixel check).
"""
from __future__ import annotations

import pytest
from qgis.core import QgsProject, QgsVectorLayer

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
    for colour in (0x2166AC, 0xF4A582, 0x111111):  # every class drawn (no Kita: a black square)
        assert colours.get(colour, 0) > 0, hex(colour)


# ----------------------------------------------------------------------------- the dialog

EXTENT = (401900.0, 5468600.0, 415500.0, 5483300.0)  # the sample's districts, EPSG:25832


def grid_network(name="Fußwege", crs="EPSG:25832", step=500.0, skip=(), empty=False):
    """A walking grid over the sample as single segments (connected at every crossing); ``skip``: (i, j) cells
    whose eastward segment is missing, a barrier walkers go around."""
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY

    layer = QgsVectorLayer(f"LineString?crs={crs}&field=oneway:string", name, "memory")
    if empty:
        return layer
    x0, y0, x1, y1 = EXTENT
    nx, ny = int((x1 - x0) // step), int((y1 - y0) // step)
    feats = []
    for i in range(nx + 1):
        for j in range(ny + 1):
            p = QgsPointXY(x0 + i * step, y0 + j * step)
            for di, dj in ((1, 0), (0, 1)):
                if i + di > nx or j + dj > ny or (di and (i, j) in skip):
                    continue
                q = QgsPointXY(x0 + (i + di) * step, y0 + (j + dj) * step)
                f = QgsFeature(layer.fields())
                f.setGeometry(QgsGeometry.fromPolylineXY([p, q]))
                feats.append(f)
    layer.dataProvider().addFeatures(feats)
    layer.updateExtents()
    return layer


def kita_services():
    """The sample's services as a planner's copy with Kita places in a German field ("Plätze")."""
    from qgis.core import QgsFeature, QgsField

    from plugin import compat

    src = QgsVectorLayer(f"{SAMPLE_GPKG}|layername=services", "s", "ogr")
    layer = QgsVectorLayer("Point?crs=EPSG:25832&field=service_id:string&field=name:string&field=category:string",
                           "Angebote mit Plätzen", "memory")
    layer.dataProvider().addAttributes([QgsField("Plätze", compat.FIELD_INT)])
    layer.updateFields()
    feats = []
    for n, sf in enumerate(src.getFeatures()):
        f = QgsFeature(layer.fields())
        f.setAttributes([sf["service_id"], sf["name"], sf["category"],
                         (40 + 15 * (n % 5)) if sf["category"] == "kita" else None])
        f.setGeometry(sf.geometry())
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def age_table(path):
    """A plain age table for the sample's districts (illustrative counts)."""
    src = QgsVectorLayer(f"{SAMPLE_GPKG}|layername=districts", "d", "ogr")
    lines = ["district_id;age_from;age_to;count"]
    for n, f in enumerate(src.getFeatures()):
        lines += [f"{f['district_id']};0;3;{60 + 7 * n}", f"{f['district_id']};3;6;{70 + 5 * n}"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def kita_project(qgis_new_project, tmp_path):
    from plugin.qgis_adapters.loading import load_sample

    load_sample(QgsProject.instance())
    services = kita_services()
    network = grid_network(skip={(10, j) for j in range(5, 25)})
    QgsProject.instance().addMapLayers([services, network])
    return {"services": services, "network": network, "ages": age_table(tmp_path / "alter.csv")}


def run_dialog(qgis_app, qgis_iface, services=None, network=None, ages=None, **values):
    from plugin.gui.analysis_dialog import AnalysisDialog
    from test.fixtures.qgis_helpers import wait_for

    dialog = AnalysisDialog(qgis_iface)
    dialog.permutations.setValue(0)
    if services is not None:
        dialog.services.layer_combo.setLayer(services)
    inputs = dialog.kita_inputs
    inputs.network.setLayer(network)
    if ages is not None:
        inputs.age_file.setFilePath(str(ages))
    for name, value in values.items():
        getattr(inputs, name).setValue(value)
    dialog.run()
    wait_for(dialog, qgis_app)
    return dialog


def test_kita_tab_shows_the_cores_numbers_on_the_walking_network(qgis_app, qgis_iface, kita_project, german, bar):
    from plugin.core.metrics.analysis import analyse
    from plugin.io.age_tables import read_age_table
    from plugin.qgis_adapters.i18n import tr
    from plugin.qgis_adapters.network_layers import network_from_layer

    dialog = run_dialog(qgis_app, qgis_iface, kita_project["services"], kita_project["network"], kita_project["ages"],
                        under6=12.0, max_distance=1200.0, rate_3to6=95.0)
    assert dialog.last_error is None, dialog.last_error
    assert dialog.kita_inputs.capacity.currentField() == "Plätze"  # found by the alias
    view = dialog.kita
    assert view is not None and view.method == "network" and view.capacity_aware and view.has_both()
    # the same inputs straight into the core
    network = network_from_layer(kita_project["network"], dialog.data.crs)
    core = analyse(dialog.data, permutations=0, network=network,
                   age_rows=read_age_table(str(kita_project["ages"])).rows,
                   demand_rates=((0.0, 2.0, 0.265), (2.0, 3.0, 0.75), (3.0, 6.0, 0.95)), under6_share=0.12,
                   kita_max_distance_m=1200.0)
    by_id = {str(d["district_id"]): d for d in core.districts}
    assert len(view.districts) == len(core.districts) == 18
    for row in view.districts:
        want = by_id[row["district_id"]]
        assert row["per_child"] == pytest.approx(want["kita_per_child"], abs=1e-9)
        assert row["shortfall"] == pytest.approx(want["kita_shortfall"], abs=1e-9)
    assert any(r["shortfall"] > 0 for r in view.districts) and any(r["per_child"] > 0 for r in view.districts)
    walk = {str(r["shelter_id"]): r["dist_kita"] for r in core.access}
    for row in view.shelters:
        assert row["walk_m"] == pytest.approx(walk[row["shelter_id"]], abs=1e-9)
        assert row["walk_m"] >= row["straight_m"] - 1e-6  # on foot never shorter than the straight line
    assert any(r["walk_m"] > r["straight_m"] + 50 for r in view.shelters)
    # the table shows these numbers in German notation, the readings name the method
    table = dialog.kita_tab.district_table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert len(headers) == 5  # name, children, walking, straight line, shortfall
    shown = {table.item(r, 0).text(): table.item(r, 2).text() for r in range(table.rowCount())}
    first = view.districts[0]
    from plugin.core.display import format_plain

    assert shown[first["name"]] == format_plain(first["per_child"], "de", 2)
    assert dialog.kita_tab.readings.toPlainText()
    assert tr("walking route") in dialog.kita_tab.method_label.text() or "Wegenetz" in dialog.kita_tab.method_label.text() \
        or kita_project["network"].name() in dialog.kita_tab.method_label.text()
    assert dialog.kita_tab.chart.drawn
    # the result layers: named by the method, styled kita_access
    districts, shelters = dialog.kita_layers
    assert districts.featureCount() == 18 and shelters.featureCount() == len(view.shelters)
    assert tr("walking route") in districts.name() and districts.renderer().type() == "graduatedSymbol"
    assert shelters.renderer().type() == "RuleRenderer"
    values = {f["district_id"]: f["kita_per_child"] for f in districts.getFeatures()}
    assert values[first["district_id"]] == pytest.approx(first["per_child"])
    dialog.close()


def test_without_a_network_the_tab_says_straight_line(qgis_app, qgis_iface, kita_project, german, bar):
    from plugin.core.metrics.analysis import analyse
    from plugin.io.age_tables import read_age_table
    from plugin.qgis_adapters.i18n import tr

    dialog = run_dialog(qgis_app, qgis_iface, kita_project["services"], None, kita_project["ages"])
    assert dialog.last_error is None, dialog.last_error
    assert dialog.kita.method == "straight_line" and not dialog.kita.has_both()
    straight = tr("straight line")
    assert straight in dialog.kita_inputs.method_summary()
    assert straight in dialog.kita_tab.method_label.text()
    assert straight in dialog.kita_layers[0].name()
    if straight != "straight line":  # once the lead has translated the new texts
        assert straight == "Luftlinie"
    core = analyse(dialog.data, permutations=0, age_rows=read_age_table(str(kita_project["ages"])).rows)
    by_id = {str(d["district_id"]): d["kita_per_child"] for d in core.districts}
    for row in dialog.kita.districts:
        assert row["per_child"] == pytest.approx(by_id[row["district_id"]], abs=1e-9)
        assert row["per_child_straight"] is None
    table = dialog.kita_tab.district_table
    assert table.columnCount() == 4  # no second method column
    dialog.close()


@pytest.mark.parametrize("case", ["empty", "no_crs"])
def test_a_bad_network_layer_gets_a_message_naming_it(qgis_app, qgis_iface, kita_project, bar, case):
    layer = grid_network("Wege kaputt", empty=True) if case == "empty" else \
        grid_network("Wege kaputt", crs="", step=3000.0)
    QgsProject.instance().addMapLayer(layer)
    if case == "no_crs":
        from qgis.core import QgsCoordinateReferenceSystem

        layer.setCrs(QgsCoordinateReferenceSystem())
    dialog = run_dialog(qgis_app, qgis_iface, kita_project["services"], layer)
    assert dialog.task is None and dialog.result is None  # never started
    assert dialog.last_error and "Wege kaputt" in dialog.last_error, dialog.last_error
    assert bar.messages and "Wege kaputt" in bar.messages[-1][1]
    dialog.close()


def test_a_network_in_degrees_is_reprojected_and_said_so(qgis_app, qgis_iface, kita_project, bar):
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsFeature

    utm = grid_network(step=1000.0)
    wgs = QgsVectorLayer("LineString?crs=EPSG:4326", "Wege WGS84", "memory")
    transform = QgsCoordinateTransform(utm.crs(), QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance())
    feats = []
    for sf in utm.getFeatures():
        geometry = sf.geometry()
        geometry.transform(transform)
        f = QgsFeature(wgs.fields())
        f.setGeometry(geometry)
        feats.append(f)
    wgs.dataProvider().addFeatures(feats)
    QgsProject.instance().addMapLayer(wgs)
    dialog = run_dialog(qgis_app, qgis_iface, kita_project["services"], wgs, kita_project["ages"])
    assert dialog.last_error is None, dialog.last_error
    assert dialog.kita.method == "network"
    notes = dialog.notes.toPlainText()
    assert "Wege WGS84" in notes and "EPSG:4326" in notes, notes
    dialog.close()


def test_the_dialog_fits_a_laptop_with_the_kita_group_open(qgis_app, qgis_iface, kita_project, german, bar):
    from test.qgis.test_dialog_fit import assert_fits, screenshot

    dialog = run_dialog(qgis_app, qgis_iface, kita_project["services"], kita_project["network"], kita_project["ages"])
    assert dialog.last_error is None
    dialog.show()
    dialog.kita_inputs.setCollapsed(False)
    dialog.tabs.setCurrentWidget(dialog.kita_tab)
    assert_fits(dialog, "kita tab, group open")
    screenshot(dialog, "analysis_dialog_de_1366_kita.png")
    dialog.close()


def test_the_sample_opens_with_its_network_and_places_and_reads_its_age_table(qgis_app, qgis_iface, qgis_new_project,
                                                                             bar):
    """On the sample its walking network and Kita places are the defaults; with its (city-format) age table the
    numbers equal the core's with the whole table (the open last group adds nothing)."""
    from plugin.core.metrics.analysis import analyse
    from plugin.gui.access_view import SAMPLE_AGES
    from plugin.gui.analysis_dialog import AnalysisDialog
    from plugin.io.age_tables import read_age_table
    from plugin.qgis_adapters.loading import load_sample
    from plugin.qgis_adapters.network_layers import network_from_layer
    from test.fixtures.qgis_helpers import wait_for

    layers = load_sample(QgsProject.instance())
    if "network" not in layers:
        pytest.skip("the sample has no walking network yet")
    dialog = AnalysisDialog(qgis_iface)
    inputs = dialog.kita_inputs
    assert inputs.network_layer() is layers["network"]
    # network fields are never guessed (OSM oneway binds vehicles): as in Processing, none unless chosen
    assert not (inputs.oneway.currentField() or inputs.walkable.currentField() or inputs.not_walkable.currentField())
    assert inputs.capacity.currentField() == "capacity"
    assert inputs.age_file.filePath() == ""  # never a default: own copies of the sample give the same numbers
    inputs.age_file.setFilePath(str(SAMPLE_AGES))
    dialog.permutations.setValue(0)
    dialog.run()
    wait_for(dialog, qgis_app)
    assert dialog.last_error is None, dialog.last_error
    assert dialog.kita.method == "network" and dialog.kita.capacity_aware
    rows = read_age_table(str(SAMPLE_AGES)).rows
    assert any(r[2] == float("inf") for r in rows)  # the city format's open last group
    core = analyse(dialog.data, permutations=0, age_rows=rows,
                   network=network_from_layer(layers["network"], dialog.data.crs))
    want = {str(d["district_id"]): (d["kita_per_child"], d["kita_shortfall"]) for d in core.districts}
    for row in dialog.kita.districts:
        assert (row["per_child"], row["shortfall"]) == pytest.approx(want[row["district_id"]], abs=1e-9)
    dialog.close()


def test_emptying_the_kita_places_field_checks_distance_only(qgis_app, qgis_iface, kita_project, bar):
    from plugin.gui.analysis_dialog import AnalysisDialog
    from test.fixtures.qgis_helpers import wait_for

    dialog = AnalysisDialog(qgis_iface)
    dialog.permutations.setValue(0)
    dialog.services.layer_combo.setLayer(kita_project["services"])
    assert dialog.kita_inputs.capacity.currentField() == "Plätze"
    dialog.kita_inputs.capacity.setField("")
    dialog.kita_inputs.network.setLayer(None)
    dialog.kita_inputs.age_file.setFilePath(str(kita_project["ages"]))
    dialog.run()
    wait_for(dialog, qgis_app)
    assert dialog.last_error is None, dialog.last_error
    assert all(s.capacity is None for s in dialog.data.services)
    assert not dialog.kita.capacity_aware and dialog.kita.method == "straight_line"
    assert dialog.kita_tab.readings.toPlainText()  # the core says it checked the distance only
    assert dialog.kita_tab.chart.drawn and not dialog.kita_tab.tables.isTabEnabled(0)
    dialog.close()
