"""CSV tables as cities deliver them: sniffing, preview and point layers.

Spreadsheet exports from German offices use ``;`` or ``,`` as separator,
decimal commas (``7,75``), thousands dots (``1.344``), UTF-8 (with or without
BOM) or cp1252. ``sniff_csv`` guesses all of that from the first megabyte and
returns a ``CsvDialect`` the user can correct in a preview; ``read_points_csv``
then reads the whole file into a ``RawLayer`` of points. Nothing here imports
QGIS.
"""
from __future__ import annotations

import csv
import dataclasses
import io
import math
import os
import re
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, Iterator, List, Mapping, Optional, Sequence, Set, TextIO, Tuple

from ..core.contract import LAYERS
from ..core.parsing import normalise_name, parse_count, parse_number  # noqa: F401 - parse_count re-exported for older importers
from ..core.validation import RawFeature, RawLayer
from .messages import fail, line_list, text

DELIMITERS = (";", ",", "\t", "|")
MAX_NUMBER = 1_000_000_000  # counts beyond a billion are data errors (see core.validation.MAX_NUMBER)
SAMPLE_BYTES = 1 << 20
PREVIEW_ROWS = 10

_NUM_DOT = re.compile(r"^[+-]?\d+\.\d+$")
_NUM_COMMA = re.compile(r"^[+-]?\d+,\d+$")
_THOUSANDS_DOT = re.compile(r"^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$")
_THOUSANDS_COMMA = re.compile(r"^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$")

LAT_NAMES = {"lat", "latitude", "breite", "breitengrad", "geo_lat", "wgs84_lat", "lat_wgs84", "y_wgs84", "geogr_breite"}
LON_NAMES = {"lon", "lng", "long", "longitude", "laenge", "laengengrad", "geo_lon", "geo_long", "wgs84_lon",
             "lon_wgs84", "x_wgs84", "geogr_laenge"}
X_NAMES = {"x", "x_coord", "xcoord", "x_koordinate", "koordinate_x", "rechtswert", "easting", "east", "ostwert",
           "utm_x", "utm_east", "e", "rw"}
Y_NAMES = {"y", "y_coord", "ycoord", "y_koordinate", "koordinate_y", "hochwert", "northing", "north", "nordwert",
           "utm_y", "utm_north", "n", "hw"}


@dataclass
class CsvDialect:
    """How to read a CSV file; every field can be corrected by the user before reading."""

    encoding: str
    delimiter: str
    decimal: str
    columns: List[str]
    preview_rows: List[List[str]]
    x_field: Optional[str] = None
    y_field: Optional[str] = None
    crs_guess: Optional[str] = None
    quotechar: str = '"'
    notes: List[str] = field(default_factory=list)

    def replace(self, **changes: Any) -> CsvDialect:
        """A copy with ``changes`` applied (what a preview dialog returns)."""
        return dataclasses.replace(self, **changes)


@dataclass
class ImportedLayer(RawLayer):
    """A ``RawLayer`` plus the notes of its import (repairs, skipped rows), for reports."""

    notes: List[str] = field(default_factory=list)
    row_flags: Dict[Any, List[str]] = field(default_factory=dict)  # feature fid -> short flags ("occupied unknown")


# --------------------------------------------------------------------------- helpers

def _check_file(path: str) -> int:
    if not os.path.exists(path):
        raise fail("file_missing", file=path)
    size = os.path.getsize(path)
    if size == 0:
        raise fail("file_empty", file=os.path.basename(path))
    return size


def detect_encoding(raw: bytes, file_label: str, complete: bool = True) -> str:
    """'utf-8-sig', 'utf-8' or 'cp1252'; raises InputError for files mixing UTF-8 and cp1252 lines.

    ``complete`` is False when ``raw`` is a sample cut at a line end.
    """
    if raw.startswith(b"\xef\xbb\xbf"):
        encoding = "utf-8-sig"
        body = raw[3:]
    else:
        encoding = "utf-8"
        body = raw
    try:
        body.decode("utf-8")
        return encoding
    except UnicodeDecodeError:
        pass
    utf8_line = other_line = None
    for number, line in enumerate(body.split(b"\n"), start=1):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
            utf8_line = utf8_line or number
        except UnicodeDecodeError:
            other_line = other_line or number
        if utf8_line and other_line:
            raise fail("mixed_encoding", file=file_label, utf8_line=utf8_line, other_line=other_line)
    return "cp1252"


BOM = b"\xef\xbb\xbf"


def detect_file_encoding(path: str) -> str:
    """The encoding of a text file: BOM first, then UTF-8, then cp1252 (the one rule for every text file read).

    Why one function: CSV layers, Integreat category maps, rules and demand tables all come from the same
    spreadsheets; a cp1252 file that Excel saved with a UTF-8 BOM must not corrupt the first column name in
    any of them. Read the file through ``open_text``/``read_text``, which skip the BOM whatever the encoding.
    """
    size = _check_file(path)
    raw, complete = _read_sample(path, size)
    return detect_encoding(raw, os.path.basename(path), complete)


def read_text(path: str) -> str:
    """The whole text of a small file (category map, rules), decoded by ``detect_file_encoding``, BOM removed."""
    encoding = detect_file_encoding(path)
    with open_text(path, encoding, "replace") as fh:
        return fh.read()


def _read_sample(path: str, size: int) -> Tuple[bytes, bool]:
    with open(path, "rb") as fh:
        raw = fh.read(SAMPLE_BYTES)
    complete = len(raw) >= size
    if not complete:
        cut = raw.rfind(b"\n")
        if cut > 0:
            raw = raw[: cut + 1]
    return raw, complete


def _decode(raw: bytes, encoding: str) -> str:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError:
        return raw.decode("latin-1")  # cp1252 leaves 5 bytes undefined; never fail on them


def _rows(sample: str, delimiter: str, limit: int = 200) -> List[List[str]]:
    reader = csv.reader(io.StringIO(sample), delimiter=delimiter, quotechar='"')
    rows = []
    try:
        for row in reader:
            if row:
                rows.append(row)
            if len(rows) >= limit:
                break
    except csv.Error:
        pass
    return rows


def _choose_delimiter(sample: str) -> Tuple[str, List[List[str]]]:
    best = None
    for order, delim in enumerate(DELIMITERS):
        rows = _rows(sample, delim)
        if not rows or len(rows[0]) < 2:
            continue
        width = len(rows[0])
        body = rows[1:] or rows
        consistent = sum(1 for r in body if len(r) == width) / len(body)
        score = (consistent, -order)
        if best is None or score > best[0]:
            best = (score, delim, rows)
    if best is None:
        return "", _rows(sample, ";")
    return best[1], best[2]


def _choose_decimal(rows: Sequence[Sequence[str]], delimiter: str) -> str:
    if delimiter == ",":
        return "."
    comma = dot = 0
    for row in rows[1:]:
        for value in row:
            v = value.strip()
            if _NUM_COMMA.match(v) or (_THOUSANDS_DOT.match(v) and "," in v):
                comma += 1
            elif _NUM_DOT.match(v) and not _THOUSANDS_DOT.match(v):
                dot += 1  # '1.250' may be a thousands dot: no evidence either way
    return "," if comma > dot else "."


def _find_column(columns: Sequence[str], names: Set[str]) -> Optional[str]:
    for col in columns:
        if normalise_name(col) in names:
            return col
    return None


def _column_values(rows: Sequence[Sequence[str]], index: int, decimal: str) -> List[float]:
    values = []
    for row in rows:
        if index < len(row):
            try:
                values.append(parse_number(row[index], decimal))
            except ValueError:
                continue
    return values


def guess_crs(xs: Sequence[float], ys: Sequence[float], named_latlon: bool = False) -> Tuple[Optional[str], bool]:
    """(CRS guess, swapped) from coordinate values, for Germany's usual systems.

    ``named_latlon``: the columns are called latitude/longitude. Then only the
    unambiguous German case (latitudes 47-56 in the longitude column and
    5-16 in the latitude column) counts as swapped; a latitude of 149 is out
    of range, not a hint that the columns were exchanged.
    """
    if not xs or not ys:
        return None, False

    def within(values: Sequence[float], low: float, high: float) -> bool:
        return all(low <= v <= high for v in values)

    checks = (
        ("EPSG:4326", (-180, 180), (-90, 90)),
        ("EPSG:25832", (200_000, 1_000_000), (5_200_000, 6_200_000)),
        ("EPSG:4647", (32_200_000, 32_999_999), (5_200_000, 6_200_000)),
        ("EPSG:31467", (3_250_000, 3_950_000), (5_200_000, 6_200_000)),
        ("EPSG:3035", (3_900_000, 4_800_000), (2_600_000, 3_700_000)),
    )
    for crs, xr, yr in checks:
        if within(xs, *xr) and within(ys, *yr):
            if crs == "EPSG:4326" and within(xs, 47, 56) and within(ys, 5, 16):
                return crs, True  # German latitudes in the x column, longitudes in y
            return crs, False
    if named_latlon:
        return ("EPSG:4326" if within(xs, -180, 180) else None), False
    for crs, xr, yr in checks[1:]:
        if within(ys, *xr) and within(xs, *yr):
            return crs, True
    outside_lat = sum(1 for v in ys if abs(v) > 90)
    if within(ys, -180, 180) and within(xs, -90, 90) and outside_lat > len(ys) / 2:
        return "EPSG:4326", True  # most "latitudes" beyond ±90 while all "longitudes" would be valid latitudes
    return None, False


# --------------------------------------------------------------------------- public API

def guess_xy(columns: Sequence[str]) -> Tuple[Optional[str], Optional[str], bool]:
    """(x column, y column, named latitude/longitude) by column name: longitude/latitude first, then x/y,
    Rechtswert/Hochwert, 'x_mp...'/'y_mp...'.

    The one rule for sniff_csv and for the import dialog, which guesses again when the planner corrects the
    separator or encoding and the columns change.
    """
    lat = _find_column(columns, LAT_NAMES)
    lon = _find_column(columns, LON_NAMES)
    if lat and lon:
        return lon, lat, True
    x = _find_column(columns, X_NAMES) or next((c for c in columns if normalise_name(c).startswith("x_mp")), None)
    y = _find_column(columns, Y_NAMES) or next((c for c in columns if normalise_name(c).startswith("y_mp")), None)
    return x, y, False


def coordinate_pairs(columns: Sequence[str], rows: Sequence[Sequence[str]], x: Optional[str], y: Optional[str],
                     decimal: str) -> Tuple[List[float], List[float]]:
    """x and y values of the rows where both read as numbers with ``decimal`` (pairs kept together).

    What a preview shows and guesses the CRS from, read by the same number rule as the import.
    """
    if not x or not y or x not in columns or y not in columns:
        return [], []
    xi, yi = list(columns).index(x), list(columns).index(y)
    xs: List[float] = []
    ys: List[float] = []
    for row in rows:
        try:
            xv, yv = parse_number(row[xi], decimal), parse_number(row[yi], decimal)
        except (IndexError, ValueError):
            continue
        xs.append(xv)
        ys.append(yv)
    return xs, ys


def column_kinds(layer: RawLayer) -> List[Tuple[str, str]]:
    """(column, 'int' | 'float' | 'text') for the columns of an imported layer: numbers are typed where every
    value read as one, so that the layer's fields sort and filter as numbers in QGIS."""
    kinds = []
    for col in list(layer.source_fields or []):
        values = [f.attributes.get(col) for f in layer.features if f.attributes.get(col) is not None]
        if values and all(isinstance(v, int) and not isinstance(v, bool) for v in values):
            kinds.append((col, "int"))
        elif values and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
            kinds.append((col, "float"))
        else:
            kinds.append((col, "text"))
    return kinds


def sniff_csv(path: str, preview: int = PREVIEW_ROWS) -> CsvDialect:
    """Guess encoding, separator, decimal mark, coordinate columns and CRS of a CSV file."""
    size = _check_file(path)
    label = os.path.basename(path)
    raw, complete = _read_sample(path, size)
    encoding = detect_encoding(raw, label, complete)
    sample = _decode(raw[len(BOM):] if raw.startswith(BOM) else raw,
                     "utf-8" if encoding == "utf-8-sig" else encoding)  # a BOM before cp1252 text is dropped too
    if not sample.strip():
        raise fail("file_empty", file=label)
    delimiter, rows = _choose_delimiter(sample)
    if not delimiter:
        header = sample.splitlines()[0] if sample.splitlines() else ""
        raise fail("one_column", file=label, header=header[:80])
    columns = [c.strip() for c in rows[0]]
    decimal = _choose_decimal(rows, delimiter)
    dialect = CsvDialect(encoding, delimiter, decimal, columns, [list(r) for r in rows[1: preview + 1]])
    x, y, named_latlon = guess_xy(columns)
    dialect.x_field, dialect.y_field = x, y
    if x and y:
        xs = _column_values(rows[1:], columns.index(x), decimal)
        ys = _column_values(rows[1:], columns.index(y), decimal)
        crs, swapped = guess_crs(xs, ys, named_latlon=named_latlon)
        if named_latlon and crs != "EPSG:4326":
            crs, swapped = "EPSG:4326", False
        dialect.crs_guess = crs
        if swapped:
            dialect.notes.append(text("swapped_latlon", file=label, x=x, y=y,
                                      x_range=_range(xs), y_range=_range(ys)))
    return dialect


def _range(values: Sequence[float]) -> str:
    return f"{min(values):g} to {max(values):g}" if values else "–"


def open_text(path: str, encoding: str, errors: str = "strict") -> TextIO:
    """Open ``path`` for csv reading in ``encoding`` (newline='' as the csv module wants).

    A UTF-8 byte order mark is skipped whatever ``encoding`` says: Excel writes one before cp1252 text too,
    and read as cp1252 it would become 'ï»¿' in the first column name.
    """
    raw = open(path, "rb")
    try:
        if not encoding.lower().replace("_", "-").startswith(("utf-16", "utf-32")) and raw.read(len(BOM)) != BOM:
            raw.seek(0)
        return io.TextIOWrapper(raw, encoding=encoding, errors=errors, newline="")
    except BaseException:
        raw.close()
        raise


def iter_records(path: str, dialect: CsvDialect, errors: str = "strict",
                 progress: Optional[Callable[[float], None]] = None,
                 every: int = 20_000) -> Iterator[Tuple[int, List[str]]]:
    """Yield (line number, fields) of every data row; checks separator, width and encoding.

    Line numbers are those an editor shows (the header is line 1). Raises
    InputError for the first malformed row. ``progress(fraction)`` is called
    every ``every`` rows with the share of the file read so far.
    """
    label = os.path.basename(path)
    size = max(os.path.getsize(path), 1)
    count = 0
    with open_text(path, dialect.encoding, errors) as fh:
        reader = csv.reader(fh, delimiter=dialect.delimiter, quotechar=dialect.quotechar, strict=True)
        try:
            header = next(reader)
        except StopIteration:
            raise fail("file_empty", file=label) from None
        except (csv.Error, UnicodeDecodeError) as exc:
            raise fail("csv_malformed", file=label, line=1, reason=exc) from None
        _check_header(label, header, dialect)
        width = len(header)
        previous = reader.line_num
        while True:
            start = previous + 1
            try:
                row = next(reader)
            except StopIteration:
                return
            except UnicodeDecodeError:
                raise fail("bad_encoding", file=label, line=start, encoding=dialect.encoding) from None
            except csv.Error as exc:
                raise fail("csv_malformed", file=label, line=start, reason=exc) from None
            previous = reader.line_num
            if not row or all(not cell.strip() for cell in row):
                continue  # a blank line, or a spreadsheet row of empty cells (";;;;"): no row at all
            if len(row) != width:
                raise fail("ragged_row", file=label, line=start, count=len(row), expected=width)
            count += 1
            if progress is not None and count % every == 0:
                progress(min(fh.buffer.tell() / size, 1.0))
            yield start, row


def _check_header(label: str, header: List[str], dialect: CsvDialect) -> None:
    if len(header) < 2:
        joined = header[0] if header else ""
        for other in DELIMITERS:
            if other != dialect.delimiter and other in joined:
                raise fail("wrong_delimiter", file=label, chosen=_show(dialect.delimiter), found=_show(other))
        raise fail("one_column", file=label, header=joined[:80])
    seen = set()
    for name in header:
        if name.strip() in seen:
            raise fail("duplicate_column", file=label, column=name.strip())
        seen.add(name.strip())


def _show(delimiter: str) -> str:
    return "Tab" if delimiter == "\t" else delimiter


def header_of(path: str, dialect: CsvDialect) -> List[str]:
    with open_text(path, dialect.encoding, "replace") as fh:
        reader = csv.reader(fh, delimiter=dialect.delimiter, quotechar=dialect.quotechar)
        header = next(reader, [])
    _check_header(os.path.basename(path), header, dialect)
    return [h.strip() for h in header]


COORD_RANGES = {"EPSG:4326": ((-180.0, 180.0), (-90.0, 90.0))}


@dataclass
class _Rows:
    """The rows of a point CSV as read, before the CRS is settled."""

    lines: List[int] = field(default_factory=list)
    attrs: List[Dict[str, object]] = field(default_factory=list)
    xs: List[float] = field(default_factory=list)
    ys: List[float] = field(default_factory=list)
    missing: List[int] = field(default_factory=list)
    notes: List[str] = field(default_factory=list)
    unknown: Dict[str, List[Tuple[int, str]]] = field(default_factory=dict)  # column -> (line, cell) kept as NULL


def read_points_csv(path: str, kind: str, dialect: Optional[CsvDialect] = None,
                    field_map: Optional[Mapping[str, str]] = None, crs: Optional[str] = None,
                    skip_missing: bool = False, keep_unknown: bool = True,
                    reference_extent: Optional[Tuple[float, float, float, float]] = None,
                    reference_crs: Optional[str] = None) -> ImportedLayer:
    """Read a CSV with coordinate columns into a point ``RawLayer`` of ``kind`` (e.g. "shelters").

    ``field_map`` maps contract names to CSV columns; the keys "x" and "y" choose
    the coordinate columns (else those of ``dialect``). ``crs`` overrides the
    dialect's guess. Rows without coordinates raise an InputError listing
    their lines, or are skipped with a note when ``skip_missing``; spreadsheet
    rows of empty cells are no rows at all. Columns the contract declares as
    numbers are parsed with the dialect's decimal mark; all other values stay
    text (ids such as "01" keep their zeros). ``keep_unknown`` (the default):
    a blank or "k. A." cell in an *optional* number column keeps its row with
    the value NULL and a note naming file, line and column, so that one gap
    does not block an operator's list; required columns are still checked by
    validation (an error naming the row and field). Rows at a placeholder
    position, with swapped axes or far outside the other rows get a note each.
    ``reference_extent`` (xmin, ymin, xmax, ymax in ``reference_crs``, the
    districts' extent) replaces "the other rows" in that check, so a file
    whose rows are all off (shifted, swapped, in another town) is named too.
    """
    if kind not in LAYERS:
        raise ValueError(f"unknown layer kind {kind!r}")
    dialect = dialect or sniff_csv(path)
    label = os.path.basename(path)
    mapping = dict(field_map or {})
    x_field = mapping.pop("x", None) or dialect.x_field
    y_field = mapping.pop("y", None) or dialect.y_field
    columns = header_of(path, dialect)
    if not x_field or not y_field:
        raise fail("no_coordinate_columns", file=label)
    for col in (x_field, y_field):
        if col not in columns:
            raise fail("column_missing", file=label, column=col, columns=", ".join(columns))
    numeric = {mapping.get(f.name, f.name): f.required for f in LAYERS[kind].fields if f.kind in ("int", "float")}
    for col in (x_field, y_field):
        numeric.pop(col, None)
    rows = _read_point_rows(path, label, dialect, columns, (x_field, y_field), numeric, keep_unknown)
    if rows.missing:
        if not skip_missing:
            raise fail("missing_coordinates", file=label, count=len(rows.missing), lines=line_list(rows.missing))
        rows.notes.append(text("missing_coordinates_skipped", file=label, count=len(rows.missing),
                               lines=line_list(rows.missing)))
    if not rows.attrs:
        raise fail("no_data_rows", file=label)
    named = normalise_name(x_field) in LON_NAMES and normalise_name(y_field) in LAT_NAMES
    guessed, swapped = guess_crs(rows.xs, rows.ys, named_latlon=named)
    crs = crs or dialect.crs_guess or guessed
    if crs is None:
        raise fail("no_crs_guess", file=label, x=x_field, y=y_field)
    xs, ys = rows.xs, rows.ys
    if swapped and guessed == crs:
        rows.notes.append(text("swapped_latlon", file=label, x=x_field, y=y_field, x_range=_range(xs),
                               y_range=_range(ys)))
        xs, ys = ys, xs
        x_field, y_field = y_field, x_field
    _check_ranges(label, crs, rows.lines, xs, ys, x_field, y_field)
    extent = extent_in(reference_extent, reference_crs, crs)
    plausibility = plausibility_notes(label, crs, rows.lines, xs, ys, x_field, y_field, extent, districts=True)
    rows.notes.extend(plausibility)
    from shapely.geometry import Point

    features = [RawFeature(f"line {line}", record, Point(x, y))
                for line, record, x, y in zip(rows.lines, rows.attrs, xs, ys)]
    return ImportedLayer(name=label, kind=kind, features=features, crs=crs, field_map=mapping,
                         source_fields=columns, notes=rows.notes, row_flags=_row_flags(rows, plausibility))


ROW_FLAGS = {"io.placeholder_position": "placeholder position", "io.row_swapped": "x/y swapped?",
             "io.row_far": "far outside the other rows", "io.row_far_districts": "far outside the districts"}


def _row_flags(rows: _Rows, plausibility: Sequence[Any]) -> Dict[Any, List[str]]:
    """Short per-row flags (fid -> texts) for an output column, from the unknown values and plausibility notes."""
    flags: Dict[Any, List[str]] = {}
    for name, cells in rows.unknown.items():
        for line, _ in cells:
            flags.setdefault(f"line {line}", []).append(f"{name} unknown")
    for note in plausibility:
        flags.setdefault(f"line {note.params['line']}", []).append(ROW_FLAGS[note.code])
    return flags


def _read_point_rows(path: str, label: str, dialect: CsvDialect, columns: Sequence[str], xy: Tuple[str, str],
                     numeric: Mapping[str, bool], keep_unknown: bool) -> _Rows:
    """Every data row: coordinates parsed (bad ones raise), attributes typed, rows without coordinates listed."""
    xi, yi = columns.index(xy[0]), columns.index(xy[1])
    out = _Rows()
    for line, row in iter_records(path, dialect):
        xv, yv = row[xi].strip(), row[yi].strip()
        if not xv or not yv:
            out.missing.append(line)
            continue
        coords = []
        for col, value in zip(xy, (xv, yv)):
            try:
                coords.append(parse_number(value, dialect.decimal))
            except ValueError:
                raise fail("bad_coordinate", file=label, line=line, field=col, value=value) from None
        record: Dict[str, object] = {}
        for name, value in zip(columns, row):
            record[name] = _cell(label, line, name, value.strip(), numeric, dialect.decimal, keep_unknown, out)
        out.lines.append(line)
        out.attrs.append(record)
        out.xs.append(coords[0])
        out.ys.append(coords[1])
    for name, cells in out.unknown.items():
        out.notes.append(text("value_unknown", file=label, field=name, count=len(cells),
                              lines=line_list([line for line, _ in cells]), value=cells[0][1]))
    return out


def _cell(label: str, line: int, name: str, value: str, numeric: Mapping[str, bool], decimal: str,
          keep_unknown: bool, out: _Rows) -> object:
    """One attribute: None when empty, a number in a contract number column, else the text.

    With ``keep_unknown`` a blank or non-number cell of an optional number column is None and listed in
    ``out.unknown``; required columns keep the text for validation to name.
    """
    unknown = keep_unknown and name in numeric and not numeric[name]
    if not value:
        if unknown:
            out.unknown.setdefault(name, []).append((line, value))
        return None
    if name not in numeric:
        return value
    try:
        number = parse_number(value, decimal)
    except ValueError:
        if unknown:
            out.unknown.setdefault(name, []).append((line, value))
            return None
        return value  # validation names the feature and field
    if abs(number) > MAX_NUMBER:  # 1e19 places would wrap int64 in any file written later
        raise fail("value_out_of_range", file=label, line=line, field=name, value=value,
                   low=f"-{MAX_NUMBER:,}", high=f"{MAX_NUMBER:,}")
    return int(number) if number.is_integer() else number


# --------------------------------------------------------------------------- plausibility

MAX_OUTSIDE_M = 50_000.0  # a row further than this outside the other rows' extent is flagged
PLACEHOLDER_POSITIONS = ((0.0, 0.0), (1.0, 1.0))  # what forms and geocoders write for "no position"


def _metres(crs: str, xs: Sequence[float], ys: Sequence[float],
            lat0: Optional[float] = None) -> Optional[Tuple[Any, Any, bool]]:
    """(x m, y m, geographic) arrays for distance checks (degrees scaled at latitude ``lat0``); None for an
    unknown CRS."""
    import numpy as np

    try:
        from pyproj import CRS

        geographic = CRS.from_user_input(crs).is_geographic
    except Exception:  # noqa: BLE001 - an unknown CRS is reported by validation
        return None
    x, y = np.asarray(xs, dtype=float), np.asarray(ys, dtype=float)
    if not geographic:
        return x, y, False
    lat0 = float(np.median(y)) if lat0 is None else lat0
    return x * 111_320.0 * np.cos(np.radians(lat0)), y * 110_540.0, True


def extent_in(extent: Optional[Tuple[float, float, float, float]], extent_crs: Optional[str],
              crs: str) -> Optional[Tuple[float, float, float, float]]:
    """``extent`` (xmin, ymin, xmax, ymax in ``extent_crs``) as a box in ``crs``, for plausibility_notes.

    Why: the districts' extent comes in the districts' CRS, the rows in the file's. The edges are
    densified so a reprojected box still covers the districts. None when there is no extent or it cannot
    be transformed (then the rows are compared with each other).
    """
    if extent is None:
        return None
    xmin, ymin, xmax, ymax = (float(v) for v in extent)
    if not all(math.isfinite(v) for v in (xmin, ymin, xmax, ymax)) or xmin > xmax or ymin > ymax:
        return None
    if not extent_crs:
        return xmin, ymin, xmax, ymax
    try:
        from pyproj import CRS, Transformer

        if CRS.from_user_input(extent_crs) == CRS.from_user_input(crs):
            return xmin, ymin, xmax, ymax
        bounds = Transformer.from_crs(extent_crs, crs, always_xy=True).transform_bounds(xmin, ymin, xmax, ymax,
                                                                                       densify_pts=21)
    except Exception:  # noqa: BLE001 - an unknown CRS: compare the rows with each other
        return None
    box = tuple(float(v) for v in bounds)
    if not all(math.isfinite(v) for v in box):
        return None
    return box[0], box[1], box[2], box[3]


def _outside(px: Any, py: Any, box: Tuple[float, float, float, float]) -> Any:
    """Distance (m) of points to a box (0 inside)."""
    import numpy as np

    dx = np.maximum(np.maximum(box[0] - px, px - box[2]), 0.0)
    dy = np.maximum(np.maximum(box[1] - py, py - box[3]), 0.0)
    return np.hypot(dx, dy)


def _reference_box(crs: str, mx: Any, my: Any, usable: Any, extent: Optional[Tuple[float, float, float, float]],
                   lat0: float) -> Optional[Tuple[float, float, float, float]]:
    """The box (m) rows are compared with: ``extent`` if given, else that of the usable rows near their median."""
    import numpy as np

    if extent is not None:
        ex = _metres(crs, [extent[0], extent[2]], [extent[1], extent[3]], lat0)
        return None if ex is None else (float(ex[0][0]), float(ex[1][0]), float(ex[0][1]), float(ex[1][1]))
    if usable.sum() < 2:
        return None
    near = usable & (np.hypot(mx - np.median(mx[usable]), my - np.median(my[usable])) <= MAX_OUTSIDE_M)
    if near.sum() < 2:
        return None
    return float(mx[near].min()), float(my[near].min()), float(mx[near].max()), float(my[near].max())


def plausibility_notes(label: str, crs: str, lines: Sequence[int], xs: Sequence[float], ys: Sequence[float],
                       x_field: str, y_field: str,
                       extent: Optional[Tuple[float, float, float, float]] = None,
                       districts: bool = False) -> List[str]:
    """Notes for rows at a placeholder position (0/0, 1/1), with swapped axes, or more than ``MAX_OUTSIDE_M``
    outside the extent of the other rows (or ``extent``, e.g. the districts', in ``crs``; ``districts``: the
    notes say "outside the districts").

    Why: one such row is imported hundreds of kilometres away and nobody sees it; the row is kept (it may be
    right) but named, so the planner can check it. The extent of "the other rows" is that of the rows within
    ``MAX_OUTSIDE_M`` of the median position, so that a few stray rows do not widen it.
    """
    import numpy as np

    if not len(xs):
        return []
    x, y = np.asarray(xs, dtype=float), np.asarray(ys, dtype=float)
    placeholder = np.zeros(len(xs), dtype=bool)
    for px, py in PLACEHOLDER_POSITIONS:
        placeholder |= (x == px) & (y == py)
    lat0 = float(np.median(y[~placeholder])) if (~placeholder).any() else 0.0
    metres = _metres(crs, xs, ys, lat0)
    if metres is None:
        return []
    mx, my, geographic = metres
    if not geographic:
        placeholder &= (x == 0) & (y == 0)  # (1, 1) m is a position in a projected CRS, if an odd one
    notes: List[str] = []
    box = _reference_box(crs, mx, my, ~placeholder, extent, lat0)
    far = _outside(mx, my, box) if box else np.zeros(len(xs))
    swapped_fits = np.zeros(len(xs), dtype=bool)
    if box:
        sx, sy = _metres(crs, ys, xs, lat0)[:2]  # type: ignore[index]
        swapped_fits = _outside(sx, sy, box) <= MAX_OUTSIDE_M
    for i, line in enumerate(lines):
        if placeholder[i]:
            notes.append(text("placeholder_position", file=label, line=line, x=xs[i], y=ys[i]))
        elif far[i] > MAX_OUTSIDE_M and swapped_fits[i]:
            notes.append(text("row_swapped", file=label, line=line, x_field=x_field, y_field=y_field))
        elif far[i] > MAX_OUTSIDE_M:
            notes.append(text("row_far_districts" if districts and extent is not None else "row_far", file=label,
                              line=line, distance=round(float(far[i]) / 1000.0)))
    return notes


def _check_ranges(label: str, crs: str, lines: Sequence[int], xs: Sequence[float], ys: Sequence[float],
                  x_field: str, y_field: str) -> None:
    try:
        from pyproj import CRS

        crs_obj = CRS.from_user_input(crs)
    except Exception:  # noqa: BLE001 - an unknown CRS is reported by validation
        return
    if crs_obj.is_geographic:
        ranges = ((x_field, xs, -180.0, 180.0), (y_field, ys, -90.0, 90.0))
    else:
        area = crs_obj.area_of_use
        if area is None:
            return
        from pyproj import Transformer

        tr = Transformer.from_crs("EPSG:4326", crs_obj, always_xy=True)
        xmin, ymin = tr.transform(area.west, area.south)
        xmax, ymax = tr.transform(area.east, area.north)
        # generous margin: the area of use is where the CRS is accurate, not where it is defined
        pad_x, pad_y = abs(xmax - xmin) + 1e6, abs(ymax - ymin) + 1e6
        ranges = ((x_field, xs, min(xmin, xmax) - pad_x, max(xmin, xmax) + pad_x),
                  (y_field, ys, min(ymin, ymax) - pad_y, max(ymin, ymax) + pad_y))
    for col, values, low, high in ranges:
        for line, v in zip(lines, values):
            if not (low <= v <= high):
                raise fail("coordinate_out_of_range", file=label, line=line, field=col, value=f"{v:g}",
                           low=f"{low:.0f}", high=f"{high:.0f}", crs=crs)
