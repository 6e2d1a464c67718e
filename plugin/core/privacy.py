"""Generalisation rules for maps and tables that leave the office (public-safe mode).

Pure Python (no qgis). Shelter positions, names, addresses and contacts never
pass through here into an output: only district aggregates do. Small counts
are suppressed ("< 5"), and group labels and operators are withheld wherever
a district has fewer shelters or places than the threshold.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any, Dict, Iterable, List, Optional, Sequence, Tuple

from .geometry import locate_points
from .i18n import msg
from .model import District, PlanningData

DEFAULT_THRESHOLD = 5
MIN_GRID_CELL_M = 1000.0

MESSAGES: Dict[str, Dict[str, str]] = {
    "below": {"en": "< {threshold}", "de": "< {threshold}"},
    "suppressed": {"en": "suppressed", "de": "unterdrückt"},
    "generalised": {
        "en": "Generalised for publication: shelter locations are not shown; counts below {threshold} appear as "
              "\u201c< {threshold}\u201d; group labels and operators are withheld where a district has fewer than "
              "{threshold} shelters or places.",
        "de": "Für die Veröffentlichung generalisiert: Standorte von Unterkünften werden nicht gezeigt; Anzahlen "
              "unter {threshold} erscheinen als \u201e< {threshold}\u201c; Gruppen und Träger werden nicht genannt, wo "
              "ein Ortsbezirk weniger als {threshold} Unterkünfte oder Plätze hat.",
    },
    "internal": {
        "en": "Internal working map: shows shelter locations. Not for publication; use the public-safe export.",
        "de": "Interne Arbeitskarte: zeigt Standorte von Unterkünften. Nicht zur Veröffentlichung; "
              "bitte den generalisierten Export verwenden.",
    },
    "bad_threshold": {
        "en": "The small-count threshold must be a whole number of at least 1 (got {value}).",
        "de": "Die Schwelle für kleine Anzahlen muss eine ganze Zahl ab 1 sein (erhalten: {value}).",
    },
    "bad_cell": {
        "en": "Grid cells for publication must be at least {minimum:.0f} m wide (got {value} m).",
        "de": "Rasterzellen für Veröffentlichungen müssen mindestens {minimum:.0f} m breit sein (erhalten: {value} m).",
    },
}

# Field names (lower case, any language) that must never appear in a public output.
_SENSITIVE = re.compile(
    r"(^|_)(name|names|title|address|adresse|anschrift|street|strasse|straße|house|hausnr|postcode|plz|zip|"
    r"town|ort|contact|kontakt|email|e_mail|mail|phone|telefon|tel|fax|website|url|operator|traeger|träger|"
    r"person|owner|lat|lon|latitude|longitude|x|y|geom|geometry)($|_)"
)


def check_threshold(threshold: Any) -> int:
    """The threshold as an int >= 1, or ValueError with a catalogued message."""
    try:
        value = int(threshold)
        ok = value >= 1 and float(threshold) == value
    except (TypeError, ValueError):
        ok = False
    if not ok:
        raise ValueError(msg(MESSAGES, "bad_threshold", value=threshold))
    return value


def is_small(count: Optional[float], threshold: int) -> bool:
    """True when ``count`` is a positive count below ``threshold`` (zero is not disclosive)."""
    return count is not None and 0 < count < threshold


def format_count(count: Optional[float], threshold: int, public: bool = True) -> str:
    """A count for publication: "< 5" when small, "–" when missing, else the number with a thousands separator."""
    if count is None or (isinstance(count, float) and math.isnan(count)):
        return "\u2013"
    if public and is_small(count, threshold):
        return msg(MESSAGES, "below", threshold=threshold)
    return f"{int(round(count)):,}"


def is_sensitive_field(name: str) -> bool:
    """True for fields that can identify a site or a person (names, addresses, contacts, operators, coordinates)."""
    return bool(_SENSITIVE.search((name or "").lower()))


def generalised_note(threshold: int) -> str:
    return msg(MESSAGES, "generalised", threshold=threshold)


def internal_note() -> str:
    return msg(MESSAGES, "internal")


@dataclass
class DistrictAggregate:
    """What a public (or internal) output may say about one district."""

    district_id: str
    name: str
    population: Optional[int]
    shelters: int = 0
    places: int = 0
    planned_places: int = 0
    planned_sites: int = 0
    group_labels: List[str] = field(default_factory=list)
    operators: List[str] = field(default_factory=list)
    per_1000: Optional[float] = None
    rank_per_1000: Optional[int] = None

    def public_row(self, threshold: int) -> Dict[str, Any]:
        """Attributes safe to publish: suppressed counts as text, no per-site detail."""
        small = self.shelters < threshold or self.places < threshold
        places_suppressed = is_small(self.places, threshold)
        return {
            "district_id": self.district_id,
            "name": self.name,
            "population": self.population,
            "shelters_text": format_count(self.shelters, threshold),
            "places_text": format_count(self.places, threshold),
            # exact places only where they are not small; never the shelter count (almost always small)
            "places": None if places_suppressed else self.places,
            "per_1000": None if places_suppressed else self.per_1000,
            "per_1000_text": "\u2013" if places_suppressed or self.per_1000 is None else f"{self.per_1000:.1f}",
            "rank_per_1000": None if places_suppressed else self.rank_per_1000,
            "planned_text": format_count(self.planned_places, threshold),
            "planned_sites_text": format_count(self.planned_sites, threshold),
            "groups_text": "" if small else ", ".join(self.group_labels),
            "operators_text": "" if small else ", ".join(self.operators),
        }

    def internal_row(self) -> Dict[str, Any]:
        return {
            "district_id": self.district_id, "name": self.name, "population": self.population,
            "shelters_text": format_count(self.shelters, 1, public=False),
            "places_text": format_count(self.places, 1, public=False),
            "places": self.places, "per_1000": self.per_1000,
            "per_1000_text": "\u2013" if self.per_1000 is None else f"{self.per_1000:.1f}",
            "rank_per_1000": self.rank_per_1000,
            "planned_text": format_count(self.planned_places, 1, public=False),
            "planned_sites_text": format_count(self.planned_sites, 1, public=False),
            "groups_text": ", ".join(self.group_labels), "operators_text": ", ".join(self.operators),
        }


PUBLIC_FIELDS: Tuple[Tuple[str, str], ...] = (
    ("district_id", "text"), ("name", "text"), ("population", "int"), ("shelters_text", "text"),
    ("places_text", "text"), ("places", "int"), ("per_1000", "float"), ("per_1000_text", "text"),
    ("rank_per_1000", "int"), ("planned_text", "text"), ("planned_sites_text", "text"), ("groups_text", "text"),
    ("operators_text", "text"),
)


def _ranks(values: Sequence[Optional[float]]) -> List[Optional[int]]:
    """Rank 1 = highest; ties share the lower rank number; None stays unranked."""
    present = sorted((v for v in values if v is not None), reverse=True)
    return [None if v is None else present.index(v) + 1 for v in values]


def aggregate_districts(data: PlanningData, places_field: str = "capacity",
                        suggestions: Iterable[Tuple[float, float, int]] = ()) -> List[DistrictAggregate]:
    """Shelters, places, planned places (from ``suggestions`` as (x, y, places)) and labels per district.

    Planned shelters of the shelters layer (status "planned") count as planned
    places too; closed ones are ignored.
    """
    districts: List[District] = list(data.districts)
    polygons = [d.geometry for d in districts]
    aggs = [DistrictAggregate(d.district_id, d.name, d.population) for d in districts]
    active = [s for s in data.shelters if (s.status or "active") == "active"]
    planned = [s for s in data.shelters if s.status == "planned"]
    idx = locate_points([s.x for s in active], [s.y for s in active], polygons)
    for shelter, i in zip(active, idx):
        if i < 0:
            continue
        agg = aggs[i]
        agg.shelters += 1
        agg.places += int(shelter.places(places_field) or 0)
        if shelter.group_label and shelter.group_label not in agg.group_labels:
            agg.group_labels.append(shelter.group_label)
        if shelter.operator and shelter.operator not in agg.operators:
            agg.operators.append(shelter.operator)
    sugg = [(x, y, int(p or 0)) for x, y, p in suggestions] + [(s.x, s.y, int(s.capacity or 0)) for s in planned]
    sidx = locate_points([s[0] for s in sugg], [s[1] for s in sugg], polygons)
    for (_, _, places), i in zip(sugg, sidx):
        if i >= 0 and places > 0:
            aggs[i].planned_places += places
            aggs[i].planned_sites += 1
    for agg in aggs:
        agg.per_1000 = agg.places * 1000.0 / agg.population if agg.population else None
    for agg, rank in zip(aggs, _ranks([a.per_1000 for a in aggs])):
        agg.rank_per_1000 = rank
    return aggs


def lorenz_points(places: Sequence[float], population: Sequence[float]) -> List[Tuple[float, float]]:
    """Lorenz curve of places against population (districts sorted by places per inhabitant), from (0, 0)."""
    rows = [(p / t, t, p) for p, t in zip(places, population) if t and t > 0]
    rows.sort()
    total_t = sum(r[1] for r in rows) or 1.0
    total_p = sum(r[2] for r in rows) or 1.0
    out = [(0.0, 0.0)]
    ct = cp = 0.0
    for _, t, p in rows:
        ct += t
        cp += p
        out.append((ct / total_t, cp / total_p))
    return out


def grid_counts(points: Iterable[Tuple[float, float, int]], cell_size_m: float = MIN_GRID_CELL_M,
                origin: Tuple[float, float] = (0.0, 0.0)) -> Dict[Tuple[int, int], Tuple[int, int]]:
    """Sites and places per grid cell ((col, row) -> (sites, places)); cells narrower than 1 km are refused.

    The grid is anchored at ``origin`` (not at the data), so cell edges carry
    no information about the points.
    """
    if not cell_size_m or cell_size_m < MIN_GRID_CELL_M:
        raise ValueError(msg(MESSAGES, "bad_cell", minimum=MIN_GRID_CELL_M, value=cell_size_m))
    cells: Dict[Tuple[int, int], Tuple[int, int]] = {}
    for x, y, places in points:
        key = (int(math.floor((x - origin[0]) / cell_size_m)), int(math.floor((y - origin[1]) / cell_size_m)))
        sites, total = cells.get(key, (0, 0))
        cells[key] = (sites + 1, total + int(places or 0))
    return cells


def find_leaks(text: str, names: Iterable[str], coordinates: Iterable[Tuple[float, float]] = (),
               radius_m: float = 250.0) -> List[str]:
    """Shelter names, and world coordinate pairs within ``radius_m`` of a shelter, found in ``text``.

    A last check on public outputs (e.g. georeferencing written into a PDF or
    SVG); it finds world coordinates written as numbers, not positions drawn
    on the page (the tests check those through the map item's extent).
    """
    found = []
    lowered = text.lower()
    for name in names:
        if name and len(name) >= 3 and name.lower() in lowered:
            found.append(name)
    coords = list(coordinates)
    if coords:
        numbers = [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", text)]
        for a, b in zip(numbers, numbers[1:]):
            for x, y in coords:
                if math.hypot(a - x, b - y) < radius_m or math.hypot(b - x, a - y) < radius_m:
                    found.append(f"{a} {b}")
                    break
    return found
