"""``suggest``: where should N new places go? Lexicographic MILP in stages (see formulation).

Status (SolveStatus): ``optimal``; ``feasible`` (stopped at the time limit with a
placement, ``gap``); ``infeasible`` only with a proof (HiGHS proved a model or a
relaxation of it infeasible, or the diagnosis proved that fewer places fit than
asked); otherwise ``timeout``: nothing found in time, nothing proven. HiGHS
status codes stay inside this module and formulation.

Time: one deadline (TIME_LIMIT_S minus a safety margin) for everything, model
building included (build_instance and Formulation.build check it and raise
BuildTimeout, handled here: a later stage that cannot be built leaves the
earlier placement as "feasible", a first stage that cannot be built gives
"timeout"); each
HiGHS call gets only the time left, later stages are cut short or skipped
(status "feasible" with the gap) rather than overrunning, and the diagnosis runs
in what remains (the first probe keeps DIAGNOSIS_SHARE of the time free for it).
Stage a: feasibility probes (zero objective) at the lower bound (water filling,
or the pooled model's optimum, raised by a bisection of cheap LP relaxations with
the district caps rounded to the modules, which at 5,000 sites lands on the
optimum), galloping upwards, then bisection over the reachable loads, below the
middle (BISECT_SPLIT: infeasible probes are cheap, feasible ones are not).
Stages b and c at once when costs are given: stage c with the spread bounded by
stage b's LP bound (rounded up to a reachable spread); a placement found there is
optimal for stage b, too. Only if there is none, stage b and c run one after the
other. With several groups the pooled relaxation is solved first.
"""
from __future__ import annotations

import math
import time
from typing import Any, Callable, Dict, List, Optional, Sequence

import numpy as np

from ..errors import CancelledError
from ..model import PlanningData
from .diagnose import diagnose
from .explain import cost_value, district_table, max_load, site_rows, spread_can_be_positive, spread_value
from .formulation import Formulation, Solution
from .instance import FAMILIES, Instance, build_instance
from .params import (
    FEASIBLE,
    INFEASIBLE,
    OPTIMAL,
    TIMEOUT,
    Alternative,
    BuildTimeout,
    PlacementParams,
    PlacementResult,
    SolveStatus,
    TooDense,
)
from .texts import num, text
from .verify import verify

MIN_STAGE_SECONDS = 0.05
LP_BISECTION_MIN_SITES = 200  # below this, MIP probes cost no more than the LP probes that would narrow them
GALLOP_STEP = 0.02  # first step above the lower bound, relative; doubled after each infeasible probe
SAFETY_S = 2.0  # seconds kept free before TIME_LIMIT_S (HiGHS overrun, verification, reasons) ...
SAFETY_SHARE = 0.08  # ... but at most this share of a short time limit
COMBINED_SHARE = 0.85  # time for stage c at stage b's LP bound before falling back to stage b
BISECT_SPLIT = 0.25  # where in the open range of loads the bisection probes (0.5: the middle)
MERGED_BC_MAX_SITES = 200  # below this, stages b and c as one weighted MILP (one HiGHS call less: 27 -> 21 ms at 50 sites)
MERGED_MAX_OBJECTIVE = 1e12  # weighted objective values beyond this are not trusted to one place of cost
GROUPS_SHARE = 0.04  # time kept for assigning the groups after the pooled stages
DIAGNOSIS_SHARE = 0.25  # time kept for the diagnosis when the first probe finds nothing


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


def _left(deadline: float) -> float:
    return deadline - time.perf_counter()


def _stage_a(inst: Instance, deadline: float, cuts, check, aggregate: bool = False,
             lower_hint: Optional[float] = None, first_deadline: Optional[float] = None) -> Dict[str, Any]:
    """Minimise the highest load by bisection over the loads a district can reach.

    Each probe is a feasibility MILP (zero objective: HiGHS stops at the first
    solution) with the district caps tightened to that load; a feasible probe
    also lowers the upper bound to the load it reached. The first probe is at
    the lower bound (water filling, or ``lower_hint`` from a relaxation), which
    often is the optimum; then an uncapped probe gives an upper bound (or proves
    infeasibility, within ``first_deadline``), then bisection.
    """
    f = Formulation(inst, FAMILIES, deadline=deadline, objective="feas", cuts=cuts, aggregate=aggregate).build()
    stats: Dict[str, Any] = {"stage": "a", "probes": 0, "seconds": 0.0}
    values = candidate_loads(inst, f)
    best, ub, proven = None, np.inf, True
    lower = _water_fill_bound(inst, f, values) if len(values) else 0.0
    if lower_hint is not None and len(values):
        lower = max(lower, lower_hint - 1e-9)
        at = values[values >= lower - 1e-9]
        lower = float(at[0]) if len(at) else float(values[-1])

    if len(values) > 1 and len(inst.xy) >= LP_BISECTION_MIN_SITES and _left(deadline) > MIN_STAGE_SECONDS:
        # the LP relaxation (district caps rounded to the modules) is cheap and often infeasible
        # right up to the optimum: raise the lower bound to the first load where it is feasible
        stats["lp_probes"] = 0

        def lp_feasible(i: int) -> Optional[bool]:
            check()
            sol = f.solve(_left(deadline), caps=f.caps_for_load(float(values[i])), relax=True)
            stats["lp_probes"] += 1
            stats["seconds"] += sol.seconds
            return True if sol.status == 0 else False if sol.status == 2 else None

        lo_i = int(np.searchsorted(values, lower - 1e-9))
        hi_i = len(values) - 1
        if lo_i < hi_i and lp_feasible(hi_i):
            while lo_i < hi_i:
                mid_i = (lo_i + hi_i) // 2
                ok = lp_feasible(mid_i)
                if ok is None:
                    break
                if ok:
                    hi_i = mid_i
                else:
                    lo_i = mid_i + 1
            lower = max(lower, float(values[lo_i]))

    def probe(caps, until, at=None):
        sol = f.solve(until - time.perf_counter(), caps=caps)
        stats["probes"] += 1
        stats["seconds"] += sol.seconds
        return sol

    if len(values) and _left(deadline) > MIN_STAGE_SECONDS:
        sol = probe(f.caps_for_load(lower), at=lower, until=deadline if first_deadline is None else first_deadline)
        if sol.places is not None:
            best, ub = sol.places, max_load(inst, sol.places)
        elif sol.status == 2:
            above = values[values > lower + 1e-9]
            lower = float(above[0]) if len(above) else np.inf
    if best is None:
        check()
        until = deadline if first_deadline is None else first_deadline
        if until - time.perf_counter() <= MIN_STAGE_SECONDS:
            stats["status"] = 1
            return {"places": None, "status": 1, "stats": stats}
        # gallop upwards from the lower bound (the optimum is usually close to it), then uncapped
        step = GALLOP_STEP
        while len(values) and np.isfinite(lower) and lower * (1 + step) < values[-1]:
            check()
            if until - time.perf_counter() <= MIN_STAGE_SECONDS:
                break
            at = values[values <= lower * (1 + step) + 1e-9]
            at = float(at[-1]) if len(at) else lower
            sol = probe(f.caps_for_load(at), until, at)
            if sol.places is not None:
                best, ub = sol.places, max_load(inst, sol.places)
                break
            if sol.status != 2:
                break
            above = values[values > at + 1e-9]
            lower = float(above[0]) if len(above) else np.inf
            step *= 2
    if best is None:
        until = deadline if first_deadline is None else first_deadline
        if until - time.perf_counter() <= MIN_STAGE_SECONDS:
            stats["status"] = 1
            return {"places": None, "status": 1, "stats": stats}
        sol = probe(None, until)
        if sol.places is None:
            stats["status"] = sol.status
            return {"places": None, "status": sol.status, "stats": stats}
        best, ub = sol.places, max_load(inst, sol.places)
        lower = min(lower, ub)
    while True:
        cand = values[(values >= lower - 1e-9) & (values < ub - 1e-9)]
        if not len(cand):
            break
        check()
        if _left(deadline) <= MIN_STAGE_SECONDS:
            proven = False
            break
        # below the middle: near the optimum, infeasible probes are cheap (presolve and root
        # cuts prove them) while feasible ones take several times longer
        mid = float(cand[int((len(cand) - 1) * BISECT_SPLIT)])
        sol = probe(f.caps_for_load(mid), deadline, mid)
        if sol.places is not None:
            best, ub = sol.places, min(ub, max_load(inst, sol.places))
        elif sol.status == 2:
            above = values[values > mid + 1e-9]
            lower = float(above[0]) if len(above) else ub
        else:  # time limit without an answer
            proven = False
            break
    gap = 0.0 if proven else max(0.0, (ub - lower) / ub) if ub > 0 else 0.0
    stats.update(status=0 if proven else 1, gap=gap, found=True)
    return {"places": best, "status": 0 if proven else 1, "load": ub, "gap": gap, "stats": stats}


def _spread_step(inst: Instance) -> Optional[int]:
    """The grid every spread value lies on (gcd of the hot sites' modules and the pair weight), None if none."""
    W = float(inst.params.close_pair_weight)
    terms = [int(m) for m in np.unique(inst.mod[inst.hot_site])]
    if len(inst.spread_pairs) and W > 0:
        if W != round(W):
            return None
        terms.append(int(round(W)))
    step = int(np.gcd.reduce(terms)) if terms else 0
    return step if step > 0 else None


def _spread_floor(inst: Instance, value: Optional[float]) -> Optional[float]:
    """Smallest spread value that can occur and is >= ``value`` (an LP bound), on the grid of its terms."""
    if value is None or not np.isfinite(value):
        return None
    step = _spread_step(inst)
    if step is None:
        return max(0.0, value - 1e-6 * max(1.0, abs(value)))
    return float(math.ceil(value / step - 1e-6) * step)


def lexicographic_weight(inst: Instance) -> Optional[float]:
    """Weight of the spread in one objective with the cost that still ranks spread strictly first, or None.

    Every placement holds exactly N places, so two costs differ by at most
    N (max cost - min cost); a spread that is one grid step lower must win against
    that. None where the spread has no grid or the weighted values would be too
    large for HiGHS's tolerances to tell one place of cost apart.
    """
    step = _spread_step(inst)
    if step is None:
        return None
    costs = np.append(inst.cost, 0.0)
    M = float(inst.total_demand) * float(costs.max() - costs.min()) + 1.0
    worst_spread = float(inst.hi[inst.hot_site].sum()) + float(inst.params.close_pair_weight) * len(inst.spread_pairs)
    if M * (worst_spread / step + 1.0) > MERGED_MAX_OBJECTIVE:
        return None
    return M / step


def _stage_record(stage: str, sol) -> Dict[str, Any]:
    """What the result reports of one solved stage (its raw solver status is mapped by the result builder)."""
    return {"stage": stage, "status": sol.status, "seconds": sol.seconds, "gap": sol.gap, "found": sol.places is not None}


def _stage_gap(sol, value: float) -> float:
    """Relative gap of a later stage that stopped early (1.0 when nothing is known)."""
    if sol is None or sol.gap is None or not np.isfinite(sol.gap):
        return 1.0 if value > 0 else 0.0
    return float(min(1.0, max(0.0, sol.gap)))


def _lexicographic(inst: Instance, deadline: float, cuts: Sequence[Sequence[int]], check: Callable[[], None],
                   progress: Callable[[float], None], span=(0.0, 100.0), aggregate: bool = False,
                   after_a: Optional[Callable[[np.ndarray, float], None]] = None,
                   lower_hint: Optional[float] = None, first_deadline: Optional[float] = None) -> Dict[str, Any]:
    """Stages a (max load), b (spread), c (cost); each later stage keeps the earlier optimum.

    Every stage gets only the time left before ``deadline``; a stage that stops
    early (or is skipped) leaves the status "feasible" with its gap.
    """
    p = inst.params
    lo, hi = span
    stages: List[Dict[str, Any]] = []
    check()
    progress(lo)
    try:
        a = _stage_a(inst, deadline, cuts, check, aggregate, lower_hint, first_deadline)
    except BuildTimeout:
        stages.append({"stage": "a", "status": 1, "seconds": 0.0, "found": False})
        return {"places": None, "status": 1, "stages": stages}
    stages.append(a["stats"])
    if a["places"] is None:
        return {"places": None, "status": a["status"], "stages": stages}
    places = a["places"]
    load = a["load"]
    all_optimal = a["status"] == 0
    gap = a["gap"]
    if after_a is not None:
        after_a(places, load)
    progress(lo + 0.5 * (hi - lo))
    spread = spread_value(inst, places)
    need_b = spread_can_be_positive(inst)
    zero = not need_b or spread <= 0

    def finish(places: np.ndarray) -> Dict[str, Any]:
        progress(hi)
        return {"places": places, "status": OPTIMAL if all_optimal else FEASIBLE, "load": max_load(inst, places),
                "gap": gap, "spread": spread_value(inst, places), "cost": cost_value(inst, places),
                "stages": stages, "need_b": need_b, "load_proven": a["status"] == 0}

    try:
        if need_b and spread > 0:
            check()
            sb = None
            weight = lexicographic_weight(inst) if (inst.has_cost and inst.n < MERGED_BC_MAX_SITES
                                                    and p.mip_rel_gap == 0) else None
            if weight is not None and _left(deadline) > MIN_STAGE_SECONDS:
                sbc = Formulation(inst, FAMILIES, deadline=deadline, objective="spread_cost", spread_weight=weight, load_bound=load,
                                  cuts=cuts, aggregate=aggregate).solve(_left(deadline) * 0.5)
                if sbc.status == 0 and sbc.places is not None and spread_value(inst, sbc.places) <= spread + 1e-9:
                    stages.append({"stage": "b+c", "status": 0, "seconds": sbc.seconds, "gap": 0.0, "found": True})
                    return finish(sbc.places)
            left = _left(deadline) * (0.4 if inst.has_cost else 1.0)
            if left > MIN_STAGE_SECONDS:
                t_b = time.perf_counter()
                if inst.n > 300:  # a spread of zero is often possible and quick to check on a smaller model
                    sz = Formulation(inst, FAMILIES, deadline=deadline, objective="feas", load_bound=load, cuts=cuts, aggregate=aggregate,
                                     zero_spread=True).solve(left)
                    if sz.places is not None:
                        sb = sz
                zero_tried = inst.n > 300
                if sb is None and inst.has_cost:
                    # stages b and c at once: the LP bound of stage b, rounded up to a reachable spread,
                    # is the optimum if stage c finds a placement within it (often, and much quicker
                    # than HiGHS finding a stage-b optimum); otherwise stage b as usual
                    fb = Formulation(inst, FAMILIES, deadline=deadline, objective="spread", load_bound=load, cuts=cuts, aggregate=aggregate)
                    bound = _spread_floor(inst, fb.lp_bound(left - (time.perf_counter() - t_b)))
                    if bound is not None and bound >= spread - 1e-6:  # stage a's placement is optimal for b
                        sb = Solution(0, places, spread, 0.0, time.perf_counter() - t_b, "lp bound")
                    elif bound is not None and not (zero_tried and bound <= 0):  # a zero spread was ruled out above
                        t_c = time.perf_counter()
                        left_c = _left(deadline) * COMBINED_SHARE
                        sc = Formulation(inst, FAMILIES, deadline=deadline, objective="cost", load_bound=load, cuts=cuts, aggregate=aggregate,
                                         spread_bound=bound).solve(left_c, p.mip_rel_gap) if left_c > MIN_STAGE_SECONDS else None
                        if sc is not None and sc.places is not None and spread_value(inst, sc.places) <= bound + 1e-6:
                            stages.append({"stage": "b", "status": 0, "seconds": t_c - t_b, "gap": 0.0, "found": True})
                            stages.append(_stage_record("c", sc))
                            if sc.status != 0:
                                all_optimal = False
                                gap = max(gap, _stage_gap(sc, cost_value(inst, sc.places)))
                            return finish(sc.places)
                    left, t_b = _left(deadline) * 0.4, time.perf_counter()
                if sb is None:
                    left -= time.perf_counter() - t_b
                    if left > MIN_STAGE_SECONDS:
                        sb = Formulation(inst, FAMILIES, deadline=deadline, objective="spread", load_bound=load, cuts=cuts,
                                         aggregate=aggregate).solve(left, p.mip_rel_gap)
            if sb is not None:
                stages.append(_stage_record("b", sb))
                if sb.places is not None and spread_value(inst, sb.places) <= spread + 1e-9:
                    places, spread = sb.places, spread_value(inst, sb.places)
            if sb is None or sb.status != 0:
                all_optimal = False
                gap = max(gap, _stage_gap(sb, spread))
            zero = spread <= 0
    except BuildTimeout:  # stage b could not even be built in time: stage a's placement stands
        stages.append({"stage": "b", "status": 1, "seconds": 0.0, "gap": None, "found": False})
        all_optimal = False
        gap = max(gap, _stage_gap(None, spread))
        zero = spread <= 0
    progress(lo + 0.75 * (hi - lo))
    cost = cost_value(inst, places)
    if inst.has_cost:
        check()
        left = _left(deadline)
        sc = None
        if left > MIN_STAGE_SECONDS:
            try:
                sc = Formulation(inst, FAMILIES, deadline=deadline, objective="cost", load_bound=load,
                                 spread_bound=spread if need_b and not zero else None, zero_spread=need_b and zero,
                                 cuts=cuts, aggregate=aggregate).solve(left, p.mip_rel_gap)
            except BuildTimeout:
                sc = Solution(1, None, None, None, 0.0, "build time limit")
            stages.append(_stage_record("c", sc))
            if sc.places is not None and cost_value(inst, sc.places) <= cost + 1e-9:
                places, cost = sc.places, cost_value(inst, sc.places)
        if sc is None or sc.status != 0:
            all_optimal = False
            gap = max(gap, _stage_gap(sc, cost))
    return finish(places)


def _solve(inst: Instance, deadline: float, cuts: Sequence[Sequence[int]], check: Callable[[], None],
           progress: Callable[[float], None], span=(0.0, 100.0), first_deadline: Optional[float] = None) -> Dict[str, Any]:
    """Lexicographic optimum; with several groups, first on the pooled (aggregate) model.

    All three objectives depend on the places per site only, so the pooled
    model (groups merged, group rules dropped, a site usable if any group may
    use it) is a relaxation with the same objectives. If its optimum's opened
    sites can hold the groups with the same objective values, that is optimal
    for the full model; otherwise the full model is solved, starting stage a at
    the pooled optimum (a lower bound).
    """
    if len(inst.groups) == 1:
        return _lexicographic(inst, deadline, cuts, check, progress, span, first_deadline=first_deadline)
    early: Dict[str, Any] = {}
    total = float(inst.params.time_limit_s)

    def group_check_a(places: np.ndarray, load: float) -> None:
        # a valid placement early on, kept in case later stages run out of time
        left = _left(deadline)
        if left <= MIN_STAGE_SECONDS:
            return
        try:
            sol = Formulation(inst, FAMILIES, deadline=deadline, objective="feas", only_sites=places.sum(axis=1) > 0,
                              load_bound=load, cuts=cuts).solve(left * 0.3)
        except BuildTimeout:
            return
        if sol.places is not None:
            early["places"] = sol.places

    # the pooled stages leave a share of the time for the group assignment
    agg_deadline = deadline - GROUPS_SHARE * max(0.0, min(total, _left(deadline)))
    # the early fallback only pays where a time limit is within reach: not on small instances
    agg = _lexicographic(inst, agg_deadline, cuts, check, progress, span, aggregate=True,
                         after_a=group_check_a if inst.n >= LP_BISECTION_MIN_SITES else None,
                         first_deadline=first_deadline)
    if agg["places"] is None and agg["status"] == 2:
        return agg  # the relaxation is infeasible, so is the full model
    if agg["places"] is not None:
        check()
        opened = agg["places"].sum(axis=1) > 0
        # first on the pooled optimum's sites, then on all sites, with the pooled objective values as bounds
        for only in (opened, None):
            left = _left(deadline)
            if left <= MIN_STAGE_SECONDS:
                break
            f = Formulation(inst, FAMILIES, deadline=deadline, objective="feas", only_sites=only, load_bound=agg["load"],
                            spread_bound=agg["spread"] if agg["need_b"] and agg["spread"] > 0 else None,
                            zero_spread=agg["need_b"] and agg["spread"] <= 0,
                            cost_bound=agg["cost"] if inst.has_cost else None, cuts=cuts)
            try:
                sol = f.solve(left * (0.5 if only is not None else 1.0))
            except BuildTimeout:
                sol = Solution(1, None, None, None, 0.0, "build time limit")
            agg["stages"].append({"stage": "groups", "status": sol.status, "seconds": sol.seconds,
                                  "found": sol.places is not None})
            if sol.places is not None:
                places = sol.places
                agg.update(places=places, load=max_load(inst, places), spread=spread_value(inst, places),
                           cost=cost_value(inst, places), status=agg["status"] if sol.status == 0 else FEASIBLE)
                return agg
            if sol.status != 2:
                break  # time limit: no proof either way
    if "places" in early and agg["places"] is not None and _left(deadline) < 0.25 * total:
        places = early["places"]
        agg.update(places=places, load=max_load(inst, places), spread=spread_value(inst, places),
                   cost=cost_value(inst, places), status=FEASIBLE, gap=max(agg.get("gap") or 0.0, _early_gap(inst, agg, places)))
        return agg
    hint = agg["load"] if agg["places"] is not None and agg.get("load_proven") else None
    full = _lexicographic(inst, deadline, cuts, check, progress, span, lower_hint=hint, first_deadline=first_deadline)
    full["stages"] = agg["stages"] + full["stages"]
    if full["places"] is None and "places" in early:
        places = early["places"]
        full.update(places=places, load=max_load(inst, places), spread=spread_value(inst, places),
                    cost=cost_value(inst, places), status=FEASIBLE, gap=_early_gap(inst, agg, places),
                    need_b=agg.get("need_b", False))
    return full


def _early_gap(inst: Instance, agg: Dict[str, Any], places: np.ndarray) -> float:
    """Gap of a fallback placement against the pooled (relaxed) optimum, by the first objective that differs."""
    for key, value in (("load", max_load(inst, places)), ("spread", spread_value(inst, places)),
                       ("cost", cost_value(inst, places))):
        ref = agg.get(key)
        if ref is None or value <= ref + 1e-9:
            continue
        return float(min(1.0, (value - ref) / value)) if value > 0 else 0.0
    return float(agg.get("gap") or 0.0)


def _public_stages(stages: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
    """Stage records for the result: HiGHS status codes (0 optimal, 1 limit, 2 infeasible, 3/4 other) as SolveStatus."""
    out = []
    for st in stages:
        st = dict(st)
        code = st.get("status")
        found = bool(st.pop("found", code == 0))
        if not isinstance(code, SolveStatus):
            st["status"] = (OPTIMAL if code == 0 else INFEASIBLE if code == 2 else FEASIBLE if found else TIMEOUT)
        out.append(st)
    return out


def suggest(data: PlanningData, params: PlacementParams, progress: Optional[Callable[[float], None]] = None,
            is_cancelled: Optional[Callable[[], bool]] = None) -> PlacementResult:
    """Suggest where the new places go; never returns a placement that fails :func:`verify` silently.

    ``progress(percent)`` is called between stages; ``is_cancelled()`` is polled
    between solver calls and raises CancelledError when it returns True.
    Raises InputError (clear, listed messages) on bad input.
    """
    t0 = time.perf_counter()
    total = float(params.time_limit_s or 30.0)
    # one deadline for everything (stages, alternatives, diagnosis); HiGHS may overrun its own
    # limit a little and the verification and reasons follow, hence the margin
    deadline = t0 + total - min(SAFETY_S, SAFETY_SHARE * total)
    prog = progress or (lambda pct: None)

    def check() -> None:
        if is_cancelled is not None and is_cancelled():
            raise CancelledError()

    check()
    try:
        inst = build_instance(data, params, deadline)
    except BuildTimeout as exc:  # the preparation alone took the time: nothing is proven
        prog(100.0)
        dense = isinstance(exc, TooDense)
        notes = [text("note_dense", pairs=f"{exc.pairs:,}", dist=f"{exc.dist:g}")] if dense else []
        message = text("status_timeout_dense" if dense else "status_timeout_build", t=f"{params.time_limit_s:g}")
        return PlacementResult(status=TIMEOUT, message=message,
                               solve_seconds=time.perf_counter() - t0, notes=notes, timed_out=True)
    span = (0.0, 90.0 if params.alternatives else 100.0)
    # the first feasibility probe leaves a share of the time for a diagnosis should it find nothing
    first_deadline = deadline - DIAGNOSIS_SHARE * max(0.0, deadline - time.perf_counter())
    main = _solve(inst, deadline, (), check, prog, span, first_deadline=first_deadline)
    if main["places"] is None:
        # only a proof (HiGHS status 2 on a model or on a relaxation of it) makes a placement "infeasible"
        lines, relax = diagnose(inst, deadline, check)
        # the diagnosis proves it too when the most places that fit under all rules fall short
        proven = main["status"] == 2 or 0 <= relax.get("placeable_places", inst.total_demand) < inst.total_demand
        if proven:
            message = text("status_infeasible", first=lines[0] if lines else "")
        elif main["status"] == 1:
            message = text("status_timeout", t=f"{params.time_limit_s:g}")
        else:
            message = text("status_unknown", t=f"{params.time_limit_s:g}")
        prog(100.0)
        return PlacementResult(status=INFEASIBLE if proven else TIMEOUT, message=message, diagnosis=lines,
                               relaxations=relax,
                               districts_after=district_table(inst, np.zeros((inst.n, len(inst.groups)), np.int64)),
                               solve_seconds=time.perf_counter() - t0, notes=list(inst.notes), timed_out=not proven,
                               stages=_public_stages(main["stages"]))
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
                             notes=list(inst.notes), stages=_public_stages(main["stages"]))
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
