"""A planner's own files beside the bundled sample in one project, German UI, through every dialog (issue 14).

The own files (test/fixtures/own_data.py) hold the sample's numbers under German layer and field names: districts
"Stadtteile" in WGS84 (the sample's districts are called "Stadtteile" in German too), shelters from an operator's
cp1252 CSV imported through the CSV dialog, meeting points, services and candidate sites in a GeoPackage. The
planner makes them the planning set in the "Add planning layers" dialog; then every dialog must use them (not the
sample's layers), give the sample-named run's numbers, and the map must draw the shelters and label the districts.
"""
from __future__ import annotations

import subprocess
from types import SimpleNamespace

import pytest
from qgis.core import QgsProject, QgsVectorLayer

from test.fixtures.own_data import assert_same, make_own_data
from test.fixtures.qgis_helpers import wait_for

KINDS = ("districts", "shelters", "hotspots", "services", "candidates")


@pytest.fixture
def city(qgis_app, qgis_iface, qgis_new_project, german, bar, tmp_path):
    """Sample and own files in one German project; the own layers are the planning set (set as a planner does)."""
    from plugin.gui.csv_import_dialog import CsvImportDialog
    from plugin.gui.layers_dialog import PlanningLayersDialog
    from plugin.qgis_adapters.loading import load_sample
    from plugin.qgis_adapters.planning_set import load_planning_set

    project = QgsProject.instance()
    sample_layers = load_sample(project)
    own = make_own_data(tmp_path / "eigene")
    csv = CsvImportDialog(qgis_iface)
    assert csv.load_file(str(own.shelters_csv))
    shelters = csv.import_layer()
    assert shelters is not None, csv.last_error
    csv.close()
    layers = {"shelters": shelters}
    for kind in ("districts", "hotspots", "services", "candidates"):
        layer = QgsVectorLayer(own.uri(kind), own.names[kind], "ogr")
        assert layer.isValid(), own.uri(kind)
        project.addMapLayer(layer)
        layers[kind] = layer
    assert sample_layers["districts"].name() == layers["districts"].name() == "Stadtteile"  # the trap of issue 14.2
    dialog = PlanningLayersDialog(qgis_iface)
    for kind in KINDS:
        dialog.mappers[kind].layer_combo.setLayer(layers[kind])
    assert dialog.mappers["districts"].field_map()["population"] == "Einwohner"
    dialog.apply()
    dialog.close()
    stored = load_planning_set(project)
    assert {k: stored.layer_ids.get(k) for k in KINDS} == {k: layers[k].id() for k in KINDS}
    return SimpleNamespace(own=own, layers=layers, sample=sample_layers, project=project, iface=qgis_iface,
                           app=qgis_app, bar=bar)


def use_planning_set(layers: dict, project) -> None:
    """Make ``layers`` the planning set (the planning_set API; the field maps guessed, as the dialog would)."""
    from plugin.core.contract import guess_field_map
    from plugin.qgis_adapters.planning_set import PlanningSet, save_planning_set

    chosen = PlanningSet()
    for kind in KINDS:
        chosen.set(kind, layers[kind], guess_field_map(kind, layers[kind].fields().names()))
    save_planning_set(chosen, project)


def chosen_ids(mappers: dict) -> dict:
    return {kind: (m.layer().id() if m.layer() is not None else None) for kind, m in mappers.items()}


def run_analysis(city):
    from plugin.gui.analysis_dialog import AnalysisDialog

    dialog = AnalysisDialog(city.iface)
    mappers = {"districts": dialog.districts, "shelters": dialog.shelters, "hotspots": dialog.hotspots,
               "services": dialog.services}
    ids = chosen_ids(mappers)
    dialog.permutations.setValue(99)
    dialog.run()
    wait_for(dialog, city.app)
    assert dialog.last_error is None, dialog.last_error
    result = dialog.result
    report = dialog.report_text()
    dialog.close()
    return ids, result, report


def test_analysis_dialog_uses_own_layers_and_gives_the_sample_numbers(city):
    ids, own_result, report = run_analysis(city)
    assert ids == {k: city.layers[k].id() for k in ids}  # the own layers, not the sample's same-named ones
    use_planning_set(city.sample, city.project)
    sample_ids, sample_result, _ = run_analysis(city)
    assert sample_ids == {k: city.sample[k].id() for k in sample_ids}
    assert len(own_result.districts) == 18
    by_id = lambda result: {d["district_id"]: d for d in result.districts}  # noqa: E731
    assert_same(by_id(own_result), by_id(sample_result))
    assert_same(own_result.city_dict(), sample_result.city_dict())
    assert own_result.city_dict()["places_total"] == 1502
    assert "Stadtteile" in report and "Unterkünfte" in report or "Belegung" in report  # the own sources named


def run_placement(city):
    from plugin.gui.placement_dialog import PlacementDialog

    dialog = PlacementDialog(city.iface)
    ids = chosen_ids(dialog.mappers)
    dialog.places.setValue(300)
    dialog.run()
    wait_for(dialog, city.app)
    assert dialog.last_error is None, dialog.last_error
    result = dialog.result
    # read now: a re-run replaces these result layers (issue 14.4), which deletes them
    units = [layer.crs().mapUnits() for layer in getattr(dialog, "added_layers", [])]
    dialog.close()
    return ids, result, units


def sites_of(result) -> list:
    return sorted((s["site_id"], s.get("group_label"), s["places"], s["district_id"]) for s in result.sites)


def test_placement_dialog_uses_own_layers_and_suggests_the_sample_sites(city):
    ids, own_result, added = run_placement(city)
    assert ids == {k: city.layers[k].id() for k in ids}
    assert own_result.status == "optimal" and sum(s["places"] for s in own_result.sites) == 300
    use_planning_set(city.sample, city.project)
    _, sample_result, _ = run_placement(city)
    assert sites_of(own_result) == sites_of(sample_result)
    assert_same(own_result.objective_max_per_1000, sample_result.objective_max_per_1000)
    after = lambda r: {d["district_id"]: d for d in r.districts_after}  # noqa: E731
    assert_same(after(own_result), after(sample_result))
    # the result layers are in the results group, named by the UI language, in the working CRS (metres)
    assert added and all(units == 0 for units in added)  # QgsUnitTypes.DistanceMeters


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout


def sample_district_names() -> list:
    from test.fixtures.qgis_helpers import sample

    return sorted(f["name"] for f in QgsVectorLayer(sample("districts"), "d", "ogr").getFeatures())


@pytest.mark.parametrize("public", [True, False])
def test_export_dialog_uses_own_layers(city, tmp_path, public):
    from plugin.gui.export_dialog import ExportDialog

    dialog = ExportDialog(city.iface)
    for kind in ("districts", "shelters", "hotspots", "services"):
        layer = dialog.combos[kind].currentLayer()
        assert layer is not None and layer.id() == city.layers[kind].id(), (kind, layer and layer.source())
    dialog.public.setChecked(public)
    pdf = tmp_path / ("oeffentlich.pdf" if public else "intern.pdf")
    dialog.output.setFilePath(str(pdf))
    written = dialog.run()
    dialog.close()
    assert written, [m for m in city.bar.messages]
    text = pdf_text(pdf)
    names = [n for n in sample_district_names() if n in text]
    assert len(names) >= 9, text[:2000]  # district labels from the 'Stadtteil' column
    if public:
        assert "Gemeinschaftsunterkunft" not in text  # shelter names never in a public export
    # exports add nothing but layouts: no copies of the inputs left in the project
    from plugin.qgis_adapters.layers import generated_layers

    assert not [lyr.name() for lyr in generated_layers(city.project) if "INSEK" in lyr.name()]


def test_fusion_dialog_bundles_the_operator_list_with_the_city_list(city):
    from plugin.gui.fusion_dialog import FusionDialog

    dialog = FusionDialog(city.iface)
    assert city.layers["shelters"].id() in dialog.layer_ids and city.sample["shelters"].id() in dialog.layer_ids
    for layer_id in dialog.layer_ids:
        layer = city.project.mapLayer(layer_id)
        dialog.set_checked(layer, layer_id in (city.layers["shelters"].id(), city.sample["shelters"].id()))
    assert {lyr.id() for lyr in dialog.selected_sources()} == {city.layers["shelters"].id(),
                                                              city.sample["shelters"].id()}
    dialog.run()
    wait_for(dialog, city.app)
    assert dialog.result is not None, dialog.last_error
    fused = {f["shelter_id"]: f for f in dialog.fused_layer.getFeatures()}
    assert len(fused) == 10 and all(f["n_sources"] == 2 for f in fused.values())  # one list, two sources
    assert dialog.conflict_layer.featureCount() == 0
    dialog.close()


def test_csv_dialog_reads_the_operator_list(city):
    layer = city.layers["shelters"]
    assert layer.featureCount() == 10 and layer.crs().authid() == "EPSG:4326"
    assert layer.fields().names()[0] == "GU_Nr"  # the BOM before cp1252 text did not stick to it
    rows = {f["GU_Nr"]: f for f in layer.getFeatures()}
    assert rows["GU-01"]["Kapazität"] == 220 and rows["GU-01"]["Belegt"] == 205 and rows["GU-01"]["Träger"] == "ASZ"


def test_csv_dialog_names_a_list_far_from_the_planning_districts(city, tmp_path):
    """A list lying elsewhere: only the planning set's districts show it (shared_api 4)."""
    from plugin.core.contract import guess_field_map
    from plugin.gui.csv_import_dialog import CsvImportDialog
    from plugin.io.csv_table import header_of, read_points_csv, sniff_csv
    from test.fixtures.own_data import moved_csv

    # the whole list 1° north (Mannheim instead of Kaiserslautern): plausible alone, 110 km off the districts
    bad = moved_csv(city.own, tmp_path / "verschoben.csv", range(1, 11), shift=(1.0, 0.0))
    dialect = sniff_csv(str(bad))
    alone = read_points_csv(str(bad), "shelters", dialect, guess_field_map("shelters", header_of(str(bad), dialect)))
    assert not alone.notes  # nothing in the file itself is odd
    dialog = CsvImportDialog(city.iface)
    assert dialog.load_file(str(bad))
    dialog.import_layer()
    messages = dialog.messages()
    dialog.close()
    assert any("WARN" in m.upper() for m in messages), messages


def render(layers, extent, crs):
    """Render ``layers`` (top first) with their styles into a QImage; returns (image, label texts)."""
    from qgis.core import QgsMapRendererCustomPainterJob, QgsMapSettings
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor, QImage, QPainter

    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(crs)
    settings.setExtent(extent)
    settings.setOutputSize(QSize(900, 900))
    settings.setBackgroundColor(QColor(255, 255, 255))
    settings.setTransformContext(QgsProject.instance().transformContext())
    image = QImage(settings.outputSize(), QImage.Format.Format_ARGB32)
    image.fill(QColor(255, 255, 255))
    painter = QPainter(image)
    job = QgsMapRendererCustomPainterJob(settings, painter)
    # in this thread: a render thread evaluating the districts' per_1000 aggregate deadlocks against
    # a main thread blocked in waitForFinished() on QGIS 3.44
    job.renderSynchronously()
    painter.end()
    labels = job.takeLabelingResults()
    texts = sorted(p.labelText for p in labels.allLabels()) if labels is not None else []
    return image, texts


def symbol_colours(layer) -> set:
    from qgis.core import QgsRenderContext

    colours = set()
    for symbol in layer.renderer().symbols(QgsRenderContext()):
        for symbol_layer in symbol.symbolLayers():
            for colour in (symbol_layer.color(), getattr(symbol_layer, "fillColor", symbol_layer.color)()):
                rgb = colour.rgb() & 0xFFFFFF
                r, g, b = (rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255
                if max(r, g, b) - min(r, g, b) > 30:  # the class colours, not white, grey or black outlines
                    colours.add(rgb)
    return colours


def count_colour(image, colours: set, tolerance: int = 6) -> int:
    targets = [((c >> 16) & 255, (c >> 8) & 255, c & 255) for c in colours]
    count = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            p = image.pixel(x, y)
            r, g, b = (p >> 16) & 255, (p >> 8) & 255, p & 255
            if any(abs(r - tr) <= tolerance and abs(g - tg) <= tolerance and abs(b - tb) <= tolerance
                   for tr, tg, tb in targets):
                count += 1
    return count


def test_map_draws_own_shelters_and_labels_own_districts(city):
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform

    crs = QgsCoordinateReferenceSystem("EPSG:25832")
    extent = QgsCoordinateTransform(city.sample["districts"].crs(), crs, city.project).transformBoundingBox(
        city.sample["districts"].extent())
    extent.scale(1.05)
    own_s, own_d = city.layers["shelters"], city.layers["districts"]
    smp_s, smp_d = city.sample["shelters"], city.sample["districts"]
    colours = symbol_colours(smp_s)
    assert colours and symbol_colours(own_s) == colours  # the same style classes as the sample
    own_img, _ = render([own_s], extent, crs)
    smp_img, _ = render([smp_s], extent, crs)
    own_px, smp_px = count_colour(own_img, colours), count_colour(smp_img, colours)
    print(f"shelter symbol pixels: own {own_px}, sample {smp_px}")
    assert smp_px > 20 and own_px == pytest.approx(smp_px, rel=0.05)  # every own shelter drawn, as the sample's
    _, own_labels = render([own_d], extent, crs)
    _, smp_labels = render([smp_d], extent, crs)
    print(f"district labels: own {len(own_labels)}, sample {len(smp_labels)}")
    names = set(sample_district_names())
    assert own_labels and set(own_labels) <= names and len(own_labels) >= len(names) // 2
    assert own_labels == smp_labels
    # all own layers in the sample's legend order (points above the districts): the shelters still show
    everything = [city.layers[k] for k in ("shelters", "hotspots", "services", "candidates", "districts")]
    with_own, labels = render(everything, extent, crs)
    without, _ = render([lyr for lyr in everything if lyr.id() != own_s.id()], extent, crs)
    drawn = count_colour(with_own, colours) - count_colour(without, colours)
    print(f"shelter pixels in the project's map: {drawn}")
    assert drawn > 0.5 * smp_px and labels


def test_project_map_shows_own_shelters_in_the_order_the_planner_added_them(city):
    """The project's own layer order, as it is after the planner imported the CSV and then added the files."""
    from qgis.core import QgsCoordinateReferenceSystem

    crs = QgsCoordinateReferenceSystem("EPSG:25832")
    extent = city.layers["districts"].extent()
    from qgis.core import QgsCoordinateTransform

    extent = QgsCoordinateTransform(city.layers["districts"].crs(), crs, city.project).transformBoundingBox(extent)
    own_ids = {lyr.id() for lyr in city.layers.values()}
    order = [lyr for lyr in city.project.layerTreeRoot().layerOrder() if lyr.id() in own_ids]
    colours = symbol_colours(city.sample["shelters"])
    with_own, _ = render(order, extent, crs)
    without, _ = render([lyr for lyr in order if lyr.id() != city.layers["shelters"].id()], extent, crs)
    assert count_colour(with_own, colours) - count_colour(without, colours) > 100, [lyr.name() for lyr in order]


def test_own_meeting_points_draw_their_radius_in_metres(city):
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform

    crs = QgsCoordinateReferenceSystem("EPSG:25832")
    extent = QgsCoordinateTransform(city.sample["districts"].crs(), crs, city.project).transformBoundingBox(
        city.sample["districts"].extent())
    extent.scale(1.05)
    white = 0xFFFFFF

    def painted(layer) -> int:
        image, _ = render([layer], extent, crs)
        return sum(1 for y in range(0, image.height(), 3) for x in range(0, image.width(), 3)
                   if image.pixel(x, y) & 0xFFFFFF != white)

    own_px, smp_px = painted(city.layers["hotspots"]), painted(city.sample["hotspots"])
    print(f"meeting point pixels: own {own_px}, sample {smp_px}")
    assert own_px == pytest.approx(smp_px, rel=0.1)


def test_export_dialog_offers_the_runs_results(city):
    from plugin.gui.export_dialog import ExportDialog

    run_analysis(city)
    _, result, _ = run_placement(city)
    assert result.sites
    dialog = ExportDialog(city.iface)
    suggestions, metrics = dialog.combos["suggestions"].currentLayer(), dialog.combos["district_metrics"].currentLayer()
    dialog.close()
    assert suggestions is not None and metrics is not None


def test_processing_defaults_to_the_planning_set(city, dispersion_provider):
    """dispersion:analyse's dialog starts from its defaults: the planning set's own layers and mapping."""
    import processing

    from test.qgis.test_own_data_processing import city_of, districts_of, sample_analysis

    alg = QgsApplication_registry().createAlgorithmById("dispersion:analyse")
    assert alg.parameterDefinition("DISTRICTS").defaultValue() == city.layers["districts"].id()
    assert alg.parameterDefinition("SHELTERS_CAPACITY").defaultValue() == "Kapazität"
    # what the algorithm dialog fills in: every parameter's default (layers by id), then the run's settings
    params = {p.name(): p.defaultValue() for p in alg.parameterDefinitions() if p.defaultValue() is not None}
    params.update({"PERMUTATIONS": 99, "SEED": 7, "DISTRICT_METRICS": "memory:", "CITY_METRICS": "memory:"})
    params.pop("REPORT", None)
    result = processing.run("dispersion:analyse", params)
    got = districts_of(result["DISTRICT_METRICS"]), city_of(result["CITY_METRICS"])
    want = sample_analysis()
    assert_same(got[0], want[0])
    assert_same(got[1], want[1])


def QgsApplication_registry():  # noqa: N802 - reads as the QGIS call it stands for
    from qgis.core import QgsApplication

    return QgsApplication.processingRegistry()


# kept last in this module: writing the session's project before Processing is first initialised makes
# pytest-qgis's session teardown fail to disconnect its legendLayersAdded slot (QGIS 3.22)
def test_planning_set_survives_saving_and_reopening_the_project(city, tmp_path):
    """The own files stay the planning set after the project is saved and reopened (the operator list imported
    from CSV is a temporary layer: the pickers say so, and it is gone after reopening)."""
    from plugin.gui.widgets import default_layer
    from plugin.qgis_adapters.planning_set import load_planning_set

    path = tmp_path / "planung.qgz"
    assert city.project.write(str(path))
    reopened = QgsProject()  # a second project reads the file: the session's project stays as it is
    assert reopened.read(str(path))
    stored = load_planning_set(reopened)
    for kind in ("districts", "hotspots", "services", "candidates"):
        layer = stored.layer(kind, reopened)
        assert layer is not None and city.own.folder.name in layer.source(), kind
    assert stored.field_map("districts") == city.own.field_map("districts")
    # the pickers start from the own districts, not from the sample's layer of the same name
    assert city.own.folder.name in default_layer("districts", reopened).source()
    reopened.clear()
