"""The project's planning set: which layer is districts, shelters, hotspots, services and candidates, with the
field mapping of each; why: every dialog, export and Processing default starts from the same choice instead of
picking "a layer of this kind" on its own (issue 14: own districts quietly mixed with the sample's shelters).

The set lives in the project (``QgsProject.writeEntry("dispersion_planner", "planning_set", json)``), so it is
saved in the .qgz and comes back when the project is reopened. It holds layer ids and field names only, never
layer data; a layer id resolves through the project, and a layer removed since gives None.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from typing import Any, Dict, List, Mapping, Optional, Tuple

from qgis.core import QgsProject, QgsVectorLayer

from .i18n import kind_title, tr
from .layers import is_generated

SCOPE = "dispersion_planner"
KEY = "planning_set"
KINDS = ("districts", "shelters", "hotspots", "services", "candidates")
# Optional roles beside the contract's point and polygon layers: the walking network (issue 18, a line layer read
# by qgis_adapters.network_layers, never validated into PlanningData). ``layers()`` keeps to KINDS, so callers
# that validate every chosen layer never get it; ``layer("network")`` and ``all_layers()`` give it.
OPTIONAL_KINDS = ("network",)
ALL_KINDS = KINDS + OPTIONAL_KINDS
FORMAT_VERSION = 1


def _project(project: Any = None) -> QgsProject:
    return project if project is not None else QgsProject.instance()


@dataclass
class PlanningSet:
    """The planner's choice of input layers (by layer id) and their field mappings, per contract kind."""

    layer_ids: Dict[str, str] = field(default_factory=dict)  # kind -> QgsMapLayer.id()
    field_maps: Dict[str, Dict[str, str]] = field(default_factory=dict)  # kind -> {contract field: source field}

    def layer(self, kind: str, project: Any = None) -> Optional[QgsVectorLayer]:
        """The chosen layer of ``kind`` in ``project``; None when unset or removed from the project since."""
        layer_id = self.layer_ids.get(kind)
        if not layer_id:
            return None
        layer = _project(project).mapLayer(layer_id)
        return layer if isinstance(layer, QgsVectorLayer) else None

    def field_map(self, kind: str) -> Dict[str, str]:
        """Contract field -> source field chosen for ``kind`` (a copy; empty entries left out)."""
        return {k: v for k, v in (self.field_maps.get(kind) or {}).items() if k and v}

    def layers(self, project: Any = None) -> Dict[str, Optional[QgsVectorLayer]]:
        """Every kind -> its layer (None where unset or removed); why: dialogs and exports take all at once."""
        return {kind: self.layer(kind, project) for kind in KINDS}

    def all_layers(self, project: Any = None) -> Dict[str, Optional[QgsVectorLayer]]:
        """Every kind including the optional roles (the walking network) -> its layer; why: the analysis and
        optimiser dialogs offer the network beside the contract layers."""
        return {kind: self.layer(kind, project) for kind in ALL_KINDS}

    def is_empty(self) -> bool:
        """True when no layer is chosen (a new project, or one made before the planning set existed)."""
        return not any(self.layer_ids.values())

    def set(self, kind: str, layer: Optional[QgsVectorLayer], mapping: Optional[Mapping[str, str]] = None) -> None:
        """Choose ``layer`` (None: no layer) with ``mapping`` for ``kind``."""
        if layer is None:
            self.layer_ids.pop(kind, None)
            self.field_maps.pop(kind, None)
            return
        self.layer_ids[kind] = layer.id()
        self.field_maps[kind] = {k: v for k, v in (mapping or {}).items() if k and v}

    def to_json(self) -> str:
        """The set as the JSON text stored in the project."""
        return json.dumps({"version": FORMAT_VERSION,
                           "layers": {k: v for k, v in self.layer_ids.items() if v},
                           "field_maps": {k: self.field_map(k) for k in self.field_maps if self.field_map(k)}},
                          ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> PlanningSet:
        """The set from its stored JSON text; anything unreadable gives an empty set (never an exception)."""
        try:
            data = json.loads(text) if text else {}
        except (TypeError, ValueError):
            return cls()
        if not isinstance(data, dict):
            return cls()
        layers = data.get("layers") if isinstance(data.get("layers"), dict) else {}
        maps = data.get("field_maps") if isinstance(data.get("field_maps"), dict) else {}
        return cls({str(k): str(v) for k, v in layers.items() if v},
                   {str(k): {str(a): str(b) for a, b in m.items() if a and b}
                    for k, m in maps.items() if isinstance(m, dict)})


def load_planning_set(project: Any = None) -> PlanningSet:
    """The planning set stored in ``project`` (default: the current project); an empty set when it has none."""
    entry = _project(project).readEntry(SCOPE, KEY, "")
    text = entry[0] if isinstance(entry, tuple) else entry
    return PlanningSet.from_json(text or "")


def save_planning_set(planning_set: PlanningSet, project: Any = None) -> None:
    """Store ``planning_set`` in ``project`` (it is saved with the .qgz; the project becomes dirty)."""
    _project(project).writeEntry(SCOPE, KEY, planning_set.to_json())


# ----------------------------------------------------------------------------- where a layer comes from

def _uri_parts(layer: QgsVectorLayer) -> Dict[str, Any]:
    try:
        from qgis.core import QgsProviderRegistry

        return dict(QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source()) or {})
    except Exception:  # noqa: BLE001 - an unknown provider: no details
        return {}


def _norm_path(path: str) -> str:
    return os.path.normcase(os.path.realpath(os.path.abspath(path))) if path else ""


def is_sample_layer(layer: Any) -> bool:
    """True for a layer read from the bundled sample GeoPackage (or a copy of it under the same file name)."""
    if not isinstance(layer, QgsVectorLayer) or layer.providerType() != "ogr":
        return False
    from .loading import SAMPLE_GPKG

    path = str(_uri_parts(layer).get("path") or "")
    return bool(path) and (_norm_path(path) == _norm_path(str(SAMPLE_GPKG))
                           or os.path.basename(path) == SAMPLE_GPKG.name)


def _file_format(layer: QgsVectorLayer, path: str) -> str:
    ext = os.path.splitext(path)[1].lower()
    known = {".gpkg": "GeoPackage", ".shp": "Shapefile", ".geojson": "GeoJSON", ".json": "GeoJSON",
             ".csv": "CSV", ".sqlite": "SpatiaLite", ".kml": "KML", ".gml": "GML", ".fgb": "FlatGeobuf",
             ".xlsx": "Excel", ".ods": "OpenDocument"}
    if ext in known:
        return known[ext]
    try:
        storage = layer.dataProvider().storageType()
    except Exception:  # noqa: BLE001 - no provider: a plain "file"
        storage = ""
    return storage or tr("File")


def source_key(layer: QgsVectorLayer) -> Tuple[str, str]:
    """(kind of source, identity) of the file or database ``layer`` is read from; why: layers from one
    GeoPackage or one database share a key, so a set mixing files can be named."""
    provider = layer.providerType()
    if provider == "memory":
        return ("memory", layer.id())
    if provider in ("postgres", "oracle", "mssql", "hana"):
        from qgis.core import QgsDataSourceUri

        uri = QgsDataSourceUri(layer.source())
        return ("database", f"{provider}:{uri.service() or ''}:{uri.host()}:{uri.port()}:{uri.database()}")
    path = str(_uri_parts(layer).get("path") or "")
    if path:
        return ("file", _norm_path(path))
    return (provider, layer.publicSource())


def _crs_text(layer: QgsVectorLayer) -> str:
    if not layer.isSpatial():
        return ""
    crs = layer.crs()
    if not crs.isValid():
        return tr("no CRS")
    return crs.authid() or crs.description() or tr("custom CRS")


def _where(layer: QgsVectorLayer, short: bool = False) -> str:
    provider = layer.providerType()
    parts = _uri_parts(layer)
    table = parts.get("layerName") or parts.get("table") or ""
    if provider == "memory":
        return tr("temporary layer (memory, not saved with the data)")
    if provider in ("postgres", "oracle", "mssql", "hana"):
        from qgis.core import QgsDataSourceUri

        uri = QgsDataSourceUri(layer.source())  # never the password: only database, host and table
        database = uri.database() or uri.service()
        name = f"{uri.schema()}.{uri.table()}" if uri.schema() else uri.table()
        label = {"postgres": "PostGIS"}.get(provider, provider)
        host = f" @ {uri.host()}" if uri.host() else ""
        return tr("{provider} database '{database}'{host}, table '{table}'").format(
            provider=label, database=database, host=host, table=name)
    path = str(parts.get("path") or "")
    if path:
        if is_sample_layer(layer):
            text = tr("bundled sample ({file})").format(file=os.path.basename(path))
        else:
            text = f"{_file_format(layer, path)} {os.path.basename(path) if short else path}"
        if table:
            text += ", " + tr("table '{table}'").format(table=table)
        return text
    if provider in ("WFS", "wfs", "OAPIF", "oapif", "arcgisfeatureserver"):
        url = parts.get("url") or layer.publicSource()
        type_name = parts.get("typename") or parts.get("layer") or ""
        return f"{provider.upper()} {url}" + (", " + tr("table '{table}'").format(table=type_name) if type_name else "")
    return f"{provider}: {layer.publicSource()}"  # publicSource hides passwords


def source_text(layer: Any, short: bool = False) -> str:
    """Where ``layer`` comes from, for dialogs: "GeoPackage /x/y.gpkg, table 'z' · EPSG:25832"; why: a planner sees
    at a glance that a picker holds the bundled sample or a file of another date. ``short``: the file's name
    without its folder (for a line under a picker; the full text goes in its tooltip)."""
    if not isinstance(layer, QgsVectorLayer):
        return tr("no layer chosen")
    crs = _crs_text(layer)
    where = _where(layer, short)
    return f"{where} · {crs}" if crs else where


# ----------------------------------------------------------------------------- warnings for a mixed set

def mixed_source_warnings(layers: Mapping[str, Optional[QgsVectorLayer]]) -> List[str]:
    """Translated warnings for a set of chosen layers (kind -> layer) that may not belong together: some from the
    bundled sample and some not, from different files or databases, in different CRSs, or two layers of one name
    (among the chosen ones or in the project); empty for a consistent set."""
    chosen = [(kind, layer) for kind, layer in layers.items() if isinstance(layer, QgsVectorLayer)]
    warnings: List[str] = []
    if len(chosen) == 0:
        return warnings

    def names(kinds: List[str]) -> str:
        return ", ".join(kind_title(k) for k in kinds)

    sample = [k for k, lyr in chosen if is_sample_layer(lyr)]
    own = [k for k, lyr in chosen if not is_sample_layer(lyr)]
    if sample and own:
        warnings.append(tr("{sample} come from the bundled sample, {own} from other data: the result mixes the sample "
                           "city with your own. Choose the layers of one dataset.").format(
            sample=names(sample), own=names(own)))
    else:
        sources: Dict[Tuple[str, str], List[str]] = {}
        for kind, layer in chosen:
            sources.setdefault(source_key(layer), []).append(kind)
        if len(sources) > 1:
            listed = "; ".join(f"{names(kinds)}: {_where(layers[kinds[0]], short=True)}" for kinds in sources.values())
            warnings.append(tr("The layers come from {count} different sources ({sources}). Check that they describe "
                               "the same city and the same date.").format(count=len(sources), sources=listed))

    crss: Dict[str, List[str]] = {}
    for kind, layer in chosen:
        if layer.isSpatial() and layer.crs().isValid():
            crss.setdefault(_crs_text(layer), []).append(kind)
    if len(crss) > 1:
        listed = "; ".join(f"{names(kinds)}: {crs}" for crs, kinds in crss.items())
        warnings.append(tr("The layers use different coordinate reference systems ({crss}); they are reprojected to "
                           "the working CRS for the calculation.").format(crss=listed))

    by_name: Dict[str, List[str]] = {}
    for kind, layer in chosen:
        by_name.setdefault(layer.name(), []).append(kind)
    for name, kinds in by_name.items():
        if len(kinds) > 1:
            warnings.append(tr("{kinds} are different layers with the same name '{name}': check the choice.").format(
                kinds=names(kinds), name=name) if len({layers[k].id() for k in kinds}) > 1 else
                tr("The layer '{name}' is chosen as {kinds}.").format(name=name, kinds=names(kinds)))
    chosen_ids = {layer.id() for _, layer in chosen}
    shared = []
    for _kind, layer in chosen:
        project = getattr(layer, "project", lambda: None)() or QgsProject.instance()
        if any(other.id() not in chosen_ids and other.name() == layer.name() and isinstance(other, QgsVectorLayer)
               and not is_generated(other) for other in project.mapLayers().values()):
            shared.append(f"'{layer.name()}' ({_where(layer, short=True)})")
    if shared:
        warnings.append(tr("Other layers in the project have the same name as a chosen one; the chosen ones are "
                           "{layers}.").format(layers=", ".join(shared)))
    return warnings
