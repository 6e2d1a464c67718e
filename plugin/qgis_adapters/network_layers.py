"""A QGIS line layer -> the core's walking network (issue 18).

Why here: the core builds the graph from shapely lines in metres; this module reads a layer or a Processing
feature source, reprojects it to the working CRS with the project's transform context, and says in plain
words which layer, feature and field is wrong (empty layer, no CRS, degrees without a working CRS, a one-way
value it does not understand, features without geometry). Disconnected parts and points far from the network
are the core's to report (core.network).

The fields (core.contract "network"): ``oneway`` (empty/no/0 both ways, yes/1/forward along the digitised
direction, -1/reverse against it: OSM's values), ``walkable`` (no/false/0 leaves the line out: OSM ``foot``)
and ``not_walkable`` (yes/true/1 leaves it out). Road classes are never guessed (OSM ``highway=motorway``):
filter the layer, or fill one of the fields.
"""
from __future__ import annotations

from typing import Any, List, Optional, Tuple

import numpy as np
from qgis.core import QgsCoordinateReferenceSystem, QgsCsException, QgsFeatureRequest, QgsGeometry, QgsWkbTypes
from shapely import wkb

from .. import compat
from ..core.errors import CancelledError, InputError
from ..core.i18n import Message
from ..core.metrics.access_texts import text
from ..core.network import DEFAULT_TOLERANCE_M, NetworkError, WalkingNetwork, build_network
from ..core.network import message as network_message
from ..core.network.graph import _parse_direction

_NOT_WALKABLE_VALUES = {"no", "false", "0", "n", "f", "nein", "falsch"}  # in a "walkable" field (OSM foot=no)
_TRUE_VALUES = {"yes", "true", "1", "y", "t", "ja", "wahr", "x"}  # in a "not_walkable" field
MAX_LISTED = 5


def _fail(message: Message) -> InputError:
    return InputError(message, issues=[message])


def _name(layer: Any) -> str:
    for getter in ("name", "sourceName"):
        value = getattr(layer, getter, None)
        if callable(value):
            try:
                name = value()
            except Exception:  # noqa: BLE001 - a source without a name
                continue
            if name:
                return str(name)
    return "?"


def _crs(layer: Any) -> QgsCoordinateReferenceSystem:
    getter = getattr(layer, "sourceCrs", None) or layer.crs
    return getter()


def _field(layer: Any, name: Optional[str], label: str) -> Optional[str]:
    """The layer's field ``name`` (exact, else after normalise_name); InputError naming the field when missing."""
    if not name:
        return None
    from .layers import resolve_field

    found = resolve_field(layer, name)
    if found is None:
        fields = ", ".join(f.name() for f in layer.fields())
        raise _fail(text("layer_no_field", layer=label, field=name, fields=fields or "–"))
    return found


def _value(value: Any) -> Any:
    from .layers import _python_value

    return _python_value(value)


def _is_false(value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, bool):
        return not value
    if isinstance(value, (int, float)):
        return value == 0
    return str(value).strip().lower() in _NOT_WALKABLE_VALUES


def _is_true(value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return value != 0
    return str(value).strip().lower() in _TRUE_VALUES


def _shape(geom: Any) -> Any:
    """The shapely line of a QGIS line geometry, without its parts of a single vertex; None when none is left.

    Why: GEOS refuses a line of one vertex (a degenerate way, common in OSM and ALKIS exports) with an error
    that names no feature; such parts are no line to walk.
    """
    try:
        return wkb.loads(bytes(geom.asWkb()))
    except Exception:  # noqa: BLE001 - shapely 1.8 and 2.x raise different GEOS errors
        from shapely.geometry import MultiLineString

        parts = geom.asMultiPolyline() if geom.isMultipart() else [geom.asPolyline()]
        kept = [[(p.x(), p.y()) for p in part] for part in parts if len(part) >= 2]
        return MultiLineString(kept) if kept else None


def network_from_layer(layer: Any, working_crs: Optional[str] = None, transform_context: Any = None,
                       oneway_field: Optional[str] = None, walkable_field: Optional[str] = None,
                       feedback: Any = None, *, not_walkable_field: Optional[str] = None,
                       tolerance: float = DEFAULT_TOLERANCE_M, name: Optional[str] = None,
                       report: bool = True) -> WalkingNetwork:
    """The walking network of a line ``layer`` (QgsVectorLayer or QgsFeatureSource) in ``working_crs`` (metres).

    ``working_crs`` None keeps the layer's CRS when it is projected. ``transform_context`` (the project's or
    the Processing context's) decides the datum transformation; None: the current project's. Field names
    are optional (see the module text). ``feedback`` (QgsFeedback or QgsProcessingFeedback) gets progress,
    is asked for cancelling and receives the warnings (``report`` False: not, for a caller whose results
    repeat them, as the analysis' notes do); they are also in the result's ``.warnings``.
    Raises InputError naming layer, feature and field. The result's ``feature_ids`` are the layer's feature
    ids, by the core's feature index (``seg_feature``), and ``layer_name`` the layer's name.
    """
    from qgis.core import QgsCoordinateTransform, QgsProject

    label = name or _name(layer)
    geometry_type = QgsWkbTypes.geometryType(layer.wkbType())
    if geometry_type != compat.GEOMETRY_LINE:
        kind = QgsWkbTypes.geometryDisplayString(geometry_type) if hasattr(QgsWkbTypes, "geometryDisplayString") \
            else str(geometry_type)
        raise _fail(text("layer_not_lines", layer=label, kind=kind))
    source_crs = _crs(layer)
    if not source_crs.isValid():
        raise _fail(text("layer_no_crs", layer=label))
    target = QgsCoordinateReferenceSystem()
    if working_crs:
        if not target.createFromUserInput(str(working_crs)):
            raise _fail(text("layer_working_geographic", crs=str(working_crs)))
        if target.isGeographic():
            raise _fail(text("layer_working_geographic", crs=target.authid() or str(working_crs)))
    elif source_crs.isGeographic():
        raise _fail(text("layer_geographic", layer=label, crs=source_crs.authid() or source_crs.description()))
    else:
        target = source_crs
    if layer.featureCount() == 0:
        raise _fail(text("layer_empty", layer=label))
    oneway_name = _field(layer, oneway_field, label)
    walkable_name = _field(layer, walkable_field, label)
    not_walkable_name = _field(layer, not_walkable_field, label)
    wanted = [n for n in (oneway_name, walkable_name, not_walkable_name) if n]
    request = QgsFeatureRequest()
    request.setSubsetOfAttributes(wanted, layer.fields())
    warnings: List[Message] = []
    transform = None
    if target != source_crs:
        context = transform_context if transform_context is not None else QgsProject.instance().transformContext()
        transform = QgsCoordinateTransform(source_crs, target, context)
        warnings.append(text("layer_reprojected", layer=label, source=source_crs.authid() or source_crs.description(),
                             target=target.authid() or target.description()))
    total = layer.featureCount()  # -1 where the provider does not know it (no progress then)
    lines: List[Any] = []
    fids: List[int] = []
    oneway: List[int] = []
    blocked: List[bool] = []
    null_ids: List[int] = []
    bad_oneway: List[Tuple[int, Any]] = []
    n_blocked = 0
    for n, feature in enumerate(layer.getFeatures(request)):
        if feedback is not None and n % 1000 == 0:
            if feedback.isCanceled():
                raise CancelledError()
            if total > 0:
                feedback.setProgress(min(100.0, 100.0 * n / total))
        geom = feature.geometry()
        if geom is None or geom.isNull() or geom.isEmpty():
            null_ids.append(feature.id())
            continue
        geom = QgsGeometry(geom)
        if QgsWkbTypes.isCurvedType(geom.wkbType()):
            geom = QgsGeometry(geom.constGet().segmentize())
        if transform is not None:
            try:
                geom.transform(transform)
            except QgsCsException as exc:
                raise _fail(text("layer_transform_failed", layer=label, fid=feature.id(),
                                 source=source_crs.authid() or source_crs.description(),
                                 target=target.authid() or target.description(), reason=str(exc)[:200])) from exc
        shape = _shape(geom)
        if shape is None:  # only parts with a single vertex: no line to walk
            null_ids.append(feature.id())
            continue
        lines.append(shape)
        fids.append(feature.id())
        direction = 0
        if oneway_name:
            value = _value(feature[oneway_name])
            parsed = _parse_direction(value)
            if parsed is None:
                bad_oneway.append((feature.id(), value))
                parsed = 0
            direction = parsed
        oneway.append(direction)
        off = False
        if walkable_name:
            off |= _is_false(_value(feature[walkable_name]))
        if not_walkable_name:
            off |= _is_true(_value(feature[not_walkable_name]))
        blocked.append(off)
        n_blocked += off
    if null_ids:
        warnings.append(text("layer_null_geometry", layer=label, count=len(null_ids),
                             ids=", ".join(str(i) for i in null_ids[:MAX_LISTED])))
    for fid, value in bad_oneway[:MAX_LISTED]:
        warnings.append(text("layer_bad_oneway", layer=label, fid=fid, field=oneway_name, value=str(value)[:40]))
    if len(bad_oneway) > MAX_LISTED:
        warnings.append(text("layer_more_bad_oneway", layer=label, count=len(bad_oneway) - MAX_LISTED,
                             field=oneway_name))
    if n_blocked:
        warnings.append(text("layer_not_walkable", layer=label, count=n_blocked,
                             field=", ".join(n for n in (walkable_name, not_walkable_name) if n)))
    if not lines:
        raise _fail(text("layer_empty", layer=label))
    fields_text = "', '".join(n for n in (walkable_name, not_walkable_name) if n) or "–"
    try:
        net = build_network(lines, target.authid() or target.toWkt(), oneway=oneway if oneway_name else None,
                            not_walkable=blocked if (walkable_name or not_walkable_name) else None,
                            tolerance=tolerance, geographic=False)
    except NetworkError as exc:  # every line not walkable or of zero length: say which layer and field
        if exc.code != "network.network_empty":
            raise
        raise _fail(network_message("layer_no_usable_line", layer=label, lines=len(lines), blocked=n_blocked,
                                    fields=fields_text)) from None
    net.warnings[:0] = warnings
    net.feature_ids = np.asarray(fids, dtype=np.int64)  # type: ignore[attr-defined]
    net.layer_name = label  # type: ignore[attr-defined]
    net.warnings.append(text("layer_read", layer=label, lines=len(lines), segments=net.n_segments,
                             parts=net.n_components))
    if feedback is not None:
        from ..core.i18n import render

        language = _language()
        for warning in net.warnings if report else ():
            feedback.pushInfo(render(warning, language))
        feedback.setProgress(100.0)
    return net


def _language() -> str:
    try:
        from .i18n import ui_language

        return str(ui_language())
    except Exception:  # noqa: BLE001 - no locale: English
        return "en"
