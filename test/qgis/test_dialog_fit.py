"""Issue 16 "Fit", "Hand-on: charts" and "Diagnosis you can act on": every dialog fits a 1366×768 laptop screen in
German before and after a run, charts scale and save as PNG/SVG, and an impossible request proposes values named by
the dialog's controls, within their ranges, each with an Apply button."""
import os
from pathlib import Path

import pytest
from qgis.core import QgsProject
from qgis.PyQt.QtCore import QRect, QSize

from test.fixtures.qgis_helpers import wait_for

# a 1366×768 screen less a 40 px taskbar; the dialog's frame and title bar must fit too
SCREEN = QRect(0, 0, 1366, 728)
SHOTS = os.environ.get("DISPERSION_SCREENSHOTS")  # a folder: save the German screenshots there too


def usable():
    from plugin.gui.task_dialog import FRAME_MARGIN

    return QSize(SCREEN.width() - FRAME_MARGIN.width(), SCREEN.height() - FRAME_MARGIN.height())


def assert_fits(dialog, when):
    """The dialog's minimum size fits the usable screen, and its initial size is capped to it."""
    from qgis.PyQt.QtWidgets import QApplication

    from plugin.gui.task_dialog import fit_to_screen

    QApplication.processEvents()
    room = usable()
    hint = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
    assert hint.width() <= room.width() and hint.height() <= room.height(), (type(dialog).__name__, when, hint)
    size = fit_to_screen(dialog, 4000, 3000, available=SCREEN)  # asks for more than any screen has
    assert size.width() <= room.width() and size.height() <= room.height(), (type(dialog).__name__, when, size)
    assert dialog.size() == size
    return hint


def screenshot(dialog, name):
    """Grab the dialog at the 1366×768 laptop size (less taskbar and frame) into the screenshots folder, if asked."""
    if not SHOTS:
        return
    from qgis.PyQt.QtWidgets import QApplication

    dialog.resize(usable())
    dialog.show()
    for _ in range(5):
        QApplication.processEvents()
    Path(SHOTS).mkdir(parents=True, exist_ok=True)
    assert dialog.grab().save(str(Path(SHOTS) / name))


@pytest.fixture
def sample_project(qgis_new_project):
    from plugin.qgis_adapters.loading import load_sample

    load_sample(QgsProject.instance())
    return QgsProject.instance()


def test_fit_to_screen_caps_to_the_available_area(qgis_app):
    from qgis.PyQt.QtWidgets import QDialog

    from plugin.gui.task_dialog import available_geometry, fit_to_screen

    dialog = QDialog()
    assert fit_to_screen(dialog, 1200, 820, available=SCREEN) == QSize(1200, 728 - 40)
    assert fit_to_screen(dialog, 600, 400, available=SCREEN) == QSize(600, 400)  # smaller than the screen: as asked
    area = available_geometry(dialog)
    assert area is None or area.width() > 0
    size = fit_to_screen(dialog, 100000, 100000)  # the real (offscreen) screen caps it
    if area is not None:
        assert size.width() <= area.width() and size.height() <= area.height()


def test_analysis_dialog_fits_before_and_after_a_run_and_saves_charts(qgis_app, qgis_iface, sample_project, german,
                                                                      bar, tmp_path):
    from plugin.gui.analysis_dialog import AnalysisDialog

    dialog = AnalysisDialog(qgis_iface)
    dialog.show()
    assert_fits(dialog, "before")
    # the buttons are outside the scroll area: always visible, whatever the height
    assert not any(dialog.buttons is w for w in _scrolled(dialog))
    dialog.permutations.setValue(99)
    dialog.run()
    wait_for(dialog, qgis_app)
    assert dialog.last_error is None and dialog.result is not None
    dialog.tabs.setCurrentIndex(dialog.tabs.indexOf(dialog.lorenz_chart.parentWidget()))
    assert_fits(dialog, "after")
    # charts scale with the dialog: the canvas follows the window
    canvas = dialog.lorenz_chart.canvas
    dialog.resize(1300, 680)
    qgis_app.processEvents()
    wide = canvas.width()
    dialog.resize(900, 560)
    qgis_app.processEvents()
    assert canvas.width() < wide
    # Save chart: PNG or SVG by the ending, German texts, nothing left beside the file
    assert dialog.lorenz_chart.save_button.text() == "Diagramm speichern…"
    png = dialog.bar_chart.save(str(tmp_path / "balken.png"))
    svg = dialog.lorenz_chart.save(str(tmp_path / "lorenz.svg"))
    assert Path(png).read_bytes().startswith(b"\x89PNG")
    svg_text = Path(svg).read_text(encoding="utf-8")
    assert "<svg" in svg_text and "Lorenzkurve" in svg_text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["balken.png", "lorenz.svg"]
    screenshot(dialog, "analysis_dialog_de_1366.png")
    dialog.tabs.setCurrentIndex(0)
    screenshot(dialog, "analysis_dialog_de_1366_indices.png")
    dialog.close()


def test_save_chart_button_asks_for_a_file_and_reports(qgis_app, qgis_iface, german, bar, tmp_path, monkeypatch):
    from qgis.PyQt.QtWidgets import QFileDialog

    from plugin.gui.chart_widget import ChartWidget, chart_path
    from plugin.report.charts import lorenz_chart

    assert chart_path("/x/a") == "/x/a.png" and chart_path("/x/a", "SVG (*.svg)") == "/x/a.svg"
    assert chart_path("/x/a.SVG", "PNG (*.png)") == "/x/a.SVG"
    host = _Host(qgis_iface)
    chart = ChartWidget("…", "tip", "chart.png", host)
    assert not chart.save_button.isEnabled()
    chart.draw(lambda fig: lorenz_chart([[0, 0], [0.5, 0.2], [1, 1]], 0.3, language="de", figure=fig))
    assert chart.save_button.isEnabled()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "kurve"), "SVG (*.svg)"))
    chart.save_button.click()
    assert (tmp_path / "kurve.svg").exists()
    assert any("kurve.svg" in m[1] for m in bar.messages)
    # a folder that cannot be written is reported in the message bar, not raised into the event loop
    blocked = tmp_path / "blocked"
    blocked.write_text("a file, not a folder")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(blocked / "x.png"), ""))
    chart.save_button.click()
    assert len(bar.messages) == 2


def test_placement_dialog_fits_and_its_diagnosis_can_be_applied(qgis_app, qgis_iface, sample_project, german, bar):
    from plugin.gui.placement_dialog import PlacementDialog

    dialog = PlacementDialog(qgis_iface)
    dialog.show()
    assert_fits(dialog, "before")
    dialog.run()
    wait_for(dialog, qgis_app)
    assert dialog.last_error is None and dialog.result.status == "optimal"
    dialog.tabs.setCurrentIndex(2)
    assert dialog.chart.drawn
    assert_fits(dialog, "after")
    dialog.tabs.setCurrentIndex(2)
    screenshot(dialog, "placement_dialog_de_1366_after.png")

    # an impossible request: the district cap binds; the proposal names the form's label and can be applied
    dialog.places.setValue(5000)
    dialog.cap.setValue(20)
    dialog.run()
    wait_for(dialog, qgis_app)
    r = dialog.result
    assert r.status == "infeasible", r.status
    assert dialog.relax_box.isVisibleTo(dialog) and dialog.relaxation_rows
    text = dialog.summary.toPlainText() + "\n" + "\n".join(t for _, t, _ in dialog.relaxation_rows)
    for raw in ("MAX_PER_1000", "MIN_SPACING_M", "HOTSPOT_MAX_PLACES", "SERVICE_MAX_DISTANCE_M", "PLACES", "RULES"):
        assert raw not in text, raw
    assert_fits(dialog, "infeasible")
    screenshot(dialog, "placement_dialog_de_1366.png")
    for _code, line, apply in dialog.relaxation_rows:
        assert "„" in line, line  # names a control, in German quotes
        apply()
    rx = r.relaxations
    if "max_per_1000" in rx:
        assert dialog.cap.value() == pytest.approx(rx["max_per_1000"])
    if "places" in rx:
        assert dialog.places.value() == rx["places"]

    # the district cap alone binds: its proposal is applied with the button, and the next run succeeds
    dialog.places.setValue(1200)
    dialog.cap.setValue(20)
    dialog.run()
    wait_for(dialog, qgis_app)
    assert dialog.result.status == "infeasible"
    proposals = {code: (line, apply) for code, line, apply in dialog.relaxation_rows}
    assert "placement.diag_cap" in proposals, [line for _, line, _ in dialog.relaxation_rows]
    line, apply = proposals["placement.diag_cap"]
    assert line.startswith("„" + dialog.control_label(dialog.cap) + "“ auf mindestens"), line
    apply()
    assert dialog.cap.value() == pytest.approx(dialog.result.relaxations["max_per_1000"])
    dialog.run()
    wait_for(dialog, qgis_app)
    assert dialog.result.status == "optimal" and not dialog.relax_box.isVisibleTo(dialog)

    # two rules block together (cap and services; neither alone can be relaxed to fit): no "at most 0 places",
    # but a plain statement (the core proposes no joint relaxation, see the FIT report)
    dialog.places.setValue(800)
    dialog.cap.setValue(15)
    for cat in ("kita", "school"):
        dialog.category_boxes[cat].setChecked(True)
    dialog.service_distance.setValue(300)
    dialog.run()
    wait_for(dialog, qgis_app)
    assert dialog.result.status == "infeasible"
    summary = dialog.summary.toPlainText()
    assert "höchstens 0" not in summary and "SERVICE_CATEGORIES" not in summary
    assert "„" + dialog.control_label(dialog.category_grid) + "“" in summary
    if not dialog.relaxation_rows:
        from qgis.PyQt.QtWidgets import QLabel

        texts = [w.text() for w in dialog.relax_box.findChildren(QLabel)]
        assert dialog.relax_box.isVisibleTo(dialog) and any("gemeinsam" in t for t in texts), texts
    dialog.close()


def test_cap_proposal_beyond_the_slider_is_admitted_and_applied(qgis_app, qgis_iface, qgis_new_project, german):
    """The issue's case: the diagnosis asks for 60.1 while the slider stops at 60."""
    from plugin.core.placement import PlacementParams
    from plugin.core.placement.params import PlacementResult
    from plugin.core.placement.texts import num, text
    from plugin.gui.placement_dialog import PlacementDialog

    dialog = PlacementDialog(qgis_iface)
    assert dialog.cap.spin.maximum() == 60
    dialog.params = PlacementParams(places=300, max_per_1000=15.0, min_spacing_m=500, hotspot_max_places=100,
                                    service_max_distance_m=1000)
    result = PlacementResult(status="infeasible", message=text("status_infeasible", first=""))
    result.diagnosis = [text("diag_cap", value=num(60.1), now=num(15.0)),
                        text("diag_only", rule=text("rule_district_cap"), placed=10, need=300),
                        text("diag_service", value=num(7200, 0), now=num(1000, 0)),
                        text("diag_hotspot", value=1500, now=100),
                        text("diag_spacing", value=num(120, 0), now=num(500, 0)),
                        text("diag_places", value=250)]
    result.relaxations = {"max_per_1000": 60.1, "service_max_distance_m": 7200.0, "hotspot_max_places": 1500,
                          "min_spacing_m": 120.0, "places": 250, "placeable_places": 250}
    dialog.result = result
    dialog.show_result()
    lines = [t for _, t, _ in dialog.relaxation_rows]
    assert len(lines) == 5, lines
    assert lines[0] == "„Max. Plätze je 1.000 EW“ auf mindestens 60,1 erhöhen (jetzt 15,0)."
    summary = dialog.summary.toPlainText()
    assert "MAX_PER_1000" not in summary and "„Max. Plätze je 1.000 EW“" in summary  # diag_only names the control
    assert dialog.cap.spin.maximum() >= 60.1 and dialog.service_distance.spin.maximum() >= 7200
    for _, _, apply in dialog.relaxation_rows:
        apply()
    assert dialog.cap.value() == pytest.approx(60.1)  # not rounded to the slider's 0.5 steps
    assert dialog.service_distance.value() == 7200 and dialog.hotspot_limit.value() == 1500
    assert dialog.hotspot_on.isChecked() and dialog.spacing.value() == 120 and dialog.places.value() == 250
    # the buttons do the same
    from qgis.PyQt.QtWidgets import QPushButton

    dialog.cap.setValue(15)
    buttons = [w for w in dialog.relax_box.findChildren(QPushButton)]
    assert len(buttons) == 5 and all(b.text() == "Übernehmen" for b in buttons)
    buttons[0].click()
    assert dialog.cap.value() == pytest.approx(60.1)
    dialog.close()


def test_rule_proposal_removes_the_row(qgis_app, qgis_iface, qgis_new_project, german):
    from plugin.core.placement import PlacementParams
    from plugin.core.placement.params import PlacementResult
    from plugin.core.placement.texts import text
    from plugin.gui.placement_dialog import PlacementDialog

    dialog = PlacementDialog(qgis_iface)
    dialog.rules_editor.set_rows([{"group_a": "A", "relation": "separate", "group_b": "B", "distance_m": "300"},
                                  {"group_a": "A", "relation": "near", "group_b": "C", "distance_m": "500"}])
    dialog.params = PlacementParams(places=10)
    result = PlacementResult(status="infeasible", message=text("status_infeasible", first=""))
    result.diagnosis = [text("diag_rule", rule="A separate B 300 m")]
    result.relaxations = {"drop_rules": ["A separate B 300 m"]}
    dialog.result = result
    dialog.show_result()
    (code, line, apply), = dialog.relaxation_rows
    assert "A separate B 300 m" in line and "„Gruppenregeln“" in line
    apply()
    assert [r["relation"] for r in dialog.rules_editor.rows()] == ["near"]
    dialog.close()


def test_capacity_dialog_fits_before_and_after_a_run(qgis_app, qgis_iface, sample_project, german, bar):
    from plugin.gui.capacity_dialog import CapacityDialog

    dialog = CapacityDialog(qgis_iface)
    dialog.show()
    assert_fits(dialog, "before")
    assert not any(dialog.buttons is w for w in _scrolled(dialog))  # Plan and Close never scroll away
    dialog.mappers["candidates"].layer_combo.setLayer(None)  # the shelters alone: a quick plan
    dialog.horizon.setValue(6)
    dialog.run()
    wait_for(dialog, qgis_app)
    assert dialog.last_error is None and dialog.result is not None
    dialog.save_scenario("Basis")
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        assert_fits(dialog, f"tab {index}")
        screenshot(dialog, f"capacity_dialog_de_1366_tab{index}.png")
    from qgis.PyQt.QtWidgets import QScrollArea

    for part, widget in (("costs", dialog.cap), ("scenarios", dialog.high_scenario)):  # the form's lower parts
        for area in dialog.findChildren(QScrollArea):
            if area.widget() is not None and area.widget().isAncestorOf(widget):
                area.ensureWidgetVisible(widget)
        screenshot(dialog, f"capacity_dialog_de_1366_form_{part}.png")
    dialog.close()


def test_other_dialogs_fit(qgis_app, qgis_iface, sample_project, german):
    from plugin.gui.csv_import_dialog import CsvImportDialog
    from plugin.gui.export_dialog import ExportDialog
    from plugin.gui.fusion_dialog import FusionDialog
    from plugin.gui.layers_dialog import PlanningLayersDialog

    for cls in (ExportDialog, PlanningLayersDialog, CsvImportDialog, FusionDialog):
        dialog = cls(qgis_iface)
        dialog.show()
        assert_fits(dialog, "open")
        dialog.close()


class _Host:
    """A parent widget with an ``iface`` as the dialogs have (ChartWidget reports through it)."""

    def __new__(cls, iface):
        from qgis.PyQt.QtWidgets import QWidget

        widget = QWidget()
        widget.iface = iface
        return widget


def _scrolled(dialog):
    """Every widget inside a scroll area of ``dialog``."""
    from qgis.PyQt.QtWidgets import QScrollArea, QWidget

    out = []
    for area in dialog.findChildren(QScrollArea):
        if area.widget() is not None:
            out.extend(area.widget().findChildren(QWidget))
    return out
