"""Vector files (GeoPackage, Shapefile, GeoJSON) in and out, without QGIS.

Reading works with GDAL's own bindings (``osgeo.ogr``, present wherever QGIS
is) and uses pyogrio as a faster path when it is installed (the headless venv).
Writing goes through ``osgeo.ogr`` into a temporary file next to the target,
which replaces the target only when everything was written: a failed or
cancelled import never leaves a half-written file.
"""
from __future__ import annotations

import contextlib
import errno
import itertools
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass, field
from types import TracebackType
from typing import (
    Any,
    Callable,
    Dict,
    Iterable,
    Iterator,
    List,
    Literal,
    Mapping,
    Optional,
    Sequence,
    Tuple,
    Type,
    Union,
)

from ..core.errors import CancelledError, DispersionError
from ..core.outputs import FIELD_KINDS, OutField, out_fields
from ..core.validation import RawFeature, RawLayer
from .messages import fail

DRIVERS = {".gpkg": "GPKG", ".shp": "ESRI Shapefile", ".geojson": "GeoJSON", ".json": "GeoJSON", ".csv": "CSV"}


# --------------------------------------------------------------------------- atomic output

_SEQ = itertools.count(1)
_SHP_FAMILY = (".shp", ".shx", ".dbf", ".prj", ".cpg", ".qpj", ".qix", ".sbn", ".sbx")
_SQLITE_COMPANIONS = ("-journal", "-wal", "-shm")


def part_path(target: str) -> str:
    """The staging name of ``target``: ``.<stem>.part-<pid>-<n><ext>`` in the same folder (same file system)."""
    folder, name = os.path.split(os.path.abspath(target))
    stem, ext = os.path.splitext(name)
    return os.path.join(folder, f".{stem}.part-{os.getpid()}-{next(_SEQ)}{ext}")


def _family(path: str) -> List[str]:
    """``path`` and the files a driver writes with it (shapefile parts, SQLite journals)."""
    stem, ext = os.path.splitext(path)
    members = [stem + e for e in _SHP_FAMILY] if ext.lower() == ".shp" else [path]
    return members + [path + c for c in _SQLITE_COMPANIONS]


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, owned by someone else
        return True
    return True


def clean_stale_parts(target: str) -> List[str]:
    """Remove staging files of ``target`` left by runs that were killed (their process is gone).

    A killed run (kill -9, power cut) cannot clean up after itself; the next
    run writing the same target does. Returns the removed paths.
    """
    folder, name = os.path.split(os.path.abspath(target))
    stem, ext = os.path.splitext(name)
    pattern = re.compile(rf"^\.{re.escape(stem)}\.(part|old)-(\d+)(?:-\d+)?(\.[A-Za-z0-9]+)?(-journal|-wal|-shm)?$")
    removed: List[str] = []
    try:
        entries = os.listdir(folder or ".")
    except OSError:
        return removed
    for entry in entries:
        m = pattern.match(entry)
        if not m or _pid_alive(int(m.group(2))):
            continue
        path = os.path.join(folder, entry)
        if m.group(1) == "old" and not m.group(4) and not os.path.exists(os.path.join(folder, stem + (m.group(3) or ""))):
            # a killed commit: the earlier output was moved aside and not yet replaced; put it back
            with contextlib.suppress(OSError):
                os.replace(path, os.path.join(folder, stem + (m.group(3) or "")))
                continue
        with contextlib.suppress(OSError):
            os.unlink(path)
            removed.append(path)
    return removed


def check_target(target: str) -> str:
    """Absolute ``target`` after checking that a file can be written there; InputError with the reason if not.

    The one rule for every output of every front end (files, Processing, the
    INSEK export): a missing folder is created; a target that is a folder, or
    a folder that cannot be created, is refused with a message.
    """
    path = os.path.abspath(target)
    if os.path.isdir(path):
        raise fail("output_is_folder", file=path)
    folder = os.path.dirname(path) or "."
    try:
        os.makedirs(folder, exist_ok=True)
    except OSError as exc:
        reason = f"the folder '{folder}' does not exist and cannot be created: {_reason(exc)}"
        raise fail("write_failed", file=path, reason=reason) from None
    if not os.path.isdir(folder):
        raise fail("write_failed", file=path, reason=f"'{folder}' is not a folder")
    return path


_STAGED = re.compile(r"^\.(?P<stem>.+)\.part-\d+-\d+(?P<ext>\.[^.]*)?$")


def is_staged(path: str) -> bool:
    """True for a staging name handed out by ``part_path`` (the OutputSet that made it renames it)."""
    return bool(_STAGED.match(os.path.basename(path)))


def target_of(path: str) -> str:
    """The target a staging name stands for ('.x.part-12-3.gpkg' -> 'x.gpkg'); other paths unchanged."""
    m = _STAGED.match(os.path.basename(path))
    if not m:
        return path
    return os.path.join(os.path.dirname(path), m.group("stem") + (m.group("ext") or ""))


def _reason(exc: BaseException, folder: Optional[str] = None) -> str:
    if isinstance(exc, OSError):
        text = exc.strerror or str(exc)
    else:
        text = str(exc).strip()
        if not text:
            with contextlib.suppress(Exception):
                from osgeo import gdal

                text = (gdal.GetLastErrorMsg() or "").strip()
        text = text or type(exc).__name__
    if folder:  # GDAL and SQLite rarely say that the disk is full; say it for them
        with contextlib.suppress(OSError):
            if shutil.disk_usage(folder).free < 1 << 20 and "space" not in text.lower():
                full = os.strerror(errno.ENOSPC)  # "No space left on device"
                text = full if text == type(exc).__name__ else f"{text}; {full}"
    return text


def write_error(target: str, exc: BaseException) -> DispersionError:
    """The InputError for a failed write of ``target`` (disk full, read-only folder, driver error)."""
    if isinstance(exc, DispersionError):
        return exc
    target = target_of(os.path.abspath(target))
    return fail("write_failed", file=target, reason=_reason(exc, os.path.dirname(target)))


# errors a writer raises when the disk is full, the folder read-only or the driver fails
WRITE_ERRORS: Tuple[Type[BaseException], ...] = (OSError, RuntimeError, sqlite3.Error, MemoryError, OverflowError)


class OutputSet:
    """The outputs of one run, staged beside their targets and renamed into place together.

    ``stage(target)`` returns a temporary path in the target's folder; the
    caller writes the complete file there. ``commit()`` moves every earlier
    target aside, renames every staged file into place and only then deletes
    the earlier files; if any step fails, the earlier files are put back. So
    a run leaves all its outputs or none, and a failed, cancelled or killed
    run never leaves a partial file at a target. Used as a context manager it
    commits on success and removes the staged files on any error.
    """

    def __init__(self) -> None:
        self.staged: List[Tuple[str, str]] = []  # (temporary, target)

    def stage(self, target: str) -> str:
        path = check_target(target)
        if any(t == path for _, t in self.staged):
            raise fail("output_twice", file=path)
        clean_stale_parts(path)
        tmp = part_path(path)
        for leftover in _family(tmp):
            with contextlib.suppress(OSError):
                os.unlink(leftover)
        self.staged.append((tmp, path))
        return tmp

    def abort(self) -> None:
        for tmp, _ in self.staged:
            for leftover in _family(tmp):
                with contextlib.suppress(OSError):
                    os.unlink(leftover)
        self.staged = []

    def commit(self) -> List[str]:
        """Rename all staged files into place (all or none); returns the targets."""
        pairs: List[Tuple[str, str]] = []  # (from, to) per file of every output
        for tmp, target in self.staged:
            members = [m for m in _family(tmp)[:-len(_SQLITE_COMPANIONS)] if os.path.exists(m)]
            if not members:
                self.abort()
                raise fail("write_failed", file=target, reason="the writer produced no file")
            tstem, tmpstem = os.path.splitext(target)[0], os.path.splitext(tmp)[0]
            pairs += [(m, tstem + m[len(tmpstem):]) for m in members]
        moved_aside: List[Tuple[str, str]] = []
        placed: List[str] = []
        try:
            for _, dest in pairs:
                stale = [dest] if os.path.splitext(dest)[1].lower() != ".shp" else \
                    [os.path.splitext(dest)[0] + e for e in _SHP_FAMILY]
                for old in stale + [dest + c for c in _SQLITE_COMPANIONS]:
                    if os.path.lexists(old) and old not in (o for o, _ in moved_aside):
                        if os.path.isdir(old):
                            raise fail("output_is_folder", file=old)
                        folder, name = os.path.split(old)
                        stem, ext = os.path.splitext(name)
                        aside = os.path.join(folder, f".{stem}.old-{os.getpid()}-{next(_SEQ)}{ext}")
                        os.replace(old, aside)
                        moved_aside.append((old, aside))
            for src, dest in pairs:
                os.replace(src, dest)
                placed.append(dest)
        except BaseException as exc:
            for dest in placed:
                with contextlib.suppress(OSError):
                    os.unlink(dest)
            for old, aside in reversed(moved_aside):
                with contextlib.suppress(OSError):
                    os.replace(aside, old)
            self.abort()
            raise write_error(pairs[0][1] if pairs else "?", exc) if isinstance(exc, WRITE_ERRORS) else exc  # noqa: B904 (re-raises the original, or its write error, unchained)
        for _, aside in moved_aside:
            with contextlib.suppress(OSError):
                os.unlink(aside)
        targets = [t for _, t in self.staged]
        self.staged = []
        return targets

    def __enter__(self) -> OutputSet:
        return self

    def __exit__(self, exc_type: Optional[Type[BaseException]], exc: Optional[BaseException],
                 tb: Optional[TracebackType]) -> Literal[False]:
        if exc is not None:
            self.abort()
            return False
        self.commit()
        return False


@contextlib.contextmanager
def atomic_output(path: str) -> Iterator[str]:
    """Yield a temporary path beside ``path``; on success it replaces ``path``, on error it is removed.

    Write errors (disk full, read-only folder, driver errors) become an
    InputError naming ``path``; the earlier file at ``path`` stays as it was.
    """
    if is_staged(path):  # already a staging name of an OutputSet: write there, the set renames it
        try:
            yield path
        except WRITE_ERRORS as exc:
            raise write_error(path, exc) from None
        return
    outputs = OutputSet()
    tmp = outputs.stage(path)
    try:
        yield tmp
    except WRITE_ERRORS as exc:
        outputs.abort()
        raise write_error(os.path.abspath(path), exc) from None
    except BaseException:
        outputs.abort()
        raise
    outputs.commit()


# --------------------------------------------------------------------------- reading

def _crs_string(srs: Any) -> Optional[str]:
    if srs is None:
        return None
    srs = srs.Clone()
    with contextlib.suppress(Exception):
        srs.AutoIdentifyEPSG()
    name, code = srs.GetAuthorityName(None), srs.GetAuthorityCode(None)
    if name and code:
        return f"{name}:{code}"
    return srs.ExportToWkt() or None


def list_layers(path: str) -> List[str]:
    ds = _open(path)
    return [ds.GetLayerByIndex(i).GetName() for i in range(ds.GetLayerCount())]


def _open(path: str) -> Any:
    from osgeo import gdal, ogr

    if not os.path.exists(path):
        raise fail("file_missing", file=path)
    if os.path.isfile(path) and os.path.getsize(path) == 0:
        raise fail("file_empty", file=os.path.basename(path))
    gdal.UseExceptions()
    try:
        ds = ogr.Open(path, 0)
    except RuntimeError as exc:
        raise fail("vector_unreadable", file=os.path.basename(path), reason=str(exc).strip()) from None
    if ds is None:
        raise fail("vector_unreadable", file=os.path.basename(path), reason="no GDAL driver")
    return ds


def read_vector(path: str, kind: str, layer: Optional[str] = None, field_map: Optional[Mapping[str, str]] = None,
                prefer_pyogrio: bool = True) -> RawLayer:
    """Read one layer of a GeoPackage/Shapefile/GeoJSON into a ``RawLayer`` of ``kind``.

    Feature ids are the file's FIDs. Geometries become shapely objects; the
    CRS is "AUTH:CODE" where GDAL can identify it, else WKT.
    """
    if prefer_pyogrio:
        try:
            import pyogrio  # type: ignore[import-untyped]  # noqa: F401
        except ImportError:
            pass
        else:
            return _read_pyogrio(path, kind, layer, field_map)
    return _read_ogr(path, kind, layer, field_map)


def _layer_handle(ds: Any, path: str, layer: Optional[str]) -> Any:
    if layer is None:
        lyr = ds.GetLayerByIndex(0)
    else:
        lyr = ds.GetLayerByName(layer)
    if lyr is None:
        names = [ds.GetLayerByIndex(i).GetName() for i in range(ds.GetLayerCount())]
        raise fail("vector_layer_missing", file=os.path.basename(path), layer=layer or "0",
                   available=", ".join(names) or "–")
    return lyr


def _read_ogr(path: str, kind: str, layer: Optional[str], field_map: Optional[Mapping[str, str]]) -> RawLayer:
    from shapely import wkb

    ds = _open(path)
    lyr = _layer_handle(ds, path, layer)
    defn = lyr.GetLayerDefn()
    names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    crs = _crs_string(lyr.GetSpatialRef())
    features = []
    for feat in lyr:
        attrs = {n: feat.GetField(i) if feat.IsFieldSetAndNotNull(i) else None for i, n in enumerate(names)}
        geom = feat.GetGeometryRef()
        shape = wkb.loads(bytes(geom.ExportToIsoWkb())) if geom is not None and not geom.IsEmpty() else None
        features.append(RawFeature(feat.GetFID(), attrs, shape))
    name = lyr.GetName() if layer or ds.GetLayerCount() > 1 else os.path.basename(path)
    return RawLayer(name=name, kind=kind, features=features, crs=crs, field_map=dict(field_map or {}),
                    source_fields=names)


def _read_pyogrio(path: str, kind: str, layer: Optional[str], field_map: Optional[Mapping[str, str]]) -> RawLayer:
    import pyogrio
    from shapely import wkb

    if not os.path.exists(path):
        raise fail("file_missing", file=path)
    if os.path.isfile(path) and os.path.getsize(path) == 0:
        raise fail("file_empty", file=os.path.basename(path))
    layers = [row[0] for row in pyogrio.list_layers(path)] if os.path.exists(path) else []
    if layer is not None and layer not in layers:
        raise fail("vector_layer_missing", file=os.path.basename(path), layer=layer, available=", ".join(layers) or "–")
    try:
        meta, fids, geoms, values = pyogrio.raw.read(path, layer=layer, return_fids=True)
    except Exception as exc:  # noqa: BLE001 - pyogrio raises its own DataSourceError etc.
        raise fail("vector_unreadable", file=os.path.basename(path), reason=str(exc).strip()) from None
    names = list(meta["fields"])
    columns = [list(v.tolist()) if hasattr(v, "tolist") else list(v) for v in values]
    features = []
    for i, fid in enumerate(fids.tolist()):
        attrs = {n: _plain(columns[j][i]) for j, n in enumerate(names)}
        g = geoms[i] if geoms is not None else None
        features.append(RawFeature(fid, attrs, wkb.loads(bytes(g)) if g is not None else None))
    crs = meta.get("crs")
    name = layer if layer else os.path.basename(path) if len(layers) <= 1 else layers[0]
    return RawLayer(name=name, kind=kind, features=features, crs=crs, field_map=dict(field_map or {}),
                    source_fields=names)


def _plain(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, float) and value != value:
        return None
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


# --------------------------------------------------------------------------- writing
#
# The one OGR writer of the plugin: the CLI, the sample builder, the importers
# (CSV, Zensus) and the Processing file outputs all write through ``LayerWriter``,
# with fields as ``core.outputs.OutField`` (one kind vocabulary, FIELD_KINDS) and
# geometries from ``GEOMETRY_TYPES``.

GEOMETRY_TYPES = {"point": "wkbPoint", "polygon": "wkbMultiPolygon", "line": "wkbMultiLineString", "none": "wkbNone"}
"""Output geometry kinds and their OGR layer types.

"polygon" is always written as MultiPolygon: districts are often multipart
(exclaves, islands), a layer must have one geometry type (GeoPackage readers
and QGIS sinks refuse a MultiPolygon in a Polygon layer), and a single polygon
is a valid one-part MultiPolygon. So every polygon output of every front end has
the same type, whether it holds districts or Zensus cells. "line" (MultiLineString) is the walking
network of the sample (issue 18).
"""

# kind -> (OGR field type name, OGR subtype name or None)
_OGR_TYPES = {"text": ("OFTString", None), "int": ("OFTInteger64", None), "float": ("OFTReal", None),
              "bool": ("OFTInteger", "OFSTBoolean"), "date": ("OFTDate", None)}  # date: set from ISO text


def ogr_field(field: Tuple[str, str]) -> Any:
    """The ``ogr.FieldDefn`` of an output field (name, kind of ``core.outputs.FIELD_KINDS``)."""
    from osgeo import ogr

    name, kind = field
    try:
        type_name, sub_name = _OGR_TYPES[kind]
    except KeyError:
        raise ValueError(f"unknown field kind {kind!r} for {name!r}; use one of {', '.join(FIELD_KINDS)}") from None
    fd = ogr.FieldDefn(name, getattr(ogr, type_name))
    if sub_name is not None:
        fd.SetSubType(getattr(ogr, sub_name))
    return fd


def ogr_srs(crs: Optional[str]) -> Any:
    """An ``osr.SpatialReference`` (x/y axis order) for 'EPSG:25832', WKT or PROJ text; None for no CRS."""
    if not crs:
        return None
    from osgeo import osr

    srs = osr.SpatialReference()
    srs.SetFromUserInput(crs)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def driver_for(path: str) -> str:
    """The OGR driver name for ``path``'s extension (GeoPackage when unknown)."""
    return DRIVERS.get(os.path.splitext(path)[1].lower(), "GPKG")


Setter = Callable[[Any, int, Any], None]


def _setter(kind: str, csv: bool = False) -> Setter:
    from osgeo import ogr

    if csv and kind == "text":
        from .safe_csv import csv_cell

        text_setter = ogr.Feature.SetFieldString
        return lambda feat, i, v: text_setter(feat, i, str(csv_cell(v)))
    if kind in ("int", "bool"):
        int_setter = ogr.Feature.SetFieldInteger64
        return lambda feat, i, v: int_setter(feat, i, int(v))
    if kind == "float":
        float_setter = ogr.Feature.SetField
        return lambda feat, i, v: float_setter(feat, i, float(v))
    str_setter = ogr.Feature.SetFieldString
    return lambda feat, i, v: str_setter(feat, i, str(v))


class LayerWriter:
    """One new layer in an open OGR data source: ``add(values, wkb)`` and ``commit()``.

    ``values`` are in field order; ``wkb`` is a WKB geometry (bytes) or None.
    Polygons are made MultiPolygons (see GEOMETRY_TYPES). Features go in
    transactions of ``batch`` features.
    """

    def __init__(self, ds: Any, name: str, fields: Sequence[Tuple[str, str]], geometry: str, crs: Optional[str],
                 options: Sequence[str] = (), batch: int = 50_000, csv: bool = False) -> None:
        from osgeo import ogr

        if geometry not in GEOMETRY_TYPES:
            raise ValueError(f"unknown geometry kind {geometry!r}; use one of {', '.join(GEOMETRY_TYPES)}")
        self.fields = out_fields(fields)
        self.geometry = geometry
        self.batch = batch
        self.count = 0
        self.layer = ds.CreateLayer(name, ogr_srs(crs) if geometry != "none" else None,
                                    getattr(ogr, GEOMETRY_TYPES[geometry]), list(options))
        for f in self.fields:
            self.layer.CreateField(ogr_field(f))
        self.defn = self.layer.GetLayerDefn()
        self._setters = [_setter(f.kind, csv) for f in self.fields]
        self.layer.StartTransaction()

    def add(self, values: Sequence[Any], wkb: Optional[bytes] = None) -> None:
        """Append one feature."""
        from osgeo import ogr

        feat = ogr.Feature(self.defn)
        for i, (setter, value) in enumerate(zip(self._setters, values)):
            if value is not None:
                setter(feat, i, value)
        if wkb is not None and self.geometry != "none":
            geom = ogr.CreateGeometryFromWkb(wkb)
            if self.geometry == "polygon" and geom.GetGeometryType() != ogr.wkbMultiPolygon:
                geom = ogr.ForceToMultiPolygon(geom)
            elif self.geometry == "line" and geom.GetGeometryType() != ogr.wkbMultiLineString:
                geom = ogr.ForceToMultiLineString(geom)  # a walking network (issue 18): one type per layer
            feat.SetGeometryDirectly(geom)
        self.layer.CreateFeature(feat)
        self.count += 1
        if self.count % self.batch == 0:
            self.layer.CommitTransaction()
            self.layer.StartTransaction()

    def add_rows(self, rows: Iterable[Tuple[Mapping[str, Any], Any]],
                 is_cancelled: Optional[Callable[[], bool]] = None) -> None:
        """Append (attributes by field name, shapely geometry or None) rows, the form of ``core.outputs``."""
        names = [f.name for f in self.fields]
        for attrs, geom in rows:
            check_cancel(is_cancelled)
            self.add([attrs.get(n) for n in names], bytes(geom.wkb) if geom is not None else None)

    def commit(self) -> None:
        """Commit the last transaction and release the layer."""
        self.layer.CommitTransaction()
        self.layer = None


class OgrWriter:
    """A new file with one layer (``LayerWriter``); ``with`` writes it beside ``path`` and renames it at the end.

    ``atomic=False``: ``path`` is already a staging name of an ``OutputSet``,
    which renames it with the run's other outputs. Any error or cancellation
    inside the ``with`` block leaves no file at ``path``.
    """

    def __init__(self, path: str, layer_name: str, fields: Sequence[Tuple[str, str]], geometry: str,
                 crs: Optional[str], batch: int = 50_000, options: Sequence[str] = (), atomic: bool = True) -> None:
        self.path = path
        self.atomic = atomic
        self.layer_name = layer_name
        self.fields = out_fields(fields)
        self.geometry = geometry
        self.crs = crs
        self.batch = batch
        self.options = list(options)
        self._atomic: Optional[contextlib.AbstractContextManager[str]] = None
        self.ds: Any = None
        self.writer: Optional[LayerWriter] = None
        self._count = 0

    @property
    def count(self) -> int:
        """Features written so far."""
        return self.writer.count if self.writer is not None else self._count

    @count.setter
    def count(self, value: int) -> None:
        if self.writer is not None:
            self.writer.count = value
        self._count = value

    @property
    def layer(self) -> Any:
        """The OGR layer being written (for bulk writers that reuse one feature object)."""
        return self.writer.layer if self.writer is not None else None

    @property
    def defn(self) -> Any:
        return self.writer.defn if self.writer is not None else None

    def __enter__(self) -> OgrWriter:
        from osgeo import gdal, ogr

        gdal.UseExceptions()
        if self.atomic:
            self._atomic = atomic_output(self.path)
            tmp = self._atomic.__enter__()
        else:
            tmp = self.path
        ext = os.path.splitext(self.path)[1].lower()
        try:
            self.ds = ogr.GetDriverByName(driver_for(self.path)).CreateDataSource(tmp)
            options = list(self.options)
            if ext == ".csv" and not any(o.upper().startswith("STRING_QUOTING") for o in options):
                options.append("STRING_QUOTING=ALWAYS")  # with csv_cell: OWASP's advice against formula injection
            if ext == ".shp" and not any(o.upper().startswith("ENCODING") for o in options):
                options.append("ENCODING=UTF-8")
            self.writer = LayerWriter(self.ds, self.layer_name, self.fields, self.geometry, self.crs, options,
                                      self.batch, csv=ext == ".csv")
        except Exception as exc:
            self._abort(exc)
            raise write_error(self.path, exc) from None
        return self

    def add(self, values: Sequence[Any], wkb: Optional[bytes] = None) -> None:
        """Append one feature (values in field order, WKB or None)."""
        assert self.writer is not None, "use OgrWriter in a with block"
        self.writer.add(values, wkb)

    def _abort(self, exc: BaseException) -> None:
        if self.writer is not None:
            self._count = self.writer.count
        self.writer = None
        self.ds = None
        if self._atomic is not None:
            with contextlib.suppress(BaseException):
                self._atomic.__exit__(type(exc), exc, exc.__traceback__)
            self._atomic = None

    def __exit__(self, exc_type: Optional[Type[BaseException]], exc: Optional[BaseException],
                 tb: Optional[TracebackType]) -> Literal[False]:
        if exc is not None:
            self._abort(exc)
            return False
        try:
            assert self.writer is not None
            self._count = self.writer.count
            self.writer.commit()
            self.writer = None
            self.ds.FlushCache()
            self.ds = None
        except Exception as error:  # noqa: BLE001
            self._abort(error)
            raise write_error(self.path, error) from None
        if self._atomic is not None:
            self._atomic.__exit__(None, None, None)
            self._atomic = None
        return False


@dataclass
class Table:
    """One layer or attribute table of a multi-layer file: fields as (name, kind) and rows as (attributes, geometry).

    ``crs`` is any text GDAL reads ('EPSG:25832', WKT); an int is taken as an EPSG code.
    """

    name: str
    geometry: str  # a key of GEOMETRY_TYPES
    fields: Sequence[Tuple[str, str]]
    rows: List[Tuple[Dict[str, Any], Any]] = field(default_factory=list)
    crs: Union[str, int, None] = "EPSG:25832"
    description: str = ""


def write_tables(path: str, tables: Sequence[Table]) -> str:
    """Write ``tables`` as the layers of one new GeoPackage at ``path``, atomically (see ``atomic_output``).

    The CLI's outputs and the bundled sample are written this way.
    """
    from osgeo import gdal, ogr

    gdal.UseExceptions()
    with atomic_output(path) as tmp:
        ds = ogr.GetDriverByName(driver_for(path)).CreateDataSource(tmp)
        for table in tables:
            crs = f"EPSG:{table.crs}" if isinstance(table.crs, int) else table.crs
            options = ["FID=fid"] + ([f"DESCRIPTION={table.description}"] if table.description else [])
            writer = LayerWriter(ds, table.name, table.fields, table.geometry, crs, options)
            writer.add_rows(table.rows)
            writer.commit()
        ds = None  # close and flush before the rename
    return path


def write_records(path: str, layer_name: str, records: Iterable[Mapping[str, Any]], fields: Sequence[Tuple[str, str]],
                  geometry: str = "point", crs: Optional[str] = None,
                  geometry_of: Optional[Callable[[Mapping[str, Any]], Optional[bytes]]] = None) -> int:
    """Write dict records (field name -> value) atomically; ``geometry_of(record)`` returns WKB or None."""
    names = [name for name, _ in fields]
    with OgrWriter(path, layer_name, fields, geometry, crs) as out:
        for rec in records:
            out.add([rec.get(n) for n in names], geometry_of(rec) if geometry_of else None)
    return out.count


def raw_layer_fields(layer: RawLayer) -> List[OutField]:
    """Output fields for the attributes of ``layer`` (types from the values)."""
    names = list(layer.source_fields) if layer.source_fields is not None else \
        list(dict.fromkeys(k for f in layer.features for k in f.attributes))
    out = []
    for n in names:
        kinds = {type(f.attributes.get(n)) for f in layer.features if f.attributes.get(n) is not None}
        if kinds and kinds <= {int, bool}:
            kind = "int"
        elif kinds and kinds <= {int, float}:
            kind = "float"
        else:
            kind = "text"
        out.append(OutField(n, kind))
    return out


def write_raw_layer(path: str, layer: RawLayer, layer_name: Optional[str] = None, geometry: Optional[str] = None) -> int:
    """Write a ``RawLayer`` (e.g. an imported CSV) to a GeoPackage, GeoJSON or Shapefile atomically."""
    fields = raw_layer_fields(layer)
    if geometry is None:
        first = next((f.geometry for f in layer.features if f.geometry is not None), None)
        geometry = "none" if first is None else "point" if first.geom_type == "Point" else "polygon"
    with OgrWriter(path, layer_name or os.path.splitext(os.path.basename(path))[0], fields, geometry,
                   layer.crs) as out:
        for feat in layer.features:
            out.add([feat.attributes.get(f.name) for f in fields],
                    feat.geometry.wkb if feat.geometry is not None and geometry != "none" else None)
    return out.count


def check_cancel(is_cancelled: Optional[Callable[[], bool]]) -> None:
    """Raise CancelledError when ``is_cancelled()`` says so (the writers' loops call it per feature)."""
    if is_cancelled is not None and is_cancelled():
        raise CancelledError()


def checking_progress(progress: Optional[Callable[[float], None]],
                      is_cancelled: Optional[Callable[[], bool]]) -> Optional[Callable[[float], None]]:
    """``progress`` that also raises CancelledError when ``is_cancelled()`` says so; why: a reader that skips
    most rows (cells far from the districts) reaches its own per-chunk check rarely, but reports progress
    every few thousand rows."""
    if is_cancelled is None:
        return progress

    def tick(fraction: float) -> None:
        check_cancel(is_cancelled)
        if progress is not None:
            progress(fraction)
    return tick
