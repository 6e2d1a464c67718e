"""Plain-language reasons (messages, rendered by the front ends) for each suggested site, and the district table."""
from __future__ import annotations

from typing import Any, Dict, List

import numpy as np
from scipy.spatial import cKDTree

from ..contract import category_name
from ..i18n import Message, joined
from ..model import Shelter
from .instance import Instance, hotspot_distances, nearest_distances, within_hotspot
from .params import Array
from .texts import num, text


def district_loads(inst: Instance, places: Array) -> Dict[str, Array]:
    """New places and loads (per 1,000) before and after, per district."""
    nd = len(inst.pop)
    new = np.zeros(nd)
    tot = places.sum(axis=1)
    m = (tot > 0) & (inst.district >= 0)
    np.add.at(new, inst.district[m], tot[m])
    with np.errstate(divide="ignore", invalid="ignore"):
        before = np.where(inst.pop > 0, inst.existing * 1000.0 / inst.pop, np.nan)
        after = np.where(inst.pop > 0, (inst.existing + new) * 1000.0 / inst.pop, np.nan)
    return {"new": new, "before": before, "after": after}


def max_load(inst: Instance, places: Array) -> float:
    """Stage-a objective: highest load among districts that receive new places."""
    dl = district_loads(inst, places)
    recv = dl["new"] > 0
    return float(np.max(dl["after"][recv])) if recv.any() else 0.0


def spread_value(inst: Instance, places: Array) -> float:
    """Stage-b objective: places near hotspots plus the weighted number of close open pairs."""
    tot = places.sum(axis=1)
    val = float(tot[inst.hot_site].sum())
    if len(inst.spread_pairs) and inst.params.close_pair_weight > 0:
        # spread_pairs are pairs of locations: count the opened sites at each
        loc, loc_xy = inst.loc, inst.loc_xy
        if loc is None or loc_xy is None:  # build_instance sets the locations together with the pairs
            raise TypeError("an instance with spread pairs needs its locations (loc, loc_xy)")
        opened = np.bincount(loc[tot > 0], minlength=len(loc_xy)).astype(np.int64)
        both = opened[inst.spread_pairs[:, 0]] * opened[inst.spread_pairs[:, 1]]
        val += float(inst.params.close_pair_weight) * int(both.sum())
    return val


def spread_can_be_positive(inst: Instance) -> bool:
    """Whether stage b has anything to minimise: sites near hotspots, or close pairs with a weight."""
    return bool(inst.hot_site.any()) or (len(inst.spread_pairs) > 0 and inst.params.close_pair_weight > 0)


def cost_value(inst: Instance, places: Array) -> float:
    return float((places.sum(axis=1) * inst.cost).sum())


def district_table(inst: Instance, places: Array) -> List[Dict[str, Any]]:
    """Rows of DISTRICT_METRICS_AFTER."""
    dl = district_loads(inst, places)
    rows = []
    for d, dist in enumerate(inst.data.districts):
        pop = inst.pop[d]
        rows.append({
            "district_id": dist.district_id, "name": dist.name, "population": dist.population,
            "places_before": int(inst.existing[d]), "places_new": int(dl["new"][d]),
            "places_after": int(inst.existing[d] + dl["new"][d]),
            "per_1000_before": None if pop <= 0 else float(dl["before"][d]),
            "per_1000_after": None if pop <= 0 else float(dl["after"][d]),
            "cap": int(inst.cap[d]),
        })
    return rows


def site_rows(inst: Instance, places: Array, with_reasons: bool = True) -> List[Dict[str, Any]]:
    """One dict per (site, group) with places, in input order, with the reason as a message.

    ``reason`` is a :class:`~plugin.core.i18n.Message` (its text is English; front ends and
    ``outputs.suggestion_rows`` render it in their language), ``reason_code``/``reason_params`` store it.
    """
    data = inst.data
    dl = district_loads(inst, places)
    shelters = data.active_shelters()
    sxy = np.array([[s.x, s.y] for s in shelters], dtype=float).reshape(-1, 2)
    stree = cKDTree(sxy) if len(sxy) else None
    rows = []
    opened = np.flatnonzero(places.sum(axis=1) > 0)
    svc = _service_distances(inst, opened) if with_reasons else {}
    kita = kita_use(inst, places) if with_reasons and inst.kita is not None else {}
    for s in opened:
        c = data.candidates[s]
        d = int(inst.district[s])
        for g in np.flatnonzero(places[s] > 0):
            row = {"site_id": c.site_id, "name": c.name, "x": c.x, "y": c.y, "group_label": inst.groups[g],
                   "places": int(places[s, g]), "district_id": data.districts[d].district_id if d >= 0 else None}
            if with_reasons:
                reason = _reason(inst, s, g, d, dl, shelters, stree, svc, kita)
                row.update(reason=reason, reason_code=reason.code, reason_params=reason.to_json())
            rows.append(row)
    return rows


def _service_distances(inst: Instance, opened: Array) -> Dict[str, Dict[int, float]]:
    """Per service category, the distance from each opened site to its nearest service of that category
    (walking on the instance's network, else straight-line): all categories at once, one search each."""
    data, p = inst.data, inst.params
    cats = list(p.service_categories) or sorted({sv.category for sv in data.services})
    out: Dict[str, Dict[int, float]] = {}
    for cat in cats:
        pts = np.array([(sv.x, sv.y) for sv in data.services if sv.category == cat], dtype=float).reshape(-1, 2)
        if len(pts) and len(opened):
            d = nearest_distances(inst.xy[opened], pts, inst.network)
            out[cat] = {int(s): float(v) for s, v in zip(opened, d)}
    return out


def kita_use(inst: Instance, places: Array) -> Dict[int, Dict[str, Any]]:
    """Per opened site under the Kita rule: its expected children and the free places of the Kitas within reach,
    with the nearest of them (name and distance), for the reasons."""
    kd = inst.kita
    if kd is None:
        return {}
    tot = places.sum(axis=1)
    out: Dict[int, Dict[str, Any]] = {}
    for s in np.flatnonzero(tot > 0):
        m = kd.site == s
        ks, ds = kd.kita[m], kd.dist[m]
        entry: Dict[str, Any] = {"children": kd.rate * float(tot[s]), "free": float(kd.free[ks].sum()), "n": len(ks)}
        if len(ks):
            k = int(np.argmin(ds))
            sv = inst.data.services[kd.services[int(ks[k])]]
            entry.update(name=sv.name or sv.service_id, d=float(ds[k]))
        out[int(s)] = entry
    return out


def _reason(inst: Instance, s: int, g: int, d: int, dl: Dict[str, Array], shelters: List[Shelter], stree: Any,
            svc: Dict[str, Dict[int, float]], kita: Dict[int, Dict[str, Any]]) -> Message:
    data, p = inst.data, inst.params
    x, y = inst.xy[s]
    dist = data.districts[d]
    parts = []
    if inst.groups[g] is not None:
        parts.append(text("r_group", group=inst.groups[g]))
    cap_per_1000 = num(p.max_per_1000)
    parts.append(text("r_district", district=f"{dist.district_id} {dist.name}".strip(),
                      before=num(dl["before"][d]), after=num(dl["after"][d]), cap=cap_per_1000))
    if stree is not None:
        dd, j = stree.query([x, y], k=1)
        parts.append(text("r_shelter", name=shelters[int(j)].name or shelters[int(j)].shelter_id, d=num(dd, 0)))
    else:
        parts.append(text("r_no_shelter"))
    if data.hotspots:
        inside = [h.name or h.hotspot_id for h in data.hotspots if within_hotspot(h, [x], [y])[0]]
        if inside:
            parts.append(text("r_hot_in", names=", ".join(inside)))
        else:
            dists = [float(hotspot_distances(h, [x], [y])[0]) for h in data.hotspots]
            k = int(np.argmin(dists))
            h = data.hotspots[k]
            parts.append(text("r_hot_out", name=h.name or h.hotspot_id, d=num(dists[k], 0)))
    walk = inst.network is not None
    items = []
    for cat, by_site in svc.items():
        best = by_site.get(int(s), np.inf)
        if not np.isfinite(best):
            items.append(text("r_item_unreachable", category=category_name(cat)))
        elif walk:
            items.append(text("r_item_walk", category=category_name(cat), d=num(best, 0)))
        else:
            items.append(joined((category_name(cat), num(best, 0), "m")))
    if items:
        parts.append(text("r_services" if walk else "r_services_line", items=tuple(items)))
    use = kita.get(int(s))
    if use is not None and "name" in use:
        parts.append(text("r_kita_walk" if walk else "r_kita_line", children=num(use["children"]),
                          free=num(use["free"], 0), n=use["n"], dist=num(p.kita_max_distance_m, 0), name=use["name"],
                          d=num(use["d"], 0)))
    return text("reason", parts=tuple(parts))
