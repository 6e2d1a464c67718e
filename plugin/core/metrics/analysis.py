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
from ..i18n import msg
from ..model import PlanningData
from . import indices
from .access import access_table, hotspot_shares
from .interpret import interpret
from .points import clark_evans
from .spatial import gi_star, moran
from .weights import queen_weights

# Above this many districts the study area is the sum of district areas (a
# union of 100,000 polygons costs seconds); districts are assumed not to overlap.
UNION_LIMIT = 5000

NOTES: Dict[str, Dict[str, str]] = {
    "excluded_population": {
        "en": "{count} district(s) without residents (population 0 or missing) are left out of places per 1,000, the indices, Moran's I and Gi*: {ids}.",
        "de": "{count} Stadtteil(e) ohne Einwohner (Einwohnerzahl 0 oder fehlend) bleiben bei Plätzen je 1.000 Einwohner, den Indizes, Moran's I und Gi* unberücksichtigt: {ids}.",
    },
    "excluded_places": {
        "en": "{places} place(s) lie in districts without residents and are not part of the indices.",
        "de": "{places} Platz/Plätze liegen in Stadtteilen ohne Einwohner und gehen nicht in die Indizes ein.",
    },
    "outside": {
        "en": "{count} active shelter(s) with {places} place(s) lie outside every district: counted in places_total, not in any district: {ids}.",
        "de": "{count} aktive Unterkunft/Unterkünfte mit {places} Plätzen liegen außerhalb aller Stadtteile: in places_total enthalten, aber keinem Stadtteil zugerechnet: {ids}.",
    },
    "islands": {
        "en": "{count} district(s) have no neighbour sharing a boundary point among the analysed districts: {ids}. As in esda/libpysal their weight rows are zero: they do not enter Moran's I and get no Gi* value.",
        "de": "{count} Stadtteil(e) haben unter den ausgewerteten Stadtteilen keinen Nachbarn mit gemeinsamem Grenzpunkt: {ids}. Wie in esda/libpysal sind ihre Gewichtszeilen null: Sie gehen nicht in Moran's I ein und erhalten keinen Gi*-Wert.",
    },
    "no_places": {
        "en": "There are no places in districts with residents: indices of concentration are not defined.",
        "de": "In bewohnten Stadtteilen gibt es keine Plätze: Konzentrationsmaße sind nicht definiert.",
    },
    "no_shelters": {
        "en": "No active shelters: nothing to analyse beyond population.",
        "de": "Keine aktiven Unterkünfte: außer den Einwohnerzahlen gibt es nichts auszuwerten.",
    },
    "few_districts": {
        "en": "Only {count} district(s) with residents: spatial statistics need at least 3.",
        "de": "Nur {count} bewohnte(r) Stadtteil(e): räumliche Statistiken brauchen mindestens 3.",
    },
    "area_sum": {
        "en": "Study area for Clark-Evans is the sum of the {count} district areas (districts assumed not to overlap).",
        "de": "Als Fläche für Clark-Evans dient die Summe der {count} Stadtteilflächen (Stadtteile ohne Überlappung angenommen).",
    },
    "no_services": {
        "en": "No services of categor(y/ies) {categories}: no shelter can reach them, so access is not assessed.",
        "de": "Keine Angebote der Kategorie(n) {categories}: Keine Unterkunft erreicht sie, die Erreichbarkeit wird nicht bewertet.",
    },
    "missing_category": {
        "en": "No service of category '{category}' exists: every shelter counts as lacking it.",
        "de": "Es gibt kein Angebot der Kategorie „{category}“: Alle Unterkünfte gelten als ohne Zugang dazu.",
    },
    "gi_islands_p": {
        "en": "Gi* p-values are permutation p-values ({permutations} permutations, seed {seed}); classes use p < 0.05.",
        "de": "Gi*-p-Werte sind Permutations-p-Werte ({permutations} Permutationen, Startwert {seed}); Klassen bei p < 0,05.",
    },
    "gi_norm_p": {
        "en": "Without permutations, Gi* p-values are one-sided normal approximations.",
        "de": "Ohne Permutationen sind die Gi*-p-Werte einseitige Normalverteilungs-Näherungen.",
    },
    "reason_few": {"en": "fewer than 3 districts with residents", "de": "weniger als 3 bewohnte Stadtteile"},
    "reason_links": {"en": "no two analysed districts are neighbours", "de": "keine zwei ausgewerteten Stadtteile sind benachbart"},
    "reason_constant": {"en": "every district has the same places per 1,000 residents", "de": "alle Stadtteile haben gleich viele Plätze je 1.000 Einwohner"},
    "reason_no_places": {"en": "there are no places", "de": "es gibt keine Plätze"},
}

METRIC_NOTES: Dict[str, Dict[str, str]] = {
    "places_total": {"en": "places ({field}) of active shelters", "de": "Plätze ({field}) aktiver Unterkünfte"},
    "places_in_districts": {"en": "places in districts with residents (basis of all ratios)", "de": "Plätze in bewohnten Stadtteilen (Basis aller Quoten)"},
    "population_total": {"en": "residents of districts with population > 0", "de": "Einwohner der bewohnten Stadtteile"},
    "per_1000_city": {"en": "places per 1,000 residents, city", "de": "Plätze je 1.000 Einwohner, Stadt"},
    "districts_analysed": {"en": "districts with residents", "de": "bewohnte Stadtteile"},
    "moran_i": {"en": "global Moran's I of per_1000, queen contiguity, row-standardised (esda.Moran)", "de": "globales Moran's I von per_1000, Queen-Nachbarschaft, zeilenstandardisiert (esda.Moran)"},
    "moran_ei": {"en": "expected I under no autocorrelation, -1/(n-1)", "de": "Erwartungswert von I ohne Autokorrelation, -1/(n-1)"},
    "moran_z_norm": {"en": "z under normality", "de": "z-Wert unter Normalverteilungsannahme"},
    "moran_p_norm": {"en": "two-sided p under normality", "de": "zweiseitiger p-Wert unter Normalverteilungsannahme"},
    "moran_p_sim": {"en": "pseudo p from {permutations} permutations (seed {seed})", "de": "Pseudo-p aus {permutations} Permutationen (Startwert {seed})"},
    "gini": {"en": "population-weighted Gini of per_1000", "de": "einwohnergewichteter Gini von per_1000"},
    "theil": {"en": "population-weighted Theil T of per_1000: sum (r/R) ln((r/R)/(t/T))", "de": "einwohnergewichteter Theil-T von per_1000: Summe (r/R) ln((r/R)/(t/T))"},
    "hoover": {"en": "1/2 sum |r/R - t/T| (same value as dissimilarity)", "de": "1/2 Summe |r/R - t/T| (gleich dem Segregationsindex)"},
    "hhi": {"en": "sum (r/R)^2 over districts with residents", "de": "Summe (r/R)^2 über bewohnte Stadtteile"},
    "dissimilarity": {"en": "1/2 sum |r/R - t/T|: share of places to move for proportionality", "de": "1/2 Summe |r/R - t/T|: Anteil zu verlagernder Plätze bis zur Proportionalität"},
    "cv_load": {"en": "population-weighted coefficient of variation of per_1000", "de": "einwohnergewichteter Variationskoeffizient von per_1000"},
    "clark_evans_r": {"en": "mean nearest-neighbour distance / expected under randomness (area: union of districts)", "de": "mittlere Nächster-Nachbar-Distanz / Erwartung bei Zufall (Fläche: Vereinigung der Stadtteile)"},
    "clark_evans_z": {"en": "z of Clark-Evans (no edge correction)", "de": "z-Wert Clark-Evans (ohne Randkorrektur)"},
    "clark_evans_p": {"en": "two-sided p of Clark-Evans", "de": "zweiseitiger p-Wert Clark-Evans"},
    "gi_hot_districts": {"en": "districts classed hot (Gi* p < 0.05, z > 0)", "de": "Stadtteile als Hotspot (Gi* p < 0,05, z > 0)"},
    "gi_cold_districts": {"en": "districts classed cold (Gi* p < 0.05, z < 0)", "de": "Stadtteile als Coldspot (Gi* p < 0,05, z < 0)"},
    "share_places_near_hotspots": {"en": "share of places within any hotspot's radius", "de": "Anteil der Plätze im Umkreis irgendeines Treffpunkts"},
    "share_places_near_hotspot": {"en": "share of places within the radius of hotspot {name}", "de": "Anteil der Plätze im Umkreis von Treffpunkt {name}"},
    "share_places_with_access": {"en": "share of places with {categories} within {distance} m", "de": "Anteil der Plätze mit {categories} innerhalb {distance} m"},
}


@dataclass
class AnalysisResult:
    """Everything the report, the layers and the dialog show, in plain Python types."""

    districts: List[Dict[str, Any]]
    city: List[Tuple[str, Optional[float], str]]
    lorenz: List[Tuple[float, float]]
    access: List[Dict[str, Any]]
    islands: List[str]
    notes: List[str]
    interpretation: Dict[str, str]
    parameters: Dict[str, Any] = field(default_factory=dict)

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


def analyse(data: PlanningData, places_field: str = "capacity", permutations: int = 999, seed: int = 12345,
            service_distance_m: float = 1000.0,
            access_categories: Sequence[str] = ("kita", "school", "language_course"),
            progress: Optional[Callable[[float], None]] = None,
            is_cancelled: Optional[Callable[[], bool]] = None) -> AnalysisResult:
    """Run the dispersion analysis on validated ``data``.

    ``places_field`` is "capacity" or "occupied". ``progress`` receives 0..100;
    ``is_cancelled`` is polled in every loop and raises CancelledError when it
    turns true. Problems in the data (no residents, no shelters, islands,
    shelters outside districts) never raise: affected figures are None and
    ``notes`` say why.
    """
    if places_field not in ("capacity", "occupied"):
        raise InputError(f"places_field must be 'capacity' or 'occupied', not {places_field!r}")
    if not data.districts:
        raise InputError(msg({"x": {"en": "There are no districts to analyse.", "de": "Es gibt keine Stadtteile auszuwerten."}}, "x"))
    permutations = max(0, int(permutations or 0))
    categories = tuple(access_categories or ())

    def report(value: float) -> None:
        if progress is not None:
            progress(max(0.0, min(100.0, float(value))))

    def check() -> None:
        if is_cancelled is not None and is_cancelled():
            raise CancelledError()

    notes: List[str] = []
    report(0)
    districts = data.districts
    nd = len(districts)
    geoms = [d.geometry for d in districts]
    pop = np.array([np.nan if d.population is None else float(d.population) for d in districts])
    valid = np.isfinite(pop) & (pop > 0)

    # --- places per district
    shelters = data.active_shelters()
    places_sh = np.array([float(s.places(places_field)) for s in shelters])
    sx = np.array([s.x for s in shelters], dtype=float)
    sy = np.array([s.y for s in shelters], dtype=float)
    where = locate_points(sx, sy, geoms) if len(shelters) else np.empty(0, dtype=np.int64)
    check()
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
    report(5)

    r_in = places[valid]
    t_in = pop[valid]
    R = float(r_in.sum())
    T = float(t_in.sum())
    per_1000 = np.full(nd, np.nan)
    per_1000[valid] = 1000.0 * places[valid] / pop[valid]
    city_rate = 1000.0 * R / T if T > 0 else None
    places_located = float(places.sum())

    # --- spatial statistics on the inhabited subset
    w_all = queen_weights(geoms, is_cancelled=is_cancelled)
    check()
    sub = np.flatnonzero(valid)
    w = w_all.subset(sub)
    island_pos = sub[w.islands] if len(sub) else np.empty(0, dtype=np.int64)
    islands = [str(districts[i].district_id) for i in island_pos]
    if islands and len(sub) > 1:
        notes.append(msg(NOTES, "islands", count=len(islands), ids=_ids(islands)))
    report(10)

    y = per_1000[valid]
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
                          progress=lambda v: report(10 + 0.5 * v))
    report(60)
    check()

    gi_z = np.full(nd, np.nan)
    gi_p = np.full(nd, np.nan)
    gi_ok = len(sub) >= 2 and R > 0 and np.ptp(y) > 0
    if gi_ok:
        g = gi_star(y, w, permutations, None if seed is None else seed + 1, is_cancelled=is_cancelled)
        gi_z[sub] = g.Zs
        gi_p[sub] = g.p_sim if g.p_sim is not None else g.p_norm
        gi_p[sub[w.cardinalities == 0]] = np.nan
        notes.append(msg(NOTES, "gi_islands_p", permutations=permutations, seed=seed) if permutations
                     else msg(NOTES, "gi_norm_p"))
    report(75)
    check()

    # --- indices
    if R == 0 and shelters:
        notes.append(msg(NOTES, "no_places"))
    gini = indices.gini(r_in, t_in)
    theil = indices.theil(r_in, t_in)
    dis = indices.dissimilarity(r_in, t_in)
    hhi = indices.hhi(r_in, t_in)
    cv = indices.cv_load(r_in, t_in)
    lorenz = indices.lorenz(r_in, t_in)
    report(80)

    # --- point pattern
    ce = None
    located = np.flatnonzero(inside)
    if len(located) >= 2:
        if nd <= UNION_LIMIT:
            area = _union_area(geoms)
        else:
            area = _sum_area(geoms)
            notes.append(msg(NOTES, "area_sum", count=nd))
        ce = clark_evans(sx[located], sy[located], area)
    check()
    report(85)

    # --- hotspots and access
    hs = hotspot_shares(sx, sy, places_sh, data.hotspots) if data.hotspots else {"per_hotspot": {}, "any": None}
    access = access_table(shelters, places_sh, data.services, categories, service_distance_m)
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
    check()
    report(92)

    # --- per-district table
    order_vals = np.where(valid, per_1000, -np.inf)
    rank = np.full(nd, 0)
    if valid.any():
        # rank 1 = highest places per 1,000; ties share the better rank
        sorted_vals = np.sort(order_vals[valid])[::-1]
        rank[valid] = 1 + np.searchsorted(-sorted_vals, -order_vals[valid], side="left")
    hot = (gi_p < 0.05) & (gi_z > 0)
    cold = (gi_p < 0.05) & (gi_z < 0)
    rows: List[Dict[str, Any]] = []
    for i, d in enumerate(districts):
        if i % 5000 == 0:
            check()
        v = bool(valid[i])
        rows.append({
            "district_id": d.district_id,
            "name": d.name,
            "population": d.population,
            "places": int(round(places[i])),
            "shelters": int(counts[i]),
            "per_1000": float(per_1000[i]) if v else None,
            "lq": float(per_1000[i] / city_rate) if v and city_rate else None,
            "share_places": float(places[i] / places_located) if places_located > 0 else None,
            "share_population": float(pop[i] / T) if v and T > 0 else (0.0 if d.population == 0 and T > 0 else None),
            "gi_star_z": _finite(gi_z[i]),
            "gi_star_p": _finite(gi_p[i]),
            "gi_class": "hot" if hot[i] else "cold" if cold[i] else "none",
            "rank_per_1000": int(rank[i]) if v else None,
        })

    # --- city table
    mn = lambda key, **kw: msg(METRIC_NOTES, key, **kw)  # noqa: E731
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
    city = [(k, _finite(v), note) for k, v, note in city]

    values = {k: v for k, v, _ in city}
    theil_max = math.log(T / float(t_in.min())) if T > 0 and len(t_in) else None
    context = {
        "places_analysed": R, "inhabited_districts": int(len(sub)), "theil_max": theil_max,
        "moran_reason": moran_reason, "gi_hot": int(hot.sum()) if gi_ok else None, "gi_cold": int(cold.sum()) if gi_ok else None,
        "access_categories": categories, "service_distance_m": service_distance_m,
    }
    interpretation = interpret(values, context)
    report(100)
    return AnalysisResult(
        districts=rows, city=city, lorenz=lorenz, access=access, islands=islands, notes=notes,
        interpretation=interpretation,
        parameters={"places_field": places_field, "permutations": permutations, "seed": seed,
                    "service_distance_m": service_distance_m, "access_categories": categories},
    )
