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
kita        (Kita rule, Instance.kita) c_sj >= 0 children of site s at Kita j within reach (walking
            distance on the network when one is given): sum_j c_sj = rate * sum_g p_sg for every s,
            sum_s c_sj <= F_j (free places of Kita j, see instance.kita_arrays); for ``kitagap`` the
            free places may be exceeded by e_j >= 0, the objective sum_j e_j (diagnosis)
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
   e_cell >= 0, and sum_s Q_s >= sum_cells e_cell, for each grid of SolverOptions.clique_shifts (see
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
from enum import Enum, IntEnum
from typing import Dict, Iterable, List, Optional, Sequence, Set, Tuple

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import csr_matrix

from ..milp_matrix import Entries, MatrixBuilder
from .instance import EPS, FAMILIES, Instance
from .params import FEASIBLE, INFEASIBLE, OPTIMAL, TIMEOUT, Array, SolveStatus, Ticker, check_deadline

LOAD_TOL = 1e-7



class Objective(str, Enum):
    """What one model minimises (the stages are described in the module docstring).

    ``load``: stage a as one MILP, the highest load L (with the indicators w_d); the diagnosis uses
    it for the lowest MAX_PER_1000 and the benchmark for CBC, while :func:`suggest` finds stage a by
    feasibility probes. ``feas``: nothing (a zero objective), a feasibility probe: HiGHS stops at the
    first placement (stage a's probes, the zero-spread check, the group assignment). ``spread``:
    stage b. ``cost``: stage c. ``spread_cost``: b+c in one model, the spread weighted by
    ``spread_weight``. ``maxplace``: the most places that fit (diagnosis, with ``demand="le"``).
    ``hotcap``: the lowest HOTSPOT_MAX_PLACES that fits, min-max over the hotspots (diagnosis).
    ``kitagap``: the fewest Kita places to add (per Kita, beyond its free places) so that the children fit (diagnosis).
    """

    LOAD = "load"
    FEASIBILITY = "feas"
    SPREAD = "spread"
    COST = "cost"
    SPREAD_COST = "spread_cost"
    MAXPLACE = "maxplace"
    HOTCAP = "hotcap"
    KITAGAP = "kitagap"

    __str__ = str.__str__
    __format__ = str.__format__  # type: ignore[assignment]  # print and format as the plain value


class HighsStatus(IntEnum):
    """Status codes of ``scipy.optimize.milp`` (HiGHS); they stay inside this module and solve.py."""

    OPTIMAL = 0
    LIMIT = 1  # time (or iteration) limit, with or without a placement
    INFEASIBLE = 2
    UNBOUNDED = 3
    OTHER = 4

    @classmethod
    def of(cls, code: int) -> HighsStatus:
        """The member for a code scipy returned (OTHER for one it may add later)."""
        try:
            return cls(int(code))
        except ValueError:
            return cls.OTHER


def public_status(code: HighsStatus, found: bool) -> SolveStatus:
    """A solver status as the result reports it: proven optimal or infeasible; else by whether a placement was found."""
    if code == HighsStatus.OPTIMAL:
        return OPTIMAL
    if code == HighsStatus.INFEASIBLE:
        return INFEASIBLE
    return FEASIBLE if found else TIMEOUT


def clique_cover(nodes: Array, pairs: Array, deadline: Optional[float] = None) -> List[List[int]]:
    """Greedy cover of the edges ``pairs`` (among ``nodes``) by cliques; deterministic.

    Raises BuildTimeout once ``deadline`` (``time.perf_counter()``) has passed.
    """
    if len(pairs) == 0:
        return []
    tick = Ticker(deadline, every=128)
    keep = np.isin(pairs[:, 0], nodes) & np.isin(pairs[:, 1], nodes)
    pairs = pairs[keep]
    adj: Dict[int, Set[int]] = {}
    for i, j in pairs.tolist():
        adj.setdefault(i, set()).add(j)
        adj.setdefault(j, set()).add(i)
    covered: Set[Tuple[int, int]] = set()
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


def grid_cliques(xy: Array, sites: Array, spacing: float,
                 shifts: Sequence[Tuple[float, float]] = ((0.0, 0.0),)) -> List[List[Array]]:
    """Per grid shift (``SolverOptions.clique_shifts``), the cells (>= 2 of ``sites``) of a square grid whose
    diagonal is below 2 ``spacing``.

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
    for dx, dy in shifts:
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
    """Outcome of one HiGHS call: places per (site, group), None without a solution."""

    status: HighsStatus
    places: Optional[Array]  # (n, G) places, None without a solution
    fun: Optional[float]
    gap: Optional[float]
    seconds: float
    message: str = ""
    x: Optional[Array] = None  # the solver's point (columns), where there is one

    def __post_init__(self) -> None:
        self.status = HighsStatus.of(self.status)

    @property
    def optimal(self) -> bool:
        """Proven optimal (for a relaxation: proven feasible)."""
        return self.status == HighsStatus.OPTIMAL

    @property
    def infeasible(self) -> bool:
        """Proven infeasible."""
        return self.status == HighsStatus.INFEASIBLE

    @property
    def at_limit(self) -> bool:
        """Stopped at the time limit (with or without a placement)."""
        return self.status == HighsStatus.LIMIT

    def public_status(self) -> SolveStatus:
        """This call's outcome as the result reports it."""
        return public_status(self.status, self.places is not None)




@dataclass
class _Build:
    """Working state of :meth:`Formulation.build`: the matrix so far and the columns of each site."""

    m: MatrixBuilder
    fam: Set[str]
    tick: Ticker
    sites: Array
    allow: Array  # (n, G) which group may use which site in this model
    hi: Array  # largest size per site (float)
    cap: Array  # new places allowed per district (float)
    demand: Array  # places per group (one pooled group when aggregated)
    yv: Dict[int, int] = field(default_factory=dict)  # y_s
    kv: Dict[Tuple[int, int], Tuple[int, float]] = field(default_factory=dict)  # places of g at s = factor * x[column]
    zv: Dict[Tuple[int, int], int] = field(default_factory=dict)  # z_sg where it is a column of its own
    site_k: Dict[int, Entries] = field(default_factory=dict)  # entries whose sum is the places at s
    pending: List[Tuple[Entries, float, float]] = field(default_factory=list)  # size rows tying z, k and y
    at: Dict[int, List[int]] = field(default_factory=dict)  # sites of the model at each location
    spread_terms: Entries = field(default_factory=list)

    def zvar(self, s: int, g: int) -> Optional[int]:
        """The column that is 1 if site ``s`` holds group ``g`` (y_s where z_sg is not separate), None if it cannot."""
        if (s, g) in self.zv:
            return self.zv[(s, g)]
        return self.yv[s] if (s, g) in self.kv else None

    def places_at(self, members: Iterable[int]) -> Entries:
        """Entries whose sum is the places at the model's sites among ``members``."""
        return [x for s in members if int(s) in self.site_k for x in self.site_k[int(s)]]


@dataclass
class Formulation:
    """Build and solve one stage of the placement MILP (see the module docstring)."""

    inst: Instance
    families: Sequence[str] = FAMILIES
    objective: Objective = Objective.LOAD
    spread_weight: float = 1.0  # spread_cost: weight of the spread against the cost (see lexicographic_weight)
    load_bound: Optional[float] = None
    spread_bound: Optional[float] = None
    cuts: Sequence[Sequence[int]] = ()
    demand: str = "eq"  # eq | le
    only_group: Optional[int] = None  # maxplace for one group, others 0
    aggregate: bool = False  # one pooled group: a relaxation when there are several groups
    only_sites: Optional[Array] = None  # bool mask: all other sites stay closed
    cost_bound: Optional[float] = None
    zero_spread: bool = False  # spread fixed at 0: hot sites closed, close pairs are conflicts
    deadline: Optional[float] = None  # time.perf_counter() value: build() raises BuildTimeout after it
    # set by build()
    built: bool = field(default=False, init=False, repr=False)
    G: int = field(default=0, init=False, repr=False)
    sites: Array = field(default_factory=lambda: np.zeros(0, np.int64), init=False, repr=False)
    kv: Dict[Tuple[int, int], Tuple[int, float]] = field(default_factory=dict, init=False, repr=False)
    longest_clique: int = field(default=0, init=False, repr=False)
    kita_extra: Dict[int, int] = field(default_factory=dict, init=False, repr=False)  # Kita -> column e_j (kitagap)
    district_rows: Dict[int, int] = field(default_factory=dict, init=False, repr=False)
    district_step: Dict[int, float] = field(default_factory=dict, init=False, repr=False)
    c: Array = field(default_factory=lambda: np.zeros(0), init=False, repr=False)
    bounds: Optional[Bounds] = field(default=None, init=False, repr=False)
    integrality: Array = field(default_factory=lambda: np.zeros(0, np.int64), init=False, repr=False)
    A: csr_matrix = field(default=None, init=False, repr=False)
    rlo: Array = field(default_factory=lambda: np.zeros(0), init=False, repr=False)
    rhi: Array = field(default_factory=lambda: np.zeros(0), init=False, repr=False)
    constraints: Optional[LinearConstraint] = field(default=None, init=False, repr=False)
    nvars: int = field(default=0, init=False, repr=False)
    nrows: int = field(default=0, init=False, repr=False)
    _capped: bool = field(default=False, init=False, repr=False)

    def __post_init__(self) -> None:
        self.objective = Objective(self.objective)  # a plain string works too

    def build(self) -> Formulation:
        """Build the model: the sites it holds, then one method per constraint family, then the objective.

        The order of columns and rows is part of the model (HiGHS's path, and so which of
        several optima it returns, depends on it): do not reorder the calls.
        """
        check_deadline(self.deadline)
        self.longest_clique = 0
        b = self._scope()
        self._site_columns(b)
        self._size_rows(b)
        self._demand_rows(b)
        self._district_rows(b)
        self._locations(b)
        self._spacing_rows(b)
        self._hotspot_rows(b)
        self._separate_rows(b)
        self._kita_rows(b)
        check_deadline(self.deadline)
        self._nogood_rows(b)
        self._spread_rows(b)
        self._objective_and_bounds(b)
        self._assemble(b.m)
        return self

    def _scope(self) -> _Build:
        """Which sites and groups the model holds (rule families, presolve, stage bounds), and the district caps."""
        inst, fam = self.inst, set(self.families)
        n, G = inst.n, len(inst.groups)
        allow = inst.allow_groups if "groups" in fam else np.ones((n, G), bool)
        if self.objective == Objective.KITAGAP and inst.kita is not None:
            # Kita places may be added: only the sites without any Kita in reach stay closed
            allow = allow & ~(inst.excluded(fam - {"kita"}) | inst.kita.ex_none)[:, None]
        else:
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
        self.sites = np.flatnonzero(allow.any(axis=1))
        return _Build(MatrixBuilder(), fam, Ticker(self.deadline), self.sites, allow, hi, cap, demand_vec)

    def _site_columns(self, b: _Build) -> None:
        """Columns y_s and, per group, k_sg (or K_s, p_sg and z_sg for one group per site); the size rows tying them."""
        inst, m, hi = self.inst, b.m, b.hi
        yv = b.yv = {int(s): m.var(0, 1, True) for s in b.sites}
        kv, zv, site_k, pending = b.kv, b.zv, b.site_k, b.pending
        mix = bool(inst.params.mix_groups)
        sep_groups: Set[int] = set()
        if "groups" in b.fam and not self.aggregate:
            for r in inst.sep_rules:
                sep_groups.update(g for g in (r.ga, r.gb) if g is not None)
        for s in b.sites:
            b.tick()
            s = int(s)
            u = float(inst.mod[s])
            kmax = int(inst.hi[s] // inst.mod[s])
            gs = [int(g) for g in np.flatnonzero(b.allow[s])]
            if mix or len(gs) == 1:
                for g in gs:
                    kv[(s, g)] = (m.var(0, kmax, True), u)
                site_k[s] = [kv[(s, g)] for g in gs]
                if len(gs) >= 2:
                    for g in gs:
                        if g in sep_groups:
                            zv[(s, g)] = m.var(0, 1, True)
                            pending.append(([(kv[(s, g)][0], u), (zv[(s, g)], -hi[s])], -np.inf, 0.0))
                            pending.append(([(zv[(s, g)], 1.0), (yv[s], -1.0)], -np.inf, 0.0))
            else:  # one group per site: x_sg binary, K_s modules, p_sg continuous
                kcol = m.var(0, kmax, True)
                site_k[s] = [(kcol, u)]
                for g in gs:
                    zv[(s, g)] = m.var(0, 1, True)
                    kv[(s, g)] = (m.var(0, hi[s], False), 1.0)
                    pending.append(([(kv[(s, g)][0], 1.0), (zv[(s, g)], -hi[s])], -np.inf, 0.0))
                pending.append(([(kv[(s, g)][0], 1.0) for g in gs] + [(kcol, -u)], 0.0, 0.0))
                pending.append(([(zv[(s, g)], 1.0) for g in gs] + [(yv[s], -1.0)], 0.0, 0.0))
        self.kv = kv

    def _size_rows(self, b: _Build) -> None:
        """size: lo_s y_s <= sum_g p_sg <= hi_s y_s, then the rows tying z, k and y."""
        m, lo = b.m, self.inst.lo
        for s in b.sites:
            s = int(s)
            m.row(b.site_k[s] + [(b.yv[s], -b.hi[s])], -np.inf, 0)
            m.row(b.site_k[s] + [(b.yv[s], -float(lo[s]))], 0, np.inf)
        for entries, lo_, hi_ in b.pending:
            m.row(entries, lo_, hi_)

    def _demand_rows(self, b: _Build) -> None:
        """demand: sum_s p_sg = N_g (<= N_g with ``demand="le"``)."""
        for g in range(self.G):
            if self.only_group is not None and g != self.only_group:
                continue
            ent = [cf for (s, gg), cf in b.kv.items() if gg == g]
            if self.demand == "eq":
                b.m.row(ent, b.demand[g], b.demand[g])
            else:
                b.m.row(ent, -np.inf, b.demand[g])

    def _district_rows(self, b: _Build) -> None:
        """district: the places per district within its cap (rounded to its modules); stage a's load rows."""
        inst, m, fam = self.inst, b.m, b.fam
        need_w = self.objective == Objective.LOAD
        Lv = m.var(0, np.inf, False, 1.0) if need_w else None
        dsites: Dict[int, List[int]] = {}
        for s in b.sites:
            dsites.setdefault(int(inst.district[s]), []).append(int(s))
        self.district_rows = {}
        self.district_step = {}
        for d in sorted(dsites):
            ent = [e for s in dsites[d] for e in b.site_k[s]]
            limit = b.cap[d] if ("district_cap" in fam or self.load_bound is not None) else float(sum(b.hi[s] for s in dsites[d]))
            # the places in a district are a multiple of its sites' modules' gcd (HiGHS's presolve
            # finds this too; done here so that our own LP relaxations see it)
            step = float(np.gcd.reduce(inst.mod[dsites[d]]))
            self.district_step[d] = step
            limit = math.floor(limit / step + 1e-9) * step if np.isfinite(limit) and step > 0 else limit
            if Lv is not None:
                wv = m.var(0, 1, True)
                m.row(ent + [(wv, -limit)], -np.inf, 0)
                m.row(ent + [(wv, float(inst.existing[d])), (Lv, -inst.pop[d] / 1000.0)], -np.inf, 0)
            else:
                self.district_rows[d] = len(m.rlo)
                m.row(ent, -np.inf, limit)

    def _locations(self, b: _Build) -> None:
        """The model's sites at each location (several where candidates share a point)."""
        loc = self.inst.loc
        assert loc is not None  # set by Instance.__post_init__
        for s in b.sites:
            b.at.setdefault(int(loc[s]), []).append(int(s))

    def _spacing_rows(self, b: _Build) -> None:
        """spacing: at most one opened site per clique of the graph "closer than MIN_SPACING_M" (of locations)."""
        inst, at = self.inst, b.at
        if "spacing" not in b.fam or float(inst.params.min_spacing_m) <= EPS:  # as close_pairs: d < spacing - EPS
            return
        conflicts = inst.spacing_pairs
        if self.zero_spread and len(inst.spread_pairs) and inst.params.close_pair_weight > 0:
            conflicts = np.vstack([conflicts, inst.spread_pairs])
            conflicts = conflicts[np.lexsort((conflicts[:, 1], conflicts[:, 0]))]
        in_clique: Set[int] = set()
        for clique in clique_cover(np.fromiter(at, dtype=np.int64, count=len(at)), conflicts, self.deadline):
            in_clique.update(clique)
            entries = [(b.yv[s], 1.0) for loc in clique for s in at[loc]]
            self.longest_clique = max(self.longest_clique, len(entries))
            b.m.row(entries, -np.inf, 1)
        for loc, members in at.items():
            if len(members) > 1 and loc not in in_clique:
                self.longest_clique = max(self.longest_clique, len(members))
                b.m.row([(b.yv[s], 1.0) for s in members], -np.inf, 1)

    def _hotspot_rows(self, b: _Build) -> None:
        """hotspot: new places within each hotspot's radius <= C_h; for ``hotcap`` the highest such load H instead."""
        inst, m = self.inst, b.m
        if self.objective == Objective.HOTCAP:
            Hv = m.var(0, np.inf, False, 1.0)
            for members, e in zip(inst.hot_members, inst.hot_existing):
                ent = b.places_at(members)
                if not ent:
                    continue
                vv = m.var(0, 1, True)
                big = float(sum(b.hi[int(s)] for s in members if int(s) in b.site_k))
                m.row(ent + [(vv, -big)], -np.inf, 0)
                m.row(ent + [(vv, float(e)), (Hv, -1.0)], -np.inf, 0)
        elif "hotspot" in b.fam and len(inst.hot_cap):
            for members, hc in zip(inst.hot_members, inst.hot_cap):
                ent = b.places_at(members)
                if ent:
                    m.row(ent, -np.inf, float(hc))

    def _holds(self, b: _Build, loc: int, g: int, sp: float, indicator: Dict[Tuple[int, int], int]) -> Entries:
        """Entries whose sum is 1 if a site at ``loc`` holds group g (0 otherwise), at most 1."""
        zs = [z for z in (b.zvar(s, g) for s in b.at.get(loc, ())) if z is not None]
        if len(zs) <= 1 or sp > EPS:  # with spacing at most one site of a location opens
            return [(z, 1.0) for z in zs]
        if (loc, g) not in indicator:
            # binary, and bounding the places of g at loc as well: a tight LP, so that HiGHS branches on
            # one indicator per location rather than on the interchangeable sites there
            iv = b.m.var(0, 1, True)
            for z in zs:
                b.m.row([(z, 1.0), (iv, -1.0)], -np.inf, 0)
            ks = [b.kv[(s, g)] for s in b.at[loc] if (s, g) in b.kv]
            big = min(float(sum(b.hi[s] for s in b.at[loc] if (s, g) in b.kv)), float(b.demand[g]))
            b.m.row([(c, v) for c, v in ks] + [(iv, -big)], -np.inf, 0)
            indicator[(loc, g)] = iv
        return [(indicator[(loc, g)], 1.0)]

    def _separate_rows(self, b: _Build) -> None:
        """separate: no site holds both groups of a rule, and no two sites closer than its distance hold one each."""
        inst, m, at, loc_xy = self.inst, b.m, b.at, self.inst.loc_xy
        if "groups" not in b.fam or self.aggregate:
            return
        assert loc_xy is not None  # set by Instance.__post_init__
        sp = float(inst.params.min_spacing_m) if "spacing" in b.fam else 0.0
        indicator: Dict[Tuple[int, int], int] = {}
        for r in inst.sep_rules:
            if r.ga is None or r.gb is None:
                continue
            a, g_b = r.ga, r.gb
            if a != g_b:
                for s in b.sites:
                    za, zb = b.zvar(int(s), a), b.zvar(int(s), g_b)
                    if za is not None and zb is not None:
                        m.row([(za, 1.0), (zb, 1.0)], -np.inf, 1)
            if r.dist > EPS and sp <= EPS:  # co-located sites (distance 0) without the spacing rule
                for loc, members in at.items():
                    b.tick()
                    if len(members) < 2:
                        continue
                    if a == g_b:  # two sites of one location may not both hold a
                        zs = [z for z in (b.zvar(s, a) for s in members) if z is not None]
                        if len(zs) > 1:
                            m.row([(z, 1.0) for z in zs], -np.inf, 1)
                    else:
                        ea, eb = self._holds(b, loc, a, sp, indicator), self._holds(b, loc, g_b, sp, indicator)
                        if ea and eb:
                            m.row(ea + eb, -np.inf, 1)
            if len(r.pairs) == 0:
                continue
            p = r.pairs
            d = np.hypot(*(loc_xy[p[:, 0]] - loc_xy[p[:, 1]]).T)
            p = p[d >= sp - 1e-6] if sp > 0 else p
            combos = ((a, g_b), (g_b, a)) if a != g_b else ((a, a),)
            for s, t in p.tolist():
                b.tick()
                if s not in at or t not in at:
                    continue
                for ga, gb in combos:
                    e1, e2 = self._holds(b, s, ga, sp, indicator), self._holds(b, t, gb, sp, indicator)
                    if e1 and e2:
                        m.row(e1 + e2, -np.inf, 1)

    def _kita_rows(self, b: _Build) -> None:
        """kita: the children of each opened site go to Kitas within reach, within their free places."""
        kd, m = self.inst.kita, b.m
        self.kita_extra = {}
        if "kita" not in b.fam or kd is None or kd.rate <= 0:
            return
        per_kita: Dict[int, Entries] = {}
        order = np.argsort(kd.site, kind="stable")
        sites, kitas = kd.site[order], kd.kita[order]
        starts = np.searchsorted(sites, b.sites)
        ends = np.searchsorted(sites, b.sites, side="right")
        for s, a, e in zip(b.sites.tolist(), starts.tolist(), ends.tolist()):
            b.tick()
            cols = []
            for j in kitas[a:e].tolist():
                c = m.var(0, np.inf, False)
                cols.append((c, 1.0))
                per_kita.setdefault(j, []).append((c, 1.0))
            m.row(cols + [(col, -kd.rate * v) for col, v in b.site_k[s]], 0.0, 0.0)
        for j in sorted(per_kita):
            ent = per_kita[j]
            if self.objective == Objective.KITAGAP:
                ev = m.var(0, np.inf, False, 1.0)
                self.kita_extra[j] = ev
                ent = ent + [(ev, -1.0)]
            m.row(ent, -np.inf, float(kd.free[j]))

    def _nogood_rows(self, b: _Build) -> None:
        """no-good: every earlier set of opened sites (alternatives) is excluded."""
        for cut in self.cuts:
            S = set(int(s) for s in cut)
            ent = [(b.yv[s], -1.0 if s in S else 1.0) for s in b.yv]
            b.m.row(ent, 1 - len(S & set(b.yv)), np.inf)

    def _spread_rows(self, b: _Build) -> None:
        """Stage b's terms: places near hotspots and W Q_s (open close pairs per site), with the cell cuts."""
        inst, m, at, yv = self.inst, b.m, b.at, b.yv
        if self.zero_spread:
            return  # hot sites closed and close pairs excluded above: the spread is zero
        if self.objective not in (Objective.SPREAD, Objective.SPREAD_COST) and self.spread_bound is None:
            return
        W = float(inst.params.close_pair_weight)
        for s, ent in b.site_k.items():
            if inst.hot_site[s]:
                b.spread_terms.extend(ent)
        if W <= 0:
            return
        # open close pairs (s, t), t > s, counted at s: Q_s >= sum_t y_t - |N_s| (1 - y_s)
        # (one row per site instead of one variable and row per pair)
        # (per location: with the spacing rule at most one site of a location opens)
        nb: Dict[int, List[int]] = {}
        for s, t in inst.spread_pairs.tolist():
            if s in at and t in at:
                nb.setdefault(s, []).append(t)
        qcols = []
        for s in sorted(nb):
            b.tick()
            qv = m.var(0, np.inf, False)
            n_s = float(len(nb[s]))
            m.row([(qv, 1.0)] + [(yv[u], -n_s) for u in at[s]] + [(yv[v], -1.0) for t in nb[s] for v in at[t]],
                  -n_s, np.inf)
            b.spread_terms.append((qv, W))
            qcols.append(qv)
        if qcols and "spacing" in b.fam and self.spread_bound is not None:
            for cells in grid_cliques(inst.xy, np.array(sorted(yv), dtype=np.int64), float(inst.params.min_spacing_m),
                                      inst.params.solver.clique_shifts):
                ecols = []
                for members in cells:
                    ev = m.var(0, np.inf, True)
                    m.row([(yv[int(s)], 1.0) for s in members] + [(ev, -1.0)], -np.inf, 1)
                    ecols.append(ev)
                if ecols:
                    m.row([(q, 1.0) for q in qcols] + [(e, -1.0) for e in ecols], 0, np.inf)

    def _objective_and_bounds(self, b: _Build) -> None:
        """Objectives b, c (and most places); the bounds on the spread and the cost of earlier stages."""
        inst, m = self.inst, b.m
        cost = m.cost
        if self.objective in (Objective.SPREAD, Objective.SPREAD_COST):
            weight = self.spread_weight if self.objective == Objective.SPREAD_COST else 1.0
            for c, v in b.spread_terms:
                cost[c] += v * weight
        if self.spread_bound is not None and b.spread_terms:
            m.row(b.spread_terms, -np.inf, self.spread_bound + 1e-6 * max(1.0, abs(self.spread_bound)))
        if self.cost_bound is not None:
            ent = [(c, float(inst.cost[s]) * v) for s, e in b.site_k.items() for c, v in e if inst.cost[s] != 0]
            if ent:
                m.row(ent, -np.inf, self.cost_bound + 1e-6 * max(1.0, abs(self.cost_bound)))
        if self.objective in (Objective.COST, Objective.SPREAD_COST):
            for s, ent in b.site_k.items():
                for c, v in ent:
                    cost[c] += float(inst.cost[s]) * v
        if self.objective == Objective.MAXPLACE:
            for _s, ent in b.site_k.items():
                for c, v in ent:
                    cost[c] -= v

    def _assemble(self, m: MatrixBuilder) -> None:
        """The arrays scipy's milp takes."""
        a = m.arrays()
        self.c, self.bounds, self.integrality = a.c, a.bounds, a.integrality
        self.A, self.rlo, self.rhi = a.A, a.rlo, a.rhi
        self.constraints = LinearConstraint(a.A, a.rlo, a.rhi) if a.nrows else None
        self.nvars, self.nrows = a.nvars, a.nrows
        self.built = True

    def caps_for_load(self, load: float) -> Array:
        """District caps (new places) that keep every receiving district's load <= ``load``."""
        inst = self.inst
        bound = np.floor(load * inst.pop / 1000.0 + 1e-6 * max(1.0, load)) - inst.existing
        bound = np.where(inst.pop > 0, np.maximum(bound, 0), 0)
        return np.minimum(inst.cap, bound) if "district_cap" in self.families else bound

    def lp_bound(self, time_limit: float) -> Optional[float]:
        """Optimum of the LP relaxation (a lower bound on this stage's objective), None if unknown."""
        if not self.built:
            self.build()
        if not self.kv:
            return None
        kwargs = {"constraints": self.constraints} if self.constraints is not None else {}
        res = milp(self.c, integrality=np.zeros_like(self.integrality), bounds=self.bounds,
                   options={"disp": False, "time_limit": max(0.05, float(time_limit))}, **kwargs)
        return float(res.fun) if res.status == 0 and res.fun is not None else None

    def violation(self, x: Array) -> float:
        """How far ``x`` lies outside this model (bounds, integrality, rows; relative to the values), 0 within
        a tolerance above HiGHS's own: HiGHS's presolve occasionally returns a point outside the model as
        optimal (see :meth:`solve`), and a caller must not take it for a placement."""
        worst = 0.0
        if self.bounds is not None:
            out = np.maximum(np.asarray(self.bounds.lb, float) - x, x - np.asarray(self.bounds.ub, float))
            worst = max(worst, float(np.max(out / (1.0 + np.abs(x)), initial=0.0)))
        ints = np.asarray(self.integrality) == 1
        if ints.any():
            worst = max(worst, float(np.max(np.abs(x[ints] - np.round(x[ints])), initial=0.0)))
        if self.constraints is not None:
            act = self.A @ x
            out = np.maximum(np.asarray(self.constraints.lb, float) - act, act - np.asarray(self.constraints.ub, float))
            worst = max(worst, float(np.max(out / (1.0 + np.abs(act)), initial=0.0)))
        return worst if worst > 1e-5 else 0.0

    def solve(self, time_limit: float, mip_rel_gap: float = 0.0, caps: Optional[Array] = None,
              relax: bool = False) -> Solution:
        """Solve with HiGHS; returns places per (site, group). ``caps`` overrides the district caps.

        ``relax``: the LP relaxation only (INFEASIBLE then proves the MILP infeasible; places are not rounded
        to a solution and are None).
        """
        import time

        if not self.built:
            self.build()
        if self.district_rows and (caps is not None or self._capped):
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
            return Solution(HighsStatus.OPTIMAL if feasible else HighsStatus.INFEASIBLE, places if feasible else None,
                            0.0 if feasible else None, 0.0 if feasible else None, 0.0, "empty")
        options = {"disp": False, "time_limit": max(0.05, float(time_limit)), "mip_rel_gap": float(mip_rel_gap),
                   "presolve": self.longest_clique <= inst.params.solver.presolve_max_clique}
        kwargs = {"constraints": self.constraints} if self.constraints is not None else {}
        integrality = np.zeros_like(self.integrality) if relax else self.integrality
        res = milp(self.c, integrality=integrality, bounds=self.bounds, options=options, **kwargs)
        if not relax and res.x is not None and self.violation(res.x) > 0:
            # HiGHS's MIP presolve can return a point that breaks a row of the model it was given, as
            # "optimal" (ERGO-Code/HiGHS#942, #1710: "untransformed violations"; seen here as a
            # district cap 10 places over stage a's load, so stage c reported a higher load and
            # cost than the true optimum): solve once more without presolve in the time left
            left = float(time_limit) - (time.perf_counter() - t0)
            res = None
            if options["presolve"] and left > 0:
                res = milp(self.c, integrality=integrality, bounds=self.bounds,
                           options={**options, "presolve": False, "time_limit": max(0.05, left)}, **kwargs)
            if res is None or res.x is None or self.violation(res.x) > 0:
                # never pass on a placement the model excludes: no solution, nothing proven
                limit = res is not None and HighsStatus.of(res.status) == HighsStatus.LIMIT
                return Solution(HighsStatus.LIMIT if limit else HighsStatus.OTHER, None, None, None,
                                time.perf_counter() - t0, "HiGHS returned a point outside the model")
        secs = time.perf_counter() - t0
        if relax:
            return Solution(HighsStatus.of(res.status), None, None if res.fun is None else float(res.fun), None, secs,
                            str(res.message))
        if res.x is None:
            return Solution(HighsStatus.of(res.status), None, None, None, secs, str(res.message))
        x = res.x
        places = np.zeros((inst.n, self.G), dtype=np.int64)
        for (s, g), (c, v) in self.kv.items():
            places[s, g] = int(round(x[c] * v))
        gap = getattr(res, "mip_gap", None)
        status = HighsStatus.of(res.status)
        if status == HighsStatus.OPTIMAL:
            gap = 0.0 if gap is None or not math.isfinite(gap) else max(0.0, float(gap))
        return Solution(status, places, float(res.fun), None if gap is None else float(gap), secs, str(res.message),
                        x=np.asarray(x, dtype=float))
