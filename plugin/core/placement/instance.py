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
FAMILIES = ("district_cap", "spacing", "hotspot", "services", "groups")
_DEFAULT_OPTIONS = SolverOptions()


def group_key(label: Optional[str]) -> str:
    """Group labels match case-insensitively and ignoring surrounding blanks."""
    return (label or "").strip().casefold()


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
        return ex


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
              deadline: Optional[float]) -> Tuple[Array, Array]:
    """Per site the distance within which every required category is found, and the sites too far."""
    n = len(xy)
    svc_need = np.zeros(n)
    for cat in params.service_categories:
        check_deadline(deadline)
        pts = np.array([[s.x, s.y] for s in data.services if s.category == cat], dtype=float).reshape(-1, 2)
        if len(pts) == 0:
            svc_need[:] = np.inf
            continue
        d, _ = cKDTree(pts).query(xy, k=1)
        svc_need = np.maximum(svc_need, d)
    ex_services = svc_need > params.service_max_distance_m + EPS if params.service_categories else np.zeros(n, bool)
    if (ex_services & ~ex_base).any():
        m = ex_services & ~ex_base
        notes.append(text("note_services", n=int(m.sum()), dist=f"{params.service_max_distance_m:g}", ids=_ids(data, m)))
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


def build_instance(data: PlanningData, params: PlacementParams, deadline: Optional[float] = None) -> Instance:
    """Check ``data``/``params`` and precompute everything; raises InputError on bad input.

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
    svc_need, ex_services = _services(data, params, xy, ex_base, notes, deadline)
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
    return Instance(data=data, params=params, n=n, xy=xy, lo=lo, hi=hi, mod=mod, cost=cost, has_cost=has_cost,
                    district=district, groups=groups, demand=np.array(demand, dtype=np.int64), pop=pop,
                    existing=existing, cap=cap, ex_base=ex_base, ex_cap=ex_cap, ex_services=ex_services,
                    ex_shelter=ex_shelter, svc_need=svc_need, allow_groups=allow, hot_members=hot_members,
                    hot_existing=hot_existing, hot_cap=hot_cap, hot_site=hot_site, spacing_pairs=spacing_pairs,
                    spread_pairs=spread_pairs, sep_rules=sep_rules, notes=notes, loc=loc, loc_xy=loc_xy,
                    loc_sites=loc_sites, ex_dominated=ex_dominated)
