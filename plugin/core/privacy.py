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
from typing import TYPE_CHECKING, Any, Dict, Iterable, List, Optional, Sequence, Tuple

from .geometry import locate_points
from .i18n import catalogue, msg
from .metrics.indices import lorenz as lorenz_points  # noqa: F401 - the one Lorenz function, re-exported for export/profiles
from .model import District, PlanningData

if TYPE_CHECKING:
    from numpy.typing import NDArray

DEFAULT_THRESHOLD = 5
MIN_GRID_CELL_M = 1000.0

MESSAGES = catalogue("privacy", {
    "below": "< {threshold}",
    "suppressed": "suppressed",
    "generalised": "Generalised for publication: shelter locations, names, operators and group labels are not shown; "
              "counts below {threshold} appear as \u201c< {threshold}\u201d.",
    "internal": "Internal working map: shows shelter locations. Not for publication; use the public-safe export.",
    "bad_threshold": "The small-count threshold must be a whole number of at least 1 (got {value}).",
    "bad_cell": "Grid cells for publication must be at least {minimum:.0f} m wide (got {value} m).",
})

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
    largest: int = 0  # places of the largest single shelter (dominance rule)

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
        agg.largest = max(agg.largest, int(shelter.places(places_field) or 0))
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


# ---------------------------------------------------------------- disclosure control across all published figures
#
# Every public figure about places is a function of the *protected* district table:
#   - a district's places are published exactly, or withheld:
#       "< t"  primary, small: 0 < places < t (the reader learns 1 <= places <= t-1),
#       "*"    primary, dominance: one shelter holds >= 85 % of the district's places,
#       "*"    secondary: withheld only so that no withheld figure follows by subtraction;
#   - the city total is published only when the withheld districts' sum cannot pin any of them down
#     (see ``interval``), else it is withheld too ("*"), and then so is everything computed from it;
#   - per_1000, rank, the choropleth class and every index (Gini, Theil, Hoover, HHI, Moran's I, Gi*,
#     Lorenz) are computed from the *public view*: published districts with their exact places, the
#     withheld ones sharing the withheld remainder in proportion to their population. Two data sets that
#     publish the same table therefore publish the same indices.
# Shelter counts are protected the same way (small counts only; there is no dominance for counts).

DOMINANCE_SHARE = 0.85
MARK = "*"
SMALL, DOMINANT, SECONDARY = "small", "dominance", "secondary"
POINT_STATS_MIN_SHELTERS = 10  # fewer shelters: Clark-Evans and hotspot shares are withheld in public mode

MESSAGES.extend({
    "withheld_mark": "* = withheld (one shelter holds at least 85 % of the places, or to protect a small figure from "
                     "subtraction)",
    "point_stats_withheld": "withheld: fewer than {n} shelters",
    "public_view": "Indices and the Lorenz curve use the published district figures; withheld districts share the "
                   "withheld places in proportion to their population.",
})


def is_dominated(places: int, largest: int, share: float = DOMINANCE_SHARE) -> bool:
    """One unit holds at least ``share`` of a positive total."""
    return places > 0 and largest >= share * places


def interval(hidden: Sequence[int], kinds: Sequence[str], values: Sequence[int], threshold: int,
             total_known: bool) -> Dict[int, Tuple[float, float]]:
    """What a reader can infer about each withheld cell: (lowest, highest) value consistent with everything
    published. Bounds: "< t" cells lie in [1, t-1], "*" cells in [t, inf) (a reader who knows the rules
    knows they are not small); with the total published their sum is known exactly."""
    lo = {i: (1.0 if kinds[i] == SMALL else float(threshold)) for i in hidden}
    hi = {i: (float(threshold - 1) if kinds[i] == SMALL else math.inf) for i in hidden}
    if not total_known:
        return {i: (lo[i], hi[i]) for i in hidden}
    s = float(sum(values[i] for i in hidden))
    sum_lo = sum(lo.values())
    out = {}
    for i in hidden:
        others_hi = sum(hi[j] for j in hidden if j != i)  # inf when any other cell is unbounded
        out[i] = (max(lo[i], s - others_hi), min(hi[i], s - (sum_lo - lo[i])))
    return out


def _protected(hidden: Sequence[int], kinds: Sequence[str], values: Sequence[int], threshold: int) -> bool:
    """Small cells are not pinned down (two values at least), dominated or secondary cells stay within a range of
    at least ``threshold`` places."""
    if not hidden:
        return True
    for i, (low, high) in interval(hidden, kinds, values, threshold, True).items():
        need = 1 if kinds[i] == SMALL else threshold
        if high - low < need:
            return False
    return True


@dataclass
class Protection:
    """Which cells of one district table are withheld, and why (index -> kind); whether the total is withheld."""

    kinds: Dict[int, str]
    total_hidden: bool
    threshold: int

    def hidden(self, i: int) -> bool:
        return i in self.kinds

    def text(self, i: int, value: Optional[float]) -> str:
        kind = self.kinds.get(i)
        if kind == SMALL:
            return msg(MESSAGES, "below", threshold=self.threshold)
        if kind is not None:
            return MARK
        return format_count(value, self.threshold, public=False)


def protect(values: Sequence[int], threshold: int, largest: Optional[Sequence[int]] = None,
            share: float = DOMINANCE_SHARE) -> Protection:
    """Primary suppression (small counts; dominance where ``largest`` is given) and secondary suppression.

    Secondary cells are published non-zero cells, smallest first; each candidate is tried alone, and the
    smallest one that protects every withheld cell is taken (else the largest, and again). When no choice
    of published cells protects them (or the city total is itself small or dominated), the total is withheld.
    """
    values = [int(v or 0) for v in values]
    kinds: Dict[int, str] = {}
    for i, v in enumerate(values):
        if is_small(v, threshold):
            kinds[i] = SMALL
        elif largest is not None and is_dominated(v, int(largest[i] or 0), share):
            kinds[i] = DOMINANT
    total = sum(values)
    if is_small(total, threshold) or (largest is not None and is_dominated(total, max(largest or [0]), share)):
        return Protection(kinds, True, threshold)
    all_kinds = [kinds.get(i, "") for i in range(len(values))]
    while not _protected(list(kinds), all_kinds, values, threshold):
        candidates = sorted((v, i) for i, v in enumerate(values) if i not in kinds and v > 0)
        if not candidates:
            return Protection(kinds, True, threshold)
        chosen = None
        for _v, i in candidates:
            trial = list(kinds) + [i]
            trial_kinds = list(all_kinds)
            trial_kinds[i] = SECONDARY
            if _protected(trial, trial_kinds, values, threshold):
                chosen = i
                break
        chosen = candidates[-1][1] if chosen is None else chosen
        kinds[chosen] = SECONDARY
        all_kinds[chosen] = SECONDARY
    return Protection(kinds, False, threshold)


def public_view(places: Sequence[int], population: Sequence[Optional[float]], protection: Protection) -> Optional[List[float]]:
    """Places per district as the public can reconstruct them: exact where published, the withheld remainder
    shared by population among withheld districts. None when the total is withheld (nothing can be rebuilt)."""
    if protection.total_hidden:
        return None
    hidden = [i for i in range(len(places)) if protection.hidden(i)]
    rest = float(sum(int(places[i] or 0) for i in hidden))
    pops = [float(population[i] or 0) for i in hidden]
    pop_sum = sum(pops)
    out = [float(int(p or 0)) for p in places]
    for i, pop in zip(hidden, pops):
        out[i] = rest * pop / pop_sum if pop_sum > 0 else rest / len(hidden)
    return out


@dataclass
class PublicTable:
    """The protected district table of a public output, and the city totals that go with it."""

    rows: List[Dict[str, Any]]
    places: Protection
    shelters: Protection
    places_total: Optional[int]      # None when withheld
    shelters_total: Optional[int]    # None when withheld
    population_total: int
    view: Optional[List[float]]      # public view of the places (see public_view)
    planned_total: Optional[int] = None  # suggested new places; None when withheld

    def total_text(self, which: str) -> str:
        value = self.places_total if which == "places" else self.shelters_total
        return MARK if value is None else format_count(value, 1, public=False)


def public_table(aggregates: Sequence[DistrictAggregate], threshold: int) -> PublicTable:
    """Rows as ``DistrictAggregate.public_row`` but with dominance and secondary suppression of places and shelter
    counts, ranks among published districts only, and totals that cannot be used for subtraction."""
    places = [a.places for a in aggregates]
    places_prot = protect(places, threshold, [a.largest for a in aggregates])
    shelters_prot = protect([a.shelters for a in aggregates], threshold)
    planned = [a.planned_places for a in aggregates]
    # Suggested places are protected like places: a "< 5" must not follow from the suggested total either.
    planned_prot = protect(planned, threshold)
    view = public_view(places, [a.population for a in aggregates], places_prot)
    rates = []
    for i, a in enumerate(aggregates):
        rates.append(None if places_prot.hidden(i) or not a.population else a.places * 1000.0 / a.population)
    ranks = _ranks(rates)
    rows = []
    for i, a in enumerate(aggregates):
        hidden = places_prot.hidden(i)
        rows.append({
            "district_id": a.district_id,
            "name": a.name,
            "population": a.population,
            "shelters_text": shelters_prot.text(i, a.shelters),
            "places_text": places_prot.text(i, a.places),
            "places": None if hidden else a.places,
            "per_1000": rates[i],
            "per_1000_text": "\u2013" if rates[i] is None else f"{rates[i]:.1f}",
            "rank_per_1000": ranks[i],
            "planned_text": planned_prot.text(i, a.planned_places),
            "planned_sites_text": format_count(a.planned_sites, threshold) if not planned_prot.hidden(i) else MARK,
            "groups_text": "",     # public outputs name no group label and no operator, whatever the counts
            "operators_text": "",
        })
    return PublicTable(rows, places_prot, shelters_prot,
                       None if places_prot.total_hidden else sum(places),
                       None if shelters_prot.total_hidden else sum(a.shelters for a in aggregates),
                       sum(int(a.population or 0) for a in aggregates), view,
                       None if planned_prot.total_hidden else sum(planned))


def coarse_point_statistic(value: Optional[float], n_shelters: int) -> Tuple[Optional[float], str]:
    """Clark-Evans R, nearest-neighbour distances, shares near hotspots for a public output: withheld below
    ``POINT_STATS_MIN_SHELTERS`` shelters (they give distances between named sites), else rounded to 0.1."""
    if n_shelters < POINT_STATS_MIN_SHELTERS:
        return None, msg(MESSAGES, "point_stats_withheld", n=POINT_STATS_MIN_SHELTERS)
    if value is None:
        return None, ""
    return round(float(value), 1), ""


def withheld_note() -> str:
    return msg(MESSAGES, "withheld_mark")


def public_view_note() -> str:
    return msg(MESSAGES, "public_view")


# ---------------------------------------------------------------- audit of public texts

_NUMBER = re.compile(r"(?<![\w.,])[-+]?\d{1,3}(?:(?:[ ,.'\u2019\u202f\u00a0])\d{3})+(?:[.,]\d+)?(?![\w])"
                     r"|(?<![\w])[-+]?\d+(?:[.,]\d+)?")


def _number_values(token: str) -> List[float]:
    """A number as written in any locale: "412,345" may be 412345 or 412.345; "5.470.000,5" is 5470000.5."""
    out = set()
    t = token.replace("\u2019", "'").replace("\u202f", " ").replace("\u00a0", " ")
    seps = re.findall(r"[ ,.']", t)
    if not seps:
        out.add(float(t))
    else:
        # thousands separators everywhere, optional decimal part after the last "," or "."
        digits = re.sub(r"[ ,.']", "", t)
        out.add(float(digits))
        last = max(t.rfind(","), t.rfind("."))
        if last >= 0:
            head = re.sub(r"[ ,.']", "", t[:last])
            try:
                out.add(float(f"{head}.{t[last + 1:]}"))
            except ValueError:
                pass
    return list(out)


def _decimals(token: str) -> int:
    m = re.search(r"[.,](\d+)$", token)
    return len(m.group(1)) if m else 0


@dataclass
class Sensitive:
    """What must never appear in a public output: terms by kind, and shelter positions."""

    terms: Dict[str, str] = field(default_factory=dict)     # term -> kind ("shelter name", "operator" ...)
    xy: List[Tuple[float, float]] = field(default_factory=list)       # projected, metres
    lonlat: List[Tuple[float, float]] = field(default_factory=list)   # WGS 84 degrees

    @classmethod
    def of(cls, shelters: Iterable[Any], lonlat: Sequence[Tuple[float, float]] = ()) -> Sensitive:
        out = cls()
        for s in shelters:
            for kind, value in (("shelter name", s.name), ("shelter id", s.shelter_id), ("operator", s.operator),
                                ("group label", s.group_label)):
                term = str(value or "").strip()
                if len(term) >= 3 and term not in out.terms:
                    out.terms[term] = kind
            out.xy.append((float(s.x), float(s.y)))
        out.lonlat = list(lonlat)
        return out


COORD_RADIUS_M = 250.0
COORD_RADIUS_DEG = 0.003


def find_disclosures(text: str, sensitive: Sensitive) -> List[str]:
    """Descriptions of every shelter name, id, operator, group label and shelter coordinate in ``text``.

    Terms match case-insensitively as whole words (at least 3 characters; whitespace and line breaks count
    as one space; invisible joiners are ignored). Coordinates match in any locale's notation ("412345",
    "412,345", "412.345", "5 470 000,5"): a pair of numbers within 250 m of one shelter's x and y anywhere
    in the text, a single number with 6 or more digits within 1 m of a shelter's x or y, or a longitude and
    latitude with 4 or more decimals within 0.003 degrees of one shelter.
    """
    found: List[str] = []
    flat = re.sub(r"\s+", " ", text.replace("\u2060", "").replace("\u200b", ""))
    low = flat.lower()
    for term, kind in sensitive.terms.items():
        t = re.sub(r"\s+", " ", term.lower())
        if re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", low):
            found.append(f"{kind} '{term}'")
    if not (sensitive.xy or sensitive.lonlat):
        return found
    tokens = _NUMBER.findall(flat)
    values: List[float] = []
    long_values: List[float] = []
    fine: List[float] = []
    for tok in tokens:
        vals = _number_values(tok)
        values.extend(vals)
        if len(re.sub(r"\D", "", tok.split(",")[0].split(".")[0])) >= 6 or max(abs(v) for v in vals) >= 100000:
            long_values.extend(vals)
        if _decimals(tok) >= 4:
            fine.extend(vals)
    import numpy as np

    arr = np.array(sorted(set(values)), dtype=float) if values else np.zeros(0)
    long_arr = np.array(sorted(set(long_values)), dtype=float) if long_values else np.zeros(0)
    fine_arr = np.array(sorted(set(fine)), dtype=float) if fine else np.zeros(0)

    def near(a: NDArray[np.float64], v: float, r: float) -> bool:
        if not len(a):
            return False
        i = int(np.searchsorted(a, v))
        return any(abs(a[j] - v) <= r for j in (i - 1, i) if 0 <= j < len(a))

    for x, y in sensitive.xy:
        if near(arr, x, COORD_RADIUS_M) and near(arr, y, COORD_RADIUS_M) and (abs(x) >= 1000 or abs(y) >= 1000):
            found.append(f"coordinates near a shelter ({x:.0f}, {y:.0f})")
        elif near(long_arr, x, 1.0) or near(long_arr, y, 1.0):
            found.append(f"a coordinate of a shelter ({x:.0f}, {y:.0f})")
    for lon, lat in sensitive.lonlat:
        if near(fine_arr, lon, COORD_RADIUS_DEG) and near(fine_arr, lat, COORD_RADIUS_DEG):
            found.append(f"longitude/latitude near a shelter ({lon:.4f}, {lat:.4f})")
    return found
