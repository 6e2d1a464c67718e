"""Service access on foot or in a straight line, and Kita places per child in reach (issue 18), for ``analyse``.

Why a module of its own: the analysis adds one step (``service_access``) that measures, per shelter, the
distance to the nearest service of each category, on the walking network when one is given (else in a
straight line), and, when Kitas have places and an age table gives the children, the 2SFCA/E2SFCA Kita
ratio per district and per shelter (``fsca.kita_access``). Without places or ages it falls back to the
distance-only check and says so. Every reading names the distance method.

Demand: children needing a place per district from the age table (``fsca.demand_from_ages``, the
youth-welfare committee's rates unless others are given), placed at a point inside each district, or,
with ``age_points`` (the cells of a Zensus age grid), spread over where the children live; the
children of each shelter from its residents (occupied places) x an assumed share under 6 (a planner's
figure). Supply: the places (``capacity``) of the services of the Kita category.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, Iterable, List, Optional, Sequence, Tuple

import numpy as np
from numpy.typing import NDArray

from ..contract import category_name
from ..geometry import locate_points, representative_xy
from ..i18n import Message, number
from . import fsca
from .access_texts import method_text, text

STRAIGHT_LINE = "straight_line"
NETWORK = "network"


@dataclass
class ServiceAccess:
    """What the access step adds to an analysis."""

    method: str  # "network" or "straight_line"
    nearest: Dict[str, NDArray[Any]]  # category -> distance per shelter (NaN: no such service; inf: unreachable)
    nearest_straight: Dict[str, NDArray[Any]]  # the same in a straight line (for the comparison)
    district_values: Dict[str, Dict[str, Any]] = field(default_factory=dict)  # district_id -> kita fields
    shelter_values: Dict[str, Dict[str, Any]] = field(default_factory=dict)  # shelter_id -> kita fields
    city: Dict[str, Optional[float]] = field(default_factory=dict)  # kita_per_child, kita_shortfall
    notes: List[Message] = field(default_factory=list)
    readings: Dict[str, Message] = field(default_factory=dict)
    capacity_used: bool = False  # True when the 2SFCA ratio was computed (places and ages known)
    missing: Optional[str] = None  # why the ratio was not computed: access_texts key "missing_*"
    parameters: Dict[str, Any] = field(default_factory=dict)


def _straight(sx: NDArray[Any], sy: NDArray[Any], services: Sequence[Any], cat: str) -> NDArray[Any]:
    from .access import nearest_distances

    return nearest_distances(sx.tolist(), sy.tolist(), services, [cat])[cat]


def _examples(items: Iterable[Any], limit: int = 5) -> str:
    items = [str(i) for i in items]
    return ", ".join(items[:limit]) + (f" (+{len(items) - limit})" if len(items) > limit else "")


def nearest_by_category(sx: Sequence[float], sy: Sequence[float], services: Sequence[Any], categories: Sequence[str],
                        network: Any = None, labels: Optional[Sequence[str]] = None) -> Dict[str, NDArray[Any]]:
    """Per category, the distance from each shelter to the nearest service: walking on ``network`` if given
    (inf where none is reachable), else straight line; NaN when the category has no service at all."""
    from ..network import nearest_distance, point_label

    xs = np.asarray(sx, dtype=float)
    ys = np.asarray(sy, dtype=float)
    out: Dict[str, NDArray[Any]] = {}
    for cat in categories:
        sel = [s for s in services if s.category == cat]
        if network is None or not sel or len(xs) == 0:
            out[cat] = _straight(xs, ys, services, cat)
            continue
        kind = "kita" if cat == "kita" else "service"
        dist, _, _ = nearest_distance(np.column_stack([xs, ys]).tolist(), [(s.x, s.y) for s in sel], network,
                                      origin_labels=None if labels is None else [point_label("shelter", x) for x in labels],
                                      destination_labels=[point_label(kind, s.service_id) for s in sel])
        out[cat] = np.asarray(dist, dtype=float)
    return out


def _district_demand(districts: Sequence[Any], age_rows: Sequence[Tuple[Any, float, float, float]],
                     rates: fsca.Rates, notes: List[Message]) -> NDArray[Any]:
    by_id = fsca.demand_from_ages(age_rows, rates)
    ids = [str(d.district_id) for d in districts]
    unmatched = [k for k in by_id if k not in set(ids)]
    if unmatched:
        notes.append(text("ages_unmatched", count=len(unmatched), examples=_examples(unmatched)))
    missing = [i for i in ids if i not in by_id]
    if missing:
        notes.append(text("ages_missing_districts", count=len(missing), examples=_examples(missing)))
    return np.array([by_id.get(i, 0.0) for i in ids], dtype=float)


def service_access(data: Any, shelters: Sequence[Any], categories: Sequence[str], service_distance_m: float, *,
                   network: Any = None, age_rows: Optional[Sequence[Tuple[Any, float, float, float]]] = None,
                   demand_rates: fsca.Rates = fsca.DEFAULT_DEMAND_RATES,
                   under6_share: float = fsca.DEFAULT_SHELTER_UNDER6_SHARE, kita_category: str = "kita",
                   kita_max_distance_m: float = fsca.DEFAULT_MAX_DISTANCE_M,
                   kita_bands: Optional[Sequence[Tuple[float, float]]] = fsca.DEFAULT_BANDS,
                   age_points: Optional[Sequence[Tuple[Any, float, float, float]]] = None) -> ServiceAccess:
    """Nearest-service distances per shelter (on foot when ``network`` is given) and, with Kita places and an age
    table, the Kita ratio and shortfall per district and shelter; see the module text. ``age_points``
    (district_id, x, y, weight; e.g. Zensus grid cells) place each district's children where they live."""
    method = NETWORK if network is not None else STRAIGHT_LINE
    sx = np.array([s.x for s in shelters], dtype=float)
    sy = np.array([s.y for s in shelters], dtype=float)
    labels = [str(s.shelter_id) for s in shelters]
    wanted = list(dict.fromkeys([*categories, kita_category]))
    nearest = nearest_by_category(sx.tolist(), sy.tolist(), data.services, wanted, network, labels)
    straight = nearest if network is None else {c: _straight(sx, sy, data.services, c) for c in wanted}
    out = ServiceAccess(method=method, nearest=nearest, nearest_straight=straight,
                        parameters={"access_method": method, "kita_category": kita_category,
                                    "kita_max_distance_m": float(kita_max_distance_m),
                                    "under6_share": float(under6_share)})
    how = method_text(method)
    if network is not None:
        out.notes.extend(network.warnings)
    # the nearest Kita, in the reading of the access figure
    kd = nearest[kita_category]
    if len(shelters) and np.isnan(kd).all():
        out.readings["nearest_kita"] = text("nearest_service_none", category=category_name(kita_category))
    elif len(shelters):
        finite = kd[np.isfinite(kd)]
        far = int((~np.isfinite(kd) | (kd > kita_max_distance_m)).sum())
        out.readings["nearest_kita"] = text(
            "nearest_service", category=category_name(kita_category), median=number(float(np.median(finite)) if len(finite) else None, 0),
            method=how, far=far, shelters=len(shelters), limit=number(kita_max_distance_m, 0))
        if network is not None:
            sd = straight[kita_category]
            ok = np.isfinite(kd) & np.isfinite(sd) & (sd > 0)
            factor = float(np.mean(kd[ok] / sd[ok])) if ok.any() else None
            lost = int(((sd <= kita_max_distance_m) & ~(kd <= kita_max_distance_m)).sum())
            out.readings["network_vs_straight"] = text("network_vs_straight", factor=number(factor, 2), count=lost,
                                                       limit=number(kita_max_distance_m, 0))

    kitas = [s for s in data.services if s.category == kita_category]
    with_places = [k for k in kitas if getattr(k, "capacity", None) is not None]
    missing = None
    if not with_places and not age_rows:
        missing = "missing_both"
    elif not with_places:
        missing = "missing_capacity"
    elif not age_rows:
        missing = "missing_ages"
    out.missing = missing
    if missing is not None or not data.districts:
        if kitas or age_rows:
            out.readings["kita_per_child"] = text("kita_distance_only", method=how, missing=text(missing or "missing_both"))
        return out
    without = [k for k in kitas if getattr(k, "capacity", None) is None]
    if without:
        out.notes.append(text("capacity_partial", count=len(without),
                              examples=_examples(k.name or k.service_id for k in without)))
    district_demand = _district_demand(data.districts, age_rows or (), demand_rates, out.notes)
    dxy = [representative_xy(d.geometry) or (np.nan, np.nan) for d in data.districts]
    where = locate_points(sx, sy, [d.geometry for d in data.districts]) if len(shelters) else np.zeros(0, dtype=int)
    homes = [str(data.districts[w].district_id) if w >= 0 else None for w in where]
    residents = [float(s.occupied) for s in shelters]
    res = fsca.kita_access([str(d.district_id) for d in data.districts], dxy, district_demand.tolist(),
                           [(k.x, k.y) for k in kitas], [float(k.capacity or 0) for k in kitas],
                           shelter_ids=labels, shelter_xy=np.column_stack([sx, sy]).tolist() if len(shelters) else [],
                           shelter_residents=residents, shelter_district=homes, under6_share=under6_share,
                           rates=demand_rates, network=network, max_distance=kita_max_distance_m, bands=kita_bands,
                           district_points=age_points, kita_ids=[str(k.service_id) for k in kitas])
    out.capacity_used = True
    if age_points:
        spread = [r["demand_points"] for r in res["districts"] if r["demand_points"]]
        out.notes.append(text("demand_at_points", districts=len(spread), points=number(sum(spread), 0),
                              rest=len(res["districts"]) - len(spread)))
        out.parameters["kita_demand_points"] = int(sum(spread))
    for row in res["districts"]:
        out.district_values[str(row["district_id"])] = {
            "kita_per_child": row["places_per_child"], "kita_shortfall": row["shortfall"],
            "kita_children": row["children_demand"] + row["shelter_children_demand"]}
    for row in res["shelters"]:
        out.shelter_values[str(row["shelter_id"])] = {
            "kita_children": row["children_demand"], "kita_per_child": row["places_per_child"],
            "kita_shortfall": row["shortfall"], "kita_in_reach": row["kita_in_reach"]}
    fca = res["result"]
    demand = float(np.sum(district_demand)) + float(sum(r["children_demand"] for r in res["shelters"]))
    allocated = float(np.sum(fca.places))
    shortfall = float(sum(v["kita_shortfall"] for v in out.district_values.values()))
    out.city = {"kita_per_child": allocated / demand if demand > 0 else None, "kita_shortfall": shortfall}
    out.parameters["kita_variant"] = res["variant"]
    worst = max(res["districts"], key=lambda r: r["shortfall"])
    names = {str(d.district_id): d.name or str(d.district_id) for d in data.districts}
    common = {"variant": res["variant"], "limit": number(kita_max_distance_m, 0), "method": how,
              "ratio": number(out.city["kita_per_child"], 2), "places": number(sum(float(k.capacity or 0) for k in kitas), 0),
              "demand": number(demand, 0)}
    if shortfall >= 0.5:
        out.readings["kita_per_child"] = text("kita_ratio", shortfall=number(shortfall, 0),
                                              worst=names.get(str(worst["district_id"]), str(worst["district_id"])),
                                              **common)
    else:
        out.readings["kita_per_child"] = text("kita_ratio_no_shortfall", **common)
    return out
