"""QgsVectorLayer <-> core model.

Reading copies features into ``RawLayer`` objects (the layer itself is never
edited); writing builds new memory layers or files through QGIS's writer.
"""
from __future__ import annotations

import json
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, Dict, Iterable, Iterator, List, Mapping, Optional, Sequence, Tuple

from qgis.core import (
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant
from shapely import wkb

from .. import compat
from ..core.contract import DEFAULT_CRS, guess_field_map
from ..core.model import PlanningData
from ..core.validation import Issue, RawFeature, RawLayer, build_planning_data

FIELD_MAP_PROPERTY = "dispersion_planner/field_map"
KIND_PROPERTY = "dispersion_planner/kind"


def stored_field_map(layer: Optional[QgsVectorLayer]) -> Dict[str, str]:
    """The field mapping saved on a layer (in the project, never in the source)."""
    if layer is None:
        return {}
    raw = layer.customProperty(FIELD_MAP_PROPERTY, "")
    try:
        return dict(json.loads(raw)) if raw else {}
    except (TypeError, ValueError):
        return {}


def store_field_map(layer: QgsVectorLayer, kind: str, mapping: Mapping[str, str]) -> None:
    layer.setCustomProperty(FIELD_MAP_PROPERTY, json.dumps(dict(mapping)))
    mark_kind(layer, kind)


def mark_kind(layer: QgsVectorLayer, kind: str) -> None:
    """Remember in the project which contract kind (or output) a layer is, for the dialogs' defaults."""
    layer.setCustomProperty(KIND_PROPERTY, kind)


# Field mappings of the running Processing algorithm, by layer id (see ``run_field_maps``). A context variable,
# so runs in different threads never see each other's mapping.
_RUN_MAPS: ContextVar[Optional[Dict[str, Dict[str, str]]]] = ContextVar("dispersion_run_field_maps", default=None)


@contextmanager
def run_field_maps(maps_by_layer_id: Mapping[str, Mapping[str, str]]) -> Iterator[None]:
    """Within the block, ``effective_field_map`` uses these explicit mappings (layer id -> {contract: source})
    and never the hidden layer property: Processing's field parameters reach code that only gets the layer
    (the INSEK export, styles) without that code changing, and qgis_process, models and dialogs agree.
    """
    token = _RUN_MAPS.set({lid: dict(m) for lid, m in maps_by_layer_id.items()})
    try:
        yield
    finally:
        _RUN_MAPS.reset(token)


def resolve_field(layer: Any, name: str) -> Optional[str]:
    """The field of ``layer`` that ``name`` means: its exact name, else the one field whose name is the same
    after parsing.normalise_name ("Nr" finds "Nr."); None when there is none or several."""
    names = [f.name() for f in layer.fields()]
    if name in names:
        return name
    from ..core.parsing import normalise_name

    wanted = normalise_name(name)
    matches = [n for n in names if normalise_name(n) == wanted]
    return matches[0] if len(matches) == 1 else None


def effective_field_map(layer: QgsVectorLayer, kind: str, overrides: Optional[Mapping[str, str]] = None,
                        guess: bool = True) -> Dict[str, str]:
    """Field mapping for ``layer``: guessed from names (unless ``guess`` is False), then the stored mapping
    (not inside a Processing run, see ``run_field_maps``, which gives the run's explicit mapping instead),
    then explicit ``overrides``. Explicit names are matched with the one normalisation rule (resolve_field);
    a column that an explicit entry takes is not also used by a guessed field.
    """
    run_maps = _RUN_MAPS.get()
    mapping = guess_field_map(kind, [f.name() for f in layer.fields()]) if guess and layer.fields().count() else {}
    explicit: Dict[str, str] = {}
    if run_maps is None:
        explicit.update(stored_field_map(layer))
    else:
        explicit.update(run_maps.get(layer.id(), {}))
    explicit.update({k: v for k, v in (overrides or {}).items() if v})
    explicit = {k: (resolve_field(layer, v) or v) for k, v in explicit.items() if v}
    taken = set(explicit.values())
    mapping = {k: v for k, v in mapping.items() if v not in taken or explicit.get(k) == v}
    mapping.update(explicit)
    return mapping


def _python_value(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, QVariant):
        if value.isNull():
            return None
        value = value.value()
    for to_python in ("toPyDateTime", "toPyDate", "toPyTime"):  # QDateTime, QDate, QTime -> ISO text
        convert = getattr(value, to_python, None)
        if callable(convert):
            if hasattr(value, "isValid") and not value.isValid():
                return None
            return convert().isoformat()
    return value


def layer_label(layer: QgsVectorLayer) -> str:
    """The name messages use for ``layer``: its table name where the layer is only named after its file.

    ``qgis_process`` and file-based Processing inputs name every layer after
    its file ("lists", "lists (2)"), which says nothing when one GeoPackage
    holds several lists; the table (layername=) does.
    """
    import os

    name = layer.name()
    try:
        from qgis.core import QgsProviderRegistry

        parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    except Exception:  # noqa: BLE001 - unknown provider: keep the layer's name
        return name
    table = parts.get("layerName") or parts.get("table")
    path = parts.get("path") or ""
    if not table or not path:
        return name
    base = os.path.basename(path)
    stem = os.path.splitext(base)[0]
    if name in (base, stem, "") or name.startswith((stem + " (", base + " (")) or name.startswith(stem + "|"):
        return str(table)
    return name


def field_kind(field) -> str:
    """Output kind (core.outputs.FIELD_KINDS: text, int, float, bool) of a QgsField, for copies of arbitrary layers."""
    if field.isNumeric():
        type_name = (field.typeName() or "").lower()
        return "float" if field.precision() > 0 or any(t in type_name for t in ("real", "double", "float", "numeric", "decimal")) \
            else "int"
    if (field.typeName() or "").lower() in ("bool", "boolean"):
        return "bool"
    return "text"


def crs_string(layer: QgsVectorLayer) -> Optional[str]:
    """The layer's CRS as 'AUTH:CODE' (or WKT when it has no authority id); None when unset."""
    crs = layer.crs()
    if not crs.isValid():
        return None
    return crs.authid() or crs.toWkt()


def _transform_request(request: Any, layer: QgsVectorLayer, target_crs: Optional[str], transform_context: Any) -> bool:
    """Let QGIS reproject ``layer``'s features to ``target_crs`` in ``request`` when ``transform_context`` (the
    project's, through Processing) names a coordinate operation for that pair: the datum transformation the
    planner chose then applies, which the core's own reprojection (PROJ's default) would not know.
    True when the request now reprojects; without such a choice the core reprojects as before (and reports it)."""
    if transform_context is None or not target_crs or not layer.isSpatial() or not layer.crs().isValid():
        return False
    from qgis.core import QgsCoordinateReferenceSystem

    target = QgsCoordinateReferenceSystem()
    if not target.createFromUserInput(target_crs) or target == layer.crs():
        return False
    operation = getattr(transform_context, "calculateCoordinateOperation", None)
    chosen = operation(layer.crs(), target) if operation is not None else ""
    if not chosen and not transform_context.hasTransform(layer.crs(), target):
        return False
    request.setDestinationCrs(target, transform_context)
    return True


def layer_to_raw(layer: QgsVectorLayer, kind: str, field_map: Optional[Mapping[str, str]] = None,
                 is_cancelled=None, source: Any = None, target_crs: Optional[str] = None,
                 transform_context: Any = None) -> RawLayer:
    """Copy ``layer``'s features into a RawLayer of contract ``kind`` (the layer is not touched).

    ``source``: a QgsFeatureSource of ``layer`` to read instead (Processing's parameterAsSource: "Selected
    features only" and feature filters apply); names and fields still come from ``layer``.
    ``target_crs`` and ``transform_context``: see ``_transform_request``.
    """
    names = [f.name() for f in layer.fields()]
    # expression fields (the per_1000 the plugin adds to districts) are not read unless mapped: evaluating
    # their aggregates while the canvas renders the same layer exhausts the GeoPackage connection pool
    # (main thread and render thread deadlock), and a copy of the data does not need them
    fields = layer.fields()
    mapped = set((field_map or {}).values())
    names = [n for i, n in enumerate(names)
             if n in mapped or fields.fieldOrigin(i) != fields.OriginExpression]
    from qgis.core import QgsFeatureRequest

    request = QgsFeatureRequest().setSubsetOfAttributes([fields.indexFromName(n) for n in names])
    has_geometry = layer.isSpatial()
    crs = crs_string(layer) if has_geometry else None
    if _transform_request(request, layer, target_crs, transform_context):
        crs = target_crs
    if source is None:
        iterator = layer.getFeatures(request)
    else:
        from qgis.core import QgsProcessingFeatureSource

        # the core checks geometries itself (and says which feature is wrong): no Processing validity filter
        skip = QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks
        iterator = source.getFeatures(request, skip) if isinstance(source, QgsProcessingFeatureSource) \
            else source.getFeatures(request)
    features: List[RawFeature] = []
    for feat in iterator:
        if is_cancelled is not None and is_cancelled():
            from ..core.errors import CancelledError

            raise CancelledError()
        attrs = {name: _python_value(feat[name]) for name in names}
        geom = None
        if has_geometry:
            g = feat.geometry()
            if g is not None and not g.isNull() and not g.isEmpty():
                geom = wkb.loads(bytes(g.asWkb()))
        features.append(RawFeature(feat.id(), attrs, geom))
    return RawLayer(layer_label(layer), kind, features, crs, dict(field_map or {}), source_fields=names)


def layers_to_planning_data(layers: Mapping[str, Optional[QgsVectorLayer]],
                            field_maps: Optional[Mapping[str, Mapping[str, str]]] = None,
                            target_crs: str = DEFAULT_CRS, is_cancelled=None,
                            guess: bool = True, sources: Optional[Mapping[str, Any]] = None,
                            transform_context: Any = None) -> Tuple[PlanningData, List[Issue]]:
    """Validate QGIS layers (kind -> layer; None entries skipped) into the core model.

    ``field_maps`` (kind -> {contract field: source field}) are explicit and win. ``guess`` (default): fill
    the fields they leave out from the field names (core.contract.guess_field_map), as Processing's empty
    field parameters do. With ``guess=False`` a full mapping (a dialog's) is used exactly as given: a field
    the planner left unmapped stays unmapped.
    ``sources`` (kind -> QgsFeatureSource of that layer, Processing's inputs) are read instead of the layers;
    ``transform_context``: the run's, so a datum transformation chosen in the project applies (layer_to_raw).
    """
    field_maps = field_maps or {}
    sources = sources or {}
    raws = [layer_to_raw(layer, kind, effective_field_map(layer, kind, field_maps.get(kind), guess=guess), is_cancelled,
                         source=sources.get(kind), target_crs=target_crs, transform_context=transform_context)
            for kind, layer in layers.items() if layer is not None and kind not in _NOT_VALIDATED]
    return build_planning_data(raws, target_crs)


_NOT_VALIDATED = ("network",)  # line layers read by network_layers.network_from_layer, not into PlanningData


QVARIANT_TYPES = {"text": compat.FIELD_STRING, "int": compat.FIELD_LONGLONG,
                  "float": compat.FIELD_DOUBLE, "bool": compat.FIELD_BOOL, "date": compat.field_type("date")}


def qgs_geometry(geom: Any, geometry: str) -> QgsGeometry:
    """A QgsGeometry from a shapely geometry; polygons become multipolygons (one output type per layer)."""
    g = QgsGeometry()
    g.fromWkb(bytes(geom.wkb))
    if geometry == "polygon" and not QgsWkbTypes.isMultiType(g.wkbType()):
        g.convertToMultiType()
    return g


def memory_layer(name: str, geometry: str, crs: str, fields: Sequence[Tuple[str, str]],
                 rows: Iterable[Tuple[Mapping[str, Any], Any]]) -> QgsVectorLayer:
    """A new memory layer from (attributes, shapely geometry) rows; geometry "point", "polygon" or "none"."""
    wkb_type = {"point": "Point", "polygon": "MultiPolygon", "none": "None"}[geometry]
    layer = QgsVectorLayer(f"{wkb_type}?crs={crs}" if geometry != "none" else "None", name, "memory")
    qfields = QgsFields()
    for fname, kind in fields:
        qfields.append(QgsField(fname, QVARIANT_TYPES[kind]))
    provider = layer.dataProvider()
    provider.addAttributes(qfields.toList())
    layer.updateFields()
    feats = []
    for attrs, geom in rows:
        f = QgsFeature(layer.fields())
        f.setAttributes([attrs.get(fname) for fname, _ in fields])
        if geom is not None and geometry != "none":
            f.setGeometry(qgs_geometry(geom, geometry))
        feats.append(f)
    provider.addFeatures(feats)
    layer.updateExtents()
    return layer


# ----------------------------------------------------------------------------- results stay tidy

GENERATED_PROPERTY = "dispersion/generated"
KEEP_PROPERTY = "dispersion/keep"
RESULTS_GROUP_PROPERTY = "dispersion/results_group"


def _flag(value: Any) -> bool:
    """A custom property as a flag: any value but empty, "0", "false", "no" (a reloaded project gives text;
    the export marks its copies "internal")."""
    if isinstance(value, str):
        return value.strip().lower() not in ("", "0", "false", "no")
    return bool(value)


def mark_generated(layer: QgsVectorLayer) -> None:
    """Mark a layer the plugin made (a result, an export's copy): pickers skip it, the Fuse dialog never ticks it."""
    layer.setCustomProperty(GENERATED_PROPERTY, True)


def is_generated(layer: Any) -> bool:
    """True for a layer the plugin generated (mark_generated)."""
    return hasattr(layer, "customProperty") and _flag(layer.customProperty(GENERATED_PROPERTY, False))


def is_kept(layer: Any) -> bool:
    """True when the planner kept a result ("dispersion/keep"): a re-run never replaces it."""
    return hasattr(layer, "customProperty") and _flag(layer.customProperty(KEEP_PROPERTY, False))


def set_kept(layer: QgsVectorLayer, keep: bool = True) -> None:
    """Keep (or release) a result so that the next run of its kind does (not) replace it."""
    layer.setCustomProperty(KEEP_PROPERTY, bool(keep))


def generated_layers(project: Any = None) -> List[QgsVectorLayer]:
    """The project's generated layers, for the pickers' excepted-layer lists."""
    from qgis.core import QgsProject

    project = project or QgsProject.instance()
    return [lyr for lyr in project.mapLayers().values() if is_generated(lyr)]


def _input_districts(project: Any) -> List[QgsVectorLayer]:
    """The project's district layers that are inputs (marked "districts" or the planning set's), not results."""
    from .planning_set import load_planning_set

    chosen = load_planning_set(project).layer("districts", project)
    return [lyr for lyr in project.mapLayers().values()
            if isinstance(lyr, QgsVectorLayer) and not is_generated(lyr)
            and (lyr is chosen or lyr.customProperty(KIND_PROPERTY, "") == "districts")]


def _below_inputs(root: Any, project: Any) -> int:
    """Where a new results group goes: right below the top-level node holding the input districts (so the
    planner's shelters and other points stay drawn above the result choropleth), else at the top."""
    ids = {lyr.id() for lyr in _input_districts(project)}
    for index, child in enumerate(root.children()):
        found = child.findLayerIds() if hasattr(child, "findLayerIds") else [getattr(child, "layerId", lambda: "")()]
        if ids & set(found):
            return index + 1
    return 0


def results_group(project: Any = None):
    """The visible "Dispersion Planner results" group, created when missing right below the input districts'
    group (at the top when there is none).

    Found by its own mark (so a renamed or re-translated group is reused),
    else by name among the top-level groups; never the selected group.
    """
    from qgis.core import QgsLayerTreeGroup, QgsProject

    from .i18n import tr

    project = project or QgsProject.instance()
    root = project.layerTreeRoot()
    title = tr("Dispersion Planner results")
    groups = [c for c in root.children() if isinstance(c, QgsLayerTreeGroup)]
    group = next((g for g in groups if _flag(g.customProperty(RESULTS_GROUP_PROPERTY, False))), None) \
        or next((g for g in groups if g.name() == title), None)
    if group is None:
        group = root.insertGroup(_below_inputs(root, project), title)
    group.setCustomProperty(RESULTS_GROUP_PROPERTY, True)
    group.setItemVisibilityChecked(True)
    group.setExpanded(True)
    return group


def add_result_layer(layer: QgsVectorLayer, kind: str, keep: bool = False, project: Any = None,
                     when: Any = None) -> QgsVectorLayer:
    """Add a result layer tidily: marked as generated and of ``kind``, named with the run's time
    ("District metrics 17:42"), in the results group (points above polygons), replacing (removing from
    the project) the previous result of the same kind unless that one was kept. A polygon result hides
    the input districts: it shows the same districts with the figures, and the input's opaque fill would
    otherwise cover it (the results group lies below the inputs, see results_group).
    """
    import datetime

    from qgis.core import QgsProject

    project = project or QgsProject.instance()
    when = when or datetime.datetime.now()
    for old in list(project.mapLayers().values()):
        if old is not layer and is_generated(old) and not is_kept(old) and old.customProperty(KIND_PROPERTY, "") == kind:
            project.removeMapLayer(old.id())
    mark_kind(layer, kind)
    mark_generated(layer)
    set_kept(layer, keep)
    layer.setName(f"{layer.name()} {when:%H:%M}")
    group = results_group(project)
    project.addMapLayer(layer, False)
    node = group.insertLayer(_result_position(group, layer), layer)
    if node is not None:
        node.setItemVisibilityChecked(True)
    _shown_over_inputs(layer, project)
    return layer


def _is_polygon(layer: Any) -> bool:
    return isinstance(layer, QgsVectorLayer) and layer.geometryType() == compat.GEOMETRY_POLYGON


def _result_position(group: Any, layer: QgsVectorLayer) -> int:
    """Index in the results group: points on top, a polygon result below the point results (a new
    choropleth never covers the suggested sites)."""
    if not _is_polygon(layer):
        return 0
    position = 0
    for child in group.children():
        other = getattr(child, "layer", lambda: None)()
        if not isinstance(other, QgsVectorLayer) or _is_polygon(other):
            break
        position += 1
    return position


def _shown_over_inputs(layer: QgsVectorLayer, project: Any) -> None:
    """A polygon result hides the input districts, whose opaque fill above the results group would cover it."""
    if not _is_polygon(layer):
        return
    root = project.layerTreeRoot()
    for districts in _input_districts(project):
        node = root.findLayer(districts.id())
        if node is not None:
            node.setItemVisibilityChecked(False)


def tidy_loaded_result(layer: QgsVectorLayer, kind: str, project: Any = None) -> None:
    """A result that QGIS (Processing) loads: mark it generated and, once it is in the layer tree, move it into the results group."""
    from qgis.core import QgsProject

    project = project or QgsProject.instance()
    mark_kind(layer, kind)
    mark_generated(layer)
    root = project.layerTreeRoot()
    node = root.findLayer(layer.id())
    if node is None:  # some QGIS versions add the tree node after the post-processor: leave it there
        return
    group = results_group(project)
    if node.parent() is not group:
        clone = node.clone()
        group.insertChildNode(_result_position(group, layer), clone)
        node.parent().removeChildNode(node)
    _shown_over_inputs(layer, project)


DRAW_ORDER = ("candidates", "services", "hotspots", "shelters", "districts")  # top of the layer tree first


def stack_planning_layers(layers: Mapping[str, Optional[QgsVectorLayer]], project: Any = None) -> None:
    """Put the planning set's layers into the "Planning layers" group, points above polygons.

    Why: the layer tree keeps the order files were added in, so an operator list imported before the
    districts lay under their opaque fill and the planner saw no shelters at all.
    """
    from qgis.core import QgsProject

    from .i18n import tr

    project = project or QgsProject.instance()
    root = project.layerTreeRoot()
    title = tr("Planning layers")
    group = root.findGroup(title)
    if group is None:
        group = root.insertGroup(0, title)  # on top: the results group follows below the input districts

    def key(kind: str) -> tuple:
        layer = layers[kind]
        polygon = layer is not None and layer.geometryType() == compat.GEOMETRY_POLYGON
        return (polygon, DRAW_ORDER.index(kind) if kind in DRAW_ORDER else len(DRAW_ORDER))

    chosen = [k for k in sorted((k for k in layers if layers[k] is not None), key=key)]
    for position, kind in enumerate(chosen):
        layer = layers[kind]
        node = root.findLayer(layer.id())
        if node is None:
            continue
        visible = node.itemVisibilityChecked()
        clone = node.clone()
        clone.setItemVisibilityChecked(visible)
        group.insertChildNode(position, clone)
        node.parent().removeChildNode(node)
