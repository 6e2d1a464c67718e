"""Preparation of a placement problem: checks, district caps, distances and presolve.

Everything geometric is computed here once, with numpy and ``cKDTree``; the
formulation only reads arrays. Rule families can be switched off for the
diagnosis (``FAMILIES``).

Candidates at the same point (a planner's list may hold many variants of one
site) share a *location*: pairs (spacing, spread, `separate` rules) are kept
between locations, so 5,000 sites at one point are one location, not 12.5
million pairs. Without such duplicates location i is site i. Preparation checks
an optional deadline (``time.perf_counter()`` value) and raises BuildTimeout
(TooDense when the pairs alone could not be turned into rows in time).
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Collection, Dict, List, Optional, Sequence, Tuple

import numpy as np
from numpy.typing import ArrayLike
from scipy.spatial import cKDTree

from ..errors import InputError
from ..geometry import locate_points
from ..i18n import Message, joined
from ..model import Hotspot, PlanningData, Rule
from .params import Array, PlacementParams, SolverOptions, Ticker, TooDense, check_deadline
from .texts import text

EPS = 1e-6  # metres: "closer than r" is d < r - EPS, "within r" is d <= r + EPS
MAX_COUNT = 10 ** 9  # places (N, group demand, site sizes) above this are refused: no city plans for more
FAMILIES = ("district_cap", "spacing", "hotspot", "services", "groups", "kita")
_DEFAULT_OPTIONS = SolverOptions()


def group_key(label: Optional[str]) -> str:
    """Group labels match case-insensitively and ignoring surrounding blanks."""
    return (label or "").strip().casefold()


def point_distances(xy: Array, pts: Array, network: Any = None, max_distance: Optional[float] = None) -> Array:
    """Dense (len(xy), len(pts)) distances, inf beyond ``max_distance``: walking on ``network`` (snap distances
    included, no snapping limit: a far point simply gets a long walk), else straight-line."""
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    pts = np.asarray(pts, dtype=float).reshape(-1, 2)
    if network is None:
        d = np.hypot(xy[:, None, 0] - pts[None, :, 0], xy[:, None, 1] - pts[None, :, 1]) if len(xy) and len(pts) \
            else np.full((len(xy), len(pts)), np.inf)
        if max_distance is not None:
            d[d > max_distance + EPS] = np.inf
        return d
    from ..network import od_matrix

    od = od_matrix(xy.tolist(), pts.tolist(), network, max_distance=None if max_distance is None else max_distance + EPS,
                   max_snap_distance=None)
    out: Array = od.dense()
    return out


def nearest_distances(xy: Array, pts: Array, network: Any = None) -> Array:
    """Distance from each row of ``xy`` to the nearest of ``pts`` (inf without any): walking on ``network``,
    else straight-line (the service rule's distance)."""
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    pts = np.asarray(pts, dtype=float).reshape(-1, 2)
    if len(pts) == 0:
        return np.full(len(xy), np.inf)
    if network is None:
        d, _ = cKDTree(pts).query(xy, k=1)
        out: Array = np.asarray(d, dtype=float)
        return out
    from ..network import nearest_distance

    dist, _, _ = nearest_distance(xy.tolist(), pts.tolist(), network, max_snap_distance=None)
    return np.asarray(dist, dtype=float)


def distance_method(network: Any) -> str:
    """"network" when distances are walked on ``network``, else "straight_line" (the words of ODMatrix.method)."""
    return "network" if network is not None else "straight_line"


def hotspot_distances(h: Hotspot, xs: ArrayLike, ys: ArrayLike) -> Array:
    """Distance of each point to hotspot ``h`` (to its polygon when it is an area)."""
    xs = np.asarray(xs, dtype=float)
    ys = np.asarray(ys, dtype=float)
    if h.geometry is None or h.geometry.geom_type == "Point":
        return np.hypot(xs - h.x, ys - h.y)
    from shapely.geometry import Point

    geom = h.geometry
    return np.array([geom.distance(Point(float(a), float(b))) for a, b in zip(xs, ys)], dtype=float)


def within_hotspot(h: Hotspot, xs: ArrayLike, ys: ArrayLike, radius: Optional[float] = None) -> Array:
    """Mask of points within ``radius`` (default the hotspot's own) of hotspot ``h``."""
    r = h.radius_m if radius is None else radius
    xs = np.asarray(xs, dtype=float)
    ys = np.asarray(ys, dtype=float)
    if h.geometry is None or h.geometry.geom_type == "Point":
        return np.hypot(xs - h.x, ys - h.y) <= r + EPS
    minx, miny, maxx, maxy = h.geometry.bounds
    box = (xs >= minx - r - 1) & (xs <= maxx + r + 1) & (ys >= miny - r - 1) & (ys <= maxy + r + 1)
    out = np.zeros(len(xs), dtype=bool)
    idx = np.flatnonzero(box)
    if idx.size:
        out[idx] = hotspot_distances(h, xs[idx], ys[idx]) <= r + EPS
    return out


def locations(xy: Array) -> Tuple[Array, Array, List[Array]]:
    """Distinct points of ``xy``: (location of each row, location coordinates, rows of each location).

    Locations are numbered in order of first occurrence, so without repeated
    points location i is row i.
    """
    xy = np.asarray(xy, dtype=float).reshape(-1, 2) + 0.0  # -0.0 -> 0.0
    if len(xy) == 0:
        return np.zeros(0, dtype=np.int64), xy, []
    _, first, inv = np.unique(xy, axis=0, return_index=True, return_inverse=True)
    inv = np.asarray(inv).reshape(-1)
    order = np.argsort(first, kind="stable")
    rank = np.empty_like(order)
    rank[order] = np.arange(len(order))
    loc = rank[inv].astype(np.int64)
    by = np.argsort(loc, kind="stable")
    starts = np.flatnonzero(np.r_[True, loc[by][1:] != loc[by][:-1]])
    members = np.split(by, starts[1:])
    return loc, xy[first[order]], members


def dominated_at_locations(loc_sites: List[Array], lo: Array, hi: Array, mod: Array,
                           cost: Array, deadline: Optional[float] = None) -> Array:
    """Sites that another site at the same point makes redundant while the spacing rule holds.

    With a spacing, at most one site of a point opens; site s can replace t (same
    point, so the same district, hotspots, services and group rules) when it
    has the same module, lo_s <= lo_t, hi_s >= hi_t and cost_s <= cost_t. Of
    identical sites the first is kept. Repeated candidates are common in
    planners' lists and make HiGHS's presolve slow (a clique of thousands).
    """
    out = np.zeros(len(lo), dtype=bool)
    for members in loc_sites:
        if len(members) < 2:
            continue
        check_deadline(deadline)
        m = np.sort(members)
        for a in range(0, len(m), 1024):
            t = m[a:a + 1024]
            same = (mod[m][None, :] == mod[t][:, None]) & (m[None, :] != t[:, None])
            weak = same & (lo[m][None, :] <= lo[t][:, None]) & (hi[m][None, :] >= hi[t][:, None]) \
                & (cost[m][None, :] <= cost[t][:, None])
            strict = (lo[m][None, :] < lo[t][:, None]) | (hi[m][None, :] > hi[t][:, None]) \
                | (cost[m][None, :] < cost[t][:, None]) | (m[None, :] < t[:, None])
            out[t] = (weak & strict).any(axis=1)
    return out


def pair_count(xy: Array, r: float) -> int:
    """Number of point pairs within ``r`` (counted by the k-d tree without listing them)."""
    if r <= 0 or len(xy) < 2:
        return 0
    tree = cKDTree(xy)
    return int((tree.count_neighbors(tree, float(r)) - len(xy)) // 2)


def close_pairs(xy: Array, r: float, deadline: Optional[float] = None,
                pairs_per_second: float = _DEFAULT_OPTIONS.pairs_per_second) -> Array:
    """Index pairs (i < j) of points closer than ``r``, sorted; shape (m, 2).

    With a ``deadline``, refuses (TooDense) to list more pairs than the
    formulation could turn into rows in the time left (``pairs_per_second``,
    see :class:`SolverOptions`).
    """
    if r <= 0 or len(xy) < 2:
        return np.zeros((0, 2), dtype=np.int64)
    if deadline is not None:
        check_deadline(deadline)
        count = pair_count(xy, r)
        if count > pairs_per_second * max(0.0, deadline - _now()):
            raise TooDense(count, float(r))
    pairs = cKDTree(xy).query_pairs(r, output_type="ndarray")
    if len(pairs) == 0:
        return np.zeros((0, 2), dtype=np.int64)
    pairs = np.sort(pairs.astype(np.int64), axis=1)
    d = np.hypot(*(xy[pairs[:, 0]] - xy[pairs[:, 1]]).T)
    pairs = pairs[d < r - EPS]
    order = np.lexsort((pairs[:, 1], pairs[:, 0]))
    out: Array = pairs[order]
    return out


def _now() -> float:
    import time

    return time.perf_counter()


def near_points(xy: Array, pts: Array, r: float, strict: bool) -> Array:
    """Mask of ``xy`` rows closer than ``r`` (strict) or within ``r`` of any row of ``pts``."""
    out = np.zeros(len(xy), dtype=bool)
    if len(pts) == 0 or len(xy) == 0 or r < 0:
        return out
    d, _ = cKDTree(pts).query(xy, k=1)
    mask: Array = d < r - EPS if strict else d <= r + EPS
    return mask


def spacing_arrays(xy: Array, sxy: Array, sp: float, loc_xy: Optional[Array] = None,
                   deadline: Optional[float] = None, pairs_per_second: float = _DEFAULT_OPTIONS.pairs_per_second
                   ) -> Tuple[Array, Array, Array]:
    """Sites too close to a shelter, location pairs closer than ``sp`` and location pairs in [sp, 2 sp).

    ``loc_xy``: the distinct points of ``xy`` (see :func:`locations`); default ``xy`` itself.
    """
    n = len(xy)
    if sp <= 0:
        empty = np.zeros((0, 2), dtype=np.int64)
        return np.zeros(n, bool), empty, empty
    pts = xy if loc_xy is None else loc_xy
    m = len(pts)
    ex_shelter = near_points(xy, sxy, sp, strict=True)
    spacing_pairs = close_pairs(pts, sp, deadline, pairs_per_second)
    wide = close_pairs(pts, 2 * sp, deadline, pairs_per_second)
    if len(wide) and len(spacing_pairs):
        key_w = wide[:, 0] * m + wide[:, 1]
        key_s = spacing_pairs[:, 0] * m + spacing_pairs[:, 1]
        wide = wide[~np.isin(key_w, key_s)]
    return ex_shelter, spacing_pairs, wide


def with_spacing(inst: Instance, sp: float) -> Instance:
    """A copy of ``inst`` with another minimum spacing (for the diagnosis)."""
    from dataclasses import replace

    shelters = inst.data.active_shelters()
    sxy = np.array([[s.x, s.y] for s in shelters], dtype=float).reshape(-1, 2)
    ex_shelter, pairs, spread = spacing_arrays(inst.xy, sxy, sp, inst.loc_xy)
    return replace(inst, params=replace(inst.params, min_spacing_m=sp), ex_shelter=ex_shelter,
                   spacing_pairs=pairs, spread_pairs=spread)


@dataclass
class KitaData:
    """The Kita rule's arrays (see :func:`kita_arrays`); Kitas are the services of the Kita category with a capacity."""

    services: List[int]  # index into data.services of each Kita
    capacity: Array  # places per Kita
    load: Array  # children already expected per Kita (districts and existing shelters, split by places in reach)
    free: Array  # max(0, capacity - load)
    site: Array  # long form of the pairs within reach: candidate site index ...
    kita: Array  # ... Kita index (into ``services``) ...
    dist: Array  # ... and their distance (m)
    rate: float  # children needing a place per new place: under-6 share x under-6 demand rate
    district_children: Array  # per district
    shelter_children: Array  # per active shelter
    kita_district: Array  # district index of each Kita, -1 outside
    ex_none: Array  # bool per site: no Kita within reach
    ex_short: Array  # bool per site: the free places within reach hold fewer children than its smallest size brings
    demand: Array = field(default_factory=lambda: np.zeros(0))  # children per existing demand point
    reach: Array = field(default_factory=lambda: np.zeros((0, 0), bool))  # (demand points, Kitas) within reach

    def free_for(self, capacity: Array) -> Array:
        """Free places per Kita had the Kitas ``capacity`` places (the definition of :func:`kita_arrays`)."""
        cap = np.asarray(capacity, dtype=float)
        if not len(cap):
            return cap.copy()
        load = np.zeros(len(cap))
        if len(self.demand):
            c_i = self.reach.astype(float) @ cap
            share = np.divide(self.demand, c_i, out=np.zeros(len(self.demand)), where=c_i > 0)
            load = cap * (self.reach.astype(float) * share[:, None]).sum(axis=0)
        out: Array = np.maximum(cap - load, 0.0)
        return out

    def places_to_add(self, j: int, target: float) -> int:
        """Fewest places to add at Kita ``j`` so that its free places reach ``target`` (more places there also
        draw more of the children in reach, so it can take more than ``target - free``). Free places grow
        with any Kita's places, so the places found Kita by Kita suffice together."""
        if self.free[j] >= target - 1e-9:
            return 0
        base = self.capacity.copy()
        lo, hi = 0, int(math.ceil(target + float(self.demand[self.reach[:, j]].sum()) if len(self.demand) else target)) + 1
        while lo < hi:
            mid = (lo + hi) // 2
            base[j] = self.capacity[j] + mid
            if self.free_for(base)[j] >= target - 1e-9:
                hi = mid
            else:
                lo = mid + 1
        return lo

    def free_in_reach(self, n: int, free: Optional[Array] = None) -> Array:
        """Per site, the free places of the Kitas within its reach (with ``free`` instead of ``self.free``)."""
        f = self.free if free is None else free
        out = np.zeros(n)
        np.add.at(out, self.site, f[self.kita])
        return out


def district_points(data: PlanningData) -> Array:
    """Where a district's children are counted for the Kita rule: its centroid (a point inside it when the
    centroid falls outside, as for a crescent-shaped district)."""
    pts = []
    for d in data.districts:
        g = d.geometry
        if g is None or g.is_empty:
            pts.append((np.nan, np.nan))
            continue
        c = g.centroid
        if not g.intersects(c):
            c = g.representative_point()
        pts.append((float(c.x), float(c.y)))
    return np.array(pts, dtype=float).reshape(-1, 2)


def kita_children_rate(params: PlacementParams) -> float:
    """Children needing a Kita place per resident (new place or shelter): share under 6 x under-6 demand rate."""
    from ..metrics.fsca import under6_rate

    return float(params.kita_under6_share) * under6_rate(params.kita_rates)


def kita_arrays(data: PlanningData, params: PlacementParams, xy: Array, lo: Array, network: Any,
                notes: List[str], deadline: Optional[float] = None) -> KitaData:
    """Free places per Kita and the (site, Kita) pairs within reach, for the Kita rule.

    Definition (documented in the user guide and in PlacementParams): every existing demand point i (a
    district's children at :func:`district_points` or at its ``kita_age_points``, an existing shelter's
    children at the shelter) has the
    Kitas within ``kita_max_distance_m`` in reach, holding C_i places together; its children D_i are split
    among them in proportion to their places, so Kita j expects load_j = sum_i D_i S_j / C_i (each child
    counted once, as the selection weights of the three-step FCA with equal distance weights; demand with no
    Kita in reach loads none). free_j = max(0, S_j - load_j). The rule: y_sj >= 0 children of site s go to
    Kita j within reach, sum_j y_sj = rate x places_s, sum_s y_sj <= free_j.
    """
    from ..metrics.fsca import demand_from_ages, spread_demand

    cat = params.kita_category
    kitas = [i for i, sv in enumerate(data.services) if sv.category == cat
             and getattr(sv, "capacity", None) is not None]
    no_capacity = sum(1 for sv in data.services if sv.category == cat and getattr(sv, "capacity", None) is None)
    if no_capacity:
        notes.append(text("note_kita_no_capacity", n=no_capacity))
    kxy = np.array([[data.services[i].x, data.services[i].y] for i in kitas], dtype=float).reshape(-1, 2)
    cap = np.array([max(0.0, float(getattr(data.services[i], "capacity", 0) or 0)) for i in kitas], dtype=float)
    nk, maxd = len(kitas), float(params.kita_max_distance_m)
    rate = kita_children_rate(params)
    # existing demand: district children (age rows) and shelter children
    by_id = demand_from_ages(params.kita_age_rows, params.kita_rates) if params.kita_age_rows else {}
    ids = [str(d.district_id) for d in data.districts]
    unknown = sorted(set(by_id) - set(ids))
    if unknown:
        notes.append(text("note_kita_unknown_district", ids=", ".join(unknown[:10])))
    if not params.kita_age_rows:
        notes.append(text("note_kita_no_ages"))
    dchild = np.array([by_id.get(i, 0.0) for i in ids], dtype=float)
    shelters = data.active_shelters()
    schild = np.array([float(s.places(params.places_field) or 0) for s in shelters], dtype=float) * rate
    # a district's children at its centre, or spread over where they live (kita_age_points, e.g. Zensus cells)
    _owner, dpts, pchild, _spread = spread_demand(ids, district_points(data).tolist(), dchild, params.kita_age_points)
    ok = np.isfinite(dpts).all(axis=1)
    spts = np.array([[s.x, s.y] for s in shelters], dtype=float).reshape(-1, 2)
    dem = np.concatenate([pchild[ok], schild])
    reach = np.zeros((len(dem), nk), dtype=bool)
    if nk and len(dem) and dem.sum() > 0:
        check_deadline(deadline)
        reach = np.isfinite(point_distances(np.concatenate([dpts[ok], spts]), kxy, network, maxd))
    c_i = reach.astype(float) @ cap if nk else np.zeros(len(dem))
    share = np.divide(dem, c_i, out=np.zeros(len(dem)), where=c_i > 0)
    load = cap * (reach.astype(float) * share[:, None]).sum(axis=0) if nk else np.zeros(0)
    free = np.maximum(cap - load, 0.0)
    check_deadline(deadline)
    n = len(xy)
    if nk and n:
        d = point_distances(xy, kxy, network, maxd)
        d[:, cap <= 0] = np.inf
        site, kita = np.nonzero(np.isfinite(d))
        dist = d[site, kita]
    else:
        site = kita = np.zeros(0, dtype=np.int64)
        dist = np.zeros(0)
    polys = [dd.geometry for dd in data.districts]
    kdist = locate_points(kxy[:, 0], kxy[:, 1], polys) if nk else np.zeros(0, dtype=np.int64)
    kd = KitaData(services=kitas, capacity=cap, load=load, free=free, site=site.astype(np.int64),
                  kita=kita.astype(np.int64), dist=dist, rate=rate, district_children=dchild, shelter_children=schild,
                  kita_district=np.asarray(kdist, dtype=np.int64), ex_none=np.ones(n, dtype=bool),
                  ex_short=np.zeros(n, dtype=bool), demand=dem, reach=reach)
    kd.ex_none[site] = False
    kd.ex_short = kita_short(kd, n, lo)
    return kd


def kita_short(kd: KitaData, n: int, lo: Array, free: Optional[Array] = None) -> Array:
    """Sites whose Kitas within reach have free places for fewer children than the site's smallest size brings."""
    room = kd.free_in_reach(n, free)
    out: Array = ~kd.ex_none & (room + 1e-9 < kd.rate * np.asarray(lo, dtype=float))
    return out


def with_kita_free(inst: Instance, free: Array) -> Instance:
    """A copy of ``inst`` with other free Kita places (for the diagnosis: the places missing added)."""
    from dataclasses import replace

    assert inst.kita is not None
    kd = replace(inst.kita, free=np.asarray(free, dtype=float))
    kd.ex_short = kita_short(kd, inst.n, inst.lo)
    return replace(inst, kita=kd)


@dataclass
class SepRule:
    a: str  # labels as written in the rules table
    b: str
    dist: float
    ga: Optional[int]  # index into Instance.groups, None when not in the demand
    gb: Optional[int]
    pairs: Array  # location pairs (i < j) closer than dist
    fid: object = None  # row of the rule in the rules table


@dataclass
class Instance:
    """A checked placement problem with everything the formulation needs as arrays."""

    data: PlanningData
    params: PlacementParams
    n: int
    xy: Array
    lo: Array  # smallest number of places when opened (a multiple of the module)
    hi: Array
    mod: Array
    cost: Array
    has_cost: bool
    district: Array  # district index or -1
    groups: List[Optional[str]]  # [None] without group demand
    demand: Array
    pop: Array
    existing: Array
    cap: Array  # new places allowed per district (int)
    ex_base: Array  # unusable whatever the rules: outside, no population, too small
    ex_cap: Array
    ex_services: Array
    ex_shelter: Array  # too close to a shelter (spacing rule)
    svc_need: Array  # distance within which all required categories are found
    allow_groups: Array  # (n, G) allowed by near rules and separation from shelters
    hot_members: List[Array]
    hot_existing: Array
    hot_cap: Array  # per hotspot, or empty when the rule is off
    hot_site: Array  # bool: site within any hotspot's radius (spread objective)
    spacing_pairs: Array  # location pairs (indices into loc_xy) closer than the spacing
    spread_pairs: Array  # location pairs with spacing <= d < 2*spacing
    sep_rules: List[SepRule]
    notes: List[str] = field(default_factory=list)
    loc: Optional[Array] = None  # location of each site (see locations()); site i is location i without duplicates
    loc_xy: Optional[Array] = None
    loc_sites: List[Array] = field(default_factory=list)  # sites at each location
    ex_dominated: Optional[Array] = None  # redundant under the spacing rule (dominated_at_locations)
    network: Any = None  # WalkingNetwork for the service and Kita distances; None: straight-line
    kita: Optional[KitaData] = None  # the Kita rule's arrays, None when the rule is off

    def __post_init__(self) -> None:
        if self.loc is None:
            self.loc, self.loc_xy, self.loc_sites = locations(self.xy)
        if self.ex_dominated is None:
            self.ex_dominated = np.zeros(self.n, dtype=bool)

    @property
    def total_demand(self) -> int:
        return int(self.demand.sum())

    def excluded(self, families: Collection[str]) -> Array:
        """Sites that cannot open under the rule ``families`` switched on."""
        ex = self.ex_base.copy()
        if "district_cap" in families:
            ex |= self.ex_cap
        if "services" in families:
            ex |= self.ex_services
        if "spacing" in families:
            ex |= self.ex_shelter
            if self.params.min_spacing_m > EPS:
                ex |= self.ex_dominated
        if "hotspot" in families and len(self.hot_cap):
            for members, cap in zip(self.hot_members, self.hot_cap):
                if cap <= 0:
                    ex[members] = True
        if "kita" in families and self.kita is not None and self.kita.rate > 0:
            ex |= self.kita.ex_none | self.kita.ex_short
        return ex

    @property
    def method(self) -> str:
        """Which distance the service and Kita rules use: "network" (walking) or "straight_line"."""
        return distance_method(self.network)


def _check_params(p: PlacementParams, grouped: bool) -> List[str]:
    bad: List[str] = []

    def add(name: str, value: object, why: str) -> None:
        bad.append(text("bad_param", name=name, value=value, why=why))

    def bad_number(v: Any, allow_inf: bool = False) -> bool:
        try:
            f = float(v)
        except (TypeError, ValueError, OverflowError):
            return True
        return math.isnan(f) or (not allow_inf and math.isinf(f))


    if not grouped and (bad_number(p.places) or int(p.places) <= 0):
        bad.append(text("bad_places", value=p.places))
    elif not grouped and int(p.places) > MAX_COUNT:
        add("PLACES", p.places, f"≤ {MAX_COUNT:,}")
    if bad_number(p.max_per_1000) or p.max_per_1000 < 0:
        add("MAX_PER_1000", p.max_per_1000, "≥ 0")
    if bad_number(p.min_spacing_m) or p.min_spacing_m < 0:
        add("MIN_SPACING_M", p.min_spacing_m, "≥ 0")
    if p.hotspot_max_places is not None and (bad_number(p.hotspot_max_places) or p.hotspot_max_places < 0):
        add("HOTSPOT_MAX_PLACES", p.hotspot_max_places, "≥ 0")
    if p.service_categories and (bad_number(p.service_max_distance_m) or p.service_max_distance_m < 0):
        add("SERVICE_MAX_DISTANCE_M", p.service_max_distance_m, "≥ 0")
    if bad_number(p.time_limit_s) or p.time_limit_s <= 0:
        add("TIME_LIMIT_S", p.time_limit_s, "> 0 s, a finite number")
    if bad_number(p.close_pair_weight) or p.close_pair_weight < 0:
        add("close_pair_weight", p.close_pair_weight, "≥ 0")
    if bad_number(p.mip_rel_gap) or not (0 <= p.mip_rel_gap < 1):
        add("mip_rel_gap", p.mip_rel_gap, "0 ≤ gap < 1")
    if p.alternatives is None or p.alternatives < 0:
        add("alternatives", p.alternatives, "≥ 0")
    if p.places_field not in ("capacity", "occupied"):
        add("PLACES_FIELD", p.places_field, "capacity / occupied")
    if p.kita_rule:
        if bad_number(p.kita_under6_share) or not 0 <= p.kita_under6_share <= 1:
            add("KITA_UNDER6_SHARE", p.kita_under6_share, "0 ≤ share ≤ 1")
        if bad_number(p.kita_max_distance_m) or p.kita_max_distance_m < 0:
            add("KITA_MAX_DISTANCE_M", p.kita_max_distance_m, "≥ 0")
        for row in p.kita_rates:
            if len(row) != 3 or any(bad_number(v) for v in row) or not 0 <= row[2] <= 1 or row[1] <= row[0]:
                add("kita_rates", row, "(age_from, age_to > age_from, rate from 0 to 1)")
        for age in p.kita_age_rows:
            # the city format's open last group ("65 and older") has no upper age: it adds no Kita demand
            if len(age) != 4 or bad_number(age[1]) or bad_number(age[2], allow_inf=True) or bad_number(age[3]) \
                    or age[2] <= age[1] or age[3] < 0:
                add("kita_age_rows", age, "(district_id, age_from, age_to > age_from, count ≥ 0)")
                break
        for pt in p.kita_age_points:
            if len(pt) != 4 or any(bad_number(v) for v in pt[1:]) or pt[3] < 0:
                add("kita_age_points", pt, "(district_id, x, y, weight ≥ 0)")
                break
    return bad


def _ids(data: PlanningData, mask: Array, limit: int = 10) -> str:
    idx = np.flatnonzero(mask)
    ids = [str(data.candidates[i].site_id) for i in idx[:limit]]
    return ", ".join(ids) + (" …" if len(idx) > limit else "")


def rule_ref(r: Rule, i: int) -> Message:
    """How messages name rule ``r`` (the ``i``-th in the list): its row in the rules table and its content."""
    row = r.fid if getattr(r, "fid", None) is not None else i + 1
    dist = f"{r.distance_m:g}" if isinstance(r.distance_m, (int, float)) else str(r.distance_m)
    return text("rule_ref", row=row, a=r.group_a, relation=r.relation, b=r.group_b, dist=dist)


def rule_notes(data: PlanningData, groups: List[Optional[str]]) -> Tuple[List[str], Dict[str, List[str]]]:
    """Warnings about the rules table: unknown groups, rules without effect, repeated and opposing rules.

    Returns the notes and, per group key, the notes on opposing rules for it (a `near` rule
    within a shorter distance than a `separate` rule for the same pair).
    """
    notes: List[str] = []
    opposed: Dict[str, List[str]] = {}
    if not data.rules:
        return notes, opposed
    if groups == [None]:
        return [text("note_rules_ungrouped", n=len(data.rules))], opposed
    known: Dict[str, str] = {}
    for label in [g for g in groups if g] + [s.group_label for s in data.shelters] + [h.community for h in data.hotspots]:
        if label and label.strip() and group_key(label) not in known:
            known[group_key(label)] = label.strip()
    listing = ", ".join(f"'{v}'" for v in sorted(known.values(), key=str.casefold)) or "-"
    by_pair: Dict[Tuple[str, ...], List[Tuple[int, Rule]]] = {}
    for i, r in enumerate(data.rules):
        for label in dict.fromkeys((r.group_a, r.group_b)):
            if group_key(label) not in known:
                notes.append(text("note_rule_unknown_group", rule=rule_ref(r, i), group=label, known=listing))
        ka, kb = group_key(r.group_a), group_key(r.group_b)
        pair = tuple(sorted((ka, kb))) if r.relation == "separate" else (ka, kb)
        by_pair.setdefault((r.relation,) + pair, []).append((i, r))
    for (relation, *key), rows in by_pair.items():
        if len(rows) > 1:
            notes.append(text("note_rule_repeated", rules=joined((rule_ref(r, i) for i, r in rows), "; ")))
        if relation == "near":
            opposite = by_pair.get(("separate",) + tuple(sorted(key)), [])
            for i, r in rows:
                for j, o in opposite:
                    if o.distance_m > r.distance_m:
                        note = text("note_rule_opposed", near=rule_ref(r, i), sep=rule_ref(o, j))
                        notes.append(note)
                        opposed.setdefault(key[0], []).append(note)
    return notes, opposed


def _finite(*values: object) -> bool:
    """Whether every value is a finite number (None, text and NaN are not)."""
    try:
        return all(v is not None and math.isfinite(float(v)) for v in values)  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):
        return False


def _groups_and_demand(data: PlanningData, params: PlacementParams) -> Tuple[List[Optional[str]], List[int], List[str]]:
    """The groups with their demand ([None] and N without group demand), and the problems with the parameters
    and the demand table."""
    demand_rows = [g for g in data.group_demand]
    grouped = bool(demand_rows)
    problems: List[str] = []
    problems += _check_params(params, grouped)
    groups: List[Optional[str]] = []
    demand: List[int] = []
    if not grouped:
        return [None], [int(params.places or 0)], problems
    seen = set()
    for row in demand_rows:
        key = group_key(row.group_label)
        if not key:
            problems.append(text("empty_demand_label"))
            continue
        if key in seen:
            problems.append(text("dup_demand", group=row.group_label))
            continue
        seen.add(key)
        if row.places is None or not _finite(row.places) or row.places < 0 or row.places > MAX_COUNT:
            problems.append(text("bad_demand_row", group=row.group_label, value=row.places))
            continue
        if row.places == 0:
            continue
        groups.append(row.group_label.strip())
        demand.append(int(row.places))
    if not problems and sum(demand) <= 0:
        problems.append(text("bad_demand_total", value=sum(demand)))
    return groups, demand, problems


def _data_problems(data: PlanningData, tick: Ticker) -> List[str]:
    """Problems with the layers and the rules table: bad numbers, coordinates, sizes and modules."""
    problems: List[str] = []
    for i, r in enumerate(data.rules):
        if r.relation not in ("separate", "near"):
            problems.append(text("bad_relation", a=r.group_a, b=r.group_b, relation=r.relation))
        elif not _finite(r.distance_m) or r.distance_m < 0:
            problems.append(text("bad_rule_distance", rule=rule_ref(r, i), value=r.distance_m))
        elif not group_key(r.group_a) or not group_key(r.group_b):
            problems.append(text("bad_rule_group", rule=rule_ref(r, i)))
    for d in data.districts:
        if d.population is not None and (not _finite(d.population) or d.population < 0):
            problems.append(text("bad_population", district=d.district_id, value=d.population))
    layers: Sequence[Tuple[str, Sequence[Any], str]] = (
        ("candidates", data.candidates, "site_id"), ("shelters", data.shelters, "shelter_id"),
        ("services", data.services, "service_id"), ("hotspots", data.hotspots, "hotspot_id"))
    for kind, items, id_attr in layers:
        for it in items:
            if not _finite(it.x, it.y):
                problems.append(text("bad_xy", layer=kind, id=getattr(it, id_attr), x=it.x, y=it.y))
    for h in data.hotspots:
        if not _finite(h.radius_m) or h.radius_m < 0:
            problems.append(text("bad_number", layer="hotspots", id=h.hotspot_id, field="radius_m", value=h.radius_m))
    for sh in data.shelters:
        for name in ("capacity", "occupied"):
            v = getattr(sh, name)
            if v is not None and (not _finite(v) or v < 0):
                problems.append(text("bad_number", layer="shelters", id=sh.shelter_id, field=name, value=v))
    if not data.candidates:
        problems.append(text("no_candidates"))
    if not data.districts:
        problems.append(text("no_districts"))
    for c in data.candidates:
        tick()
        if c.cost_per_place is not None and (not _finite(c.cost_per_place) or c.cost_per_place < 0):
            problems.append(text("bad_number", layer="candidates", id=c.site_id, field="cost_per_place", value=c.cost_per_place))
        if not _finite(c.min_places, c.max_places, c.module or 1) or c.max_places > MAX_COUNT:
            problems.append(text("bad_size", site=c.site_id, min=c.min_places, max=c.max_places, module=c.module,
                                 limit=f"{MAX_COUNT:,}"))
            continue
        m = int(c.module or 1)
        if m < 1 or c.min_places % m or c.max_places % m or c.min_places < 0 or c.max_places < c.min_places:
            problems.append(text("bad_module", site=c.site_id, min=c.min_places, max=c.max_places, module=c.module))
    return problems


def _district_caps(data: PlanningData, params: PlacementParams, polys: List[Any], sxy: Array,
                   splaces: Array) -> Tuple[Array, Array, Array]:
    """Per district: population, existing places and the new places allowed (the cap)."""
    nd = len(data.districts)
    pop = np.array([float(d.population or 0) for d in data.districts])
    existing = np.zeros(nd)
    if len(sxy):
        sd = locate_points(sxy[:, 0], sxy[:, 1], polys)
        np.add.at(existing, sd[sd >= 0], splaces[sd >= 0])
    raw_cap = params.max_per_1000 * pop / 1000.0 - existing
    cap = np.where(pop > 0, np.clip(np.floor(raw_cap + 1e-9), 0, 1000 * MAX_COUNT), 0).astype(np.int64)
    return pop, existing, cap


def _base_exclusions(data: PlanningData, district: Array, pop: Array, cap: Array, lo: Array,
                     hi: Array, notes: List[str]) -> Tuple[Array, Array]:
    """Sites unusable whatever the rules (outside, no population, too small) and those in a full district;
    a note for each kind."""
    outside = district < 0
    di = np.where(outside, 0, district)
    nopop = ~outside & (pop[di] <= 0)
    tiny = hi < lo
    ex_base = outside | nopop | tiny
    ex_cap = ~outside & (cap[di] < lo)
    if outside.any():
        notes.append(text("note_outside", n=int(outside.sum()), ids=_ids(data, outside)))
    if nopop.any():
        notes.append(text("note_nopop", n=int(nopop.sum()), ids=_ids(data, nopop)))
    if tiny.any():
        notes.append(text("note_tiny", n=int(tiny.sum()), ids=_ids(data, tiny)))
    full = ex_cap & ~ex_base
    if full.any():
        notes.append(text("note_full", n=int(full.sum()), ids=_ids(data, full)))
    return ex_base, ex_cap


def _services(data: PlanningData, params: PlacementParams, xy: Array, ex_base: Array, notes: List[str],
              deadline: Optional[float], network: Any = None) -> Tuple[Array, Array]:
    """Per site the distance within which every required category is found, and the sites too far."""
    n = len(xy)
    svc_need = np.zeros(n)
    for cat in params.service_categories:
        check_deadline(deadline)
        pts = np.array([[s.x, s.y] for s in data.services if s.category == cat], dtype=float).reshape(-1, 2)
        if len(pts) == 0:
            svc_need[:] = np.inf
            continue
        svc_need = np.maximum(svc_need, nearest_distances(xy, pts, network))
    ex_services = svc_need > params.service_max_distance_m + EPS if params.service_categories else np.zeros(n, bool)
    if (ex_services & ~ex_base).any():
        m = ex_services & ~ex_base
        key = "note_services_walk" if network is not None else "note_services"
        notes.append(text(key, n=int(m.sum()), dist=f"{params.service_max_distance_m:g}", ids=_ids(data, m)))
    return svc_need, ex_services


def _hotspots(data: PlanningData, params: PlacementParams, xy: Array, sxy: Array, splaces: Array,
              deadline: Optional[float]) -> Tuple[List[Array], Array, Array, Array]:
    """Per hotspot its sites and existing places, the caps (empty when the rule is off), and the hot sites."""
    hot_members: List[Array] = []
    existing: List[float] = []
    hot_site = np.zeros(len(xy), bool)
    for h in data.hotspots:
        check_deadline(deadline)
        mask = within_hotspot(h, xy[:, 0], xy[:, 1])
        hot_site |= mask
        hot_members.append(np.flatnonzero(mask))
        e = float(splaces[within_hotspot(h, sxy[:, 0], sxy[:, 1])].sum()) if len(sxy) else 0.0
        existing.append(e)
    hot_existing = np.array(existing)
    if params.hotspot_max_places is not None and data.hotspots:
        hot_cap = np.maximum(0, params.hotspot_max_places - hot_existing).astype(np.int64)
    else:
        hot_cap = np.zeros(0, dtype=np.int64)
    return hot_members, hot_existing, hot_cap, hot_site


def _group_rules(data: PlanningData, groups: List[Optional[str]], demand: List[int], xy: Array,
                 sxy: Array, loc_xy: Array, ex_base: Array, notes: List[str],
                 opposed: Dict[str, List[str]], deadline: Optional[float],
                 pairs_per_second: float) -> Tuple[Array, List[SepRule]]:
    """Which group may use which site (`near` rules, `separate` from shelters) and the `separate` rules'
    pairs; raises InputError when a demanded group has no site left."""
    n, G, grouped = len(xy), len(groups), groups != [None]
    allow = np.ones((n, G), dtype=bool)
    sep_rules: List[SepRule] = []
    gindex = {group_key(g): i for i, g in enumerate(groups) if g is not None}
    shelter_keys = [group_key(s.group_label) for s in data.active_shelters()]
    nowhere_why: Dict[int, str] = {}
    for r in data.rules:
        check_deadline(deadline)
        ga, gb = gindex.get(group_key(r.group_a)), gindex.get(group_key(r.group_b))
        if r.relation == "near":
            if ga is None:
                continue
            kb = group_key(r.group_b)
            ok = np.zeros(n, bool)
            for h in data.hotspots:
                if group_key(h.community) == kb:
                    ok |= within_hotspot(h, xy[:, 0], xy[:, 1], radius=r.distance_m)
            pts = sxy[[i for i, k in enumerate(shelter_keys) if k == kb]]
            ok |= near_points(xy, pts, r.distance_m, strict=False)
            allow[:, ga] &= ok
            if not (ok & ~ex_base).any():
                nowhere_why.setdefault(ga, text("group_nowhere_near", a=r.group_a, b=r.group_b, dist=f"{r.distance_m:g}"))
            continue
        # separate: symmetric; existing shelters exclude the other group nearby
        if ga is None and gb is None:
            if grouped:
                notes.append(text("note_rule_unused", a=r.group_a, b=r.group_b, relation=r.relation))
            continue
        for g_new, other in ((ga, r.group_b), (gb, r.group_a)):
            if g_new is None:
                continue
            ko = group_key(other)
            pts = sxy[[i for i, k in enumerate(shelter_keys) if k == ko]]
            allow[:, g_new] &= ~near_points(xy, pts, r.distance_m, strict=True)
            if not (allow[:, g_new] & ~ex_base).any():
                nowhere_why.setdefault(g_new, text("group_nowhere_sep"))
        sep_rules.append(SepRule(r.group_a, r.group_b, float(r.distance_m), ga, gb,
                                 close_pairs(loc_xy, float(r.distance_m), deadline, pairs_per_second),
                                 getattr(r, "fid", None)))
    if grouped:
        for g in range(G):
            if not (allow[:, g] & ~ex_base).any():
                nowhere_why.setdefault(g, text("group_nowhere_all"))
    if grouped and nowhere_why:
        probs: List[str] = [text("group_nowhere", group=groups[g], places=demand[g], why=why)
                            for g, why in sorted(nowhere_why.items())]
        probs += [t for g in sorted(nowhere_why) for t in opposed.get(group_key(groups[g]), [])]
        raise InputError(joined([text("input_invalid", n=len(probs)), *probs], "\n"), issues=probs)
    return allow, sep_rules


def build_instance(data: PlanningData, params: PlacementParams, deadline: Optional[float] = None,
                   network: Any = None) -> Instance:
    """Check ``data``/``params`` and precompute everything; raises InputError on bad input.

    ``network`` (a :class:`~plugin.core.network.WalkingNetwork` in the data's CRS): the service and Kita
    rules measure walking distances on it; None: straight-line.

    With a ``deadline`` (``time.perf_counter()`` value) raises BuildTimeout once it has passed.
    Steps: groups and demand, the checks, districts (population, existing places, cap),
    services, spacing, hotspots, group rules.
    """
    groups, demand, problems = _groups_and_demand(data, params)
    problems += _data_problems(data, Ticker(deadline, every=64))
    if problems:
        raise InputError(joined([text("input_invalid", n=len(problems)), *problems], "\n"), issues=problems)
    rate = params.solver.pairs_per_second
    cands = data.candidates
    n = len(cands)
    xy = np.array([[c.x, c.y] for c in cands], dtype=float)
    loc, loc_xy, loc_sites = locations(xy)
    mod = np.array([int(c.module or 1) for c in cands], dtype=np.int64)
    hi = np.array([int(c.max_places) for c in cands], dtype=np.int64)
    lo = np.maximum(np.array([int(c.min_places) for c in cands], dtype=np.int64), mod)
    cost = np.array([float(c.cost_per_place) if c.cost_per_place is not None else 0.0 for c in cands])
    has_cost = any(c.cost_per_place is not None and c.cost_per_place != 0 for c in cands)
    polys = [d.geometry for d in data.districts]
    district = locate_points(xy[:, 0], xy[:, 1], polys)
    if (district < 0).all():
        raise InputError(text("all_outside", n=n))
    shelters = data.active_shelters()
    sxy = np.array([[s.x, s.y] for s in shelters], dtype=float).reshape(-1, 2)
    splaces = np.array([s.places(params.places_field) for s in shelters], dtype=float)
    pop, existing, cap = _district_caps(data, params, polys, sxy, splaces)
    notes, opposed = rule_notes(data, groups)
    ex_base, ex_cap = _base_exclusions(data, district, pop, cap, lo, hi, notes)
    svc_need, ex_services = _services(data, params, xy, ex_base, notes, deadline, network)
    # spacing
    sp = float(params.min_spacing_m)
    check_deadline(deadline)
    ex_shelter, spacing_pairs, spread_pairs = spacing_arrays(xy, sxy, sp, loc_xy, deadline, rate)
    ex_dominated = np.zeros(n, dtype=bool)
    if sp > EPS and len(loc_xy) < n:
        ex_dominated = dominated_at_locations(loc_sites, lo, hi, mod, cost, deadline) & ~ex_base
        if ex_dominated.any():
            notes.append(text("note_dominated", n=int(ex_dominated.sum()), ids=_ids(data, ex_dominated)))
    if (ex_shelter & ~ex_base).any():
        m = ex_shelter & ~ex_base
        notes.append(text("note_shelter", n=int(m.sum()), dist=f"{sp:g}", ids=_ids(data, m)))
    hot_members, hot_existing, hot_cap, hot_site = _hotspots(data, params, xy, sxy, splaces, deadline)
    allow, sep_rules = _group_rules(data, groups, demand, xy, sxy, loc_xy, ex_base, notes, opposed, deadline, rate)
    kita = _kita(data, params, xy, lo, ex_base, network, notes, deadline) if params.kita_rule else None
    return Instance(data=data, params=params, n=n, xy=xy, lo=lo, hi=hi, mod=mod, cost=cost, has_cost=has_cost,
                    district=district, groups=groups, demand=np.array(demand, dtype=np.int64), pop=pop,
                    existing=existing, cap=cap, ex_base=ex_base, ex_cap=ex_cap, ex_services=ex_services,
                    ex_shelter=ex_shelter, svc_need=svc_need, allow_groups=allow, hot_members=hot_members,
                    hot_existing=hot_existing, hot_cap=hot_cap, hot_site=hot_site, spacing_pairs=spacing_pairs,
                    spread_pairs=spread_pairs, sep_rules=sep_rules, notes=notes, loc=loc, loc_xy=loc_xy,
                    loc_sites=loc_sites, ex_dominated=ex_dominated, network=network, kita=kita)


def _kita(data: PlanningData, params: PlacementParams, xy: Array, lo: Array, ex_base: Array, network: Any,
          notes: List[str], deadline: Optional[float]) -> KitaData:
    """The Kita rule's arrays and notes; InputError when no Kita has a capacity."""
    n_cat = sum(1 for sv in data.services if sv.category == params.kita_category)
    if not any(getattr(sv, "capacity", None) is not None for sv in data.services if sv.category == params.kita_category):
        raise InputError(text("kita_no_capacity", n=n_cat, category=params.kita_category))
    kd = kita_arrays(data, params, xy, lo, network, notes, deadline)
    if kd.rate <= 0:
        return kd
    walk = network is not None
    m = kd.ex_none & ~ex_base
    if m.any():
        notes.append(text("note_kita_none_walk" if walk else "note_kita_none", n=int(m.sum()),
                          dist=f"{params.kita_max_distance_m:g}", ids=_ids(data, m)))
    m = kd.ex_short & ~ex_base
    if m.any():
        notes.append(text("note_kita_short", n=int(m.sum()), dist=f"{params.kita_max_distance_m:g}", ids=_ids(data, m)))
    return kd
