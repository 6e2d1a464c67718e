"""``suggest``: where should N new places go? Lexicographic MILP in stages (see formulation)."""
from __future__ import annotations

import time
from typing import Any, Callable, Dict, List, Optional, Sequence

import numpy as np

from ..errors import CancelledError
from ..model import PlanningData
from .diagnose import diagnose
from .explain import cost_value, district_table, max_load, site_rows, spread_value
from .formulation import Formulation
from .instance import FAMILIES, Instance, build_instance
from .params import FEASIBLE, INFEASIBLE, OPTIMAL, Alternative, PlacementParams, PlacementResult
from .texts import num, text
from .verify import verify

MIN_STAGE_SECONDS = 0.05


def candidate_loads(inst: Instance, f: Formulation) -> np.ndarray:
    """Every load value (places per 1,000) a receiving district can reach, sorted."""
    vals = []
    need = inst.total_demand
    sites = f.sites
    for d in np.unique(inst.district[sites]):
        ds = sites[inst.district[sites] == d]
        step = int(np.gcd.reduce(inst.mod[ds]))
        nmin = int(inst.lo[ds].min())
        nmax = int(min(inst.hi[ds].sum(), need, inst.cap[d] if "district_cap" in f.families else need))
        if nmax < nmin or inst.pop[d] <= 0:
            continue
        n = np.arange(nmin - nmin % step, nmax + 1, step)
        n = n[n >= nmin]
        vals.append((inst.existing[d] + n) * 1000.0 / inst.pop[d])
    return np.unique(np.concatenate(vals)) if vals else np.zeros(0)


def _water_fill_bound(inst: Instance, f: Formulation, values: np.ndarray) -> float:
    """Smallest candidate load at which the district caps alone leave room for the demand."""
    sites = f.sites
    room = np.zeros(len(inst.pop))
    np.add.at(room, inst.district[sites], inst.hi[sites])
    need = inst.total_demand
    lo_i, hi_i = 0, len(values) - 1
    while lo_i < hi_i:
        mid = (lo_i + hi_i) // 2
        if np.minimum(f.caps_for_load(values[mid]), room).sum() >= need:
            hi_i = mid
        else:
            lo_i = mid + 1
    return float(values[lo_i]) if len(values) else 0.0


def _stage_a(inst: Instance, deadline: float, cuts, check, aggregate: bool = False) -> Dict[str, Any]:
    """Minimise the highest load by bisection over the loads a district can reach.

    Each probe is a feasibility MILP with the district caps tightened to that
    load; a feasible probe also lowers the upper bound to the load it reached.
    """
    p = inst.params
    f = Formulation(inst, FAMILIES, objective="feas", cuts=cuts, aggregate=aggregate).build()
    stats = {"stage": "a", "probes": 0, "seconds": 0.0}
    sol = f.solve(max(MIN_STAGE_SECONDS, deadline - time.perf_counter()))
    stats["probes"] += 1
    stats["seconds"] += sol.seconds
    if sol.places is None:
        stats["status"] = sol.status
        return {"places": None, "status": sol.status, "stats": stats}
    best = sol.places
    ub = max_load(inst, best)
    values = candidate_loads(inst, f)
    lower = _water_fill_bound(inst, f, values) if len(values) else ub
    proven = True
    while True:
        cand = values[(values >= lower - 1e-9) & (values < ub - 1e-9)]
        if not len(cand):
            break
        check()
        left = deadline - time.perf_counter()
        if left <= MIN_STAGE_SECONDS:
            proven = False
            break
        mid = float(cand[(len(cand) - 1) // 2])
        sol = f.solve(left, caps=f.caps_for_load(mid))
        stats["probes"] += 1
        stats["seconds"] += sol.seconds
        if sol.places is not None:
            best, ub = sol.places, min(ub, max_load(inst, sol.places))
        elif sol.status == 2:
            above = values[values > mid + 1e-9]
            lower = float(above[0]) if len(above) else ub
        else:  # time limit without an answer
            proven = False
            break
    gap = 0.0 if proven else max(0.0, (ub - lower) / ub) if ub > 0 else 0.0
    stats.update(status=0 if proven else 1, gap=gap)
    return {"places": best, "status": 0 if proven else 1, "load": ub, "gap": gap, "stats": stats}


def _lexicographic(inst: Instance, deadline: float, cuts: Sequence[Sequence[int]], check: Callable[[], None],
                   progress: Callable[[float], None], span=(0.0, 100.0), aggregate: bool = False,
                   after_a: Optional[Callable[[np.ndarray, float], None]] = None) -> Dict[str, Any]:
    """Stages a (max load), b (spread), c (cost); each later stage keeps the earlier optimum."""
    p = inst.params
    lo, hi = span
    stages: List[Dict[str, Any]] = []
    check()
    progress(lo)
    a = _stage_a(inst, deadline, cuts, check, aggregate)
    stages.append(a["stats"])
    if a["places"] is None:
        return {"places": None, "status": a["status"], "stages": stages}
    places = a["places"]
    load = a["load"]
    all_optimal = a["status"] == 0
    gap_a = a["gap"]
    if after_a is not None:
        after_a(places, load)
    progress(lo + 0.5 * (hi - lo))
    spread = spread_value(inst, places)
    need_b = bool(inst.hot_site.any()) or (len(inst.spread_pairs) > 0 and p.close_pair_weight > 0)
    if need_b and spread > 0:
        check()
        left = (deadline - time.perf_counter()) * (0.5 if inst.has_cost else 0.7 if aggregate else 1.0)
        if left > MIN_STAGE_SECONDS:
            sb = Formulation(inst, FAMILIES, objective="spread", load_bound=load, cuts=cuts,
                             aggregate=aggregate).solve(left, p.mip_rel_gap)
            stages.append({"stage": "b", "status": sb.status, "seconds": sb.seconds, "gap": sb.gap})
            if sb.places is not None and spread_value(inst, sb.places) <= spread + 1e-9:
                places, spread = sb.places, spread_value(inst, sb.places)
            all_optimal &= sb.status == 0
        else:
            all_optimal = False
    progress(lo + 0.75 * (hi - lo))
    cost = cost_value(inst, places)
    if inst.has_cost:
        check()
        left = (deadline - time.perf_counter()) * (0.7 if aggregate else 1.0)
        if left > MIN_STAGE_SECONDS:
            sc = Formulation(inst, FAMILIES, objective="cost", load_bound=load, spread_bound=spread if need_b else None,
                             cuts=cuts, aggregate=aggregate).solve(left, p.mip_rel_gap)
            stages.append({"stage": "c", "status": sc.status, "seconds": sc.seconds, "gap": sc.gap})
            if sc.places is not None and cost_value(inst, sc.places) <= cost + 1e-9:
                places, cost = sc.places, cost_value(inst, sc.places)
            all_optimal &= sc.status == 0
        else:
            all_optimal = False
    progress(hi)
    return {"places": places, "status": OPTIMAL if all_optimal else FEASIBLE, "load": max_load(inst, places),
            "gap": gap_a, "spread": spread, "cost": cost, "stages": stages, "need_b": need_b}


def _solve(inst: Instance, deadline: float, cuts: Sequence[Sequence[int]], check: Callable[[], None],
           progress: Callable[[float], None], span=(0.0, 100.0)) -> Dict[str, Any]:
    """Lexicographic optimum; with several groups, first on the pooled (aggregate) model.

    All three objectives depend on the places per site only, so the pooled
    model (groups merged, group rules dropped, a site usable if any group may
    use it) is a relaxation with the same objectives. If its optimum's opened
    sites can hold the groups with the same objective values, that is optimal
    for the full model; otherwise the full model is solved.
    """
    if len(inst.groups) == 1:
        return _lexicographic(inst, deadline, cuts, check, progress, span)
    early: Dict[str, Any] = {}

    def group_check_a(places: np.ndarray, load: float) -> None:
        # a valid placement early on, kept in case later stages run out of time
        left = deadline - time.perf_counter()
        if left <= MIN_STAGE_SECONDS:
            return
        sol = Formulation(inst, FAMILIES, objective="feas", only_sites=places.sum(axis=1) > 0, load_bound=load,
                          cuts=cuts).solve(left * 0.3)
        if sol.places is not None:
            early["places"] = sol.places

    agg = _lexicographic(inst, deadline, cuts, check, progress, span, aggregate=True, after_a=group_check_a)
    if agg["places"] is None and agg["status"] == 2:
        return agg  # the relaxation is infeasible, so is the full model
    if agg["places"] is not None:
        check()
        opened = agg["places"].sum(axis=1) > 0
        # first on the pooled optimum's sites, then on all sites, with the pooled objective values as bounds
        for only in (opened, None):
            left = deadline - time.perf_counter()
            if left <= MIN_STAGE_SECONDS:
                break
            f = Formulation(inst, FAMILIES, objective="feas", only_sites=only, load_bound=agg["load"],
                            spread_bound=agg["spread"] if agg["need_b"] else None,
                            cost_bound=agg["cost"] if inst.has_cost else None, cuts=cuts)
            sol = f.solve(left)
            agg["stages"].append({"stage": "groups", "status": sol.status, "seconds": sol.seconds})
            if sol.places is not None:
                places = sol.places
                agg.update(places=places, load=max_load(inst, places), spread=spread_value(inst, places),
                           cost=cost_value(inst, places), status=agg["status"] if sol.status == 0 else FEASIBLE)
                return agg
    if "places" in early and agg["places"] is not None and deadline - time.perf_counter() < 0.25 * float(inst.params.time_limit_s):
        places = early["places"]
        agg.update(places=places, load=max_load(inst, places), spread=spread_value(inst, places),
                   cost=cost_value(inst, places), status=FEASIBLE)
        return agg
    full = _lexicographic(inst, deadline, cuts, check, progress, span)
    full["stages"] = agg["stages"] + full["stages"]
    return full


def suggest(data: PlanningData, params: PlacementParams, progress: Optional[Callable[[float], None]] = None,
            is_cancelled: Optional[Callable[[], bool]] = None) -> PlacementResult:
    """Suggest where the new places go; never returns a placement that fails :func:`verify` silently.

    ``progress(percent)`` is called between stages; ``is_cancelled()`` is polled
    between solver calls and raises CancelledError when it returns True.
    Raises InputError (clear, listed messages) on bad input.
    """
    t0 = time.perf_counter()
    deadline = t0 + float(params.time_limit_s or 30.0)
    prog = progress or (lambda pct: None)

    def check() -> None:
        if is_cancelled is not None and is_cancelled():
            raise CancelledError()

    check()
    inst = build_instance(data, params)
    span = (0.0, 90.0 if params.alternatives else 100.0)
    main = _solve(inst, deadline, (), check, prog, span)
    if main["places"] is None:
        timed_out = main["status"] == 1
        diag_deadline = max(deadline, time.perf_counter() + min(10.0, float(params.time_limit_s)))
        lines, relax = diagnose(inst, diag_deadline, check)
        if timed_out:
            message = text("status_timeout", t=f"{params.time_limit_s:g}")
        else:
            message = text("status_infeasible", first=lines[0] if lines else "")
        prog(100.0)
        return PlacementResult(status=INFEASIBLE, message=message, diagnosis=lines, relaxations=relax,
                               districts_after=district_table(inst, np.zeros((inst.n, len(inst.groups)), np.int64)),
                               solve_seconds=time.perf_counter() - t0, notes=list(inst.notes), timed_out=timed_out,
                               stages=main["stages"])
    places = main["places"]
    sites = site_rows(inst, places)
    violations = verify(data, params, sites)
    n_sites = int((places.sum(axis=1) > 0).sum())
    if main["status"] == OPTIMAL:
        message = text("status_optimal", places=int(places.sum()), sites=n_sites, load=num(main["load"]))
    else:
        message = text("status_feasible", places=int(places.sum()), sites=n_sites, load=num(main["load"]),
                       gap=num(100.0 * (main["gap"] or 0.0), digits=2))
    if violations:
        message += " " + text("status_violations", n=len(violations))
    result = PlacementResult(status=main["status"], objective_max_per_1000=main["load"], gap=main["gap"],
                             message=message, sites=sites, districts_after=district_table(inst, places),
                             violations=violations, spread=main["spread"], cost=main["cost"],
                             notes=list(inst.notes), stages=main["stages"])
    cuts: List[List[int]] = [list(np.flatnonzero(places.sum(axis=1) > 0))]
    for k in range(int(params.alternatives)):
        if deadline - time.perf_counter() <= MIN_STAGE_SECONDS:
            break
        step = 10.0 / max(1, params.alternatives)
        alt = _solve(inst, deadline, cuts, check, prog, (90.0 + k * step, 90.0 + (k + 1) * step))
        if alt["places"] is None:
            break
        rows = site_rows(inst, alt["places"])
        result.alternatives.append(Alternative(rank=k + 1, sites=rows, objective_max_per_1000=alt["load"],
                                               spread=alt["spread"], cost=alt["cost"], status=alt["status"]))
        cuts.append(list(np.flatnonzero(alt["places"].sum(axis=1) > 0)))
    prog(100.0)
    result.solve_seconds = time.perf_counter() - t0
    return result
