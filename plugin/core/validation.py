"""Validation of raw layers against the data contract, into the core model.

Every front end (QGIS layers, files, PostGIS, the CLI) converts its source into
``RawLayer`` objects and calls ``build_planning_data``; this is the one place
where the contract is enforced and where every message names the layer, the
feature id and the field. Inputs are never modified: repaired geometries and
reprojected coordinates are copies, and every repair is reported.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple

from .contract import (
    CATEGORY_ALIASES,
    DEFAULT_CRS,
    DEFAULT_HOTSPOT_RADIUS_M,
    LAYERS,
    RULE_RELATIONS,
    SERVICE_CATEGORIES,
    SHELTER_STATUSES,
    FieldSpec,
)
from .errors import InputError, Severity
from .geometry import locate_points, repair, representative_xy
from .i18n import catalogue, msg
from .model import Candidate, District, GroupDemand, Hotspot, PlanningData, Rule, Service, Shelter
from .parsing import is_null, parse_number

if TYPE_CHECKING:
    from numpy.typing import NDArray

ERROR, WARNING, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO

# The kind of a CRS inside the "reprojected" message: words of the reader's language, not English codes
CRS_KINDS = catalogue("crs_kind", {"geographic": "geographic", "projected": "projected"})

MESSAGES = catalogue("validation", {
    "empty_layer": "Layer '{layer}' has no features.",
    "missing_field": "Layer '{layer}' has no field '{field}' (required: {required}). Map an existing field to it.",
    "wrong_type": "Layer '{layer}', feature {fid}, field '{field}': '{value}' is not a {kind}.",
    "missing_value": "Layer '{layer}', feature {fid}, field '{field}': value is missing.",
    "negative": "Layer '{layer}', feature {fid}, field '{field}': {value} is negative; counts must be 0 or more.",
    "fractional": "Layer '{layer}', feature {fid}, field '{field}': {value} is not a whole number.",
    "occupied_gt_capacity": "Layer '{layer}', feature {fid}: occupied ({occupied}) exceeds capacity ({capacity}). Check the source figures.",
    "min_gt_max": "Layer '{layer}', feature {fid}: min_places ({min}) exceeds max_places ({max}).",
    "duplicate_id": "Layer '{layer}', feature {fid}, field '{field}': id '{value}' occurs more than once (also feature {other}).",
    "no_geometry": "Layer '{layer}', feature {fid}: geometry is missing or empty.",
    "invalid_geometry_repaired": "Layer '{layer}', feature {fid}: invalid geometry ({reason}) was repaired on a copy; the source is unchanged.",
    "invalid_geometry_unrepairable": "Layer '{layer}', feature {fid}: invalid geometry ({reason}) could not be repaired.",
    "wrong_geometry": "Layer '{layer}', feature {fid}: geometry is {actual}, expected {expected}.",
    "no_crs": "Layer '{layer}' has no coordinate reference system. Set it in the layer properties.",
    "reprojected": "Layer '{layer}' is in {source} ({kind}); a copy was reprojected to {target} for metric distances.",
    "outside_districts": "Layer '{layer}', feature {fid}: lies outside all districts and is not counted in any district.",
    "missing_population": "Layer '{layer}', feature {fid}, field '{field}': population is missing or 0; the district is excluded from ratios.",
    "unknown_category": "Layer '{layer}', feature {fid}, field '{field}': category '{value}' is unknown; counted as 'other'. Known: {known}.",
    "unknown_value": "Layer '{layer}', feature {fid}, field '{field}': '{value}' is not one of {known}.",
    "category_alias": "Layer '{layer}', field '{field}': category '{value}' is read as '{category}' ({count} feature(s)).",
    "too_large": "Layer '{layer}', feature {fid}, field '{field}': {value} is implausibly large (more than {limit}); check the source figures.",
    "large_capacity": "Layer '{layer}', feature {fid}, field '{field}': {value} places in one shelter is unusually many (more than {limit}); check the figure.",
    "not_finite_coordinate": "Layer '{layer}', feature {fid}, field 'geometry': a coordinate is not a finite number ({value}).",
    "coordinate_outside_crs": "Layer '{layer}', feature {fid}, field 'geometry': coordinate {value} lies outside the valid area of {crs} ({low} to {high}); check the layer's CRS.",
    "crs_unusable": "Layer '{layer}' has a coordinate reference system that cannot be converted to metres ({crs}). Set its real CRS in the layer properties.",
    "districts_overlap": "Layer '{layer}', features {fid} and {other}: the districts overlap ({area} m²); shelters in the overlap count for the first one only.",
    "input_invalid": "The input data have {count} problem(s); first: {first}",
})

# Counts beyond these are data errors, not cities: 1e9 people or places (and 1e19 wraps int64 in files).
MAX_NUMBER = 1_000_000_000
# A shelter with more places than this is warned about (the largest German reception centres hold a few thousand).
LARGE_SHELTER_PLACES = 5_000

GEOMETRY_NAMES = {"polygon": "Polygon/MultiPolygon", "point": "Point", "point_or_polygon": "Point or Polygon"}


@dataclass(frozen=True)
class Issue:
    """One validation finding, with everything needed to locate it."""

    severity: Severity
    code: str
    layer: str
    message: str
    feature: Optional[Any] = None
    field: Optional[str] = None

    def __str__(self) -> str:
        return self.message


@dataclass
class RawFeature:
    """A feature as read from any source: its id, attributes and shapely geometry."""

    fid: Any
    attributes: Mapping[str, Any]
    geometry: Any = None


@dataclass
class RawLayer:
    """A source layer before validation. ``field_map`` maps contract names to source names."""

    name: str
    kind: str
    features: List[RawFeature]
    crs: Optional[str] = DEFAULT_CRS
    field_map: Dict[str, str] = field(default_factory=dict)
    source_fields: Optional[Sequence[str]] = None  # declared schema; derived from features when None

    def source_field(self, contract_name: str) -> str:
        return self.field_map.get(contract_name, contract_name)


# A feature that passed validation: (feature, contract values, reprojected geometry or None).
ValidRow = Tuple[RawFeature, Dict[str, Any], Any]
# (xmin, ymin, xmax, ymax) where a CRS's coordinates can be meaningful (crs_bounds).
Bounds = Tuple[float, float, float, float]
# pyproj's Transformer.transform: (xs, ys) -> (xs, ys), applied to geometries with shapely's transform.
Transform = Callable[..., Any]


class _Collector:
    def __init__(self) -> None:
        self.issues: List[Issue] = []

    def add(self, severity: Severity, code: str, layer: str, feature: Any = None, field_name: Optional[str] = None, **values: Any) -> None:
        text = msg(MESSAGES, code, layer=layer, fid=feature, field=field_name, **values)
        self.issues.append(Issue(severity, code, layer, text, feature, field_name))


def as_text(value: Any) -> Optional[str]:
    """An id or label as the core stores it: 12.0 -> "12", surrounding blanks dropped, NULL -> None."""
    if is_null(value):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _convert(spec: FieldSpec, value: Any, layer: str, fid: Any, field_name: str, out: _Collector, allow_missing: bool) -> Tuple[bool, Any]:
    """Convert one attribute; returns (ok, value). Missing optional values give (True, None)."""
    if is_null(value):
        if spec.required and not allow_missing:
            out.add(ERROR, "missing_value", layer, fid, field_name)
            return False, None
        return True, None
    if spec.kind == "text":
        return True, as_text(value)
    kind_name = {"int": "whole number", "float": "number"}[spec.kind]
    try:
        number = parse_number(value)
        if not math.isfinite(number):
            raise ValueError(value)
    except (TypeError, ValueError):
        out.add(ERROR, "wrong_type", layer, fid, field_name, value=value, kind=kind_name)
        return False, None
    if abs(number) > MAX_NUMBER:
        out.add(ERROR, "too_large", layer, fid, field_name, value=_fmt(number), limit=f"{MAX_NUMBER:,}")
        return False, None
    if spec.minimum is not None and number < spec.minimum:
        code = "negative" if spec.minimum == 0 else "unknown_value"
        out.add(ERROR, code, layer, fid, field_name, value=_fmt(number), known=f">= {spec.minimum:g}")
        return False, None
    if spec.kind == "int":
        if not float(number).is_integer():
            out.add(ERROR, "fractional", layer, fid, field_name, value=_fmt(number))
            return False, None
        return True, int(number)
    return True, float(number)


def _fmt(number: float) -> str:
    return f"{number:g}"


class _Unusable(Exception):
    pass


def _reprojector(layer: RawLayer, target_crs: str, out: _Collector) -> Optional[Transform]:
    """Return a coordinate transform to ``target_crs``, or None when the layer is already in it.

    Raises ``_Unusable`` (after reporting) when the layer's CRS is not a real
    geographic or projected one (e.g. GeoPackage's "Undefined cartesian SRS").
    """
    from pyproj import CRS, Transformer

    try:
        source = CRS.from_user_input(layer.crs)
    except Exception:  # noqa: BLE001 - pyproj raises CRSError and friends
        out.add(ERROR, "crs_unusable", layer.name, crs=str(layer.crs)[:80])
        raise _Unusable() from None
    target = CRS.from_user_input(target_crs)
    if "undefined" in (source.name or "").lower():  # GeoPackage's placeholders for "no CRS" (srs_id 0 / -1)
        out.add(ERROR, "no_crs", layer.name)
        raise _Unusable()
    if not (source.is_geographic or source.is_projected):
        out.add(ERROR, "crs_unusable", layer.name, crs=source.name or str(layer.crs)[:80])
        raise _Unusable()
    if source == target:
        return None
    kind = msg(CRS_KINDS, "geographic" if source.is_geographic else "projected")
    out.add(WARNING if source.is_geographic else INFO, "reprojected", layer.name,
            source=source.to_string(), kind=kind, target=target.to_string())
    return Transformer.from_crs(source, target, always_xy=True).transform


def _geometry_kind(geom: Any) -> str:
    t: str = geom.geom_type
    if t in ("Polygon", "MultiPolygon"):
        return "polygon"
    if t == "Point" or (t == "MultiPoint" and len(geom.geoms) == 1):
        return "point"
    return t


def _coords(geom: Any) -> NDArray[Any]:
    """All coordinates of a (multi)point or (multi)polygon as an (n, 2) float array."""
    import numpy as np

    if geom.geom_type == "Point":
        return np.array([[geom.x, geom.y]], dtype=float)
    if geom.geom_type.startswith("Multi") or geom.geom_type == "GeometryCollection":
        parts = [_coords(g) for g in geom.geoms]
        return np.vstack(parts) if parts else np.empty((0, 2))
    if geom.geom_type == "Polygon":
        rings = [geom.exterior] + list(geom.interiors)
        return np.vstack([np.asarray(r.coords, dtype=float)[:, :2] for r in rings])
    return np.asarray(geom.coords, dtype=float)[:, :2]


def crs_bounds(crs: str) -> Optional[Bounds]:
    """(xmin, ymin, xmax, ymax) where coordinates of ``crs`` can be meaningful: its area of use, generously padded.

    The area of use is where a CRS is accurate, not where it is defined, so
    projected bounds get a margin of the area's size plus 1,000 km; geographic
    CRSs get ±180/±90. None when pyproj knows no area.
    """
    from pyproj import CRS, Transformer

    try:
        crs_obj = CRS.from_user_input(crs)
    except Exception:  # noqa: BLE001
        return None
    if crs_obj.is_geographic:
        return (-180.0, -90.0, 180.0, 90.0)
    area = crs_obj.area_of_use
    if area is None:
        return None
    try:
        tr = Transformer.from_crs("EPSG:4326", crs_obj, always_xy=True)
        xs, ys = tr.transform([area.west, area.east, area.west, area.east, (area.west + area.east) / 2],
                              [area.south, area.south, area.north, area.north, (area.south + area.north) / 2])
    except Exception:  # noqa: BLE001
        return None
    pairs = [(x, y) for x, y in zip(xs, ys) if math.isfinite(x) and math.isfinite(y)]
    if not pairs:
        return None
    xmin, xmax = min(p[0] for p in pairs), max(p[0] for p in pairs)
    ymin, ymax = min(p[1] for p in pairs), max(p[1] for p in pairs)
    pad_x, pad_y = (xmax - xmin) + 1e6, (ymax - ymin) + 1e6
    return (xmin - pad_x, ymin - pad_y, xmax + pad_x, ymax + pad_y)


def _finite_and_inside(layer: RawLayer, feat: RawFeature, geom: Any, bounds: Optional[Bounds], out: _Collector) -> bool:
    import numpy as np

    xy = _coords(geom)
    bad = ~np.isfinite(xy)
    if bad.any():
        out.add(ERROR, "not_finite_coordinate", layer.name, feat.fid, "geometry", value=_fmt(float(xy[bad][0])))
        return False
    if bounds is not None and len(xy):
        xmin, ymin, xmax, ymax = bounds
        for axis, low, high in ((0, xmin, xmax), (1, ymin, ymax)):
            outside = (xy[:, axis] < low) | (xy[:, axis] > high)
            if outside.any():
                out.add(ERROR, "coordinate_outside_crs", layer.name, feat.fid, "geometry",
                        value=_fmt(float(xy[outside, axis][0])), crs=layer.crs if len(str(layer.crs)) < 40 else "the layer's CRS",
                        low=f"{low:.0f}", high=f"{high:.0f}")
                return False
    return True


def _check_geometry(layer: RawLayer, feat: RawFeature, expected: str, transform: Optional[Transform], out: _Collector,
                    bounds: Optional[Bounds] = None) -> Any:
    geom = feat.geometry
    if geom is None or geom.is_empty:
        out.add(ERROR, "no_geometry", layer.name, feat.fid)
        return None
    if not _finite_and_inside(layer, feat, geom, bounds, out):
        return None
    kind = _geometry_kind(geom)
    allowed = ("point", "polygon") if expected == "point_or_polygon" else (expected,)
    if kind not in allowed:
        out.add(ERROR, "wrong_geometry", layer.name, feat.fid, actual=geom.geom_type, expected=GEOMETRY_NAMES[expected])
        return None
    if geom.geom_type == "MultiPoint":
        geom = geom.geoms[0]
    if transform is not None:
        from shapely.ops import transform as shp_transform

        geom = shp_transform(transform, geom)
        import numpy as np

        if not np.isfinite(_coords(geom)).all():
            out.add(ERROR, "coordinate_outside_crs", layer.name, feat.fid, "geometry",
                    value="(" + ", ".join(_fmt(v) for v in _coords(feat.geometry)[0]) + ")", crs=layer.crs,
                    low="–", high="–")
            return None
    if not geom.is_valid:
        from shapely.validation import explain_validity

        reason = explain_validity(geom)
        fixed = repair(geom)
        if fixed is None or fixed.is_empty or not fixed.is_valid or _geometry_kind(fixed) != kind:
            out.add(ERROR, "invalid_geometry_unrepairable", layer.name, feat.fid, reason=reason)
            return None
        out.add(WARNING, "invalid_geometry_repaired", layer.name, feat.fid, reason=reason)
        geom = fixed
    return geom


def _validate_layer(layer: RawLayer, target_crs: str, out: _Collector) -> List[ValidRow]:
    """Check fields, values, ids and geometries of one layer; returns the clean rows."""
    spec = LAYERS[layer.kind]
    if not layer.features:
        out.add(ERROR if layer.kind == "districts" else WARNING, "empty_layer", layer.name)
        return []
    available = set(layer.source_fields) if layer.source_fields is not None else set().union(*(f.attributes.keys() for f in layer.features))
    missing = [f for f in spec.required() if layer.source_field(f.name) not in available]
    # population may be missing per feature but the field must exist
    for f in missing:
        out.add(ERROR, "missing_field", layer.name, None, layer.source_field(f.name), required=", ".join(f.name for f in spec.required()))
    if missing:
        return []
    transform = None
    bounds = None
    if spec.geometry != "none":
        if not layer.crs:
            out.add(ERROR, "no_crs", layer.name)
            return []
        try:
            transform = _reprojector(layer, target_crs, out)
        except _Unusable:
            return []
        bounds = crs_bounds(layer.crs)
    rows = []
    # rules have no id: several rows may share group_a (each row is one rule)
    id_field = spec.fields[0] if layer.kind != "rules" else None
    seen: Dict[str, Any] = {}
    for feat in layer.features:
        values: Dict[str, Any] = {}
        ok = True
        for fs in spec.fields:
            src = layer.source_field(fs.name)
            if src not in available:
                values[fs.name] = None
                continue
            allow_missing = layer.kind == "districts" and fs.name == "population"
            good, value = _convert(fs, feat.attributes.get(src), layer.name, feat.fid, src, out, allow_missing)
            ok &= good
            values[fs.name] = value
        key = values.get(id_field.name) if id_field is not None else None
        if key is not None and id_field is not None:  # key is None without an id field
            if key in seen:
                out.add(ERROR, "duplicate_id", layer.name, feat.fid, layer.source_field(id_field.name), value=key, other=seen[key])
                ok = False
            else:
                seen[key] = feat.fid
        geom = None
        if spec.geometry != "none":
            geom = _check_geometry(layer, feat, spec.geometry, transform, out, bounds)
            ok &= geom is not None
        if ok:
            rows.append((feat, values, geom))
    return rows


def _check_codes(layer: RawLayer, rows: List[ValidRow], field_name: str, known: Sequence[str], out: _Collector,
                 fallback: Optional[str], aliases: Optional[Dict[str, str]] = None) -> None:
    """Codes of ``field_name`` checked against ``known``; a name in ``aliases`` is read as its code, with one note
    per name and layer (how many features), not one per feature."""
    read_as: Dict[str, List[Any]] = {}
    for feat, values, _ in rows:
        value = values.get(field_name)
        if value is None:
            continue
        norm = value.strip().lower()
        alias = aliases.get(" ".join(norm.split())) if aliases is not None else None
        if norm in known:
            values[field_name] = norm
        elif alias is not None:
            values[field_name] = alias
            read_as.setdefault(value.strip(), [alias, 0])[1] += 1
        elif fallback is not None:
            out.add(WARNING, "unknown_category", layer.name, feat.fid, layer.source_field(field_name), value=value, known=", ".join(known))
            values[field_name] = fallback
        else:
            out.add(ERROR, "unknown_value", layer.name, feat.fid, layer.source_field(field_name), value=value, known=", ".join(known))
            values["__bad__"] = True
    for name, (code, count) in read_as.items():
        out.add(INFO, "category_alias", layer.name, None, layer.source_field(field_name), value=name, category=code,
                count=count)


def build_planning_data(layers: Iterable[RawLayer], target_crs: str = DEFAULT_CRS) -> Tuple[PlanningData, List[Issue]]:
    """Validate ``layers`` and build the core model; returns (data, issues).

    Rows with errors are left out of the model; ``raise_for_errors(issues)``
    turns error-level issues into one ``InputError`` for front ends that must
    stop.
    """
    out = _Collector()
    data = PlanningData(crs=target_crs)
    by_kind: Dict[str, RawLayer] = {}
    for layer in layers:
        if layer.kind not in LAYERS:
            raise ValueError(f"unknown layer kind {layer.kind!r}")
        by_kind[layer.kind] = layer
    rows = {kind: _validate_layer(layer, target_crs, out) for kind, layer in by_kind.items()}

    for feat, v, geom in rows.get("districts", []):
        pop = v["population"]
        if pop is None or pop == 0:
            out.add(WARNING, "missing_population", by_kind["districts"].name, feat.fid, by_kind["districts"].source_field("population"))
        data.districts.append(District(v["district_id"], v["name"] or v["district_id"], pop, geom))

    if "shelters" in rows:
        layer = by_kind["shelters"]
        _check_codes(layer, rows["shelters"], "status", SHELTER_STATUSES, out, None)
        for feat, v, geom in rows["shelters"]:
            if v.pop("__bad__", False):
                continue
            if v["occupied"] > v["capacity"]:
                out.add(WARNING, "occupied_gt_capacity", layer.name, feat.fid, occupied=v["occupied"], capacity=v["capacity"])
            for name in ("capacity", "occupied"):
                if v[name] > LARGE_SHELTER_PLACES:
                    out.add(WARNING, "large_capacity", layer.name, feat.fid, layer.source_field(name),
                            value=f"{v[name]:,}", limit=f"{LARGE_SHELTER_PLACES:,}")
                    break
            data.shelters.append(Shelter(v["shelter_id"], v["name"] or "", geom.x, geom.y, v["capacity"], v["occupied"],
                                         v["operator"], v["group_label"], v["status"] or "active"))
    for _feat, v, geom in rows.get("hotspots", []):
        xy = representative_xy(geom)
        if xy is None:  # unreachable: _check_geometry drops rows without a geometry
            raise TypeError("hotspot without a geometry")
        x, y = xy
        area = geom if geom.geom_type != "Point" else None
        radius = v["radius_m"] if v["radius_m"] is not None else (0.0 if area is not None else DEFAULT_HOTSPOT_RADIUS_M)
        data.hotspots.append(Hotspot(v["hotspot_id"], v["name"] or "", v["community"], x, y, radius, area))
    if "services" in rows:
        _check_codes(by_kind["services"], rows["services"], "category", SERVICE_CATEGORIES, out, "other", CATEGORY_ALIASES)
        for _feat, v, geom in rows["services"]:
            data.services.append(Service(v["service_id"], v["name"] or "", v["category"], geom.x, geom.y,
                                         v.get("capacity")))
    for feat, v, geom in rows.get("candidates", []):
        if v["min_places"] > v["max_places"]:
            out.add(ERROR, "min_gt_max", by_kind["candidates"].name, feat.fid, min=v["min_places"], max=v["max_places"])
            continue
        data.candidates.append(Candidate(v["site_id"], v["name"] or "", geom.x, geom.y, v["min_places"], v["max_places"],
                                         v["module"] or 1, v["cost_per_place"]))
    if "rules" in rows:
        _check_codes(by_kind["rules"], rows["rules"], "relation", RULE_RELATIONS, out, None)
        for feat, v, _ in rows["rules"]:
            if not v.pop("__bad__", False):
                data.rules.append(Rule(v["group_a"], v["group_b"], v["relation"], v["distance_m"], v["note"] or "", feat.fid))
    for _feat, v, _ in rows.get("group_demand", []):
        data.group_demand.append(GroupDemand(v["group_label"], v["places"]))

    if len(data.districts) > 1:
        _check_overlaps(by_kind["districts"], rows["districts"], out)
    if data.districts:
        polygons = [d.geometry for d in data.districts]
        for kind, items, id_attr in (("shelters", data.shelters, "shelter_id"), ("candidates", data.candidates, "site_id")):
            if kind not in by_kind or not items:
                continue
            where = locate_points([i.x for i in items], [i.y for i in items], polygons)
            fids = {v[LAYERS[kind].fields[0].name]: feat.fid for feat, v, _ in rows[kind]}
            for item, w in zip(items, where):
                if w < 0:
                    out.add(WARNING, "outside_districts", by_kind[kind].name, fids[getattr(item, id_attr)])
    data.notes.extend(i.message for i in out.issues if i.severity in (WARNING, INFO) and i.code in ("reprojected", "invalid_geometry_repaired"))
    return data, out.issues


def _check_overlaps(layer: RawLayer, rows: List[ValidRow], out: _Collector, tolerance_m2: float = 1.0) -> None:
    """Warn about districts that overlap by more than ``tolerance_m2`` (digitising slivers stay quiet)."""
    import numpy as np

    geoms = [(feat.fid, geom) for feat, _, geom in rows if geom is not None]
    if len(geoms) < 2:
        return
    b = np.array([g.bounds for _, g in geoms])
    for i in range(len(geoms)):
        hit = np.flatnonzero((b[i + 1:, 0] < b[i, 2]) & (b[i + 1:, 2] > b[i, 0]) &
                             (b[i + 1:, 1] < b[i, 3]) & (b[i + 1:, 3] > b[i, 1])) + i + 1
        for j in hit:
            try:
                area = geoms[i][1].intersection(geoms[j][1]).area
            except Exception:  # noqa: BLE001 - GEOS topology errors: nothing to warn about reliably
                continue
            if area > tolerance_m2:
                out.add(WARNING, "districts_overlap", layer.name, geoms[i][0], other=geoms[j][0],
                        area=f"{area:,.0f}")


def errors(issues: Iterable[Issue]) -> List[Issue]:
    return [i for i in issues if i.severity == ERROR]


def raise_for_errors(issues: Sequence[Issue]) -> None:
    """Raise one InputError listing all error-level issues, if any."""
    bad = errors(issues)
    if bad:
        raise InputError(msg(MESSAGES, "input_invalid", count=len(bad), first=bad[0].message), bad,
                         details="\n".join(i.message for i in bad))
