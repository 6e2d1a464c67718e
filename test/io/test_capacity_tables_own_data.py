"""Capacity tables (issue 17) as operators send them: empty-cell marks, currency, lease ends as dates, and messages
that name the file."""
from __future__ import annotations

import datetime as dt

import pytest

from plugin.core.capacity import CapacityParams, MoveOut, plan_capacity
from plugin.core.errors import InputError
from plugin.io.capacity_tables import load_problem

DISTRICTS = "district_id;population\nA;10.000\nB;8.000\n"
HEAD = "site_id;district_id;capacity;state;occupied;cost_active;cost_reserve;earliest_close;must_close_by\n"


def _scen(months=3, names=("low", "mid", "high")):
    return "scenario;month;arrivals\n" + "".join(f"{n};{m};{v}\n" for n, v in zip(names, ("1", "2,5", "3"))
                                                 for m in range(1, months + 1))


def _write(tmp_path, name, text, encoding="cp1252"):
    p = tmp_path / name
    p.write_bytes(text.encode(encoding))
    return str(p)


def _load(tmp_path, sites, scen=None, horizon=3, **kw):
    return load_problem(_write(tmp_path, "standorte.csv", sites), _write(tmp_path, "stadtteile.csv", DISTRICTS),
                        _write(tmp_path, "szenarien.csv", scen or _scen(horizon)), CapacityParams(horizon=horizon),
                        MoveOut(monthly_rate=0.0), **kw)


def test_unknown_marks_take_the_defaults_and_costs_may_carry_the_currency(tmp_path):
    pb = _load(tmp_path, HEAD + "G1;A;100;aktiv;k. A.;12,50 €;–;-;\nK1;B;80;Kandidat;;EUR 1.234,50;;;\n")
    g1, k1 = pb.sites
    assert (g1.occupied, g1.cost_active, g1.cost_reserve, g1.earliest_close) == (0, 12.5, 0.0, None)
    assert k1.cost_active == 1234.5
    assert plan_capacity(pb).cost == pytest.approx(3 * 100 * 12.5)


def test_messages_of_the_whole_problem_name_the_file(tmp_path):
    with pytest.raises(InputError) as err:
        _load(tmp_path, HEAD + "G1;A;100;aktiv;50;10;;;\nG1;C;80;Kandidat;;10;;;\n")
    issues = err.value.issues
    assert any("Table standorte.csv, row 3, field site_id: 'G1' appears more than once (first in row 2)" in m
               for m in issues), issues
    assert any("Table standorte.csv, row 3, field district_id: district 'C'" in m for m in issues), issues


def test_german_scenario_names_from_a_table(tmp_path):
    pb = _load(tmp_path, HEAD + "G1;A;100;aktiv;50;10;;;\n", _scen(3, ("niedrig", "mittel", "hoch")))
    assert (pb.params.planning_scenario, pb.params.high_scenario) == ("mittel", "hoch")
    assert str(plan_capacity(pb).status) == "optimal"


@pytest.mark.parametrize("early, late, want", [
    ("31.12.2026", "", (13, None)),   # lease to the end of December: may close from January, month 13
    ("2026-12", "", (13, None)),      # the same month without a day
    ("12/2026", "", (13, None)),
    ("15.06.2026", "30.06.2027", (7, 19)),  # mid-June: not before July (7); the permit ends with June 2027
    ("31.12.2024", "15.03.2026", (1, 3)),  # a lease long over: no limit; a permit ending mid-March: closed in March
    ("31.12.2030", "2031-01-31", (25, None)),  # beyond the horizon: not within it
])
def test_lease_and_permit_ends_as_dates(tmp_path, early, late, want):
    pb = _load(tmp_path, HEAD + f"G1;A;100;aktiv;50;10;;{early};{late}\n", horizon=24, start=dt.date(2026, 1, 1))
    assert (pb.sites[0].earliest_close, pb.sites[0].must_close_by) == want


def test_a_date_that_is_no_date_names_file_row_and_field(tmp_path):
    with pytest.raises(InputError) as err:
        _load(tmp_path, HEAD + "G1;A;100;aktiv;50;10;;Ende 2026;\n", horizon=24, start=dt.date(2026, 1, 1))
    assert any("standorte.csv, row 2, field earliest_close: 'Ende 2026'" in m for m in err.value.issues)


def test_thousands_dots_in_a_semicolon_file_without_decimals(tmp_path):
    """Only whole numbers with thousands dots: '10.000' inhabitants and '1.200' arrivals are thousands (they were
    read as 10 and 1.2: the sniffer saw no decimal mark and took the point)."""
    scen = "scenario;month;arrivals\n" + "".join(f"{n};{m};{v}\n" for n, v in (("low", "1.000"), ("mid", "1.200"),
                                                                               ("high", "1.500")) for m in (1, 2, 3))
    sites = "site_id;district_id;capacity;state;occupied\nG1;A;5.000;aktiv;4.000\n"
    pb = _load(tmp_path, sites, scen)
    assert [d.population for d in pb.districts] == [10000, 8000]
    assert pb.scenario("mid").total() == (1200.0,) * 3
    assert (pb.sites[0].capacity, pb.sites[0].occupied) == (5000, 4000)


def test_a_semicolon_file_with_decimal_points_keeps_them(tmp_path):
    scen = "scenario;month;arrivals\n" + "".join(f"{n};{m};{v}\n" for n, v in (("low", "1.5"), ("mid", "2.25"),
                                                                               ("high", "1.200")) for m in (1, 2, 3))
    pb = _load(tmp_path, HEAD + "G1;A;100;aktiv;50;10;;;\n", scen)
    assert pb.scenario("mid").total() == (2.25,) * 3 and pb.scenario("high").total() == (1.2,) * 3


def test_scenario_months_as_calendar_months_out_of_order(tmp_path):
    """A forecast by calendar month, rows in any order: '2026-03', '02.2026', a date; counted from the start."""
    rows = [("mid", "2026-03", "3"), ("mid", "01.2026", "1"), ("mid", "15.02.2026", "2")]
    rows += [(n, f"2026-{m:02d}", "1") for n in ("low", "high") for m in (3, 1, 2)]
    scen = "scenario;month;arrivals\n" + "".join(";".join(r) + "\n" for r in rows)
    pb = _load(tmp_path, HEAD + "G1;A;100;aktiv;50;10;;;\n", scen, start=dt.date(2026, 1, 1))
    assert pb.scenario("mid").total() == (1.0, 2.0, 3.0)


def test_scenario_rows_outside_the_plan_name_file_row_and_month(tmp_path):
    rows = [(n, f"2026-{m:02d}", "1") for n in ("low", "mid", "high") for m in (1, 2, 3)] + [("mid", "2025-12", "4")]
    scen = "scenario;month;arrivals\n" + "".join(";".join(r) + "\n" for r in rows)
    with pytest.raises(InputError) as err:
        _load(tmp_path, HEAD + "G1;A;100;aktiv;50;10;;;\n", scen, start=dt.date(2026, 1, 1))
    assert any("szenarien.csv, row 11, field month: month 2025-12 (0) lies outside the horizon 1–3" in m
               for m in err.value.issues), err.value.issues


@pytest.mark.parametrize("text, state", [("In Betrieb", "active"), ("AKTIV", "active"), ("Vorhaltung", "reserve"),
                                         ("Stand-by", "reserve"), ("in Planung", "candidate"), ("k. A.", "candidate")])
def test_states_as_operators_write_them(tmp_path, text, state):
    occupied = "50" if state == "active" else ""
    pb = _load(tmp_path, HEAD + f"G1;A;100;{text};{occupied};10;;;\nG2;B;100;aktiv;10;10;;;\n")
    assert pb.sites[0].state0 == state


def test_unknown_state_is_named_as_written(tmp_path):
    with pytest.raises(InputError) as err:
        _load(tmp_path, HEAD + "G1;A;100;Offen (ab 2027);;10;;;\n")
    assert any("row 2, field state: state 'Offen (ab 2027)' is unknown" in m for m in err.value.issues)


def test_district_ids_stored_as_reals_match_text_ids(tmp_path):
    """A GeoPackage districts table whose ids are a real column (7.0) against the sites' text '7'."""
    from osgeo import ogr

    path = str(tmp_path / "stadt.gpkg")
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    lyr = ds.CreateLayer("districts", geom_type=ogr.wkbNone)
    for name, kind in (("district_id", ogr.OFTReal), ("population", ogr.OFTInteger)):
        lyr.CreateField(ogr.FieldDefn(name, kind))
    for values in ((7.0, 10000), (8.0, 8000)):
        feat = ogr.Feature(lyr.GetLayerDefn())
        feat.SetField(0, values[0])
        feat.SetField(1, values[1])
        lyr.CreateFeature(feat)
    ds = None
    pb = load_problem(_write(tmp_path, "standorte.csv", HEAD + "G1;7;100;aktiv;50;10;;;\n"), path,
                      _write(tmp_path, "szenarien.csv", _scen(3)), CapacityParams(horizon=3), MoveOut(monthly_rate=0.0),
                      layers={"districts": "districts"})
    assert [d.district_id for d in pb.districts] == ["7", "8"]


def test_a_reserve_site_with_people_in_it_is_named(tmp_path):
    """Standby places hold nobody: 60 people in a reserve site made the plan infeasible ("28 places short in
    month 1") instead of pointing at the row."""
    from plugin.core import i18n

    with pytest.raises(InputError) as err:
        _load(tmp_path, HEAD + "R1;A;100;Vorhaltung;60;10;1;;\nG1;A;50;aktiv;10;10;;;\n")
    (issue,) = err.value.issues
    assert str(issue) == ("Table standorte.csv, row 2, field occupied: a site in reserve (state 'reserve') holds "
                          "nobody today, but 60 people live there; is it active?")
    assert "Vorhaltung" in i18n.render(issue, "de")


def test_a_longer_forecast_serves_a_shorter_plan_with_one_note():
    """A 24-month scenario table for a 12-month plan: the later months are not used (one note), month 0 is still an
    error naming the row."""
    from plugin.core.i18n import render
    from plugin.io.capacity_tables import Table, scenarios_from_table

    rows = [(r + 2, {"scenario": n, "month": m, "arrivals": 10}) for r, (n, m) in
            enumerate((n, m) for n in ("low", "mid", "high") for m in range(1, 25))]
    issues, notes = [], []
    out = scenarios_from_table(Table("prognose.csv", ["scenario", "month", "arrivals"], rows, "."), 12, issues,
                               notes=notes)
    assert not issues and [len(s.total()) for s in out] == [12, 12, 12]
    assert len(notes) == 1
    assert render(notes[0]) == ("Table prognose.csv: 36 row(s) for months after the horizon 1–12 (up to month 24) "
                                "are not used.")
    assert "nicht verwendet" in render(notes[0], "de")
    bad = rows + [(99, {"scenario": "low", "month": 0, "arrivals": 1})]
    issues = []
    scenarios_from_table(Table("prognose.csv", ["scenario", "month", "arrivals"], bad, "."), 12, issues)
    assert [render(i) for i in issues] == ["Table prognose.csv, row 99, field month: month 0 lies outside the "
                                           "horizon 1–12."]
