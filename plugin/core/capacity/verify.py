"""Independent re-check of a capacity plan (state per site and month) against every rule.

Written from the rules, not from the formulation: plain loops over the months, the events read
off the state sequences, and for the high scenario a small LP (scipy.optimize.linprog) that
finds the best use of the activatable reserve under the district caps. Also computes the cost
of a plan, which the solver's reported cost is compared with.
"""
from __future__ import annotations

import math
from typing import Any, Dict, List, Mapping, Optional, Sequence

import numpy as np
from numpy.typing import NDArray

from .params import MONTH_STATES, CapacityProblem, HotspotArea, Site
from .scenarios import demands
from .texts import Msg, fmt

TOL = 1e-6


def _held(state: str) -> bool:
    return state in ("active", "reserve")


def active_of(problem: CapacityProblem, states: Mapping[str, Sequence[str]],
              active: Optional[Mapping[str, Sequence[int]]] = None) -> Dict[str, List[int]]:
    """Active places per site and month: ``active`` where given, else the whole site when it is active."""
    if active is not None:
        return {k: [int(v) for v in vals] for k, vals in active.items()}
    return {s.site_id: [s.capacity if st == "active" else 0 for st in states[s.site_id]] for s in problem.sites}


def plan_cost(problem: CapacityProblem, states: Mapping[str, Sequence[str]],
              active: Optional[Mapping[str, Sequence[int]]] = None) -> Dict[str, float]:
    """Cost of a plan by kind (active, reserve, opening, activation, closing) and ``total``.

    The inactive places of an active site (``active`` below the capacity) cost as reserve places.
    """
    out = {"active": 0.0, "reserve": 0.0, "opening": 0.0, "activation": 0.0, "closing": 0.0}
    act = active_of(problem, states, active)
    for s in problem.sites:
        seq = states[s.site_id]
        prev = s.state0 if s.existing else "not_opened"
        for t, st in enumerate(seq):
            if st == "active":
                y = act[s.site_id][t]
                out["active"] += y * s.cost_active
                out["reserve"] += (s.capacity - y) * s.cost_reserve
            elif st == "reserve":
                out["reserve"] += s.capacity * s.cost_reserve
            if prev == "not_opened" and _held(st):
                out["opening"] += s.opening_cost
            if prev == "reserve" and st == "active":
                out["activation"] += s.activation_cost
            if _held(prev) and st == "closed":
                out["closing"] += s.closing_cost
            prev = st
    out["total"] = sum(out.values())
    return out


def _caps(problem: CapacityProblem) -> Optional[Dict[str, float]]:
    mx = problem.params.max_per_1000
    if mx is None:
        return None
    out: Dict[str, float] = {}
    for d in problem.districts:
        today = sum(s.capacity for s in problem.sites if s.existing and s.district_id == d.district_id)
        out[d.district_id] = max(math.floor(mx * d.population / 1000.0 + 1e-9), today)
    return out


def _high_cover(problem: CapacityProblem, t: int, states: Mapping[str, Sequence[str]], act: Mapping[str, Sequence[int]],
                H: Mapping[str, NDArray[Any]], caps: Optional[Dict[str, float]]) -> float:
    """Most people of the high scenario that month t can take: active places plus activatable reserve (an LP)."""
    from scipy.optimize import linprog

    sites = problem.sites
    q = float(problem.params.high_occ)
    groups = sorted(g for g in H if g)
    usable = []
    for s in sites:
        seq = states[s.site_id]
        la = int(s.activation_lead)
        ok = _held(seq[t - 1]) and (la == 0 or (t > la and _held(seq[t - 1 - la])))
        usable.append(float(s.capacity - act[s.site_id][t - 1]) if ok else 0.0)
    n, G = len(sites), len(groups)
    # variables: h_0..h_{n-1}, u_0..u_{G-1}; maximise q * sum_general h + sum u (plus the constant active part)
    active = [float(act[s.site_id][t - 1]) for s in sites]
    c = np.zeros(n + G)
    for i, s in enumerate(sites):
        if not s.group_label:
            c[i] = -q
    c[n:] = -1.0
    A, b = [], []
    for k, g in enumerate(groups):
        rowv = np.zeros(n + G)
        rowv[n + k] = 1.0
        members = [i for i, s in enumerate(sites) if s.group_label == g]
        for i in members:
            rowv[i] = -q
        A.append(rowv)
        b.append(q * sum(active[i] for i in members))
    if caps is not None:
        for d, cap in caps.items():
            members = [i for i, s in enumerate(sites) if s.district_id == d]
            if not members:
                continue
            rowv = np.zeros(n + G)
            rowv[members] = 1.0
            A.append(rowv)
            b.append(max(0.0, cap - sum(active[i] for i in members)))
    bounds = [(0.0, usable[i]) for i in range(n)] + [(0.0, float(H[g][t - 1])) for g in groups]
    res = linprog(c, A_ub=np.array(A) if A else None, b_ub=np.array(b) if b else None, bounds=bounds, method="highs")
    best = -float(res.fun) if res.status == 0 else 0.0
    return best + q * sum(active[i] for i, s in enumerate(sites) if not s.group_label)


def verify(problem: CapacityProblem, states: Mapping[str, Sequence[str]], cost: Optional[float] = None,
           active: Optional[Mapping[str, Sequence[int]]] = None) -> List[str]:
    """Plain-language list of every rule the plan breaks; empty when it keeps all of them.

    ``active``: active places per site and month where sites have a module below their capacity
    (default: an active site has all its places active). ``cost``: the cost the solver reported.
    The rules are checked one after the other: per site its places, its sequence of states and its
    lease; then (only if those hold) every month's coverage and district caps, the spacing and
    hotspots of newly opened sites, and the cost.
    """
    T = int(problem.params.horizon)
    missing = _missing(problem, states, active, T)
    if missing is not None:
        return [missing]
    out: List[str] = []
    act = active_of(problem, states, active)
    for s in problem.sites:
        seq = states[s.site_id]
        _check_places(s, seq, act[s.site_id], out)
        _check_sequence(s, seq, T, out)
        _check_lease(s, seq, out)
    if out:
        return out
    _check_months(problem, states, act, out)
    opened = [s for s in problem.sites if not s.existing and any(_held(x) for x in states[s.site_id])]
    _check_spacing(problem, opened, out)
    _check_hotspots(problem, opened, out)
    if cost is not None:
        actual = plan_cost(problem, states, active)["total"]
        if abs(actual - cost) > 1e-6 * max(1.0, abs(actual)) + 1e-6:
            out.append(Msg("v_cost", reported=fmt(cost, 2), actual=fmt(actual, 2)))
    return out


def _missing(problem: CapacityProblem, states: Mapping[str, Sequence[str]],
             active: Optional[Mapping[str, Sequence[int]]], T: int) -> Optional[str]:
    """The message for the first site without a state (or active places) for every month, None if none lacks one."""
    for s in problem.sites:
        seq = states.get(s.site_id)
        if seq is None or len(seq) != T or (active is not None and len(active.get(s.site_id, ())) != T):
            return Msg("v_state", site=s.site_id, month="-", state=Msg("state_missing"))
    return None


def _check_places(s: Site, seq: Sequence[str], act: Sequence[int], out: List[str]) -> None:
    """Active places: whole modules up to the capacity while active, none otherwise; more modules of an active
    site only after the activation lead."""
    m = int(s.module or s.capacity) or 1
    prev_y = s.capacity if s.state0 == "active" else 0
    for t, st in enumerate(seq, start=1):
        y = act[t - 1]
        ok = (0 < y <= s.capacity and y % m == 0) if st == "active" else y == 0
        if not ok:
            out.append(Msg("v_places", site=s.site_id, month=t, places=y, state=st, module=m, capacity=s.capacity))
        la = int(s.activation_lead)
        prev_st = seq[t - 2] if t > 1 else (s.state0 if s.existing else "not_opened")
        if st == "active" and prev_st == "active" and y > prev_y and not (t > la and (la == 0 or _held(seq[t - 1 - la]))):
            out.append(Msg("v_activation_lead", site=s.site_id, month=t, lead=la))
        prev_y = y


def _check_sequence(s: Site, seq: Sequence[str], T: int, out: List[str]) -> None:
    """The states month by month: known states, no reopening, opening lead, forced closing, no closing before the
    lease ends, activation lead, minimum active duration."""
    prev = s.state0 if s.existing else "not_opened"
    ever = s.existing
    for t, st in enumerate(seq, start=1):
        if st not in MONTH_STATES:
            out.append(Msg("v_state", site=s.site_id, month=t, state=st))
            prev = st
            continue
        bad = ((st == "not_opened" and (ever or s.existing)) or (st == "closed" and not ever and not _held(prev))
               or (_held(st) and prev == "closed"))
        if bad:
            out.append(Msg("v_reopen", site=s.site_id, month=t, prev=prev, state=st))
        if _held(st):
            if not s.existing and t <= s.opening_lead:
                out.append(Msg("v_open_lead", site=s.site_id, month=t, lead=s.opening_lead))
            if s.must_close_by is not None and t >= s.must_close_by:
                out.append(Msg("v_late_close", site=s.site_id, month=t, late=s.must_close_by))
            ever = True
        if (_held(prev) and not _held(st) and s.earliest_close is not None and t < s.earliest_close):
            out.append(Msg("v_early_close", site=s.site_id, month=t, early=s.earliest_close))
        if prev == "reserve" and st == "active":
            la = int(s.activation_lead)
            if not (t > la and (la == 0 or _held(seq[t - 1 - la]))):
                out.append(Msg("v_activation_lead", site=s.site_id, month=t, lead=la))
        if st == "active" and prev != "active" and s.min_active_months > 1:
            _check_min_active(s, seq, t, T, out)
        prev = st


def _check_min_active(s: Site, seq: Sequence[str], t: int, T: int, out: List[str]) -> None:
    """Activated in month ``t``: active for min_active_months (or to the end of the horizon)."""
    run = 0
    while t - 1 + run < T and seq[t - 1 + run] == "active":
        run += 1
    if run < min(s.min_active_months, T - t + 1):
        out.append(Msg("v_min_active", site=s.site_id, n=run, month=t, m=s.min_active_months))


def _check_lease(s: Site, seq: Sequence[str], out: List[str]) -> None:
    """An existing site is held until its lease ends (earliest_close); one message, unless the sequence gave it."""
    if s.existing and s.earliest_close is not None and not all(_held(x) for x in seq[: max(0, s.earliest_close - 1)]):
        first = next(t for t, x in enumerate(seq, start=1) if not _held(x))
        msg = Msg("v_early_close", site=s.site_id, month=first, early=s.earliest_close)
        if msg not in out:
            out.append(msg)


def _check_months(problem: CapacityProblem, states: Mapping[str, Sequence[str]], act: Mapping[str, Sequence[int]],
                  out: List[str]) -> None:
    """Month by month: the planning scenario covered, the district caps kept, the high scenario covered."""
    p, sites = problem.params, problem.sites
    dem = demands(problem)
    D, H = dem[p.planning_scenario], dem[p.high_scenario]
    caps = _caps(problem)
    q = float(p.target_occupancy)
    groups = sorted(g for g in D if g)
    names = {d.district_id: d.name or d.district_id for d in problem.districts}
    for t in range(1, int(p.horizon) + 1):
        at = {s.site_id: act[s.site_id][t - 1] for s in sites}
        have = q * sum(at[s.site_id] for s in sites if not s.group_label)
        for g in groups:
            have += min(float(D[g][t - 1]), q * sum(at[s.site_id] for s in sites if s.group_label == g))
        if have < D[""][t - 1] - TOL:
            out.append(Msg("v_cover", month=t, have=fmt(have, 1), occ=fmt(100 * q), scenario=p.planning_scenario,
                              demand=fmt(D[""][t - 1], 1)))
        if caps is not None:
            for d, cap in caps.items():
                placed = sum(at[s.site_id] for s in sites if s.district_id == d)
                if placed > cap + TOL:
                    out.append(Msg("v_cap", district=names.get(d, d), month=t, places=placed, cap=fmt(cap)))
        hc = _high_cover(problem, t, states, act, H, caps)
        if hc < H[""][t - 1] - 1e-5 * max(1.0, H[""][t - 1]):
            out.append(Msg("v_high", month=t, have=fmt(hc, 1), demand=fmt(H[""][t - 1], 1)))


def _check_spacing(problem: CapacityProblem, opened: Sequence[Site], out: List[str]) -> None:
    """Newly opened sites at least MIN_SPACING_M from each other and from every existing site."""
    sp = float(problem.params.min_spacing_m or 0.0)
    if sp <= 0:
        return
    for i, a in enumerate(opened):
        ax, ay = a.position()
        for b in opened[i + 1:]:
            bx, by = b.position()
            d = math.hypot(ax - bx, ay - by)
            if d < sp - TOL:
                out.append(Msg("v_spacing", a=a.site_id, b=b.site_id, d=fmt(d), min=fmt(sp)))
        for b in problem.sites:
            if b.existing:
                bx, by = b.position()
                d = math.hypot(ax - bx, ay - by)
                if d < sp - TOL:
                    out.append(Msg("v_spacing_existing", a=a.site_id, b=b.site_id, d=fmt(d), min=fmt(sp)))


def _check_hotspots(problem: CapacityProblem, opened: Sequence[Site], out: List[str]) -> None:
    """Places newly opened within each hotspot's radius at most HOTSPOT_MAX_PLACES less the existing ones there."""
    limit = problem.params.hotspot_max_places
    if limit is None:
        return
    for h in problem.hotspots:
        def near(s: Site, h: HotspotArea = h) -> bool:
            sx, sy = s.position()
            return h.distance(sx, sy) <= h.radius_m + TOL
        new = sum(s.capacity for s in opened if near(s))
        cap = max(0, limit - sum(s.capacity for s in problem.sites if s.existing and near(s)))
        if new > cap:
            out.append(Msg("v_hotspot", hotspot=h.name or h.hotspot_id, new=new, cap=cap))
