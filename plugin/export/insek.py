"""INSEK map export and district atlas (PDF/PNG/SVG), with the public-safe mode as the default.

Public mode never hands shelter (or hotspot, or suggestion) points to a
layout: the map shows a memory layer of districts whose counts are already
generalised text, services away from shelters without names, and the page says
"generalised for publication". Georeferencing and metadata are not written.
Files are written to a temporary name and moved into place when complete.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Dict, List, Mapping, Optional, Sequence, Tuple, Union

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeedback,
    QgsGraduatedSymbolRenderer,
    QgsLayoutItemMap,
    QgsMapLayer,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
    QgsRendererRange,
    QgsSymbol,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor, QFont

from .. import compat
from ..core import privacy
from ..core.errors import CancelledError, DispersionError, InputError
from ..core.i18n import Message, Number
from ..core.validation import errors as validation_errors
from ..qgis_adapters.layers import (
    GENERATED_PROPERTY,
    KIND_PROPERTY,
    is_generated,
    layers_to_planning_data,
    memory_layer,
)
from ..qgis_adapters.loading import layer_kind
from ..qgis_adapters.log import log
from ..qgis_adapters.styles import style_layer
from . import layouts as L
from .audit import audit_file, layout_strings, lonlat, refuse
from .charts_layout import add_summary_charts
from .language import export_language, kind_names, localise_legend, localise_number_text, number, today, tr, tr_message
from .literal import literal
from .profiles import Figures, city_lines, compute_figures, compute_public_figures, nearest_services, profile_text
from .sources import public_source_lines, source_lines
from .writing import MapFrame, export_single, frames_of, pdf_pages, render_context, step, temp_name, umask
from .writing import export_error as _export_error  # noqa: F401 - kept importable from here (redteam test)

KINDS = ("districts", "shelters", "hotspots", "services", "suggestions", "district_metrics")
FORMATS = (".pdf", ".png", ".svg")
GENERATED = GENERATED_PROPERTY  # the one mark of generated layers (qgis_adapters.layers); the value says which copy
ALTERNATIVE_FIELD = "alternative"  # suggestions: 0 = the suggestion, k = its k-th alternative
# an extra page of the PDF: build(public, threshold, project, crs_id) -> (layout, what it must never show)
ExtraPage = Callable[[bool, int, QgsProject, str], Tuple[QgsPrintLayout, privacy.Sensitive]]


@dataclass
class ExportResult:
    path: str
    pages: int
    public: bool
    layout_names: List[str] = field(default_factory=list)
    frames: List[MapFrame] = field(default_factory=list)
    notes: List[str] = field(default_factory=list)


# ---------------------------------------------------------------- inputs

def _fields(layer: QgsVectorLayer) -> set:
    return {f.name() for f in layer.fields()}


RESULT_KINDS = ("suggestions", "district_metrics", "districts_after")  # results an export may show


def detect_kind(layer: QgsMapLayer) -> Optional[str]:
    """Contract kind of a project layer from its fields and geometry (None when it is none of ours).

    Generated layers count only as the run results they are (suggestions, district metrics in the layer
    tree): an export's own copies are never inputs, but the planner's last analysis and placement are.
    """
    if not isinstance(layer, QgsVectorLayer):
        return None
    marked = layer.customProperty(KIND_PROPERTY, "")
    if is_generated(layer):
        project = layer.project() or QgsProject.instance()
        in_tree = project.layerTreeRoot().findLayer(layer.id()) is not None
        return marked if marked in RESULT_KINDS and in_tree else None
    if marked:
        return marked
    return layer_kind(layer)  # the one detector: core.contract.detect_kind


def project_layers(project: QgsProject) -> Dict[str, QgsVectorLayer]:
    """The project's planning layers by kind: the planning set's first (the planner chose them), then
    detected ones, visible layers first, in layer-tree order."""
    from ..qgis_adapters.planning_set import load_planning_set

    planning_set = load_planning_set(project)
    found: Dict[str, QgsVectorLayer] = {}
    for kind in planning_set.layer_ids:
        layer = planning_set.layer(kind, project)
        if layer is not None:
            found[kind] = layer
    root = project.layerTreeRoot()
    ordered = sorted(root.findLayers(), key=lambda node: not node.isVisible())
    for node in ordered:
        kind = detect_kind(node.layer())
        if kind and kind not in found:
            found[kind] = node.layer()
    return found


def _check_output(path: str, atlas: bool) -> Path:
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in FORMATS:
        raise DispersionError(tr("The output must end in .pdf, .png or .svg (got '{name}').").format(name=target.name))
    if atlas and suffix != ".pdf":
        raise DispersionError(tr("The district atlas is written as one PDF; choose an output ending in .pdf."))
    from ..io.files import check_target

    check_target(str(target))  # the one rule for every output: a missing folder is created
    folder = target.parent if str(target.parent) else Path(".")
    if not os.access(folder, os.W_OK) or (target.exists() and not os.access(target, os.W_OK)):
        raise DispersionError(tr("Cannot write to {path}: permission denied. Choose another folder.").format(path=target))
    return target


def _check_layers(layers: Mapping[str, Optional[QgsVectorLayer]]) -> None:
    districts = layers.get("districts")
    if districts is None:
        raise InputError(tr("The districts layer is required."))
    for _kind, layer in layers.items():
        if layer is None:
            continue
        if not layer.isValid():
            raise InputError(tr("Layer '{layer}' is not valid (its source could not be opened).").format(layer=layer.name()))
        if layer.isSpatial() and not layer.crs().isValid():
            raise InputError(tr("Layer '{layer}' has no coordinate reference system. Set it in the layer "
                                "properties.").format(layer=layer.name()))
    if districts.featureCount() == 0:
        raise InputError(tr("Layer '{layer}' has no features: there is nothing to map.").format(layer=districts.name()))


def _target_crs(districts: QgsVectorLayer) -> QgsCoordinateReferenceSystem:
    """The working CRS (issue 14.6; a Processing run's WORKING_CRS, else the project's or the districts' UTM zone)."""
    from ..qgis_adapters.working_crs import working_crs

    return working_crs([districts])


def _points(layer: Optional[QgsVectorLayer], crs: QgsCoordinateReferenceSystem, fields: Sequence[str]) -> List[tuple]:
    """(x, y, field values...) of a point layer in ``crs`` (multipoints give their first point)."""
    if layer is None:
        return []
    transform = QgsCoordinateTransform(layer.crs(), crs, QgsProject.instance())
    names = _fields(layer)
    out = []
    for feat in layer.getFeatures():
        g = feat.geometry()
        if g is None or g.isNull() or g.isEmpty():
            continue
        g.transform(transform)
        p = g.centroid().asPoint() if g.type() != compat.GEOMETRY_POINT or g.isMultipart() else g.asPoint()
        vals = []
        for name in fields:
            v = feat[name] if name in names else None
            vals.append(None if v is None or (hasattr(v, "isNull") and v.isNull()) else v)
        out.append((p.x(), p.y(), *vals))
    return out


# ---------------------------------------------------------------- map layers

def _district_layer(rows: List[Dict[str, Any]], data, crs: str, public: bool, metrics: Dict[str, Dict[str, Any]],
                    name: str) -> QgsVectorLayer:
    fields = list(privacy.PUBLIC_FIELDS) + [("gi_class", "text"), ("label", "text"), ("profile", "text"),
                                            (L.KEYED_FIELD, "int")]
    geoms = {d.district_id: d.geometry for d in data.districts}
    layer = memory_layer(name, "polygon", crs, fields,
                         ((dict(r, gi_class=(metrics.get(r["district_id"]) or {}).get("gi_class")), geoms[r["district_id"]])
                          for r in rows))
    layer.setCustomProperty(GENERATED, "public" if public else "internal")
    style_layer(layer, "districts")
    renderer = layer.renderer()
    if isinstance(renderer, QgsGraduatedSymbolRenderer):
        renderer.setClassAttribute('coalesce("per_1000", -1)')
        if any(r.get("per_1000") is None for r in rows):
            symbol = QgsSymbol.defaultSymbol(layer.geometryType())
            symbol.setColor(QColor("#e0e0e0"))
            label = tr("suppressed or no residents") if public else tr("no residents")
            renderer.addClassRange(QgsRendererRange(-1.5, -0.5, symbol, label))
    localise_legend(layer)
    layer.setLabeling(L.district_labeling())  # priorities, placement, callouts; key_unplaced_labels numbers the rest
    layer.setLabelsEnabled(True)
    return layer


def _public_services(services: List[tuple], crs: str) -> Optional[QgsVectorLayer]:
    """Service points with their category only (no names, ids or contacts).

    Services are not filtered by their distance to shelters: a gap in a
    public service list would itself point at a shelter. The public map is a
    function of district aggregates and public layers only.
    """
    keep = [({"category": cat}, _point(x, y)) for x, y, cat in services]
    if not keep:
        return None
    layer = memory_layer(tr("Services"), "point", crs, [("category", "text")], keep)
    layer.setCustomProperty(GENERATED, "public")
    style_layer(layer, "services")
    localise_legend(layer)
    layer.setLabelsEnabled(False)
    return layer


def _point(x: float, y: float):
    from shapely.geometry import Point

    return Point(x, y)


def _styled_copy(layer: QgsVectorLayer, kind: str, name: str) -> QgsVectorLayer:
    """A copy for the internal map; the user's style is kept, a plain default style gets the plugin's preset."""
    copy = layer.clone()
    copy.setName(name)
    copy.setCustomProperty(GENERATED, "internal")
    from qgis.core import QgsSingleSymbolRenderer

    if copy.renderer() is None or isinstance(copy.renderer(), QgsSingleSymbolRenderer):
        style_layer(copy, kind)
    localise_legend(copy)
    return copy


# ---------------------------------------------------------------- the chosen placement

def placements_held(layer: QgsVectorLayer) -> List[int]:
    """The placement numbers a suggestions layer holds, for the export dialog's choice and the check below.

    [] when the layer has no 'alternative' field (then it is one placement)."""
    index = layer.fields().indexFromName(ALTERNATIVE_FIELD)
    if index < 0:
        return []
    return sorted({int(v) for v in layer.uniqueValues(index)
                   if v is not None and not (hasattr(v, "isNull") and v.isNull())})


def chosen_placement(layer: Optional[QgsVectorLayer], alternative: int = 0) -> Optional[QgsVectorLayer]:
    """The suggested sites of one placement: ``alternative`` 0 is the suggestion, k its k-th alternative.

    dispersion:suggest writes the suggestion and its alternatives into one layer (field 'alternative'); a map
    that added them all up printed "Suggested new places: 900" for a 300-place suggestion. The result is a
    filtered copy: the planner's layer keeps its own filter. Raises InputError for a placement the layer lacks.
    """
    if layer is None:
        return None
    held = placements_held(layer)
    if not held:
        if alternative:
            raise InputError(tr("The suggestions layer '{layer}' holds a single placement (no field "
                                "'alternative'); choose placement 0.").format(layer=layer.name()))
        return layer
    if alternative not in held:
        raise InputError(tr("The suggestions layer '{layer}' has no placement {n}; it holds {held}.").format(
            layer=layer.name(), n=alternative, held=", ".join(str(a) for a in held)))
    copy = layer.clone()
    condition = f'"{ALTERNATIVE_FIELD}" = {int(alternative)}'
    copy.setSubsetString(f"({layer.subsetString()}) AND {condition}" if layer.subsetString() else condition)
    return copy


# ---------------------------------------------------------------- steps of one export

@dataclass
class _Job:
    """The settings of one export run, handed to each step of export_insek."""

    title: str
    layout: str
    public: bool
    threshold: int
    atlas: bool
    feedback: Optional[QgsFeedback]
    owner: QgsProject
    crs: QgsCoordinateReferenceSystem
    crs_id: str
    places_field: str
    logo_path: Optional[str]
    template_dir: Optional[Path]

    def template(self) -> QgsPrintLayout:
        return L.load_template(self.layout, self.owner, self.template_dir)


@dataclass
class _MapLayers:
    """The layers a map shows: the generated districts choropleth, the others on top, and the grey outline."""

    districts: QgsVectorLayer
    layers: List[QgsMapLayer]
    outline: QgsVectorLayer
    city: Optional[QgsVectorLayer] = None  # the city's boundary, for the whole-city inset
    highlight: Optional[QgsVectorLayer] = None  # atlas: mutes every district but the page's own

    def keep(self) -> List[object]:
        return list(self.layers) + [lyr for lyr in (self.outline, self.city, self.highlight) if lyr is not None]


@dataclass
class _Texts:
    """The page texts shared by the map, the summary and the atlas pages."""

    subtitle: str
    lines: List[str]
    notice: str
    illustrative: str
    totals: str


def _input_layers(layers: Union[QgsProject, Mapping[str, Optional[QgsVectorLayer]]], project: Optional[QgsProject],
                  alternative: int) -> Tuple[Dict[str, QgsVectorLayer], Optional[QgsProject]]:
    """The layers by kind (detected in a project if one is given) with the suggestions of the chosen placement."""
    if isinstance(layers, QgsProject):
        project = project or layers
        layers = project_layers(layers)
    found = {k: v for k, v in dict(layers).items() if v is not None and k in KINDS}
    if "suggestions" in found:
        found["suggestions"] = chosen_placement(found["suggestions"], alternative)
    return found, project


def _planning_data(layers: Mapping[str, QgsVectorLayer], crs_id: str, cancelled):
    """The core model of districts, shelters and services; InputError when they break the data contract."""
    core_layers = {k: layers.get(k) for k in ("districts", "shelters", "services")}
    data, issues = layers_to_planning_data(core_layers, target_crs=crs_id, is_cancelled=cancelled)
    bad = validation_errors(issues)
    if bad:
        raise InputError(tr("{count} input problem(s), first: {first}").format(count=len(bad), first=tr_message(bad[0].message)),
                         issues=bad)
    if not data.districts:
        raise InputError(tr("The districts layer has no usable features."))
    for issue in issues:
        log(issue.message)
    return data


def _district_rows(job: _Job, data, aggregates, table, figures: Figures) -> List[Dict[str, Any]]:
    """One row per district (generalised in public mode) with its map label and its atlas profile."""
    rows = table.rows if job.public else [a.internal_row() for a in aggregates]
    n_ranked = sum(1 for r in rows if r.get("rank_per_1000"))
    services = [(s.x, s.y, s.category) for s in data.services]
    centres = {d.district_id: d.geometry.representative_point() for d in data.districts}
    for row in rows:
        # counts may be core messages ("fewer than 5"): layer attributes and labels hold their rendered text
        row.update({k: tr_message(v) for k, v in row.items() if isinstance(v, (Message, Number))})
        row.update({k: localise_number_text(v) for k, v in row.items() if k.endswith("_text")})
        c = centres[row["district_id"]]
        row["label"] = row["name"] if row["places_text"] == "0" else \
            f"{row['name']}\n" + tr("{places} ({rate} ‰)").format(places=row["places_text"], rate=row["per_1000_text"])
        row["profile"] = profile_text(row, figures.district_metrics.get(row["district_id"], {}), n_ranked,
                                      nearest_services((c.x, c.y), services), job.public, job.threshold)
        for key in ("name", "label", "profile"):  # data text shown literally wherever a layout shows it
            row[key] = literal(row[key])
    return rows


def _map_layers(job: _Job, layers: Mapping[str, QgsVectorLayer], data, rows, figures: Figures) -> _MapLayers:
    """Public: the generalised districts and services without names. Internal: styled copies of the points too."""
    names = kind_names()
    district_name = tr("Places per 1,000|inhabitants") + (tr(" (generalised)") if job.public else "")
    districts_layer = _district_layer(rows, data, job.crs_id, job.public, figures.district_metrics, district_name)
    map_layers: List[QgsMapLayer] = []
    if job.public:
        svc = _public_services([(s.x, s.y, s.category) for s in data.services], job.crs_id)
        if svc is not None:
            map_layers.append(svc)
    else:
        for kind in ("suggestions", "services", "hotspots", "shelters"):
            if layers.get(kind) is not None:
                map_layers.append(_styled_copy(layers[kind], kind, names.get(kind, tr("Suggested placements"))))
    map_layers.append(districts_layer)
    outline = memory_layer(tr("Districts"), "polygon", job.crs_id, [("district_id", "text")],
                           (({"district_id": d.district_id}, d.geometry) for d in data.districts))
    outline.setCustomProperty(GENERATED, "outline")
    from qgis.core import QgsFillSymbol, QgsSingleSymbolRenderer

    outline.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
        {"color": "242,242,242,255", "outline_color": "96,96,96,255", "outline_width": "0.2"})))
    city, highlight = L.city_layer(data.districts, job.crs_id), L.atlas_highlight_layer(data.districts, job.crs_id)
    for lyr in (city, highlight):
        lyr.setCustomProperty(GENERATED, "outline")
    return _MapLayers(districts_layer, map_layers, outline, city, highlight)


def _page_texts(job: _Job, layers: Mapping[str, QgsVectorLayer], aggregates, table,
                subtitle: Optional[str]) -> _Texts:
    """Sources line, privacy notice, illustrative-data note, subtitle and the city totals."""
    names = kind_names()
    points = [k for k in ("shelters", "services", "hotspots", "suggestions") if k in layers]
    if job.public:
        lines, illustrative = public_source_lines([(k, names.get(k, k), layers[k]) for k in ["districts"] + points])
    else:
        lines, illustrative = source_lines([(names["districts"], layers["districts"])] +
                                           [(names.get(k, k), layers[k]) for k in points])
    today_text = today()
    lines.append(tr("Map: Dispersion Planner, {date}; CRS {crs}; district boundaries as supplied.").format(
        date=today_text, crs=job.crs_id))
    notice = tr_message(privacy.generalised_note(job.threshold) if job.public else privacy.internal_note())
    if job.public and (table.places.kinds or table.shelters.kinds):
        notice = notice + " " + tr_message(privacy.withheld_note())
    illustrative_text = tr("Illustrative data: not real shelter locations or official figures.") if illustrative else ""
    subtitle = subtitle if subtitle is not None else (
        tr("Places in shared accommodation per 1,000 inhabitants, {date}").format(date=today_text)
        + (tr(" — generalised for publication") if job.public else tr(" — internal")))
    return _Texts(subtitle, lines, notice, illustrative_text,
                  _city_summary_text(aggregates, job.threshold, job.public, table))


def _map_layout(job: _Job, maps: _MapLayers, texts: _Texts) -> QgsPrintLayout:
    """The single-page map: template, texts, main map and inset, legend."""
    main = job.template()
    _fill(main, job.title, texts.subtitle, texts.lines, texts.notice, texts.illustrative, job.logo_path, texts.totals)
    L.setup_maps(main, maps.layers, _extent(maps), [maps.city or maps.outline], maps.districts.extent(), job.crs)
    L.setup_legend(main, maps.layers, maps.keep())
    L.key_unplaced_labels(main, maps.districts)  # a district whose name finds no place gets a number and a key line
    render_context(main, job.public)
    return main


def _atlas_layout(job: _Job, maps: _MapLayers, texts: _Texts) -> QgsPrintLayout:
    """One page per district (sorted by id), the map following the district, the profile as page text."""
    atlas_layout = job.template()
    _fill(atlas_layout, '[% "name" %]', job.title + " \u2014 " + tr("district profile"), texts.lines, texts.notice,
          texts.illustrative, job.logo_path, '[% "profile" %]', atlas=True)
    shown = list(maps.layers)
    if maps.highlight is not None:  # directly above the choropleth: the page's district stands out
        shown.insert(shown.index(maps.districts), maps.highlight)
    L.setup_maps(atlas_layout, shown, _extent(maps), [maps.outline], maps.districts.extent(), job.crs, zoomed=True)
    L.setup_legend(atlas_layout, maps.layers, maps.keep())
    amap: QgsLayoutItemMap = atlas_layout.itemById("map")
    amap.setAtlasDriven(True)
    amap.setAtlasScalingMode(QgsLayoutItemMap.AtlasScalingMode.Auto)
    amap.setAtlasMargin(0.25)
    at = atlas_layout.atlas()
    at.setCoverageLayer(maps.districts)
    at.setEnabled(True)
    at.setSortFeatures(True)
    at.setSortExpression('"district_id"')
    at.setPageNameExpression('"name"')
    render_context(atlas_layout, job.public)
    return atlas_layout


def _extent(maps: _MapLayers) -> QgsRectangle:
    extent = QgsRectangle(maps.districts.extent())
    extent.scale(1.06)
    return extent


def _write(job: _Job, target: Path, build, sensitive: Optional[privacy.Sensitive]):
    """Run ``build(tmp, texts, frames)`` into a temporary file beside ``target``; audit a public file; then rename.

    ``build`` writes the file and returns (pages, managed layouts). Whatever fails or is cancelled, no temporary
    file is left and an existing ``target`` is kept.
    """
    layout_texts: List[str] = [job.title]  # the PDF's document title is the export title
    frames: List[MapFrame] = []
    tmp = temp_name(target)
    try:
        pages, managed = build(tmp, layout_texts, frames)
        if job.feedback is not None and job.feedback.isCanceled():
            raise CancelledError()
        if job.public:
            refuse(privacy.find_disclosures("\n".join(layout_texts), sensitive), tr("the map's texts"))
            audit_file(tmp, sensitive)
        os.chmod(tmp, 0o666 & ~umask())
        os.replace(tmp, target)
    except BaseException:
        for leftover in (tmp, tmp.with_suffix(tmp.suffix + ".aux.xml")):
            try:
                leftover.unlink()
            except OSError:
                pass
        raise
    return pages, managed, frames


EXPORT_LAYOUTS = "dispersion/export_layouts"  # on a generated layer: the layouts it was made for


def _add_to_project(project: QgsProject, maps: _MapLayers, managed) -> List[str]:
    """Add the layouts, and the generated layers they draw, to ``project`` for finishing by hand.

    The layers are registered outside the layer tree (addMapLayer(layer, False)) and marked generated, so
    the layouts still draw when the project is reopened while no layer shows in the tree or in a picker.
    A re-export of the same layouts replaces their layers: five exports leave the layers of one."""
    from ..qgis_adapters.layers import mark_generated

    names = [L.add_to_manager(project, lay, name) for lay, name in managed]
    tag = "\n".join(sorted(names))
    new = [lyr for lyr in maps.keep() if lyr.customProperty(GENERATED)]
    keep_ids = {lyr.id() for lyr in new}
    stale = [lid for lid, lyr in project.mapLayers().items()
             if lyr.customProperty(EXPORT_LAYOUTS) == tag and lid not in keep_ids]
    if stale:
        project.removeMapLayers(stale)
    for lyr in new:
        mark_generated(lyr)
        lyr.setCustomProperty(EXPORT_LAYOUTS, tag)
        project.addMapLayer(lyr, False)
    return names


# ---------------------------------------------------------------- main entry

def export_insek(layers: Union[QgsProject, Mapping[str, Optional[QgsVectorLayer]]], output_path: str, title: str,
                 layout: str = "a4_landscape", public: bool = True, threshold: int = 5, atlas: bool = False,
                 feedback: Optional[QgsFeedback] = None, *, subtitle: Optional[str] = None,
                 project: Optional[QgsProject] = None, add_to_project: bool = False, logo_path: Optional[str] = None,
                 places_field: str = "capacity", template_dir: Optional[str] = None,
                 alternative: int = 0, language: Optional[str] = None,
                 extra_pages: Sequence[ExtraPage] = ()) -> ExportResult:
    """Write the INSEK map (or, with ``atlas``, the district atlas PDF) to ``output_path``.

    ``layers`` maps kinds (districts, shelters, hotspots, services, suggestions,
    district_metrics) to layers, or is a project whose planning layers are
    detected by their fields. ``public`` (default) generalises everything about
    shelters to districts and suppresses counts below ``threshold``. Of a
    suggestions layer with alternatives only placement ``alternative`` (0: the
    suggestion) is mapped and counted. With ``add_to_project`` the layouts (and
    their generated layers) are added to ``project`` for manual finishing.
    Raises DispersionError/InputError with a clear message, CancelledError when
    ``feedback`` is cancelled; nothing is left half-written. Every text on the
    map, legend, atlas and summary pages is in ``language`` ("en"/"de"; default:
    QGIS's interface language), with its number and date notation. ``extra_pages`` (PDF only): each is
    called as ``build(public, threshold, project, crs_id)`` in that language and returns a page's layout and what
    it must never show; the pages follow the map (or the summary) in the same PDF and the same audit.
    """
    with export_language(language):
        return _export_insek(layers, output_path, title, layout, public, threshold, atlas, feedback,
                             subtitle=subtitle, project=project, add_to_project=add_to_project, logo_path=logo_path,
                             places_field=places_field, template_dir=template_dir, alternative=alternative,
                             extra_pages=extra_pages)


def _export_insek(layers, output_path: str, title: str, layout: str, public: bool, threshold: int, atlas: bool,
                  feedback: Optional[QgsFeedback], *, subtitle: Optional[str], project: Optional[QgsProject],
                  add_to_project: bool, logo_path: Optional[str], places_field: str, template_dir: Optional[str],
                  alternative: int, extra_pages: Sequence[ExtraPage] = ()) -> ExportResult:
    """export_insek in the export language already set."""
    try:
        threshold = privacy.check_threshold(threshold)
    except ValueError as exc:
        raise InputError(str(exc)) from exc
    target = _check_output(output_path, atlas)
    found, project = _input_layers(layers, project, alternative)
    _check_layers(found)
    owner = project if (add_to_project and project is not None) else QgsProject()
    crs = _target_crs(found["districts"])
    job = _Job(title, layout, public, threshold, atlas, feedback, owner, crs, crs.authid() or "EPSG:25832",
               places_field, logo_path, Path(template_dir) if template_dir else None)
    cancelled = feedback.isCanceled if feedback is not None else None
    data = _planning_data(found, job.crs_id, cancelled)
    step(feedback, 2.0)

    suggestions = _points(found.get("suggestions"), crs, ["places"])
    aggregates = privacy.aggregate_districts(data, places_field, [(x, y, p or 0) for x, y, p in suggestions])
    table = privacy.public_table(aggregates, threshold) if public else None
    if public:
        figures: Figures = compute_public_figures(data, aggregates, table, places_field, cancelled)
    else:
        figures = compute_figures(data, aggregates, places_field, found.get("district_metrics"), cancelled)
    step(feedback, 4.0)
    rows = _district_rows(job, data, aggregates, table, figures)
    maps = _map_layers(job, found, data, rows, figures)
    texts = _page_texts(job, found, aggregates, table, subtitle)
    sensitive = privacy.Sensitive.of(data.shelters, lonlat([(s.x, s.y) for s in data.shelters], crs)) \
        if public else None
    extras = _extra_pages(extra_pages, target, job)
    if sensitive is not None:
        for _lay, own in extras:  # the whole file is audited against every page's sensitive terms
            sensitive.terms.update({k: v for k, v in own.terms.items() if k not in sensitive.terms})
            sensitive.xy.extend(own.xy)
            sensitive.lonlat.extend(own.lonlat)
    extra_layouts = [lay for lay, _own in extras]
    suffix = tr("public") if public else tr("internal")  # in the layout names the planner sees

    def build_atlas(tmp: Path, layout_texts: List[str], frames: List[MapFrame]):
        summary = _summary_layout(layout, owner, title, figures, aggregates, rows, public, threshold, texts.lines,
                                  texts.notice, texts.illustrative, logo_path, texts.totals, template_dir,
                                  [s.name for s in data.shelters] + [s.shelter_id for s in data.shelters], table)
        render_context(summary, public)
        atlas_layout = _atlas_layout(job, maps, texts)
        pages = pdf_pages([summary] + extra_layouts, tmp, title, feedback, atlas_layout, frames,
                           texts=layout_texts if public else None)
        summary_word, atlas_word = tr("summary"), tr("atlas")
        return pages, [(summary, f"INSEK {title} — {summary_word} ({suffix})"),
                       (atlas_layout, f"INSEK {title} — {atlas_word} ({suffix})")]

    def build_map(tmp: Path, layout_texts: List[str], frames: List[MapFrame]):
        main = _map_layout(job, maps, texts)
        step(feedback, 10.0)
        if public:
            layout_texts.extend(layout_strings(main))
            for extra in extra_layouts:
                layout_texts.extend(layout_strings(extra))
            refuse(privacy.find_disclosures("\n".join(layout_texts), sensitive), tr("the map's texts"))
        if extra_layouts:  # one PDF: the map, then the extra pages
            pages = pdf_pages([main] + extra_layouts, tmp, title, feedback, None, frames)
            return pages, [(main, f"INSEK {title} ({suffix})")]
        export_single(main, tmp, public)
        frames.extend(frames_of(main, 0))
        return 1, [(main, f"INSEK {title} ({suffix})")]

    pages, managed, frames = _write(job, target, build_atlas if atlas else build_map, sensitive)
    layout_names = _add_to_project(project, maps, managed) if (add_to_project and project is not None) else []
    return ExportResult(str(target), pages, public, layout_names, frames, list(figures.notes))


def _extra_pages(builders: Sequence[ExtraPage], target: Path, job: _Job) -> List[Tuple[QgsPrintLayout, privacy.Sensitive]]:
    """The extra pages' layouts (built before anything is written, so that a refused page writes nothing)."""
    if builders and target.suffix.lower() != ".pdf":
        raise DispersionError(tr("Further pages are added to a PDF only; choose an output ending in .pdf."))
    return [build(job.public, job.threshold, job.owner, job.crs_id) for build in builders]


def _fill(layout: QgsPrintLayout, title: str, subtitle: str, lines: List[str], notice: str, illustrative: str,
          logo: Optional[str], profile: str, atlas: bool = False) -> None:
    """Fill the template's texts, all shown literally; with ``atlas``, title and profile are our expressions
    for the atlas feature's (already literal) fields."""
    L.set_text(layout, "title", title, expression=atlas)
    L.set_text(layout, "subtitle", subtitle)
    L.set_text(layout, "sources", tr("Sources") + ": " + " \u00b7 ".join(lines))
    L.set_text(layout, "notice", notice)
    L.set_text(layout, "illustrative_note", illustrative)
    L.set_text(layout, "profile", profile, expression=atlas)
    L.set_picture(layout, "logo", logo)


def _city_summary_text(aggregates, threshold: int, public: bool, table: Optional[privacy.PublicTable] = None) -> str:
    pop = sum(a.population or 0 for a in aggregates)
    places = sum(a.places for a in aggregates)
    shelters = sum(a.shelters for a in aggregates)
    planned = sum(a.planned_places for a in aggregates)
    if public and table is not None:
        places_text, shelters_text = table.total_text("places"), table.total_text("shelters")
        rate = table.places_total * 1000.0 / pop if pop and table.places_total is not None else None
        rate_text = privacy.MARK if table.places_total is None else ("\u2013" if rate is None else number(rate, 1))
    else:
        places_text = privacy.format_count(places, threshold, public)
        shelters_text = privacy.format_count(shelters, threshold, public)
        rate = places * 1000.0 / pop if pop else None
        rate_text = "\u2013" if rate is None else number(rate, 1)
    lines = [
        tr("City total"),
        tr("Districts: {n}").format(n=len(aggregates)),
        tr("Population: {n}").format(n=number(pop)),
        tr("Shelters: {n}").format(n=localise_number_text(tr_message(shelters_text))),
        tr("Places: {n}").format(n=localise_number_text(tr_message(places_text))),
        tr("Places per 1,000 inhabitants: {n}").format(n=rate_text),
    ]
    if planned:
        if public and table is not None:
            planned_text = privacy.MARK if table.planned_total is None else privacy.format_count(planned, 1, False)
        else:
            planned_text = privacy.format_count(planned, threshold, public)
        lines.append(tr("Suggested new places: {n}").format(n=localise_number_text(tr_message(planned_text))))
    return "\n".join(lines)


def _summary_layout(layout_name, owner, title, figures: Figures, aggregates, rows, public, threshold, lines, notice,
                    illustrative_text, logo, totals, template_dir, sensitive, ptable=None) -> QgsPrintLayout:
    """The city summary page: indices with their reading, the Lorenz curve and the district table."""
    from qgis.core import QgsLayoutItemLabel, QgsLayoutPoint, QgsLayoutSize
    from qgis.PyQt.QtCore import Qt

    lay = L.load_template(layout_name, owner, Path(template_dir) if template_dir else None)
    _fill(lay, title, tr("City summary: how evenly are places spread?"), lines, notice, illustrative_text, logo, totals)
    main = lay.itemById("map")
    rect = (main.positionWithUnits().x(), main.positionWithUnits().y(), main.sizeWithUnits().width(),
            main.sizeWithUnits().height())
    for item_id in ("map", "overview", "legend", "scalebar", "north_arrow"):
        item = lay.itemById(item_id)
        if item is not None:
            lay.removeLayoutItem(item)
    x, y, w, h = rect
    text = "\n".join(city_lines(figures, public, sensitive, ptable) + [""] + figures.notes)
    table = "\n".join(
        f"{r['district_id']}  {r['name']}: " + tr("{places} places, {rate} ‰").format(
            places=r['places_text'], rate=r['per_1000_text'])
        for r in sorted(rows, key=lambda r: r["district_id"]))
    label = QgsLayoutItemLabel(lay)
    label.setId("indices")
    label.setText(literal(text) if text.strip() else tr("No city indices available."))
    font = QFont("DejaVu Sans")
    font.setPointSizeF(7.5 if w > 200 else 7)
    compat.set_label_font(label, font)
    label.setHAlign(Qt.AlignmentFlag.AlignLeft)  # QGIS's default, justified, stretched the index lines
    lay.addLayoutItem(label)
    label.attemptMove(QgsLayoutPoint(x, y, compat.LAYOUT_MILLIMETERS))
    label.attemptResize(QgsLayoutSize(w * 0.55, h * 0.5, compat.LAYOUT_MILLIMETERS))
    tab = QgsLayoutItemLabel(lay)
    tab.setId("district_table")
    tab.setText(literal(table))
    compat.set_label_font(tab, font)
    tab.setHAlign(Qt.AlignmentFlag.AlignLeft)
    lay.addLayoutItem(tab)
    tab.attemptMove(QgsLayoutPoint(x, y + h * 0.52, compat.LAYOUT_MILLIMETERS))
    tab.attemptResize(QgsLayoutSize(w * 0.55, h * 0.48, compat.LAYOUT_MILLIMETERS))
    add_summary_charts(lay, figures, aggregates, ptable, threshold, (x + w * 0.57, y, w * 0.43, h))
    return lay
