"""Integreat locations (``/api/v3/<region>/<lang>/locations/``) as a services layer.

The city's multilingual app Integreat publishes its points of interest as a
JSON list; each item has ``id``, ``title``, ``category {id, name, ...}`` and
``location {name, address, town, postcode, latitude, longitude}`` (WGS84),
plus opening hours and contact fields. ``read_integreat`` turns it into a
``services`` RawLayer of the data contract (``service_id``, ``name``,
``category``) using an editable category mapping; temporarily closed items
are skipped with a note. No QGIS import here.
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
from collections import Counter
from typing import Any, Dict, List, Mapping, Optional, Tuple

from ..core.contract import CATEGORY_ALIASES, SERVICE_CATEGORIES
from ..core.parsing import is_null, normalise_name, parse_number
from ..core.validation import RawFeature
from .csv_table import ImportedLayer, detect_file_encoding, read_text
from .messages import fail, text

# Integreat category names seen in German and English instances -> contract categories: the contract's
# aliases (one table for every services source).
DEFAULT_CATEGORY_MAP: Dict[str, str] = CATEGORY_ALIASES

# Fallback: substrings of a category name (lower case) -> contract category, tried in this order.
KEYWORDS: Tuple[Tuple[str, str], ...] = (
    ("kita", "kita"), ("kinderbetreu", "kita"), ("kindergarten", "kita"), ("childcare", "kita"), ("daycare", "kita"),
    ("sprach", "language_course"), ("language", "language_course"), ("deutschkurs", "language_course"),
    ("integrationskurs", "language_course"),
    ("jobcenter", "jobcenter"), ("job cent", "jobcenter"), ("arbeitsagentur", "jobcenter"),
    ("berat", "counselling"), ("counsel", "counselling"), ("advice", "counselling"),
    ("schul", "school"), ("school", "school"),
    ("behörd", "authority"), ("ämter", "authority"), ("bürgeramt", "authority"), ("sozialamt", "authority"),
    ("jugendamt", "authority"), ("standesamt", "authority"), ("ordnungsamt", "authority"), ("authorit", "authority"), ("office", "authority"),
    ("verkehr", "transit"), ("transport", "transit"), ("mobilit", "transit"), ("haltestell", "transit"),
    ("gesund", "health"), ("health", "health"), ("arzt", "health"), ("ärzt", "health"), ("klinik", "health"),
    ("clinic", "health"), ("medizin", "health"), ("medic", "health"),
)

REQUIRED_ITEM_KEYS = ("id", "title", "location")


def parse_category_map(spec: Optional[str], base: Optional[Mapping[str, str]] = None) -> Dict[str, str]:
    """The default map updated by ``spec``: a CSV file (name;category per line) or "a=b;c=d".

    Names match case-insensitively; targets must be contract service categories.
    """
    mapping = {k.lower(): v for k, v in (DEFAULT_CATEGORY_MAP if base is None else base).items()}
    if not spec or not str(spec).strip():
        return mapping
    spec = str(spec)
    pairs: List[Tuple[str, str, str]] = []
    if os.path.isfile(spec):
        content = read_text(spec)  # BOM, UTF-8 or cp1252 (a map saved from Excel), as every text file
        delim = ";" if content.count(";") >= content.count(",") else ","
        for row in csv.reader(io.StringIO(content), delimiter=delim):
            if not row or not row[0].strip() or row[0].strip().startswith("#"):
                continue
            if len(row) < 2:
                raise fail("category_map_bad", entry=delim.join(row))
            name, target = row[0].strip(), row[1].strip()
            if not pairs and target.lower() not in SERVICE_CATEGORIES and normalise_name(target) in (
                    "category", "target", "to", "kategorie", "ziel", "service_category"):
                continue  # header (English or German, e.g. "Integreat-Kategorie;Kategorie")
            pairs.append((name, target, delim.join(row)))
    else:
        for entry in spec.replace("\n", ";").split(";"):
            if not entry.strip():
                continue
            if "=" not in entry:
                raise fail("category_map_bad", entry=entry.strip())
            name, target = entry.split("=", 1)
            pairs.append((name.strip(), target.strip(), entry.strip()))
    for name, target, entry in pairs:
        if target.lower() not in SERVICE_CATEGORIES:
            raise fail("category_map_target", entry=entry, target=target, known=", ".join(SERVICE_CATEGORIES))
        mapping[name.lower()] = target.lower()
    return mapping


def map_category(name: Optional[str], mapping: Mapping[str, str]) -> Optional[str]:
    """Contract category for an Integreat category name; None when nothing fits."""
    if not name:
        return None
    key = name.strip().lower()
    if key in mapping:
        return mapping[key]
    for word, target in KEYWORDS:
        if word in key:
            return target
    return None


# An Integreat locations file nests about five levels deep; the limit is ours so that every Python gives the
# same answer (3.14's JSON reader accepts nesting that 3.11's refuses with a RecursionError).
MAX_JSON_DEPTH = 64
_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')


def _nesting_depth(text: str) -> int:
    """The deepest bracket nesting of a JSON text, strings left out (numpy: one pass, no recursion)."""
    import numpy as np

    stripped = _JSON_STRING.sub("", text).encode("utf-8", "replace")
    codes = np.frombuffer(stripped, dtype=np.uint8)
    steps = (np.isin(codes, (ord("["), ord("{"))).astype(np.int64)
             - np.isin(codes, (ord("]"), ord("}"))).astype(np.int64))
    return int(np.cumsum(steps).max()) if steps.size else 0


def load_integreat_json(path: str) -> List[Dict[str, Any]]:
    """The item list of an Integreat locations file; InputError if it is not that shape."""
    label = os.path.basename(path)
    if not os.path.exists(path):
        raise fail("file_missing", file=path)
    if os.path.getsize(path) == 0:
        raise fail("file_empty", file=label)
    with open(path, "rb") as fh:
        raw = fh.read()
    encoding = detect_file_encoding(path)
    try:
        text = raw[3:].decode(encoding) if raw.startswith(b"\xef\xbb\xbf") else raw.decode(encoding)
        if _nesting_depth(text) > MAX_JSON_DEPTH:
            raise RecursionError
        data = json.loads(text)
    except UnicodeDecodeError as exc:
        raise fail("json_invalid", file=label, reason="not UTF-8", line="–", column=exc.start) from None
    except json.JSONDecodeError as exc:
        raise fail("json_invalid", file=label, reason=exc.msg, line=exc.lineno, column=exc.colno) from None
    except RecursionError:
        raise fail("json_invalid", file=label, reason="nested too deeply (more than the JSON reader's limit)",
                   line="–", column="–") from None
    if isinstance(data, dict):
        for key in ("results", "locations", "data"):
            if isinstance(data.get(key), list):
                data = data[key]
                break
        else:
            raise fail("integreat_shape", file=label,
                       reason=f"expected a list of locations, found an object with keys {', '.join(list(data)[:8])}")
    if not isinstance(data, list):
        raise fail("integreat_shape", file=label, reason=f"expected a list, found {type(data).__name__}")
    if not data:
        raise fail("integreat_shape", file=label, reason="the list is empty")
    for n, item in enumerate(data, start=1):
        if not isinstance(item, dict):
            raise fail("integreat_shape", file=label, reason=f"item {n} is a {type(item).__name__}, not an object")
        missing = [k for k in REQUIRED_ITEM_KEYS if k not in item]
        if missing:
            raise fail("integreat_shape", file=label, reason=f"item {n} has no {', '.join(repr(m) for m in missing)}")
        loc = item["location"]
        if loc is not None and not isinstance(loc, dict):
            raise fail("integreat_shape", file=label, reason=f"item {n}: 'location' is not an object")
        if isinstance(loc, dict) and not ({"latitude", "longitude"} <= set(loc)):
            raise fail("integreat_shape", file=label, reason=f"item {n}: 'location' has no latitude/longitude")
    return data


def _opening_hours(value: Any) -> Optional[str]:
    if not value:
        return None
    if isinstance(value, list):
        days = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]
        parts = []
        for day, entry in zip(days, value):
            if not isinstance(entry, dict):
                continue
            if entry.get("closed"):
                continue
            if entry.get("allDay") or entry.get("all_day"):
                parts.append(f"{day} 0-24")
                continue
            slots = entry.get("timeSlots") or entry.get("time_slots") or []
            if not isinstance(slots, list):
                slots = []
            times = ",".join(f"{s.get('start', '')}-{s.get('end', '')}" for s in slots if isinstance(s, dict))
            if times:
                parts.append(f"{day} {times}")
        return "; ".join(parts) or None
    return str(value)


def _text(value: Any, label: str, iid: Optional[str], field_name: str) -> Optional[str]:
    """Text of an item field: None stays None, numbers become text, lists/objects/booleans are refused."""
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    found = {list: "a list", dict: "an object", bool: "true/false"}.get(type(value), type(value).__name__)
    raise fail("integreat_not_text", file=label, id=iid, field=field_name, found=found)


def _number(value: Any) -> Optional[float]:
    """A coordinate in degrees ("49.44", "7,123"); None when missing or not a number."""
    if is_null(value):
        return None
    try:
        return parse_number(value, grouping=False)
    except ValueError:
        return None


SERVICE_FIELDS = ("service_id", "name", "category", "integreat_id", "integreat_category", "address", "postcode",
                  "town", "website", "email", "phone_number", "barrier_free", "opening_hours", "last_updated")


def place_key(item: Mapping[str, Any], label: str, number: int) -> Tuple[str, bool]:
    """(key, own) of an Integreat item: its location's id, else a stable key from name and coordinates.

    Why: the item's ``id`` belongs to one translation (and is ``null`` for untranslated places, where the CMS
    puts the translation's id elsewhere), so keying by it gives the same place a different service_id in each
    language. The location is shared by all languages. ``own`` is False when the key had to be made up.
    """
    location = item.get("location")
    loc: Mapping[str, Any] = location if isinstance(location, dict) else {}
    loc_id = loc.get("id")
    if not is_null(loc_id) and not isinstance(loc_id, (bool, list, dict)):
        return str(_text(loc_id, label, f"#{number}", "location.id")), True
    import hashlib

    name = normalise_name(loc.get("name") or item.get("title") or "")
    lat, lon = _number(loc.get("latitude")), _number(loc.get("longitude"))
    position = "" if lat is None or lon is None else f"{lat:.5f},{lon:.5f}"
    digest = hashlib.sha1(f"{name}|{position}".encode(), usedforsecurity=False).hexdigest()[:10]
    return f"p{digest}", False


def read_integreat(path: str, category_map: Optional[Mapping[str, str] | str] = None,
                   id_prefix: str = "integreat-") -> ImportedLayer:
    """Read Integreat locations into a ``services`` layer (WGS84 points), with notes.

    ``category_map``: a mapping (replaces the default) or a spec string / CSV
    path for ``parse_category_map`` (extends the default). ``service_id`` is
    ``id_prefix`` + the place key (``place_key``: the location's id), so the
    same place has the same service_id in every language's export; items
    with ``"id": null`` are read, not refused.
    """
    label = os.path.basename(path)
    items = load_integreat_json(path)
    mapping = parse_category_map(category_map) if category_map is None or isinstance(category_map, str) \
        else {k.lower(): v for k, v in category_map.items()}
    from shapely.geometry import Point

    notes: List[str] = []
    unmapped: Counter[str] = Counter()
    features: List[RawFeature] = []
    seen: Dict[Optional[str], int] = {}
    keys: Counter[str] = Counter()
    for n, item in enumerate(items, start=1):
        iid = _text(item.get("id"), label, f"#{n}", "id")
        title = (_text(item.get("title"), label, iid or f"#{n}", "title") or "").strip()
        if iid is not None and iid in seen:
            raise fail("integreat_duplicate_id", file=label, id=iid, first=seen[iid], second=n)
        seen[iid] = n
        key, own = place_key(item, label, n)
        keys[key] += 1
        if keys[key] > 1:
            key = f"{key}-{keys[key]}"  # two places at one location: both kept, the later one numbered
        if iid is None:
            notes.append(text("integreat_no_own_id", number=n, name=title, place=key))
        ref = iid if iid is not None else f"#{n}"  # how messages name the item
        if item.get("temporarily_closed"):
            notes.append(text("integreat_closed", id=ref, name=title))
            continue
        loc = item.get("location") or {}
        lat = _number(_text(loc.get("latitude"), label, ref, "location.latitude"))
        lon = _number(_text(loc.get("longitude"), label, ref, "location.longitude"))
        if lat is None or lon is None:
            notes.append(text("integreat_no_coordinates", id=ref, name=title))
            continue
        if not (-90 <= lat <= 90 and -180 <= lon <= 180) or (lat == 0 and lon == 0):
            raise fail("integreat_bad_coordinates", file=label, id=ref, name=title, lat=lat, lon=lon)
        cat = item.get("category")
        cat_name = _text(cat.get("name") if isinstance(cat, dict) else cat, label, ref, "category.name") or ""
        category = map_category(cat_name, mapping)
        if category is None:
            unmapped[cat_name or "–"] += 1
            category = "other"
        attrs = {
            "service_id": f"{id_prefix}{key}",
            "name": title or _text(loc.get("name"), label, ref, "location.name") or "",
            "category": category,
            "integreat_id": iid,
            "integreat_category": cat_name or None,
            "address": _text(loc.get("address"), label, ref, "location.address"),
            "postcode": _text(loc.get("postcode"), label, ref, "location.postcode"),
            "town": _text(loc.get("town"), label, ref, "location.town"),
            "website": _text(item.get("website"), label, ref, "website"),
            "email": _text(item.get("email"), label, ref, "email"),
            "phone_number": _text(item.get("phone_number"), label, ref, "phone_number"),
            "barrier_free": None if item.get("barrier_free") is None else int(bool(item.get("barrier_free"))),
            "opening_hours": _opening_hours(item.get("opening_hours")),
            "last_updated": _text(item.get("last_updated"), label, ref, "last_updated"),
        }
        features.append(RawFeature(f"item {ref}", attrs, Point(lon, lat)))
    for name, count in sorted(unmapped.items()):
        notes.append(text("integreat_unmapped", category=name, count=count))
    return ImportedLayer(name=label, kind="services", features=features, crs="EPSG:4326", field_map={},
                         source_fields=list(SERVICE_FIELDS), notes=notes)
