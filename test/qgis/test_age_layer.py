"""An age table as a QGIS table layer (issue 18): the same rows as the file, through Processing's AGE_LAYER too;
and a Zensus grid age file as AGE_TABLE (cells summed per district, the cells as demand points)."""
from __future__ import annotations

import pytest
from qgis.core import QgsProcessingException

from test.fixtures.paths import ROOT
from test.fixtures.qgis_helpers import sample

AGES = ROOT / "resources" / "sample" / "kaiserslautern_ages.csv"
GRID = ROOT / "resources" / "sample" / "zensus_alter_10jg_illustrativ.csv"


def csv_layer(path, encoding="windows-1252"):
    """The CSV as QGIS loads it for a planner: delimited text, no geometry, every column text."""
    from qgis.core import QgsVectorLayer

    uri = f"file://{path}?type=csv&delimiter=;&encoding={encoding}&detectTypes=no&geomType=none"
    layer = QgsVectorLayer(uri, "alter", "delimitedtext")
    assert layer.isValid()
    return layer


def typed_layer(rows):
    """A memory table with numeric columns and NULL for the open last group (as a GeoPackage table has them)."""
    from qgis.core import QgsFeature, QgsVectorLayer

    layer = QgsVectorLayer("None?field=GebietsID:string&field=Gebietsname:string&field=von:double"
                           "&field=BisKleinerAls:integer&field=Männlich:integer&field=Weiblich:integer", "ages", "memory")
    feats = []
    for did, name, lo, hi, male, female in rows:
        f = QgsFeature(layer.fields())
        f.setAttributes([did, name, lo, hi, male, female])
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def layer_table(layer):
    from plugin.io.age_tables import age_table_from_features

    return age_table_from_features(layer.name(), layer.fields().names(),
                                   ((f.id(), f.attributes()) for f in layer.getFeatures()))


def test_csv_layer_gives_the_rows_of_the_file(qgis_app):
    from plugin.io.age_tables import read_age_table

    want = read_age_table(str(AGES))
    got = layer_table(csv_layer(AGES))
    assert got.layout == "city" and got.rows == want.rows and got.names == want.names
    assert len(got.rows) == 198


def test_typed_table_with_null_gives_the_same_rows(qgis_app):
    from qgis.core import NULL

    table = layer_table(typed_layer([("01", "Mitte", 0, 3, 10, 12), ("01", "Mitte", 3.0, 6, 20, None),
                                     ("01", "Mitte", 95, NULL, 2, 3)]))
    assert table.rows == [("01", 0.0, 3.0, 22), ("01", 3.0, 6.0, 20), ("01", 95.0, float("inf"), 5)]
    assert "lower bound" in str(table.notes[0])  # the NULL count is a suppressed value


def test_bad_layer_value_names_layer_feature_and_field(qgis_app):
    from plugin.core.errors import InputError

    # a memory layer numbers its features from 1: the second feature
    with pytest.raises(InputError, match=r"Layer 'ages', feature 2, field 'von'"):
        layer_table(typed_layer([("01", "Mitte", 0, 3, 10, 12), ("01", "Mitte", -3, 6, 20, 1)]))


def run_kita(**extra):
    import processing

    params = {"DISTRICTS": sample("districts"), "SHELTERS": sample("shelters"), "SERVICES": sample("services"),
              "DISTRICT_ACCESS": "memory:", "SHELTER_ACCESS": "memory:"}
    params.update(extra)
    return processing.run("dispersion:kitaaccess", params)


def by_district(out):
    return {f["district_id"]: (f["kita_children"], f["kita_per_child"]) for f in out["DISTRICT_ACCESS"].getFeatures()}


def test_age_layer_parameter_equals_the_file(dispersion_provider):
    layer = csv_layer(AGES)
    from_file = by_district(run_kita(AGE_TABLE=str(AGES)))
    from_layer = by_district(run_kita(AGE_LAYER=layer))
    assert from_layer == from_file and len(from_file) == 18
    with pytest.raises(QgsProcessingException, match="not both"):
        run_kita(AGE_TABLE=str(AGES), AGE_LAYER=layer)


def test_zensus_grid_age_file_as_age_table(dispersion_provider):
    from qgis.core import QgsVectorLayer

    from plugin.core.metrics.analysis import analyse
    from plugin.io.age_grid import read_age_grid
    from plugin.qgis_adapters.layers import layers_to_planning_data

    layers = {k: QgsVectorLayer(sample(k), k, "ogr") for k in ("districts", "shelters", "services")}
    data, _ = layers_to_planning_data(layers)
    table = read_age_grid(str(GRID), [(d.district_id, d.geometry) for d in data.districts], data.crs)
    assert table.layout == "zensus_grid" and len(table.points) > 18
    want = analyse(data, permutations=0, age_rows=table.rows, age_points=table.points)
    got = by_district(run_kita(AGE_TABLE=str(GRID)))
    assert len(got) == 18
    for row in want.districts:
        children, per_child = got[row["district_id"]]
        assert children == pytest.approx(want.kita[str(row["district_id"])]["kita_children"], abs=1e-9)
        if row.get("kita_per_child") is not None:
            assert per_child == pytest.approx(row["kita_per_child"], abs=1e-9)


def test_dialog_age_layer_and_zensus_grid(qgis_app, qgis_iface, qgis_new_project):
    from qgis.core import QgsProject

    from plugin.gui.access_view import read_age_file
    from plugin.gui.analysis_dialog import AnalysisDialog
    from plugin.qgis_adapters.loading import load_sample
    from test.fixtures.qgis_helpers import wait_for

    load_sample(QgsProject.instance())
    layer = csv_layer(AGES)
    QgsProject.instance().addMapLayer(layer)
    dialog = AnalysisDialog(qgis_iface)
    dialog.permutations.setValue(0)
    inputs = dialog.kita_inputs
    assert inputs.age_layer.currentLayer() is None  # never a default
    inputs.age_file.setFilePath(str(AGES))
    dialog.run()
    wait_for(dialog, qgis_app)
    assert dialog.last_error is None, dialog.last_error
    errors = []
    from_file = inputs.analysis_params(dialog.data, dialog.districts, errors.append)
    assert from_file["age_file"] == str(AGES) and from_file["age_rows"] is None  # read in the run's task
    read_age_file(from_file, dialog.data)
    inputs.age_file.setFilePath("")
    inputs.age_layer.setLayer(layer)
    from_layer = inputs.analysis_params(dialog.data, dialog.districts, errors.append)
    assert not errors and from_layer["age_rows"] == from_file["age_rows"] and "age_points" not in from_layer
    # a Zensus grid age file: rows per district and the cells as demand points, through the whole analysis
    inputs.age_layer.setLayer(None)
    inputs.age_file.setFilePath(str(GRID))
    grid = read_age_file(inputs.analysis_params(dialog.data, dialog.districts, errors.append), dialog.data)
    assert not errors and len(grid["age_points"]) > 18
    assert {r[0] for r in grid["age_rows"]} == {d.district_id for d in dialog.data.districts}
    dialog.run()
    wait_for(dialog, qgis_app)
    assert dialog.last_error is None, dialog.last_error
    assert dialog.kita is not None


def test_demo_reports_the_cell_demand(qgis_app, tmp_path):
    import csv

    from qgis.core import QgsVectorLayer

    from plugin.qgis_adapters.layers import layers_to_planning_data
    from plugin.report.access_demo import write_kita_access_demo

    layers = {k: QgsVectorLayer(sample(k), k, "ogr") for k in ("districts", "shelters", "services")}
    data, _ = layers_to_planning_data(layers)
    summary = write_kita_access_demo(data, None, tmp_path, "en")
    cells = summary["cell_demand"]
    assert cells["file"] == GRID.name and cells["cells"] > 18 and cells["network"] is None
    assert cells["straight_line"]["access_method"] == "straight_line"
    assert len(summary["demand_source"]) == 2 and GRID.name in summary["demand_source"][1]
    with open(tmp_path / "kita_access.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 18 and all(r["kita_per_child_cells_straight"] != "" for r in rows)
    assert all(r["kita_per_child_cells_network"] == "" for r in rows)  # no network given


def test_suggest_kita_rule_takes_the_grid_cells_as_demand_points(dispersion_provider):
    """dispersion:suggest with a grid age file: the districts' children by the grid, and the cells as the points
    where the Kita rule counts them (as the analysis does)."""
    from qgis.core import QgsProcessingContext, QgsVectorLayer

    from plugin.io.age_grid import read_age_grid
    from plugin.processing.alg_suggest import SuggestAlgorithm
    from plugin.qgis_adapters.layers import layers_to_planning_data

    layers = {k: QgsVectorLayer(sample(k), k, "ogr") for k in ("districts", "shelters", "services")}
    data, _ = layers_to_planning_data(layers)
    alg = SuggestAlgorithm()
    alg.initAlgorithm({})
    got = alg._kita_params({alg.KITA_RULE: True, alg.AGE_TABLE: str(GRID)}, QgsProcessingContext(), data)
    table = read_age_grid(str(GRID), [(d.district_id, d.geometry) for d in data.districts], data.crs)
    assert got["kita_age_points"] == tuple((str(d), float(x), float(y), float(w)) for d, x, y, w in table.points)
    assert len(got["kita_age_points"]) > 18 and got["kita_age_rows"]
    plain = alg._kita_params({alg.KITA_RULE: True, alg.AGE_TABLE: str(AGES)}, QgsProcessingContext(), data)
    assert plain["kita_age_points"] == ()


@pytest.mark.parametrize("dialog_name", ["analysis", "placement"])
def test_dialogs_read_an_age_grid_file_in_the_task(qgis_app, qgis_iface, qgis_new_project, tmp_path, bar, dialog_name):
    """A chosen age file is read in the run's task (a national grid takes seconds): its errors still name the
    file and line in the dialog and the bar, and cancelling while it is read adds nothing."""
    from qgis.core import QgsProject

    from plugin.gui.analysis_dialog import AnalysisDialog
    from plugin.gui.placement_dialog import PlacementDialog
    from plugin.qgis_adapters.loading import load_sample
    from test.fixtures.qgis_helpers import wait_for

    load_sample(QgsProject.instance())
    before = set(QgsProject.instance().mapLayers())
    dialog = AnalysisDialog(qgis_iface) if dialog_name == "analysis" else PlacementDialog(qgis_iface)
    if dialog_name == "analysis":
        dialog.permutations.setValue(0)
    else:
        dialog.kita_rule.setChecked(True)
    bad = tmp_path / "alter_gitter.csv"
    text = GRID.read_text(encoding="utf-8-sig").splitlines()
    cells = text[1].split(";")
    cells[3] = "zwölf"
    bad.write_text("\n".join([text[0], ";".join(cells)] + text[2:]) + "\n", encoding="utf-8")
    dialog.kita_inputs.age_file.setFilePath(str(bad))
    dialog.run()
    assert dialog.task_running()  # the file is no longer read before the task starts
    wait_for(dialog, qgis_app)
    assert dialog.last_error and "alter_gitter.csv" in dialog.last_error and "Unter10" in dialog.last_error
    assert set(QgsProject.instance().mapLayers()) == before
    dialog.kita_inputs.age_file.setFilePath(str(GRID))
    dialog.run()
    dialog.cancel()
    wait_for(dialog, qgis_app)
    assert set(QgsProject.instance().mapLayers()) == before
    dialog.last_error = None
    dialog.run()
    wait_for(dialog, qgis_app)
    assert dialog.last_error is None, dialog.last_error
    if dialog_name == "placement":
        assert dialog.params.kita_age_points  # the run's params, with the grid's cells, as the task used them
    dialog.close()


def test_dialog_age_layer_ids_without_leading_zeros_match_the_districts(qgis_app, qgis_iface, qgis_new_project):
    """An age table layer with ids 1, 2, ... (an integer column) against districts 01, 02, ...: the dialog matches
    them as a file's ids are matched, instead of leaving those districts without children."""
    from qgis.core import QgsProject

    from plugin.gui.access_view import read_age_file
    from plugin.gui.analysis_dialog import AnalysisDialog
    from plugin.io.age_tables import read_age_table
    from plugin.qgis_adapters.loading import load_sample
    from test.fixtures.qgis_helpers import wait_for

    load_sample(QgsProject.instance())
    want = read_age_table(str(AGES)).rows
    rows = [(str(int(d)), "x", lo, None if hi == float("inf") else hi, n, 0) for d, lo, hi, n in want]
    layer = typed_layer(rows)
    QgsProject.instance().addMapLayer(layer)
    dialog = AnalysisDialog(qgis_iface)
    dialog.permutations.setValue(0)
    inputs = dialog.kita_inputs
    inputs.age_layer.setLayer(layer)
    dialog.run()  # reads the layers into dialog.data
    wait_for(dialog, qgis_app)
    assert dialog.last_error is None, dialog.last_error
    errors = []
    from_layer = inputs.analysis_params(dialog.data, dialog.districts, errors.append)
    inputs.age_layer.setLayer(None)
    inputs.age_file.setFilePath(str(AGES))
    from_file = read_age_file(inputs.analysis_params(dialog.data, dialog.districts, errors.append), dialog.data)
    assert not errors
    assert {r[0] for r in from_layer["age_rows"]} == {d.district_id for d in dialog.data.districts}
    assert sorted(from_layer["age_rows"]) == sorted(from_file["age_rows"])
    dialog.close()
