"""Capacity planning (issue 17) with a planner's own data: tiny cases checked by hand, German scenario names,
group labels spelled otherwise, infeasible setups and their smallest change."""
from __future__ import annotations

import pytest

from plugin.core.capacity import (
    CapacityParams,
    CapacityProblem,
    DistrictPop,
    MoveOut,
    Scenario,
    Site,
    demands,
    plan_capacity,
    plan_cost,
    verify,
)

DISTRICTS = [DistrictPop("A", 10000), DistrictPop("B", 10000)]
STAY = MoveOut(monthly_rate=0.0)


def _three(low, mid, high, name=("low", "mid", "high")):
    return [Scenario(n, {"": tuple(map(float, v))}) for n, v in zip(name, (low, mid, high))]


def _sites():
    return [Site("G1", "A", 100, "active", 90, cost_active=10, cost_reserve=2, closing_cost=500),
            Site("K1", "B", 100, "candidate", cost_active=5, cost_reserve=1, opening_cost=1000)]


def test_two_sites_three_months_cost_by_hand():
    """Nobody arrives and nobody leaves: G1 stays active, 100 places x 10 x 3 months = 3,000."""
    pb = CapacityProblem(_sites(), DISTRICTS, _three((0, 0, 0), (0, 0, 0), (0, 0, 0)), CapacityParams(horizon=3), STAY)
    r = plan_capacity(pb)
    assert str(r.status) == "optimal" and r.cost == pytest.approx(3000.0)
    assert r.states == {"G1": ["active"] * 3, "K1": ["not_opened"] * 3}
    assert verify(pb, r.states, r.cost, r.active_places) == []


def test_high_scenario_peak_cost_by_hand():
    """50 more people in month 2 of the high scenario need 156 places: the cheaper K1 opens active (1,000 +
    3 x 100 x 5) and G1 waits in reserve (3 x 100 x 2): 3,100, against 4,300 for G1 active and K1 in reserve."""
    pb = CapacityProblem(_sites(), DISTRICTS, _three((0, 0, 0), (0, 0, 0), (0, 50, 0)), CapacityParams(horizon=3), STAY)
    r = plan_capacity(pb)
    assert str(r.status) == "optimal" and r.cost == pytest.approx(3100.0)
    assert r.cost_breakdown["opening"] == 1000 and r.cost_breakdown["active"] == 1500
    assert r.cost_breakdown["reserve"] == 600
    assert plan_cost(pb, r.states, r.active_places)["total"] == pytest.approx(3100.0)
    assert verify(pb, r.states, r.cost, r.active_places) == []
    # the verifier notices a plan that does not keep the rules or a cost that is not the plan's
    assert verify(pb, r.states, 3000.0, r.active_places)
    short = {"G1": ["closed"] * 3, "K1": r.states["K1"]}
    assert verify(pb, short, None, {"G1": [0, 0, 0], "K1": r.active_places["K1"]})


@pytest.mark.parametrize("names", [("niedrig", "mittel", "hoch"), ("Low", "Mid", "HIGH"), ("gering", "Basis", "Hoch")])
def test_scenarios_named_in_german_or_another_case_plan_as_low_mid_high(names):
    """A city's table names its scenarios "niedrig, mittel, hoch": Processing has no parameter for the names, and
    the run stopped with "scenario 'mid' is not in the scenario table"."""
    want = plan_capacity(CapacityProblem(_sites(), DISTRICTS, _three((0, 0, 0), (0, 10, 0), (0, 50, 0)),
                                         CapacityParams(horizon=3), STAY))
    pb = CapacityProblem(_sites(), DISTRICTS, _three((0, 0, 0), (0, 10, 0), (0, 50, 0), names),
                         CapacityParams(horizon=3), STAY)
    assert (pb.params.planning_scenario, pb.params.high_scenario) == names[1:]
    r = plan_capacity(pb)
    assert r.cost == pytest.approx(want.cost) and r.states == want.states


def test_scenario_names_are_kept_when_not_unique_or_given():
    two = _three((0,), (0,), (0,), ("mittel", "Mitte", "hoch"))
    pb = CapacityProblem(_sites(), DISTRICTS, two, CapacityParams(horizon=1), STAY)
    assert (pb.params.planning_scenario, pb.params.high_scenario) == ("mid", "hoch")
    from plugin.core.capacity import validate

    assert any("Scenario 'mid' (planning scenario)" in m for m in validate(pb))
    pb = CapacityProblem(_sites(), DISTRICTS, _three((0,), (0,), (0,)),
                         CapacityParams(horizon=1, planning_scenario="low"), STAY)
    assert pb.params.planning_scenario == "low"


def test_group_label_in_another_case_reaches_its_group_only_site():
    """The sites say "ukrainian", the scenario rows "Ukrainian ": the group's arrivals are the group's."""
    sites = [Site("U1", "A", 50, "active", 10, group_label="ukrainian", cost_active=1),
             Site("G1", "B", 100, "active", 10, cost_active=1)]
    sc = [Scenario(n, {"": (5.0, 5.0), "Ukrainian ": (7.0, 7.0)}) for n in ("low", "mid", "high")]
    pb = CapacityProblem(sites, DISTRICTS, sc, CapacityParams(horizon=2), STAY)
    dem = demands(pb)["mid"]
    assert list(dem["ukrainian"]) == [17.0, 24.0]
    assert list(dem[""]) == [32.0, 44.0]


def test_all_sites_closed_by_their_permits_names_the_closing():
    """Both shelters must close (must_close_by 2 and 3): month 3 has no place; the smallest changes are 100 more
    places from month 3 on, or keeping one of them open; the text names the month it must close by."""
    sites = [Site("G1", "A", 100, "active", 90, cost_active=10, must_close_by=2),
             Site("G2", "B", 100, "active", 0, cost_active=10, must_close_by=3)]
    pb = CapacityProblem(sites, DISTRICTS, _three((0,) * 3, (0,) * 3, (0,) * 3), CapacityParams(horizon=3), STAY)
    r = plan_capacity(pb)
    assert str(r.status) == "infeasible"
    assert [x["month"] for x in r.shortfall if x["scenario"] == "mid"] == [3]
    texts = [str(f["text"]) for f in r.fixes]
    assert texts[0] == "Provide 100 more places from month 3 on (active); then every month is covered."
    assert "Keep site 'G1' open until month 3 instead of closing it by month 2." in texts
    assert "Keep site 'G2' open until month 3 instead of closing it by month 3." in texts


@pytest.mark.parametrize("horizon", [1, 24, 60])
def test_horizons(horizon):
    sc = _three([1.0] * horizon, [3.0] * horizon, [6.0] * horizon)
    pb = CapacityProblem(_sites(), DISTRICTS, sc, CapacityParams(horizon=horizon, time_limit_s=60), MoveOut())
    r = plan_capacity(pb)
    assert str(r.status) == "optimal" and not r.violations
    assert all(len(v) == horizon for v in r.states.values())


@pytest.mark.parametrize("rate", [0.0, 1.0])
def test_moveout_rate_edges(rate):
    pb = CapacityProblem(_sites(), DISTRICTS, _three((0, 0, 0), (0, 0, 0), (0, 50, 0)), CapacityParams(horizon=3),
                         MoveOut(monthly_rate=rate))
    r = plan_capacity(pb)
    assert str(r.status) == "optimal" and not r.violations
    if rate == 1.0:  # everybody leaves each month: only the high scenario's 50 arrivals of month 2 need places
        assert r.demand["high"] == [0.0, 50.0, 0.0]


def test_a_site_kept_only_for_its_lease_says_so():
    """G1's places are needed by no scenario (G2 alone holds 100 for 20 people), but its lease runs to month 3:
    the reason names the lease, not "the high scenario still needs them"."""
    sites = [Site("G1", "A", 100, "active", 10, cost_active=10, earliest_close=3),
             Site("G2", "B", 100, "active", 10, cost_active=1)]
    pb = CapacityProblem(sites, DISTRICTS, _three((0,) * 3, (0,) * 3, (0,) * 3), CapacityParams(horizon=3), STAY)
    r = plan_capacity(pb)
    assert r.states["G1"][0] == "reserve"
    (change,) = [c for c in r.changes if c["site_id"] == "G1"]
    assert str(change["text"]) == ("Stays reserve in month 1 although it is not needed then: it cannot close before "
                                   "month 3 (earliest_close).")


def _blocked_candidate(**params):
    sites = [Site("G1", "A", 100, "active", 90, cost_active=10, x=0.0, y=0.0),
             Site("K1", "B", 100, "candidate", cost_active=5, x=200.0, y=0.0)]
    from plugin.core.capacity import HotspotArea

    sc = [Scenario(n, {"": (30.0, 0.0, 0.0)}) for n in ("low", "mid", "high")]
    return CapacityProblem(sites, DISTRICTS, sc, CapacityParams(horizon=3, **params), STAY,
                           [HotspotArea("H1", 100.0, 0.0, 300.0)])


def test_a_candidate_blocked_by_the_spacing_rule_is_named_as_the_smallest_change():
    """K1 (100 places, 200 m from G1) would cover the 34 places missing, but MIN_SPACING_M is 500 m: the diagnosis
    only said "provide 34 more places"; now also "lower MIN_SPACING_M to 200 m"."""
    r = plan_capacity(_blocked_candidate(min_spacing_m=500.0))
    assert str(r.status) == "infeasible"
    fix = [f for f in r.fixes if f["change"] == "min_spacing_m"]
    assert fix and fix[0]["value"] == 200.0
    assert str(fix[0]["text"]) == ("Lower MIN_SPACING_M from 500 m to 200 m; then a candidate that stands closer to "
                                   "another site may open.")
    assert str(plan_capacity(_blocked_candidate(min_spacing_m=200.0)).status) == "optimal"


def test_a_candidate_blocked_by_the_hotspot_rule_is_named_as_the_smallest_change():
    r = plan_capacity(_blocked_candidate(hotspot_max_places=150))
    fix = [f for f in r.fixes if f["change"] == "hotspot_max_places"]
    assert fix and fix[0]["value"] == 200
    assert str(plan_capacity(_blocked_candidate(hotspot_max_places=200)).status) == "optimal"
    assert str(plan_capacity(_blocked_candidate(hotspot_max_places=199)).status) == "infeasible"


def test_arrival_groups_no_site_has_are_noted():
    from plugin.core import i18n
    from plugin.core.capacity import unmatched_groups

    sites = [Site("U1", "A", 50, "active", 10, group_label="ukrainian", cost_active=1),
             Site("G1", "B", 100, "active", 10, cost_active=1)]
    sc = [Scenario(n, {"": (5.0,), "Ukrainian": (1.0,), "Ukraine": (7.0,)}) for n in ("low", "mid", "high")]
    notes = unmatched_groups(CapacityProblem(sites, DISTRICTS, sc, CapacityParams(horizon=1), STAY))
    assert [str(m) for m in notes] == ["Arrival rows of group 'Ukraine' match no group-only site (groups of the "
                                       "sites: ukrainian); these people count for the general sites."]
    assert "Ukraine" in i18n.render(notes[0], "de") and "vorbehalten" in i18n.render(notes[0], "de")


def test_reserve_reason_names_the_high_need_that_comes_later():
    """Nobody now, 150 people in month 3 of every scenario: G1 waits in reserve for month 3; its reason said the
    high scenario needs "0 places" (month 1's need)."""
    sites = [Site("G1", "A", 100, "active", 0, cost_active=10, cost_reserve=2),
             Site("R1", "B", 100, "reserve", cost_active=5, cost_reserve=1, activation_lead=1, activation_cost=700)]
    sc = [Scenario(n, {"": (0.0, 0.0, 150.0)}) for n in ("low", "mid", "high")]
    pb = CapacityProblem(sites, DISTRICTS, sc, CapacityParams(horizon=3), MoveOut(monthly_rate=1.0))
    r = plan_capacity(pb)
    # by hand: reserve 2 x 100 x 2 + 2 x 100 x 1, month 3 active 100 x 10 + 100 x 5, R1's activation 700
    assert r.cost == pytest.approx(2800.0) and verify(pb, r.states, r.cost, r.active_places) == []
    (change,) = [c for c in r.changes if c["site_id"] == "G1" and c["to"] == "reserve"]
    assert "(167 places needed)" in str(change["text"])


@pytest.mark.parametrize("horizon", [1, 6])
def test_the_sample_plans_with_a_horizon_shorter_than_its_leases(horizon):
    """The sample's sites table has leases to months 7 and 13; every horizon below 12 stopped with "month 13 lies
    outside the horizon": a lease or permit after the horizon means "not within this plan"."""
    import dataclasses
    from pathlib import Path

    from plugin.io.capacity_tables import load_problem

    folder = Path(__file__).resolve().parents[2] / "resources" / "sample" / "capacity"
    pb = load_problem(str(folder / "sites.csv"), str(folder / "districts.csv"), str(folder / "scenarios.csv"),
                      CapacityParams(horizon=24, max_per_1000=25))
    assert any(s.earliest_close and s.earliest_close > 12 for s in pb.sites)
    cut = [Scenario(sc.name, {g: v[:horizon] for g, v in sc.arrivals.items()}) for sc in pb.scenarios]
    short = CapacityProblem(pb.sites, pb.districts, cut,
                            dataclasses.replace(pb.params, horizon=horizon, time_limit_s=60), pb.moveout)
    r = plan_capacity(short)
    assert str(r.status) in ("optimal", "feasible") and not r.violations
    leased = [s for s in pb.sites if s.existing and s.earliest_close and s.earliest_close > horizon]
    assert leased and all("closed" not in r.states[s.site_id] for s in leased)


def test_missing_scenario_role_is_german_in_german():
    from plugin.core import i18n
    from plugin.core.capacity import validate

    pb = CapacityProblem(_sites(), DISTRICTS, [Scenario("x", {"": (1.0,)})], CapacityParams(horizon=1), STAY)
    texts = [i18n.render(m, "de") for m in validate(pb)]
    assert "Das Szenario 'mid' (Planungsszenario) fehlt in der Szenariotabelle (Szenarien: x)." in texts
    assert [str(m) for m in validate(pb)][0] == ("Scenario 'mid' (planning scenario) is not in the scenario table "
                                                 "(scenarios: x).")
