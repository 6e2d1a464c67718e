"""One planning set per project (issue 14): stored in the project file, every dialog starts from it, dialogs say
where each layer comes from and warn when the sample and own data (or files, CRSs, same names) are mixed, and
"Keep result" keeps a run's layer when the next run comes."""
from __future__ import annotations

from pathlib import Path

import pytest
from qgis.core import QgsProject, QgsVectorLayer

from plugin.core.contract import guess_field_map
from plugin.qgis_adapters.planning_set import (
    PlanningSet,
    is_sample_layer,
    load_planning_set,
    mixed_source_warnings,
    save_planning_set,
    source_text,
)
from test.fixtures.paths import SAMPLE_GPKG
from test.fixtures.qgis_helpers import wait_for

KINDS = ("districts", "shelters", "hotspots", "services", "candidates")
OWN_NAMES = {"districts": "Stadtteile", "shelters": "Unterkünfte", "hotspots": "Treffpunkte", "services": "Angebote",
             "candidates": "Potenzialflächen"}
# contract field -> own field; EW_2024, Plaetze_von and Plaetze_bis are names no guesser knows: only the planning
# set's mapping finds them
OWN_FIELDS = {
    "districts": {"district_id": "Stadtteil_Nr", "name": "Stadtteil", "population": "EW_2024"},
    "shelters": {"shelter_id": "GU_Nr", "name": "Bezeichnung", "capacity": "Kapazität", "occupied": "Belegt",
                 "operator": "Träger", "group_label": "Gruppe", "status": "Status"},
    "hotspots": {"hotspot_id": "Treffpunkt_Nr", "name": "Bezeichnung", "community": "Gemeinschaft",
                 "radius_m": "Radius"},
    "services": {"service_id": "Angebot_Nr", "name": "Bezeichnung", "category": "Kategorie"},
    "candidates": {"site_id": "Flaeche_Nr", "name": "Bezeichnung", "min_places": "Plaetze_von",
                   "max_places": "Plaetze_bis", "module": "Modul", "cost_per_place": "Kosten"},
}


def write_own_gpkg(path: Path) -> Path:
    """The sample's data under German layer and field names in one GeoPackage: a city's own, consistent set."""
    from osgeo import gdal

    gdal.UseExceptions()
    for i, kind in enumerate(KINDS):
        columns = ", ".join(f'"{src}" AS "{own}"' for src, own in OWN_FIELDS[kind].items())
        gdal.VectorTranslate(str(path), str(SAMPLE_GPKG), format="GPKG", accessMode=None if i == 0 else "update",
                             SQLStatement=f"SELECT geom, {columns} FROM {kind}", SQLDialect="SQLITE",
                             layerName=OWN_NAMES[kind])
    return path


@pytest.fixture
def own_gpkg(tmp_path):
    return write_own_gpkg(tmp_path / "eigene_daten.gpkg")


def add_own_layers(path: Path, project: QgsProject) -> dict:
    layers = {kind: QgsVectorLayer(f"{path}|layername={OWN_NAMES[kind]}", OWN_NAMES[kind], "ogr") for kind in KINDS}
    assert all(layer.isValid() for layer in layers.values())
    project.addMapLayers(list(layers.values()))
    return layers


def store_set(layers: dict, project: QgsProject) -> PlanningSet:
    planning_set = PlanningSet()
    for kind, layer in layers.items():
        planning_set.set(kind, layer, OWN_FIELDS[kind])
    save_planning_set(planning_set, project)
    return planning_set


def test_own_names_are_not_guessed():
    """The fixture's point: without the planning set these fields stay unmapped."""
    assert "population" not in guess_field_map("districts", list(OWN_FIELDS["districts"].values()))
    assert "min_places" not in guess_field_map("candidates", list(OWN_FIELDS["candidates"].values()))


def test_round_trip_through_a_saved_project(qgis_new_project, own_gpkg, tmp_path):
    project = QgsProject.instance()
    assert load_planning_set(project).is_empty()  # a project without a set: an empty one, no error
    layers = add_own_layers(own_gpkg, project)
    store_set(layers, project)
    qgz = tmp_path / "plan.qgz"
    assert project.write(str(qgz))
    project.clear()
    assert load_planning_set(project).is_empty()
    assert project.read(str(qgz))
    loaded = load_planning_set(project)
    for kind in KINDS:
        layer = loaded.layer(kind, project)
        assert layer is not None and layer.name() == OWN_NAMES[kind] and layer.featureCount() > 0
        assert loaded.field_map(kind) == OWN_FIELDS[kind]
    assert "eigene_daten.gpkg" in source_text(loaded.layer("districts")) and "EPSG:25832" in source_text(
        loaded.layer("districts"))
    # only ids and names are stored, never data
    text = project.readEntry("dispersion_planner", "planning_set", "")[0]
    assert len(text) < 2000 and "Stadtteil_Nr" in text
    # a layer removed since gives None
    project.removeMapLayer(loaded.layer_ids["hotspots"])
    assert load_planning_set(project).layer("hotspots", project) is None
    # anything unreadable in the project gives an empty set
    project.writeEntry("dispersion_planner", "planning_set", "{not json")
    assert load_planning_set(project).is_empty()


def test_every_dialog_starts_from_the_planning_set(qgis_app, qgis_iface, qgis_new_project, own_gpkg):
    from plugin.gui.analysis_dialog import AnalysisDialog
    from plugin.gui.export_dialog import ExportDialog
    from plugin.gui.layers_dialog import PlanningLayersDialog
    from plugin.gui.placement_dialog import PlacementDialog
    from plugin.gui.widgets import find_layer_of_kind
    from plugin.qgis_adapters.loading import load_sample

    project = QgsProject.instance()
    sample = load_sample(project)
    own = add_own_layers(own_gpkg, project)
    assert find_layer_of_kind("districts", project) is sample["districts"]  # the old default: the marked sample
    store_set(own, project)

    analysis = AnalysisDialog(qgis_iface)
    pickers = {"districts": analysis.districts, "shelters": analysis.shelters, "hotspots": analysis.hotspots,
               "services": analysis.services}
    for kind, picker in pickers.items():
        assert picker.layer() is own[kind], kind
        assert "eigene_daten.gpkg" in picker.source_label.text() and "EPSG:25832" in picker.source_label.text()
    assert analysis.districts.field_combos["population"].currentField() == "EW_2024"  # the set's, not a guess
    assert analysis.districts.field_map()["population"] == "EW_2024"
    assert not analysis.source_warning.isVisibleTo(analysis)
    analysis.close()

    placement = PlacementDialog(qgis_iface)
    for kind, mapper in placement.mappers.items():
        assert mapper.layer() is own[kind], kind
    # fields a picker does not show still reach the core with the planning set's mapping
    assert placement.mappers["candidates"].field_map()["min_places"] == "Plaetze_von"
    placement.close()

    export = ExportDialog(qgis_iface)
    for kind in ("districts", "shelters", "hotspots", "services"):
        assert export.combos[kind].currentLayer() is own[kind], kind
        assert "eigene_daten.gpkg" in export.source_labels[kind].text()
    assert not export.source_warning.isVisibleTo(export)
    export.close()

    editor = PlanningLayersDialog(qgis_iface)
    for kind, mapper in editor.mappers.items():
        assert mapper.layer() is own[kind]
        assert mapper.field_map() == OWN_FIELDS[kind]
    editor.close()

    # a picker switched away from the set says so under the picker
    analysis = AnalysisDialog(qgis_iface)
    analysis.shelters.layer_combo.setLayer(sample["shelters"])
    assert "bundled sample" in analysis.shelters.source_label.text()
    assert "Unterkünfte" in analysis.shelters.source_label.text()  # "not the planning set's layer ('Unterkünfte')"
    analysis.close()


def test_layers_dialog_stores_the_set(qgis_iface, qgis_new_project, own_gpkg, bar):
    from plugin.gui.layers_dialog import PlanningLayersDialog

    project = QgsProject.instance()
    own = add_own_layers(own_gpkg, project)
    dialog = PlanningLayersDialog(qgis_iface)
    for kind, mapper in dialog.mappers.items():
        mapper.layer_combo.setLayer(own[kind])
    dialog.mappers["districts"].field_combos["population"].setField("EW_2024")
    dialog.mappers["candidates"].field_combos["min_places"].setField("Plaetze_von")
    dialog.mappers["candidates"].field_combos["max_places"].setField("Plaetze_bis")
    dialog.apply()
    stored = load_planning_set(project)
    assert {kind: stored.layer(kind) for kind in KINDS} == own
    assert stored.field_map("districts")["population"] == "EW_2024"
    assert stored.field_map("candidates")["min_places"] == "Plaetze_von"
    assert project.isDirty()  # saved with the project
    dialog.close()


def test_mixed_sources_are_warned(qgis_app, qgis_iface, qgis_new_project, own_gpkg):
    from plugin.gui.analysis_dialog import AnalysisDialog
    from plugin.gui.export_dialog import ExportDialog
    from plugin.gui.placement_dialog import PlacementDialog
    from plugin.qgis_adapters.loading import load_sample

    project = QgsProject.instance()
    sample = load_sample(project)
    own = add_own_layers(own_gpkg, project)
    assert is_sample_layer(sample["shelters"]) and not is_sample_layer(own["shelters"])
    assert mixed_source_warnings(own) == []  # one GeoPackage, one CRS, distinct names
    assert mixed_source_warnings(sample) == []
    store_set(own, project)

    analysis = AnalysisDialog(qgis_iface)
    assert analysis.source_warning.warnings == []
    analysis.shelters.layer_combo.setLayer(sample["shelters"])  # own districts with the sample's shelters
    assert analysis.source_warning.isVisibleTo(analysis)
    assert "bundled sample" in analysis.source_warning.text()
    analysis.shelters.layer_combo.setLayer(own["shelters"])
    assert not analysis.source_warning.isVisibleTo(analysis) and analysis.source_warning.text() == ""
    analysis.close()

    placement = PlacementDialog(qgis_iface)
    placement.mappers["candidates"].layer_combo.setLayer(sample["candidates"])
    assert placement.source_warning.isVisibleTo(placement)
    placement.close()

    export = ExportDialog(qgis_iface)
    export.combos["hotspots"].setLayer(sample["hotspots"])
    assert export.source_warning.isVisibleTo(export) and "bundled sample" in export.source_warning.text()
    export.combos["hotspots"].setLayer(own["hotspots"])
    assert not export.source_warning.isVisibleTo(export)
    export.close()

    # two own files and a second CRS
    other = QgsVectorLayer("Point?crs=EPSG:4326&field=GU_Nr:string&field=Kapazität:integer", "GU Liste", "memory")
    project.addMapLayer(other)
    warnings = mixed_source_warnings({"districts": own["districts"], "shelters": other})
    assert len(warnings) == 2 and "2 different sources" in warnings[0] and "EPSG:4326" in warnings[1]


def test_two_layers_named_stadtteile_are_warned(qgis_iface, qgis_new_project, own_gpkg, german):
    from plugin.gui.analysis_dialog import AnalysisDialog
    from plugin.qgis_adapters.loading import load_sample

    project = QgsProject.instance()
    sample = load_sample(project)
    assert sample["districts"].name() == "Stadtteile"  # the German sample's name, as the own file's
    own = add_own_layers(own_gpkg, project)
    store_set(own, project)
    dialog = AnalysisDialog(qgis_iface)
    assert dialog.districts.layer() is own["districts"]
    text = dialog.source_warning.text()
    assert "Stadtteile" in text and "eigene_daten.gpkg" in text  # which of the two is used
    assert "Stadtteile" in dialog.districts.source_label.text() or "eigene_daten" in dialog.districts.source_label.text()
    dialog.close()


def test_keep_result_keeps_the_previous_run(qgis_app, qgis_iface, qgis_new_project, own_gpkg):
    from plugin.gui.analysis_dialog import AnalysisDialog
    from plugin.qgis_adapters.layers import is_kept

    project = QgsProject.instance()
    own = add_own_layers(own_gpkg, project)
    store_set(own, project)
    layers = []
    for keep in (True, False, False):
        dialog = AnalysisDialog(qgis_iface)
        dialog.permutations.setValue(9)
        dialog.keep_check.setChecked(keep)
        dialog.run()
        wait_for(dialog, qgis_app)
        assert dialog.last_error is None, dialog.last_error
        assert dialog.metrics_layer.featureCount() == 18
        layers.append(dialog.metrics_layer.id())
        dialog.close()
    kept, replaced, last = layers
    assert project.mapLayer(kept) is not None and is_kept(project.mapLayer(kept))
    assert project.mapLayer(replaced) is None  # not kept: the next run replaced it
    assert project.mapLayer(last) is not None


def test_placement_keep_result_and_hidden_mapping(qgis_app, qgis_iface, qgis_new_project, own_gpkg):
    """The placement's candidates picker shows no fields: min/max places come from the planning set's mapping."""
    from plugin.gui.placement_dialog import PlacementDialog

    project = QgsProject.instance()
    own = add_own_layers(own_gpkg, project)
    store_set(own, project)
    ids = []
    for keep in (True, False):
        dialog = PlacementDialog(qgis_iface)
        dialog.places.setValue(100)
        dialog.time_limit.setValue(10)
        dialog.keep_check.setChecked(keep)
        dialog.run()
        wait_for(dialog, qgis_app)
        assert dialog.last_error is None, dialog.last_error
        assert dialog.result.sites and all(s["places"] > 0 for s in dialog.result.sites)
        ids.append([layer.id() for layer in dialog.added_layers])
        dialog.close()
    assert all(project.mapLayer(i) is not None for i in ids[0] + ids[1])  # the first run was kept


def dresden_layers(project: QgsProject) -> dict:
    """A district and two shelter lists near Dresden (UTM zone 33) in WGS84."""
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY

    districts = QgsVectorLayer("MultiPolygon?crs=EPSG:4326&field=district_id:string&field=name:string"
                               "&field=population:integer", "Stadtteile DD", "memory")
    f = QgsFeature(districts.fields())
    f.setAttributes(["01", "Altstadt", 50000])
    f.setGeometry(QgsGeometry.fromWkt("MultiPolygon(((13.70 51.03, 13.76 51.03, 13.76 51.07, 13.70 51.07, 13.70 51.03)))"))
    districts.dataProvider().addFeatures([f])
    lists = []
    for name in ("Liste A", "Liste B"):
        shelters = QgsVectorLayer("Point?crs=EPSG:4326&field=shelter_id:string&field=name:string"
                                  "&field=capacity:integer&field=occupied:integer", name, "memory")
        g = QgsFeature(shelters.fields())
        g.setAttributes(["GU1", "Heim", 80, 60])
        g.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(13.73, 51.05)))
        shelters.dataProvider().addFeatures([g])
        lists.append(shelters)
    for layer in [districts] + lists:
        layer.updateExtents()
    project.addMapLayers([districts] + lists)
    return {"districts": districts, "shelters": lists[0], "other": lists[1]}


def test_dialogs_compute_in_the_working_crs(qgis_iface, qgis_new_project):
    """Data near Dresden in a WGS84 project: analysis and fusion work in UTM zone 33, not in the fixed EPSG:25832."""
    from qgis.core import QgsCoordinateReferenceSystem

    project = QgsProject.instance()
    before = project.crs()
    try:
        project.setCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
        working_crs_in_dialogs(qgis_iface, project)
    finally:
        project.setCrs(before)  # pytest-qgis's new project keeps the CRS: later tests must not inherit ours


def working_crs_in_dialogs(qgis_iface, project):
    from qgis.core import QgsCoordinateReferenceSystem

    from plugin.gui.analysis_dialog import AnalysisDialog
    from plugin.gui.fusion_dialog import FusionDialog

    layers = dresden_layers(project)
    analysis = AnalysisDialog(qgis_iface)
    analysis.districts.layer_combo.setLayer(layers["districts"])
    analysis.shelters.layer_combo.setLayer(layers["shelters"])
    analysis.hotspots.layer_combo.setLayer(None)
    analysis.services.layer_combo.setLayer(None)
    assert analysis.ready((analysis.districts, analysis.shelters, analysis.hotspots, analysis.services), "x")
    assert analysis.data.crs == "EPSG:25833"
    analysis.close()
    fusion = FusionDialog(qgis_iface)
    assert fusion.crs_widget.crs().authid() == "EPSG:25833"
    fusion.close()
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:31468"))  # a projected project CRS in metres wins
    fusion = FusionDialog(qgis_iface)
    assert fusion.crs_widget.crs().authid() == "EPSG:31468"
    fusion.close()


def test_csv_import_checks_rows_against_the_planning_sets_districts(qgis_iface, qgis_new_project, own_gpkg,
                                                                    tmp_path):
    """An operator list that lies entirely in Berlin is named against the districts of the planning set
    (Kaiserslautern), although its rows agree with each other."""
    from plugin.gui.csv_import_dialog import CsvImportDialog, districts_reference

    path = tmp_path / "gu_liste.csv"
    path.write_text("Nr;Name;Plätze;belegt;lat;lon\nA;Heim A;50;40;52,520;13,400\nB;Heim B;30;20;52,530;13,410\n",
                    encoding="utf-8")
    project = QgsProject.instance()
    dialog = CsvImportDialog(qgis_iface)
    assert dialog.load_file(str(path))
    assert dialog.import_layer() is not None, dialog.last_error
    assert not any("outside the districts" in m for m in dialog.messages())  # no districts: nothing to compare
    dialog.close()

    own = add_own_layers(own_gpkg, project)
    store_set(own, project)
    layer, extent, crs = districts_reference()
    assert layer is own["districts"] and crs == "EPSG:25832" and extent[0] < extent[2]
    dialog = CsvImportDialog(qgis_iface)
    assert dialog.load_file(str(path))
    assert dialog.import_layer() is not None, dialog.last_error
    flagged = [m for m in dialog.messages() if "outside the districts" in m]
    assert len(flagged) == 2 and "gu_liste.csv" in flagged[0]
    dialog.close()
