"""Capacity planning inputs: demand from scenarios and move-outs, low/mid/high from three numbers, messages
for bad input that name table, row and field, and the tables read from CSV (any encoding) and GeoPackage."""
from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from plugin.core.capacity import (
    CapacityParams,
    CapacityProblem,
    DistrictPop,
    MoveOut,
    Scenario,
    Site,
    demand_path,
    plan_capacity,
    three_scenarios,
    validate,
    waiting_pmf,
)
from plugin.core.errors import InputError
from plugin.io.capacity_tables import load_problem

# ----------------------------------------------------------------------------- demand


def test_monthly_rate_demand():
    d = demand_path(100.0, [10.0, 10.0, 0.0], MoveOut(monthly_rate=0.1))
    assert d == pytest.approx([100.0, 100.0, 90.0])


def test_default_waiting_time_is_mean_4_5_within_3_to_6():
    pmf = MoveOut().wait_pmf
    assert [w for w, _ in pmf] == [3, 4, 5, 6]
    assert sum(w * q for w, q in pmf) == pytest.approx(4.5)
    assert [q for _, q in waiting_pmf()] == pytest.approx([q for _, q in pmf])
    shifted = waiting_pmf(5.5)
    assert sum(w * q for w, q in shifted) == pytest.approx(5.5)
    with pytest.raises(ValueError, match="within 3-6"):
        waiting_pmf(7.0)


def test_steady_population_stays_steady():
    """Constant arrivals A and today's occupancy A E[W]: the residual-stay rule keeps the demand constant."""
    d = demand_path(45.0, [10.0] * 12, MoveOut())
    assert d == pytest.approx([45.0] * 12)


def test_cohort_leaves_after_its_waiting_time():
    d = demand_path(0.0, [100.0, 0, 0, 0, 0, 0, 0, 0], MoveOut(wait_pmf=((3, 1.0),)))
    assert d == pytest.approx([100, 100, 100, 0, 0, 0, 0, 0])


def test_three_numbers():
    sc = three_scenarios(10, 20, 40, horizon=3)
    assert [s.name for s in sc] == ["low", "mid", "high"]
    assert sc[2].total() == (40.0, 40.0, 40.0)
    with pytest.raises(ValueError, match="low <= mid <= high"):
        three_scenarios(10, 5, 40)


# ----------------------------------------------------------------------------- validation


def _problem(**site_changes):
    site = Site("A", "D1", 50, "active", occupied=40, cost_active=500, cost_reserve=80, row=2)
    site = dataclasses.replace(site, **site_changes)
    return CapacityProblem([site, Site("B", "D1", 40, row=3)], [DistrictPop("D1", 10000, row=2)],
                           three_scenarios(2, 4, 8, horizon=6), CapacityParams(horizon=6))


def test_valid_problem_plans():
    r = plan_capacity(_problem())
    assert r.status == "optimal", r.message
    assert len(r.states["A"]) == 6


@pytest.mark.parametrize("change, words", [
    ({"capacity": -5}, ["sites", "row 2", "capacity", "negative"]),
    ({"capacity": 2.5}, ["row 2", "capacity", "whole number"]),
    ({"occupied": 60}, ["row 2", "occupied", "exceed the capacity of 50"]),
    ({"state0": "open"}, ["row 2", "state", "'open'"]),
    ({"district_id": "D9"}, ["row 2", "district_id", "'D9'"]),
    ({"cost_active": float("nan")}, ["row 2", "cost_active", "not a number"]),
    ({"earliest_close": 0}, ["row 2", "earliest_close", "outside the horizon"]),  # after the horizon is allowed
    ({"module": 30}, ["row 2", "module", "not a multiple"]),
    ({"site_id": "B"}, ["row 3", "site_id", "more than once", "row 2"]),
])
def test_bad_site_messages(change, words):
    issues = [str(m) for m in validate(_problem(**change))]
    assert issues, change
    assert any(all(w in m for w in words) for m in issues), issues
    with pytest.raises(InputError) as err:
        plan_capacity(_problem(**change))
    assert err.value.issues


def test_bad_settings_and_scenarios():
    pb = _problem()
    pb.params = CapacityParams(horizon=6, target_occupancy=1.5, planning_scenario="base")
    pb.moveout = MoveOut(wait_pmf=((3, 0.5), (4, 0.2)))
    texts = [str(m) for m in validate(pb)]
    assert any("target_occupancy" in t for t in texts)
    assert any("Scenario 'base'" in t and "low, mid, high" in t for t in texts)
    assert any("add up to 0.7" in t for t in texts)
    pb = _problem()
    pb.scenarios = [Scenario("mid", {"": (1.0,) * 5}), Scenario("high", {"": (1.0, -2.0, 1.0, 1.0, 1.0, 1.0)})]
    texts = [str(m) for m in validate(pb)]
    assert any("'mid'" in t and "month 6" in t for t in texts), texts
    assert any("arrivals" in t and "negative" in t for t in texts)


# ----------------------------------------------------------------------------- tables

SITES = ("site_id;district_id;capacity;state;occupied;cost_active;cost_reserve;opening_cost;group_label;name\n"
         "GU1;Mitte;120;aktiv;100;512,50;80;;;Gemeinschaftsunterkunft Ost\n"
         "GU2;Mitte;60;reserve;0;480;60,5;;Ukraine;Schulstraße\n"
         "K1;Süd;80;candidate;0;450;70;25.000;;Kaserne Süd\n")
DISTRICTS = "district_id;population;name\nMitte;12.500;Innenstadt\nSüd;8000;Südstadt\n"


def _scen(horizon, bad=""):
    rows = ["scenario;month;arrivals"]
    for name, v in (("low", "5"), ("mid", "10,5"), ("high", "20")):
        rows += [f"{name};{m};{v}" for m in range(1, horizon + 1)]
    return "\n".join(rows + ([bad] if bad else [])) + "\n"


def _write(tmp_path, name, text, encoding="cp1252"):
    p = tmp_path / name
    p.write_bytes(text.encode(encoding))
    return str(p)


def test_csv_tables_in_cp1252_with_decimal_commas(tmp_path):
    pb = load_problem(_write(tmp_path, "sites.csv", SITES), _write(tmp_path, "districts.csv", DISTRICTS),
                      _write(tmp_path, "scen.csv", _scen(6), "utf-8-sig"), CapacityParams(horizon=6))
    gu1 = pb.sites[0]
    assert (gu1.state0, gu1.cost_active, gu1.name) == ("active", 512.5, "Gemeinschaftsunterkunft Ost")
    assert pb.sites[1].group_label == "Ukraine" and pb.sites[1].state0 == "reserve"
    assert pb.sites[2].opening_cost == 25000.0
    assert pb.districts[0].population == 12500 and pb.districts[1].district_id == "Süd"
    assert pb.scenario("mid").total() == (10.5,) * 6
    assert plan_capacity(pb).status in ("optimal", "infeasible")


def test_csv_bad_rows_name_file_row_and_field(tmp_path):
    sites = SITES.replace("GU2;Mitte;60", "GU2;Mitte;sechzig").replace("K1;Süd;80;candidate", "K1;Süd;80;offen")
    with pytest.raises(InputError) as err:
        load_problem(_write(tmp_path, "sites.csv", sites), _write(tmp_path, "districts.csv", DISTRICTS),
                     _write(tmp_path, "scen.csv", _scen(6, "mid;3;4")), CapacityParams(horizon=6))
    issues = err.value.issues
    assert any("sites.csv, row 3, field capacity: 'sechzig' is not a number" in m for m in issues), issues
    assert any("sites.csv, row 4, field state" in m and "'offen'" in m for m in issues), issues
    assert any("scen.csv, row 20, field month" in m and "more than once" in m for m in issues), issues


def test_missing_column_and_month(tmp_path):
    with pytest.raises(InputError) as err:
        load_problem(_write(tmp_path, "sites.csv", SITES.replace("capacity", "places")),
                     _write(tmp_path, "districts.csv", DISTRICTS),
                     _write(tmp_path, "scen.csv", _scen(5)), CapacityParams(horizon=6))
    issues = err.value.issues
    assert any("column 'capacity' is missing" in m for m in issues), issues
    assert any("month 6 has no arrivals row" in m for m in issues), issues


def test_geopackage_tables(tmp_path):
    from osgeo import ogr

    path = str(tmp_path / "capacity.gpkg")
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    specs = {
        "sites": [("site_id", ogr.OFTString), ("district_id", ogr.OFTString), ("capacity", ogr.OFTInteger),
                  ("state", ogr.OFTString), ("occupied", ogr.OFTInteger), ("cost_active", ogr.OFTReal)],
        "districts": [("district_id", ogr.OFTString), ("population", ogr.OFTInteger)],
        "scenarios": [("scenario", ogr.OFTString), ("month", ogr.OFTInteger), ("arrivals", ogr.OFTReal)],
    }
    rows = {
        "sites": [("GU1", "Mitte", 120, "active", 100, 500.0), ("K1", "Mitte", 80, "candidate", 0, 450.0)],
        "districts": [("Mitte", 20000)],
        "scenarios": [(n, m, v) for n, v in (("low", 2.0), ("mid", 5.0), ("high", 9.0)) for m in range(1, 5)],
    }
    for name, fields in specs.items():
        lyr = ds.CreateLayer(name, geom_type=ogr.wkbNone)
        for fname, ftype in fields:
            lyr.CreateField(ogr.FieldDefn(fname, ftype))
        for values in rows[name]:
            feat = ogr.Feature(lyr.GetLayerDefn())
            for (fname, _), v in zip(fields, values):
                feat.SetField(fname, v)
            lyr.CreateFeature(feat)
    ds = None
    pb = load_problem(path, path, path, CapacityParams(horizon=4),
                      layers={"sites": "sites", "districts": "districts", "scenarios": "scenarios"})
    assert [s.site_id for s in pb.sites] == ["GU1", "K1"]
    assert pb.scenario("high").total() == (9.0,) * 4
    r = plan_capacity(pb)
    assert r.status == "optimal" and r.violations == []
    assert np.isfinite(r.cost)
