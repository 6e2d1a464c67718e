"""Zensus grid age tables (issue 18): cells summed per district, and kept as demand points.

The Zensus 2022 publishes the population by age per grid cell as a wide ``;``-separated CSV,
``GITTER_ID_100m;x_mp_100m;y_mp_100m;Unter10;a10bis19;...;a80undaelter`` (10-year groups) or
``...;Unter18;a18bis29;a30bis49;a50bis64;a65undaelter`` (5 classes), also for 1 km and 10 km cells.
Age columns are recognised by their form, case-insensitively: ``Unter<N>`` (0 to N), ``a<N>bis<M>``
(N to M inclusive) and ``a<N>undaelter`` (N and older); other columns (Einwohner, Insgesamt,
werterlaeuternde_Zeichen, ...) are ignored. The Zensus 2011 long table (``Gitter_ID_100m;Merkmal;
Auspraegung_Code;Auspraegung_Text;Anzahl``, Merkmal ALTER_10JG or ALTER_KURZ) is read too.

The grid itself is read by ``io.zensus.iter_zensus`` (grid ids, reprojection, suppressed values,
duplicates, streaming): this module only adds the age columns. A cell belongs to the district
containing its centre (``zensus.aggregate_cells``, the rule of ``zensus_population_by_district``).
Suppressed values count as 0 and the notes say demand is a lower bound there.
"""
from __future__ import annotations

import math
import os
import re
from typing import Any, Callable, Dict, List, Optional, Sequence, Set, Tuple

import numpy as np

from ..core.errors import InputError
from ..core.parsing import normalise_name, parse_number
from .age_tables import AgeTable, _text, child_share, suppressed_note
from .csv_table import header_of, iter_records, sniff_csv
from .files import checking_progress
from .messages import fail
from .zensus import MAX_VALUE, ZensusStats, aggregate_cells, iter_zensus, zensus_schema

_UNDER = re.compile(r"^unter_?(\d+)$")
_RANGE = re.compile(r"^a?_?(\d+)_?bis_?(\d+)$")
_OPEN = re.compile(r"^a?_?(\d+)_?und_?aelter$")


def age_group_of(column: str) -> Optional[Tuple[float, float]]:
    """(age_from, age_to exclusive) of a Zensus age column name, None for other columns.

    ``Unter10`` -> (0, 10), ``a10bis19`` -> (10, 20) (the Zensus upper age is inclusive),
    ``a80undaelter`` -> (80, inf).
    """
    name = normalise_name(column)
    m = _UNDER.match(name)
    if m:
        return 0.0, float(m.group(1))
    m = _RANGE.match(name)
    if m:
        return float(m.group(1)), float(m.group(2)) + 1.0
    m = _OPEN.match(name)
    if m:
        return float(m.group(1)), math.inf
    return None


def is_age_grid(path: str) -> bool:
    """True when the CSV at ``path`` has a grid id column (GITTER_ID_100m, ..._1km, ..._10km)."""
    columns = sniff_csv(path).columns
    return any(normalise_name(c).startswith("gitter_id") for c in columns)


def age_columns(label: str, columns: Sequence[str]) -> List[Tuple[str, float, float]]:
    """The age columns as (name, age_from, age_to), in file order; InputError if none or if two overlap."""
    found = [(c, *g) for c in columns for g in [age_group_of(c)] if g is not None and g[1] > g[0]]
    if not found:
        raise InputError(_text("grid_no_age_columns", file=label, columns=", ".join(columns)))
    ordered = sorted(found, key=lambda c: (c[1], c[2]))
    for (c0, _, hi0), (c1, lo1, _) in zip(ordered, ordered[1:]):
        if lo1 < hi0:
            raise InputError(_text("grid_overlap", file=label, first=c0, second=c1))
    return found


def read_age_grid(path: str, districts: Sequence[Tuple[str, Any]], target_crs: str, max_age: float = 6.0,
                  chunk_rows: int = 100_000, progress: Optional[Callable[[float], None]] = None,
                  is_cancelled: Optional[Callable[[], bool]] = None) -> AgeTable:
    """A Zensus grid age table summed per district, with its cells as demand points.

    ``districts`` is [(district_id, polygon in ``target_crs``)]. Rows are (district_id, age_from, age_to,
    count) per district and age column; ``points`` are (district_id, x, y, weight) of the cells inside a
    district with children under ``max_age`` (weight = those children, ``child_share``), in ``target_crs``.
    Reads the wide Zensus 2022 table and the Zensus 2011 long table (``Gitter_ID_100m;Merkmal;
    Auspraegung_Code;Auspraegung_Text;Anzahl``, Merkmal ALTER_10JG or ALTER_KURZ).
    InputError naming file, line and column for bad input.
    """
    label = os.path.basename(path)
    dialect = sniff_csv(path)
    columns = header_of(path, dialect)
    names = {normalise_name(c) for c in columns}
    if {"merkmal", "anzahl"} <= names:
        return _read_long(path, label, dialect, columns, districts, target_crs, max_age,
                          checking_progress(progress, is_cancelled))
    groups = age_columns(label, columns)
    first = groups[0][0]
    # iter_zensus reads the first age column as its value (checked whole, >= 0) and the others as numbers
    schema = zensus_schema(path, first, dialect)
    others = [c for c in columns if c not in (schema.id_field, first)]
    kinds = {c for c, _, _ in groups}
    schema.others = [f._replace(kind="float") if n in kinds else f for f, n in zip(schema.others, others)]
    other_pos = {n: k for k, n in enumerate(others)}
    acc = _Cells(districts, [(lo, hi) for _, lo, hi in groups], max_age)
    stats = ZensusStats()
    resolution = schema.resolution
    for chunk in iter_zensus(path, target_crs, schema, chunk_rows, acc.extent, progress, is_cancelled, stats):
        n = len(chunk)
        counts = np.zeros((n, len(groups)), dtype=np.int64)
        for i in range(n):
            line = int(chunk.lines[i])
            for g, (column, _, _) in enumerate(groups):
                value = chunk.einwohner[i] if g == 0 else chunk.others[i][other_pos[column]]
                if value is None:
                    acc.suppressed(line, "–")  # any of zensus.SUPPRESSED; the grid reader keeps no raw text
                    continue
                if g:
                    value = _whole(value, label, line, column)
                counts[i, g] = value
        acc.add(chunk.cx, chunk.cy, counts)
        if resolution is None and n:
            resolution = int(chunk.resolution[0])
    acc.outside += stats.outside_extent
    return acc.table(label, list(stats.notes), resolution)


class _Cells:
    """Grid cells summed per district (by their centre) and kept as demand points: the one place both layouts
    of the Zensus age tables end in."""

    def __init__(self, districts: Sequence[Tuple[str, Any]], groups: Sequence[Tuple[float, float]], max_age: float):
        self.ids = [str(d) for d, _ in districts]
        self.polygons = [p for _, p in districts]
        ps = self.polygons
        self.extent = (min(p.bounds[0] for p in ps), min(p.bounds[1] for p in ps),
                       max(p.bounds[2] for p in ps), max(p.bounds[3] for p in ps))
        self.groups = list(groups)
        self.shares = np.array([child_share(lo, hi, max_age) for lo, hi in groups])
        self.sums = np.zeros((len(self.ids), len(groups)), dtype=np.int64)
        self.points: List[Tuple[str, float, float, float]] = []
        self.suppressed_lines: List[int] = []
        self.marks: Set[str] = set()
        self.outside = self.inside = 0

    def suppressed(self, line: int, mark: str) -> None:
        self.suppressed_lines.append(line)
        self.marks.add(mark)

    def add(self, cx: Any, cy: Any, counts: Any) -> None:
        """Add cells with centres (cx, cy) in the districts' CRS and counts (cells x groups)."""
        _, _, where = aggregate_cells(cx, cy, np.zeros(len(counts)), self.polygons)
        inside = where >= 0
        self.outside += int((~inside).sum())
        self.inside += int(inside.sum())
        np.add.at(self.sums, where[inside], counts[inside])
        weights = counts @ self.shares
        for i in np.flatnonzero(inside & (weights > 0)):
            self.points.append((self.ids[where[i]], float(cx[i]), float(cy[i]), float(weights[i])))

    def table(self, label: str, notes: List[Any], resolution: Optional[int]) -> AgeTable:
        rows = [(self.ids[d], lo, hi, int(self.sums[d, g])) for d in range(len(self.ids))
                for g, (lo, hi) in enumerate(self.groups)]
        if self.suppressed_lines:
            notes.append(suppressed_note(label, self.suppressed_lines, self.marks))
        if self.outside:
            notes.append(_text("grid_outside", file=label, count=self.outside))
        notes.append(_text("grid_summary", file=label, cells=self.inside, resolution=resolution or "?",
                           districts=int((self.sums.sum(axis=1) > 0).sum()), points=len(self.points)))
        return AgeTable(rows=rows, names={}, layout="zensus_grid", notes=notes, points=self.points)


_LONG_RANGE = re.compile(r"^(\d+)_(?:bis_)?(\d+)$")
LONG_FEATURES = ("ALTER_10JG", "ALTER_KURZ")  # the Zensus 2011 age features, the finer one first


def long_group_of(text: str) -> Optional[Tuple[float, float]]:
    """(age_from, age_to exclusive) of a Zensus 2011 Auspraegung_Text ("Unter 10", "10 - 19", "80 und älter")."""
    group = age_group_of(text)
    if group is not None:
        return group
    m = _LONG_RANGE.match(normalise_name(text))
    return (float(m.group(1)), float(m.group(2)) + 1.0) if m else None


def _read_long(path: str, label: str, dialect: Any, columns: Sequence[str], districts: Sequence[Tuple[str, Any]],
               target_crs: str, max_age: float, progress: Optional[Callable[[float], None]]) -> AgeTable:
    """The Zensus 2011 long table: one row per cell, feature (Merkmal) and value (Auspraegung); the age
    features' rows are gathered per cell (only cells near the districts are kept), then added like the wide
    table's cells."""
    from .zensus import SUPPRESSED, _cell_id, _grid_box, _Transform, cell_near

    norm = {normalise_name(c): i for i, c in enumerate(columns)}
    id_i = next(i for i, c in enumerate(columns) if normalise_name(c).startswith("gitter_id"))
    text_i = norm.get("auspraegung_text")
    if text_i is None:
        raise fail("column_missing", file=label, column="Auspraegung_Text", columns=", ".join(columns))
    feature_i, count_i = norm["merkmal"], norm["anzahl"]
    acc = _Cells(districts, [], max_age)
    near = _grid_box(acc.extent, target_crs)  # the wide reader's shortcut: cells far away are not parsed
    cells: Dict[str, Dict[Tuple[int, int, int], Dict[Tuple[float, float], int]]] = {f: {} for f in LONG_FEATURES}
    far: Set[Tuple[int, int, int]] = set()
    resolution: Optional[int] = None
    for line, rec in iter_records(path, dialect, progress=progress):
        name = rec[feature_i].strip().upper()
        if name not in cells:
            continue
        cell = _cell_id(rec[id_i].strip(), label, line, columns[id_i])
        res, north, east = cell
        resolution = resolution or res
        if not cell_near(near, res, north, east):
            far.add(cell)
            continue
        group = long_group_of(rec[text_i])
        if group is None:
            raise InputError(_text("grid_bad_age_text", file=label, line=line, column=columns[text_i],
                                   value=rec[text_i].strip()[:40]))
        raw = rec[count_i].strip()
        tally = cells[name].setdefault(cell, {})
        tally.setdefault(group, 0)
        if raw in SUPPRESSED:
            acc.suppressed(line, raw or "empty")
            continue
        try:
            value = parse_number(raw, dialect.decimal)
        except ValueError:
            raise fail("bad_number", file=label, line=line, field=columns[count_i], value=raw) from None
        tally[group] += _whole(value, label, line, columns[count_i])
    feature = next((f for f in LONG_FEATURES if cells[f]), None)
    if feature is None:
        raise InputError(_text("grid_no_age_columns", file=label, columns=", ".join(columns)))
    chosen = cells[feature]
    acc.groups = sorted({g for c in chosen.values() for g in c})
    acc.shares = np.array([child_share(lo, hi, max_age) for lo, hi in acc.groups])
    acc.sums = np.zeros((len(acc.ids), len(acc.groups)), dtype=np.int64)
    keys = list(chosen)
    index = {g: k for k, g in enumerate(acc.groups)}
    counts = np.zeros((len(keys), len(acc.groups)), dtype=np.int64)
    for i, key in enumerate(keys):
        for g, v in chosen[key].items():
            counts[i, index[g]] = v
    res_a = np.array([k[0] for k in keys], dtype=float)
    cx, cy = _Transform(target_crs)(np.array([k[2] for k in keys], dtype=float) + res_a / 2,
                                     np.array([k[1] for k in keys], dtype=float) + res_a / 2)
    acc.add(np.asarray(cx), np.asarray(cy), counts)
    acc.outside += len(far)
    return acc.table(label, [], resolution)


def _whole(value: float, label: str, line: int, column: str) -> int:
    """A count read as a number by the grid reader, checked: whole, 0 or more, plausible."""
    if value < 0:
        raise fail("negative_value", file=label, line=line, field=column, value=_plain(value))
    if not float(value).is_integer():
        raise fail("not_whole", file=label, line=line, field=column, value=_plain(value))
    if value > MAX_VALUE:
        raise fail("value_out_of_range", file=label, line=line, field=column, value=_plain(value), low=0,
                   high=f"{MAX_VALUE:,}")
    return int(value)


def _plain(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def grid_children(table: AgeTable) -> Dict[str, float]:
    """Children under 6 per district as the demand points carry them (equal to ``table.children()``)."""
    out: Dict[str, float] = {}
    for did, _, _, weight in table.points:
        out[did] = out.get(did, 0.0) + weight
    return out
