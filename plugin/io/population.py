"""District population from the city's long-format statistics CSV.

Cities publish population per district as one row per reference date, district,
age group and sex (``stichtag;ortsbezirk_id;altersgruppe;geschlecht;anzahl``).
``read_population_long`` sums the rows of one reference date (the latest by
default) per district; ``join_population`` writes the sums into a copy of the
district layer and reports what did not match.
"""
from __future__ import annotations

import datetime as _dt
import os
from dataclasses import dataclass, field
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple

from ..core.parsing import normalise_name, parse_count, parse_date
from ..core.validation import RawFeature, RawLayer
from .csv_table import CsvDialect, ImportedLayer, header_of, iter_records, sniff_csv
from .messages import fail, text

DATE_NAMES = ("stichtag", "datum", "date", "reference_date", "jahr", "year")
DISTRICT_NAMES = ("ortsbezirk_id", "ortsbezirk", "ortsbezirk_nr", "bezirk_id", "bezirk", "stadtteil_id",
                  "stadtteil", "district_id", "district", "nummer", "ob_nr")
COUNT_NAMES = ("anzahl", "einwohner", "population", "count", "wert", "value", "bevoelkerung")
SUPPRESSED = {"–", "-", "—", ".", "x", "X", "/", "*"}


@dataclass
class PopulationTable:
    """Population per district id for one reference date, with what was noticed on the way."""

    counts: Dict[str, int]
    stichtag: str
    available: List[str]
    notes: List[str] = field(default_factory=list)


def _pick(columns: Sequence[str], wanted: Optional[str], names: Sequence[str], label: str) -> str:
    if wanted:
        if wanted not in columns:
            raise fail("column_missing", file=label, column=wanted, columns=", ".join(columns))
        return wanted
    by_norm = {normalise_name(c): c for c in columns}
    for n in names:
        if n in by_norm:
            return by_norm[n]
    raise fail("column_missing", file=label, column=names[0], columns=", ".join(columns))


def read_population_table(path: str, stichtag: Optional[str] = None, dialect: Optional[CsvDialect] = None,
                          date_field: Optional[str] = None, district_field: Optional[str] = None,
                          count_field: Optional[str] = None) -> PopulationTable:
    """Sum population per district for ``stichtag`` (latest when None); see ``read_population_long``."""
    dialect = dialect or sniff_csv(path)
    label = os.path.basename(path)
    columns = header_of(path, dialect)
    dcol = _pick(columns, date_field, DATE_NAMES, label)
    bcol = _pick(columns, district_field, DISTRICT_NAMES, label)
    ccol = _pick(columns, count_field, COUNT_NAMES, label)
    di, bi, ci = columns.index(dcol), columns.index(bcol), columns.index(ccol)
    wanted = None
    if stichtag is not None:
        try:
            wanted = parse_date(str(stichtag), year_only=True)
        except ValueError:
            raise fail("bad_date", file=label, line="–", field=dcol, value=stichtag) from None
    per_date: Dict[_dt.date, Dict[str, int]] = {}
    suppressed: Dict[_dt.date, List[int]] = {}
    rows = 0
    for line, row in iter_records(path, dialect):
        rows += 1
        raw_date = row[di].strip()
        try:
            date = parse_date(raw_date, year_only=True)
        except ValueError:
            raise fail("bad_date", file=label, line=line, field=dcol, value=raw_date) from None
        district = row[bi].strip()
        value = row[ci].strip()
        if not value or value in SUPPRESSED:
            suppressed.setdefault(date, []).append(line)
            number = 0
        else:
            try:
                number = parse_count(value, dialect.decimal)
            except ValueError:
                raise fail("bad_number", file=label, line=line, field=ccol, value=value) from None
            if number < 0:
                raise fail("negative_value", file=label, line=line, field=ccol, value=value)
        bucket = per_date.setdefault(date, {})
        bucket[district] = bucket.get(district, 0) + number
    if not rows:
        raise fail("no_data_rows", file=label)
    available = sorted(per_date)
    chosen = wanted if wanted is not None else available[-1]
    if chosen not in per_date:
        raise fail("stichtag_missing", file=label, stichtag=chosen.isoformat(),
                   available=", ".join(d.isoformat() for d in available))
    notes: List[str] = []
    if suppressed.get(chosen):
        notes.append(text("population_suppressed", file=label, count=len(suppressed[chosen]), line=suppressed[chosen][0]))
    return PopulationTable(per_date[chosen], chosen.isoformat(), [d.isoformat() for d in available], notes)


def read_population_long(path: str, stichtag: Optional[str] = None, **options: Any) -> Dict[str, int]:
    """Population per district id (text, leading zeros kept) for ``stichtag`` or the latest one.

    Suppressed counts ('–', '.', empty) are taken as 0; ``read_population_table``
    returns the same with the chosen date and those notes.
    """
    return read_population_table(path, stichtag, **options).counts


def _key(value: object) -> str:
    """Match '01', '1' and 1.0 as the same district id."""
    s = str(value).strip()
    if isinstance(value, float) and value.is_integer():
        s = str(int(value))
    return (s.lstrip("0") or "0") if s.isdigit() else s.lower()


@dataclass
class JoinReport:
    districts_without_population: List[str]
    population_without_district: Dict[str, int]
    notes: List[str]


def join_population(districts: RawLayer, population: Mapping[str, int], id_field: Optional[str] = None,
                    population_field: str = "population") -> Tuple[ImportedLayer, JoinReport]:
    """Copy of ``districts`` with ``population_field`` set from ``population``; returns (layer, JoinReport).

    Ids match exactly, or as numbers ('01' = '1'). Districts without rows keep
    an empty population (validation then excludes them from ratios); rows
    whose id matches no district are listed. The input layer is unchanged.
    """
    id_field = id_field or districts.source_field("district_id")
    by_key: Dict[str, str] = {}
    for pop_id in population:
        by_key.setdefault(_key(pop_id), pop_id)
    used = set()
    missing: List[str] = []
    features: List[RawFeature] = []
    for feat in districts.features:
        did = feat.attributes.get(id_field)
        attrs = dict(feat.attributes)
        pid: Optional[str] = None
        if did is not None:
            pid = str(did).strip() if str(did).strip() in population else by_key.get(_key(did))
        if pid is None:
            attrs[population_field] = None
            missing.append(str(did))
        else:
            attrs[population_field] = int(population[pid])
            used.add(pid)
        features.append(RawFeature(feat.fid, attrs, feat.geometry))
    orphans = {pid: int(n) for pid, n in population.items() if pid not in used}
    notes: List[str] = [text("district_without_population", district=d) for d in missing]
    notes += [text("population_without_district", district=p, count=n) for p, n in orphans.items()]
    fmap = dict(districts.field_map)
    fmap["population"] = population_field
    fields = list(districts.source_fields) if districts.source_fields is not None else None
    if fields is not None and population_field not in fields:
        fields.append(population_field)
    layer = ImportedLayer(name=districts.name, kind=districts.kind, features=features, crs=districts.crs,
                          field_map=fmap, source_fields=fields, notes=notes)
    return layer, JoinReport(missing, orphans, notes)
