"""Geometry helpers that work with shapely 1.8 (Debian 12's QGIS) and shapely 2.

Bulk work uses numpy; shapely is used per geometry only where unavoidable.
"""
from __future__ import annotations

from typing import Any, Optional, Sequence

import numpy as np
import shapely
from numpy.typing import ArrayLike, NDArray
from shapely.geometry import Point
from shapely.strtree import STRtree

# The vectorised API of shapely 2 (shapely.points, shapely.distance, STRtree.query(predicate=...)), told
# by its presence: version strings are not reliable (Debian's shapely 2.2 reports "0+unknown").
SHAPELY2 = all(callable(getattr(shapely, name, None)) for name in ("points", "distance", "from_wkb"))


def repair(geom: Any) -> Any:
    """Return a valid copy of ``geom`` (make_valid where available, else buffer(0)); None if GEOS cannot."""
    if geom is None or geom.is_empty or geom.is_valid:
        return geom
    try:
        from shapely.validation import make_valid

        fixed = make_valid(geom)
    except ImportError:  # shapely < 1.8
        fixed = geom.buffer(0)
    except (ValueError, TypeError):  # e.g. "No Shapely geometry can be created from null value" (NaN/inf)
        return None
    if fixed is None:
        return None
    if fixed.geom_type == "GeometryCollection":
        polys = [g for g in fixed.geoms if g.geom_type in ("Polygon", "MultiPolygon")]
        if polys:
            from shapely.ops import unary_union

            fixed = unary_union(polys)
    return fixed


# --- "a shelter is in a district" (docs/architecture.md, "A shelter is in a district")
# The one rule, used by the analysis, the placement, privacy aggregates and (as an expression built by
# in_district_filter) the per_1000 field QGIS shows on the district layer:
#   a point is in the FIRST district, in the districts' order, whose closed polygon (boundary included)
#   intersects it; a point in no district is outside.
# So a shelter on a boundary shared by two districts counts once, for the earlier of the two. The
# districts' order is the order they are read in; from a QGIS layer that is ascending feature id.
IN_DISTRICT_RULE = "first district in order whose polygon, boundary included, intersects the point"


def in_district_filter(district_geometry: str, district_fid: str, districts_layer: str, point_geometry: str) -> str:
    """The rule above as a QGIS expression filter over the points of an aggregate on the district layer.

    Evaluated per point (``$geometry``) inside ``aggregate(layer:=points, filter:=...)`` of a district
    feature: ``district_geometry`` is that district's geometry in the points' CRS, ``district_fid`` its
    feature id, ``districts_layer`` the quoted id of the district layer and ``point_geometry`` the point
    in the districts' CRS (both expressions, already quoted). Pure text: core never imports qgis. The
    inner aggregate depends on the point only, so QGIS's aggregate cache (keyed by @parent) stays right.
    """
    first = (f"aggregate(layer:={districts_layer}, aggregate:='min', expression:=$id, "
             f"filter:=intersects($geometry, {point_geometry}))")
    return f"intersects($geometry, {district_geometry}) and {first} = {district_fid}"


def locate_points(xs: ArrayLike, ys: ArrayLike, polygons: Sequence[Any]) -> NDArray[np.int64]:
    """Index of the district polygon each point is in, -1 if none: the IN_DISTRICT_RULE above.

    First match in ``polygons`` order; the boundary counts (intersects, not contains).
    """
    xs = np.asarray(xs, dtype=float)
    ys = np.asarray(ys, dtype=float)
    result = np.full(len(xs), -1, dtype=np.int64)
    if len(xs) == 0 or len(polygons) == 0:
        return result
    if SHAPELY2:
        tree = STRtree(list(polygons))
        pts = shapely.points(xs, ys)
        pairs = tree.query(pts, predicate="intersects")
        if pairs.size:
            # keep the lowest polygon index per point for determinism
            order = np.lexsort((pairs[1], pairs[0]))
            pt_idx, poly_idx = pairs[0][order], pairs[1][order]
            first = np.r_[True, pt_idx[1:] != pt_idx[:-1]]
            result[pt_idx[first]] = poly_idx[first]
        return result
    import warnings

    from shapely.prepared import prep

    with warnings.catch_warnings():  # shapely 1.8 announces the 2.0 API change on every tree
        warnings.simplefilter("ignore")
        tree = STRtree(list(polygons))
    index_of = {id(p): i for i, p in enumerate(polygons)}
    prepared: dict[int, Any] = {}
    for k, (x, y) in enumerate(zip(xs, ys)):
        pt = Point(x, y)
        hits = sorted(index_of[id(g)] for g in tree.query(pt))
        for i in hits:
            prepared_poly = prepared.get(i)
            if prepared_poly is None:
                prepared_poly = prepared[i] = prep(polygons[i])
            if prepared_poly.intersects(pt):
                result[k] = i
                break
    return result


def representative_xy(geom: Any) -> Optional[tuple[float, float]]:
    """A point inside ``geom`` (the point itself for points)."""
    if geom is None or geom.is_empty:
        return None
    if geom.geom_type == "Point":
        return (geom.x, geom.y)
    p = geom.representative_point()
    return (p.x, p.y)
