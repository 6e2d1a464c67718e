"""Independent re-check of every placement rule on any set of suggested places.

Deliberately written without the optimiser's presolve or formulation: plain
loops and pairwise distances, so that it catches modelling errors.
"""
from __future__ import annotations

import math
from typing import Any, Callable, Dict, Iterable, List, Mapping, Sequence, Set, Tuple

import numpy as np

from ..geometry import locate_points
from ..model import Candidate, PlanningData, Rule, Shelter
from .instance import EPS, group_key, hotspot_distances
from .params import PlacementParams
from .texts import text


def _f(v: float) -> str:
    return f"{v:,.0f}" if abs(v) >= 10 else f"{v:.1f}"


def verify(data: PlanningData, params: PlacementParams, sites: Iterable[Mapping[str, Any]],
           network: Any = None) -> List[str]:
    """Plain-language list of violated rules for ``sites`` (dicts with site_id, places, group_label); empty if all hold.

    The rules are checked one after the other, in the order of the contract: sizes, totals,
    district cap, spacing, hotspots, group rules, services, Kita places. With a ``network`` the service and
    Kita distances are walking distances (od_matrix), else straight-line.
    """
    out: List[str] = []
    cands = {c.site_id: c for c in data.candidates}
    grouped = bool([g for g in data.group_demand if g.places])
    demand: Dict[str, int] = {}
    label_of: Dict[str, str] = {}
    for g in data.group_demand:
        if g.places:
            demand[group_key(g.group_label)] = demand.get(group_key(g.group_label), 0) + int(g.places)
            label_of[group_key(g.group_label)] = g.group_label
    per_site = _places_per_site(sites, cands, grouped, demand, out)
    opened = [cands[i] for i in per_site]
    totals = [sum(per_site[i].values()) for i in per_site]
    _check_sizes(opened, totals, per_site, out)
    if grouped:
        _check_group_totals(per_site, demand, label_of, out)
    elif sum(totals) != int(params.places):
        out.append(text("v_total", placed=sum(totals), need=int(params.places)))
    shelters = data.active_shelters()
    splaces = [s.places(params.places_field) for s in shelters]
    _check_district_cap(data, params, opened, totals, shelters, splaces, out)
    _check_spacing(float(params.min_spacing_m), opened, shelters, out)
    if params.hotspot_max_places is not None:
        _check_hotspots(data, params.hotspot_max_places, opened, totals, shelters, splaces, out)
    if grouped:
        holders = [(c, set(per_site[c.site_id])) for c in opened]
        for r in data.rules:
            if r.relation == "separate":
                _check_separate(r, holders, shelters, out)
            elif r.relation == "near":
                _check_near(data, r, holders, shelters, out)
    if params.service_categories:
        _check_services(data, params, opened, out, network)
    if params.kita_rule:
        _check_kita(data, params, opened, totals, shelters, out, network)
    return out


def _places_per_site(sites: Iterable[Mapping[str, Any]], cands: Mapping[Any, Candidate], grouped: bool,
                     demand: Mapping[str, int], out: List[str]) -> Dict[Any, Dict[str, int]]:
    """Places per site and group key (rows of unknown sites or groups and bad numbers are reported)."""
    per_site: Dict[Any, Dict[str, int]] = {}
    for row in sites:
        sid = row["site_id"]
        places = row.get("places")
        if sid not in cands:
            out.append(text("v_unknown_site", site=sid))
            continue
        if not isinstance(places, (int, np.integer)) or places <= 0:
            out.append(text("v_bad_places", site=sid, places=places))
            continue
        key = group_key(row.get("group_label")) if grouped else ""
        if grouped and key not in demand:
            out.append(text("v_unknown_group", site=sid, group=row.get("group_label")))
        per_site.setdefault(sid, {})
        per_site[sid][key] = per_site[sid].get(key, 0) + int(places)
    return per_site


def _check_sizes(opened: Sequence[Candidate], totals: Sequence[int], per_site: Mapping[Any, Mapping[str, int]],
                 out: List[str]) -> None:
    """size: places in multiples of the module, from the site's minimum to its maximum."""
    for c, tot in zip(opened, totals):
        m = int(c.module or 1)
        for _key, p in per_site[c.site_id].items():
            if p % m:
                out.append(text("v_module", site=c.site_id, places=p, module=m))
        lo = max(int(c.min_places), m)
        if tot < lo or tot > c.max_places:
            out.append(text("v_range", site=c.site_id, places=tot, min=lo, max=c.max_places))


def _check_group_totals(per_site: Mapping[Any, Mapping[str, int]], demand: Mapping[str, int],
                        label_of: Mapping[str, str], out: List[str]) -> None:
    """demand: each group gets exactly its places."""
    placed: Dict[str, int] = {}
    for i in per_site:
        for key, p in per_site[i].items():
            placed[key] = placed.get(key, 0) + p
    for key, need in demand.items():
        if placed.get(key, 0) != need:
            out.append(text("v_group_total", group=label_of[key], placed=placed.get(key, 0), need=need))


def _check_district_cap(data: PlanningData, params: PlacementParams, opened: Sequence[Candidate],
                        totals: Sequence[int], shelters: Sequence[Shelter], splaces: Sequence[float],
                        out: List[str]) -> None:
    """district: every opened site inside a district, and no district above MAX_PER_1000."""
    polys = [d.geometry for d in data.districts]
    where = locate_points([c.x for c in opened], [c.y for c in opened], polys) if opened else np.zeros(0, int)
    swhere = locate_points([s.x for s in shelters], [s.y for s in shelters], polys) if shelters else np.zeros(0, int)
    new_d: Dict[int, int] = {}
    for c, d, tot in zip(opened, where, totals):
        if d < 0:
            out.append(text("v_outside", site=c.site_id))
            continue
        new_d[int(d)] = new_d.get(int(d), 0) + tot
    for d, new in sorted(new_d.items()):
        dist = data.districts[d]
        pop = dist.population or 0
        existing = sum(p for p, w in zip(splaces, swhere) if w == d)
        cap = max(0.0, params.max_per_1000 * pop / 1000.0 - existing) if pop > 0 else 0.0
        if new > cap + 1e-9:
            out.append(text("v_cap", district=dist.name or dist.district_id, new=new, cap=int(math.floor(cap + 1e-9))))


def _check_spacing(sp: float, opened: Sequence[Candidate], shelters: Sequence[Shelter], out: List[str]) -> None:
    """spacing: opened sites at least MIN_SPACING_M from each other and from the shelters."""
    if sp <= 0:
        return
    for a in range(len(opened)):
        for b in range(a + 1, len(opened)):
            d = math.hypot(opened[a].x - opened[b].x, opened[a].y - opened[b].y)
            if d < sp - EPS:
                out.append(text("v_spacing", a=opened[a].site_id, b=opened[b].site_id, d=_f(d), min=_f(sp)))
        for s in shelters:
            d = math.hypot(opened[a].x - s.x, opened[a].y - s.y)
            if d < sp - EPS:
                out.append(text("v_spacing_shelter", a=opened[a].site_id, b=s.shelter_id, d=_f(d), min=_f(sp)))


def _check_hotspots(data: PlanningData, max_places: int, opened: Sequence[Candidate], totals: Sequence[int],
                    shelters: Sequence[Shelter], splaces: Sequence[float], out: List[str]) -> None:
    """hotspot: at most HOTSPOT_MAX_PLACES places (existing and new) within each hotspot's radius."""
    for h in data.hotspots:
        if opened:
            dd = hotspot_distances(h, [c.x for c in opened], [c.y for c in opened])
            new = sum(t for t, d in zip(totals, dd) if d <= h.radius_m + EPS)
        else:
            new = 0
        existing: float = 0  # an int without shelters, as the cap in the message
        if shelters:
            ds = hotspot_distances(h, [s.x for s in shelters], [s.y for s in shelters])
            existing = sum(p for p, d in zip(splaces, ds) if d <= h.radius_m + EPS)
        cap = max(0, max_places - existing)
        if new > cap:
            out.append(text("v_hotspot", hotspot=h.name or h.hotspot_id, new=new, cap=cap))


def _check_separate(r: Rule, holders: Sequence[Tuple[Candidate, Set[str]]], shelters: Sequence[Shelter],
                    out: List[str]) -> None:
    """separate: no two sites (or a site and a shelter) of the rule's groups closer than its distance."""
    ka, kb = group_key(r.group_a), group_key(r.group_b)
    pairs_seen = set()
    for x, gx in holders:
        for y_, gy in holders:
            d = math.hypot(x.x - y_.x, x.y - y_.y)
            if d >= r.distance_m - EPS:
                continue
            if x.site_id == y_.site_id and ka == kb:
                continue
            if ka in gx and kb in gy:
                key = tuple(sorted((str(x.site_id), str(y_.site_id))))
                if key in pairs_seen:
                    continue
                pairs_seen.add(key)
                out.append(text("v_separate", a=r.group_a, b=r.group_b, dist=_f(r.distance_m), s=x.site_id,
                                ga=r.group_a, t=y_.site_id, gb=r.group_b, d=_f(d)))
        for s in shelters:
            d = math.hypot(x.x - s.x, x.y - s.y)
            if d >= r.distance_m - EPS:
                continue
            sk = group_key(s.group_label)
            if (ka in gx and sk == kb) or (kb in gx and sk == ka):
                out.append(text("v_separate", a=r.group_a, b=r.group_b, dist=_f(r.distance_m), s=x.site_id,
                                ga=r.group_a if ka in gx and sk == kb else r.group_b, t=s.shelter_id,
                                gb=s.group_label, d=_f(d)))


def _check_near(data: PlanningData, r: Rule, holders: Sequence[Tuple[Candidate, Set[str]]],
                shelters: Sequence[Shelter], out: List[str]) -> None:
    """near: every site of group a within the distance of a shelter or hotspot of group b."""
    ka, kb = group_key(r.group_a), group_key(r.group_b)
    for x, gx in holders:
        if ka not in gx:
            continue
        ok = any(group_key(s.group_label) == kb and math.hypot(x.x - s.x, x.y - s.y) <= r.distance_m + EPS
                 for s in shelters)
        ok = ok or any(group_key(h.community) == kb and hotspot_distances(h, [x.x], [x.y])[0] <= r.distance_m + EPS
                       for h in data.hotspots)
        if not ok:
            out.append(text("v_near", a=r.group_a, b=r.group_b, dist=_f(r.distance_m), s=x.site_id))


def _distance(network: Any) -> Callable[[Sequence[Tuple[float, float]], Sequence[Tuple[float, float]]], List[List[float]]]:
    """Pairwise distances between two point lists: walking on ``network`` (od_matrix, snap walks included, no
    snapping limit), else straight-line in plain loops."""
    def straight(a: Sequence[Tuple[float, float]], b: Sequence[Tuple[float, float]]) -> List[List[float]]:
        return [[math.hypot(p[0] - q[0], p[1] - q[1]) for q in b] for p in a]

    def walk(a: Sequence[Tuple[float, float]], b: Sequence[Tuple[float, float]]) -> List[List[float]]:
        from ..network import od_matrix

        if not a or not b:
            return [[math.inf] * len(b) for _ in a]
        dense = od_matrix(a, b, network, max_snap_distance=None).dense()
        return [[float(v) for v in row] for row in dense]

    return straight if network is None else walk


def _check_services(data: PlanningData, params: PlacementParams, opened: Sequence[Candidate], out: List[str],
                    network: Any = None) -> None:
    """services: every required category within SERVICE_MAX_DISTANCE_M of every opened site (walking with a network)."""
    dist = _distance(network)
    key = "v_service" if network is None else "v_service_walk"
    for cat in params.service_categories:
        pts = [(s.x, s.y) for s in data.services if s.category == cat]
        rows = dist([(c.x, c.y) for c in opened], pts)
        for c, row in zip(opened, rows):
            if min(row, default=math.inf) > params.service_max_distance_m + EPS:
                out.append(text(key, site=c.site_id, category=cat, dist=_f(params.service_max_distance_m)))


def _check_kita(data: PlanningData, params: PlacementParams, opened: Sequence[Candidate], totals: Sequence[int],
                shelters: Sequence[Shelter], out: List[str], network: Any = None) -> None:
    """Kita places: the children of the new places fit into the Kitas' free places within reach.

    Recomputed from the definition (PlacementParams, instance.kita_arrays) with plain loops: each existing
    demand point's children split among the Kitas within reach by their places; free = max(0, places - load);
    then a transportation LP (most children placed) must place them all.
    """
    from scipy.optimize import linprog

    from ..metrics.fsca import demand_from_ages, under6_rate

    kitas = [s for s in data.services if s.category == params.kita_category and getattr(s, "capacity", None) is not None]
    cap = [max(0.0, float(getattr(k, "capacity", 0) or 0)) for k in kitas]
    rate = float(params.kita_under6_share) * under6_rate(params.kita_rates)
    reach = float(params.kita_max_distance_m)
    dist = _distance(network)
    kxy = [(k.x, k.y) for k in kitas]
    # existing demand points: district centres (centroid, or a point inside), or the district's age points
    # (its children split by the points' weights), and shelters
    by_id = demand_from_ages(params.kita_age_rows, params.kita_rates) if params.kita_age_rows else {}
    cells: Dict[str, List[Tuple[float, float, float]]] = {}
    for did, x, y, w in params.kita_age_points:
        if float(w) > 0:
            cells.setdefault(str(did), []).append((float(x), float(y), float(w)))
    points, demand = [], []
    for d in data.districts:
        child = by_id.get(str(d.district_id), 0.0)
        g = d.geometry
        mine = cells.get(str(d.district_id))
        if child > 0 and mine:
            weight = sum(w for _x, _y, w in mine)
            points += [(x, y) for x, y, _w in mine]
            demand += [child * w / weight for _x, _y, w in mine]
            continue
        if child <= 0 or g is None or g.is_empty:
            continue
        c = g.centroid if g.intersects(g.centroid) else g.representative_point()
        points.append((float(c.x), float(c.y)))
        demand.append(child)
    for s in shelters:
        points.append((s.x, s.y))
        demand.append(float(s.places(params.places_field) or 0) * rate)
    load = [0.0] * len(kitas)
    for (i_row, dem) in zip(dist(points, kxy), demand):
        near = [j for j, v in enumerate(i_row) if v <= reach + EPS and cap[j] > 0]
        total = sum(cap[j] for j in near)
        for j in near:
            load[j] += dem * cap[j] / total
    free = [max(0.0, c - used) for c, used in zip(cap, load)]
    need = [rate * t for t in totals]
    if not opened or sum(need) <= 0:
        return
    pairs = [(i, j) for i, row in enumerate(dist([(c.x, c.y) for c in opened], kxy)) for j, v in enumerate(row)
             if v <= reach + EPS and cap[j] > 0]
    fits = 0.0
    if pairs:
        # most children placed: max sum x_ij, sum_j x_ij <= need_i, sum_i x_ij <= free_j
        a = np.zeros((len(opened) + len(kitas), len(pairs)))
        for col, (i, j) in enumerate(pairs):
            a[i, col] = 1.0
            a[len(opened) + j, col] = 1.0
        res = linprog(-np.ones(len(pairs)), A_ub=a, b_ub=np.array(need + free), bounds=(0, None), method="highs")
        fits = float(-res.fun) if res.status == 0 else 0.0
    if fits < sum(need) - 1e-6 * max(1.0, sum(need)):
        out.append(text("v_kita", children=_f(sum(need)), fits=_f(fits)))
