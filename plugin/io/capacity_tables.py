"""Capacity-planning tables (issue 17) from CSV or GeoPackage into plugin.core.capacity records.

Three tables: sites (existing shelters and candidates with their costs and lead times), districts
(population) and scenarios (``scenario, month, arrivals`` and optionally ``group_label``). CSV files
in any of the encodings and dialects cities deliver (UTF-8 with or without BOM, cp1252; ``;`` or
``,``; decimal commas) go through plugin.io.csv_table's sniffing; GeoPackage (or any OGR source)
tables through plugin.io.files.read_vector. Every problem is collected and raised at once as an
InputError whose issues name the table (file), the row (the line an editor shows, or the feature
id) and the field.
"""
from __future__ import annotations

import datetime as _dt
import os
import re
from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Sequence, Tuple

from ..core.capacity.params import (
    CapacityParams,
    CapacityProblem,
    DistrictPop,
    HotspotArea,
    MoveOut,
    Scenario,
    Site,
    validate,
)
from ..core.capacity.texts import Msg
from ..core.errors import InputError
from ..core.i18n import Message
from ..core.parsing import NULL_MARKERS, is_null, normalise_name, parse_count, parse_date, parse_number
from ..core.validation import as_text
from .csv_table import iter_records, sniff_csv

SITE_FIELDS = ("site_id", "district_id", "capacity", "state", "occupied", "group_label", "cost_active", "cost_reserve",
               "activation_lead", "activation_cost", "opening_lead", "opening_cost", "closing_cost", "earliest_close",
               "must_close_by", "min_active_months", "module", "x", "y", "name")
SITE_REQUIRED = ("site_id", "district_id", "capacity")
INT_FIELDS = ("capacity", "occupied", "activation_lead", "opening_lead", "earliest_close", "must_close_by",
              "min_active_months", "module")
FLOAT_FIELDS = ("cost_active", "cost_reserve", "activation_cost", "opening_cost", "closing_cost", "x", "y")
STATE_NAMES = {"active": "active", "aktiv": "active", "reserve": "reserve", "standby": "reserve", "vorhalte": "reserve",
               "passive": "reserve", "passiv": "reserve", "candidate": "candidate", "kandidat": "candidate",
               "planned": "candidate", "geplant": "candidate", "closed": "candidate", "geschlossen": "candidate",
               "": "candidate",
               # as operators write them (compared after normalise_name: "In Betrieb" -> "in_betrieb")
               "in_betrieb": "active", "betrieb": "active", "belegt": "active", "open": "active",
               "vorhalt": "reserve", "vorhaltung": "reserve", "vorhalteplaetze": "reserve", "bereitschaft": "reserve",
               "in_bereitschaft": "reserve", "stand_by": "reserve", "inaktiv": "reserve", "inactive": "reserve",
               "in_planung": "candidate", "option": "candidate", "stillgelegt": "candidate",
               "nicht_eroeffnet": "candidate", "not_opened": "candidate"}


@dataclass
class Table:
    """Rows of one table as read: its label for messages, its columns and (row number, values) pairs."""

    label: str
    columns: List[str]
    rows: List[Tuple[Any, Dict[str, Any]]]
    decimal: str = "."


_DOT_DECIMAL = re.compile(r"^[+-]?\d*\.\d+$")
_DOT_THOUSANDS = re.compile(r"^[+-]?\d{1,3}(\.\d{3})+$")
_THOUSANDS = re.compile(r"^\s*\d{1,3}([.,]\d{3})+\s*$")


def settle_decimal(delimiter: str, decimal: str, rows: Sequence[Tuple[Any, Dict[str, Any]]]) -> str:
    """The decimal mark of a CSV table: a file not separated by commas whose numbers show no decimal point
    ("1.200", "10.000" only) has decimal commas; why: the sniffer found no evidence either way and took '.',
    so a German table's "10.000" inhabitants became 10 and "1.200" arrivals 1.2."""
    if delimiter == "," or decimal != ".":
        return decimal
    for _, rec in rows:
        for v in rec.values():
            if isinstance(v, str) and _DOT_DECIMAL.match(v.strip()) and not _DOT_THOUSANDS.match(v.strip()):
                return "."
    return ","


def read_table(path: str, layer: Optional[str] = None) -> Table:
    """A CSV file (any encoding and dialect) or a table of a GeoPackage/OGR source; column names normalised."""
    if path.lower().endswith((".csv", ".txt", ".tsv")):
        dialect = sniff_csv(path)
        columns = [normalise_name(c) for c in dialect.columns]
        rows = [(line, dict(zip(columns, values))) for line, values in iter_records(path, dialect)]
        return Table(os.path.basename(path), columns, rows, settle_decimal(dialect.delimiter, dialect.decimal, rows))
    from .files import read_vector

    raw = read_vector(path, "table", layer=layer)
    columns = [normalise_name(c) for c in (raw.source_fields or [])]
    rows = [(f.fid, {normalise_name(k): v for k, v in f.attributes.items()}) for f in raw.features]
    label = os.path.basename(path) + (f" ({layer})" if layer else "")
    return Table(label, columns, rows)


COST_FIELDS = ("cost_active", "cost_reserve", "activation_cost", "opening_cost", "closing_cost")
CURRENCY = ("€", "EUR", "Euro")


def _blank(v: Any) -> bool:
    """Empty, or a mark spreadsheets use for unknown ("k. A.", "–", "-"): the field takes its default."""
    return is_null(v, NULL_MARKERS)


def _ident(v: Any) -> str:
    """An id as text (validation.as_text: a whole number stored as a real, "7.0" from a spreadsheet's or
    GeoPackage's number column, is "7", so that it matches the "7" of a text column in the other table);
    callers have checked it is not blank."""
    return as_text(v) or ""


def _no_currency(v: Any) -> Any:
    """A cost text without its currency ("12,50 €", "EUR 1.200"); why: operators' cost sheets carry it."""
    if not isinstance(v, str):
        return v
    text = v.strip()
    for unit in CURRENCY:
        if text.lower().endswith(unit.lower()):
            return text[: -len(unit)].strip()
        if text.lower().startswith(unit.lower()):
            return text[len(unit):].strip()
    return text


MONTH_FIELDS = ("earliest_close", "must_close_by")
_YEAR_MONTH = re.compile(r"(\d{4})[-/.](\d{1,2})")
_MONTH_YEAR = re.compile(r"(\d{1,2})[-/.](\d{4})")


def next_month(today: Optional[_dt.date] = None) -> _dt.date:
    """The first day of the month after ``today``: month 1 of a plan when no start month is given."""
    t = today or _dt.date.today()
    return _dt.date(t.year + (t.month == 12), 1 if t.month == 12 else t.month + 1, 1)


def _month_start(v: Any) -> Optional[_dt.date]:
    """The first day of the month a text or date names ("2026-03", "03.2026", "15.03.2026"); None for a number."""
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return None
    end = _end_date(v)
    return None if end is None else _dt.date(end.year, end.month, 1)


def _end_date(v: Any) -> Optional[_dt.date]:
    """The last day a lease or permit runs: a date, or a month without a day ("2026-12", "12/2026": its last day)."""
    if isinstance(v, str):
        text = v.strip()
        m = _YEAR_MONTH.fullmatch(text)
        ym = (int(m.group(1)), int(m.group(2))) if m else None
        m = _MONTH_YEAR.fullmatch(text)
        ym = (int(m.group(2)), int(m.group(1))) if m else ym
        if ym is not None:
            if not 1 <= ym[1] <= 12:
                return None
            return next_month(_dt.date(ym[0], ym[1], 1)) - _dt.timedelta(days=1)
    try:
        return parse_date(v)
    except (ValueError, TypeError):
        return None


def close_month(name: str, end: _dt.date, start: _dt.date, horizon: int) -> Optional[int]:
    """The month number (1..horizon + 1) a lease or permit ending on ``end`` means for ``name``.

    earliest_close: the site may close from the first month that begins after the lease ends (a lease to
    15 June holds June); a lease already over gives 1. must_close_by: closed from the month of the day after
    the permit ends (a permit to 15 June leaves June no full month); past the horizon: None (no limit in it).
    Why: operators send lease ends as dates, not as month numbers of the plan.
    """
    after = end + _dt.timedelta(days=1)
    first = after if name == "must_close_by" or after.day == 1 else next_month(after)
    month = (first.year - start.year) * 12 + (first.month - start.month) + 1
    if name == "must_close_by":
        return None if month > horizon + 1 else max(1, month)
    return min(max(1, month), horizon + 1)


def _num(table: Table, row: Any, name: str, v: Any, issues: List[Message], whole: bool) -> Optional[float]:
    try:
        x = parse_number(_no_currency(v) if name in COST_FIELDS else v, table.decimal)
    except (ValueError, TypeError):
        issues.append(Msg("in_not_number", {"table": table.label, "row": row, "field": name, "value": v}))
        return None
    if whole and isinstance(v, str) and _THOUSANDS.match(v):  # '10.000' people, places or months: thousands
        x = float(parse_count(v, None))
    if whole and not float(x).is_integer():
        try:  # '12.500' in a column of counts is twelve thousand five hundred
            x = float(parse_count(v, table.decimal))
        except (ValueError, TypeError):
            pass
    if x < 0:
        issues.append(Msg("in_negative", {"table": table.label, "row": row, "field": name, "value": v}))
        return None
    if whole and not float(x).is_integer():
        issues.append(Msg("in_not_whole", {"table": table.label, "row": row, "field": name, "value": v}))
        return None
    return x


def _require(table: Table, names: Sequence[str], issues: List[Message]) -> bool:
    ok = True
    if not table.rows:
        issues.append(Msg("in_no_rows", {"table": table.label}))
        ok = False
    for name in names:
        if name not in table.columns:
            issues.append(Msg("in_missing_column", {"table": table.label, "field": name,
                                                    "columns": ", ".join(table.columns) or Msg("none")}))
            ok = False
    return ok


def sites_from_table(table: Table, issues: List[Message], start: Optional[_dt.date] = None,
                     horizon: Optional[int] = None) -> List[Site]:
    """Site records from the sites table; problems are appended to ``issues``.

    earliest_close and must_close_by are month numbers or dates (lease and permit ends), which count from
    ``start`` (month 1; default: next month) within ``horizon`` months (see close_month).
    """
    out: List[Site] = []
    if not _require(table, SITE_REQUIRED, issues):
        return out
    for row, rec in table.rows:
        kw: Dict[str, Any] = {"row": row}
        bad = False
        for name in SITE_REQUIRED:
            if _blank(rec.get(name)):
                issues.append(Msg("in_missing", {"table": table.label, "row": row, "field": name}))
                bad = True
        if bad:
            continue
        kw["site_id"] = _ident(rec["site_id"])
        kw["district_id"] = _ident(rec["district_id"])
        state = "" if _blank(rec.get("state")) else normalise_name(rec.get("state"))
        if state not in STATE_NAMES:
            issues.append(Msg("in_bad_state", {"table": table.label, "row": row, "field": "state",
                                               "value": str(rec.get("state")).strip(),
                                               "known": "active, reserve, candidate"}))
            continue
        kw["state0"] = STATE_NAMES[state]
        for name in INT_FIELDS + FLOAT_FIELDS:
            v = rec.get(name)
            if _blank(v):
                continue
            end = _end_date(v) if name in MONTH_FIELDS and horizon else None
            if end is not None:
                kw[name] = close_month(name, end, start or next_month(), int(horizon or 0))
                continue
            x = _num(table, row, name, v, issues, whole=name in INT_FIELDS)
            if x is None:
                bad = True
                continue
            kw[name] = int(x) if name in INT_FIELDS else float(x)
        if bad:
            continue
        if not _blank(rec.get("group_label")):
            kw["group_label"] = str(rec["group_label"]).strip()
        if not _blank(rec.get("name")):
            kw["name"] = str(rec["name"]).strip()
        out.append(Site(**kw))
    return out


def districts_from_table(table: Table, issues: List[Message]) -> List[DistrictPop]:
    """District records (district_id, population, optional name)."""
    out: List[DistrictPop] = []
    if not _require(table, ("district_id", "population"), issues):
        return out
    for row, rec in table.rows:
        if _blank(rec.get("district_id")) or _blank(rec.get("population")):
            field = "district_id" if _blank(rec.get("district_id")) else "population"
            issues.append(Msg("in_missing", {"table": table.label, "row": row, "field": field}))
            continue
        pop = _num(table, row, "population", rec["population"], issues, whole=True)
        if pop is None:
            continue
        out.append(DistrictPop(_ident(rec["district_id"]), int(pop), str(rec.get("name") or "").strip(), row))
    return out


def scenarios_from_table(table: Table, horizon: int, issues: List[Message],
                         start: Optional[_dt.date] = None, notes: Optional[List[Message]] = None) -> List[Scenario]:
    """Scenarios from rows ``scenario, month, arrivals[, group_label]``; every month 1..horizon needs a row.
    Rows for months after the horizon are not used (one note in ``notes``): a 24-month forecast serves a
    12-month plan too; a month before the first is an error.

    A month is a number (1 = the first planned month) or a calendar month ("2026-03", "03.2026", a date),
    counted from ``start`` (default: next month); why: forecasts come by calendar month.
    """
    if not _require(table, ("scenario", "month", "arrivals"), issues):
        return []
    series: Dict[str, Dict[str, Dict[int, float]]] = {}
    first: Dict[Tuple[str, str, int], Any] = {}
    later: List[int] = []
    for row, rec in table.rows:
        bad = False
        for name in ("scenario", "month", "arrivals"):
            if _blank(rec.get(name)):
                issues.append(Msg("in_missing", {"table": table.label, "row": row, "field": name}))
                bad = True
        if bad:
            continue
        name = str(rec["scenario"]).strip()
        group = str(rec.get("group_label") or "").strip()
        calendar = _month_start(rec["month"])
        if calendar is not None:
            begin = start or next_month()
            month: Optional[float] = float((calendar.year - begin.year) * 12 + calendar.month - begin.month + 1)
        else:
            month = _num(table, row, "month", rec["month"], issues, whole=True)
        arrivals = _num(table, row, "arrivals", rec["arrivals"], issues, whole=False)
        if month is None or arrivals is None:
            continue
        m = int(month)
        if m > horizon:
            later.append(m)
            continue
        if m < 1:
            shown = m if calendar is None else f"{str(rec['month']).strip()} ({m})"  # as written, and its number
            issues.append(Msg("in_month_range", {"table": table.label, "row": row, "field": "month", "value": shown,
                                                 "horizon": horizon}))
            continue
        key = (name, group, m)
        if key in first:
            issues.append(Msg("in_duplicate", {"table": table.label, "row": row, "field": "month",
                                               "value": f"{name}/{group or '-'}/{m}", "first": first[key]}))
            continue
        first[key] = row
        series.setdefault(name, {}).setdefault(group, {})[m] = float(arrivals)
    if later and notes is not None:
        notes.append(Msg("in_months_after", {"table": table.label, "count": len(later), "horizon": horizon,
                                             "last": max(later)}))
    out = []
    for name, groups in series.items():
        arr = {}
        for group, months in groups.items():
            missing = [m for m in range(1, horizon + 1) if m not in months]
            if missing:
                issues.append(Msg("in_scenario_month_table", {"table": table.label, "name": name, "group": group or "-",
                                                              "month": missing[0], "horizon": horizon}))
                continue
            arr[group] = tuple(months[m] for m in range(1, horizon + 1))
        out.append(Scenario(name, arr))
    return out


def label_tables(issues: Sequence[Message], labels: Dict[str, str]) -> List[Message]:
    """``issues`` of plugin.core.capacity.validate with the file or layer in place of the table's role
    ("sites" -> "standorte.csv"); why: validate knows rows, not files, and a planner must find the file."""
    out: List[Message] = []
    for m in issues:
        params = getattr(m, "params", None)
        if isinstance(params, dict) and isinstance(params.get("table"), str) and params["table"] in labels:
            m = Message(m.code, dict(params, table=labels[params["table"]]))
        out.append(m)
    return out


def load_problem(sites: str, districts: str, scenarios: str, params: Optional[CapacityParams] = None,
                 moveout: Optional[MoveOut] = None, hotspots: Sequence[HotspotArea] = (),
                 layers: Optional[Dict[str, str]] = None, start: Optional[_dt.date] = None) -> CapacityProblem:
    """Read the three tables and check the whole problem; raises InputError listing every problem.

    ``layers``: layer names inside GeoPackages, keyed "sites", "districts", "scenarios". ``start``: the first
    planned month (default: next month), for lease and permit ends given as dates.
    """
    layers = layers or {}
    params = params or CapacityParams()
    moveout = moveout or MoveOut()
    issues: List[Message] = []
    tables = {"sites": read_table(sites, layers.get("sites")), "districts": read_table(districts, layers.get("districts")),
              "scenarios": read_table(scenarios, layers.get("scenarios"))}
    s = sites_from_table(tables["sites"], issues, start, int(params.horizon))
    d = districts_from_table(tables["districts"], issues)
    sc = scenarios_from_table(tables["scenarios"], int(params.horizon), issues, start)
    problem = CapacityProblem(s, d, sc, params, moveout, list(hotspots))
    if not issues:
        issues = label_tables(validate(problem), {k: t.label for k, t in tables.items()})
    if issues:
        texts = [str(m) for m in issues]
        raise InputError(Msg("in_invalid", {"n": len(texts)}), texts, "\n".join(texts))
    return problem
