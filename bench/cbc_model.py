"""One translation of our scipy MILP arrays into a PuLP model solved by CBC, for the benchmarks' ratios.

Both the placement and the capacity benchmark time CBC on exactly our model, so the model is built here once.
"""
from __future__ import annotations

import time
from typing import Any, List, Tuple

import numpy as np


def cbc_solve_arrays(c: Any, bounds: Any, integrality: Any, A: Any, rlo: Any, rhi: Any, name: str,
                     time_limit: float) -> Tuple[float, str, Any, List[Any]]:
    """Solve ``min c x, rlo <= A x <= rhi`` with CBC: (seconds, status, problem, variables); status "limit" when CBC
    stopped at its time limit (PuLP reports "Optimal" there; sol_status tells them apart)."""
    import pulp

    t0 = time.perf_counter()
    prob = pulp.LpProblem(name, pulp.LpMinimize)
    lb, ub = bounds.lb, bounds.ub
    xs = [pulp.LpVariable(f"x{j}", lowBound=lb[j], upBound=None if np.isinf(ub[j]) else ub[j],
                          cat="Integer" if integrality[j] else "Continuous") for j in range(len(c))]
    prob += pulp.lpSum(c[j] * xs[j] for j in np.flatnonzero(c))
    A = A.tocsr()
    for r in range(A.shape[0]):
        cols, vals = A.indices[A.indptr[r]:A.indptr[r + 1]], A.data[A.indptr[r]:A.indptr[r + 1]]
        expr = pulp.lpSum(v * xs[col] for col, v in zip(cols, vals))
        lo, hi = rlo[r], rhi[r]
        if lo == hi:
            prob += expr == lo
        else:
            if np.isfinite(lo):
                prob += expr >= lo
            if np.isfinite(hi):
                prob += expr <= hi
    prob.solve(pulp.PULP_CBC_CMD(msg=False, timeLimit=time_limit, threads=1))
    seconds = time.perf_counter() - t0
    status = pulp.LpStatus[prob.status]
    if seconds >= time_limit * 0.98 or prob.sol_status == pulp.LpSolutionIntegerFeasible:
        status = "limit"
    return seconds, status, prob, xs
