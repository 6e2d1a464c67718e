"""Capacity planning, hypothesis properties: more arrivals never lower the cost; a longer activation lead
time never lowers the reserve needed (the fewest reserve place-months of any plan keeping every rule); the
rounded covers of the formulation (valid inequalities) cut off no plan."""
from __future__ import annotations

import dataclasses

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from plugin.core.capacity import Scenario, plan_capacity
from plugin.core.capacity.formulation import Formulation
from test.fixtures.capacity_instances import generated

SETTINGS = settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _small(seed: int):
    return generated(seed, sites=6, months=5, districts=2, load_objective=False)


def _more(pb, month: int, extra: float, names=("mid", "high")):
    out = []
    for sc in pb.scenarios:
        if sc.name in names:
            arr = dict(sc.arrivals)
            series = list(arr[""])
            series[month] += extra
            arr[""] = tuple(series)
            sc = Scenario(sc.name, arr)
        out.append(sc)
    return dataclasses.replace(pb, scenarios=out)


@SETTINGS
@given(seed=st.integers(0, 10_000), month=st.integers(0, 4), extra=st.floats(0.5, 25.0),
       which=st.sampled_from([("mid",), ("high",), ("mid", "high")]))
def test_more_arrivals_never_lower_the_cost(seed, month, extra, which):
    base = _small(seed)
    a = plan_capacity(base)
    b = plan_capacity(_more(base, month, extra, which))
    if a.status == "infeasible":
        assert b.status == "infeasible"
        return
    assert a.status == "optimal"
    if b.status == "infeasible":
        return
    assert b.status == "optimal"
    assert b.cost >= a.cost - 1e-6 * max(1.0, a.cost)


def _reserve_needed(pb):
    sol = Formulation(pb, objective="reserve").build().solve(60)
    assert sol.status in (0, 2)
    return None if sol.status == 2 else sol.fun


@SETTINGS
@given(seed=st.integers(0, 10_000), site=st.integers(0, 5), longer=st.integers(1, 3))
def test_longer_lead_time_never_lowers_the_reserve_needed(seed, site, longer):
    base = _small(seed)
    slow = dataclasses.replace(base, sites=[dataclasses.replace(s, activation_lead=s.activation_lead + longer)
                                            if i == site else s for i, s in enumerate(base.sites)])
    r0, r1 = _reserve_needed(base), _reserve_needed(slow)
    if r0 is None:
        assert r1 is None
        return
    if r1 is not None:
        assert r1 >= r0 - 1e-6
    c0, c1 = plan_capacity(base), plan_capacity(slow)
    if c1.status == "optimal":
        assert c1.cost >= c0.cost - 1e-6 * max(1.0, c0.cost)


@SETTINGS
@given(seed=st.integers(0, 10_000), objective=st.sampled_from(["cost", "reserve"]), module=st.booleans())
def test_rounded_covers_cut_off_no_plan(seed, objective, module):
    """The Chvatal-Gomory cuts of the coverage rows (formulation._cut_rows) are implied by the model: the optimum
    is the same with and without them, and the LP relaxation with them is no lower."""
    pb = generated(seed, sites=7, months=5, districts=2)
    if module:
        pb.sites[:] = [dataclasses.replace(s, module=10) if s.capacity >= 40 else s for s in pb.sites]
    cut = Formulation(pb, objective=objective).build()
    plain = Formulation(pb, objective=objective, cuts=False).build()
    assert cut.nrows >= plain.nrows
    a, b = cut.solve(60), plain.solve(60)
    assert a.status == b.status and a.status in (0, 2)
    if a.status == 0:
        assert a.fun == pytest.approx(b.fun, rel=1e-9, abs=1e-6)
        la, lb = cut.solve(60, relax=True), plain.solve(60, relax=True)
        assert la.fun >= lb.fun - 1e-6 * max(1.0, abs(lb.fun))
