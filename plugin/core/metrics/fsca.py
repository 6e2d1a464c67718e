"""Capacity-aware service access: two-step floating catchment area (2SFCA) and its enhanced variant (E2SFCA).

Step 1, per supply j (a Kita with ``capacity`` places):  R_j = S_j / sum_i D_i w(d_ij)
Step 2, per demand point i (a district or a shelter):    A_i = sum_j R_j w(d_ij)
over the pairs with d_ij <= ``max_cost``; w = 1 for 2SFCA, a step function of
distance bands for E2SFCA (Luo & Qi 2009). A_i is the number of places per
child in reach once competition is counted; D_i A_i the places that fall to
point i, and max(0, D_i - D_i A_i) its shortfall. Values equal PySAL ``access``
(``two_stage_fca``/``enhanced_two_stage_fca``; test/core/test_fsca_access.py)
with two deliberate differences at the edges: a demand point with no supply in
reach gets 0 (``access``: missing/NaN) and a supply no demand reaches gets
R_j = 0 (``access``: inf/NaN); both are flagged (``reachable``, ``demand_in_catchment``).

Demand comes from children by age group (``demand_from_ages``, default rates
of Kaiserslautern's youth-welfare committee) plus children living in shelters
(an assumed share of residents under 6, a planner's figure).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Dict, Iterable, List, Optional, Sequence, Tuple

import numpy as np
from numpy.typing import NDArray

# (age_from, age_to exclusive, share of children who need a place): 26.5 % of under-2s, 75 % of 2-3-year-olds,
# 99 % of 3-6-year-olds (Jugendhilfeausschuss Kaiserslautern). Editable by passing other rates.
DEFAULT_DEMAND_RATES: Tuple[Tuple[float, float, float], ...] = ((0.0, 2.0, 0.265), (2.0, 3.0, 0.75), (3.0, 6.0, 0.99))
# Share of a shelter's residents who are under 6: an assumption the planner sets (editable), not a statistic.
DEFAULT_SHELTER_UNDER6_SHARE = 0.10
# Distance-decay bands for E2SFCA on foot, metres -> weight (Luo & Qi's 1 / 0.68 / 0.22 steps); illustrative.
DEFAULT_BANDS: Tuple[Tuple[float, float], ...] = ((500.0, 1.0), (1000.0, 0.68), (1500.0, 0.22))
DEFAULT_MAX_DISTANCE_M = 1500.0

Rates = Sequence[Tuple[float, float, float]]


def step_weights(bands: Sequence[Tuple[float, float]]) -> Callable[[NDArray[Any]], NDArray[Any]]:
    """Vectorised step function: the weight of the first band whose upper bound is >= d, 0 beyond the last.

    Same rule as ``access.weights.step_fn`` (bounds inclusive), on arrays.
    """
    ordered = sorted((float(b), float(w)) for b, w in bands)
    if any(w < 0 for _, w in ordered):
        raise ValueError("distance-decay weights must not be negative")
    bounds = np.array([b for b, _ in ordered])
    weights = np.array([w for _, w in ordered] + [0.0])

    def weight(d: NDArray[Any]) -> NDArray[Any]:
        return weights[np.searchsorted(bounds, np.asarray(d, dtype=float), side="left")]

    return weight


def _overlap(a0: float, a1: float, b0: float, b1: float) -> float:
    return max(0.0, min(a1, b1) - max(a0, b0))


def demand_from_ages(rows: Iterable[Tuple[Any, float, float, float]], rates: Rates = DEFAULT_DEMAND_RATES
                     ) -> Dict[str, float]:
    """Children needing a place per district from rows ``(district_id, age_from, age_to, count)``.

    ``age_to`` is exclusive (the city's "BisKleinerAls"). A row spanning several
    rate bands is split by years, assuming the same count in every year of age;
    ages outside the bands add nothing.
    """
    out: Dict[str, float] = {}
    for district_id, age_from, age_to, count in rows:
        a0, a1, c = float(age_from), float(age_to), float(count)
        if a1 <= a0:
            raise ValueError(f"age group {a0:g}-{a1:g} of district {district_id} is empty or reversed")
        share = sum(rate * _overlap(a0, a1, r0, r1) for r0, r1, rate in rates) / (a1 - a0)
        key = str(district_id)
        out[key] = out.get(key, 0.0) + c * share
    return out


def under6_rate(rates: Rates = DEFAULT_DEMAND_RATES) -> float:
    """Share of all under-6-year-olds needing a place, with every year of age equally large (0.708 by default)."""
    return sum(rate * _overlap(0.0, 6.0, r0, r1) for r0, r1, rate in rates) / 6.0


def shelter_demand(residents: Sequence[float], under6_share: float = DEFAULT_SHELTER_UNDER6_SHARE,
                   rates: Rates = DEFAULT_DEMAND_RATES) -> NDArray[Any]:
    """Places needed by the children of each shelter: residents x share under 6 x demand rate of under-6s."""
    if not 0.0 <= under6_share <= 1.0:
        raise ValueError("the share of residents under 6 must lie between 0 and 1")
    return np.asarray(residents, dtype=float) * under6_share * under6_rate(rates)


@dataclass
class FCAResult:
    """2SFCA/E2SFCA per demand point and per supply point."""

    access: NDArray[Any]  # per demand point: places per child in reach (A_i)
    places: NDArray[Any]  # per demand point: places that fall to it, demand x access
    shortfall: NDArray[Any]  # per demand point: max(0, demand - places)
    reachable: NDArray[Any]  # per demand point: any supply within max_cost (with weight > 0)
    places_within_reach: NDArray[Any]  # per demand point: all places within max_cost, competition ignored
    supply_ratio: NDArray[Any]  # per supply: R_j, places per child competing for it
    demand_in_catchment: NDArray[Any]  # per supply: weighted demand within reach
    variant: str  # "2SFCA" or "E2SFCA"
    max_cost: Optional[float] = None
    method: Optional[str] = None  # distance used: "network" or "straight_line"
    messages: List[Any] = field(default_factory=list)


def two_step_fca(demand: Sequence[float], supply: Sequence[float], origin: Sequence[int], destination: Sequence[int],
                 cost: Sequence[float], *, max_cost: Optional[float] = None,
                 bands: Optional[Sequence[Tuple[float, float]]] = None) -> FCAResult:
    """2SFCA (``bands`` None) or E2SFCA from costs in long form (demand index, supply index, cost).

    Pairs missing from the long form are out of reach (as pruned OD matrices leave them).
    """
    dem = np.asarray(demand, dtype=float)
    sup = np.asarray(supply, dtype=float)
    o = np.asarray(origin, dtype=np.int64)
    j = np.asarray(destination, dtype=np.int64)
    c = np.asarray(cost, dtype=float)
    if np.any(dem < 0) or np.any(sup < 0):
        raise ValueError("demand and supply must not be negative")
    keep = np.isfinite(c)
    if max_cost is not None:
        keep &= c <= max_cost
    o, j, c = o[keep], j[keep], c[keep]
    w = step_weights(bands)(c) if bands else np.ones(len(c))
    catchment = np.bincount(j, weights=dem[o] * w, minlength=len(sup))
    ratio = np.divide(sup, catchment, out=np.zeros(len(sup)), where=catchment > 0)
    acc = np.bincount(o, weights=ratio[j] * w, minlength=len(dem))
    reachable = np.bincount(o, weights=(w > 0).astype(float), minlength=len(dem)) > 0
    within = np.bincount(o, weights=sup[j], minlength=len(dem))
    places = dem * acc
    return FCAResult(access=acc, places=places, shortfall=np.maximum(dem - places, 0.0), reachable=reachable,
                     places_within_reach=within, supply_ratio=ratio, demand_in_catchment=catchment,
                     variant="E2SFCA" if bands else "2SFCA", max_cost=max_cost)


def fca_from_od(demand: Sequence[float], supply: Sequence[float], od: Any, *, max_cost: Optional[float] = None,
                bands: Optional[Sequence[Tuple[float, float]]] = None) -> FCAResult:
    """2SFCA/E2SFCA on an ``ODMatrix`` (plugin.core.network): the result names the distance method."""
    limit = max_cost if max_cost is not None else od.max_distance
    res = two_step_fca(demand, supply, od.origin, od.destination, od.distance, max_cost=limit, bands=bands)
    res.method = od.method
    res.messages = list(od.messages)
    return res


def kita_access(district_ids: Sequence[str], district_xy: Sequence[Sequence[float]], district_demand: Sequence[float],
                kita_xy: Sequence[Sequence[float]], kita_capacity: Sequence[float], *,
                shelter_ids: Sequence[str] = (), shelter_xy: Sequence[Sequence[float]] = (),
                shelter_residents: Sequence[float] = (), shelter_district: Optional[Sequence[Optional[str]]] = None,
                under6_share: float = DEFAULT_SHELTER_UNDER6_SHARE, rates: Rates = DEFAULT_DEMAND_RATES,
                network: Any = None, max_distance: float = DEFAULT_MAX_DISTANCE_M,
                bands: Optional[Sequence[Tuple[float, float]]] = DEFAULT_BANDS,
                district_points: Optional[Sequence[Tuple[Any, float, float, float]]] = None,
                kita_ids: Optional[Sequence[str]] = None) -> Dict[str, Any]:
    """Kita places per child and shortfall per district and per shelter, on the walking network if given.
    (``kita_ids`` only name the Kitas in a message when one lies too far from the network.)

    Districts (demand at ``district_xy``, e.g. a population-weighted centre) and
    shelters (their children, ``shelter_demand``) compete for the same places.
    ``district_points`` (district_id, x, y, weight), e.g. the cells of a Zensus age grid, spread a
    district's demand over where its children live, in proportion to the weights; a district then
    sums the places and shortfalls of its points (a surplus at one point does not cover a shortfall at
    another). Districts without points keep their one point.
    A district's shortfall includes the shelters in it (``shelter_district``).
    Returns {"districts": rows, "shelters": rows, "result": FCAResult, "method": ...}; a district row's
    "demand_points" counts the points its demand was spread over (0: its one ``district_xy``).
    """
    from ..network import od_matrix, point_label

    s_dem = shelter_demand(shelter_residents, under6_share, rates) if len(shelter_ids) else np.zeros(0)
    d_dem = np.asarray(district_demand, dtype=float)
    owner, p_xy, p_dem, spread = spread_demand(district_ids, district_xy, d_dem, district_points)
    points = np.concatenate([p_xy, np.asarray(shelter_xy, dtype=float).reshape(-1, 2)])
    od = od_matrix(points, kita_xy, network, max_distance=max_distance,
                   origin_labels=[point_label("district", district_ids[k]) for k in owner]
                   + [point_label("shelter", s) for s in shelter_ids],
                   destination_labels=None if kita_ids is None else [point_label("kita", k) for k in kita_ids])
    res = fca_from_od(np.concatenate([p_dem, s_dem]), kita_capacity, od, max_cost=max_distance, bands=bands)
    nd = len(p_dem)
    shelter_rows = []
    extra_demand: Dict[str, float] = {}
    extra_short: Dict[str, float] = {}
    for k, sid in enumerate(shelter_ids):
        i = nd + k
        home = shelter_district[k] if shelter_district is not None else None
        if home is not None:
            extra_demand[str(home)] = extra_demand.get(str(home), 0.0) + float(s_dem[k])
            extra_short[str(home)] = extra_short.get(str(home), 0.0) + float(res.shortfall[i])
        shelter_rows.append({"shelter_id": sid, "district_id": home, "children_demand": float(s_dem[k]),
                             "places_per_child": float(res.access[i]), "places": float(res.places[i]),
                             "shortfall": float(res.shortfall[i]), "kita_in_reach": bool(res.reachable[i])})
    district_rows = []
    for i, did in enumerate(district_ids):
        key = str(did)
        mine = np.flatnonzero(owner == i)
        dem = p_dem[mine]
        places = float(res.places[mine].sum())
        if dem.sum() > 0:
            ratio = places / float(dem.sum())
            within = float(np.dot(res.places_within_reach[mine], dem) / dem.sum())
        else:  # no children: the ratio a child would meet, on average over the district's points
            ratio = float(res.access[mine].mean())
            within = float(res.places_within_reach[mine].mean())
        district_rows.append({
            "district_id": did, "children_demand": float(d_dem[i]), "shelter_children_demand": extra_demand.get(key, 0.0),
            "places_per_child": ratio, "places": places, "places_within_reach": within,
            "shortfall": float(res.shortfall[mine].sum()) + extra_short.get(key, 0.0),
            "kita_in_reach": bool(res.reachable[mine].any()),
            "demand_points": int(len(mine)) if spread[i] else 0})
    return {"districts": district_rows, "shelters": shelter_rows, "result": res, "method": res.method,
            "variant": res.variant, "max_distance": max_distance}


def spread_demand(district_ids: Sequence[Any], district_xy: Sequence[Sequence[float]], demand: NDArray[Any],
                  points: Optional[Sequence[Tuple[Any, float, float, float]]]) -> Tuple[NDArray[Any], ...]:
    """(district index, xy, demand) per demand point, and per district whether ``points`` placed it: each district's
    demand split over its ``points`` by weight (district_id, x, y, weight >= 0), or at its one ``district_xy`` where
    it has no point with a positive weight.

    Points of districts not in ``district_ids`` are left out (the age source reports them)."""
    index = {str(d): k for k, d in enumerate(district_ids)}
    xy = np.asarray(district_xy, dtype=float).reshape(-1, 2)
    by: Dict[int, List[Tuple[float, float, float]]] = {}
    for did, x, y, w in points or ():
        k = index.get(str(did))
        if k is not None and float(w) > 0 and np.isfinite([x, y, w]).all():
            by.setdefault(k, []).append((float(x), float(y), float(w)))
    owner: List[int] = []
    out_xy: List[Tuple[float, float]] = []
    out_dem: List[float] = []
    for k in range(len(district_ids)):
        pts = by.get(k)
        if not pts:
            owner.append(k)
            out_xy.append((float(xy[k, 0]), float(xy[k, 1])))
            out_dem.append(float(demand[k]))
            continue
        total = sum(w for _x, _y, w in pts)
        for x, y, w in pts:
            owner.append(k)
            out_xy.append((x, y))
            out_dem.append(float(demand[k]) * w / total)
    spread = np.array([k in by for k in range(len(district_ids))], dtype=bool)
    return (np.asarray(owner, dtype=np.int64), np.asarray(out_xy, dtype=float).reshape(-1, 2),
            np.asarray(out_dem, dtype=float), spread)
