"""Children by age group per district: the city's statistics export and the plain long table.

Two layouts, told apart by their columns (names matched case- and umlaut-insensitively):
- the city's age-group statistics, ``;``-separated cp1252:
  ``GebietsID;Gebietsname;von;BisKleinerAls;Männlich;Weiblich`` (count = male + female,
  ``BisKleinerAls`` is the exclusive upper age, empty for the open last group);
- the plain table of issue 18: ``district_id;age_from;age_to;count``.
Encoding, separator and decimal mark are sniffed (``csv_table.sniff_csv``). The
rows feed ``core.metrics.fsca.demand_from_ages``.
"""
from __future__ import annotations

import math
import os
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

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


@dataclass
class AgeTable:
    """Children per district and age group; ``rows`` are (district_id, age_from, age_to, count)."""

    rows: List[Tuple[str, float, float, int]]
    names: Dict[str, str] = field(default_factory=dict)
    layout: str = "city"  # "city" (male + female) or "plain"
    notes: List[Message] = field(default_factory=list)

    def children(self, max_age: float = 6.0) -> Dict[str, float]:
        """Children younger than ``max_age`` per district (groups cut by years, counted evenly)."""
        out: Dict[str, float] = {}
        for did, a0, a1, count in self.rows:
            if math.isinf(a1):  # an open last group ("95 and older") holds no young children
                continue
            share = max(0.0, min(a1, max_age) - a0) / (a1 - a0)
            if share > 0:
                out[did] = out.get(did, 0.0) + count * share
        return out


def _age(value: float) -> object:
    return int(value) if float(value).is_integer() else value


def _find(columns: Sequence[str], key: str) -> Optional[str]:
    norm = {normalise_name(c): c for c in columns}
    for alias in ALIASES.get(key, (key,)):
        if alias in norm:
            return norm[alias]
    return None


def read_age_table(path: str) -> AgeTable:
    """Read an age-group table (either layout); InputError naming file, line and column for bad values."""
    label = os.path.basename(path)
    dialect = sniff_csv(path)
    cols = dialect.columns
    did, name = _find(cols, "gebietsid"), _find(cols, "gebietsname")
    a_from, a_to = _find(cols, "von"), _find(cols, "biskleinerals")
    male, female, total = _find(cols, "maennlich"), _find(cols, "weiblich"), _find(cols, "count")
    if not (did and a_from and a_to and ((male and female) or total)):
        raise InputError(_text("columns_missing", file=label, needed=";".join(
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
            v = float(parse_count(value, dialect.decimal)) if whole else parse_number(value, dialect.decimal)
        except ValueError:
            expected = _text("expected_count" if whole else "expected_age")
            raise InputError(_text("bad_value", file=label, line=line, column=column, value=value[:40],
                                   expected=expected)) from None
        if v < 0:
            raise InputError(_text("bad_value", file=label, line=line, column=column, value=value[:40],
                                   expected=_text("expected_non_negative")))
        return v

    for line, rec in iter_records(path, dialect):
        district = rec[index[did]].strip()
        if name:
            names.setdefault(district, rec[index[name]].strip())
        lo = number(rec[index[a_from]], line, a_from, whole=False)
        hi_text = rec[index[a_to]].strip()
        hi = math.inf if hi_text == "" else number(hi_text, line, a_to, whole=False)
        if hi <= lo:
            raise InputError(_text("bad_range", file=label, line=line, age_from=_age(lo), age_to=_age(hi),
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
    if not rows:
        raise InputError(_text("no_rows", file=label))
    notes = []
    if suppressed:
        lines = sorted(set(suppressed))
        shown = ", ".join(str(n) for n in lines[:20]) + (f", … (+{len(lines) - 20})" if len(lines) > 20 else "")
        notes.append(_text("suppressed", file=label, count=len(suppressed), marks="', '".join(sorted(marks)),
                           lines=shown))
    return AgeTable(rows=rows, names=names, layout=layout, notes=notes)
