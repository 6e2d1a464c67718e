"""Children by age group per district: the city's statistics export and the plain long table.

Two layouts, told apart by their columns (names matched case- and umlaut-insensitively):
- the city's age-group statistics, ``;``-separated cp1252:
  ``GebietsID;Gebietsname;von;BisKleinerAls;Männlich;Weiblich`` (count = male + female,
  ``BisKleinerAls`` is the exclusive upper age, empty for the open last group);
- the plain table of issue 18: ``district_id;age_from;age_to;count``.
Encoding, separator and decimal mark are sniffed (``csv_table.sniff_csv``). The
rows feed ``core.metrics.fsca.demand_from_ages``. The same column logic reads a
QGIS table layer's features (``age_table_from_features``), and ``read_age_source``
also takes a Zensus grid age table (``io.age_grid``: cells summed per district,
and kept as demand points).
"""
from __future__ import annotations

import math
import os
import re
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, Iterable, List, Optional, Sequence, Tuple

from ..core.errors import InputError
from ..core.i18n import Message, catalogue, msg
from ..core.parsing import normalise_name, parse_count, parse_number
from .csv_table import iter_records, sniff_csv

# English templates keyed by code (code ``age_tables.<key>``; German in i18n/de.ts, see plugin/core/i18n.py)
MESSAGES = {
    "columns_missing": ("File '{file}' is not an age-group table: it needs the columns {needed} "
                        "(or district_id, age_from, age_to, count); it has: {columns}."),
    "bad_value": "File '{file}', line {line}, column '{column}': '{value}' is not {expected}.",
    "expected_count": "a whole number of children",
    "expected_age": "an age in years",
    "expected_non_negative": "zero or more",
    "bad_range": ("File '{file}', line {line}: the age group {age_from}-{age_to} is empty or reversed "
                  "('{to_column}' is the first age NOT in the group)."),
    "suppressed": ("File '{file}': {count} suppressed value(s) ('{marks}') counted as 0, in line(s) {lines}; "
                   "demand there is a lower bound."),
    "no_rows": "File '{file}' has no data rows.",
    "skipped_rows": ("File '{file}': {count} line(s) that are no district's age group (a total such as 'Summe' or "
                     "'Insgesamt', or a line without ages and counts) were left out: line(s) {lines}."),
    "overlap": ("File '{file}', lines {first} and {second}: district {district} has the age groups {group1} and "
                "{group2}, which overlap (a subtotal or a total?), so its children would count twice; keep one row "
                "per age group."),
    "ids_aligned": ("File '{file}': {count} district id(s) matched the districts' ids only without leading zeros "
                    "and were taken as those, e.g. {examples}."),
    # the same for a table layer: features and fields in place of lines and columns
    "columns_missing_layer": ("Layer '{file}' is not an age-group table: it needs the fields {needed} "
                              "(or district_id, age_from, age_to, count); it has: {columns}."),
    "bad_value_layer": "Layer '{file}', feature {line}, field '{column}': '{value}' is not {expected}.",
    "bad_range_layer": ("Layer '{file}', feature {line}: the age group {age_from}-{age_to} is empty or reversed "
                        "('{to_column}' is the first age NOT in the group)."),
    "suppressed_layer": ("Layer '{file}': {count} suppressed value(s) ('{marks}') counted as 0, in feature(s) "
                         "{lines}; demand there is a lower bound."),
    "no_rows_layer": "Layer '{file}' has no features.",
    "skipped_rows_layer": ("Layer '{file}': {count} feature(s) that are no district's age group (a total such as "
                           "'Summe' or 'Insgesamt', or a feature without ages and counts) were left out: "
                           "feature(s) {lines}."),
    "overlap_layer": ("Layer '{file}', features {first} and {second}: district {district} has the age groups "
                      "{group1} and {group2}, which overlap (a subtotal or a total?), so its children would count "
                      "twice; keep one feature per age group."),
    "ids_aligned_layer": ("Layer '{file}': {count} district id(s) matched the districts' ids only without leading "
                          "zeros and were taken as those, e.g. {examples}."),
    "grid_no_age_columns": ("File '{file}' is a Zensus grid table without age columns: it needs columns like "
                            "Unter10, a10bis19, a80undaelter (or Unter18, a18bis29, a65undaelter); it has: {columns}."),
    "grid_overlap": ("File '{file}': the age columns '{first}' and '{second}' overlap; a grid table holds one "
                     "age classification (10-year groups or the 5 classes), so split it into one file each."),
    "grid_needs_districts": ("File '{file}' is a Zensus grid age table: its cells are summed per district, so "
                             "choose a districts layer first."),
    "grid_outside": "File '{file}': {count} grid cell(s) lie outside every district (by their centre) and were left out.",
    "grid_bad_age_text": ("File '{file}', line {line}, column '{column}': '{value}' is not an age group like "
                          "'Unter 10', '10 - 19' or '80 und älter'."),
    "grid_summary": ("File '{file}': {cells} grid cell(s) of {resolution} m summed to {districts} district(s); "
                     "{points} cell(s) with children under 6 are the demand points."),
}
CATALOGUE = catalogue("age_tables", MESSAGES)
SUPPRESSED = {"–", "-", "—", ".", "x", "X", "/", "*", "•"}
CITY_COLUMNS = ("gebietsid", "gebietsname", "von", "biskleinerals", "maennlich", "weiblich")
PLAIN_COLUMNS = ("district_id", "age_from", "age_to", "count")
ALIASES = {
    "gebietsid": ("gebietsid", "gebiets_id", "gebiet_id", "district_id"),
    "gebietsname": ("gebietsname", "gebiet", "name"),
    "von": ("von", "alter_von", "age_from"),
    "biskleinerals": ("biskleinerals", "bis_kleiner_als", "bis_unter", "age_to"),
    "maennlich": ("maennlich", "male", "m"),
    "weiblich": ("weiblich", "female", "w"),
    "count": ("count", "anzahl", "insgesamt", "gesamt"),
}


def _text(key: str, **params: object) -> Message:
    return msg(CATALOGUE, key, **params)


def _text_for(layer: bool, key: str, **params: object) -> Message:
    """The message ``key``, in its layer wording (feature, field) when the table is a layer."""
    return _text(f"{key}_layer" if layer and f"{key}_layer" in MESSAGES else key, **params)


@dataclass
class AgeTable:
    """Children per district and age group; ``rows`` are (district_id, age_from, age_to, count)."""

    rows: List[Tuple[str, float, float, int]]
    names: Dict[str, str] = field(default_factory=dict)
    layout: str = "city"  # "city" (male + female), "plain" or "zensus_grid"
    notes: List[Message] = field(default_factory=list)
    # (district_id, x, y, weight) of a Zensus grid's cells in the districts' CRS, weight = the cell's children
    # under 6 (``child_share``); where each district's demand lives. Empty for the other layouts.
    points: List[Tuple[str, float, float, float]] = field(default_factory=list)

    def children(self, max_age: float = 6.0) -> Dict[str, float]:
        """Children younger than ``max_age`` per district (groups cut by years, counted evenly)."""
        out: Dict[str, float] = {}
        for did, a0, a1, count in self.rows:
            share = child_share(a0, a1, max_age)
            if share > 0:
                out[did] = out.get(did, 0.0) + count * share
        return out


def child_share(age_from: float, age_to: float, max_age: float = 6.0) -> float:
    """The share of an age group [age_from, age_to) younger than ``max_age``, counting its years evenly.

    Why one function: the districts' children (``AgeTable.children``) and the grid cells' demand weights
    must agree. An open last group ("80 and older") holds no young children.
    """
    if math.isinf(age_to) or age_to <= age_from:
        return 0.0
    return max(0.0, min(age_to, max_age) - age_from) / (age_to - age_from)


def _age(value: float) -> object:
    return int(value) if float(value).is_integer() else value


_TOTALS = {"summe", "insgesamt", "gesamt", "total", "gesamtstadt", "zusammen", "alle", "stadt_insgesamt",
           "stadt_gesamt", "summe_stadt", "gesamtsumme", "endsumme"}
_LABEL_UNDER = re.compile(r"^unter_(\d+(?:_\d+)?)(?:_jahre?n?)?$")
_LABEL_RANGE = re.compile(r"^(\d+(?:_\d+)?)_bis_unter_(\d+(?:_\d+)?)(?:_jahre?n?)?$")
_LABEL_INCLUSIVE = re.compile(r"^(\d+)_(?:bis_)?(\d+)(?:_jahre?n?)?$")
_LABEL_OPEN = re.compile(r"^(\d+)(?:_jahre?n?)?_(?:und|u)_(?:aelter|mehr|darueber|aelt)$")


def _is_total(text: str) -> bool:
    """True for a total row's id or name ("Summe", "Insgesamt", "Stadt insgesamt")."""
    key = normalise_name(text)
    return key in _TOTALS or key.startswith("summe_") or key.startswith("insgesamt_")


def age_label(text: str) -> Optional[Tuple[float, float]]:
    """(age_from, age_to exclusive) of an age-group label, None for a plain number or anything else.

    Why: statistics offices write the groups as words ("unter 1", "1 bis unter 3", "75 und älter") as often
    as numbers; "10 - 19" / "3 bis 5" count both years (as the Zensus does).
    """
    key = normalise_name(text)
    m = _LABEL_UNDER.match(key)
    if m:
        return 0.0, float(m.group(1).replace("_", "."))
    m = _LABEL_RANGE.match(key)
    if m:
        return float(m.group(1).replace("_", ".")), float(m.group(2).replace("_", "."))
    m = _LABEL_OPEN.match(key)
    if m:
        return float(m.group(1)), math.inf
    m = _LABEL_INCLUSIVE.match(key)
    if m and not text.strip().replace(" ", "").replace(",", "").replace(".", "").isdigit():
        return float(m.group(1)), float(m.group(2)) + 1.0
    return None


def _find(columns: Sequence[str], key: str) -> Optional[str]:
    norm = {normalise_name(c): c for c in columns}
    for alias in ALIASES.get(key, (key,)):
        if alias in norm:
            return norm[alias]
    return None


def read_age_table(path: str) -> AgeTable:
    """Read an age-group table (either layout); InputError naming file, line and column for bad values."""
    dialect = sniff_csv(path)
    return age_table_from_records(os.path.basename(path), dialect.columns, iter_records(path, dialect),
                                  dialect.decimal)


def age_table_from_features(label: str, columns: Sequence[str], features: Iterable[Tuple[int, Sequence[Any]]],
                            district_ids: Optional[Iterable[Any]] = None) -> AgeTable:
    """An age table from a table layer's features: (feature id, attribute values in ``columns`` order); with
    ``district_ids``, its ids written as those where they differ only by leading zeros (align_district_ids), as
    read_age_source does for a file.

    Why: a city often has the age statistics as a layer (a CSV or a GeoPackage table in the project); the
    same columns and checks as for a file apply, numbers may come as numbers, NULL as an empty value, and
    messages name the layer, the feature id and the field.
    """
    def as_text(value: Any) -> str:
        if value is None or (hasattr(value, "isNull") and value.isNull()):
            return ""
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return str(value)

    records = ((int(fid), [as_text(v) for v in values]) for fid, values in features)
    table = age_table_from_records(label, list(columns), records, ".", layer=True)
    return table if district_ids is None else align_district_ids(table, district_ids, label, layer=True)


def read_age_source(path: str, districts: Optional[Sequence[Tuple[str, Any]]] = None,
                    target_crs: Optional[str] = None, progress: Optional[Callable[[float], None]] = None,
                    is_cancelled: Optional[Callable[[], bool]] = None) -> AgeTable:
    """An age file of any supported layout: the city's table, the plain table or a Zensus grid age table.

    A grid table (a column like GITTER_ID_100m) is summed per district: ``districts`` is
    [(district_id, polygon in target_crs)]; without them a grid table is an InputError that says so. A
    national grid file takes seconds: ``progress`` and ``is_cancelled`` let a task show and stop the read.
    """
    from .age_grid import is_age_grid, read_age_grid

    if is_age_grid(path):
        if not districts or not target_crs:
            raise InputError(_text("grid_needs_districts", file=os.path.basename(path)))
        return read_age_grid(path, districts, target_crs, progress=progress, is_cancelled=is_cancelled)
    table = read_age_table(path)
    if districts:
        table = align_district_ids(table, [d[0] for d in districts], os.path.basename(path))
    return table


def _id_key(value: str) -> str:
    """A district id without what differs between a text and a number field: spaces, leading zeros, '.0'."""
    text = str(value).strip()
    if re.fullmatch(r"\d+(\.0+)?", text):
        return str(int(text.split(".")[0]))
    return text


def align_district_ids(table: AgeTable, district_ids: Iterable[Any], label: str, layer: bool = False) -> AgeTable:
    """``table`` with its district ids written as the districts' where they differ only by leading zeros.

    Why: the city's statistics write "01" where a districts layer often has 1 (an integer field), or the
    other way round; matched exactly, those districts silently had no children. An id that fits two
    districts ("1" for "01" and "001") is left as it is; a note names the ids that were matched.
    """
    ids = [str(i) for i in district_ids]
    exact = set(ids)
    by_key: Dict[str, List[str]] = {}
    for i in ids:
        by_key.setdefault(_id_key(i), []).append(i)
    mapping: Dict[str, str] = {}
    for did in dict.fromkeys(r[0] for r in table.rows):
        if did in exact:
            continue
        found = by_key.get(_id_key(did), [])
        if len(found) == 1:
            mapping[did] = found[0]
    if not mapping:
        return table
    shown = ", ".join(f"{k} → {v}" for k, v in list(mapping.items())[:5]) + (
        f" (+{len(mapping) - 5})" if len(mapping) > 5 else "")
    return AgeTable(rows=[(mapping.get(d, d), a0, a1, c) for d, a0, a1, c in table.rows],
                    names={mapping.get(k, k): v for k, v in table.names.items()}, layout=table.layout,
                    notes=[*table.notes, _text_for(layer, "ids_aligned", file=label, count=len(mapping),
                                                   examples=shown)],
                    points=[(mapping.get(d, d), x, y, w) for d, x, y, w in table.points])


def age_table_from_records(label: str, cols: Sequence[str], records: Iterable[Tuple[int, Sequence[str]]],
                           decimal: str, layer: bool = False) -> AgeTable:
    """The one reader of the two table layouts: ``records`` are (line, text fields in ``cols`` order); with
    ``layer`` they are a layer's (feature id, attributes), and messages say so."""

    did, name = _find(cols, "gebietsid"), _find(cols, "gebietsname")
    a_from, a_to = _find(cols, "von"), _find(cols, "biskleinerals")
    male, female, total = _find(cols, "maennlich"), _find(cols, "weiblich"), _find(cols, "count")
    if not (did and a_from and a_to and ((male and female) or total)):
        raise InputError(_text_for(layer, "columns_missing", file=label, needed=";".join(
            ("GebietsID", "Gebietsname", "von", "BisKleinerAls", "Männlich", "Weiblich")), columns=", ".join(cols)))
    layout = "city" if (male and female) else "plain"
    count_cols = [c for c in ((male, female) if layout == "city" else (total,)) if c]
    index = {c: i for i, c in enumerate(cols)}
    rows: List[Tuple[str, float, float, int]] = []
    names: Dict[str, str] = {}
    suppressed: List[int] = []
    marks = set()

    def number(value: str, line: int, column: str, whole: bool) -> float:
        try:
            v = float(parse_count(value, decimal)) if whole else parse_number(value, decimal)
        except ValueError:
            expected = _text_for(layer, "expected_count" if whole else "expected_age")
            raise InputError(_text_for(layer, "bad_value", file=label, line=line, column=column, value=value[:40],
                                   expected=expected)) from None
        if v < 0:
            raise InputError(_text_for(layer, "bad_value", file=label, line=line, column=column, value=value[:40],
                                   expected=_text_for(layer, "expected_non_negative")))
        return v

    def age(value: str, line: int, column: str) -> Tuple[float, Optional[float]]:
        """(age, the group's end when ``value`` is a label like '1 bis unter 3', else None)."""
        group = age_label(value)
        if group is not None:
            return group
        return number(value, line, column, whole=False), None

    skipped: List[int] = []
    row_lines: List[int] = []
    for line, rec in records:
        district = rec[index[did]].strip()
        label_text = rec[index[name]].strip() if name else ""
        if not district or _is_total(district) or _is_total(label_text) or not any(
                rec[index[c]].strip() for c in (a_from, a_to, *count_cols)):
            skipped.append(line)  # a total row ("Summe") or a footer ("Stand: ..."): no district's age group
            continue
        if name:
            names.setdefault(district, label_text)
        lo, label_end = age(rec[index[a_from]], line, a_from)
        hi_text = rec[index[a_to]].strip()
        if hi_text == "":
            hi = math.inf if label_end is None else label_end
        else:
            hi_group = age_label(hi_text)
            hi = hi_group[1] if hi_group is not None and hi_group[0] == 0.0 else \
                number(hi_text, line, a_to, whole=False)
        if hi <= lo:
            raise InputError(_text_for(layer, "bad_range", file=label, line=line, age_from=_age(lo), age_to=_age(hi),
                                   to_column=a_to))
        count = 0
        for col in count_cols:
            value = rec[index[col]].strip()
            if value in SUPPRESSED or value == "":
                suppressed.append(line)
                marks.add(value or "empty")
                continue
            count += int(number(value, line, col, whole=True))
        rows.append((district, lo, hi, count))
        row_lines.append(line)
    if not rows:
        raise InputError(_text_for(layer, "no_rows", file=label))
    _check_overlaps(rows, row_lines, label, layer)
    notes = []
    if skipped:
        notes.append(_text_for(layer, "skipped_rows", file=label, count=len(skipped), lines=_lines_text(skipped)))
    if suppressed:
        notes.append(suppressed_note(label, suppressed, marks, layer))
    return AgeTable(rows=rows, names=names, layout=layout, notes=notes)


def _group_text(lo: float, hi: float) -> str:
    return f"{_age(lo)}+" if math.isinf(hi) else f"{_age(lo)}-{_age(hi)}"


def _check_overlaps(rows: Sequence[Tuple[str, float, float, int]], lines: Sequence[int], label: str,
                    layer: bool) -> None:
    """InputError naming the two lines when a district's age groups overlap without being the same group.

    Why: statistics exports put subtotals ("unter 6") or a district's total over all ages beside the detail
    rows; summed, the children counted twice. The same group twice (rows per sex) adds up as it always did.
    """
    order = sorted(range(len(rows)), key=lambda k: (rows[k][0], rows[k][1], rows[k][2], lines[k]))
    widest: Optional[int] = None  # the row of the current district reaching highest so far
    for k in order:
        did, lo, hi, _ = rows[k]
        if widest is not None and rows[widest][0] == did:
            _, wlo, whi, _ = rows[widest]
            if lo < whi and (lo, hi) != (wlo, whi):
                first, second = sorted((lines[widest], lines[k]))
                raise InputError(_text_for(layer, "overlap", file=label, first=first, second=second, district=did,
                                           group1=_group_text(wlo, whi), group2=_group_text(lo, hi)))
            if hi > whi:
                widest = k
        else:
            widest = k


def _lines_text(lines: Sequence[int], limit: int = 20) -> str:
    shown = sorted(set(lines))
    return ", ".join(str(n) for n in shown[:limit]) + (f", … (+{len(shown) - limit})" if len(shown) > limit else "")


def suppressed_note(label: str, lines: Sequence[int], marks: Iterable[str], layer: bool = False) -> Message:
    """The note that suppressed values were counted as 0 (demand is a lower bound), naming the lines (features)."""
    return _text_for(layer, "suppressed", file=label, count=len(lines), marks="', '".join(sorted(set(marks))),
                     lines=_lines_text(lines))
