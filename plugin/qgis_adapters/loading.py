"""Loading planning layers into a QGIS project: the bundled sample and the user's files."""
from __future__ import annotations

import hashlib
import shutil
from pathlib import Path
from typing import Dict, Optional

from qgis.core import QgsField, QgsLayerTreeGroup, QgsProject, QgsVectorLayer

from .. import compat
from ..core.errors import InputError
from .i18n import kind_title, tr
from .layers import mark_kind
from .styles import style_layer

SAMPLE_GPKG = Path(__file__).resolve().parents[2] / "resources" / "sample" / "kaiserslautern_demo.gpkg"
SAMPLE_LAYERS = ("districts", "shelters", "hotspots", "services", "candidates")
# drawing order in the legend: top first
LEGEND_ORDER = ("candidates", "services", "hotspots", "shelters", "districts")
SAMPLE_NETWORK_TABLE = "walking_network"  # the sample's schematic walking network (issue 18), below the points


def sample_path() -> Path:
    if not SAMPLE_GPKG.exists():
        raise InputError(tr("The sample GeoPackage is missing: {path}. Reinstall the plugin.").format(path=SAMPLE_GPKG))
    return SAMPLE_GPKG


def copy_sample(folder: str) -> Path:
    """Copy the sample GeoPackage into ``folder`` (so the shipped file is never edited)."""
    target_dir = Path(folder)
    target_dir.mkdir(parents=True, exist_ok=True)
    target = target_dir / SAMPLE_GPKG.name
    tmp = target.with_suffix(".gpkg.part")
    shutil.copyfile(sample_path(), tmp)
    tmp.replace(target)
    return target


def profile_sample(folder: Path) -> Path:
    """The sample as a copy in ``folder`` (the user's profile), copied again only when the shipped file changed.

    Why: the QGIS desktop opens a GeoPackage for writing (its SQLite journal), which rewrote the plugin's own
    sample file on every load; the copy takes that, and the one copy is reused while it is open in a project.
    """
    folder.mkdir(parents=True, exist_ok=True)
    target, stamp = folder / SAMPLE_GPKG.name, folder / "sample.sha256"
    digest = hashlib.sha256(sample_path().read_bytes()).hexdigest()
    if target.exists() and stamp.exists() and stamp.read_text(encoding="utf-8").strip() == digest:
        return target
    copy_sample(str(folder))
    part = stamp.with_suffix(".part")
    part.write_text(digest + "\n", encoding="utf-8")
    part.replace(stamp)
    return target


def open_gpkg_layer(path: Path, table: str, name: Optional[str] = None) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{path}|layername={table}", name or table, "ogr")
    if not layer.isValid():
        raise InputError(tr("Layer '{table}' could not be opened from {path}.").format(table=table, path=path))
    return layer


def add_per_1000_field(districts: QgsVectorLayer, shelters: QgsVectorLayer, places_field: Optional[str] = None,
                       population_field: Optional[str] = None) -> None:
    """Add a virtual ``per_1000`` field (places per 1,000 inhabitants) used by the district style.

    It is an expression field stored in the project, not in the source, so the
    input stays untouched and the value follows edits of the shelters layer.
    Like the analysis it counts active shelters only, and a shelter is in a
    district by the one rule of core.geometry (IN_DISTRICT_RULE: the first
    district by feature id whose polygon, boundary included, intersects it),
    so a shelter on a shared boundary counts once, as in the analysis.
    Without explicit fields, capacity, population and status come from each
    layer's field mapping (layers.effective_field_map), so ``Kapazität`` and
    ``Einwohner`` work like the sample's names.
    """
    from qgis.core import QgsExpression

    from ..core.geometry import in_district_filter
    from .layers import effective_field_map

    # every identifier and literal through QGIS's own quoting: field names like 'Einwohner "2023"' stay intact
    column, literal = QgsExpression.quotedColumnRef, QgsExpression.quotedString
    parent = "geometry(@parent)"
    point = "geometry(@parent)"
    if districts.crs() != shelters.crs() and districts.crs().isValid() and shelters.crs().isValid():
        d_crs, s_crs = literal(districts.crs().authid()), literal(shelters.crs().authid())
        parent = f"transform({parent}, {d_crs}, {s_crs})"
        point = f"transform({point}, {s_crs}, {d_crs})"
    condition = in_district_filter(parent, "@district_fid", literal(districts.id()), point)
    shelter_map = effective_field_map(shelters, "shelters")
    places_field = places_field or shelter_map.get("capacity") or "capacity"
    population_field = population_field or effective_field_map(districts, "districts").get("population") or "population"
    status = shelter_map.get("status")
    if status and shelters.fields().indexFromName(status) >= 0:
        condition += f" and coalesce({column(status)}, 'active') = 'active'"
    expr = (
        "with_variable('district_fid', $id, "
        "with_variable('p', aggregate(layer:={sid}, aggregate:='sum', expression:={pf}, filter:={cond}), "
        "if({pop} > 0, coalesce(@p, 0) * 1000.0 / {pop}, NULL)))"
    ).format(sid=literal(shelters.id()), pf=column(places_field), cond=condition, pop=column(population_field))
    idx = districts.fields().indexFromName("per_1000")
    if idx >= 0:
        if districts.fields().fieldOrigin(idx) == districts.fields().OriginExpression:
            districts.updateExpressionField(idx, expr)
        return
    districts.addExpressionField(expr, QgsField("per_1000", compat.FIELD_DOUBLE))


def geometry_name(layer: QgsVectorLayer) -> Optional[str]:
    """The layer's geometry as core names it: "point", "line", "polygon", "none" (no geometry) or None."""
    if not layer.isSpatial():
        return "none"
    geom = layer.geometryType()
    for name, value in (("point", compat.GEOMETRY_POINT), ("line", compat.GEOMETRY_LINE),
                        ("polygon", compat.GEOMETRY_POLYGON)):
        if geom == value:
            return name
    return None


def layer_kind(layer: QgsVectorLayer) -> Optional[str]:
    """Kind of a project layer: its kind mark when it has one, else core.contract.detect_kind (fields, geometry, name).

    The one detector for every dialog and export (docs/architecture.md); None when the layer is none of ours.
    """
    from ..core.contract import detect_kind
    from .layers import KIND_PROPERTY

    if not isinstance(layer, QgsVectorLayer):
        return None
    marked = layer.customProperty(KIND_PROPERTY, "")
    if marked:
        return str(marked)
    return detect_kind([f.name() for f in layer.fields()], geometry_name(layer), layer.name())


def display_names() -> Dict[str, str]:
    return {kind: kind_title(kind) for kind in SAMPLE_LAYERS}


def load_planning_layers(path: Path, project: QgsProject, group_name: str, tables: Optional[Dict[str, str]] = None,
                         read_only: bool = False) -> Dict[str, QgsVectorLayer]:
    """Add the contract layers of a GeoPackage to ``project`` in a group, styled; returns kind -> layer."""
    tables = tables or {kind: kind for kind in SAMPLE_LAYERS}
    names = display_names()
    layers: Dict[str, QgsVectorLayer] = {}
    for kind, table in tables.items():
        layer = open_gpkg_layer(path, table, names.get(kind, table))
        layer.setReadOnly(read_only)
        mark_kind(layer, kind)
        layers[kind] = layer
    if "districts" in layers and "shelters" in layers:
        add_per_1000_field(layers["districts"], layers["shelters"])
    root = project.layerTreeRoot()
    group: QgsLayerTreeGroup = root.findGroup(group_name) or root.insertGroup(0, group_name)
    for kind in LEGEND_ORDER:
        if kind in layers:
            style_layer(layers[kind], kind)
            project.addMapLayer(layers[kind], False)
            group.addLayer(layers[kind])
    return layers


def load_sample(project: Optional[QgsProject] = None, folder: Optional[str] = None,
                path: Optional[Path] = None) -> Dict[str, QgsVectorLayer]:
    """Load the Kaiserslautern sample into ``project``; from a copy in ``folder`` when given (editable), from
    ``path`` (read-only, e.g. :func:`profile_sample`) or else from the shipped file (read-only).

    With the contract layers comes the schematic walking network (key "network", issue 18), drawn plainly in
    the group right above the districts, below every point layer."""
    project = project or QgsProject.instance()
    path = copy_sample(folder) if folder else (path or sample_path())
    group_name = tr("Kaiserslautern sample (illustrative)")
    layers = load_planning_layers(path, project, group_name, read_only=folder is None)
    network = add_network_layer(path, project, group_name, read_only=folder is None)
    if network is not None:
        layers["network"] = network
    return layers


NETWORK_VISIBLE_FROM_SCALE = 40000.0  # scale denominator: the network shows when zoomed in closer


def add_network_layer(path: Path, project: QgsProject, group_name: str, table: str = SAMPLE_NETWORK_TABLE,
                      read_only: bool = True) -> Optional[QgsVectorLayer]:
    """Add the walking network of a GeoPackage (a line layer) plainly styled, above the districts of the group
    and below its points; None when the file has no such table (a sample built before issue 18)."""
    layer = QgsVectorLayer(f"{path}|layername={table}", tr("Walking network (schematic, illustrative)"), "ogr")
    if not layer.isValid():
        return None
    layer.setReadOnly(read_only)
    mark_kind(layer, "network")
    from qgis.core import QgsLineSymbol, QgsSingleSymbolRenderer

    symbol = QgsLineSymbol.createSimple({"color": "160,160,160,150", "width": "0.15", "capstyle": "round"})
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    # At city scale a street grid reads as hatching over the districts' colours: drawn from 1:40.000 inwards only.
    layer.setScaleBasedVisibility(True)
    layer.setMinimumScale(NETWORK_VISIBLE_FROM_SCALE)
    root = project.layerTreeRoot()
    group = root.findGroup(group_name) or root.insertGroup(0, group_name)
    project.addMapLayer(layer, False)
    children = [getattr(c, "layerId", lambda: "")() for c in group.children()]
    districts = [i for i, lid in enumerate(children) if (project.mapLayer(lid) is not None
                                                           and project.mapLayer(lid).customProperty(
                                                               "dispersion_planner/kind", "") == "districts")]
    group.insertLayer(districts[0] if districts else len(children), layer)
    return layer
