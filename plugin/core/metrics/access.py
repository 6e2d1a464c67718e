"""Distances from shelters to services and places near community hotspots.

Distances are straight-line metres in the projected CRS (a floor for walking
distance: the report says so). Nearest services use a k-d tree per category.
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Sequence

import numpy as np
from numpy.typing import NDArray
from scipy.spatial import cKDTree

from ..geometry import SHAPELY2


def nearest_distances(sx: Sequence[float], sy: Sequence[float], services: Sequence[Any],
                      categories: Sequence[str]) -> Dict[str, NDArray[Any]]:
    """Per category, the distance from each shelter to the nearest service (NaN if the category has none)."""
    pts = np.column_stack([np.asarray(sx, dtype=float), np.asarray(sy, dtype=float)])
    out: Dict[str, NDArray[Any]] = {}
    for cat in categories:
        sel = [(s.x, s.y) for s in services if s.category == cat]
        if not sel or len(pts) == 0:
            out[cat] = np.full(len(pts), np.nan)
            continue
        d, _ = cKDTree(np.asarray(sel, dtype=float)).query(pts, k=1)
        out[cat] = np.asarray(d, dtype=float)
    return out


def distances_to_hotspot(sx: Sequence[float], sy: Sequence[float], hotspot: Any) -> NDArray[Any]:
    """Distance from each shelter to a hotspot: to its point, or to its polygon (0 inside)."""
    xs = np.asarray(sx, dtype=float)
    ys = np.asarray(sy, dtype=float)
    geom = getattr(hotspot, "geometry", None)
    if geom is None or geom.geom_type == "Point":
        hx, hy = (hotspot.x, hotspot.y) if geom is None else (geom.x, geom.y)
        return np.asarray(np.hypot(xs - hx, ys - hy), dtype=float)
    if SHAPELY2:
        import shapely

        return np.asarray(shapely.distance(geom, shapely.points(xs, ys)), dtype=float)
    from shapely.geometry import Point
    from shapely.prepared import prep

    inside = prep(geom)
    out = np.empty(len(xs))
    for k, (x, y) in enumerate(zip(xs, ys)):
        pt = Point(x, y)
        out[k] = 0.0 if inside.intersects(pt) else geom.distance(pt)
    return out


def hotspot_shares(sx: Sequence[float], sy: Sequence[float], places: Sequence[float],
                   hotspots: Sequence[Any]) -> Dict[str, Any]:
    """Share of places within each hotspot's radius (polygon hotspots: within the polygon buffered by radius_m).

    Returns {"per_hotspot": {id: share}, "any": share within at least one,
    "near": boolean array per shelter}; shares are None when there are no places.
    """
    w = np.asarray(places, dtype=float)
    total = float(w.sum())
    near_any = np.zeros(len(w), dtype=bool)
    per: Dict[str, Optional[float]] = {}
    for h in hotspots:
        radius = float(h.radius_m or 0.0)
        near = distances_to_hotspot(sx, sy, h) <= radius + 1e-9
        near_any |= near
        per[str(h.hotspot_id)] = float(w[near].sum()) / total if total > 0 else None
    share_any = (float(w[near_any].sum()) / total if total > 0 else None) if hotspots else None
    return {"per_hotspot": per, "any": share_any, "near": near_any}


def access_table(shelters: Sequence[Any], places: Sequence[float], services: Sequence[Any],
                 categories: Sequence[str], max_distance_m: float,
                 distances: Optional[Dict[str, NDArray[Any]]] = None) -> List[Dict[str, Any]]:
    """One row per shelter: distance to the nearest service of each category and ``has_access``.

    ``has_access`` is True when every requested category has a service within
    ``max_distance_m``; a category with no service at all counts as not reached.
    ``distances`` (category -> per shelter, e.g. walking distances; inf: unreachable) replaces the
    straight-line distances measured here.
    """
    dist = dict(distances) if distances is not None else \
        nearest_distances([s.x for s in shelters], [s.y for s in shelters], services, categories)
    rows = []
    for k, (s, p) in enumerate(zip(shelters, places)):
        row: Dict[str, Any] = {"shelter_id": s.shelter_id, "places": int(p)}
        ok = bool(categories)
        for cat in categories:
            d = dist[cat][k]
            row[f"dist_{cat}"] = None if not np.isfinite(d) else float(d)
            ok = ok and bool(np.isfinite(d)) and d <= max_distance_m
        row["has_access"] = bool(ok)
        rows.append(row)
    return rows
