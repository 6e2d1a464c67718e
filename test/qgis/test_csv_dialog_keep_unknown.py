"""The CSV import dialog's 'keep rows with unknown values' choice (issue 14, item 5)."""
from plugin.gui.csv_import_dialog import CsvImportDialog


def _candidates(tmp_path):
    path = tmp_path / "standorte.csv"
    path.write_bytes(b"\xef\xbb\xbf" + ("site_id;Name;min_places;max_places;module;Breite;Länge\n"
                                        "C1;Wiese;0;40;;49,44;7,76\n"
                                        ";;;;;;\n"
                                        "C2;Halle;10;60;k. A.;49,45;7,77\n").encode("cp1252"))
    return str(path)


def test_keep_unknown_is_on_and_imports_every_row_with_a_warning(qgis_iface, qgis_new_project, tmp_path):
    dialog = CsvImportDialog(qgis_iface)
    assert dialog.load_file(_candidates(tmp_path))
    assert dialog.preview.horizontalHeaderItem(0).text() == "site_id"  # BOM before cp1252: no 'ï»¿'
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("candidates"))
    assert dialog.keep_unknown.isChecked()
    layer = dialog.import_layer()
    assert layer is not None, dialog.last_error
    assert layer.featureCount() == 2  # the row of empty cells is no row
    assert any("'module'" in m and "2, 4" in m for m in dialog.messages())
    dialog.close()


def test_keep_unknown_off_leaves_the_text_for_the_contract_check(qgis_iface, qgis_new_project, tmp_path):
    dialog = CsvImportDialog(qgis_iface)
    assert dialog.load_file(_candidates(tmp_path))
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("candidates"))
    dialog.keep_unknown.setChecked(False)
    assert dialog.import_layer() is None  # 'k. A.' is not a whole number
    dialog.close()
