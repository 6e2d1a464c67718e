"""Formulation.improve (issue 17): month windows re-planned below the quick plan's cost; never dearer, always a plan
of the whole model, never below the optimum, and plan_capacity's result still passes the verifier."""
from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from plugin.core.capacity import plan_capacity
from plugin.core.capacity.formulation import Formulation
from test.fixtures.capacity_instances import bench_instance, generated


def feasible(f: Formulation, x: np.ndarray) -> bool:
    ax = f.matrix @ x
    ints = f.integrality == 1
    return bool(np.all(ax >= f.rlo - 1e-6) and np.all(ax <= f.rhi + 1e-6)
                and np.all(x >= f.bounds.lb - 1e-9) and np.all(x <= f.bounds.ub + 1e-9)
                and np.all(np.abs(x[ints] - np.round(x[ints])) < 1e-6))


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_improve_is_a_plan_never_dearer_and_never_below_the_optimum(seed):
    f = Formulation(generated(seed, sites=12, months=10, districts=3, spacing=300.0, hotspots=1,
                              arrivals=(6.0, 12.0, 20.0))).build()
    dive = f.dive(20.0)
    assert dive.x is not None
    better = f.improve(dive.x, dive.fun, 30.0, window=4, sub_limit=5.0)
    assert better.fun <= dive.fun + 1e-6
    assert feasible(f, better.x)
    assert float(f.c @ better.x) == pytest.approx(better.fun, rel=1e-9, abs=1e-6)
    best = f.solve(60.0)
    assert best.status == 0
    assert better.fun >= best.fun - 1e-6 * max(1.0, abs(best.fun))


def test_improve_without_time_returns_the_plan_it_was_given():
    f = Formulation(generated(0, sites=12, months=10, districts=3, arrivals=(6.0, 12.0, 20.0))).build()
    dive = f.dive(10.0)
    assert dive.x is not None and dive.fun is not None
    same = f.improve(dive.x, dive.fun, 0.0)
    assert same.fun == dive.fun and np.array_equal(same.x, dive.x)


def test_plan_capacity_on_a_large_model_improves_the_quick_plan_and_stays_verified():
    pb = bench_instance(1, sites=40, months=24)  # 1,920 binaries: the quick plan first (DIVE_MIN_BINARIES)
    pb.params = replace(pb.params, time_limit_s=12.0)
    r = plan_capacity(pb)
    assert r.violations == []
    names = [s["stage"] for s in r.stages]
    assert names[:2] == ["dive", "improve"] or r.status == "optimal"
