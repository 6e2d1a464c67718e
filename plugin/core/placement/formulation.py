"""The placement model as a mixed-integer linear programme (solved by HiGHS via scipy).

Notation
--------
s: candidate site, g: group label (a single unnamed group without group demand),
d: district, h: hotspot. Data: module u_s, smallest/largest size lo_s/hi_s
(lo_s = max(min_places, u_s), both multiples of u_s), population P_d, existing
places E_d, district cap C_d = max(0, floor(MAX_PER_1000 * P_d / 1000 - E_d))
(0 without population), hotspot cap C_h = max(0, HOTSPOT_MAX_PLACES - E_h)
with E_h the existing places within the hotspot's radius, demand N_g.

Variables
---------
y_s in {0,1}     site s is opened
k_sg in Z>=0     modules of group g at site s; places p_sg = u_s * k_sg
z_sg in {0,1}    site s holds group g (only where a site may hold several
                 groups and g appears in a `separate` rule; otherwise z_sg = y_s)
w_d in {0,1}     district d receives new places (stage a only)
L >= 0           highest load, places per 1,000 inhabitants (stage a only)
Q_s >= 0         open sites t > s closer than twice the spacing, if s is open

Constraints
-----------
size        lo_s y_s <= sum_g p_sg <= hi_s y_s;  p_sg <= hi_s z_sg;  z_sg <= y_s
demand      sum_s p_sg = N_g                                    for every g
district    sum_{s in d} sum_g p_sg <= C_d w_d                  for every d
spacing     sum_{s in K} y_s <= 1 for every clique K of a greedy clique cover
            of the graph "closer than MIN_SPACING_M" (covers every close pair);
            the graph is one of locations (distinct points): K holds every site
            at its locations, and a location with several sites and no
            neighbour is a clique of its own (co-located candidates: one row)
hotspot     sum_{s within radius of h} sum_g p_sg <= C_h          for every h
separate    z_sa + z_tb <= 1 and z_sb + z_ta <= 1 for sites s, t closer than
            the rule's distance (s = t included when a != b); pairs already
            excluded by the spacing rule are skipped. Between locations: with the
            spacing rule at most one site of a location opens, so the sums of z
            over each location stand for the sites; without it, a binary
            indicator A_lg >= z_sg per location with several sites, with
            sum_{s at l} p_sg <= min(sum hi_s, N_g) A_lg
presolve    y_s = 0 where s lies outside every district, in a district without
            population or already at the cap, too close to an existing shelter,
            without a required service in reach, or in a hotspot with no room;
            k_sg = 0 where a `near` rule fails or a shelter of a conflicting
            group is too close
no-good     sum_{s not in S} y_s - sum_{s in S} y_s >= 1 - |S| for every earlier
            set S of opened sites (alternatives)

Objective, lexicographic, solved in stages
------------------------------------------
a) min L  s.t.  E_d w_d + sum_{s in d} p_s <= (P_d / 1000) L   for every d.
   (w_d = 0 forces no new places in d, so only receiving districts count.)
b) with L <= L* (which amounts to a tighter district cap, no w_d needed):
   min sum_s [s within a hotspot radius] p_s + W sum_s Q_s,
   the close pairs (MIN_SPACING_M <= distance < 2 MIN_SPACING_M) counted per site,
   Q_s >= sum_{t in N(s), t > s} y_t - |N(s)| (1 - y_s) (one row per site rather than
   a variable and a row per pair, which made stage b/c 3-4x slower at 5,000 sites),
   W = ``close_pair_weight`` places per close pair.
   Spread zero (checked first on larger instances, and used by stage c when stage b
   reached zero): hot sites closed and close pairs added to the spacing conflicts,
   a much smaller model without Q.
c) with the stage-b value fixed (small tolerance): min sum_s cost_s p_s.
   The spread bound is strengthened by cell cuts (valid inequalities): for a square
   grid whose cell diagonal is below 2 MIN_SPACING_M, sum_{s in cell} y_s - e_cell <= 1,
   e_cell >= 0, and sum_s Q_s >= sum_cells e_cell, for each grid of CLIQUE_SHIFTS (see
   grid_cliques). Without them the LP barely sees the spread bound (root bound 2 % off
   at 5,000 sites, stage c 13 s; with them HiGHS closes the gap at the root, 6 s). Not
   used in stage b, where they made HiGHS slower.
b+c) on small instances both at once: min M spread / step + cost, where the spread
   only takes multiples of ``step`` and M exceeds any difference in cost between two
   placements (N (max cost - min cost) + 1), so one step of spread outweighs every
   cost saving: the same optimum as b then c, in one HiGHS call instead of two.
Stages whose objective is zero for every site are skipped.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import coo_matrix

from .instance import EPS, FAMILIES, Instance
from .params import Ticker, check_deadline

LOAD_TOL = 1e-7
# HiGHS's presolve takes time growing faster than quadratically in the length of a clique row and does
# not watch the time limit meanwhile (a clique of 2,000 co-located sites: 2.9 s, of 5,000: 31 s; without
# presolve 0.06 s); a longer clique row switches presolve off for that model
PRESOLVE_MAX_CLIQUE = 400


def clique_cover(nodes: np.ndarray, pairs: np.ndarray, deadline: Optional[float] = None) -> List[List[int]]:
    """Greedy cover of the edges ``pairs`` (among ``nodes``) by cliques; deterministic.

    Raises BuildTimeout once ``deadline`` (``time.perf_counter()``) has passed.
    """
    if len(pairs) == 0:
        return []
    tick = Ticker(deadline, every=128)
    keep = np.isin(pairs[:, 0], nodes) & np.isin(pairs[:, 1], nodes)
    pairs = pairs[keep]
    adj: Dict[int, set] = {}
    for i, j in pairs.tolist():
        adj.setdefault(i, set()).add(j)
        adj.setdefault(j, set()).add(i)
    covered = set()
    cliques: List[List[int]] = []
    for i, j in pairs.tolist():
        tick()
        if (i, j) in covered:
            continue
        clique = [i, j]
        common = sorted(adj[i] & adj[j])
        # prefer vertices with uncovered edges to the clique's seed
        common.sort(key=lambda c: ((min(i, c), max(i, c)) in covered) + ((min(j, c), max(j, c)) in covered))
        for c in common:
            if all(c in adj[m] for m in clique[2:]):
                clique.append(c)
        for a in range(len(clique)):
            for b in range(a + 1, len(clique)):
                u, v = clique[a], clique[b]
                covered.add((min(u, v), max(u, v)))
        cliques.append(sorted(clique))
    return cliques


# grid offsets (in cells) for the cell cuts; each shifted grid adds its own cuts, but at 5,000 sites
# one grid solved fastest (stage c 5.2 s / 7.4 s on scipy 1.17 / 1.10; four grids 6.0 s / 14.6 s)
CLIQUE_SHIFTS = ((0.0, 0.0),)


def grid_cliques(xy: np.ndarray, sites: np.ndarray, spacing: float) -> List[List[np.ndarray]]:
    """Per grid shift, the cells (>= 2 of ``sites``) of a square grid whose diagonal is below 2 ``spacing``.

    Two sites in one cell are closer than twice the spacing: a spacing conflict or
    a close pair. With the spacing rule in force, m opened sites in a cell make
    m(m-1)/2 >= m - 1 close pairs, and the cells of one grid share no pair, so
    sum over the cells of max(0, opened - 1) is a lower bound on the close open
    pairs (a valid cut that the per-site rows Q_s are too weak to see in the LP).
    """
    if spacing <= 0 or len(sites) < 2:
        return []
    side = 2.0 * spacing / math.sqrt(2.0) * 0.99
    pts = xy[sites]
    out = []
    for dx, dy in CLIQUE_SHIFTS:
        ij = np.floor((pts - pts.min(axis=0)) / side + np.array([dx, dy])).astype(np.int64)
        key = ij[:, 0] * (int(ij[:, 1].max()) + 2) + ij[:, 1]
        order = np.lexsort((sites, key))
        k = key[order]
        starts = np.flatnonzero(np.r_[True, k[1:] != k[:-1]])
        ends = np.r_[starts[1:], len(k)]
        out.append([sites[order[a:b]] for a, b in zip(starts, ends) if b - a >= 2])
    return out


@dataclass
class Solution:
    status: int  # scipy milp status: 0 optimal, 1 limit, 2 infeasible, 3 unbounded, 4 other
    places: Optional[np.ndarray]  # (n, G) places, None without a solution
    fun: Optional[float]
    gap: Optional[float]
    seconds: float
    message: str = ""


@dataclass
class Formulation:
    """Build and solve one stage of the placement MILP (see the module docstring)."""

    inst: Instance
    families: Sequence[str] = FAMILIES
    objective: str = "load"  # load | spread | cost | spread_cost | maxplace | hotcap
    spread_weight: float = 1.0  # spread_cost: weight of the spread against the cost (see lexicographic_weight)
    load_bound: Optional[float] = None
    spread_bound: Optional[float] = None
    cuts: Sequence[Sequence[int]] = ()
    demand: str = "eq"  # eq | le
    only_group: Optional[int] = None  # maxplace for one group, others 0
    aggregate: bool = False  # one pooled group: a relaxation when there are several groups
    only_sites: Optional[np.ndarray] = None  # bool mask: all other sites stay closed
    cost_bound: Optional[float] = None
    zero_spread: bool = False  # spread fixed at 0: hot sites closed, close pairs are conflicts
    deadline: Optional[float] = None  # time.perf_counter() value: build() raises BuildTimeout after it
    _cols: Dict[str, object] = field(default_factory=dict, init=False)

    def build(self):
        inst, fam = self.inst, set(self.families)
        check_deadline(self.deadline)
        tick = Ticker(self.deadline)
        self.longest_clique = 0
        n, G = inst.n, len(inst.groups)
        allow = inst.allow_groups if "groups" in fam else np.ones((n, G), bool)
        allow = allow & ~inst.excluded(fam)[:, None]
        if self.zero_spread:
            allow = allow & ~inst.hot_site[:, None]
        demand_vec = inst.demand
        if self.only_sites is not None:
            allow = allow & np.asarray(self.only_sites, bool)[:, None]
        if self.aggregate:
            allow = allow.any(axis=1)[:, None]
            G, demand_vec = 1, np.array([inst.total_demand])
        self.G = G
        if self.only_group is not None:
            allow = allow & (np.arange(G) == self.only_group)[None, :]
        hi = inst.hi.astype(float)
        cap = inst.cap.astype(float).copy()
        if self.load_bound is not None:
            bound = np.floor(self.load_bound * inst.pop / 1000.0 + 1e-6 * max(1.0, self.load_bound)) - inst.existing
            bound = np.where(inst.pop > 0, np.maximum(bound, 0), 0)
            cap = np.minimum(cap, bound) if "district_cap" in fam else bound
            di = np.where(inst.district < 0, 0, inst.district)
            allow &= (cap[di] >= inst.lo)[:, None]
        sites = np.flatnonzero(allow.any(axis=1))
        self.sites = sites
        lb, ub, integ, cost = [], [], [], []

        def var(lo_, hi_, is_int, c=0.0):
            lb.append(lo_)
            ub.append(hi_)
            integ.append(1 if is_int else 0)
            cost.append(c)
            return len(lb) - 1

        yv = {int(s): var(0, 1, True) for s in sites}
        mix = bool(inst.params.mix_groups)
        sep_groups = set()
        if "groups" in fam and not self.aggregate:
            for r in inst.sep_rules:
                sep_groups.update(g for g in (r.ga, r.gb) if g is not None)
        # kv[(s, g)] = (column, factor): places of group g at s = factor * x[column]
        # site_k[s] = [(column, factor), ...]: total places at s
        kv: Dict[Tuple[int, int], Tuple[int, float]] = {}
        zv: Dict[Tuple[int, int], int] = {}
        site_k: Dict[int, List[Tuple[int, float]]] = {}
        pending: List[Tuple[List[Tuple[int, float]], float, float]] = []
        for s in sites:
            tick()
            s = int(s)
            u = float(inst.mod[s])
            kmax = int(inst.hi[s] // inst.mod[s])
            gs = [int(g) for g in np.flatnonzero(allow[s])]
            if mix or len(gs) == 1:
                for g in gs:
                    kv[(s, g)] = (var(0, kmax, True), u)
                site_k[s] = [kv[(s, g)] for g in gs]
                if len(gs) >= 2:
                    for g in gs:
                        if g in sep_groups:
                            zv[(s, g)] = var(0, 1, True)
                            pending.append(([(kv[(s, g)][0], u), (zv[(s, g)], -hi[s])], -np.inf, 0.0))
                            pending.append(([(zv[(s, g)], 1.0), (yv[s], -1.0)], -np.inf, 0.0))
            else:  # one group per site: x_sg binary, K_s modules, p_sg continuous
                kcol = var(0, kmax, True)
                site_k[s] = [(kcol, u)]
                for g in gs:
                    zv[(s, g)] = var(0, 1, True)
                    kv[(s, g)] = (var(0, hi[s], False), 1.0)
                    pending.append(([(kv[(s, g)][0], 1.0), (zv[(s, g)], -hi[s])], -np.inf, 0.0))
                pending.append(([(kv[(s, g)][0], 1.0) for g in gs] + [(kcol, -u)], 0.0, 0.0))
                pending.append(([(zv[(s, g)], 1.0) for g in gs] + [(yv[s], -1.0)], 0.0, 0.0))
        self.kv = kv

        def zvar(s: int, g: int) -> Optional[int]:
            if (s, g) in zv:
                return zv[(s, g)]
            return yv[s] if (s, g) in kv else None

        rows: List[int] = []
        cols: List[int] = []
        vals: List[float] = []
        rlo: List[float] = []
        rhi: List[float] = []

        def row(entries, lo_, hi_):
            r = len(rlo)
            for c, v in entries:
                rows.append(r)
                cols.append(c)
                vals.append(v)
            rlo.append(lo_)
            rhi.append(hi_)

        # size
        for s in sites:
            s = int(s)
            row(site_k[s] + [(yv[s], -hi[s])], -np.inf, 0)
            row(site_k[s] + [(yv[s], -float(inst.lo[s]))], 0, np.inf)
        for entries, lo_, hi_ in pending:
            row(entries, lo_, hi_)
        # demand
        for g in range(G):
            if self.only_group is not None and g != self.only_group:
                continue
            ent = [cf for (s, gg), cf in kv.items() if gg == g]
            if self.demand == "eq":
                row(ent, demand_vec[g], demand_vec[g])
            else:
                row(ent, -np.inf, demand_vec[g])
        # districts (and stage a load)
        need_w = self.objective == "load"
        Lv = var(0, np.inf, False, 1.0) if self.objective == "load" else None
        dsites: Dict[int, List[int]] = {}
        for s in sites:
            dsites.setdefault(int(inst.district[s]), []).append(int(s))
        self.district_rows: Dict[int, int] = {}
        self.district_step: Dict[int, float] = {}
        for d in sorted(dsites):
            ent = [e for s in dsites[d] for e in site_k[s]]
            limit = cap[d] if ("district_cap" in fam or self.load_bound is not None) else float(sum(hi[s] for s in dsites[d]))
            # the places in a district are a multiple of its sites' modules' gcd (HiGHS's presolve
            # finds this too; done here so that our own LP relaxations see it)
            step = float(np.gcd.reduce(inst.mod[dsites[d]]))
            self.district_step[d] = step
            limit = math.floor(limit / step + 1e-9) * step if np.isfinite(limit) and step > 0 else limit
            if need_w:
                wv = var(0, 1, True)
                row(ent + [(wv, -limit)], -np.inf, 0)
                row(ent + [(wv, float(inst.existing[d])), (Lv, -inst.pop[d] / 1000.0)], -np.inf, 0)
            else:
                self.district_rows[d] = len(rlo)
                row(ent, -np.inf, limit)
        # sites of the model at each location (several where candidates share a point)
        at: Dict[int, List[int]] = {}
        for s in sites:
            at.setdefault(int(inst.loc[s]), []).append(int(s))
        # spacing cliques (of locations)
        if "spacing" in fam and float(inst.params.min_spacing_m) > EPS:  # as close_pairs: d < spacing - EPS
            conflicts = inst.spacing_pairs
            if self.zero_spread and len(inst.spread_pairs) and inst.params.close_pair_weight > 0:
                conflicts = np.vstack([conflicts, inst.spread_pairs])
                conflicts = conflicts[np.lexsort((conflicts[:, 1], conflicts[:, 0]))]
            in_clique = set()
            for clique in clique_cover(np.fromiter(at, dtype=np.int64, count=len(at)), conflicts, self.deadline):
                in_clique.update(clique)
                entries = [(yv[s], 1.0) for loc in clique for s in at[loc]]
                self.longest_clique = max(self.longest_clique, len(entries))
                row(entries, -np.inf, 1)
            for loc, members in at.items():
                if len(members) > 1 and loc not in in_clique:
                    self.longest_clique = max(self.longest_clique, len(members))
                    row([(yv[s], 1.0) for s in members], -np.inf, 1)
        # hotspots
        if self.objective == "hotcap":
            Hv = var(0, np.inf, False, 1.0)
            for members, e in zip(inst.hot_members, inst.hot_existing):
                ent = [x for s in members if int(s) in site_k for x in site_k[int(s)]]
                if not ent:
                    continue
                vv = var(0, 1, True)
                big = float(sum(hi[int(s)] for s in members if int(s) in site_k))
                row(ent + [(vv, -big)], -np.inf, 0)
                row(ent + [(vv, float(e)), (Hv, -1.0)], -np.inf, 0)
        elif "hotspot" in fam and len(inst.hot_cap):
            for members, hc in zip(inst.hot_members, inst.hot_cap):
                ent = [x for s in members if int(s) in site_k for x in site_k[int(s)]]
                if ent:
                    row(ent, -np.inf, float(hc))
        # separate rules
        if "groups" in fam and not self.aggregate:
            sp = float(inst.params.min_spacing_m) if "spacing" in fam else 0.0
            indicator: Dict[Tuple[int, int], Optional[int]] = {}

            def holds(loc: int, g: int) -> List[Tuple[int, float]]:
                """Entries whose sum is 1 if a site at ``loc`` holds group g (0 otherwise), at most 1."""
                zs = [z for z in (zvar(s, g) for s in at.get(loc, ())) if z is not None]
                if len(zs) <= 1 or sp > EPS:  # with spacing at most one site of a location opens
                    return [(z, 1.0) for z in zs]
                if (loc, g) not in indicator:
                    # binary, and bounding the places of g at loc as well: a tight LP, so that HiGHS branches on
                    # one indicator per location rather than on the interchangeable sites there
                    iv = var(0, 1, True)
                    for z in zs:
                        row([(z, 1.0), (iv, -1.0)], -np.inf, 0)
                    ks = [kv[(s, g)] for s in at[loc] if (s, g) in kv]
                    big = min(float(sum(hi[s] for s in at[loc] if (s, g) in kv)), float(demand_vec[g]))
                    row([(c, v) for c, v in ks] + [(iv, -big)], -np.inf, 0)
                    indicator[(loc, g)] = iv
                return [(indicator[(loc, g)], 1.0)]

            for r in inst.sep_rules:
                if r.ga is None or r.gb is None:
                    continue
                a, b = r.ga, r.gb
                if a != b:
                    for s in sites:
                        za, zb = zvar(int(s), a), zvar(int(s), b)
                        if za is not None and zb is not None:
                            row([(za, 1.0), (zb, 1.0)], -np.inf, 1)
                if r.dist > EPS and sp <= EPS:  # co-located sites (distance 0) without the spacing rule
                    for loc, members in at.items():
                        tick()
                        if len(members) < 2:
                            continue
                        if a == b:  # two sites of one location may not both hold a
                            zs = [z for z in (zvar(s, a) for s in members) if z is not None]
                            if len(zs) > 1:
                                row([(z, 1.0) for z in zs], -np.inf, 1)
                        else:
                            ea, eb = holds(loc, a), holds(loc, b)
                            if ea and eb:
                                row(ea + eb, -np.inf, 1)
                if len(r.pairs) == 0:
                    continue
                p = r.pairs
                d = np.hypot(*(inst.loc_xy[p[:, 0]] - inst.loc_xy[p[:, 1]]).T)
                p = p[d >= sp - 1e-6] if sp > 0 else p
                combos = ((a, b), (b, a)) if a != b else ((a, a),)
                for s, t in p.tolist():
                    tick()
                    if s not in at or t not in at:
                        continue
                    for ga, gb in combos:
                        e1, e2 = holds(s, ga), holds(t, gb)
                        if e1 and e2:
                            row(e1 + e2, -np.inf, 1)
        check_deadline(self.deadline)
        # no-good cuts
        for S in self.cuts:
            S = set(int(s) for s in S)
            ent = [(yv[s], -1.0 if s in S else 1.0) for s in yv]
            row(ent, 1 - len(S & set(yv)), np.inf)
        # objectives b, c
        spread_terms: List[Tuple[int, float]] = []
        if self.zero_spread:
            pass  # hot sites closed and close pairs excluded above: the spread is zero
        elif self.objective in ("spread", "spread_cost") or self.spread_bound is not None:
            W = float(inst.params.close_pair_weight)
            for s, ent in site_k.items():
                if inst.hot_site[s]:
                    spread_terms.extend(ent)
            if W > 0:
                # open close pairs (s, t), t > s, counted at s: Q_s >= sum_t y_t - |N_s| (1 - y_s)
                # (one row per site instead of one variable and row per pair)
                # (per location: with the spacing rule at most one site of a location opens)
                nb: Dict[int, List[int]] = {}
                for s, t in inst.spread_pairs.tolist():
                    if s in at and t in at:
                        nb.setdefault(s, []).append(t)
                qcols = []
                for s in sorted(nb):
                    tick()
                    qv = var(0, np.inf, False)
                    m = float(len(nb[s]))
                    row([(qv, 1.0)] + [(yv[u], -m) for u in at[s]] + [(yv[v], -1.0) for t in nb[s] for v in at[t]],
                        -m, np.inf)
                    spread_terms.append((qv, W))
                    qcols.append(qv)
                if qcols and "spacing" in fam and self.spread_bound is not None:
                    for cells in grid_cliques(inst.xy, np.array(sorted(yv), dtype=np.int64),
                                              float(inst.params.min_spacing_m)):
                        ecols = []
                        for members in cells:
                            ev = var(0, np.inf, True)
                            row([(yv[int(s)], 1.0) for s in members] + [(ev, -1.0)], -np.inf, 1)
                            ecols.append(ev)
                        if ecols:
                            row([(q, 1.0) for q in qcols] + [(e, -1.0) for e in ecols], 0, np.inf)
        if self.objective in ("spread", "spread_cost"):
            weight = self.spread_weight if self.objective == "spread_cost" else 1.0
            for c, v in spread_terms:
                cost[c] += v * weight
        if self.spread_bound is not None and spread_terms:
            row(spread_terms, -np.inf, self.spread_bound + 1e-6 * max(1.0, abs(self.spread_bound)))
        if self.cost_bound is not None:
            ent = [(c, float(inst.cost[s]) * v) for s, e in site_k.items() for c, v in e if inst.cost[s] != 0]
            if ent:
                row(ent, -np.inf, self.cost_bound + 1e-6 * max(1.0, abs(self.cost_bound)))
        if self.objective in ("cost", "spread_cost"):
            for s, ent in site_k.items():
                for c, v in ent:
                    cost[c] += float(inst.cost[s]) * v
        if self.objective == "maxplace":
            for _s, ent in site_k.items():
                for c, v in ent:
                    cost[c] -= v
        nv = len(lb)
        A = coo_matrix((vals, (rows, cols)), shape=(len(rlo), nv)).tocsr()
        self.c = np.array(cost, dtype=float)
        self.bounds = Bounds(np.array(lb, float), np.array(ub, float))
        self.integrality = np.array(integ, dtype=np.int64)
        self.A, self.rlo, self.rhi = A, np.array(rlo, float), np.array(rhi, float)
        self.constraints = LinearConstraint(A, self.rlo, self.rhi) if len(rlo) else None
        self.nvars, self.nrows = nv, len(rlo)
        return self

    def caps_for_load(self, load: float) -> np.ndarray:
        """District caps (new places) that keep every receiving district's load <= ``load``."""
        inst = self.inst
        bound = np.floor(load * inst.pop / 1000.0 + 1e-6 * max(1.0, load)) - inst.existing
        bound = np.where(inst.pop > 0, np.maximum(bound, 0), 0)
        return np.minimum(inst.cap, bound) if "district_cap" in self.families else bound

    def lp_bound(self, time_limit: float) -> Optional[float]:
        """Optimum of the LP relaxation (a lower bound on this stage's objective), None if unknown."""
        if not hasattr(self, "c"):
            self.build()
        if not self.kv:
            return None
        kwargs = {"constraints": self.constraints} if self.constraints is not None else {}
        res = milp(self.c, integrality=np.zeros_like(self.integrality), bounds=self.bounds,
                   options={"disp": False, "time_limit": max(0.05, float(time_limit))}, **kwargs)
        return float(res.fun) if res.status == 0 and res.fun is not None else None

    def solve(self, time_limit: float, mip_rel_gap: float = 0.0, caps: Optional[np.ndarray] = None,
              relax: bool = False) -> Solution:
        """Solve with HiGHS; returns places per (site, group). ``caps`` overrides the district caps.

        ``relax``: the LP relaxation only (status 2 then proves the MILP infeasible; places are not rounded
        to a solution and are None).
        """
        import time

        if not hasattr(self, "c"):
            self.build()
        if self.district_rows and (caps is not None or getattr(self, "_capped", False)):
            rhi = self.rhi
            if caps is not None:
                rhi = rhi.copy()
                rows = np.fromiter(self.district_rows.values(), dtype=np.int64)
                ds = np.fromiter(self.district_rows.keys(), dtype=np.int64)
                step = np.array([self.district_step[d] for d in self.district_rows], dtype=float)
                rhi[rows] = np.minimum(rhi[rows], np.floor(np.asarray(caps, float)[ds] / step + 1e-9) * step)
            self._capped = caps is not None
            self.constraints = LinearConstraint(self.A, self.rlo, rhi)
        inst = self.inst
        t0 = time.perf_counter()
        if not self.kv:  # nothing can be opened
            places = np.zeros((inst.n, self.G), dtype=np.int64)
            feasible = self.demand != "eq" or inst.total_demand == 0
            return Solution(0 if feasible else 2, places if feasible else None, 0.0 if feasible else None,
                            0.0 if feasible else None, 0.0, "empty")
        options = {"disp": False, "time_limit": max(0.05, float(time_limit)), "mip_rel_gap": float(mip_rel_gap),
                   "presolve": self.longest_clique <= PRESOLVE_MAX_CLIQUE}
        kwargs = {"constraints": self.constraints} if self.constraints is not None else {}
        integrality = np.zeros_like(self.integrality) if relax else self.integrality
        res = milp(self.c, integrality=integrality, bounds=self.bounds, options=options, **kwargs)
        secs = time.perf_counter() - t0
        if relax:
            return Solution(int(res.status), None, None if res.fun is None else float(res.fun), None, secs,
                            str(res.message))
        if res.x is None:
            return Solution(int(res.status), None, None, None, secs, str(res.message))
        x = res.x
        places = np.zeros((inst.n, self.G), dtype=np.int64)
        for (s, g), (c, v) in self.kv.items():
            places[s, g] = int(round(x[c] * v))
        gap = getattr(res, "mip_gap", None)
        status = int(res.status)
        if status == 0:
            gap = 0.0 if gap is None or not math.isfinite(gap) else max(0.0, float(gap))
        return Solution(status, places, float(res.fun), None if gap is None else float(gap), secs, str(res.message))
