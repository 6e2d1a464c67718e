"""Issue 17 leftover: the export dialog adds the INSEK capacity page of a scenario saved in the project.

A tiny generated capacity instance is planned by the core and saved the way the capacity dialog saves it
(store_records); the export dialog lists it, and the export writes its page as a further page of the INSEK PDF
(or its own file beside a PNG/SVG), public-safe as in the capacity dialog: districts only, no site's name.
Without a saved scenario the choice is off and a grey line says why.
"""
import re
import shutil
import subprocess
from unittest.mock import MagicMock

import pytest
from qgis.core import QgsProject

from test.qgis.test_dialog_fit import assert_fits


@pytest.fixture(scope="module")
def record():
    """A planned tiny instance as the dialog keeps it (its sites are named "Site 0" …, ids "S0" …)."""
    from dataclasses import replace

    from plugin.core.capacity import plan_capacity
    from plugin.core.capacity.compare import record_from
    from test.fixtures.capacity_instances import generated

    problem = generated(3, sites=6, months=6, districts=3, time_limit_s=30.0)
    # at projected coordinates as a city's sites have them (the generator's 0…8,000 m would make any two small
    # numbers of the page, costs or places, read as a site's position to the public audit)
    problem = replace(problem, sites=[replace(s, x=s.x + 560000.0, y=s.y + 5930000.0) for s in problem.sites])
    result = plan_capacity(problem)
    assert str(result.status) in ("optimal", "feasible"), result.message
    return record_from(problem, result, "Mittleres Szenario")


def save(record):
    from plugin.gui.capacity_dialog import saved_records, store_records

    store_records([record])
    assert [r.name for r in saved_records()] == [record.name]


def pdf_text(path, page=None) -> str:
    if shutil.which("pdftotext"):
        pages = ["-f", str(page), "-l", str(page)] if page else []
        text = subprocess.run(["pdftotext", *pages, str(path), "-"], capture_output=True, text=True, check=True).stdout
    else:
        from plugin.export import extract

        text = extract.file_text(str(path))
    return re.sub(r"\s+", " ", text)


def pages(path) -> int:
    """The PDF's page objects (QtPdf is not everywhere)."""
    with open(path, "rb") as fh:
        data = fh.read()
    return len(re.findall(rb"/Type\s*/Page(?!s)", data))


def table(record, public: bool, threshold: int):
    """The page's district table as the German export writes it."""
    from plugin.core.capacity.compare import district_names
    from plugin.export.capacity_page import quarter_rows
    from plugin.export.language import export_language

    with export_language("de"):
        return [[str(c) for c in row]  # as the layout takes a cell (export.literal)
                for row in quarter_rows(record, district_names(record), public, threshold)]


def page_title() -> str:
    from plugin.core.capacity.texts import Msg
    from plugin.core.i18n import render

    return render(Msg("pg_title"), "de")


def test_without_saved_scenarios_the_choice_is_off_with_its_reason(qgis_app, capacity_project, german):
    from plugin.gui.export_dialog import ExportDialog
    from plugin.qgis_adapters.i18n import tr

    dialog = ExportDialog(MagicMock())
    assert not dialog.capacity.isEnabled() and dialog.capacity_record() is None
    assert dialog.capacity_note.isVisibleTo(dialog) and not dialog.capacity.isVisibleTo(dialog)  # the reason instead
    dialog.show()
    assert_fits(dialog, "no capacity scenario")
    reason = dialog.capacity_note.text()
    assert reason == tr("No capacity scenarios saved in the project – save one in “Capacity planning over time…”.")
    assert "Kapazitätsszenarien" in reason and "„Kapazitätsplanung im Zeitverlauf…“" in reason  # German
    dialog.close()


def test_saved_scenario_is_listed_and_added_to_the_pdf_public_safe(qgis_app, capacity_project, german, record,
                                                                    tmp_path):
    from plugin.gui.export_dialog import ExportDialog

    save(record)
    iface = MagicMock()
    dialog = ExportDialog(iface)
    assert dialog.capacity.isEnabled() and not dialog.capacity_note.isVisibleTo(dialog)
    dialog.show()
    assert_fits(dialog, "a capacity scenario saved")  # 1366×768 in German, with the choice's row
    assert [dialog.capacity.itemText(i) for i in range(1, dialog.capacity.count())] == [record.name]
    dialog.capacity.setCurrentIndex(dialog.capacity.findData(record.name))
    assert dialog.capacity_record() is record or dialog.capacity_record().name == record.name
    assert dialog.public.isChecked()
    dialog.threshold.setValue(50)  # the export's threshold applies to the page: its 30 places per district are small
    out = tmp_path / "insek.pdf"
    dialog.output.setFilePath(str(out))
    assert dialog.run() == str(out)
    assert pages(out) == 2  # the map, then the capacity page, in one PDF
    text = pdf_text(out)
    assert page_title() in text
    assert not re.search(r"Site \d", text)  # never a site's name
    page = pdf_text(out, 2) if shutil.which("pdftotext") else text
    public_rows, internal_rows = table(record, True, 50), table(record, False, 50)
    assert public_rows != internal_rows  # the plan has districts with fewer than 50 places: withheld in public
    for row in public_rows[1:-1]:
        assert " ".join(row) in page  # by district, small counts withheld as "< 50"
    assert list(tmp_path.iterdir()) == [out]  # no staging file left, no second file

    # internal: the page is added too (the capacity page shows districts in either mode)
    dialog.public.setChecked(False)
    internal = tmp_path / "intern.pdf"
    dialog.output.setFilePath(str(internal))
    assert dialog.run() == str(internal)
    assert page_title() in pdf_text(internal) and pages(internal) == 2
    if shutil.which("pdftotext"):
        page = pdf_text(internal, 2)
        assert not re.search(r"Site \d", page)
        for row in internal_rows[1:-1]:
            assert " ".join(row) in page  # internal: the counts
    dialog.close()


def test_atlas_gets_the_page_after_its_summary(qgis_app, capacity_project, german, record, tmp_path):
    from plugin.gui.export_dialog import ExportDialog

    save(record)
    dialog = ExportDialog(MagicMock())
    plain = tmp_path / "atlas.pdf"
    dialog.atlas.setChecked(True)
    dialog.output.setFilePath(str(plain))
    assert dialog.run() == str(plain)
    dialog.capacity.setCurrentIndex(dialog.capacity.findData(record.name))
    withpage = tmp_path / "atlas_kapazitaet.pdf"
    dialog.output.setFilePath(str(withpage))
    assert dialog.run() == str(withpage)
    assert pages(withpage) == pages(plain) + 1
    text = pdf_text(withpage)
    assert page_title() in text and not re.search(r"Site \d", text)
    dialog.close()


def test_png_gets_the_page_as_its_own_file_beside(qgis_app, capacity_project, german, record, tmp_path, bar,
                                                  qgis_iface):
    from plugin.gui.export_dialog import ExportDialog

    save(record)
    dialog = ExportDialog(qgis_iface)
    dialog.capacity.setCurrentIndex(dialog.capacity.findData(record.name))
    out = tmp_path / "karte.svg"
    dialog.output.setFilePath(str(out))
    assert dialog.run() == str(out)
    others = sorted(p.name for p in tmp_path.iterdir())
    assert len(others) == 2 and others[0] == "karte.svg" and others[1].startswith("karte_") and others[1] != "karte.svg"
    beside = tmp_path / others[1]
    svg = beside.read_text(encoding="utf-8")
    assert not re.search(r"Site \d", svg)
    assert any(beside.name in text for _title, text, _level in bar.messages)
    dialog.close()


def test_reopened_dialog_lists_scenarios_saved_meanwhile(qgis_app, capacity_project, german, record):
    from plugin.gui.export_dialog import ExportDialog

    dialog = ExportDialog(MagicMock())
    assert not dialog.capacity.isEnabled()
    save(record)
    dialog.show()  # the plugin keeps its dialogs: showing it again reads the project anew
    assert dialog.capacity.isEnabled() and dialog.capacity.findData(record.name) > 0
    dialog.close()


def test_refused_page_writes_nothing(qgis_app, capacity_project, german, record, tmp_path, bar, qgis_iface):
    """A saved scenario whose district is named like one of its sites: the public audit refuses the page and no
    file (nor a staging file) is written."""
    from dataclasses import replace

    from plugin.gui.export_dialog import ExportDialog

    problem = dict(record.problem)
    problem["districts"] = [dict(d, name="Site 0") for d in problem["districts"]]
    save(replace(record, problem=problem))
    dialog = ExportDialog(qgis_iface)
    dialog.capacity.setCurrentIndex(1)
    out = tmp_path / "insek.pdf"
    dialog.output.setFilePath(str(out))
    assert dialog.run() is None
    assert list(tmp_path.iterdir()) == []
    assert bar.messages and "Site 0" in bar.messages[-1][1]
    dialog.close()


def test_cancel_between_the_map_and_the_capacity_page_leaves_no_file(qgis_app, capacity_project, german, record,
                                                                     tmp_path):
    """The page goes through the export's writer: cancelled after the map page, nothing is left (no staging file)."""
    from qgis.core import QgsFeedback

    from plugin.core.errors import CancelledError
    from plugin.export.capacity_page import checked_layout
    from plugin.export.insek import export_insek

    feedback = QgsFeedback()
    feedback.progressChanged.connect(lambda value: feedback.cancel() if value >= 50 else None)  # after page 1 of 2

    def page(public, threshold, project, crs_id):
        return checked_layout(record, None, public, threshold, project, crs_id)

    out = tmp_path / "insek.pdf"
    with pytest.raises(CancelledError):
        export_insek(QgsProject.instance(), str(out), "INSEK", feedback=feedback, extra_pages=[page])
    assert list(tmp_path.iterdir()) == []
