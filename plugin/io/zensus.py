"""Zensus 2022 grid tables (100 m, 1 km, 10 km) as polygons, streamed in bounded memory.

The Federal Statistical Office publishes grid data as ``;``-separated CSV,
e.g. ``GITTER_ID_100m;x_mp_100m;y_mp_100m;Einwohner``. The grid id
``CRS3035RES{r}mN{north}E{east}`` gives the cell's south-west corner in
EPSG:3035 (north before east); ``x_mp``/``y_mp`` are its centre. Suppressed
values are an en dash "–" and become NULL with ``einwohner_suppressed = 1``;
uninhabited cells are not in the file at all.

``iter_zensus`` reads the file in chunks (a generator: memory depends on the
chunk size, not on the file) and reprojects the four corners of every cell in
one vectorised pyproj call per chunk; ``write_zensus`` streams the chunks into
a GeoPackage (atomically), ``zensus_population_by_district`` sums the cells per
district without writing anything. No QGIS import here.
"""
from __future__ import annotations

import math
import os
import re
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, Iterable, Iterator, List, Optional, Sequence, Tuple

import numpy as np
from numpy.typing import ArrayLike, NDArray

from ..core.contract import DEFAULT_CRS
from ..core.outputs import OutField
from ..core.parsing import normalise_name, parse_number
from .csv_table import CsvDialect, header_of, iter_records, sniff_csv
from .files import OgrWriter, check_cancel, checking_progress, ogr_field, ogr_srs
from .messages import fail, line_list, text

ZENSUS_CRS = "EPSG:3035"
SUPPRESSED = {"–", "-", "—", "", "\ufffd", ".", "x", "X", "/"}
_ID_2022 = re.compile(r"^CRS3035RES(\d+)mN(\d+)E(\d+)$")
_ID_2011 = re.compile(r"^(\d+)(m|km)N(\d+)E(\d+)$")
_RES_SUFFIX = {"100m": 100, "1km": 1000, "10km": 10000}
_RESOLUTIONS = (100, 250, 500, 1000, 5000, 10000, 100000)
# EPSG:3035 is defined for Europe: northings and eastings (m) beyond 10,000 km are not grid cells
_MAX_3035 = 10_000_000
MAX_VALUE = 1_000_000_000

# little-endian WKB polygon with one ring of five points: 1 + 4 + 4 + 4 + 80 bytes
_WKB_POLYGON = np.dtype([("order", "u1"), ("type", "<u4"), ("rings", "<u4"), ("points", "<u4"), ("xy", "<f8", (10,))])
# the cell as a one-part MultiPolygon, the type of every polygon output (files.GEOMETRY_TYPES): 1 + 4 + 4 + 93 bytes
_WKB_MULTIPOLYGON = np.dtype([("order", "u1"), ("type", "<u4"), ("parts", "<u4"), ("polygon", _WKB_POLYGON)])
_WKB_SIZE = _WKB_MULTIPOLYGON.itemsize  # 102: numpy packs a structured dtype without padding unless align=True


def parse_gitter_id(value: str) -> Tuple[int, int, int]:
    """(resolution m, north m, east m) of the south-west corner; ValueError if not a grid id.

    Accepts Zensus 2022 ids (``CRS3035RES100mN2691700E4341100``) and the older
    2011 short form (``100mN26917E43411``, ``1kmN2691E4341``).
    """
    m = _ID_2022.match(value.strip())
    if m:
        return int(m.group(1)), int(m.group(2)), int(m.group(3))
    m = _ID_2011.match(value.strip())
    if m:
        res = int(m.group(1)) * (1000 if m.group(2) == "km" else 1)
        return res, int(m.group(3)) * res, int(m.group(4)) * res
    raise ValueError(value)


def gitter_id(res: int, north: int, east: int) -> str:
    """The Zensus 2022 id of a cell."""
    return f"CRS3035RES{res}mN{north}E{east}"


@dataclass
class ZensusSchema:
    """Columns of a Zensus grid file and how to read them."""

    path: str
    dialect: CsvDialect
    columns: List[str]
    id_field: str
    value_field: str
    resolution: Optional[int]
    others: List[OutField]  # all other columns, typed from a sample

    @property
    def out_fields(self) -> List[OutField]:
        return [OutField("gitter_id"), OutField("einwohner", "int"), OutField("einwohner_suppressed", "bool")] + \
            self.others


def zensus_schema(path: str, value_field: str = "Einwohner", dialect: Optional[CsvDialect] = None) -> ZensusSchema:
    """Find the id and value columns and type the other columns from the first rows."""
    dialect = dialect or sniff_csv(path)
    label = os.path.basename(path)
    columns = header_of(path, dialect)
    id_field = next((c for c in columns if normalise_name(c).startswith("gitter_id")), None)
    if id_field is None:
        raise fail("zensus_columns", file=label, columns=", ".join(columns))
    suffix = id_field.split("_")[-1].lower()
    resolution = _RES_SUFFIX.get(suffix)
    value = next((c for c in columns if c.lower() == value_field.lower()), None)
    if value is None:
        raise fail("zensus_value_column", file=label, column=value_field, columns=", ".join(columns))
    other_names = [c for c in columns if c not in (id_field, value)]
    reserved = {"gitter_id", "einwohner", "einwohner_suppressed"}
    sample: Dict[str, List[str]] = {c: [] for c in other_names}
    for n, (_, row) in enumerate(iter_records(path, dialect, errors="replace")):
        for c in other_names:
            sample[c].append(row[columns.index(c)].strip())
        if n >= _SAMPLE_ROWS - 1:
            break
    others = []
    for c in other_names:
        kind = _column_kind(sample[c], dialect.decimal)
        name = c if c.lower() not in reserved else f"src_{c}"
        others.append(OutField(name, kind))
    return ZensusSchema(path, dialect, columns, id_field, value, resolution, others)


_SAMPLE_ROWS = 1000


def _column_kind(values: Sequence[str], decimal: str) -> str:
    """'float' for columns whose sampled values are all numbers, else 'text'.

    Numeric columns are always stored as real numbers, whole or not: a column
    that turns decimal after the sampled rows is then read like one that is
    decimal from its first row (whole numbers stay exact up to 2**53).
    """
    seen = False
    for v in values:
        if v in SUPPRESSED:
            continue
        try:
            parse_number(v, decimal)
        except ValueError:
            return "text"
        seen = True
    return "float" if seen else "text"


def _fill_wkb(arr: np.ndarray[Any, Any], corners: np.ndarray[Any, Any]) -> None:
    """Fill a ``_WKB_MULTIPOLYGON`` array with the (n, 5, 2) rings ``corners``, little endian."""
    arr["order"] = 1
    arr["type"] = 6  # MultiPolygon
    arr["parts"] = 1
    poly = arr["polygon"]
    poly["order"] = 1
    poly["type"] = 3  # Polygon
    poly["rings"] = 1
    poly["points"] = 5
    poly["xy"] = corners.reshape(len(corners), 10)


Extent = Tuple[float, float, float, float]  # (xmin, ymin, xmax, ymax) in the target CRS


@dataclass
class ZensusChunk:
    """One chunk of grid cells, already reprojected."""

    lines: NDArray[Any]  # line number of each cell in the CSV
    gitter_id: List[str]
    einwohner: List[Optional[int]]
    suppressed: NDArray[Any]  # bool
    others: List[List[Any]]  # per row, values of schema.others
    north: NDArray[Any]  # south-west corner in EPSG:3035
    east: NDArray[Any]
    resolution: NDArray[Any]
    cx: NDArray[Any]  # cell centre in the target CRS
    cy: NDArray[Any]
    corners: NDArray[Any]  # (n, 5, 2) ring in the target CRS

    def __len__(self) -> int:
        return len(self.gitter_id)

    def wkb(self) -> List[bytes]:
        """WKB of the cells as one-part MultiPolygons (built in one numpy buffer)."""
        n = len(self)
        arr = np.empty(n, dtype=_WKB_MULTIPOLYGON)
        _fill_wkb(arr, self.corners)
        buf = arr.tobytes()
        return [buf[i * _WKB_SIZE:(i + 1) * _WKB_SIZE] for i in range(n)]

    def einwohner_array(self) -> NDArray[Any]:
        """Inhabitants as int64 with 0 for suppressed cells."""
        return np.array([v or 0 for v in self.einwohner], dtype=np.int64)


@dataclass
class ZensusStats:
    rows: int = 0
    written: int = 0
    suppressed: int = 0
    outside_extent: int = 0
    centre_mismatch: int = 0  # rows whose x_mp/y_mp lie more than half a cell from their grid id's centre
    centre_mismatch_rows: List[Tuple[int, str]] = field(default_factory=list)  # (line, grid id), the first 20
    duplicates: int = 0
    duplicate_lines: List[Tuple[int, int]] = field(default_factory=list)  # (repeated line, first line)
    notes: List[str] = field(default_factory=list)

    def finish(self) -> None:
        note = text("zensus_suppressed", count=self.suppressed)
        if self.suppressed and note not in self.notes:
            self.notes.append(note)


class _Transform:
    def __init__(self, target_crs: str):
        from pyproj import CRS, Transformer

        self.identity = CRS.from_user_input(target_crs) == CRS.from_user_input(ZENSUS_CRS)
        self.tr = None if self.identity else Transformer.from_crs(ZENSUS_CRS, target_crs, always_xy=True)

    def __call__(self, x: NDArray[Any], y: NDArray[Any]) -> Tuple[NDArray[Any], NDArray[Any]]:
        if self.tr is None:
            return x, y
        return self.tr.transform(x, y)


def iter_zensus(path: str, target_crs: str = DEFAULT_CRS, schema: Optional[ZensusSchema] = None,
                chunk_rows: int = 50_000, extent: Optional[Tuple[float, float, float, float]] = None,
                progress: Optional[Callable[[float], None]] = None,
                is_cancelled: Optional[Callable[[], bool]] = None,
                stats: Optional[ZensusStats] = None) -> Iterator[ZensusChunk]:
    """Yield the cells of a Zensus grid CSV in chunks of ``chunk_rows``, reprojected to ``target_crs``.

    ``extent`` (xmin, ymin, xmax, ymax in ``target_crs``) keeps only cells
    whose centre lies inside it. Raises InputError naming line and column for
    bad ids or values; CancelledError when ``is_cancelled()`` turns true.
    """
    schema = schema or zensus_schema(path)
    stats = stats if stats is not None else ZensusStats()
    label = os.path.basename(path)
    cols = schema.columns
    id_i, val_i = cols.index(schema.id_field), cols.index(schema.value_field)
    other_idx = [cols.index(c) for c in cols if c not in (schema.id_field, schema.value_field)]
    other_conv = [_converter(f.kind, schema.dialect.decimal) for f in schema.others]
    other_names = [c for c in cols if c not in (schema.id_field, schema.value_field)]
    errors = "replace" if schema.dialect.encoding.startswith("utf-8") else "strict"
    midpoint = _midpoint_columns(cols)
    transform = _Transform(target_crs)
    near = _grid_box(extent, target_crs)
    expected_res = schema.resolution
    buf: Dict[str, List[Any]] = _empty()
    seen = _SeenCells()
    for line, row in iter_records(path, schema.dialect, errors=errors, progress=checking_progress(progress, is_cancelled)):
        gid = row[id_i].strip()
        res, north, east = _cell_id(gid, label, line, schema.id_field)
        if expected_res is None:
            expected_res = res
        elif res != expected_res:
            raise fail("mixed_resolution", file=label, line=line, value=gid, found=res, expected=expected_res)
        if not cell_near(near, res, north, east):
            # far outside the extent: its values are never read (a national file, a city's districts)
            stats.rows += 1
            stats.outside_extent += 1
            continue
        if midpoint is not None:
            _check_midpoint(row, midpoint, schema.dialect.decimal, (res, north, east), (line, gid), stats)
        value = _cell_value(row[val_i].strip(), label, line, schema)
        others = _other_values(row, zip(other_idx, other_conv, other_names), label, line)
        buf["lines"].append(line)
        buf["gid"].append(gid)
        buf["val"].append(value)
        buf["others"].append(others)
        buf["north"].append(north)
        buf["east"].append(east)
        buf["res"].append(res)
        if len(buf["gid"]) >= chunk_rows:
            check_cancel(is_cancelled)
            _drop_duplicates(buf, seen, stats)
            chunk = _make_chunk(buf, transform, extent, stats)
            buf = _empty()
            if len(chunk):
                yield chunk
    if buf["gid"]:
        _drop_duplicates(buf, seen, stats)
        chunk = _make_chunk(buf, transform, extent, stats)
        if len(chunk):
            yield chunk
    _file_notes(stats, label, schema.id_field)
    if progress is not None:
        progress(1.0)


def _grid_box(extent: Optional[Tuple[float, float, float, float]], target_crs: str,
              margin: float = 1000.0) -> Optional[Tuple[float, float, float, float]]:
    """The EPSG:3035 box around ``extent`` (in ``target_crs``), ``margin`` metres wider: cells whose centre lies
    outside it cannot lie inside the extent, so their values need not be parsed. None without an extent."""
    if extent is None:
        return None
    from pyproj import CRS, Transformer

    if CRS.from_user_input(target_crs) == CRS.from_user_input(ZENSUS_CRS):
        x0, y0, x1, y1 = extent
    else:
        tr = Transformer.from_crs(target_crs, ZENSUS_CRS, always_xy=True)
        x0, y0, x1, y1 = tr.transform_bounds(*extent, densify_pts=21)
    if not all(math.isfinite(v) for v in (x0, y0, x1, y1)):
        return None  # an extent the transformation cannot take: no shortcut, the exact test still applies
    return x0 - margin, y0 - margin, x1 + margin, y1 + margin


def cell_near(box: Optional[Tuple[float, float, float, float]], res: int, north: int, east: int) -> bool:
    """Whether a cell's centre lies in ``box`` (from ``_grid_box``; None: every cell)."""
    return box is None or (box[0] <= east + res / 2 <= box[2] and box[1] <= north + res / 2 <= box[3])


def _cell_id(gid: str, label: str, line: int, field: str) -> Tuple[int, int, int]:
    """(resolution, north, east) of a grid id in the 2022 or 2011 notation; InputError naming the line if bad."""
    m = _ID_2022.match(gid)
    if m:
        res, north, east = int(m.group(1)), int(m.group(2)), int(m.group(3))
    else:
        try:
            res, north, east = parse_gitter_id(gid)
        except ValueError:
            raise fail("bad_gitter_id", file=label, line=line, field=field, value=gid) from None
    if not (0 <= north <= _MAX_3035 and 0 <= east <= _MAX_3035) or res not in _RESOLUTIONS:
        raise fail("value_out_of_range", file=label, line=line, field=field, value=gid,
                   low=f"N/E 0 m, resolution {min(_RESOLUTIONS)} m", high=f"N/E {_MAX_3035:,} m, resolution {max(_RESOLUTIONS):,} m")
    return res, north, east


def _cell_value(raw: str, label: str, line: int, schema: ZensusSchema) -> Optional[int]:
    """The cell's count (None where the statistics office suppressed it); a whole number from 0 to MAX_VALUE."""
    if raw in SUPPRESSED:
        return None
    if raw.isdigit():
        value = int(raw)
    else:
        try:
            number = parse_number(raw, schema.dialect.decimal)
        except ValueError:
            raise fail("bad_number", file=label, line=line, field=schema.value_field, value=raw) from None
        if number < 0:
            raise fail("negative_value", file=label, line=line, field=schema.value_field, value=raw)
        if not number.is_integer():
            raise fail("not_whole", file=label, line=line, field=schema.value_field, value=raw)
        value = int(number)
    if value > MAX_VALUE:
        raise fail("value_out_of_range", file=label, line=line, field=schema.value_field, value=raw,
                   low=0, high=f"{MAX_VALUE:,}")
    return value


def _other_values(row: Sequence[str], columns: Iterable[Tuple[int, Callable[[str], Any], str]], label: str,
                  line: int) -> List[Any]:
    """The row's other columns converted to their kinds (None where suppressed)."""
    others: List[Any] = []
    for j, conv, name in columns:
        v = row[j].strip()
        if v in SUPPRESSED:
            others.append(None)
            continue
        try:
            others.append(conv(v))
        except ValueError:
            raise fail("zensus_column_changed", file=label, line=line, field=name, value=v,
                       rows=_SAMPLE_ROWS) from None
    return others


def _file_notes(stats: ZensusStats, label: str, id_field: str) -> None:
    """Per-file notes after the last row: duplicate cells, midpoints that disagree with their grid id."""
    if stats.duplicates:
        first_dup, first_orig = stats.duplicate_lines[0]
        stats.notes.append(text("duplicate_cells", file=label, field=id_field, count=stats.duplicates,
                                line=first_orig, first=first_dup))
    if stats.centre_mismatch:
        stats.notes.append(text("zensus_centre_mismatch", file=label, count=stats.centre_mismatch,
                                lines=line_list([line for line, _ in stats.centre_mismatch_rows]),
                                value=stats.centre_mismatch_rows[0][1]))


def _midpoint_columns(columns: Sequence[str]) -> Optional[Tuple[int, int]]:
    """Indexes of the x_mp/y_mp midpoint columns, None when the file has no such pair."""
    x = next((i for i, c in enumerate(columns) if normalise_name(c).startswith("x_mp")), None)
    y = next((i for i, c in enumerate(columns) if normalise_name(c).startswith("y_mp")), None)
    return None if x is None or y is None else (x, y)


def _check_midpoint(row: Sequence[str], midpoint: Tuple[int, int], decimal: str, cell: Tuple[int, int, int],
                    where: Tuple[int, str], stats: ZensusStats) -> None:
    """Count a row whose midpoint lies more than half a cell from its grid id's centre (EPSG:3035).

    Why: such a row is a copy-paste or sorting error in the file; the grid id wins (it defines the cell), but
    the planner is told which rows to check. Unreadable midpoints are left to the column's own check.
    """
    res, north, east = cell
    try:
        x, y = parse_number(row[midpoint[0]], decimal), parse_number(row[midpoint[1]], decimal)
    except ValueError:
        return
    if abs(x - (east + res / 2)) > res / 2 or abs(y - (north + res / 2)) > res / 2:
        stats.centre_mismatch += 1
        if len(stats.centre_mismatch_rows) < 20:
            stats.centre_mismatch_rows.append(where)


class _SeenCells:
    """Grid cells seen so far as a sorted int64 key array with the line of each (bounded memory: 16 bytes a cell)."""

    def __init__(self) -> None:
        self.keys = np.empty(0, dtype=np.int64)
        self.lines = np.empty(0, dtype=np.int64)


def _drop_duplicates(buf: Dict[str, List[Any]], seen: _SeenCells, stats: ZensusStats) -> None:
    """Remove from ``buf`` the cells that occurred before (in the file or earlier in ``buf``); count them once."""
    north = np.asarray(buf["north"], dtype=np.int64)
    east = np.asarray(buf["east"], dtype=np.int64)
    keys = north * (_MAX_3035 + 1) + east
    lines = np.asarray(buf["lines"], dtype=np.int64)
    uniq, first = np.unique(keys, return_index=True)
    dup = np.ones(len(keys), dtype=bool)
    dup[first] = False  # later repeats within the chunk
    pos = np.searchsorted(seen.keys, keys)
    pos_c = np.minimum(pos, max(len(seen.keys) - 1, 0))
    before = (len(seen.keys) > 0) & (seen.keys[pos_c] == keys) if len(seen.keys) else np.zeros(len(keys), bool)
    dup |= before
    if dup.any():
        for i in np.flatnonzero(dup)[:20]:
            original = seen.lines[pos_c[i]] if before[i] else lines[np.flatnonzero(keys == keys[i])[0]]
            stats.duplicate_lines.append((int(lines[i]), int(original)))
        stats.duplicates += int(dup.sum())
        keep = np.flatnonzero(~dup)
        for name in buf:
            buf[name] = [buf[name][i] for i in keep]
        keys, lines = keys[keep], lines[keep]
    order = np.argsort(keys, kind="stable")
    idx = np.searchsorted(seen.keys, keys[order])
    seen.keys = np.insert(seen.keys, idx, keys[order])
    seen.lines = np.insert(seen.lines, idx, lines[order])


def _converter(kind: str, decimal: str) -> Callable[[str], Any]:
    if kind == "text":
        return str
    if kind == "float":
        def to_float(v: str) -> float:
            if v.isdigit():  # fast path: plain digits (most Zensus columns)
                return float(v)
            return parse_number(v, decimal)

        return to_float

    def to_int(v: str) -> int:
        try:
            return int(v)  # fast path: plain digits
        except ValueError:
            pass
        number = parse_number(v, decimal)
        if not number.is_integer():
            raise ValueError(v)
        return int(number)

    return to_int


def _empty() -> Dict[str, List[Any]]:
    return {"lines": [], "gid": [], "val": [], "others": [], "north": [], "east": [], "res": []}


def _make_chunk(buf: Dict[str, List[Any]], transform: _Transform, extent: Optional[Extent], stats: ZensusStats) -> ZensusChunk:
    north = np.asarray(buf["north"], dtype=np.float64)
    east = np.asarray(buf["east"], dtype=np.float64)
    res = np.asarray(buf["res"], dtype=np.float64)
    n = len(north)
    # ring: SW, SE, NE, NW, SW (counter-clockwise), plus the centre, in one transform call
    xs = np.concatenate([east, east + res, east + res, east, east + res / 2])
    ys = np.concatenate([north, north, north + res, north + res, north + res / 2])
    tx, ty = transform(xs, ys)
    tx = np.asarray(tx).reshape(5, n)
    ty = np.asarray(ty).reshape(5, n)
    corners = np.empty((n, 5, 2))
    for k in range(4):
        corners[:, k, 0] = tx[k]
        corners[:, k, 1] = ty[k]
    corners[:, 4] = corners[:, 0]
    cx, cy = tx[4], ty[4]
    suppressed = np.array([v is None for v in buf["val"]], dtype=bool)
    stats.rows += n
    keep = None
    if extent is not None:
        xmin, ymin, xmax, ymax = extent
        keep = (cx >= xmin) & (cx <= xmax) & (cy >= ymin) & (cy <= ymax)
        stats.outside_extent += int(n - keep.sum())
    chunk = ZensusChunk(np.asarray(buf["lines"]), buf["gid"], buf["val"], suppressed, buf["others"], north, east,
                        res, cx, cy, corners)
    if keep is not None and not keep.all():
        idx = np.flatnonzero(keep)
        chunk = ZensusChunk(chunk.lines[idx], [chunk.gitter_id[i] for i in idx], [chunk.einwohner[i] for i in idx],
                            suppressed[idx], [chunk.others[i] for i in idx], north[idx], east[idx], res[idx],
                            cx[idx], cy[idx], corners[idx])
    stats.suppressed += int(chunk.suppressed.sum())
    return chunk


def write_zensus(path: str, output: str, target_crs: str = DEFAULT_CRS, value_field: str = "Einwohner",
                 chunk_rows: int = 50_000, extent: Optional[Extent] = None, progress: Optional[Callable[[float], None]] = None,
                 is_cancelled: Optional[Callable[[], bool]] = None, layer_name: Optional[str] = None,
                 bulk: bool = True, stats: Optional[ZensusStats] = None) -> ZensusStats:
    """Import a Zensus grid CSV into a polygon GeoPackage (or other OGR format) at ``output``.

    Fields: ``gitter_id``, ``einwohner`` (NULL when suppressed),
    ``einwohner_suppressed`` and the CSV's other columns. The output appears
    only when the whole file was imported. For GeoPackages, ``bulk`` lets
    osgeo.ogr create the layer and its spatial index while the rows go in
    through sqlite3 in one transaction per chunk (GeoPackage is SQLite);
    ``bulk=False`` writes every feature through osgeo.ogr.
    """
    schema = zensus_schema(path, value_field)
    stats = stats if stats is not None else ZensusStats()
    fields = schema.out_fields
    name = layer_name or os.path.splitext(os.path.basename(output))[0]
    if bulk and output.lower().endswith(".gpkg"):
        _write_gpkg_bulk(path, output, name, schema, target_crs, chunk_rows, extent, progress, is_cancelled, stats)
        stats.finish()
        return stats
    from osgeo import ogr

    with OgrWriter(output, name, fields, "polygon", target_crs, batch=max(chunk_rows, 10_000)) as out:
        layer = out.layer
        create = layer.CreateFeature
        feat = ogr.Feature(out.defn)  # one feature object, reused: saves an allocation per cell
        set_str, set_int, set_null = feat.SetFieldString, feat.SetFieldInteger64, feat.SetFieldNull
        set_fid, set_geom, from_wkb = feat.SetFID, feat.SetGeometryDirectly, ogr.CreateGeometryFromWkb
        setters = [set_str if f.kind == "text" else set_int if f.kind in ("int", "bool") else feat.SetField
                   for f in schema.others]
        kinds = [f.kind for f in schema.others]
        offset = 3
        for chunk in iter_zensus(path, target_crs, schema, chunk_rows, extent, progress, is_cancelled, stats):
            wkbs = chunk.wkb()
            flags = chunk.suppressed.tolist()
            for gid, val, flag, others, wkb in zip(chunk.gitter_id, chunk.einwohner, flags, chunk.others, wkbs):
                set_fid(-1)
                set_str(0, gid)
                if val is None:
                    set_null(1)
                else:
                    set_int(1, val)
                set_int(2, 1 if flag else 0)
                for j, v in enumerate(others):
                    if v is None:
                        set_null(offset + j)
                    else:
                        setters[j](offset + j, v if kinds[j] != "float" else float(v))
                set_geom(from_wkb(wkb))
                create(feat)
            layer.CommitTransaction()
            layer.StartTransaction()
            stats.written += len(chunk)
        out.count = stats.written
    stats.finish()
    return stats


@dataclass
class GridPopulation:
    """Grid population summed per district (cells assigned by their centre)."""

    counts: Dict[str, int]
    cells: Dict[str, int]
    suppressed_cells: Dict[str, int]
    outside_cells: int
    outside_inhabitants: int
    notes: List[str] = field(default_factory=list)


def aggregate_cells(cx: ArrayLike, cy: ArrayLike, values: ArrayLike,
                    polygons: Sequence[Any]) -> Tuple[NDArray[Any], NDArray[Any], NDArray[Any]]:
    """(sum per polygon, cells per polygon, index per cell with -1 outside) for cell centres in polygons."""
    from ..core.geometry import locate_points

    where = locate_points(cx, cy, polygons)
    inside = where >= 0
    k = len(polygons)
    sums = np.bincount(where[inside], weights=np.asarray(values, dtype=np.float64)[inside], minlength=k)
    cells = np.bincount(where[inside], minlength=k)
    return sums.astype(np.int64), cells.astype(np.int64), where


def zensus_population_by_district(path: str, districts: Sequence[Tuple[str, Any]], target_crs: str = DEFAULT_CRS,
                                  value_field: str = "Einwohner", chunk_rows: int = 100_000,
                                  progress: Optional[Callable[[float], None]] = None,
                                  is_cancelled: Optional[Callable[[], bool]] = None) -> GridPopulation:
    """Sum a Zensus grid's population per district: ``districts`` is [(district_id, polygon in target_crs)].

    A cell counts for the district containing its centre; suppressed cells
    count 0 and are reported per district. This is the finer population
    base for the analysis (e.g. when the city's own figures are missing).
    """
    ids = [d for d, _ in districts]
    polygons = [p for _, p in districts]
    xmin = min(p.bounds[0] for p in polygons)
    ymin = min(p.bounds[1] for p in polygons)
    xmax = max(p.bounds[2] for p in polygons)
    ymax = max(p.bounds[3] for p in polygons)
    totals = np.zeros(len(ids), dtype=np.int64)
    cells = np.zeros(len(ids), dtype=np.int64)
    supp = np.zeros(len(ids), dtype=np.int64)
    outside = outside_pop = 0
    stats = ZensusStats()
    for chunk in iter_zensus(path, target_crs, zensus_schema(path, value_field), chunk_rows,
                             (xmin, ymin, xmax, ymax), progress, is_cancelled, stats):
        values = chunk.einwohner_array()
        sums, count, where = aggregate_cells(chunk.cx, chunk.cy, values, polygons)
        totals += sums
        cells += count
        inside = where >= 0
        supp += np.bincount(where[inside & chunk.suppressed], minlength=len(ids))
        outside += int((~inside).sum())
        outside_pop += int(values[~inside].sum())
    stats.finish()
    notes = list(stats.notes)
    if outside:
        notes.append(text("zensus_outside", count=outside, inhabitants=outside_pop))
    return GridPopulation({i: int(v) for i, v in zip(ids, totals)}, {i: int(v) for i, v in zip(ids, cells)},
                          {i: int(v) for i, v in zip(ids, supp)}, outside, outside_pop, notes)


def _gpkg_blobs(corners: NDArray[Any], srs_id: int) -> Tuple[List[bytes], NDArray[Any]]:
    """GeoPackage geometry blobs (header with envelope + WKB MultiPolygon) for (n, 5, 2) rings, and the envelopes."""
    n = len(corners)
    dtype = np.dtype([("magic", "S2"), ("version", "u1"), ("flags", "u1"), ("srs", "<i4"), ("env", "<f8", (4,)),
                      ("wkb", _WKB_MULTIPOLYGON)])
    arr = np.empty(n, dtype=dtype)
    arr["magic"] = b"GP"
    arr["version"] = 0
    arr["flags"] = 0b011  # little endian, envelope [minx, maxx, miny, maxy]
    arr["srs"] = srs_id
    xs, ys = corners[:, :4, 0], corners[:, :4, 1]
    arr["env"] = np.column_stack([xs.min(1), xs.max(1), ys.min(1), ys.max(1)])
    _fill_wkb(arr["wkb"], corners)
    size = dtype.itemsize
    buf = arr.tobytes()
    return [buf[i * size:(i + 1) * size] for i in range(n)], arr["env"]


def _sql_ident(name: str) -> str:
    """``name`` as an SQLite identifier in double quotes (embedded quotes doubled): never read as SQL."""
    return '"' + name.replace('"', '""') + '"'


def _write_gpkg_bulk(path: str, output: str, name: str, schema: ZensusSchema, target_crs: str, chunk_rows: int,
                     extent: Optional[Extent], progress: Optional[Callable[[float], None]],
                     is_cancelled: Optional[Callable[[], bool]], stats: ZensusStats) -> None:
    import sqlite3

    from osgeo import gdal, ogr

    from .files import atomic_output

    gdal.UseExceptions()
    fields = schema.out_fields
    with atomic_output(output) as tmp:
        ds = ogr.GetDriverByName("GPKG").CreateDataSource(tmp)
        lyr = ds.CreateLayer(name, ogr_srs(target_crs), ogr.wkbMultiPolygon,
                             ["SPATIAL_INDEX=NO", "FID=fid", "GEOMETRY_NAME=geom"])
        sql_name = name.replace("'", "''")
        ds.ExecuteSQL(f"SELECT CreateSpatialIndex('{sql_name}', 'geom')")  # empty R-tree, extension row, triggers
        for f in fields:
            lyr.CreateField(ogr_field(f))
        lyr = None
        ds = None
        con = sqlite3.connect(tmp)
        try:
            con.execute("PRAGMA synchronous = OFF")
            con.execute("PRAGMA journal_mode = MEMORY")
            srs_id = con.execute("SELECT srs_id FROM gpkg_geometry_columns WHERE table_name = ?", (name,)).fetchone()[0]
            # GDAL's R-tree triggers call its own SQL functions (ST_MinX, ...), unknown to plain sqlite3:
            # keep their definitions, drop them, fill table and R-tree here, then restore them unchanged.
            triggers = con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? "
                                   "AND name LIKE 'rtree%'", (name,)).fetchall()
            for trigger, _ in triggers:
                con.execute("DROP TRIGGER " + _sql_ident(trigger))
            # Table and column names are quoted identifiers (_sql_ident), every value is a bound parameter.
            columns = ", ".join(_sql_ident(f.name) for f in fields)
            sql = (f"INSERT INTO {_sql_ident(name)} (fid, geom, {columns}) "  # nosec B608
                   f"VALUES (?, ?{', ?' * len(fields)})")
            rtree_sql = (f"INSERT INTO {_sql_ident(f'rtree_{name}_geom')} "  # nosec B608
                         "(id, minx, maxx, miny, maxy) VALUES (?, ?, ?, ?, ?)")
            bounds = [np.inf, np.inf, -np.inf, -np.inf]
            floats = [k for k, f in enumerate(schema.others) if f.kind == "float"]
            for chunk in iter_zensus(path, target_crs, schema, chunk_rows, extent, progress, is_cancelled, stats):
                blobs, envs = _gpkg_blobs(chunk.corners, srs_id)
                flags = chunk.suppressed.astype(np.int64).tolist()
                fids = range(stats.written + 1, stats.written + len(chunk) + 1)
                if floats:
                    others = [[float(v) if k in floats and v is not None else v for k, v in enumerate(o)]
                              for o in chunk.others]
                else:
                    others = chunk.others
                con.executemany(sql, ((i, b, g, v, f, *o) for i, b, g, v, f, o in
                                      zip(fids, blobs, chunk.gitter_id, chunk.einwohner, flags, others)))
                con.executemany(rtree_sql, ((i, *e) for i, e in zip(fids, envs.tolist())))
                con.commit()
                xs, ys = chunk.corners[:, :, 0], chunk.corners[:, :, 1]
                bounds = [min(bounds[0], xs.min()), min(bounds[1], ys.min()),
                          max(bounds[2], xs.max()), max(bounds[3], ys.max())]
                stats.written += len(chunk)
            if stats.written:
                con.execute("UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ? WHERE table_name = ?",
                            (*[float(b) for b in bounds], name))
            for _, trigger_sql in triggers:
                con.execute(trigger_sql)
            con.commit()
        finally:
            con.close()
