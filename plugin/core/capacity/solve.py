"""``plan_capacity``: how many places, active or in reserve, month by month, at what cost (issue 17).

Stages (see formulation): 1) minimum total cost; 2) among plans of that cost, the lowest highest
district load. Status (CapacityStatus): ``optimal``; ``feasible`` (time limit hit with a plan,
``gap`` from HiGHS; stage 2 cut short keeps stage 1's plan); ``infeasible`` only when HiGHS proved
stage 1 infeasible, then the slack model gives the months short and by how much, and the
diagnosis tries the smallest changes one at a time (more places, a higher district cap, a later
closing, a higher occupancy in the high scenario); ``timeout`` otherwise. One deadline
(TIME_LIMIT_S) for all HiGHS runs; the diagnosis runs in what is left. On large models
(DIVE_MIN_BINARIES) Formulation.dive first finds a plan within DIVE_SHARE of the time, then HiGHS
searches only plans no dearer (_cost_stage); a plan not proven optimal is ``feasible`` with the gap
to the best bound known.
Every plan is re-checked by verify.verify; HiGHS status codes stay in this module and formulation.
"""
from __future__ import annotations

import math
import time
from dataclasses import replace
from typing import Any, Callable, Dict, List, Mapping, Optional, Sequence, Tuple

import numpy as np
from numpy.typing import NDArray

from ..errors import InputError
from ..i18n import joined
from .formulation import COST_REL_TOL, Formulation, Solution
from .params import CapacityParams, CapacityProblem, CapacityResult, CapacityStatus, Site, validate
from .texts import Msg, as_dict, fmt
from .verify import plan_cost, verify

MIN_STAGE_S = 0.05
SLACK_TOL = 1e-6
DIVE_MIN_BINARIES = 1500  # from this size on, a quick plan (Formulation.dive) first, its cost a cutoff for HiGHS
DIVE_SHARE = 0.3  # of the time limit at most for it (60x36 under load: 3.89 M in 4 s; HiGHS alone 4.33 M in 42 s)
IMPROVE_SHARE = 0.5  # of the time left after it for Formulation.improve, the rest for HiGHS below that plan's cost
IMPROVE_MAX_S = 10.0  # but no more: given time, HiGHS itself finds cheaper plans and raises the bound (60x36 in 60 s:
                      # improve 26 s then HiGHS 3.850 M, gap 3.5 %; HiGHS alone after the dive 3.839 M, gap 1.9 %)


def _left(deadline: float) -> float:
    return max(0.0, deadline - time.perf_counter())


def district_loads(problem: CapacityProblem, active: Mapping[str, Sequence[int]]) -> Dict[str, List[float]]:
    """Active places per 1,000 inhabitants per district and month (districts with population only)."""
    T = int(problem.params.horizon)
    out: Dict[str, List[float]] = {}
    for d in problem.districts:
        if d.population <= 0:
            continue
        members = [s for s in problem.sites if s.district_id == d.district_id]
        out[d.district_id] = [1000.0 * sum(active[s.site_id][t] for s in members) / d.population for t in range(T)]
    return out


def _stage(f: Formulation, name: str, deadline: float, gap: float) -> Tuple[Solution, Dict[str, Any]]:
    """Solve one stage; returns the solution and the stage's record for ``CapacityResult.stages``."""
    sol = f.solve(_left(deadline), gap)
    return sol, {"stage": name, "status": sol.status, "seconds": round(sol.seconds, 3), **f.size()}


def _kept_for_lease(problem: CapacityProblem, states: Mapping[str, Sequence[str]], site: Site, t: int,
                    high_places: float) -> bool:
    """True when ``site`` goes to reserve in month ``t`` only because its lease forbids closing: the other sites
    held then cover the high scenario alone. Why: the reason said "the high scenario still needs them" of a
    site whose places nobody needed."""
    if site.earliest_close is None or t >= site.earliest_close:
        return False
    others = sum(o.capacity for o in problem.sites
                 if o.site_id != site.site_id and states[o.site_id][t - 1] in ("active", "reserve"))
    return others >= high_places - 1e-9


def reasons(problem: CapacityProblem, states: Mapping[str, Sequence[str]], active: Mapping[str, Sequence[int]],
            dem: Mapping[str, Mapping[str, NDArray[Any]]]) -> List[Dict[str, Any]]:
    """One record per state change of a site (site_id, month, from, to, code, params, text)."""
    p = problem.params
    q, qh = float(p.target_occupancy), float(p.high_occ)
    D, H = dem[p.planning_scenario][""], dem[p.high_scenario][""]
    T = int(p.horizon)
    out = []
    active_cap = [sum(active[s.site_id][t] for s in problem.sites) for t in range(T)]
    for s in problem.sites:
        prev = s.state0 if s.existing else "not_opened"
        if prev == "candidate":
            prev = "not_opened"
        saving = fmt(s.capacity * (s.cost_active - s.cost_reserve), 2)
        for t, st in enumerate(states[s.site_id], start=1):
            if st == prev:
                continue
            need = fmt(math.ceil(D[t - 1] / q - 1e-9))
            high = fmt(math.ceil(H[t - 1] / qh - 1e-9))
            occ = fmt(100 * q)
            if prev == "not_opened" and st == "active":
                m = Msg("r_open_active", {"month": t, "scenario": p.planning_scenario, "need": need,
                                          "demand": fmt(D[t - 1]), "occ": occ,
                                          "without": fmt(active_cap[t - 1] - active[s.site_id][t - 1])})
            elif prev == "not_opened" and st == "reserve":
                until = min(T, t + int(s.activation_lead))
                m = Msg("r_open_reserve", {"month": t, "need": fmt(math.ceil(H[until - 1] / qh - 1e-9)), "until": until,
                                           "saving": saving})
            elif prev == "reserve" and st == "active":
                m = Msg("r_activate", {"month": t, "scenario": p.planning_scenario, "demand": fmt(D[t - 1]),
                                       "need": need, "occ": occ})
            elif prev == "active" and st == "reserve" and _kept_for_lease(problem, states, s, t, H[t - 1] / qh):
                m = Msg("r_kept", {"month": t, "state": Msg("ch_state_reserve"),
                                   "why": Msg("why_lease", {"early": s.earliest_close})})
            elif prev == "active" and st == "reserve":
                # the most the high scenario needs from now on: why the places are held, not closed (month t's
                # own need was shown, "0 places needed", when the peak came later)
                peak = fmt(max(math.ceil(h / qh - 1e-9) for h in H[t - 1:]))
                m = Msg("r_to_reserve", {"month": t, "demand": fmt(D[t - 1]), "high": peak, "saving": saving})
            elif st == "closed" and s.must_close_by is not None and t == s.must_close_by:
                m = Msg("r_close_forced", {"month": t})
            elif st == "closed":
                per = s.capacity * (s.cost_active if prev == "active" else s.cost_reserve)
                m = Msg("r_close", {"month": t, "scenario": p.planning_scenario, "need": need, "high": high,
                                    "saving": fmt(per, 2), "cost": fmt(s.closing_cost, 2)})
            else:
                prev = st
                continue
            out.append({"site_id": s.site_id, "month": t, "from": prev, "to": st, **as_dict(m)})
            prev = st
    return out


def _slack(problem: CapacityProblem, deadline: float,
           **kw: Any) -> Optional[Tuple[float, NDArray[Any], NDArray[Any], Formulation]]:
    """(total shortfall, planning per month, high per month, formulation) of the slack model, None if unsolved."""
    if _left(deadline) < MIN_STAGE_S:
        return None
    f = Formulation(problem, objective="slack", **kw).build()
    sol = f.solve(_left(deadline))
    if sol.x is None or sol.status != 0:
        return None
    sp, sh = f.slack_values(sol.x)
    return float(sp.sum() + sh.sum()), sp, sh, f


def diagnose(problem: CapacityProblem, deadline: float) -> Dict[str, Any]:
    """Where the months fall short and the smallest changes (one at a time) that make the plan feasible.

    One method per kind of change, tried in this order: more places, a higher district cap, a later
    closing, a higher occupancy in the high scenario, a smaller MIN_SPACING_M, a higher HOTSPOT_MAX_PLACES.
    """
    out: Dict[str, Any] = {"shortfall": [], "fixes": []}
    base = _slack(problem, deadline)
    if base is None:
        out["fixes"].append(as_dict(Msg("fix_none")))
        return out
    _total, sp, sh, f = base
    out["shortfall"] = _shortfall_months(problem, sp, sh, f.demand)
    out["fixes"] += _fix_places(problem, out["shortfall"])
    out["fixes"] += _fix_cap(problem, deadline)
    out["fixes"] += _fix_close(problem, deadline)
    out["fixes"] += _fix_occupancy(problem, deadline, out["shortfall"])
    out["fixes"] += _fix_spacing(problem, deadline)
    out["fixes"] += _fix_hotspot(problem, deadline)
    if len(out["fixes"]) == 0:
        out["fixes"].append(as_dict(Msg("fix_none")))
    return out


def _shortfall_months(problem: CapacityProblem, sp: NDArray[Any], sh: NDArray[Any],
                      dem: Mapping[str, Mapping[str, NDArray[Any]]]) -> List[Dict[str, Any]]:
    """One record per month and scenario short in the slack model: people and places missing."""
    p = problem.params
    q, qh = float(p.target_occupancy), float(p.high_occ)
    out: List[Dict[str, Any]] = []
    for t in range(len(sp)):
        for name, s, occ, dd in (("planning", sp[t], q, dem[p.planning_scenario][""]),
                                 ("high", sh[t], qh, dem[p.high_scenario][""])):
            if s > SLACK_TOL:
                places = math.ceil(s / occ - 1e-9)
                scen = p.planning_scenario if name == "planning" else p.high_scenario
                out.append({"month": t + 1, "scenario": scen, "people": float(s), "places": places,
                            **as_dict(Msg("sf_month", {"month": t + 1, "scenario": scen, "places": fmt(places),
                                               "demand": fmt(dd[t]), "need": fmt(math.ceil(dd[t] / occ - 1e-9)),
                                               "have": fmt(math.ceil(dd[t] / occ - 1e-9) - places)}))})
    return out


def _fix_places(problem: CapacityProblem, shortfall: Sequence[Mapping[str, Any]]) -> List[Dict[str, Any]]:
    """More places from the first month short: active if the planning scenario is short, else reserve would do."""
    worst = max([0] + [x["places"] for x in shortfall])
    if not worst:
        return []
    first = shortfall[0]["month"]
    planning_short = any(x["scenario"] == problem.params.planning_scenario for x in shortfall)
    return [{"change": "places", "places": worst, "month": first,
             **as_dict(Msg("fix_places", {"places": fmt(worst), "month": first,
                                  "kind": Msg("kind_active" if planning_short else "kind_reserve_or_active")}))}]


def _fix_cap(problem: CapacityProblem, deadline: float) -> List[Dict[str, Any]]:
    """The lowest MAX_PER_1000 (to 0.1) that works, if dropping the cap makes the plan feasible."""
    p = problem.params
    if p.max_per_1000 is None or _left(deadline) <= MIN_STAGE_S:
        return []
    nocap = _slack(problem, deadline, drop_cap=True)
    if nocap is None or nocap[0] > SLACK_TOL:
        return []
    fl = Formulation(problem, objective="load", load_cap=True).build()
    sol = fl.solve(_left(deadline))
    if sol.x is None or sol.status != 0:
        return []
    value = math.ceil(float(sol.x[fl.L]) * 10 - 1e-6) / 10.0
    return [{"change": "max_per_1000", "value": value,
             **as_dict(Msg("fix_cap", {"now": fmt(p.max_per_1000, 1), "value": fmt(value, 1)}))}]


def _fix_close(problem: CapacityProblem, deadline: float) -> List[Dict[str, Any]]:
    """Per site with a forced closing that, kept open, makes the plan feasible: the earliest later closing month."""
    p = problem.params
    out: List[Dict[str, Any]] = []
    closing = [(s, s.must_close_by) for s in problem.sites if s.must_close_by is not None]
    for s, close_by in sorted(closing, key=lambda sc: sc[1]):
        if _left(deadline) < MIN_STAGE_S:
            break
        none = _slack(problem, deadline, extra_close={s.site_id: None})
        if none is None or none[0] > SLACK_TOL:
            continue
        month = int(p.horizon) + 1
        for m in range(int(close_by) + 1, int(p.horizon) + 1):
            r = _slack(problem, deadline, extra_close={s.site_id: m})
            if r is not None and r[0] <= SLACK_TOL:
                month = m
                break
        out.append({"change": "later_close", "site_id": s.site_id, "month": month,
                    **as_dict(Msg("fix_close", {"site": s.site_id, "month": month - 1, "now": close_by}))})
    return out


def _fix_occupancy(problem: CapacityProblem, deadline: float,
                   shortfall: Sequence[Mapping[str, Any]]) -> List[Dict[str, Any]]:
    """The high scenario short: the lowest occupancy there (bisection, to 1 %) that works, if full occupancy does."""
    p = problem.params
    qh = float(p.high_occ)
    if not (qh < 1.0 and any(x["scenario"] == p.high_scenario for x in shortfall) and _left(deadline) > MIN_STAGE_S):
        return []
    full = replace(problem, params=replace(p, high_occupancy=1.0))
    r = _slack(full, deadline)
    if r is None or r[0] > SLACK_TOL:
        return []
    lo, hi = qh, 1.0
    for _ in range(6):
        mid = (lo + hi) / 2
        rr = _slack(replace(problem, params=replace(p, high_occupancy=mid)), deadline)
        if rr is None:
            break
        if rr[0] <= SLACK_TOL:
            hi = mid
        else:
            lo = mid
    return [{"change": "high_occupancy", "value": math.ceil(hi * 100) / 100,
             **as_dict(Msg("fix_occupancy", {"value": fmt(math.ceil(hi * 100), 0), "now": fmt(100 * qh),
                                     "scenario": p.high_scenario}))}]


def _feasible(problem: CapacityProblem, deadline: float) -> Optional[bool]:
    """Whether the slack model of ``problem`` needs no slack; None when there is no time left to tell."""
    r = _slack(problem, deadline)
    return None if r is None else r[0] <= SLACK_TOL


def _first_working(lo: int, hi: int, works: Callable[[int], Optional[bool]]) -> Optional[int]:
    """The smallest k in [lo, hi) for which ``works(k)`` (monotone: false, then true), ``hi`` when none is; None
    when ``works`` ran out of time (answered None). The diagnosis's bisections share it."""
    while lo < hi:
        mid = (lo + hi) // 2
        ok = works(mid)
        if ok is None:
            return None
        lo, hi = (lo, mid) if ok else (mid + 1, hi)
    return lo


def _fix_spacing(problem: CapacityProblem, deadline: float) -> List[Dict[str, Any]]:
    """The largest MIN_SPACING_M (whole metres) that works, if dropping the rule makes the plan feasible.

    Why: a candidate the spacing rule blocks was only reported as "provide N more places", although it stood
    there with room enough. Feasibility only grows as the spacing shrinks, so the distances between the sites
    are searched by bisection.
    """
    p = problem.params
    spacing = float(p.min_spacing_m or 0.0)
    if spacing <= 0 or _left(deadline) <= MIN_STAGE_S:
        return []
    if not _feasible(replace(problem, params=replace(p, min_spacing_m=0.0)), deadline):
        return []
    xy = np.array([s.position() for s in problem.sites], dtype=np.float64)  # validate made sure of them
    cand = np.array([not s.existing for s in problem.sites])
    d = np.sqrt(((xy[:, None, :] - xy[None, :, :]) ** 2).sum(-1))
    pairs = cand[:, None] & (np.arange(len(xy))[:, None] != np.arange(len(xy))[None, :])
    values = sorted({math.floor(v + 1e-9) for v in d[pairs] if v < spacing}, reverse=True)
    # values[k] works for k >= the answer; len(values) stands for 0 (no rule), which works
    lo = _first_working(0, len(values), lambda k: _feasible(
        replace(problem, params=replace(p, min_spacing_m=float(values[k]))), deadline))
    if lo is None:
        return []
    value = float(values[lo]) if lo < len(values) else 0.0
    return [{"change": "min_spacing_m", "value": value,
             **as_dict(Msg("fix_spacing", {"now": fmt(spacing), "value": fmt(value)}))}]


def _fix_hotspot(problem: CapacityProblem, deadline: float) -> List[Dict[str, Any]]:
    """The smallest HOTSPOT_MAX_PLACES that works, if dropping the limit makes the plan feasible (bisection)."""
    p = problem.params
    if p.hotspot_max_places is None or not problem.hotspots or _left(deadline) <= MIN_STAGE_S:
        return []
    if not _feasible(replace(problem, params=replace(p, hotspot_max_places=None)), deadline):
        return []
    hi = int(p.hotspot_max_places) + sum(int(s.capacity) for s in problem.sites) + 1  # no limit left then
    lo = _first_working(int(p.hotspot_max_places) + 1, hi, lambda k: _feasible(
        replace(problem, params=replace(p, hotspot_max_places=k)), deadline))
    if lo is None:
        return []
    return [{"change": "hotspot_max_places", "value": lo,
             **as_dict(Msg("fix_hotspot", {"now": fmt(p.hotspot_max_places), "value": fmt(lo)}))}]


def plan_capacity(problem: CapacityProblem) -> CapacityResult:
    """The cheapest plan of active and reserve places per site and month; raises InputError for bad input."""
    t0 = time.perf_counter()
    issues = validate(problem)
    if issues:
        raise InputError(Msg("in_invalid", {"n": len(issues)}), list(issues))
    p: CapacityParams = problem.params
    deadline = t0 + float(p.time_limit_s)
    f1 = Formulation(problem, objective="cost").build()
    sol, stages = _cost_stage(f1, deadline)
    result = CapacityResult(status=CapacityStatus.TIMEOUT, model=f1.size(),
                            demand={k: [float(x) for x in v[""]] for k, v in f1.demand.items()})
    if sol.status == 2:
        result.status = CapacityStatus.INFEASIBLE
        diag = diagnose(problem, deadline)
        result.shortfall, result.fixes = diag["shortfall"], diag["fixes"]
        first = result.fixes[0]["text"] if result.fixes else ""
        result.message = Msg("st_infeasible", {"first": first})
    elif sol.x is None:
        result.message = Msg("st_timeout", {"t": fmt(p.time_limit_s)})
    else:
        f, x, status, gap = _load_stage(problem, f1, sol, sol.x, deadline, stages)
        _fill_plan(result, problem, f1, f, x, status, gap)
    result.stages = stages
    result.seconds = time.perf_counter() - t0
    return result


def _cost_stage(f1: Formulation, deadline: float) -> Tuple[Solution, List[Dict[str, Any]]]:
    """Stage 1, the cheapest plan. On large models the quick plan (Formulation.dive) comes first, within
    DIVE_SHARE of the time, and HiGHS then searches only plans no dearer (its cost as a cutoff row).

    The quick plan is then improved month window by month window (Formulation.improve, IMPROVE_SHARE of the
    time left), and HiGHS searches only plans cheaper than that.

    Why: at 60 sites x 36 months HiGHS's own heuristics found a plan 12 % above its bound in 60 s where
    the quick plan finds one 4.5 % above in 4 s. With the cutoff, HiGHS proving that no plan is cheaper
    (infeasible) proves the quick plan optimal; its bound is a bound on every plan.
    """
    gap = f1.problem.params.mip_rel_gap
    if f1.nbinary < DIVE_MIN_BINARIES:
        sol, record = _stage(f1, "cost", deadline, gap)
        return sol, [record]
    dive = f1.dive(DIVE_SHARE * _left(deadline))
    planned = dive.message == "dive" and dive.x is not None
    stages = [{"stage": "dive", "status": 1 if planned else dive.status, "seconds": round(dive.seconds, 3), **f1.size()}]
    if not planned or dive.x is None or dive.fun is None:  # no plan (an LP's x is no plan)
        if dive.status == 2:  # the LP relaxation is infeasible: so is every plan
            return dive, stages
        sol, record = _stage(f1, "cost", deadline, gap)
        return sol, stages + [record]
    quick = f1.improve(dive.x, dive.fun, min(IMPROVE_SHARE * _left(deadline), IMPROVE_MAX_S))
    stages.append({"stage": "improve", "status": 1, "seconds": round(quick.seconds, 3), **f1.size()})
    assert quick.x is not None and quick.fun is not None  # improve returns a plan: at worst the one it was given
    cutoff = quick.fun * (1 + COST_REL_TOL) + 1e-6
    sol = f1.solve(_left(deadline), gap, cutoff=cutoff)
    stages.append({"stage": "cost", "status": sol.status, "seconds": round(sol.seconds, 3), **f1.size()})
    if sol.status == 0 and sol.x is not None:
        return sol, stages
    if sol.status == 2:  # no plan cheaper than the quick plan's cutoff: the quick plan is optimal
        return Solution(0, quick.x, quick.fun, 0.0, dive.seconds + quick.seconds + sol.seconds, "dive optimal",
                        quick.fun), stages
    x, fun = (sol.x, sol.fun) if sol.x is not None and sol.fun is not None and sol.fun <= quick.fun \
        else (quick.x, quick.fun)
    bounds = [bd for bd in (sol.dual_bound, dive.dual_bound) if bd is not None]
    bound = min(max(bounds), fun) if bounds else None
    g = None if bound is None else max(0.0, (fun - bound) / max(abs(fun), 1e-9))
    return Solution(1, x, fun, g, sol.seconds, "cutoff" if x is sol.x else "dive", bound), stages


def _load_stage(problem: CapacityProblem, f1: Formulation, sol: Solution, x: NDArray[Any], deadline: float,
                stages: List[Dict[str, Any]]) -> Tuple[Formulation, NDArray[Any], CapacityStatus, Optional[float]]:
    """Stage 2 after an optimal stage 1: among plans of that cost the lowest highest district load.

    ``x``: stage 1's plan (``sol.x``). Returns the formulation and solution to report, the status and
    the gap; stage 2 cut short keeps stage 1's plan, and no time left for it makes the plan ``feasible`` (gap 1).
    """
    p = problem.params
    f = f1
    status = CapacityStatus.OPTIMAL if sol.status == 0 else CapacityStatus.FEASIBLE
    gap = sol.gap
    if status == CapacityStatus.OPTIMAL and p.load_objective and any(d.population > 0 for d in problem.districts):
        if _left(deadline) > MIN_STAGE_S:
            cost1 = f1.value(x, [e for terms in f1.cost_terms.values() for e in terms])
            f2 = Formulation(problem, objective="load", cost_bound=cost1).build()
            sol2, record = _stage(f2, "load", deadline, p.mip_rel_gap)
            stages.append(record)
            if sol2.x is not None:
                f, x = f2, sol2.x
                if sol2.status != 0:
                    status, gap = CapacityStatus.FEASIBLE, sol2.gap
        else:
            status, gap = CapacityStatus.FEASIBLE, 1.0
    return f, x, status, gap


def _fill_plan(result: CapacityResult, problem: CapacityProblem, f1: Formulation, f: Formulation, x: NDArray[Any],
               status: CapacityStatus, gap: Optional[float]) -> None:
    """The plan into ``result``: states, places, costs, loads, reasons, the re-check by verify and the message."""
    p = problem.params
    states = f.states(x)
    active = f.active_places(x)
    breakdown = plan_cost(problem, states, active)
    result.active_places = active
    result.status, result.gap, result.states = status, gap, states
    result.cost = breakdown["total"]
    result.cost_breakdown = breakdown
    result.district_load = district_loads(problem, active)
    result.max_load = max((max(v) for v in result.district_load.values() if v), default=0.0)
    result.reserve_place_months = float(sum(s.capacity for s in problem.sites
                                            for st in states[s.site_id] if st == "reserve"))
    result.changes = reasons(problem, states, active, f1.demand)
    # the solver's cost equals the plan's at the optimum (event variables may carry slack before)
    reported: Optional[float] = f.value(x, [e for terms in f.cost_terms.values() for e in terms])
    reported = reported if status == CapacityStatus.OPTIMAL else None
    result.violations = verify(problem, states, reported, active)
    if status == CapacityStatus.OPTIMAL:
        result.message = Msg("st_optimal", {"months": p.horizon, "cost": fmt(result.cost, 2),
                                            "load": fmt(result.max_load, 1)})
    else:
        result.message = Msg("st_feasible", {"months": p.horizon, "cost": fmt(result.cost, 2),
                                             "gap": fmt(100 * (gap or 0.0), 1)})
    if result.violations:
        result.message = joined([result.message, Msg("st_violations", {"n": len(result.violations)})])
