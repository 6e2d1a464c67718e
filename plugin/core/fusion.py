"""Fuse shelter figures from several sources into one list, with provenance and conflicts.

Shelter numbers reach the city from several places (each operator's list, the
city's own list), each with its own column names and its own date. ``fuse``
matches records across sources by id, by name similarity (difflib) and by
distance, keeps for every field which source and date the value came from
(``capacity_source``, ``capacity_date``), and lists every disagreement in a
conflict table (capacity differs between sources, occupied > capacity, a
stated utilisation or number of free places that contradicts the counts).
Sources are read, never changed. Pure Python: no QGIS import.
"""
from __future__ import annotations

import datetime as _dt
import difflib
import math
from dataclasses import dataclass, field
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple

from .contract import DEFAULT_CRS
from .contract import guess_field_map as contract_guess_field_map
from .errors import InputError, Severity
from .i18n import Message, catalogue, msg, number
from .parsing import NULL_MARKERS, date_or_none, is_null, normalise_name, parse_number
from .validation import RawFeature, RawLayer

MATCH_DISTANCE_M = 150.0
NAME_MATCH_NEAR = 0.5  # name similarity needed to match records within the match distance
NAME_MATCH_ALONE = 0.85  # ... and to match records of which one has no position
PERCENT_TOLERANCE = 1.0  # percentage points between a stated and a computed utilisation

FUSED_FIELDS: Tuple[str, ...] = ("name", "capacity", "occupied", "operator", "group_label", "status")
NUMERIC = {"capacity", "occupied", "free", "utilisation_pct"}

# Fields a shelter list may have beyond the contract; their aliases live in contract.FIELD_ALIASES
LIST_FIELDS: Tuple[str, ...] = ("free", "utilisation_pct", "date")

MESSAGES = catalogue("fusion", {
    "field_differs": "Shelter {shelter}: {field} differs between sources ({values}).",
    "occupied_gt_capacity": "Shelter {shelter}: occupied ({occupied}, {occupied_from}) exceeds capacity ({capacity}, {capacity_from}).",
    "utilisation_mismatch": "{where}: stated utilisation {stated} % contradicts the counts: {occupied} of {capacity} places occupied is {computed} %.",
    "free_mismatch": "{where}: {occupied} occupied + {free} free = {total}, but capacity is stated as {capacity}.",
    "duplicate_id_in_source": "Source '{source}': shelter id '{id}' occurs twice (features {first} and {second}); ids must be unique within a source.",
    "duplicate_id_across_sources": "Shelter id '{id}' names different shelters: '{name_a}' in source '{source_a}' (feature {fid_a}) and '{name_b}' in source '{source_b}' (feature {fid_b}) lie {distance} m apart with dissimilar names. Map a different id field for one of the sources.",
    "no_position": "Shelter {shelter}: no source gives a position; it cannot be mapped.",
    "bad_number": "Source '{source}', feature {fid}, field '{field}': '{value}' is not a number.",
    "no_sources": "No shelter sources were given.",
    "source_empty": "Source '{source}' has no features.",
    "city_totals": "The city's totals",
    "source_record": "Source '{source}', feature {fid}",
    # field names inside the messages above
    "field_name": "name", "field_capacity": "capacity", "field_occupied": "occupied", "field_operator": "operator",
    "field_group_label": "group_label", "field_status": "status",
})


def _text(key: str, **values: Any) -> Message:
    return msg(MESSAGES, key, **values)


def _error(key: str, **values: Any) -> InputError:
    return InputError(_text(key, **values))


# --------------------------------------------------------------------------- small parsers

def guess_field_map(fields: Iterable[str]) -> Dict[str, str]:
    """Contract name -> source field of a shelter list: contract.guess_field_map for shelters plus LIST_FIELDS."""
    return contract_guess_field_map("shelters", fields, extra=LIST_FIELDS)


def _is_null(value: Any) -> bool:
    """Missing value in an operator's spreadsheet (dashes and "k. A." included)."""
    return is_null(value, NULL_MARKERS)


_STOP = {"gu", "gemeinschaftsunterkunft", "unterkunft", "notunterkunft", "sammelunterkunft", "wohnheim", "heim",
         "shelter", "the", "die", "der", "das", "in", "am", "an", "im"}


def normalise_shelter_name(name: Any) -> str:
    if _is_null(name):
        return ""
    words = [w for w in normalise_name(name).split("_") if w and w not in _STOP]
    return " ".join(words)


def name_similarity(a: Any, b: Any) -> Optional[float]:
    """0..1 similarity of two shelter names (difflib, ignoring words like 'GU'); None if one is missing."""
    na, nb = normalise_shelter_name(a), normalise_shelter_name(b)
    if not na or not nb:
        return None
    ratio = difflib.SequenceMatcher(None, na, nb).ratio()
    ta, tb = set(na.split()), set(nb.split())
    if ta <= tb or tb <= ta:
        ratio = max(ratio, 0.9)
    return ratio


# --------------------------------------------------------------------------- data classes

@dataclass
class ShelterSource:
    """One list of shelters: its features, how its fields map to the contract and its date."""

    name: str
    features: Sequence[RawFeature]
    field_map: Mapping[str, str] = field(default_factory=dict)  # contract name (or "free", "utilisation_pct", "date") -> source field
    date: Any = None  # the list's date, used when no record-level date field is mapped; None = unknown (oldest)
    crs: Optional[str] = None  # of the geometries; None = already in the target CRS

    @classmethod
    def from_layer(cls, layer: RawLayer, name: Optional[str] = None, date: Any = None,
                   field_map: Optional[Mapping[str, str]] = None) -> ShelterSource:
        fields = list(layer.source_fields) if layer.source_fields is not None else \
            list(dict.fromkeys(k for f in layer.features for k in f.attributes))
        mapping = guess_field_map(fields)
        mapping.update(layer.field_map or {})
        mapping.update(field_map or {})
        return cls(name or layer.name, layer.features, mapping, date, layer.crs)


@dataclass
class SourceRecord:
    source: str
    order: int  # position of the source in the input (0 = highest priority)
    fid: Any
    shelter_id: Optional[str]
    values: Dict[str, Any]
    date: Optional[_dt.date]
    x: Optional[float]
    y: Optional[float]

    @property
    def label(self) -> str:
        return f"{self.source}:{self.shelter_id if self.shelter_id is not None else self.fid}"


@dataclass
class Conflict:
    """One disagreement, with the value of every source involved."""

    shelter_id: str
    field: str
    code: str
    values: Dict[str, Any]  # "source:id" -> value
    message: Message  # English as text; front ends render it (plugin.core.i18n.render)
    severity: Severity = Severity.WARNING

    @property
    def message_code(self) -> str:
        return self.message.code

    @property
    def message_params(self) -> str:
        """The message's parameters as JSON text (the CONFLICTS field ``message_params``)."""
        return self.message.to_json()

    def values_text(self) -> str:
        return "; ".join(f"{k}={_show(v)}" for k, v in self.values.items())


@dataclass
class FusedShelter:
    shelter_id: str
    values: Dict[str, Any]
    provenance: Dict[str, Tuple[str, Optional[_dt.date]]]  # field -> (source, date)
    members: List[SourceRecord]
    x: Optional[float]
    y: Optional[float]
    position_source: Optional[str]
    conflicts: int = 0

    def attributes(self) -> Dict[str, Any]:
        """Flat attributes: contract fields, then ``<field>_source``/``<field>_date``, then bookkeeping."""
        out: Dict[str, Any] = {"shelter_id": self.shelter_id}
        for f in FUSED_FIELDS:
            out[f] = self.values.get(f)
        for f in FUSED_FIELDS:
            src, date = self.provenance.get(f, (None, None))
            out[f"{f}_source"] = src
            out[f"{f}_date"] = date.isoformat() if date else None
        out["position_source"] = self.position_source
        out["sources"] = "; ".join(m.label for m in self.members)
        out["n_sources"] = len({m.source for m in self.members})
        out["n_conflicts"] = self.conflicts
        return out


OUTPUT_FIELDS: Tuple[Tuple[str, str], ...] = (
    ("shelter_id", "text"), ("name", "text"), ("capacity", "int"), ("occupied", "int"), ("operator", "text"),
    ("group_label", "text"), ("status", "text"),
) + tuple((f"{f}_{p}", "text") for f in FUSED_FIELDS for p in ("source", "date")) + (
    ("position_source", "text"), ("sources", "text"), ("n_sources", "int"), ("n_conflicts", "int"),
)
CONFLICT_FIELDS: Tuple[Tuple[str, str], ...] = (
    ("shelter_id", "text"), ("field", "text"), ("code", "text"), ("severity", "text"), ("values", "text"),
    ("message", "text"), ("message_code", "text"), ("message_params", "text"),
)


@dataclass
class FusionResult:
    shelters: List[FusedShelter]
    conflicts: List[Conflict]
    crs: str
    notes: List[str] = field(default_factory=list)

    def records(self) -> List[Dict[str, Any]]:
        return [s.attributes() for s in self.shelters]

    def conflict_rows(self, language: str = "en") -> List[Dict[str, Any]]:
        """CONFLICT_FIELDS rows; ``message`` rendered in ``language`` (the run's), code and parameters beside it."""
        from .i18n import render

        return [{"shelter_id": c.shelter_id, "field": c.field, "code": c.code, "severity": Severity(c.severity).value,
                 "values": c.values_text(), "message": render(c.message, language), "message_code": c.message_code,
                 "message_params": c.message_params}
                for c in self.conflicts]

    def to_raw_layer(self, name: str = "shelters_fused") -> RawLayer:
        """The bundled shelters as a ``shelters`` RawLayer (for validation and analysis)."""
        from shapely.geometry import Point

        feats = [RawFeature(s.shelter_id, s.attributes(), Point(s.x, s.y) if s.x is not None else None)
                 for s in self.shelters]
        return RawLayer(name=name, kind="shelters", features=feats, crs=self.crs,
                        source_fields=[f for f, _ in OUTPUT_FIELDS])

    def totals(self) -> Dict[str, int]:
        cap = sum(s.values.get("capacity") or 0 for s in self.shelters)
        occ = sum(s.values.get("occupied") or 0 for s in self.shelters)
        return {"capacity": cap, "occupied": occ, "free": cap - occ}


def _show(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, tuple):
        return f"{_show(value[0])} ({value[1].isoformat() if value[1] else 'no date'})"
    return str(value)


# --------------------------------------------------------------------------- reading sources

def _records(source: ShelterSource, order: int, target_crs: str) -> List[SourceRecord]:
    if not source.features:
        raise _error("source_empty", source=source.name)
    transform = None
    if source.crs:
        from pyproj import CRS, Transformer

        if CRS.from_user_input(source.crs) != CRS.from_user_input(target_crs):
            transform = Transformer.from_crs(source.crs, target_crs, always_xy=True).transform
    fmap = source.field_map
    list_date = date_or_none(source.date)
    out: List[SourceRecord] = []
    seen: Dict[str, Any] = {}
    for feat in source.features:
        attrs = feat.attributes
        values: Dict[str, Any] = {}
        for contract in FUSED_FIELDS + ("free", "utilisation_pct"):
            src = fmap.get(contract)
            if src is None or src not in attrs or _is_null(attrs.get(src)):
                continue
            value = attrs.get(src)
            if contract in NUMERIC:
                try:
                    number = parse_number(value)
                except (TypeError, ValueError):
                    raise _error("bad_number", source=source.name, fid=feat.fid, field=src, value=value) from None
                value = int(number) if number.is_integer() and contract != "utilisation_pct" else number
            elif contract in ("name", "operator", "group_label", "status"):
                value = str(value).strip()
                if contract == "status":
                    value = value.lower()
            values[contract] = value
        sid = None
        id_field = fmap.get("shelter_id")
        if id_field and not _is_null(attrs.get(id_field)):
            raw = attrs.get(id_field)
            sid = str(int(raw)) if isinstance(raw, float) and raw.is_integer() else str(raw).strip()
            if sid in seen:
                raise _error("duplicate_id_in_source", source=source.name, id=sid, first=seen[sid], second=feat.fid)
            seen[sid] = feat.fid
        date = date_or_none(attrs.get(fmap["date"])) if fmap.get("date") in attrs else None
        date = date or list_date
        x = y = None
        geom = feat.geometry
        if geom is not None and not geom.is_empty:
            if geom.geom_type != "Point":
                geom = geom.representative_point() if geom.geom_type != "MultiPoint" else geom.geoms[0]
            x, y = geom.x, geom.y
            if transform is not None:
                x, y = transform(x, y)
        out.append(SourceRecord(source.name, order, feat.fid, sid, values, date, x, y))
    return out


# --------------------------------------------------------------------------- matching

def _distance(a: SourceRecord, b: SourceRecord) -> Optional[float]:
    if a.x is None or b.x is None or a.y is None or b.y is None:  # coordinates are set in pairs
        return None
    return math.hypot(a.x - b.x, a.y - b.y)


def _score(rec: SourceRecord, cluster: List[SourceRecord], match_distance: float) -> Optional[float]:
    """Match score of ``rec`` with a cluster, or None; raises for one id naming two places."""
    best = None
    for other in cluster:
        if other.source == rec.source:
            return None
        dist = _distance(rec, other)
        sim = name_similarity(rec.values.get("name"), other.values.get("name"))
        if rec.shelter_id is not None and rec.shelter_id == other.shelter_id:
            far = dist is not None and dist > match_distance
            unlike = sim is not None and sim < NAME_MATCH_NEAR
            if far and unlike:
                raise _error("duplicate_id_across_sources", id=rec.shelter_id, name_a=other.values.get("name", ""),
                             source_a=other.source, fid_a=other.fid, name_b=rec.values.get("name", ""),
                             source_b=rec.source, fid_b=rec.fid, distance=f"{dist:.0f}")
            score = 3.0 + (sim or 0.0)
        elif dist is not None:
            if dist > match_distance or (sim is not None and sim < NAME_MATCH_NEAR):
                continue
            score = 1.0 + (sim if sim is not None else 0.5) + (1.0 - dist / max(match_distance, 1e-9)) * 0.5
        else:
            if sim is None or sim < NAME_MATCH_ALONE:
                continue
            score = 1.0 + sim
        best = score if best is None else max(best, score)
    return best


def _match(records_by_source: List[List[SourceRecord]], match_distance: float) -> List[List[SourceRecord]]:
    clusters: List[List[SourceRecord]] = []
    for records in records_by_source:
        pairs = []
        for i, rec in enumerate(records):
            for j, cluster in enumerate(clusters):
                score = _score(rec, cluster, match_distance)
                if score is not None:
                    pairs.append((score, i, j))
        pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
        used_rec, used_cluster = set(), set()
        for _, i, j in pairs:
            if i in used_rec or j in used_cluster:
                continue
            clusters[j].append(records[i])
            used_rec.add(i)
            used_cluster.add(j)
        for i, rec in enumerate(records):
            if i not in used_rec:
                clusters.append([rec])
    return clusters


# --------------------------------------------------------------------------- fusing and checking

def _winner(members: List[SourceRecord], name: str) -> Optional[SourceRecord]:
    """The newest record with a value (undated ones count as oldest); ties go to the earlier source."""
    having = [m for m in members if m.values.get(name) is not None]
    if not having:
        return None
    return min(having, key=lambda m: (-(m.date.toordinal() if m.date else 0), m.order))


def _pct(value: float) -> Any:
    return number(value, 1)


def check_counts(where: Message, shelter_id: str, capacity: Optional[float], occupied: Optional[float],
                 free: Optional[float] = None, stated_pct: Optional[float] = None,
                 values_from: Optional[str] = None) -> List[Conflict]:
    """Conflicts within one set of figures: free + occupied vs capacity, stated % vs counts.

    With the figures of 28 Nov 2023 (1,344 occupied, 158 free, "73.4 %") the
    capacity is 1,502 and the utilisation 89.5 %, so the stated 73.4 % is flagged.
    """
    out: List[Conflict] = []
    key = values_from or str(where)
    if capacity is None and occupied is not None and free is not None:
        capacity = occupied + free
    elif capacity is not None and occupied is not None and free is not None and occupied + free != capacity:
        text = _text("free_mismatch", where=where, occupied=_show(occupied), free=_show(free),
                     total=_show(occupied + free), capacity=_show(capacity))
        out.append(Conflict(shelter_id, "free", "free_mismatch",
                            {key: {"capacity": capacity, "occupied": occupied, "free": free}}, text))
    if stated_pct is not None and capacity and occupied is not None:
        computed = 100.0 * occupied / capacity
        if abs(computed - stated_pct) > PERCENT_TOLERANCE:
            text = _text("utilisation_mismatch", where=where, stated=_pct(stated_pct), occupied=_show(occupied),
                         capacity=_show(capacity), computed=_pct(computed))
            out.append(Conflict(shelter_id, "utilisation_pct", "utilisation_mismatch",
                                {key: stated_pct, "computed": round(computed, 1)}, text))
    return out


def check_totals(occupied: float, capacity: Optional[float] = None, free: Optional[float] = None,
                 stated_pct: Optional[float] = None) -> List[Conflict]:
    """Check city-wide totals as stated in a report (e.g. 1,344 occupied, 158 free, 73.4 %)."""
    where = _text("city_totals")
    return check_counts(where, "(city)", capacity, occupied, free, stated_pct, values_from="stated")


def fuse(sources: Sequence[ShelterSource], match_distance_m: float = MATCH_DISTANCE_M,
         target_crs: str = DEFAULT_CRS) -> FusionResult:
    """Match and merge shelter records of ``sources`` (earlier sources win ties); see module docstring.

    Date rule: a record's date is its own date field, else its list's ``date``;
    a list with neither has an *unknown* date (None, never "today"), and an
    unknown date counts as older than every known one, so an undated
    operator list never wins over the dated city list; between two records of
    the same (or unknown) date the earlier source wins.

    Raises InputError for a source without features, an id used twice within
    one source, an id naming two distant, differently named shelters across
    sources, or a count that is not a number.
    """
    if not sources:
        raise _error("no_sources")
    by_source = [_records(src, order, target_crs) for order, src in enumerate(sources)]
    clusters = _match(by_source, match_distance_m)
    shelters: List[FusedShelter] = []
    conflicts: List[Conflict] = []
    notes: List[str] = []
    used_ids: Dict[str, int] = {}
    for cluster in clusters:
        cluster.sort(key=lambda m: m.order)
        base_id = next((m.shelter_id for m in cluster if m.shelter_id is not None), None) or \
            f"{cluster[0].source}:{cluster[0].fid}"
        sid = base_id
        if sid in used_ids:
            used_ids[sid] += 1
            sid = f"{base_id}~{used_ids[base_id]}"
        used_ids.setdefault(sid, 0)
        values: Dict[str, Any] = {}
        provenance: Dict[str, Tuple[str, Optional[_dt.date]]] = {}
        for name in FUSED_FIELDS:
            win = _winner(cluster, name)
            if win is not None:
                values[name] = win.values[name]
                provenance[name] = (win.source, win.date)
        positioned = [m for m in cluster if m.x is not None]
        pos = positioned[0] if positioned else None
        shelter = FusedShelter(sid, values, provenance, cluster, pos.x if pos else None, pos.y if pos else None,
                               pos.source if pos else None)
        found = _cluster_conflicts(sid, cluster, values, provenance, pos is not None)
        shelter.conflicts = len(found)
        conflicts += found
        shelters.append(shelter)
    return FusionResult(shelters, conflicts, target_crs, notes)


def _cluster_conflicts(sid: str, cluster: List[SourceRecord], values: Dict[str, Any],
                       provenance: Dict[str, Tuple[str, Optional[_dt.date]]], positioned: bool) -> List[Conflict]:
    """The conflicts of one fused shelter: sources that disagree, each source's own figures, the bundled
    figures when they come from different sources, and a shelter without a position."""
    found: List[Conflict] = []
    # disagreements between sources
    for name in ("capacity", "occupied", "operator", "status"):
        having = [m for m in cluster if m.values.get(name) is not None]
        distinct = {(normalise_name(str(m.values[name])) if isinstance(m.values[name], str) else m.values[name])
                    for m in having}
        if len(distinct) < 2:
            continue
        if name == "occupied" and len({m.date for m in having}) > 1 and all(m.date for m in having):
            continue  # occupancy changes from day to day: only same-day figures must agree
        shown = {m.label: (m.values[name], m.date) for m in having}
        text = _text("field_differs", shelter=sid, field=_text("field_" + name),
                     values="; ".join(f"{k}: {_show(v)}" for k, v in shown.items()))
        found.append(Conflict(sid, name, f"{name}_differs", {k: v[0] for k, v in shown.items()}, text))
    # each source's own figures
    for m in cluster:
        v = m.values
        where = _text("source_record", source=m.source, fid=m.fid)
        if v.get("capacity") is not None and v.get("occupied") is not None and v["occupied"] > v["capacity"]:
            fr = f"{m.source} {m.date or ''}".strip()
            text = _text("occupied_gt_capacity", shelter=sid, occupied=v["occupied"], occupied_from=fr,
                         capacity=v["capacity"], capacity_from=fr)
            found.append(Conflict(sid, "occupied", "occupied_gt_capacity",
                                  {m.label: {"capacity": v["capacity"], "occupied": v["occupied"]}}, text))
        found += check_counts(where, sid, v.get("capacity"), v.get("occupied"), v.get("free"),
                              v.get("utilisation_pct"), values_from=m.label)
    # the bundled figures, when they come from different sources
    cap, occ = values.get("capacity"), values.get("occupied")
    if cap is not None and occ is not None and occ > cap and provenance["capacity"][0] != provenance["occupied"][0]:
        def origin(f: str) -> str:  # called at once, below
            src, date = provenance[f]  # noqa: B023
            return f"{src} {date.isoformat() if date else ''}".strip()
        text = _text("occupied_gt_capacity", shelter=sid, occupied=occ, occupied_from=origin("occupied"),
                     capacity=cap, capacity_from=origin("capacity"))
        found.append(Conflict(sid, "occupied", "occupied_gt_capacity",
                              {"capacity": cap, "occupied": occ}, text))
    if not positioned:
        found.append(Conflict(sid, "geometry", "no_position", {}, _text("no_position", shelter=sid), Severity.ERROR))
    return found


# --------------------------------------------------------------------------- front-end helpers
# (used by dispersion:fuse and the 'Fuse shelter lists' dialog, so that both name and prepare sources alike)

def unique_source_names(names: Iterable[str]) -> List[str]:
    """``names`` with repeats numbered ('lists', 'lists (2)', ...), so same-named layers stay apart in provenance.

    Every front end names its sources this way: the provenance fields of a bundled layer must read the same
    whether it came from Processing or from the dialog.
    """
    out: List[str] = []
    seen: Dict[str, int] = {}
    for name in names:
        if name in seen:
            seen[name] += 1
            name = f"{name} ({seen[name]})"
        seen.setdefault(name, 1)
        out.append(name)
    return out


def in_target_crs(source: ShelterSource, target_crs: str) -> ShelterSource:
    """``source`` with its positions already in ``target_crs`` (and ``crs`` None), so ``fuse`` needs no PROJ.

    QGIS's worker threads crashed in PROJ (pyproj), so a front end that runs ``fuse`` in a background task calls
    this first, on the main thread. Positions are the same points ``fuse`` would compute itself.
    """
    if not source.crs:
        return source
    from pyproj import CRS, Transformer

    if CRS.from_user_input(source.crs) == CRS.from_user_input(target_crs):
        return ShelterSource(source.name, source.features, source.field_map, source.date, None)
    from shapely.geometry import Point

    transform = Transformer.from_crs(source.crs, target_crs, always_xy=True).transform
    features = []
    for feat in source.features:
        geom = feat.geometry
        if geom is not None and not geom.is_empty:
            if geom.geom_type != "Point":  # the same point _records takes
                geom = geom.representative_point() if geom.geom_type != "MultiPoint" else geom.geoms[0]
            geom = Point(*transform(geom.x, geom.y))
        features.append(RawFeature(feat.fid, feat.attributes, geom))
    return ShelterSource(source.name, features, source.field_map, source.date, None)
