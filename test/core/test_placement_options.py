"""Solver options, objectives and stage records of the placement optimiser are typed objects, not strings or codes."""
from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from plugin.core.placement import SolverOptions, SolveStatus, StageResult, suggest
from plugin.core.placement.formulation import Formulation, HighsStatus, Objective, Solution
from plugin.core.placement.instance import FAMILIES, build_instance
from test.fixtures.synthetic_city import synthetic_city


def small_city(**over):
    data, p = synthetic_city(n_sites=30, n_districts=4, n_groups=2, places=90, seed=5, size_m=4000.0)
    return data, replace(p, **over)


def test_stage_records_are_dataclasses_with_a_solve_status():
    data, p = small_city()
    res = suggest(data, p)
    assert res.status == "optimal" and res.stages
    for st in res.stages:
        assert isinstance(st, StageResult) and type(st.status) is SolveStatus
    a = res.stages[0]
    assert a.stage == "a" and a.probes is not None and a.probes >= 1


@pytest.mark.parametrize("objective", list(Objective))
def test_every_objective_builds_and_solves(objective):
    data, p = small_city(hotspot_max_places=200)
    inst = build_instance(data, p)
    demand = "le" if objective == Objective.MAXPLACE else "eq"
    f = Formulation(inst, FAMILIES, objective=objective, demand=demand, load_bound=60.0, spread_weight=2.0)
    sol = f.solve(10.0)
    assert isinstance(sol.status, HighsStatus) and sol.optimal and sol.places is not None
    # the plain strings name the same objectives (scripts and older callers pass them)
    assert Formulation(inst, FAMILIES, objective=objective.value).objective is objective


def test_solution_holds_a_named_solver_status():
    sol = Solution(1, None, None, None, 0.0)
    assert sol.status is HighsStatus.LIMIT and sol.at_limit and sol.public_status() == "timeout"
    assert HighsStatus.of(99) is HighsStatus.OTHER
    found = Solution(HighsStatus.LIMIT, np.zeros((1, 1), np.int64), 0.0, 0.1, 0.0)
    assert found.public_status() is SolveStatus.FEASIBLE


def test_solver_options_reach_the_preparation():
    """A pair rate too slow for any pair stops the build up front, as a dense instance would."""
    data, p = small_city(min_spacing_m=300.0)
    res = suggest(data, replace(p, solver=SolverOptions(pairs_per_second=1e-9)))
    assert res.status == "timeout" and res.timed_out
    assert res.notes  # how many pairs were too many


def test_solver_options_leave_the_optimum_alone():
    data, p = small_city(min_spacing_m=300.0)
    base = suggest(data, p)
    tuned = suggest(data, replace(p, solver=SolverOptions(presolve_max_clique=0, bisect_split=0.5,
                                                          merged_bc_max_sites=0, gallop_step=0.1)))
    assert tuned.status == base.status == "optimal"
    assert tuned.objective_max_per_1000 == pytest.approx(base.objective_max_per_1000, abs=1e-9)
    assert (tuned.spread, tuned.cost) == pytest.approx((base.spread, base.cost), abs=1e-6)
