"""Issue 16 ("Words" and "Hand-on"): the dialogs show readable names and rounded values, hide technical rows behind
"Details", copy their tables as tab-separated text and save the report as HTML and PDF, all in German."""
import re
from pathlib import Path

import pytest
from qgis.core import QgsProject
from qgis.PyQt.QtWidgets import QApplication

from test.fixtures.qgis_helpers import wait_for

RAW_KEYS = ("per_1000_city", "moran_p_sim", "cv_load", "share_places_near_hotspot", "share_places_near_hotspots",
            "clark_evans_r", "district_id", "gi_star_z", "(esda.Moran)")
LONG_FLOAT = re.compile(r"\d[.,]\d{5,}")  # 0.0865513: unrounded




@pytest.fixture(scope="module")
def analysed(qgis_app, qgis_iface):
    """One German analysis run on the sample, shared by the tests of this module (a run takes seconds)."""
    from plugin.gui.analysis_dialog import AnalysisDialog
    from plugin.qgis_adapters import i18n
    from plugin.qgis_adapters.loading import load_sample

    previous = i18n.ui_language()
    i18n.install_translator("de")
    QgsProject.instance().clear()
    load_sample(QgsProject.instance())
    dialog = AnalysisDialog(qgis_iface)
    dialog.permutations.setValue(99)
    dialog.run()
    wait_for(dialog, qgis_app)
    assert dialog.last_error is None and dialog.result is not None
    yield dialog
    dialog.close()
    i18n.install_translator(previous)
    QgsProject.instance().clear()


def column(table, col, visible_only=True):
    return [table.item(r, col).text() for r in range(table.rowCount())
            if table.item(r, col) is not None and not (visible_only and table.isRowHidden(r))]


def no_raw(text):
    for key in RAW_KEYS:
        assert key not in text, key
    assert not LONG_FLOAT.search(text), LONG_FLOAT.search(text).group(0)


# --- 1. analysis dialog: words ---------------------------------------------------------------------------------------

def test_city_figures_show_display_names_and_rounded_german_values(analysed, german):
    from plugin.core.display import display_name, format_value

    dialog = analysed
    names = column(dialog.city_table, 0, visible_only=False)
    values = column(dialog.city_table, 1, visible_only=False)
    for text in names + values:
        no_raw(text)
    city = dialog.result.city_dict()
    assert display_name("per_1000_city", "de") in names
    row = names.index(display_name("per_1000_city", "de"))
    assert values[row] == format_value("per_1000_city", city["per_1000_city"], "de")
    assert re.fullmatch(r"\d+,\d", values[row]), values[row]  # German decimal comma, rounded
    headers = [dialog.city_table.horizontalHeaderItem(c).text() for c in range(3)]
    assert headers[0] != "Figure" and headers[2] != "What it means"  # German headers


def test_technical_rows_hide_behind_details(analysed, german):
    from plugin.core.display import is_technical

    dialog = analysed
    keys = [row["key"] for row in dialog.city_rows]
    technical = [r for r, k in enumerate(keys) if is_technical(k)]
    assert technical, "the sample run has technical rows (z-values, per-hotspot shares)"
    assert any(k.startswith("share_places_near_hotspot:") for k in keys)
    dialog.details_check.setChecked(False)
    assert all(dialog.city_table.isRowHidden(r) for r in technical)
    assert not any(dialog.city_table.isRowHidden(r) for r in range(len(keys)) if r not in technical)
    dialog.details_check.setChecked(True)
    assert not any(dialog.city_table.isRowHidden(r) for r in range(len(keys)))
    # a per-hotspot row shows the hotspot's name in words, not "share_places_near_hotspot:HS-01"
    hs = next(r for r, k in enumerate(keys) if k.startswith("share_places_near_hotspot:"))
    assert ":" not in dialog.city_table.item(hs, 0).text().split(" ")[0]
    dialog.details_check.setChecked(False)


def test_readings_wrap_and_are_not_elided(analysed, german):
    from qgis.PyQt.QtCore import Qt

    dialog = analysed
    table = dialog.city_table
    assert table.wordWrap() and table.textElideMode() == Qt.TextElideMode.ElideNone
    readings = column(table, 2)
    assert readings and all("…" not in t for t in readings)
    assert any(len(t) > 40 for t in readings)


def test_district_table_headers_and_values_are_readable(analysed, german):
    from plugin.core.display import display_name

    table = analysed.district_table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert display_name("district_id", "de") in headers and display_name("per_1000", "de") in headers
    for h in headers:
        assert "_" not in h, h
    for c in range(table.columnCount()):
        for text in column(table, c):
            assert not LONG_FLOAT.search(text), (headers[c], text)
    # sorting by a rounded column still sorts by number
    col = headers.index(display_name("per_1000", "de"))
    table.sortItems(col)
    raw = [table.item(r, col).data(0x0101) for r in range(table.rowCount())]
    numbers = [v for v in raw if isinstance(v, (int, float))]
    assert numbers == sorted(numbers) and len(numbers) == 18


# --- 2. copy table ---------------------------------------------------------------------------------------------------

def test_copy_table_puts_the_visible_city_table_on_the_clipboard(analysed, german, bar):
    dialog = analysed
    dialog.details_check.setChecked(False)
    dialog.tabs.setCurrentIndex(0)
    QApplication.clipboard().setText("")
    assert dialog.copy_button.isEnabled()
    assert dialog.copy_button.text() == "Tabelle kopieren" and dialog.report_button.text() == "Bericht speichern…"
    assert dialog.details_check.text() == "Details"
    dialog.copy_button.click()
    text = QApplication.clipboard().text()
    lines = text.rstrip("\n").split("\n")
    visible = sum(not dialog.city_table.isRowHidden(r) for r in range(dialog.city_table.rowCount()))
    assert len(lines) == visible + 1 and all(line.count("\t") == 2 for line in lines)
    no_raw(text)
    assert bar.messages


def test_copy_table_of_districts_is_tab_separated_with_bare_numbers(analysed, german):
    dialog = analysed
    dialog.tabs.setCurrentWidget(dialog.district_table)
    QApplication.clipboard().setText("")
    dialog.copy_table()
    lines = QApplication.clipboard().text().rstrip("\n").split("\n")
    assert len(lines) == 19
    assert len({line.count("\t") for line in lines}) == 1
    assert "district_id" not in lines[0] and "per_1000" not in lines[0]
    assert any(re.fullmatch(r"\d+,\d+", cell) for cell in lines[1].split("\t"))  # German decimal comma, no unit
    dialog.tabs.setCurrentIndex(0)


# --- 3. save report --------------------------------------------------------------------------------------------------

def test_save_report_writes_german_html_and_pdf_atomically(analysed, german, tmp_path):
    dialog = analysed
    html_path, pdf_path = dialog.save_report(str(tmp_path / "bericht.html"))
    html = Path(html_path).read_text(encoding="utf-8")
    assert "lang='de'" in html and "Gini" in html
    assert "Datenquellen" in html or "Quellen" in html
    body = re.sub(r"<style>.*?</style>", "", html, flags=re.S)
    body = re.sub(r"<svg.*?</svg>", "", body, flags=re.S)
    text = re.sub(r"<[^>]+>", " ", body)
    no_raw(text)
    pdf = Path(pdf_path).read_bytes()
    assert pdf.startswith(b"%PDF") and len(pdf) > 2000
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bericht.html", "bericht.pdf"]  # nothing left beside them


def test_save_report_button_asks_for_a_path(analysed, german, tmp_path, monkeypatch, bar):
    from plugin.gui import widgets

    monkeypatch.setattr(widgets, "ask_report_path", lambda parent, name: str(tmp_path / "r"))
    analysed.report_button.click()
    assert (tmp_path / "r.html").exists() and (tmp_path / "r.pdf").exists()
    assert any("r.pdf" in m[1] for m in bar.messages)


# --- 4. placement dialog ---------------------------------------------------------------------------------------------

def test_placement_dialog_words_copy_and_report(qgis_app, qgis_iface, qgis_new_project, german, bar, tmp_path):
    from plugin.core.contract import SERVICE_CATEGORIES
    from plugin.core.display import display_name
    from plugin.gui.placement_dialog import PlacementDialog
    from plugin.qgis_adapters.loading import load_sample

    load_sample(QgsProject.instance())
    dialog = PlacementDialog(qgis_iface)
    # service checkboxes and mapping labels in words
    for cat, box in dialog.category_boxes.items():
        assert box.text() == display_name(f"category:{cat}", "de"), cat
    assert dialog.category_boxes["language_course"].text() != "language_course"
    assert set(dialog.category_boxes) == set(SERVICE_CATEGORIES[:-1])
    population = dialog.mappers["districts"].field_labels["population"].text()
    assert population.startswith(display_name("population", "de")) and "population" not in population
    assert not dialog.copy_button.isEnabled() and not dialog.report_button.isEnabled()

    dialog.run()
    wait_for(dialog, qgis_app)
    assert dialog.last_error is None, dialog.last_error
    assert dialog.result.status == "optimal" and dialog.result.sites
    summary = dialog.summary.toPlainText()
    assert display_name("status:optimal", "de") in summary and "optimal\n" not in summary
    headers = [dialog.sites_table.horizontalHeaderItem(c).text() for c in range(dialog.sites_table.columnCount())]
    assert "site_id" not in headers and display_name("site_id", "de") in headers
    dheaders = [dialog.districts_table.horizontalHeaderItem(c).text() for c in range(dialog.districts_table.columnCount())]
    assert all("_" not in h for h in dheaders), dheaders

    # copy the sites, then the districts before/after
    QApplication.clipboard().setText("")
    dialog.copy_button.click()
    lines = QApplication.clipboard().text().rstrip("\n").split("\n")
    assert len(lines) == len(dialog.result.sites) + 1 and "site_id" not in lines[0]
    dialog.tabs.setCurrentIndex(2)
    dialog.copy_table()
    lines = QApplication.clipboard().text().rstrip("\n").split("\n")
    assert len(lines) == len(dialog.result.districts_after) + 1
    assert not LONG_FLOAT.search("\n".join(lines))

    html_path, pdf_path = dialog.save_report(str(tmp_path / "vorschlag.html"))
    html = Path(html_path).read_text(encoding="utf-8")
    assert "lang='de'" in html and display_name("status:optimal", "de") in html
    assert Path(pdf_path).read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vorschlag.html", "vorschlag.pdf"]

    # an impossible request: the status in words, not "infeasible"
    dialog.places.setValue(5000)
    dialog.run()
    wait_for(dialog, qgis_app)
    assert dialog.result.status == "infeasible"
    text = dialog.summary.toPlainText()
    assert display_name("status:infeasible", "de") in text and "infeasible" not in text
    dialog.close()
