"""Rules, bad input, diagnosis, reasons, alternatives and determinism of the placement optimiser."""
from __future__ import annotations

from dataclasses import replace

import pytest
from shapely.geometry import box

from plugin.core.errors import CancelledError, InputError
from plugin.core.i18n import message_from_json, render
from plugin.core.model import Candidate, District, GroupDemand, Hotspot, PlanningData, Rule, Service, Shelter
from plugin.core.placement import PlacementParams, suggest, verify
from test.fixtures.synthetic_city import synthetic_city


def two_districts(**kw):
    """West (10,000 inhabitants, 100 places) and East (5,000, none); sites on a line."""
    districts = [District("W", "West", 10000, box(0, 0, 1000, 1000)), District("E", "East", 5000, box(1000, 0, 2000, 1000))]
    shelters = [Shelter("S1", "GU West", 100, 500, 100, 90, group_label="A")]
    cands = [Candidate(f"c{i}", f"site {i}", x, 500, 10, 40, 10, 1000.0 + i) for i, x in enumerate([300, 700, 1200, 1500, 1800])]
    data = PlanningData(districts=districts, shelters=shelters, candidates=cands, **kw)
    return data


def params(**kw):
    base = dict(places=40, max_per_1000=20.0, min_spacing_m=0.0, time_limit_s=10.0)
    base.update(kw)
    return PlacementParams(**base)


def check(data, p, res):
    assert res.violations == []
    assert verify(data, p, res.sites) == []


def test_balances_load_and_reports_tables():
    data = two_districts()
    p = params()
    res = suggest(data, p)
    check(data, p, res)
    assert res.status == "optimal"
    # East (0 per 1,000) takes all 40: 8.0 per 1,000 < West's 10 + anything
    assert {s["district_id"] for s in res.sites} == {"E"}
    assert res.objective_max_per_1000 == pytest.approx(8.0)
    east = next(d for d in res.districts_after if d["district_id"] == "E")
    assert east["places_new"] == 40 and east["per_1000_after"] == pytest.approx(8.0) and east["cap"] == 100
    s = res.sites[0]
    assert {"site_id", "name", "x", "y", "group_label", "places", "district_id", "reason", "reason_code",
            "reason_params"} <= set(s)
    assert s["group_label"] is None
    assert "per 1,000" in s["reason"] and "je 1.000" in render(s["reason"], "de")
    # the stored code and parameters give the same texts
    stored = message_from_json(s["reason_code"], s["reason_params"])
    assert stored == s["reason"] and render(stored, "de") == render(s["reason"], "de")


def test_district_cap_zero_population_and_full_district_receive_none():
    data = two_districts()
    data = replace(data, districts=[data.districts[0], replace(data.districts[1], population=0)])
    p = params(places=20, max_per_1000=10.0)  # West already at 10 per 1,000, East has no population
    res = suggest(data, p)
    assert res.status == "infeasible"
    assert res.relaxations["placeable_places"] == 0
    assert any("MAX_PER_1000" in line for line in res.diagnosis)
    assert res.relaxations["max_per_1000"] == pytest.approx(12.0)  # (100 + 20) / 10,000 * 1,000
    # the suggested relaxation works
    res2 = suggest(data, replace(p, max_per_1000=res.relaxations["max_per_1000"]))
    check(data, replace(p, max_per_1000=12.0), res2)
    assert res2.status == "optimal"


def test_spacing_between_sites_and_to_shelters():
    data = two_districts()
    p = params(places=60, min_spacing_m=350.0)
    res = suggest(data, p)
    check(data, p, res)
    ids = {s["site_id"] for s in res.sites}
    assert "c0" not in ids  # 200 m from GU West
    assert not ({"c2", "c3"} <= ids or {"c3", "c4"} <= ids)  # 300 m apart


def test_spacing_diagnosis_gives_largest_workable_spacing():
    data = two_districts()
    p = params(places=160, max_per_1000=100.0, min_spacing_m=350.0)
    res = suggest(data, p)
    assert res.status == "infeasible"
    assert res.relaxations["min_spacing_m"] == pytest.approx(300.0, abs=1.0)
    assert any("MIN_SPACING_M" in line for line in res.diagnosis)
    ok = suggest(data, replace(p, min_spacing_m=res.relaxations["min_spacing_m"]))
    assert ok.status == "optimal"


def test_hotspot_rule_and_group_rules():
    hot = [Hotspot("H1", "Kotten", "A", 1500, 500, 250.0)]
    demand = [GroupDemand("A", 20), GroupDemand("B", 20)]
    rules = [Rule("A", "B", "separate", 450.0), Rule("B", "A", "near", 900.0)]
    data = two_districts(hotspots=hot, group_demand=demand, rules=rules)
    p = params(places=0, hotspot_max_places=10, max_per_1000=30.0)
    res = suggest(data, p)
    check(data, p, res)
    assert res.status == "optimal"
    by_group = {}
    for s in res.sites:
        by_group.setdefault(s["group_label"], []).append(s)
    assert sum(s["places"] for s in by_group["A"]) == 20 and sum(s["places"] for s in by_group["B"]) == 20
    # B must be within 900 m of a hotspot of A or a shelter of A; A at least 450 m from any B and from nothing else
    assert "Gruppe" in render(res.sites[0]["reason"], "de")


def test_services_rule_excludes_sites_without_access():
    svc = [Service("k1", "Kita", "kita", 1500, 550)]
    data = two_districts(services=svc)
    p = params(places=30, service_categories=("kita",), service_max_distance_m=100.0)
    res = suggest(data, p)
    check(data, p, res)
    assert {s["site_id"] for s in res.sites} == {"c3"}
    assert "childcare (Kita) 50 m" in res.sites[0]["reason"]


@pytest.mark.parametrize("bad, needle", [
    (dict(places=0), "PLACES"),
    (dict(max_per_1000=-1.0), "MAX_PER_1000"),
    (dict(places_field="beds"), "PLACES_FIELD"),
])
def test_bad_parameters(bad, needle):
    with pytest.raises(InputError) as err:
        suggest(two_districts(), params(**bad))
    assert needle in err.value.message


def test_bad_input_data():
    data = two_districts()
    with pytest.raises(InputError, match="no candidate sites"):
        suggest(replace(data, candidates=[]), params())
    bad = replace(data, candidates=[replace(data.candidates[0], min_places=15)])
    with pytest.raises(InputError, match="multiples of the module"):
        suggest(bad, params())
    outside = replace(data, candidates=[replace(c, y=5000) for c in data.candidates])
    with pytest.raises(InputError, match="inside a district"):
        suggest(outside, params())
    with pytest.raises(InputError, match="no candidate site may hold it"):
        suggest(replace(data, group_demand=[GroupDemand("X", 10)], rules=[Rule("X", "Y", "near", 100.0)]), params())
    some_out = replace(data, candidates=data.candidates + [Candidate("far", "", 9000, 9000, 10, 20, 10)])
    res = suggest(some_out, params())
    assert any("outside every district" in n and "far" in n for n in res.notes)


def test_verify_reports_each_broken_rule():
    data = two_districts(hotspots=[Hotspot("H1", "Spot", None, 1500, 500, 400.0)])
    p = params(places=50, min_spacing_m=350.0, hotspot_max_places=10)
    sites = [{"site_id": "c3", "places": 40}, {"site_id": "c4", "places": 15}, {"site_id": "zz", "places": 5}]
    problems = verify(data, p, sites)
    text = "\n".join(problems)
    assert "not a candidate" in text
    assert "multiple of its module" in text
    assert "300 m apart" in text
    assert "Hotspot 'Spot'" in text
    assert "55 new places placed, 50 required" in text


def test_alternatives_are_distinct_and_ranked():
    data = two_districts()
    p = params(places=30, alternatives=3)
    res = suggest(data, p)
    sets = [frozenset(s["site_id"] for s in res.sites)] + [frozenset(s["site_id"] for s in a.sites) for a in res.alternatives]
    assert len(res.alternatives) == 3 and len(set(sets)) == 4
    loads = [res.objective_max_per_1000] + [a.objective_max_per_1000 for a in res.alternatives]
    assert loads == sorted(loads)
    for a in res.alternatives:
        assert verify(data, p, a.sites) == []


def test_deterministic_and_german_messages():
    data, p = synthetic_city(n_sites=120, n_districts=6, n_groups=3, places=200, seed=3)
    a, b = suggest(data, p), suggest(data, p)
    assert a.sites == b.sites and a.objective_max_per_1000 == b.objective_max_per_1000
    assert render(a.message, "de").startswith("Optimale Verteilung")
    assert render(a.sites[0]["reason"], "de").startswith("Stadtteil") or "Gruppe" in render(a.sites[0]["reason"], "de")


def test_cancel_and_progress():
    data = two_districts()
    seen = []
    suggest(data, params(), progress=seen.append)
    assert seen and seen[-1] == 100.0
    with pytest.raises(CancelledError):
        suggest(data, params(), is_cancelled=lambda: True)


def test_city_size_is_optimal():
    """City size (500 sites, 20 districts, 5 groups, rules) solves to optimality; its time is measured in bench/."""
    data, p = synthetic_city(n_sites=500, n_districts=20, n_groups=5, places=600, seed=1)
    res = suggest(data, p)
    check(data, p, res)
    assert res.status == "optimal"


def _solver_cut_short(monkeypatch, objectives):
    """Make every HiGHS call for ``objectives`` stop as at a time limit (status 1), keeping what it found."""
    from plugin.core.placement import formulation

    real = formulation.Formulation.solve

    def cut_short(self, *args, **kwargs):
        sol = real(self, *args, **kwargs)
        if self.objective not in objectives:
            return sol
        return formulation.Solution(1, sol.places, sol.fun, 0.25 if sol.places is not None else None, sol.seconds,
                                    "time limit")

    monkeypatch.setattr(formulation.Formulation, "solve", cut_short)


def test_later_stage_at_time_limit_reports_feasible_with_gap(monkeypatch):
    data, p = synthetic_city(n_sites=30, n_districts=4, n_groups=0, places=90, seed=5, size_m=4000.0)
    _solver_cut_short(monkeypatch, ("spread", "spread_cost", "cost"))
    res = suggest(data, p)
    assert res.status == "feasible"
    assert 0.0 < res.gap <= 1.0
    assert res.violations == [] and verify(data, p, res.sites) == []
    assert "%" in res.message and "time limit" in res.message
    assert sum(row["places"] for row in res.sites) == 90


def test_no_placement_within_time_limit_is_not_called_infeasible(monkeypatch):
    data, p = synthetic_city(n_sites=30, n_districts=4, n_groups=0, places=90, seed=5, size_m=4000.0)
    from plugin.core.placement import formulation

    monkeypatch.setattr(formulation.Formulation, "solve",
                        lambda self, *a, **k: formulation.Solution(1, None, None, None, 0.0, "time limit"))
    res = suggest(data, replace(p, time_limit_s=3.0))
    assert res.status == "timeout" and res.timed_out
    assert res.sites == []
    assert "infeasibility is not proven" in res.message and "3 s" in res.message
