"""The CSV import dialog and the shelter-list bundling dialog, driven as a planner would."""
import hashlib
from pathlib import Path

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsProject
from qgis.PyQt.QtCore import QDate
from shapely.geometry import Point

from plugin.gui.csv_import_dialog import CsvImportDialog
from plugin.gui.fusion_dialog import FusionDialog
from plugin.qgis_adapters.layers import KIND_PROPERTY, memory_layer, stored_field_map
from test.fixtures.qgis_helpers import wait_for

DATA = Path(__file__).resolve().parents[1] / "data" / "io"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_cp1252_csv_imports_after_the_user_chooses_the_crs(qgis_iface, qgis_new_project):
    path = DATA / "unterkuenfte_gk2.csv"  # cp1252, ';', decimal commas, thousands dots, Gauss-Krüger zone 2
    before = digest(path)
    dialog = CsvImportDialog(qgis_iface)
    assert dialog.load_file(str(path))
    assert dialog.encoding_combo.currentText() == "cp1252"
    assert dialog.delimiter_combo.currentData() == ";" and dialog.decimal_combo.currentData() == ","
    assert (dialog.x_combo.currentData(), dialog.y_combo.currentData()) == ("Rechtswert", "Hochwert")
    assert not dialog.crs_widget.crs().isValid()  # zone 2 is not among the guesses
    assert dialog.preview.rowCount() == 3 and dialog.preview.columnCount() == 8
    assert dialog.preview.horizontalHeaderItem(2).text() == "Träger"
    assert dialog.preview.item(1, 1).text() == "GU Fischerrück"
    assert dialog.field_map()["capacity"] == "Plätze" and dialog.field_map()["shelter_id"] == "Nr"

    # importing without a CRS fails with a message naming the file and the columns
    assert dialog.import_layer() is None
    assert "unterkuenfte_gk2.csv" in dialog.last_error and "Rechtswert" in dialog.last_error

    # the planner corrects the CRS; nothing else
    dialog.crs_widget.setCrs(QgsCoordinateReferenceSystem("EPSG:31466"))
    layer = dialog.import_layer()
    assert layer is not None, dialog.last_error
    assert dialog.last_error is None
    assert QgsProject.instance().mapLayer(layer.id()) is layer
    assert layer.crs().authid() == "EPSG:31466" and layer.featureCount() == 3
    assert layer.customProperty(KIND_PROPERTY) == "shelters"
    assert stored_field_map(layer)["occupied"] == "belegt"
    feats = {f["Nr"]: f for f in layer.getFeatures()}
    assert feats["K2"]["Plätze"] == 1200 and feats["K2"]["belegt"] == 1044  # German thousands dots
    assert feats["K1"].geometry().asPoint().x() == pytest.approx(2627458.57)  # decimal comma
    assert layer.renderer() is not None
    assert any("imported" in m for m in dialog.messages())
    assert digest(path) == before  # the CSV is only read
    dialog.close()


def test_user_swaps_coordinate_columns_and_preview_follows(qgis_iface, qgis_new_project, tmp_path):
    # an export whose 'X' column holds latitudes and 'Y' longitudes, with decimal commas
    path = tmp_path / "liste.csv"
    path.write_bytes("Nr;Name;Plätze;belegt;X;Y\r\nA;GU Süd;50;40;49,4461;7,7571\r\nB;GU Nord;30;10;49,4420;7,7290\r\n"
                     .encode("cp1252"))
    dialog = CsvImportDialog(qgis_iface)
    assert dialog.load_file(str(path))
    assert dialog.x_combo.currentData() == "X"
    # the user swaps the columns: x = Y (longitude), y = X (latitude)
    dialog.x_combo.setCurrentIndex(dialog.x_combo.findData("Y"))
    dialog.y_combo.setCurrentIndex(dialog.y_combo.findData("X"))
    assert dialog.crs_widget.crs().authid() == "EPSG:4326"  # re-guessed from the chosen columns
    assert "7.729" in dialog.coord_label.text()
    # a wrong separator collapses the preview to one column and says so
    dialog.delimiter_combo.setCurrentIndex(dialog.delimiter_combo.findData(","))
    assert dialog.preview.columnCount() == 1
    assert any("single column" in m for m in dialog.messages())
    assert dialog.import_layer() is None and "liste.csv" in dialog.last_error
    dialog.delimiter_combo.setCurrentIndex(dialog.delimiter_combo.findData(";"))
    assert dialog.preview.columnCount() == 6 and dialog.preview.rowCount() == 2
    assert (dialog.x_combo.currentData(), dialog.y_combo.currentData()) == ("Y", "X")  # kept
    layer = dialog.import_layer()
    assert layer is not None, dialog.last_error
    pts = sorted((f.geometry().asPoint().x(), f.geometry().asPoint().y()) for f in layer.getFeatures())
    assert pts[0] == pytest.approx((7.7290, 49.4420))
    dialog.close()


def test_malformed_csv_names_file_and_line(qgis_iface, qgis_new_project):
    path = DATA / "shelters_ragged.csv"
    dialog = CsvImportDialog(qgis_iface)
    assert dialog.load_file(str(path))
    assert dialog.preview.rowCount() == 3
    n_layers = len(QgsProject.instance().mapLayers())
    assert dialog.import_layer() is None
    assert "shelters_ragged.csv" in dialog.last_error and "line 4" in dialog.last_error
    assert "7 fields" in dialog.last_error
    assert len(QgsProject.instance().mapLayers()) == n_layers
    assert any("line 4" in m for m in dialog.messages())
    dialog.close()


def test_missing_or_empty_file_is_reported(qgis_iface, qgis_new_project, tmp_path):
    empty = tmp_path / "leer.csv"
    empty.write_bytes(b"")
    dialog = CsvImportDialog(qgis_iface)
    assert not dialog.load_file(str(empty))
    assert "leer.csv" in dialog.last_error
    assert not dialog.import_button.isEnabled()
    dialog.close()


def shelter_layer(name, rows, stand=None):
    fields = [("id", "text"), ("name", "text"), ("capacity", "int"), ("occupied", "int")]
    if stand:
        fields.append(("Stand", "text"))
    data = [(dict(r, Stand=stand), Point(*r["xy"])) for r in rows]
    return memory_layer(name, "point", "EPSG:25832", fields, data)


def run_fusion(dialog, qgis_app):
    """Start the bundling (a background task, like analysis and placement) and wait for it."""
    dialog.run()
    wait_for(dialog, qgis_app)
    return dialog.result


def test_fusion_dialog_bundles_two_lists_and_shows_the_conflict(qgis_iface, qgis_new_project, qgis_app):
    city = shelter_layer("shelters_city", [
        {"id": "S-01", "name": "GU Kotten", "capacity": 120, "occupied": 96, "xy": (409560, 5477870)},
        {"id": "S-02", "name": "GU Fischerrück", "capacity": 1150, "occupied": 1044, "xy": (407520, 5477430)},
    ])
    operator = shelter_layer("unterkuenfte_asz", [
        {"id": "A1", "name": "Gemeinschaftsunterkunft Kotten", "capacity": 120, "occupied": 98,
         "xy": (409580, 5477880)},
        {"id": "A2", "name": "GU Fischerrueck", "capacity": 1200, "occupied": 1044, "xy": (407530, 5477440)},
    ], stand="28.11.2023")
    other = memory_layer("schools", "point", "EPSG:25832", [("id", "text")], [({"id": "x"}, Point(0, 0))])
    project = QgsProject.instance()
    for layer in (city, operator, other):
        project.addMapLayer(layer)
    before = [f.attributes() for f in operator.getFeatures()]

    dialog = FusionDialog(qgis_iface)
    assert {lyr.name() for lyr in dialog.selected_sources()} == {"shelters_city", "unterkuenfte_asz"}
    assert dialog.date_edit(operator).date() == QDate(2023, 11, 28)  # from the 'Stand' field
    edit = dialog.date_edit(city)  # no date field: unknown, not today (it must not win over a dated list)
    assert edit.date() == edit.minimumDate() and edit.text() == "unknown"
    assert dialog.sources([city], "EPSG:25832")[0].date is None
    import datetime
    dialog.set_date(city, datetime.date(2023, 10, 1))
    assert dialog.distance_spin.value() == 150
    dialog.distance_spin.setValue(100)
    run_fusion(dialog, qgis_app)
    result = dialog.result
    assert result is not None, dialog.last_error
    fused = dialog.fused_layer
    assert project.mapLayer(fused.id()) is fused and fused.featureCount() == 2
    assert fused.customProperty(KIND_PROPERTY) == "shelters"
    recs = {f["shelter_id"]: f for f in fused.getFeatures()}
    assert recs["S-02"]["capacity"] == 1200 and recs["S-02"]["capacity_source"] == "unterkuenfte_asz"
    assert recs["S-02"]["capacity_date"] == "2023-11-28" and recs["S-02"]["n_sources"] == 2
    assert recs["S-01"]["occupied"] == 98  # the newer list wins
    conflicts = dialog.conflict_layer
    assert project.mapLayer(conflicts.id()) is conflicts and conflicts.featureCount() == 1
    [row] = [f for f in conflicts.getFeatures()]
    assert row["code"] == "capacity_differs" and row["shelter_id"] == "S-02"
    assert dialog.conflict_table.rowCount() == 1
    [message] = dialog.conflict_messages()
    assert "capacity differs" in message and "1150" in message and "1200" in message
    assert "1 conflict" in dialog.summary.text()
    assert [f.attributes() for f in operator.getFeatures()] == before  # sources untouched
    assert not operator.isEditable()

    # a second dialog lists the bundled result but does not tick it
    again = FusionDialog(qgis_iface)
    assert fused.id() in again.layer_ids
    assert fused not in again.selected_sources()
    again.close()
    dialog.close()


def test_fusion_dialog_needs_two_lists(qgis_iface, qgis_new_project, qgis_app):
    one = shelter_layer("shelters_city", [{"id": "1", "name": "GU A", "capacity": 10, "occupied": 5, "xy": (0, 0)}])
    QgsProject.instance().addMapLayer(one)
    dialog = FusionDialog(qgis_iface)
    assert run_fusion(dialog, qgis_app) is None and not dialog.task_running()
    assert "two" in dialog.last_error
    dialog.close()


def test_fusion_dialog_order_is_priority(qgis_iface, qgis_new_project, qgis_app):
    a = shelter_layer("shelters_a", [{"id": "1", "name": "GU A", "capacity": 10, "occupied": 5, "xy": (0, 0)}])
    b = shelter_layer("shelters_b", [{"id": "1", "name": "GU A", "capacity": 12, "occupied": 5, "xy": (0, 0)}])
    for layer in (a, b):
        QgsProject.instance().addMapLayer(layer)
    dialog = FusionDialog(qgis_iface)
    import datetime
    for layer in (a, b):
        dialog.set_date(layer, datetime.date(2024, 1, 1))
    first = dialog.selected_sources()[0]
    dialog.source_table.selectRow(dialog.row_of(first))
    dialog.move_selected(1)
    assert dialog.selected_sources()[1] is first
    assert dialog.date_edit(first).date() == QDate(2024, 1, 1)  # state survives the move
    result = run_fusion(dialog, qgis_app)
    [shelter] = result.shelters
    second = dialog.selected_sources()[0]
    assert shelter.provenance["capacity"][0] == second.name()  # same date: the upper list wins
    dialog.close()


def test_fusion_dialog_shows_conflicts_in_the_current_language(qgis_iface, qgis_new_project, qgis_app):
    from plugin.qgis_adapters import i18n

    a = shelter_layer("shelters_a", [{"id": "1", "name": "GU A", "capacity": 10, "occupied": 5, "xy": (0, 0)}])
    b = shelter_layer("shelters_b", [{"id": "1", "name": "GU A", "capacity": 12, "occupied": 5, "xy": (0, 0)}])
    for layer in (a, b):
        QgsProject.instance().addMapLayer(layer)
    previous = i18n.ui_language()
    i18n.install_translator("de")
    try:
        dialog = FusionDialog(qgis_iface)
        assert run_fusion(dialog, qgis_app) is not None, dialog.last_error
        [message] = dialog.conflict_messages()
        assert "Kapazität unterscheidet sich" in message
        dialog.close()
    finally:
        i18n.install_translator(previous)


def test_fusion_dialog_reports_a_failed_run_in_the_current_language(qgis_iface, qgis_new_project, qgis_app):
    from plugin.qgis_adapters import i18n

    a = shelter_layer("shelters_a", [{"id": "1", "name": "GU A", "capacity": 10, "occupied": 5, "xy": (0, 0)},
                                     {"id": "1", "name": "GU B", "capacity": 10, "occupied": 5, "xy": (900, 0)}])
    b = shelter_layer("shelters_b", [{"id": "2", "name": "GU C", "capacity": 12, "occupied": 5, "xy": (0, 0)}])
    for layer in (a, b):
        QgsProject.instance().addMapLayer(layer)
    previous = i18n.ui_language()
    i18n.install_translator("de")
    try:
        dialog = FusionDialog(qgis_iface)
        assert run_fusion(dialog, qgis_app) is None  # the error comes from the task
        assert "kommt doppelt vor" in dialog.last_error and "doppelt" in dialog.summary.text()
        assert dialog.run_button.isEnabled() and dialog.fused_layer is None
        dialog.close()
    finally:
        i18n.install_translator(previous)


def test_fusion_dialog_runs_in_a_task_and_can_be_cancelled(qgis_iface, qgis_new_project, qgis_app, monkeypatch):
    import time

    import plugin.gui.fusion_dialog as fd

    a = shelter_layer("shelters_a", [{"id": "1", "name": "GU A", "capacity": 10, "occupied": 5, "xy": (0, 0)}])
    b = shelter_layer("shelters_b", [{"id": "1", "name": "GU A", "capacity": 12, "occupied": 5, "xy": (0, 0)}])
    for layer in (a, b):
        QgsProject.instance().addMapLayer(layer)
    before = len(QgsProject.instance().mapLayers())
    dialog = FusionDialog(qgis_iface)
    real_fuse = fd.fuse

    def slow_fuse(*args, **kwargs):  # holds the task until the dialog's Cancel reaches it
        deadline = time.time() + 30
        while not dialog.task.isCanceled() and time.time() < deadline:
            time.sleep(0.01)
        return real_fuse(*args, **kwargs)

    monkeypatch.setattr(fd, "fuse", slow_fuse)
    dialog.run()
    assert dialog.task_running() and not dialog.run_button.isEnabled() and dialog.cancel_button.isEnabled()
    dialog.cancel_button.click()
    wait_for(dialog, qgis_app)
    assert dialog.result is None and dialog.fused_layer is None
    assert len(QgsProject.instance().mapLayers()) == before  # nothing added
    assert dialog.run_button.isEnabled() and not dialog.cancel_button.isEnabled()
    monkeypatch.setattr(fd, "fuse", real_fuse)
    assert run_fusion(dialog, qgis_app) is not None, dialog.last_error  # and it runs again afterwards
    assert dialog.progress.value() == 100
    dialog.close()


def test_fusion_dialog_names_same_named_lists_apart_and_reprojects(qgis_iface, qgis_new_project, qgis_app):
    a = shelter_layer("shelters", [{"id": "1", "name": "GU A", "capacity": 10, "occupied": 5,
                                    "xy": (409560, 5477870)}])
    b = memory_layer("shelters", "point", "EPSG:4326", [("id", "text"), ("name", "text"), ("capacity", "int"),
                                                        ("occupied", "int")],
                     [({"id": "1", "name": "GU A", "capacity": 12, "occupied": 5}, Point(7.7626, 49.4441))])
    for layer in (a, b):
        QgsProject.instance().addMapLayer(layer)
    dialog = FusionDialog(qgis_iface)
    import datetime
    dialog.set_date(a, datetime.date(2024, 1, 2))
    dialog.set_date(b, datetime.date(2024, 1, 1))
    result = run_fusion(dialog, qgis_app)
    assert result is not None, dialog.last_error
    [shelter] = result.shelters
    assert {m.source for m in shelter.members} == {"shelters", "shelters (2)"}
    assert 400_000 < shelter.x < 420_000 and 5_470_000 < shelter.y < 5_490_000  # in the target CRS (metres)
    dialog.close()
