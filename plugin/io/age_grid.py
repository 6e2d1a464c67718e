"""Zensus grid age tables (issue 18): cells summed per district, and kept as demand points.

The Zensus 2022 publishes the population by age per grid cell as a wide ``;``-separated CSV,
``GITTER_ID_100m;x_mp_100m;y_mp_100m;Unter10;a10bis19;...;a80undaelter`` (10-year groups) or
``...;Unter18;a18bis29;a30bis49;a50bis64;a65undaelter`` (5 classes), also for 1 km and 10 km cells.
Age columns are recognised by their form, case-insensitively: ``Unter<N>`` (0 to N), ``a<N>bis<M>``
(N to M inclusive) and ``a<N>undaelter`` (N and older); other columns (Einwohner, Insgesamt,
werterlaeuternde_Zeichen, ...) are ignored.

The grid itself is read by ``io.zensus.iter_zensus`` (grid ids, reprojection, suppressed values,
duplicates, streaming): this module only adds the age columns. A cell belongs to the district
containing its centre (``zensus.aggregate_cells``, the rule of ``zensus_population_by_district``).
Suppressed values count as 0 and the notes say demand is a lower bound there.
"""
from __future__ import annotations

import math
import os
import re
from typing import Any, Callable, Dict, List, Optional, Sequence, Tuple

import numpy as np

from ..core.errors import InputError
from ..core.parsing import normalise_name
from .age_tables import AgeTable, _text, child_share, suppressed_note
from .csv_table import header_of, sniff_csv
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
    InputError naming file, line and column for bad input.
    """
    label = os.path.basename(path)
    dialect = sniff_csv(path)
    columns = header_of(path, dialect)
    groups = age_columns(label, columns)
    first = groups[0][0]
    # iter_zensus reads the first age column as its value (checked whole, >= 0) and the others as numbers
    schema = zensus_schema(path, first, dialect)
    names = [c for c in columns if c not in (schema.id_field, first)]
    kinds = {c for c, _, _ in groups}
    schema.others = [f._replace(kind="float") if n in kinds else f for f, n in zip(schema.others, names)]
    other_pos = {n: k for k, n in enumerate(names)}
    ids = [str(d) for d, _ in districts]
    polygons = [p for _, p in districts]
    extent = (min(p.bounds[0] for p in polygons), min(p.bounds[1] for p in polygons),
              max(p.bounds[2] for p in polygons), max(p.bounds[3] for p in polygons))
    shares = np.array([child_share(lo, hi, max_age) for _, lo, hi in groups])
    sums = np.zeros((len(ids), len(groups)), dtype=np.int64)
    points: List[Tuple[str, float, float, float]] = []
    suppressed_lines: List[int] = []
    marks = set()
    outside = inside_cells = 0
    resolution = schema.resolution
    stats = ZensusStats()
    for chunk in iter_zensus(path, target_crs, schema, chunk_rows, extent, progress, is_cancelled, stats):
        n = len(chunk)
        counts = np.zeros((n, len(groups)), dtype=np.int64)
        for i in range(n):
            line = int(chunk.lines[i])
            for g, (column, _, _) in enumerate(groups):
                value = chunk.einwohner[i] if g == 0 else chunk.others[i][other_pos[column]]
                if value is None:
                    suppressed_lines.append(line)
                    marks.add("–")  # any of zensus.SUPPRESSED; the grid reader keeps no raw text
                    continue
                if g:
                    value = _whole(value, label, line, column)
                counts[i, g] = value
        _, _, where = aggregate_cells(chunk.cx, chunk.cy, np.zeros(n), polygons)
        inside = where >= 0
        outside += int((~inside).sum())
        inside_cells += int(inside.sum())
        np.add.at(sums, where[inside], counts[inside])
        weights = counts @ shares
        for i in np.flatnonzero(inside & (weights > 0)):
            points.append((ids[where[i]], float(chunk.cx[i]), float(chunk.cy[i]), float(weights[i])))
        if resolution is None and n:
            resolution = int(chunk.resolution[0])
    outside += stats.outside_extent
    rows = [(ids[d], lo, hi, int(sums[d, g])) for d in range(len(ids)) for g, (_, lo, hi) in enumerate(groups)]
    notes: List[Any] = list(stats.notes)
    if suppressed_lines:
        notes.append(suppressed_note(label, suppressed_lines, marks))
    if outside:
        notes.append(_text("grid_outside", file=label, count=outside))
    notes.append(_text("grid_summary", file=label, cells=inside_cells, resolution=resolution or "?",
                       districts=int((sums.sum(axis=1) > 0).sum()), points=len(points)))
    return AgeTable(rows=rows, names={}, layout="zensus_grid", notes=notes, points=points)


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
