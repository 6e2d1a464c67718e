"""Capacity planning: the independent verifier accepts the optimiser's plans and catches broken ones."""
from __future__ import annotations

import copy
import dataclasses

import pytest

from plugin.core.capacity import plan_capacity, plan_cost, verify
from test.fixtures.capacity_instances import generated


def _feasible(seed_from=0, **kw):
    for seed in range(seed_from, seed_from + 40):
        pb = generated(seed, **kw)
        r = plan_capacity(pb)
        if r.status == "optimal":
            return pb, r
    raise AssertionError("no feasible instance")


@pytest.fixture(scope="module")
def plan():
    return _feasible()


def test_optimal_plans_pass(plan):
    pb, r = plan
    assert verify(pb, r.states, r.cost, r.active_places) == []
    assert plan_cost(pb, r.states, r.active_places)["total"] == pytest.approx(r.cost)
    assert r.changes, "every state change carries a reason"
    assert all(c["text"] and c["code"].startswith("capacity.r_") for c in r.changes)


def _first(states, wanted):
    for sid, seq in states.items():
        for t, st in enumerate(seq):
            if st in wanted:
                return sid, t
    return None


def test_catches_uncovered_month(plan):
    pb, r = plan
    states = copy.deepcopy(r.states)
    for seq in states.values():  # every active site to reserve in month 1: demand not covered
        if seq[0] == "active":
            seq[0] = "reserve"
    v = verify(pb, states)
    assert any("Month 1" in m for m in v), v


def test_catches_reopening_and_unknown_state(plan):
    pb, r = plan
    states = copy.deepcopy(r.states)
    sid = next(s.site_id for s in pb.sites if s.existing)
    states[sid] = ["closed"] + ["active"] * (len(states[sid]) - 1)
    assert any("reopen" in m for m in verify(pb, states))
    states = copy.deepcopy(r.states)
    states[sid][0] = "open"
    assert any("not one of" in m for m in verify(pb, states))


def test_catches_opening_before_the_lead_time(plan):
    pb, r = plan
    sites = [dataclasses.replace(s, opening_lead=3) if not s.existing else s for s in pb.sites]
    pb2 = dataclasses.replace(pb, sites=sites)
    states = copy.deepcopy(r.states)
    sid = next(s.site_id for s in sites if not s.existing)
    states[sid] = ["active"] * len(states[sid])
    assert any("opening lead time" in m for m in verify(pb2, states))


def test_catches_early_close_and_wrong_cost(plan):
    pb, r = plan
    s0 = next(s for s in pb.sites if s.existing)
    pb2 = dataclasses.replace(pb, sites=[dataclasses.replace(s, earliest_close=4) if s is s0 else s for s in pb.sites])
    states = copy.deepcopy(r.states)
    states[s0.site_id] = ["closed"] * len(states[s0.site_id])
    assert any("earliest closing month" in m for m in verify(pb2, states))
    assert any("reported cost" in m for m in verify(pb, r.states, r.cost + 100.0))


def test_catches_district_cap_and_spacing():
    pb, r = _feasible(spacing=0.0)
    pb = dataclasses.replace(pb, sites=[dataclasses.replace(s, opening_lead=0) for s in pb.sites])
    tight = dataclasses.replace(pb, params=dataclasses.replace(pb.params, max_per_1000=0.0))
    # with cap 0 a district keeps at most what it holds today; activating every candidate breaks it
    states = {s.site_id: (["active"] * pb.params.horizon if not s.existing else r.states[s.site_id])
              for s in pb.sites}
    assert any("exceed the cap" in m for m in verify(tight, states))
    xy = [dataclasses.replace(s, x=100.0 * i, y=0.0) for i, s in enumerate(pb.sites)]
    spaced = dataclasses.replace(pb, sites=xy, params=dataclasses.replace(pb.params, min_spacing_m=5000.0))
    assert any("MIN_SPACING_M" in m for m in verify(spaced, states))


def test_catches_wrong_active_places_with_modules():
    pb, r = _feasible()
    pb = dataclasses.replace(pb, sites=[dataclasses.replace(s, module=10) for s in pb.sites])
    r = plan_capacity(pb)
    assert r.status == "optimal" and r.violations == []
    active = copy.deepcopy(r.active_places)
    sid, t = _first(r.states, {"active"})
    active[sid][t] += 5  # not a multiple of the module
    assert any("active places do not fit" in m for m in verify(pb, r.states, None, active))


def test_infeasible_reports_shortfall_and_fix():
    pb = generated(5)
    r = plan_capacity(pb)
    assert r.status == "infeasible"
    assert r.shortfall and all(x["places"] > 0 for x in r.shortfall)
    assert r.fixes and r.fixes[0]["text"]
    assert r.message.startswith("No plan covers every month")
    # the first proposed change (more places) really is enough: the cap fix, when offered, makes it feasible
    cap = [f for f in r.fixes if f.get("change") == "max_per_1000"]
    if cap:
        fixed = dataclasses.replace(pb, params=dataclasses.replace(pb.params, max_per_1000=cap[0]["value"]))
        assert plan_capacity(fixed).status == "optimal"
