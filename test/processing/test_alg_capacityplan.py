"""dispersion:capacityplan (issue 17): the Processing run equals the core's plan, names bad input, runs in qgis_process."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from plugin.core.capacity import CapacityParams, plan_capacity
from plugin.io.capacity_tables import load_problem
from test.fixtures.capacity_instances import generated
from test.fixtures.qgis_helpers import qgis_process, system_env

SITE_COLUMNS = ("site_id", "district_id", "capacity", "state", "occupied", "group_label", "cost_active", "cost_reserve",
                "activation_lead", "activation_cost", "opening_lead", "opening_cost", "closing_cost", "earliest_close",
                "must_close_by", "min_active_months", "module", "x", "y", "name")


def write_tables(pb, folder):
    """The problem ``pb`` as the three CSV tables of io.capacity_tables."""
    paths = {k: folder / f"{k}.csv" for k in ("sites", "districts", "scenarios")}
    with open(paths["sites"], "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(SITE_COLUMNS)
        for s in pb.sites:
            row = {**s.__dict__, "state": s.state0}
            w.writerow(["" if row.get(c) is None else row.get(c) for c in SITE_COLUMNS])
    with open(paths["districts"], "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(("district_id", "population", "name"))
        w.writerows((d.district_id, d.population, d.name) for d in pb.districts)
    with open(paths["scenarios"], "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(("scenario", "month", "group_label", "arrivals"))
        for sc in pb.scenarios:
            for g, series in sc.arrivals.items():
                w.writerows((sc.name, m, g, v) for m, v in enumerate(series, start=1))
    return {k: str(v) for k, v in paths.items()}


@pytest.fixture(scope="module")
def tables(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cap")
    pb = generated(2, sites=7, months=6)
    return write_tables(pb, folder), pb.params.max_per_1000


def _rows(path):
    layer = QgsVectorLayer(path, "t", "ogr")
    assert layer.isValid(), path
    names = layer.fields().names()
    return [dict(zip(names, f.attributes())) for f in layer.getFeatures()]


def test_processing_plan_equals_core_plan(dispersion_provider, tables, tmp_path):
    import processing

    paths, cap = tables
    params = CapacityParams(horizon=6, max_per_1000=cap, time_limit_s=60)
    want = plan_capacity(load_problem(paths["sites"], paths["districts"], paths["scenarios"], params))
    assert str(want.status) == "optimal"
    out = {"PLAN": str(tmp_path / "plan.csv"), "DISTRICT_LOAD": str(tmp_path / "load.gpkg"),
           "REPORT": str(tmp_path / "plan.json")}
    res = processing.run("dispersion:capacityplan", {
        "SITES": paths["sites"], "DISTRICTS": paths["districts"], "SCENARIOS": paths["scenarios"], "HORIZON": 6,
        "MAX_PER_1000": cap, "TIME_LIMIT_S": 60, "START_DATE": "2025-11", **out})
    assert res["STATUS"] == "optimal"
    assert res["COST"] == pytest.approx(want.cost)
    assert res["PEAK_SHORTFALL"] == 0
    plan = _rows(out["PLAN"])
    assert len(plan) == 6 * len(want.states)
    for r in plan:
        m = int(r["month"])
        assert r["state"] == want.states[r["site_id"]][m - 1]
        assert int(r["active_places"]) == want.active_places[r["site_id"]][m - 1]
    assert {r["date"] for r in plan} == {"2025-11-01", "2025-12-01", "2026-01-01", "2026-02-01", "2026-03-01",
                                         "2026-04-01"}
    loads = _rows(out["DISTRICT_LOAD"])
    for r in loads:
        if r["district_id"] in want.district_load:
            assert r["per_1000"] == pytest.approx(want.district_load[r["district_id"]][r["month"] - 1])
    saved = json.loads(Path(out["REPORT"]).read_text(encoding="utf-8"))
    assert saved["records"][0]["cost"] == pytest.approx(want.cost)


def test_three_numbers_and_html_report(dispersion_provider, tables, tmp_path):
    import processing

    paths, _ = tables
    res = processing.run("dispersion:capacityplan", {
        "SITES": paths["sites"], "DISTRICTS": paths["districts"], "LOW": 4, "MID": 8, "HIGH": 12, "HORIZON": 6,
        "PLAN": "memory:", "DISTRICT_LOAD": "memory:", "REPORT": str(tmp_path / "r.html")})
    assert res["STATUS"] in ("optimal", "feasible", "infeasible")
    text = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "<svg" in text and "Capacity plan over 6 months" in text


def test_bad_input_names_table_row_and_field(dispersion_provider, tables, tmp_path):
    import processing

    paths, _ = tables
    bad = tmp_path / "bad_sites.csv"
    lines = Path(paths["sites"]).read_text(encoding="utf-8").splitlines()
    cells = lines[2].split(",")
    cells[2] = "viele"  # capacity
    lines[2] = ",".join(cells)
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match=r"bad_sites.*row 3.*capacity.*'viele'"):
        processing.run("dispersion:capacityplan", {
            "SITES": str(bad), "DISTRICTS": paths["districts"], "SCENARIOS": paths["scenarios"], "HORIZON": 6,
            "PLAN": "memory:", "DISTRICT_LOAD": "memory:"})
    with pytest.raises(QgsProcessingException, match="LOW"):
        processing.run("dispersion:capacityplan", {
            "SITES": paths["sites"], "DISTRICTS": paths["districts"], "HORIZON": 6, "PLAN": "memory:",
            "DISTRICT_LOAD": "memory:"})


def test_cancel_stops_the_run(dispersion_provider, tables):
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    from plugin.processing.alg_capacityplan import CapacityPlanAlgorithm

    paths, _ = tables
    pb = load_problem(paths["sites"], paths["districts"], paths["scenarios"], CapacityParams(horizon=6))
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    from plugin.core.errors import CancelledError

    with pytest.raises(CancelledError):
        CapacityPlanAlgorithm.solve(pb, feedback)
    assert QgsProcessingContext() is not None


def test_qgis_process_run(tables, tmp_path):
    paths, cap = tables
    env = system_env(tmp_path)
    assert qgis_process(["plugins", "enable", "dispersion_planner"], env).returncode == 0
    plan = tmp_path / "plan.csv"
    run = qgis_process(["run", "dispersion:capacityplan", "--", f"SITES={paths['sites']}",
                        f"DISTRICTS={paths['districts']}", f"SCENARIOS={paths['scenarios']}", "HORIZON=6",
                        f"MAX_PER_1000={cap}", f"PLAN={plan}", f"DISTRICT_LOAD={tmp_path / 'load.csv'}"], env)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    assert "STATUS:\toptimal" in run.stdout
    rows = list(csv.DictReader(plan.read_text(encoding="utf-8").splitlines()))
    assert len(rows) == 6 * 7 and {r["state"] for r in rows} <= {"active", "reserve", "closed", "not_opened"}


def test_waiting_time_parameters_equal_the_core_with_that_distribution(dispersion_provider, tables):
    """MOVEOUT_WAIT_MIN/MAX/MEAN give the waiting-time distribution the dialog's three fields give; a mean outside
    its months stops the run naming them."""
    import dataclasses

    import processing

    from plugin.core.capacity import MoveOut
    from plugin.core.capacity.scenarios import waiting_pmf

    paths, cap = tables
    params = CapacityParams(horizon=6, max_per_1000=cap, time_limit_s=60)
    pb = load_problem(paths["sites"], paths["districts"], paths["scenarios"], params)
    want = plan_capacity(dataclasses.replace(pb, moveout=MoveOut(wait_pmf=waiting_pmf(5.5, 4, 8))))
    default = plan_capacity(pb)
    base = {"SITES": paths["sites"], "DISTRICTS": paths["districts"], "SCENARIOS": paths["scenarios"], "HORIZON": 6,
            "MAX_PER_1000": cap, "TIME_LIMIT_S": 60, "PLAN": "memory:", "DISTRICT_LOAD": "memory:"}
    res = processing.run("dispersion:capacityplan", {**base, "MOVEOUT_WAIT_MIN": 4, "MOVEOUT_WAIT_MAX": 8,
                                                     "MOVEOUT_WAIT_MEAN": 5.5})
    assert res["STATUS"] == str(want.status) == "optimal"
    assert res["COST"] == pytest.approx(want.cost)
    assert want.demand != default.demand  # a longer wait: more people stay, so the parameter mattered
    with pytest.raises(QgsProcessingException, match="4.5|4,5|mean"):
        processing.run("dispersion:capacityplan", {**base, "MOVEOUT_WAIT_MIN": 5, "MOVEOUT_WAIT_MAX": 8,
                                                   "MOVEOUT_WAIT_MEAN": 4.5})
