"""The capacity plan as a mixed-integer linear programme (HiGHS via scipy.optimize.milp).

Notation
--------
s: site (existing shelter or candidate), t = 1..T: month (0 = today), d: district, g: label of
group-only sites. Data: capacity K_s; costs per place and month ca_s (active), cr_s (reserve);
per event oc_s (opening), ac_s (activation), cc_s (closing); lead times Lo_s (opening), La_s
(activation); earliest closing month e_s, closing month m_s (closed from m_s on), minimum active
duration u_s; demand D_t (planning scenario) and H_t (high scenario), people, from
scenarios.demands, per group D_gt, H_gt; target occupancy q (planning) and q_H (high); district
population P_d and cap C_d = max(floor(MAX_PER_1000 P_d / 1000), places held in d today).
Existing sites start held (o_s0 = 1), active (a_s0 = 1) or in reserve; candidates start unopened.

Variables
---------
a_st in {0,1}     s is active in month t
r_st in {0,1}     s is in reserve in month t; o_st = a_st + r_st (held), a site neither active
                  nor reserve is closed (it was held before) or not opened
n_st in [0,1]     s opens in month t (candidates only; integral through o)
v_st in [0,1]     s is activated from reserve in month t (only where ac_s > 0)
c_st in [0,1]     s closes in month t (only where cc_s > 0)
k_st in Z>=0      active modules of s in month t, only where the site has a module m_s below K_s
                  (then m_s k_st <= K_s a_st, k_st >= a_st, and its inactive places K_s a_st - m_s k_st
                  cost and count as reserve places); elsewhere the active places are K_s a_st.
                  Below, "K_s a_st" stands for the active places of s
h_st in [0,K_s]   reserve places of s activated in the high scenario in month t
uP_gt, uH_gt >= 0 people of group g served by its group-only sites (planning, high)
L >= 0            highest district load, active places per 1,000 inhabitants (stage 2 only)
sP_t, sH_t >= 0   shortfall, people (slack model only)

Constraints
-----------
state       a_st + r_st <= 1
lifecycle   existing: o_st <= o_s,t-1 (no reopening); candidates: n_st >= o_st - o_s,t-1,
            sum_t n_st <= 1 (opens once, never reopens); o_st = 0 for t <= Lo_s
lease       o_st >= o_s,t-1 for t < e_s (no closing before e_s); o_st = 0 for t >= m_s
closing     c_st >= o_s,t-1 - o_st;  activation  v_st >= a_st - a_s,t-1 - n_st
lead        a_st <= a_s,t-1 + n_st + o_s,t-La_s, and with modules k_st <= k_s,t-1 + (K_s/m_s)(n_st +
            o_s,t-La_s)  (reserve becomes active La_s months after the
            decision, which is made in month 1 at the earliest: the last term only for t > La_s;
            opening straight into active is an opening, not an activation)
min active  a_s,tau >= a_st - a_s,t-1 for t < tau < t + u_s (tau <= T)
planning    q sum_{s general} K_s a_st + sum_g uP_gt + sP_t >= D_t;
            uP_gt <= D_gt, uP_gt <= q sum_{s of g} K_s a_st  (group-only sites serve their group only)
reserve     h_st <= K_s r_st (plus the inactive places of an active site with modules);
            h_st <= K_s o_s,t-La_s  (t > La_s, else h_st = 0): reserve counts
            for the high scenario in month t only if it was held early enough to be activated
high        q_H sum_{s general} (K_s a_st + h_st) + sum_g uH_gt + sH_t >= H_t;
            uH_gt <= H_gt, uH_gt <= q_H sum_{s of g} (K_s a_st + h_st)
district    sum_{s in d} (K_s a_st + h_st) <= C_d for every d, t (active places in every month, and
            active plus the reserve activated in the high scenario; the first is implied since h >= 0)
cuts        rounded covers sum_s ceil(K_s / delta) x_st >= ceil(beta_t / delta) of the planning and high
            rows (see Formulation._cut_rows): implied by the rows above, so the same plans, a higher LP bound
spacing     sum_{s in K} sum_t n_st <= 1 for every clique K of candidates closer than MIN_SPACING_M
            (the clique cover of plugin.core.placement.formulation); candidates closer than that
            to an existing site stay unopened
hotspot     sum_{s candidate within radius of h (of its area, if it is one)} K_s sum_t n_st <= max(0, HOTSPOT_MAX_PLACES - places
            of existing sites within the radius)

Objective, lexicographic, in two HiGHS runs
-------------------------------------------
1) min cost = sum_st K_s (ca_s a_st + cr_s r_st) + oc_s n_st + ac_s v_st + cc_s c_st
   (with modules: ca_s m_s k_st + cr_s (K_s o_st - m_s k_st) in place of the first term)

Size and speed: 60 sites x 36 months x 3 scenarios (bench/bench_capacity.py) give about 11,000
variables (4,320 binary) and 15,400 rows (864 of them cuts, below). Without the cuts the LP relaxation
is some 6 % below the best plan known (3.604 against 3.850 M: whole sites against a demand that is no
multiple of their sizes, in every month, and fixed opening costs); the cuts lift it to 3.716 M and
HiGHS's root to 3.763 M, but HiGHS still does not close the rest (the demand's monthly noise makes the
cheapest set of active sites change from month to month) within a minute on two shared CPUs; see
the benchmark for the numbers.
2) with cost <= cost* (1 + 1e-9) + 1e-6: min L, L >= 1000 / P_d sum_{s in d} K_s a_st (P_d > 0).
Slack model (when 1 is infeasible): sP and sH added, min sum_t (sP_t + sH_t); it is always feasible
(every site held only as long as it must, in reserve), so it shows where and by how much the
months are short. objective "reserve": min sum_st K_s r_st (the reserve needed, for the tests).
"""
from __future__ import annotations

import math
import time
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Set, Tuple

import numpy as np
from numpy.typing import NDArray
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import csr_matrix, vstack

from ..milp_matrix import Entries, MatrixBuilder
from ..placement.formulation import clique_cover
from ..placement.instance import EPS, close_pairs, near_points
from .params import CapacityProblem, Site
from .scenarios import demands

COST_REL_TOL = 1e-9
IMPROVE_WINDOW = 12  # months Formulation.improve re-plans at a time
IMPROVE_SUB_S = 4.0  # seconds at most for one window


def district_caps(problem: CapacityProblem) -> Optional[Dict[str, float]]:
    """C_d per district id (None without MAX_PER_1000): the cap, or today's held places if higher."""
    mx = problem.params.max_per_1000
    if mx is None:
        return None
    held: Dict[str, int] = {}
    for s in problem.sites:
        if s.existing:
            held[s.district_id] = held.get(s.district_id, 0) + int(s.capacity)
    return {d.district_id: float(max(math.floor(mx * d.population / 1000.0 + 1e-9), held.get(d.district_id, 0)))
            for d in problem.districts}


def spacing_blocked(problem: CapacityProblem) -> Tuple[NDArray[Any], List[List[int]]]:
    """(mask of candidates too close to an existing site, cliques of close candidates) under MIN_SPACING_M."""
    sp = float(problem.params.min_spacing_m or 0.0)
    n = len(problem.sites)
    if sp <= EPS:
        return np.zeros(n, bool), []
    xy = np.array([[s.x, s.y] for s in problem.sites], dtype=float).reshape(-1, 2)
    cand = np.array([not s.existing for s in problem.sites])
    blocked = np.zeros(n, bool)
    if cand.any() and (~cand).any():
        blocked[cand] = near_points(xy[cand], xy[~cand], sp, strict=True)
    ci = np.flatnonzero(cand & ~blocked)
    pairs = close_pairs(xy[ci], sp) if len(ci) > 1 else np.zeros((0, 2), np.int64)
    cliques = clique_cover(np.arange(len(ci)), pairs) if len(pairs) else []
    return blocked, [[int(ci[k]) for k in c] for c in cliques]


def hotspot_limits(problem: CapacityProblem) -> List[Tuple[List[int], float]]:
    """Per hotspot: (candidates within its radius, places newly opened sites may add there)."""
    hmax = problem.params.hotspot_max_places
    if hmax is None or not problem.hotspots:
        return []
    out = []
    for h in problem.hotspots:
        inside, existing = [], 0
        for i, s in enumerate(problem.sites):
            sx, sy = s.position()
            if h.distance(sx, sy) <= h.radius_m + EPS:
                if s.existing:
                    existing += int(s.capacity)
                else:
                    inside.append(i)
        if inside:
            out.append((inside, float(max(0, hmax - existing))))
    return out


@dataclass
class Solution:
    status: int  # scipy milp: 0 optimal, 1 limit, 2 infeasible, 3 unbounded, 4 other
    x: Optional[NDArray[Any]]
    fun: Optional[float]
    gap: Optional[float]
    seconds: float
    message: str = ""
    dual_bound: Optional[float] = None






@dataclass
class _Build:
    """Working state of :meth:`Formulation.build`: the matrix so far, the data and the columns per site and month
    (-1 where a column does not exist; month 0 is today)."""

    m: MatrixBuilder
    T: int
    sites: List[Site]
    D: Dict[str, NDArray[Any]]  # planning demand per group ('' for people without a group), months 1..T
    H: Dict[str, NDArray[Any]]  # high demand
    groups: List[str]
    q: float
    qh: float
    blocked: NDArray[Any]  # candidates too close to an existing site
    cliques: List[List[int]]
    A: NDArray[Any]  # a_st
    R: NDArray[Any]  # r_st
    N: NDArray[Any]  # n_st
    Hh: NDArray[Any]  # h_st
    P: NDArray[Any]  # k_st, active modules where the module is below the capacity
    mods: List[float]

    def o_terms(self, i: int, t: int, sign: float = 1.0) -> Entries:
        """o_st = a_st + r_st (held), times ``sign``."""
        return [(self.A[i, t], sign), (self.R[i, t], sign)]

    def act(self, i: int, t: int, coef: float = 1.0) -> Entries:
        """Active places of site i in month t, times ``coef``."""
        if self.P[i, t] >= 0:
            return [(self.P[i, t], coef * self.mods[i])]
        return [(self.A[i, t], coef * float(self.sites[i].capacity))]


@dataclass
class Formulation:
    """Build and solve one stage of the capacity MILP (see the module docstring)."""

    problem: CapacityProblem
    objective: str = "cost"  # cost | load | reserve | slack
    cost_bound: Optional[float] = None
    drop_cap: bool = False  # no district cap (the diagnosis)
    load_cap: bool = False  # objective load with the caps as L P_d / 1000 (smallest MAX_PER_1000 that works)
    extra_close: Dict[str, int] = field(default_factory=dict)  # site -> month it may stay open to (diagnosis)
    cuts: bool = True  # the rounded covers of _cut_rows (False: without them, for the tests and the benchmark)

    def build(self) -> Formulation:
        """Build the model: the site columns, the rows of each site and month (one method per constraint family),
        then coverage, district caps, spacing and hotspots, and the objective.

        The order of columns and rows is part of the model (HiGHS's path, and so which of several
        optima it returns, depends on it): do not reorder the calls.
        """
        b = self._scope()
        self._site_columns(b)
        for i in range(len(b.sites)):
            for t in range(1, b.T + 1):
                self._state_rows(b, i, t)
                self._lease_rows(b, i, t)
                self._closing_rows(b, i, t)
                self._activation_rows(b, i, t)
                self._lead_rows(b, i, t)
                self._reserve_rows(b, i, t)
                self._min_active_rows(b, i, t)
            if not b.sites[i].existing:
                b.m.row([(b.N[i, t], 1.0) for t in range(1, b.T + 1)], -np.inf, 1.0)  # opens once
        self._cover_rows(b)
        self._district_rows(b)
        self._spacing_and_hotspot_rows(b)
        self._cut_rows(b)
        self._objective(b)
        self._assemble(b.m)
        return self

    def _scope(self) -> _Build:
        """Horizon, sites, demand of both scenarios and the spacing rule's blocked candidates and cliques."""
        pb, p = self.problem, self.problem.params
        T = int(p.horizon)
        dem = demands(pb)
        self.demand = dem
        D = dem[p.planning_scenario]
        blocked, cliques = spacing_blocked(pb)
        S = len(pb.sites)
        return _Build(
            m=MatrixBuilder(), T=T, sites=pb.sites, D=D, H=dem[p.high_scenario], groups=sorted(g for g in D if g),
            q=float(p.target_occupancy), qh=float(p.high_occ), blocked=blocked, cliques=cliques,
            A=np.full((S, T + 1), -1, dtype=np.int64), R=np.full((S, T + 1), -1, dtype=np.int64),
            N=np.full((S, T + 1), -1, dtype=np.int64), Hh=np.full((S, T + 1), -1, dtype=np.int64),
            P=np.full((S, T + 1), -1, dtype=np.int64),
            mods=[float(s.module or s.capacity) if s.capacity > 0 else 1.0 for s in pb.sites])

    def _site_columns(self, b: _Build) -> None:
        """Columns a_st, r_st, k_st (modules), n_st (candidates) and h_st, with their cost terms."""
        var, A, R, N, Hh, P, mods = b.m.var, b.A, b.R, b.N, b.Hh, b.P, b.mods
        self.cost_terms: Dict[str, List[Tuple[int, float]]] = {"active": [], "reserve": [], "opening": [],
                                                               "activation": [], "closing": []}
        terms = self.cost_terms
        for i, s in enumerate(b.sites):
            K = float(s.capacity)
            close_by = self.extra_close.get(s.site_id, s.must_close_by)
            for t in range(1, b.T + 1):
                allowed = True
                if not s.existing and (t <= s.opening_lead or b.blocked[i]):
                    allowed = False
                if close_by is not None and t >= close_by:
                    allowed = False
                hi = 1.0 if allowed else 0.0
                A[i, t] = var(0, hi, True)
                R[i, t] = var(0, hi, True)
                if mods[i] < K:
                    P[i, t] = var(0, hi * K / mods[i], True)
                    terms["active"].append((P[i, t], mods[i] * float(s.cost_active)))
                    terms["reserve"] += [(A[i, t], K * float(s.cost_reserve)), (P[i, t], -mods[i] * float(s.cost_reserve))]
                else:
                    terms["active"].append((A[i, t], K * float(s.cost_active)))
                terms["reserve"].append((R[i, t], K * float(s.cost_reserve)))
                if not s.existing:
                    N[i, t] = var(0, hi, False)
                    terms["opening"].append((N[i, t], float(s.opening_cost)))
                Hh[i, t] = var(0, K if (allowed and t > s.activation_lead) else 0.0, False)
        self.A, self.R, self.N, self.H, self.P, self.mods = A, R, N, Hh, P, mods

    def _state_rows(self, b: _Build, i: int, t: int) -> None:
        """state (a + r <= 1) and lifecycle: no reopening of an existing site, n_st >= o_st - o_s,t-1 for a candidate."""
        s, row, o_terms = b.sites[i], b.m.row, b.o_terms
        row(o_terms(i, t), -np.inf, 1.0)  # state
        if s.existing:
            if t > 1:  # o_1 <= o_0 = 1 holds anyway
                row(o_terms(i, t) + o_terms(i, t - 1, -1.0), -np.inf, 0.0)  # no reopening
        else:
            prev = o_terms(i, t - 1, 1.0) if t > 1 else []
            row([(b.N[i, t], 1.0)] + o_terms(i, t, -1.0) + prev, 0.0, np.inf)  # n >= o_t - o_{t-1}

    def _lease_rows(self, b: _Build, i: int, t: int) -> None:
        """lease: no closing before e_s (o_st >= o_s,t-1 for t < e_s)."""
        s, row, o_terms = b.sites[i], b.m.row, b.o_terms
        if s.earliest_close is not None and t < s.earliest_close:
            if t == 1:
                if s.existing:
                    row(o_terms(i, t), 1.0, np.inf)  # o_st >= o_s0 = 1
            else:
                row(o_terms(i, t) + o_terms(i, t - 1, -1.0), 0.0, np.inf)

    def _closing_rows(self, b: _Build, i: int, t: int) -> None:
        """closing: c_st >= o_s,t-1 - o_st, a column and a row where the site has a closing cost."""
        s = b.sites[i]
        if s.closing_cost > 0:
            o0 = 1.0 if s.existing else 0.0
            cv = b.m.var(0, 1, False)
            self.cost_terms["closing"].append((cv, float(s.closing_cost)))
            prev = b.o_terms(i, t - 1, -1.0) if t > 1 else []
            b.m.row([(cv, 1.0)] + prev + b.o_terms(i, t), 1.0 * o0 if t == 1 else 0.0, np.inf)

    def _activation_rows(self, b: _Build, i: int, t: int) -> None:
        """activation: v_st >= a_st - a_s,t-1 - n_st, a column and a row where the site has an activation cost."""
        s, A, N = b.sites[i], b.A, b.N
        if s.activation_cost > 0:
            a0 = 1.0 if s.state0 == "active" else 0.0
            vv = b.m.var(0, 1, False)
            self.cost_terms["activation"].append((vv, float(s.activation_cost)))
            ent = [(vv, 1.0), (A[i, t], -1.0)]
            if t > 1:
                ent.append((A[i, t - 1], 1.0))
            if N[i, t] >= 0:
                ent.append((N[i, t], 1.0))
            b.m.row(ent, -a0 if t == 1 else 0.0, np.inf)

    def _lead_rows(self, b: _Build, i: int, t: int) -> None:
        """lead: a_st <= a_s,t-1 + n_st + o_s,t-La_s (the last term only for t > La_s)."""
        s, A, N = b.sites[i], b.A, b.N
        la = int(s.activation_lead)
        if la >= 1:
            a0 = 1.0 if s.state0 == "active" else 0.0
            ent = [(A[i, t], 1.0)]
            if t > 1:
                ent.append((A[i, t - 1], -1.0))
            if N[i, t] >= 0:
                ent.append((N[i, t], -1.0))
            if t > la:
                ent += b.o_terms(i, t - la, -1.0)
            b.m.row(ent, -np.inf, a0 if t == 1 else 0.0)

    def _reserve_rows(self, b: _Build, i: int, t: int) -> None:
        """reserve: h_st <= the reserve places of s (the whole site in reserve, or the inactive part of an active
        site with modules, whose rows follow), and h_st <= K_s o_s,t-La_s: reserve usable in the high scenario."""
        s, row, P = b.sites[i], b.m.row, b.P
        K = float(s.capacity)
        la = int(s.activation_lead)
        if P[i, t] >= 0:
            row([(b.Hh[i, t], 1.0), (b.R[i, t], -K), (b.A[i, t], -K), (P[i, t], b.mods[i])], -np.inf, 0.0)
            self._module_rows(b, i, t)
        else:
            row([(b.Hh[i, t], 1.0), (b.R[i, t], -K)], -np.inf, 0.0)
        if la >= 1 and t > la:
            row([(b.Hh[i, t], 1.0)] + b.o_terms(i, t - la, -K), -np.inf, 0.0)

    def _module_rows(self, b: _Build, i: int, t: int) -> None:
        """modules: m_s k_st <= K_s a_st, k_st >= a_st, and the lead k_st <= k_s,t-1 + (K_s/m_s)(n_st + o_s,t-La_s)."""
        s, row, A, N, P = b.sites[i], b.m.row, b.A, b.N, b.P
        K, mod = float(s.capacity), b.mods[i]
        la = int(s.activation_lead)
        row([(P[i, t], mod), (A[i, t], -K)], -np.inf, 0.0)
        row([(P[i, t], 1.0), (A[i, t], -1.0)], 0.0, np.inf)
        if la >= 1:
            a0 = 1.0 if s.state0 == "active" else 0.0
            ent = [(P[i, t], 1.0)]
            if t > 1:
                ent.append((P[i, t - 1], -1.0))
            nk = K / mod
            if N[i, t] >= 0:
                ent.append((N[i, t], -nk))
            if t > la:
                ent += b.o_terms(i, t - la, -nk)
            row(ent, -np.inf, a0 * nk if t == 1 else 0.0)

    def _min_active_rows(self, b: _Build, i: int, t: int) -> None:
        """min active: a_s,tau >= a_st - a_s,t-1 for t < tau < t + u_s (tau <= T)."""
        s, A = b.sites[i], b.A
        m = int(s.min_active_months)
        if m > 1:
            a0 = 1.0 if s.state0 == "active" else 0.0
            for tau in range(t + 1, min(b.T, t + m - 1) + 1):
                ent = [(A[i, tau], 1.0), (A[i, t], -1.0)]
                if t > 1:
                    ent.append((A[i, t - 1], 1.0))
                b.m.row(ent, -a0 if t == 1 else 0.0, np.inf)

    def _cover_rows(self, b: _Build) -> None:
        """planning and high: coverage of each month's demand, group-only sites serving their group only
        (columns uP/uH), and the shortfall columns sP/sH of the slack model."""
        var, row, Hh, act = b.m.var, b.m.row, b.Hh, b.act
        gen = [i for i, s in enumerate(b.sites) if not s.group_label]
        of_group = {g: [i for i, s in enumerate(b.sites) if s.group_label == g] for g in b.groups}
        slack = self.objective == "slack"
        self.sP: List[int] = []
        self.sH: List[int] = []
        self.cover_rows: Dict[str, List[int]] = {"planning": [], "high": []}
        for t in range(1, b.T + 1):
            for kind, dem_s, occ in (("planning", b.D, b.q), ("high", b.H, b.qh)):
                ent = []
                for i in gen:
                    ent += act(i, t, occ)
                    if kind == "high":
                        ent.append((Hh[i, t], occ))
                for g in b.groups:
                    if not of_group[g]:
                        continue
                    uv = var(0, float(dem_s[g][t - 1]), False)
                    gent = [(uv, 1.0)]
                    for i in of_group[g]:
                        gent += act(i, t, -occ)
                        if kind == "high":
                            gent.append((Hh[i, t], -occ))
                    row(gent, -np.inf, 0.0)
                    ent.append((uv, 1.0))
                if slack:
                    sv = var(0, np.inf, False, 1.0)
                    ent.append((sv, 1.0))
                    (self.sP if kind == "planning" else self.sH).append(sv)
                self.cover_rows[kind].append(row(ent, float(dem_s[""][t - 1]), np.inf))

    def _district_rows(self, b: _Build) -> None:
        """district: active plus activated reserve places <= C_d per district and month; with the load objective
        the column L and L >= 1000 / P_d (active places of d), or the caps as L P_d / 1000 (``load_cap``)."""
        pb, row, act = self.problem, b.m.row, b.act
        caps = None if self.drop_cap else district_caps(pb)
        dsites: Dict[str, List[int]] = {}
        for i, s in enumerate(b.sites):
            dsites.setdefault(s.district_id, []).append(i)
        pop = {d.district_id: float(d.population) for d in pb.districts}
        Lv = b.m.var(0, np.inf, False, 1.0) if self.objective == "load" else -1
        self.L = Lv
        for d, members in sorted(dsites.items()):
            for t in range(1, b.T + 1):
                ent = [e for i in members for e in act(i, t)] + [(b.Hh[i, t], 1.0) for i in members]
                if self.load_cap and pop.get(d, 0) > 0:
                    row(ent + [(Lv, -pop[d] / 1000.0)], -np.inf, 0.0)
                elif caps is not None and not self.load_cap:
                    row(ent, -np.inf, caps.get(d, 0.0))
                if self.objective == "load" and not self.load_cap and pop.get(d, 0) > 0:
                    row([e for i in members for e in act(i, t, 1000.0 / pop[d])] + [(Lv, -1.0)], -np.inf, 0.0)

    def _spacing_and_hotspot_rows(self, b: _Build) -> None:
        """spacing (one opening per clique of close candidates) and hotspot (places newly opened within the radius)."""
        N, T = b.N, b.T
        for clique in b.cliques:
            b.m.row([(N[i, t], 1.0) for i in clique for t in range(1, T + 1)], -np.inf, 1.0)
        for inside, limit in hotspot_limits(self.problem):
            b.m.row([(N[i, t], float(b.sites[i].capacity)) for i in inside for t in range(1, T + 1) if N[i, t] >= 0],
                    -np.inf, limit)

    def _cut_rows(self, b: _Build) -> None:
        """cuts: Chvatal-Gomory roundings of the coverage rows (valid inequalities: the same plans).

        Why: whole sites cover a demand that is not a multiple of their sizes, and the LP relaxation fills
        the rest with a share of a site in every month (some 6 % below the optimum at 60 x 36). From
        sum_s K_s x_s >= beta (x_s >= 0 integer, K_s whole places) follows, for every divisor delta > 0,
        sum_s ceil(K_s / delta) x_s >= ceil(beta / delta). The rows rounded are implied by the model:
        planning  sum_s act_st >= D_t / q over all sites (group-only sites serve at most their group),
                  and over the general sites >= (D_t - sum_g D_gt) / q;
        high      the same with H_t / q_H, where a site counts K_s (a_st + r_st) for t > La_s (h_st <= K_s r_st,
                  plus the inactive modules of an active site) and act_st before.
        Divisors: the gcd of the sizes (the demand rounded up to whole multiples) and each size. At 60 x 36 they
        lift the LP bound from 3.604 to 3.716 M (optimum near 3.8 M); divisors beta / n and the same rounding
        of the district caps added nothing there. Not in the slack model, whose coverage may fall short.
        """
        if self.objective == "slack" or not self.cuts:
            return
        seen: Set[Tuple[Tuple[Tuple[int, float], ...], int]] = set()
        gen = [i for i, s in enumerate(b.sites) if not s.group_label]
        for t in range(1, b.T + 1):
            for dem, occ, high in ((b.D, b.q, False), (b.H, b.qh, True)):
                total = float(dem[""][t - 1])
                rest = total - sum(float(dem[g][t - 1]) for g in b.groups)
                every = [e for i in range(len(b.sites)) for e in self._cover_places(b, i, t, high)]
                general = [e for i in gen for e in self._cover_places(b, i, t, high)]
                self._cg_rows(b, every, total / occ, seen)
                self._cg_rows(b, general, rest / occ, seen)

    def _cover_places(self, b: _Build, i: int, t: int, high: bool) -> Entries:
        """Places of site i that can count in month t (whole-number coefficients): active places, and in the high
        scenario the whole site when active or in reserve once its activation lead has passed."""
        if high and t > int(b.sites[i].activation_lead):
            K = float(b.sites[i].capacity)
            return [(b.A[i, t], K), (b.R[i, t], K)]
        return b.act(i, t)

    def _cg_rows(self, b: _Build, ent: Entries, beta: float, seen: Set[Tuple[Tuple[Tuple[int, float], ...], int]]) -> None:
        """Rounded covers sum ceil(K/delta) x >= ceil(beta/delta) of sum K x >= beta (see _cut_rows)."""
        ent = [(c, float(round(v))) for c, v in ent if v > 0 and b.m.ub[c] > 0]
        if beta <= 1e-6 or not ent:
            return
        sizes = sorted({int(v) for _c, v in ent})
        g = 0
        for k in sizes:
            g = math.gcd(g, k)
        tol = 1e-6 + 1e-9 * len(ent)
        for delta in sorted({float(g), *map(float, sizes)}):
            rhs = math.ceil(beta / delta - tol)
            row = tuple((c, float(math.ceil(v / delta - 1e-9))) for c, v in ent)
            key = (row, rhs)
            if rhs <= 0 or key in seen or sum(v for _c, v in row) < rhs:
                continue
            seen.add(key)
            b.m.row(list(row), float(rhs), np.inf)

    def _objective(self, b: _Build) -> None:
        """The objective (cost, or reserve; load and slack have theirs on their columns) and the cost bound of stage 2."""
        cost = b.m.cost
        every_cost = [e for terms in self.cost_terms.values() for e in terms if e[1] != 0.0]
        if self.objective == "cost":
            for c, v in every_cost:
                cost[c] += v
        elif self.objective == "reserve":
            for i, s in enumerate(b.sites):
                for t in range(1, b.T + 1):
                    cost[b.R[i, t]] += float(s.capacity)
        if self.cost_bound is not None and every_cost:
            b.m.row(every_cost, -np.inf, self.cost_bound * (1 + COST_REL_TOL) + 1e-6)

    def _assemble(self, m: MatrixBuilder) -> None:
        """The arrays scipy's milp takes, and the model's size."""
        a = m.arrays()
        self.matrix, self.c, self.bounds, self.integrality = a.A, a.c, a.bounds, a.integrality
        self.rlo, self.rhi = a.rlo, a.rhi
        self.nvars, self.nrows = a.nvars, a.nrows
        self.nbinary = int(self.integrality.sum())

    def size(self) -> Dict[str, int]:
        """Variables, binaries and constraints of the built model (for reports and the benchmark)."""
        return {"variables": int(self.nvars), "binaries": int(self.nbinary), "constraints": int(self.nrows),
                "nonzeros": int(self.matrix.nnz)}

    def solve(self, time_limit: float, mip_rel_gap: float = 0.0, bounds: Optional[Bounds] = None,
              relax: bool = False, cutoff: Optional[float] = None) -> Solution:
        """Solve with HiGHS within ``time_limit`` seconds (``bounds``: other variable bounds; ``relax``: the LP;
        ``cutoff``: only plans whose objective is at most this, as one more row; scipy's milp takes no start
        solution, so this is how a known plan's value prunes the search)."""
        if not hasattr(self, "c"):
            self.build()
        t0 = time.perf_counter()
        matrix, rlo, rhi = self.matrix, self.rlo, self.rhi
        if cutoff is not None:
            matrix = vstack([matrix, csr_matrix(self.c.reshape(1, -1))], format="csr")
            rlo, rhi = np.append(rlo, -np.inf), np.append(rhi, float(cutoff))
        cons = LinearConstraint(matrix, rlo, rhi) if matrix.shape[0] else None
        kwargs = {"constraints": cons} if cons is not None else {}
        res = milp(self.c, integrality=np.zeros_like(self.integrality) if relax else self.integrality,
                   bounds=self.bounds if bounds is None else bounds,
                   options={"disp": False, "time_limit": max(0.05, float(time_limit)),
                            "mip_rel_gap": float(mip_rel_gap)}, **kwargs)
        secs = time.perf_counter() - t0
        dual = getattr(res, "mip_dual_bound", None)
        dual = float(dual) if dual is not None and math.isfinite(dual) else None
        if res.x is None:
            return Solution(int(res.status), None, None, None, secs, str(res.message), dual)
        gap = getattr(res, "mip_gap", None)
        if int(res.status) == 0:
            gap = 0.0 if gap is None or not math.isfinite(gap) else max(0.0, float(gap))
        return Solution(int(res.status), np.asarray(res.x), float(res.fun), None if gap is None else float(gap), secs,
                        str(res.message), dual)

    def dive(self, time_limit: float) -> Solution:
        """A good plan fast (no optimality claim): the LP relaxation, then the MILP with every binary fixed at 0
        where the LP made it 0 (within most of the time; if that finds no plan, also those at 1 fixed).

        Why: at 60 sites x 36 months HiGHS's own heuristics may find no plan for a minute, while the
        restricted model, a few hundred free binaries, solves in seconds.
        """
        t0 = time.perf_counter()
        lp = self.solve(time_limit, relax=True)
        if lp.x is None or lp.status != 0:
            return lp
        ints = self.integrality == 1
        near = np.abs(lp.x - np.round(lp.x)) < 1e-6
        for fix, share in ((ints & near & (np.round(lp.x) == 0), 0.75), (ints & near, 1.0)):
            left = time_limit - (time.perf_counter() - t0)
            if left <= 0.05:
                break
            lb, ub = self.bounds.lb.copy(), self.bounds.ub.copy()
            lb[fix] = ub[fix] = np.round(lp.x[fix])
            sol = self.solve(left * share, bounds=Bounds(lb, ub))
            if sol.x is not None:
                return Solution(1, sol.x, sol.fun, None, time.perf_counter() - t0, "dive", lp.fun)
        return Solution(1, None, None, None, time.perf_counter() - t0, "dive", lp.fun)

    def improve(self, x: NDArray[Any], fun: float, time_limit: float, window: int = IMPROVE_WINDOW,
                sub_limit: float = IMPROVE_SUB_S) -> Solution:
        """A cheaper plan than ``x`` (cost ``fun``) if one is found within ``time_limit`` (no optimality claim):
        fix-and-optimise over the months, i.e. HiGHS re-plans ``window`` months at a time (windows overlapping
        by half) with every other month's states fixed at ``x``, below ``x``'s cost, pass after pass until a
        pass finds nothing cheaper. Returns ``x`` itself when nothing cheaper is found.

        Why: HiGHS on the whole model improves the quick plan slowly (60 sites x 36 months: 3.891 M after
        10 s, 3.839 M after 60 s); a window of 12 months has a few hundred free binaries and solves in
        about a second, and the windows bring the plan to 3.850 M within 11 s (bench/bench_capacity.py).
        """
        t0 = time.perf_counter()
        T = int(self.problem.params.horizon)
        month = np.full(self.nvars, -1, dtype=np.int64)
        for cols in (self.A, self.R, self.N, self.P):
            used = cols >= 0
            month[cols[used]] = np.broadcast_to(np.arange(cols.shape[1]), cols.shape)[used]
        ints = self.integrality == 1
        step = max(1, window // 2)
        best_x, best = np.asarray(x, dtype=float), float(fun)
        improved = True
        while improved:
            improved = False
            starts = list(range(1, max(2, T - window + 2), step))
            if starts[-1] + window <= T:  # the last window ends with the horizon
                starts.append(T - window + 1)
            for start in starts:
                left = time_limit - (time.perf_counter() - t0)
                if left < 0.05:
                    return Solution(1, best_x, best, None, time.perf_counter() - t0, "improve")
                fix = ints & ((month < start) | (month >= start + window))
                lb, ub = self.bounds.lb.copy(), self.bounds.ub.copy()
                lb[fix] = ub[fix] = np.round(best_x[fix])
                cut = best - max(1e-6, COST_REL_TOL * abs(best))
                sol = self.solve(min(sub_limit, left), bounds=Bounds(lb, ub), cutoff=cut)
                if sol.x is not None and sol.fun is not None and sol.fun < cut:
                    best_x, best, improved = sol.x, float(sol.fun), True
        return Solution(1, best_x, best, None, time.perf_counter() - t0, "improve")

    def states(self, x: NDArray[Any]) -> Dict[str, List[str]]:
        """site_id -> state per month 1..T from a solution vector."""
        T = int(self.problem.params.horizon)
        out: Dict[str, List[str]] = {}
        for i, s in enumerate(self.problem.sites):
            held = s.existing
            seq = []
            for t in range(1, T + 1):
                a = x[self.A[i, t]] > 0.5
                r = x[self.R[i, t]] > 0.5
                if a or r:
                    held = True
                    seq.append("active" if a else "reserve")
                else:
                    seq.append("closed" if held else "not_opened")
            out[s.site_id] = seq
        return out

    def active_places(self, x: NDArray[Any]) -> Dict[str, List[int]]:
        """site_id -> active places per month 1..T from a solution vector."""
        T = int(self.problem.params.horizon)
        out: Dict[str, List[int]] = {}
        for i, s in enumerate(self.problem.sites):
            seq = []
            for t in range(1, T + 1):
                if self.P[i, t] >= 0:
                    seq.append(int(round(x[self.P[i, t]] * self.mods[i])) if x[self.A[i, t]] > 0.5 else 0)
                else:
                    seq.append(int(s.capacity) if x[self.A[i, t]] > 0.5 else 0)
            out[s.site_id] = seq
        return out

    def value(self, x: NDArray[Any], terms: List[Tuple[int, float]]) -> float:
        return float(sum(x[c] * v for c, v in terms))

    def slack_values(self, x: NDArray[Any]) -> Tuple[NDArray[Any], NDArray[Any]]:
        """(planning, high) shortfall in people per month of a slack-model solution."""
        return np.array([x[c] for c in self.sP]), np.array([x[c] for c in self.sH])
