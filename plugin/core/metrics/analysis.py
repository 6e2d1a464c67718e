"""The dispersion analysis: one entry point for every front end.

``analyse(data)`` counts places per district, computes the concentration
indices, global Moran's I and local Gi* on places per 1,000 residents,
Clark-Evans of shelter locations, and the shares of places near community
hotspots and with access to services. Numbers follow the definitions in
docs/architecture.md ("Output fields and definitions") and equal PySAL's reference implementations
(see test/core/test_metrics_*.py). Pure numpy/scipy/shapely: runs on the QGIS
interpreter (numpy 1.24, scipy 1.10, shapely 1.8) and in the venv alike.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List, Optional, Sequence, Tuple

import numpy as np

from ..errors import CancelledError, InputError
from ..geometry import SHAPELY2, locate_points
from ..i18n import Message, catalogue, msg
from ..model import PlanningData
from . import indices
from .access import access_table, hotspot_shares
from .interpret import interpret
from .kita import ServiceAccess, service_access
from .points import clark_evans
from .spatial import gi_star, moran
from .weights import queen_weights

# Above this many districts the study area is the sum of district areas (a
# union of 100,000 polygons costs seconds); districts are assumed not to overlap.
UNION_LIMIT = 5000

NOTES = catalogue("analysis", {
    "no_districts": "There are no districts to analyse.",
    "excluded_population": "{count} district(s) without residents (population 0 or missing) are left out of places per 1,000, the indices, Moran's I and Gi*: {ids}.",
    "excluded_places": "{places} place(s) lie in districts without residents and are not part of the indices.",
    "outside": "{count} active shelter(s) with {places} place(s) lie outside every district: counted in places_total, not in any district: {ids}.",
    "islands": "{count} district(s) have no neighbour sharing a boundary point among the analysed districts: {ids}. As in esda/libpysal their weight rows are zero: they do not enter Moran's I and get no Gi* value.",
    "no_places": "There are no places in districts with residents: indices of concentration are not defined.",
    "no_shelters": "No active shelters: nothing to analyse beyond population.",
    "few_districts": "Only {count} district(s) with residents: spatial statistics need at least 3.",
    "area_sum": "Study area for Clark-Evans is the sum of the {count} district areas (districts assumed not to overlap).",
    "no_services": "No services of categor(y/ies) {categories}: no shelter can reach them, so access is not assessed.",
    "missing_category": "No service of category '{category}' exists: every shelter counts as lacking it.",
    "gi_islands_p": "Gi* p-values are permutation p-values ({permutations} permutations, seed {seed}); classes use p < 0.05.",
    "gi_norm_p": "Without permutations, Gi* p-values are one-sided normal approximations.",
    "reason_few": "fewer than 3 districts with residents",
    "reason_links": "no two analysed districts are neighbours",
    "reason_constant": "every district has the same places per 1,000 residents",
    "reason_no_places": "there are no places",
})

METRIC_NOTES = catalogue("metric_note", {
    "places_total": "places ({field}) of active shelters",
    "places_in_districts": "places in districts with residents (basis of all ratios)",
    "population_total": "residents of districts with population > 0",
    "per_1000_city": "places per 1,000 residents, city",
    "districts_analysed": "districts with residents",
    "moran_i": "global Moran's I of per_1000, queen contiguity, row-standardised (esda.Moran)",
    "moran_ei": "expected I under no autocorrelation, -1/(n-1)",
    "moran_z_norm": "z under normality",
    "moran_p_norm": "two-sided p under normality",
    "moran_p_sim": "pseudo p from {permutations} permutations (seed {seed})",
    "gini": "population-weighted Gini of per_1000",
    "theil": "population-weighted Theil T of per_1000: sum (r/R) ln((r/R)/(t/T))",
    "hoover": "1/2 sum |r/R - t/T| (same value as dissimilarity)",
    "hhi": "sum (r/R)^2 over districts with residents",
    "dissimilarity": "1/2 sum |r/R - t/T|: share of places to move for proportionality",
    "cv_load": "population-weighted coefficient of variation of per_1000",
    "clark_evans_r": "mean nearest-neighbour distance / expected under randomness (area: union of districts)",
    "clark_evans_z": "z of Clark-Evans (no edge correction)",
    "clark_evans_p": "two-sided p of Clark-Evans",
    "gi_hot_districts": "districts classed hot (Gi* p < 0.05, z > 0)",
    "gi_cold_districts": "districts classed cold (Gi* p < 0.05, z < 0)",
    "share_places_near_hotspots": "share of places within any hotspot's radius",
    "share_places_near_hotspot": "share of places within the radius of hotspot {name}",
    "share_places_with_access": "share of places with {categories} within {distance} m",
    "kita_per_child": "Kita places per child in reach, city ({variant} within {distance} m, {method})",
    "kita_shortfall": "Kita places missing, sum over districts ({method})",
    "kita_nearest_median_m": "median distance from a shelter to its nearest Kita ({method})",
    "not_computed": "not computed: {reason}",
})


@dataclass
class AnalysisResult:
    """Everything the report, the layers and the dialog show, in plain Python types."""

    districts: List[Dict[str, Any]]
    city: List[Tuple[str, Optional[float], str]]
    lorenz: List[Tuple[float, float]]
    access: List[Dict[str, Any]]
    islands: List[str]
    notes: List[str]
    interpretation: Dict[str, Message]
    parameters: Dict[str, Any] = field(default_factory=dict)
    kita: Dict[str, Dict[str, Any]] = field(default_factory=dict)  # district_id -> Kita figures (kita_children, ...)

    def city_value(self, key: str) -> Optional[float]:
        """Value of city metric ``key`` (None if undefined); KeyError if the metric is unknown."""
        for metric, value, _ in self.city:
            if metric == key:
                return value
        raise KeyError(key)

    def city_dict(self) -> Dict[str, Optional[float]]:
        return {m: v for m, v, _ in self.city}


def _union_area(geoms: Sequence[Any]) -> float:
    if SHAPELY2:
        import shapely

        arr = np.empty(len(geoms), dtype=object)
        arr[:] = list(geoms)
        return float(shapely.union_all(arr).area)
    from shapely.ops import unary_union

    return float(unary_union(list(geoms)).area)


def _sum_area(geoms: Sequence[Any]) -> float:
    if SHAPELY2:
        import shapely

        arr = np.empty(len(geoms), dtype=object)
        arr[:] = list(geoms)
        return float(np.nansum(shapely.area(arr)))
    return float(sum(g.area for g in geoms))


def _finite(value: Any) -> Optional[float]:
    if value is None:
        return None
    value = float(value)
    return value if math.isfinite(value) else None


def _ids(items: Sequence[str], limit: int = 10) -> str:
    items = list(items)
    more = f" (+{len(items) - limit})" if len(items) > limit else ""
    return ", ".join(items[:limit]) + more


class _Run:
    """Progress and cancellation of one analysis run, shared by its steps."""

    def __init__(self, progress: Optional[Callable[[float], None]],
                 is_cancelled: Optional[Callable[[], bool]]) -> None:
        self.progress = progress
        self.is_cancelled = is_cancelled

    def report(self, value: float) -> None:
        if self.progress is not None:
            self.progress(max(0.0, min(100.0, float(value))))

    def check(self) -> None:
        if self.is_cancelled is not None and self.is_cancelled():
            raise CancelledError()


@dataclass
class _Counts:
    """Places and shelters per district, and the ratios every later step uses."""

    districts: List[Any]
    geoms: List[Any]
    pop: Any
    valid: Any
    shelters: List[Any]
    places_sh: Any
    sx: Any
    sy: Any
    inside: Any
    places: Any
    counts: Any
    r_in: Any
    t_in: Any
    R: float
    T: float
    per_1000: Any
    city_rate: Optional[float]
    places_located: float


@dataclass
class _Spatial:
    """Queen weights on the inhabited districts, Moran's I and Gi*."""

    sub: Any
    islands: List[str]
    moran_res: Any
    moran_reason: Optional[str]
    gi_z: Any
    gi_p: Any
    gi_ok: bool
    hot: Any
    cold: Any


def _count_places(data: PlanningData, places_field: str, run: _Run, notes: List[str]) -> _Counts:
    """Counting: locate active shelters in districts, places and shelters per district, places per 1,000."""
    districts = data.districts
    nd = len(districts)
    geoms = [d.geometry for d in districts]
    pop = np.array([np.nan if d.population is None else float(d.population) for d in districts])
    valid = np.isfinite(pop) & (pop > 0)

    shelters = data.active_shelters()
    places_sh = np.array([float(s.places(places_field)) for s in shelters])
    sx = np.array([s.x for s in shelters], dtype=float)
    sy = np.array([s.y for s in shelters], dtype=float)
    where = locate_points(sx, sy, geoms) if len(shelters) else np.empty(0, dtype=np.int64)
    run.check()
    inside = where >= 0
    places = np.bincount(where[inside], weights=places_sh[inside], minlength=nd) if inside.any() else np.zeros(nd)
    counts = np.bincount(where[inside], minlength=nd) if inside.any() else np.zeros(nd, dtype=np.int64)
    if not shelters:
        notes.append(msg(NOTES, "no_shelters"))
    if (~inside).any():
        notes.append(msg(NOTES, "outside", count=int((~inside).sum()), places=int(places_sh[~inside].sum()),
                         ids=_ids([str(s.shelter_id) for s, ok in zip(shelters, inside) if not ok])))
    excluded = [districts[i].district_id for i in np.flatnonzero(~valid)]
    if excluded:
        notes.append(msg(NOTES, "excluded_population", count=len(excluded), ids=_ids([str(e) for e in excluded])))
        lost = float(places[~valid].sum())
        if lost > 0:
            notes.append(msg(NOTES, "excluded_places", places=int(lost)))

    r_in = places[valid]
    t_in = pop[valid]
    R = float(r_in.sum())
    T = float(t_in.sum())
    per_1000 = np.full(nd, np.nan)
    per_1000[valid] = 1000.0 * places[valid] / pop[valid]
    city_rate = 1000.0 * R / T if T > 0 else None
    return _Counts(districts=districts, geoms=geoms, pop=pop, valid=valid, shelters=shelters, places_sh=places_sh,
                   sx=sx, sy=sy, inside=inside, places=places, counts=counts, r_in=r_in, t_in=t_in, R=R, T=T,
                   per_1000=per_1000, city_rate=city_rate, places_located=float(places.sum()))


def _spatial_statistics(c: _Counts, permutations: int, seed: int, run: _Run, notes: List[str]) -> _Spatial:
    """Spatial statistics on the inhabited subset: islands, global Moran's I and local Gi* of per_1000."""
    districts = c.districts
    nd = len(districts)
    valid = c.valid
    R = c.R
    is_cancelled = run.is_cancelled
    w_all = queen_weights(c.geoms, is_cancelled=is_cancelled)
    run.check()
    sub = np.flatnonzero(valid)
    w = w_all.subset(sub)
    island_pos = sub[w.islands] if len(sub) else np.empty(0, dtype=np.int64)
    islands = [str(districts[i].district_id) for i in island_pos]
    if islands and len(sub) > 1:
        notes.append(msg(NOTES, "islands", count=len(islands), ids=_ids(islands)))
    run.report(10)

    y = c.per_1000[valid]
    moran_res = None
    moran_reason = None
    if len(sub) < 3:
        moran_reason = msg(NOTES, "reason_few")
        notes.append(msg(NOTES, "few_districts", count=len(sub)))
    elif w.adjacency.nnz == 0:
        moran_reason = msg(NOTES, "reason_links")
    elif R == 0:
        moran_reason = msg(NOTES, "reason_no_places")
    elif np.ptp(y) == 0:
        moran_reason = msg(NOTES, "reason_constant")
    else:
        moran_res = moran(y, w, permutations, seed, is_cancelled=is_cancelled,
                          progress=lambda v: run.report(10 + 0.5 * v))
    run.report(60)
    run.check()

    gi_z = np.full(nd, np.nan)
    gi_p = np.full(nd, np.nan)
    gi_ok = bool(len(sub) >= 2 and R > 0 and np.ptp(y) > 0)
    if gi_ok:
        g = gi_star(y, w, permutations, None if seed is None else seed + 1, is_cancelled=is_cancelled)
        gi_z[sub] = g.Zs
        gi_p[sub] = g.p_sim if g.p_sim is not None else g.p_norm
        gi_p[sub[w.cardinalities == 0]] = np.nan
        notes.append(msg(NOTES, "gi_islands_p", permutations=permutations, seed=seed) if permutations
                     else msg(NOTES, "gi_norm_p"))
    run.report(75)
    run.check()
    return _Spatial(sub=sub, islands=islands, moran_res=moran_res, moran_reason=moran_reason, gi_z=gi_z, gi_p=gi_p,
                    gi_ok=gi_ok, hot=(gi_p < 0.05) & (gi_z > 0), cold=(gi_p < 0.05) & (gi_z < 0))


def _concentration(c: _Counts, notes: List[str]) -> Dict[str, Any]:
    """Indices: Gini, Theil, dissimilarity (= Hoover), HHI, CV and the Lorenz curve over inhabited districts."""
    if c.R == 0 and c.shelters:
        notes.append(msg(NOTES, "no_places"))
    r_in, t_in = c.r_in, c.t_in
    return {
        "gini": indices.gini(r_in, t_in),
        "theil": indices.theil(r_in, t_in),
        "dissimilarity": indices.dissimilarity(r_in, t_in),
        "hhi": indices.hhi(r_in, t_in),
        "cv_load": indices.cv_load(r_in, t_in),
        "lorenz": indices.lorenz(r_in, t_in),
    }


def _point_pattern(c: _Counts, notes: List[str]) -> Any:
    """Clark-Evans of the located shelters; the study area is the union (or, above UNION_LIMIT, the sum) of districts."""
    nd = len(c.districts)
    located = np.flatnonzero(c.inside)
    if len(located) < 2:
        return None
    if nd <= UNION_LIMIT:
        area = _union_area(c.geoms)
    else:
        area = _sum_area(c.geoms)
        notes.append(msg(NOTES, "area_sum", count=nd))
    return clark_evans(c.sx[located], c.sy[located], area)


def _hotspots_and_access(data: PlanningData, c: _Counts, categories: Tuple[str, ...], service_distance_m: float,
                         notes: List[str], sa: Optional[ServiceAccess] = None
                         ) -> Tuple[Dict[str, Any], List[Dict[str, Any]], Optional[float]]:
    """Shares of places near hotspots, and per-shelter access to the service categories (``sa``: the distances
    of the access step, walking or straight-line)."""
    shelters, places_sh = c.shelters, c.places_sh
    hs = hotspot_shares(c.sx, c.sy, places_sh, data.hotspots) if data.hotspots else {"per_hotspot": {}, "any": None}
    distances = {cat: sa.nearest[cat] for cat in categories} if sa is not None else None
    access = access_table(shelters, places_sh, data.services, categories, service_distance_m, distances)
    if sa is not None:
        straight = sa.nearest_straight.get(sa.parameters["kita_category"])
        for k, row in enumerate(access):
            row["access_method"] = sa.method
            if straight is not None and len(straight) > k and np.isfinite(straight[k]):
                row["kita_straight_m"] = float(straight[k])
            row.update(sa.shelter_values.get(str(row["shelter_id"]), {}))
    share_access = None
    present = {s.category for s in data.services}
    if categories and shelters:
        if not present.intersection(categories):
            notes.append(msg(NOTES, "no_services", categories=", ".join(categories)))
        else:
            for cat in categories:
                if cat not in present:
                    notes.append(msg(NOTES, "missing_category", category=cat))
            total_places = float(places_sh.sum())
            ok_places = float(sum(row["places"] for row in access if row["has_access"]))
            share_access = ok_places / total_places if total_places > 0 else None
    return hs, access, share_access


def _district_rows(c: _Counts, sp: _Spatial, run: _Run) -> List[Dict[str, Any]]:
    """Tables: one row per district (DISTRICT_METRICS), rank 1 = highest places per 1,000."""
    districts, valid, per_1000, pop = c.districts, c.valid, c.per_1000, c.pop
    places, counts, city_rate, T = c.places, c.counts, c.city_rate, c.T
    gi_z, gi_p, hot, cold = sp.gi_z, sp.gi_p, sp.hot, sp.cold
    nd = len(districts)
    order_vals = np.where(valid, per_1000, -np.inf)
    rank = np.full(nd, 0)
    if valid.any():
        # rank 1 = highest places per 1,000; ties share the better rank
        sorted_vals = np.sort(order_vals[valid])[::-1]
        rank[valid] = 1 + np.searchsorted(-sorted_vals, -order_vals[valid], side="left")
    rows: List[Dict[str, Any]] = []
    for i, d in enumerate(districts):
        if i % 5000 == 0:
            run.check()
        v = bool(valid[i])
        rows.append({
            "district_id": d.district_id,
            "name": d.name,
            "population": d.population,
            "places": int(round(places[i])),
            "shelters": int(counts[i]),
            "per_1000": float(per_1000[i]) if v else None,
            "lq": float(per_1000[i] / city_rate) if v and city_rate else None,
            "share_places": float(places[i] / c.places_located) if c.places_located > 0 else None,
            "share_population": float(pop[i] / T) if v and T > 0 else (0.0 if d.population == 0 and T > 0 else None),
            "gi_star_z": _finite(gi_z[i]),
            "gi_star_p": _finite(gi_p[i]),
            "gi_class": "hot" if hot[i] else "cold" if cold[i] else "none",
            "rank_per_1000": int(rank[i]) if v else None,
        })
    return rows


def _kita_fields(rows: List[Dict[str, Any]], sa: ServiceAccess) -> None:
    """The Kita access fields of DISTRICT_METRICS: places per child in reach, shortfall, distance method."""
    for row in rows:
        values = sa.district_values.get(str(row["district_id"]), {})
        row["kita_per_child"] = _finite(values.get("kita_per_child"))
        row["kita_shortfall"] = _finite(values.get("kita_shortfall"))
        row["access_method"] = sa.method


def _city_table(data: PlanningData, c: _Counts, sp: _Spatial, conc: Dict[str, Any], ce: Any, hs: Dict[str, Any],
                share_access: Optional[float], places_field: str, permutations: int, seed: int,
                categories: Tuple[str, ...], service_distance_m: float) -> List[Tuple[str, Optional[float], str]]:
    """Tables: the CITY_METRICS rows (metric, value or None where undefined, note)."""
    moran_res, gi_ok, hot, cold = sp.moran_res, sp.gi_ok, sp.hot, sp.cold
    R, T, city_rate, places_sh, sub = c.R, c.T, c.city_rate, c.places_sh, sp.sub
    gini, theil, dis, hhi, cv = conc["gini"], conc["theil"], conc["dissimilarity"], conc["hhi"], conc["cv_load"]
    def mn(key: str, **kw: Any) -> Any:  # the note of a city metric (a message; front ends render it)
        return msg(METRIC_NOTES, key, **kw)

    city: List[Tuple[str, Optional[float], str]] = [
        ("places_total", float(places_sh.sum()), mn("places_total", field=places_field)),
        ("places_in_districts", R, mn("places_in_districts")),
        ("population_total", T, mn("population_total")),
        ("per_1000_city", city_rate, mn("per_1000_city")),
        ("districts_analysed", float(len(sub)), mn("districts_analysed")),
        ("moran_i", moran_res.I if moran_res else None, mn("moran_i")),
        ("moran_ei", moran_res.EI if moran_res else None, mn("moran_ei")),
        ("moran_z_norm", moran_res.z_norm if moran_res else None, mn("moran_z_norm")),
        ("moran_p_norm", moran_res.p_norm if moran_res else None, mn("moran_p_norm")),
        ("moran_p_sim", moran_res.p_sim if moran_res else None, mn("moran_p_sim", permutations=permutations, seed=seed)),
        ("gi_hot_districts", float(hot.sum()) if gi_ok else None, mn("gi_hot_districts")),
        ("gi_cold_districts", float(cold.sum()) if gi_ok else None, mn("gi_cold_districts")),
        ("gini", gini, mn("gini")),
        ("theil", theil, mn("theil")),
        ("hoover", dis, mn("hoover")),
        ("hhi", hhi, mn("hhi")),
        ("dissimilarity", dis, mn("dissimilarity")),
        ("cv_load", cv, mn("cv_load")),
        ("clark_evans_r", ce.R if ce else None, mn("clark_evans_r")),
        ("clark_evans_z", ce.z if ce else None, mn("clark_evans_z")),
        ("clark_evans_p", ce.p if ce else None, mn("clark_evans_p")),
        ("share_places_near_hotspots", hs["any"], mn("share_places_near_hotspots")),
    ]
    names = {str(h.hotspot_id): (h.name or str(h.hotspot_id)) for h in data.hotspots}
    for hid, share in hs["per_hotspot"].items():
        city.append((f"share_places_near_hotspot:{hid}", share, mn("share_places_near_hotspot", name=names.get(hid, hid))))
    city.append(("share_places_with_access", share_access,
                 mn("share_places_with_access", categories=", ".join(categories), distance=f"{service_distance_m:g}")))
    return [(k, _finite(v), note) for k, v, note in city]


def analyse(data: PlanningData, places_field: str = "capacity", permutations: int = 999, seed: int = 12345,
            service_distance_m: float = 1000.0,
            access_categories: Sequence[str] = ("kita", "school", "language_course"),
            progress: Optional[Callable[[float], None]] = None,
            is_cancelled: Optional[Callable[[], bool]] = None, *,
            network: Any = None, age_rows: Optional[Sequence[Tuple[Any, float, float, float]]] = None,
            demand_rates: Optional[Sequence[Tuple[float, float, float]]] = None,
            under6_share: Optional[float] = None, kita_category: str = "kita",
            kita_max_distance_m: Optional[float] = None,
            age_points: Optional[Sequence[Tuple[Any, float, float, float]]] = None) -> AnalysisResult:
    """Run the dispersion analysis on validated ``data``.

    ``places_field`` is "capacity" or "occupied". ``progress`` receives 0..100;
    ``is_cancelled`` is polled in every loop and raises CancelledError when it
    turns true. Problems in the data (no residents, no shelters, islands,
    shelters outside districts) never raise: affected figures are None and
    ``notes`` say why. The steps (counting, spatial statistics, indices, point
    pattern, hotspots/access, tables) are the functions above, in that order.

    Access (issue 18): ``network`` (core.network.WalkingNetwork) measures the distances to services on foot,
    else they are straight-line; ``age_rows`` (district_id, age_from, age_to exclusive, count) with the
    Kitas' places (services' ``capacity``) give the E2SFCA Kita places per child in reach and the shortfall
    per district and shelter (``demand_rates``, ``under6_share`` of shelter residents, within
    ``kita_max_distance_m``; defaults in core.metrics.fsca). ``age_points`` (district_id, x, y, weight in
    the working CRS, e.g. the cells of a Zensus age grid) spread each district's children over where they
    live instead of one point per district. Without places or ages Kita access is the
    distance-only check and the reading says so (metrics.kita).
    """
    if places_field not in ("capacity", "occupied"):
        raise InputError(f"places_field must be 'capacity' or 'occupied', not {places_field!r}")
    if not data.districts:
        raise InputError(msg(NOTES, "no_districts"))
    permutations = max(0, int(permutations or 0))
    categories = tuple(access_categories or ())
    run = _Run(progress, is_cancelled)
    notes: List[str] = []
    run.report(0)
    c = _count_places(data, places_field, run, notes)
    run.report(5)
    sp = _spatial_statistics(c, permutations, seed, run, notes)
    conc = _concentration(c, notes)
    run.report(80)
    ce = _point_pattern(c, notes)
    run.check()
    run.report(85)
    from . import fsca

    kita_limit = float(kita_max_distance_m) if kita_max_distance_m is not None else fsca.DEFAULT_MAX_DISTANCE_M
    sa = service_access(data, c.shelters, categories, service_distance_m, network=network, age_rows=age_rows,
                        demand_rates=tuple(demand_rates) if demand_rates else fsca.DEFAULT_DEMAND_RATES,
                        under6_share=fsca.DEFAULT_SHELTER_UNDER6_SHARE if under6_share is None else float(under6_share),
                        kita_category=kita_category, kita_max_distance_m=kita_limit, age_points=age_points)
    notes.extend(sa.notes)
    run.check()
    hs, access, share_access = _hotspots_and_access(data, c, categories, service_distance_m, notes, sa)
    run.check()
    run.report(92)
    rows = _district_rows(c, sp, run)
    _kita_fields(rows, sa)
    city = _city_table(data, c, sp, conc, ce, hs, share_access, places_field, permutations, seed,
                       categories, service_distance_m)
    city += _kita_city(sa)

    values = {k: v for k, v, _ in city}
    T, t_in = c.T, c.t_in
    theil_max = math.log(T / float(t_in.min())) if T > 0 and len(t_in) else None
    context = {
        "places_analysed": c.R, "inhabited_districts": int(len(sp.sub)), "theil_max": theil_max,
        "moran_reason": sp.moran_reason, "gi_hot": int(sp.hot.sum()) if sp.gi_ok else None,
        "gi_cold": int(sp.cold.sum()) if sp.gi_ok else None,
        "access_categories": categories, "service_distance_m": service_distance_m,
    }
    interpretation = interpret(values, context)
    interpretation.update(_kita_readings(sa, values, categories, service_distance_m))
    run.report(100)
    return AnalysisResult(
        districts=rows, city=city, lorenz=conc["lorenz"], access=access, islands=sp.islands, notes=notes,
        interpretation=interpretation,
        parameters={"places_field": places_field, "permutations": permutations, "seed": seed,
                    "service_distance_m": service_distance_m, "access_categories": categories,
                    **sa.parameters},
        kita=sa.district_values,
    )


def _kita_city(sa: ServiceAccess) -> List[Tuple[str, Optional[float], str]]:
    """CITY_METRICS rows of Kita access: places per child in reach, shortfall, median distance to a Kita."""
    from .access_texts import method_text, text

    how = method_text(sa.method)
    kd = sa.nearest.get(sa.parameters["kita_category"], np.zeros(0))
    finite = kd[np.isfinite(kd)]
    median = float(np.median(finite)) if len(finite) else None
    if sa.capacity_used:
        per_child = msg(METRIC_NOTES, "kita_per_child", variant=sa.parameters.get("kita_variant", ""),
                        distance=f"{sa.parameters['kita_max_distance_m']:g}", method=how)
        short = msg(METRIC_NOTES, "kita_shortfall", method=how)
    else:
        reason = text(sa.missing or "missing_both")
        per_child = short = msg(METRIC_NOTES, "not_computed", reason=reason)
    return [("kita_per_child", _finite(sa.city.get("kita_per_child")), per_child),
            ("kita_shortfall", _finite(sa.city.get("kita_shortfall")), short),
            ("kita_nearest_median_m", _finite(median), msg(METRIC_NOTES, "kita_nearest_median_m", method=how))]


def _kita_readings(sa: ServiceAccess, values: Dict[str, Any], categories: Tuple[str, ...],
                   service_distance_m: float) -> Dict[str, Message]:
    """Readings of the access figures that name the distance method (the straight-line one stays interpret's)."""
    from ..i18n import joined
    from .access_texts import text
    from .interpret import category_list, pct

    out: Dict[str, Message] = {}
    if sa.method != "straight_line" and values.get("share_places_with_access") is not None:
        out["share_places_with_access"] = text("access_network", percent=pct(values["share_places_with_access"]),
                                               categories=category_list(categories),
                                               distance=f"{service_distance_m:g}")
    if "kita_per_child" in sa.readings:
        out["kita_per_child"] = sa.readings["kita_per_child"]
        out["kita_shortfall"] = sa.readings["kita_per_child"]
    nearest = [sa.readings[k] for k in ("nearest_kita", "network_vs_straight") if k in sa.readings]
    if nearest:
        out["kita_nearest_median_m"] = joined(nearest)
    return out
