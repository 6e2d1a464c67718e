"""Issue 17 dialog: capacity planning over time in QGIS (offscreen, German where texts matter).

The dialog's numbers equal plan_capacity on the same problem; saved scenarios survive saving and reopening the
project; the district load layer is animated by the temporal controller; an impossible plan shows its months
short; a cancelled run adds nothing. The sample's 46 candidate sites make the model large (HiGHS needs its
whole time limit), so most tests plan with the shelters alone and a short horizon.
"""
import pytest
from qgis.core import QgsProject

from test.fixtures.qgis_helpers import wait_for


def small_dialog(qgis_iface, horizon=6):
    """The dialog on the sample's districts and shelters (no candidates), ``horizon`` months."""
    from plugin.gui.capacity_dialog import CapacityDialog

    dialog = CapacityDialog(qgis_iface)
    dialog.mappers["candidates"].layer_combo.setLayer(None)
    dialog.horizon.setValue(horizon)
    dialog.fill_scenarios()
    dialog.time_limit.setValue(60)
    return dialog


def run(dialog, qgis_app):
    dialog.run()
    wait_for(dialog, qgis_app)
    assert dialog.last_error is None, dialog.last_error


def test_dialog_runs_on_the_sample_and_equals_plan_capacity(qgis_app, qgis_iface, capacity_project, german, bar):
    from plugin.core.capacity import plan_capacity

    dialog = small_dialog(qgis_iface)
    from plugin.qgis_adapters.i18n import tr

    assert dialog.windowTitle() == tr("Capacity planning over time")  # found by the catalogue (de.ts: the lead's)
    assert dialog.scenario_table.rowCount() == 3 * 6
    assert dialog.planning_scenario.currentText() == "mid" and dialog.high_scenario.currentText() == "high"
    run(dialog, qgis_app)
    r = dialog.result
    assert str(r.status) == "optimal", r.message
    problem = dialog.problem
    assert len(problem.sites) == 10 and len(problem.districts) == 18
    assert sum(s.occupied for s in problem.sites) == 1344 and sum(s.capacity for s in problem.sites) == 1502
    again = plan_capacity(problem)
    assert str(again.status) == "optimal"
    assert r.cost == pytest.approx(again.cost)
    assert r.max_load == pytest.approx(again.max_load)
    assert r.reserve_place_months == pytest.approx(again.reserve_place_months)
    assert r.violations == [] and again.violations == []
    # what the dialog shows: German status, cost and a reason per state change
    summary = dialog.summary.toPlainText()
    assert "Optimal" in summary and "Optimal plan" not in summary, summary
    assert dialog.reasons_table.rowCount() == len(r.changes)
    if r.changes:
        reason = dialog.reasons_table.item(0, 4).text()
        assert reason and not reason.startswith(("Opens", "Closes", "Goes", "Becomes")), reason
    for chart in (dialog.timeline_chart, dialog.gantt_chart, dialog.cost_chart, dialog.load_chart):
        assert chart.drawn
    assert dialog.layer_button.isEnabled() and dialog.save_button.isEnabled()
    dialog.close()


def test_saved_scenarios_survive_reopening_the_project(qgis_app, qgis_iface, capacity_project, german, bar, tmp_path):
    from plugin.gui.capacity_dialog import CapacityDialog, saved_records

    dialog = small_dialog(qgis_iface)
    run(dialog, qgis_app)
    first = dialog.save_scenario("Mittel, ohne Deckel")
    dialog.cap_on.setChecked(True)
    dialog.cap.setValue(120)
    run(dialog, qgis_app)
    dialog.save_scenario("Mittel, 120 je 1.000")
    assert [r.name for r in saved_records()] == ["Mittel, ohne Deckel", "Mittel, 120 je 1.000"]
    rows_before = dialog.compare_texts()
    assert len(rows_before) == 2 and rows_before[0][0] == "Mittel, ohne Deckel"
    assert dialog.compare_chart.drawn
    qgz = tmp_path / "kapazitaet.qgz"
    assert QgsProject.instance().write(str(qgz))
    dialog.close()
    QgsProject.instance().clear()
    assert saved_records() == []
    assert QgsProject.instance().read(str(qgz))
    reopened = CapacityDialog(qgis_iface)
    assert reopened.compare_texts() == rows_before
    assert saved_records()[0].cost == pytest.approx(first.cost)
    # rename and delete change the project's entry
    reopened.rename_record(0, "Basis")
    assert [r.name for r in saved_records()] == ["Basis", "Mittel, 120 je 1.000"]
    # loading a saved scenario refills the inputs
    reopened.horizon.setValue(24)
    reopened.cap_on.setChecked(False)
    reopened.load_record(saved_records()[1])
    assert reopened.horizon.value() == 6 and reopened.cap_on.isChecked() and reopened.cap.value() == 120
    assert len(reopened.scenario_rows()) == 18
    reopened.delete_record(0)
    assert [r.name for r in saved_records()] == ["Mittel, 120 je 1.000"]
    assert len(reopened.compare_texts()) == 1
    reopened.close()


def test_load_layer_is_temporal_districts_times_months(qgis_app, qgis_iface, capacity_project, german, bar):
    from plugin.qgis_adapters.layers import is_generated

    dialog = small_dialog(qgis_iface, horizon=4)
    run(dialog, qgis_app)
    layer = dialog.add_load_layer()
    assert layer is not None and is_generated(layer)
    assert QgsProject.instance().mapLayer(layer.id()) is layer
    props = layer.temporalProperties()
    assert props.isActive()
    assert props.startField() == "date"
    assert layer.featureCount() == 18 * 4
    dates = {f["date"] for f in layer.getFeatures()}
    assert len(dates) == 4
    assert layer.renderer().type() == "graduatedSymbol"
    per = {(f["district_id"], f["month"]): f["per_1000"] for f in layer.getFeatures()}
    load = dialog.result.district_load
    district, series = next(iter(load.items()))
    assert per[(district, 1)] == pytest.approx(series[0])
    dialog.close()


def test_infeasible_run_shows_the_shortfall(qgis_app, qgis_iface, capacity_project, german, bar):
    dialog = small_dialog(qgis_iface, horizon=3)
    dialog.low.setValue(300)
    dialog.mid.setValue(500)
    dialog.high.setValue(800)
    dialog.fill_scenarios()
    run(dialog, qgis_app)
    r = dialog.result
    assert str(r.status) == "infeasible" and r.shortfall and r.fixes
    summary = dialog.summary.toPlainText()
    assert "Monat 1" in summary, summary
    assert summary.startswith("Nicht möglich"), summary
    assert not dialog.layer_button.isEnabled()
    dialog.close()


def test_cancel_leaves_no_result_layer(qgis_app, qgis_iface, capacity_project, german, bar):
    from plugin.qgis_adapters.layers import generated_layers

    dialog = small_dialog(qgis_iface)
    dialog.run()
    assert dialog.task_running()
    dialog.cancel()
    wait_for(dialog, qgis_app)
    assert dialog.result is None and dialog.record is None
    assert not dialog.layer_button.isEnabled()
    assert dialog.add_load_layer() is None
    assert generated_layers() == []
    from plugin.qgis_adapters.i18n import tr

    assert [m[1] for m in bar.messages] == [tr("Capacity plan cancelled; nothing was added.")]
    dialog.close()


def test_bad_scenario_table_names_the_row(qgis_app, qgis_iface, capacity_project, german, bar):
    dialog = small_dialog(qgis_iface, horizon=3)
    dialog.scenario_table.item(1, 2).setText("viele")
    dialog.run()
    assert not dialog.task_running()
    assert dialog.last_error
    assert "viele" in dialog.summary.toPlainText()
    dialog.close()


def test_sites_table_file_takes_the_defaults_where_empty(qgis_app, qgis_iface, capacity_project, tmp_path):
    from plugin.gui.capacity_dialog import SiteDefaults, sites_from_file

    path = tmp_path / "standorte.csv"
    path.write_text("site_id;district_id;capacity;state;occupied;cost_active;opening_lead\n"
                    "A;01;100;active;80;700;\nB;02;60;candidate;0;;2\n", encoding="utf-8")
    issues = []
    sites = sites_from_file(str(path), SiteDefaults(cost_active=500, opening_lead=4), issues)
    assert issues == []
    assert [(s.site_id, s.cost_active, s.opening_lead) for s in sites] == [("A", 700, 4), ("B", 500, 2)]


def test_export_insek_page_is_public_by_default(qgis_app, qgis_iface, capacity_project, german, bar, tmp_path):
    import subprocess

    dialog = small_dialog(qgis_iface, horizon=4)
    run(dialog, qgis_app)
    pdf = tmp_path / "kapazitaet_insek.pdf"
    written = dialog.export_page(str(pdf))
    assert dialog.last_error is None, dialog.last_error
    assert written and pdf.exists() and pdf.stat().st_size > 5_000
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Gemeinschaftsunterkunft" not in text and "GU-0" not in text  # districts, not sites
    dialog.close()


def test_hotspot_rule_takes_the_hotspots_layer_and_its_areas(qgis_app, qgis_iface, capacity_project, german, bar):
    """The dialog's hotspot limit reads the hotspots layer (points and areas) into the problem, as capacityplan
    does; the limit is off by default; on without a hotspots layer the dialog says what to choose."""
    from plugin.core.capacity import hotspot_areas

    dialog = small_dialog(qgis_iface)
    assert not dialog.hotspot_on.isChecked() and not dialog.mappers["hotspots"].isEnabled()
    problem = dialog.build_problem()
    assert problem is not None and problem.hotspots == [] and problem.params.hotspot_max_places is None
    dialog.hotspot_on.setChecked(True)
    dialog.hotspot_max.setValue(40)
    assert dialog.mappers["hotspots"].isEnabled()
    problem = dialog.build_problem()
    assert problem is not None and problem.params.hotspot_max_places == 40
    assert problem.hotspots and problem.hotspots == hotspot_areas(dialog.data.hotspots)
    hotspots_layer = dialog.mappers["hotspots"].layer()
    dialog.mappers["hotspots"].layer_combo.setLayer(None)
    assert dialog.build_problem() is None
    assert "Treffpunkt" in (dialog.last_error or "") or "hotspot" in (dialog.last_error or "").lower()
    assert hotspots_layer is not None
    dialog.close()


def test_scenario_table_longer_than_the_horizon_plans_the_horizon_and_says_so(qgis_app, qgis_iface, capacity_project,
                                                                               german, bar, tmp_path):
    """A 6-month scenario table loaded from a file, the horizon then shortened to 3 months: the plan covers 3 months
    and the result says (in German) that the later rows are not used, instead of one error per row."""
    dialog = small_dialog(qgis_iface, horizon=6)
    dialog.save_scenarios(str(tmp_path / "prognose.csv"))
    dialog.load_scenarios(str(tmp_path / "prognose.csv"))  # a loaded table is kept when the horizon changes
    dialog.horizon.setValue(3)
    assert dialog.scenario_table.rowCount() == 3 * 6  # the table is kept as the planner filled it
    run(dialog, qgis_app)
    assert str(dialog.result.status) == "optimal"
    assert all(len(states) == 3 for states in dialog.result.states.values())
    summary = dialog.summary.toPlainText()
    assert "9 Zeile(n) für Monate nach dem Planungszeitraum 1–3 (bis Monat 6) werden nicht verwendet" in summary, summary
    dialog.close()
