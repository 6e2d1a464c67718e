"""One registry of readable display names for every figure, field, category and status.

Front ends (dialogs, reports, Processing help, copied tables) never show an
internal key such as ``per_1000_city`` or ``moran_p_sim``: they ask this
registry for the name in the reader's language (:func:`display_name`) and for
the value rounded for display (:func:`format_value`). Each entry also carries
its ``unit`` (shown after the value: "%", "m", "s" or nothing), the ``digits``
shown, and whether it is ``technical`` (expected I, z-values, per-hotspot
rows): dialogs put technical rows behind a "Details" toggle and the report in a
collapsed section.

Names are English templates registered with :func:`plugin.core.i18n.catalogue`
under ``display.<key>``, so the German names live in i18n/de.ts like every
other message (docs/architecture.md, "Translation"). Values of a field that has
a vocabulary (``status``, ``category``, ``gi_class``, ``relation``,
``places_field``) are keys ``<field>:<value>`` (``status:infeasible``), and the
per-hotspot figure ``share_places_near_hotspot:<id>`` takes the hotspot's name.

Numbers use the one formatter of :mod:`plugin.core.i18n` (:class:`~plugin.core.i18n.Number`):
German "101.500" and "14,8", English "101,500" and "14.8"; dates show as
"30.11.2026" in German and "2026-11-30" in English.
"""
from __future__ import annotations

import datetime as _dt
import math
from dataclasses import dataclass
from typing import Any, Dict, Iterator, Mapping, Optional, Sequence, Tuple

from .i18n import DEFAULT_LANGUAGE, Message, Number, catalogue, normalise_language, render

# kind -> (digits, unit, scale): how values of a kind are shown
KINDS: Dict[str, Tuple[int, str, float]] = {
    "text": (0, "", 1.0),
    "count": (0, "", 1.0),      # people, places, districts: whole numbers with thousands separators
    "rate": (1, "", 1.0),       # places per 1,000 residents
    "index": (2, "", 1.0),      # Gini, Theil, Moran's I, Clark-Evans R, location quotient
    "index3": (3, "", 1.0),     # HHI and expected I: small values need a third digit
    "z": (2, "", 1.0),
    "p": (3, "", 1.0),
    "share": (1, "%", 100.0),   # shares 0..1 shown as percent
    "metres": (0, "m", 1.0),
    "seconds": (0, "s", 1.0),
    "duration": (1, "s", 1.0),   # measured computing time
    "amount": (0, "", 1.0),      # sums of money or other large totals: whole numbers
    "number": (2, "", 1.0),     # any other decimal number
    "date": (0, "", 1.0),
    "bool": (0, "", 1.0),
}


@dataclass(frozen=True)
class DisplayEntry:
    """How one key is shown: its name code (``display.<key>``), kind, unit, digits and whether it is technical."""

    key: str
    kind: str
    technical: bool = False

    @property
    def code(self) -> str:
        return f"display.{self.key}"

    @property
    def digits(self) -> int:
        return KINDS[self.kind][0]

    @property
    def unit(self) -> str:
        return KINDS[self.kind][1]

    @property
    def scale(self) -> float:
        return KINDS[self.kind][2]


T = True  # technical
# key: (English name, kind, technical)
_ENTRIES: Dict[str, Tuple[str, str, bool]] = {
    # --- city figures (CITY_METRICS metric keys, core/metrics/analysis.py)
    "places_total": ("Places in active shelters", "count", False),
    "places_in_districts": ("Places in districts with residents", "count", False),
    "population_total": ("Residents", "count", False),
    "per_1000_city": ("Places per 1,000 residents (city)", "rate", False),
    "districts_analysed": ("Districts with residents", "count", False),
    "moran_i": ("Spatial clustering (Moran's I)", "index", False),
    "moran_ei": ("Moran's I expected without clustering", "index3", T),
    "moran_z_norm": ("Moran's I: z-value", "z", T),
    "moran_p_norm": ("Moran's I: p-value (normal approximation)", "p", T),
    "moran_p_sim": ("Moran's I: p-value (permutations)", "p", False),
    "gi_hot_districts": ("Districts in hotspots (Gi*)", "count", False),
    "gi_cold_districts": ("Districts in coldspots (Gi*)", "count", False),
    "gini": ("Gini coefficient", "index", False),
    "theil": ("Theil index", "index", False),
    "hoover": ("Hoover index", "share", False),
    "hhi": ("Concentration (Herfindahl-Hirschman index)", "index3", False),
    "dissimilarity": ("Share of places to move for an even spread (dissimilarity)", "share", False),
    "cv_load": ("Variation of the load between districts (CV)", "index", False),
    "clark_evans_r": ("Spacing of shelters (Clark-Evans R)", "index", False),
    "clark_evans_z": ("Clark-Evans: z-value", "z", T),
    "clark_evans_p": ("Clark-Evans: p-value", "p", T),
    "share_places_near_hotspots": ("Share of places near community meeting points", "share", False),
    "share_places_near_hotspot": ("Share of places near meeting point {name}", "share", T),
    "share_places_with_access": ("Share of places with access to services", "share", False),
    "kita_nearest_median_m": ("Median distance from a shelter to a Kita", "metres", False),
    # --- DISTRICT_METRICS and DISTRICTS_AFTER fields (core/outputs.py)
    "district_id": ("District number", "text", False),
    "name": ("Name", "text", False),
    "population": ("Residents", "count", False),
    "places": ("Places", "count", False),
    "shelters": ("Shelters", "count", False),
    "per_1000": ("Places per 1,000 residents", "rate", False),
    "lq": ("Location quotient", "index", False),
    "share_places": ("Share of places", "share", False),
    "share_population": ("Share of residents", "share", False),
    "rank_per_1000": ("Rank by load", "count", False),
    "gi_star_z": ("Gi*: z-value", "z", T),
    "gi_star_p": ("Gi*: p-value", "p", T),
    "gi_class": ("Hotspot / coldspot (Gi*)", "text", False),
    "kita_per_child": ("Kita places per child in reach", "index", False),
    "kita_shortfall": ("Kita places missing", "count", False),
    "access_method": ("Distance measured", "text", False),
    # --- SHELTER_ACCESS fields (core/outputs.py; dist_<category> fields use the category's name)
    "has_access": ("All services in reach", "bool", False),
    "kita_straight_m": ("Nearest Kita, straight line", "metres", False),
    "kita_children": ("Children needing a Kita place", "number", False),
    "kita_in_reach": ("A Kita within reach", "bool", False),
    "places_before": ("Places before", "count", False),
    "places_new": ("New places", "count", False),
    "places_after": ("Places after", "count", False),
    "per_1000_before": ("Places per 1,000 residents before", "rate", False),
    "per_1000_after": ("Places per 1,000 residents after", "rate", False),
    "cap": ("Upper limit per 1,000 residents", "rate", False),
    # --- CITY_METRICS and SUGGESTIONS fields
    "metric": ("Figure", "text", False),
    "value": ("Value", "number", False),
    "note": ("Note", "text", False),
    "reading": ("What it means", "text", False),
    "site_id": ("Site number", "text", False),
    "group_label": ("Group", "text", False),
    "reason": ("Reason", "text", False),
    "reason_code": ("Reason code", "text", T),
    "reason_params": ("Reason parameters", "text", T),
    "alternative": ("Alternative", "count", False),
    # --- contract fields (core/contract.py LAYERS and FIELD_ALIASES extras): mapping labels
    "shelter_id": ("Shelter number", "text", False),
    "capacity": ("Capacity (places)", "count", False),
    "occupied": ("Occupied places", "count", False),
    "operator": ("Operator", "text", False),
    "status": ("Status", "text", False),
    "hotspot_id": ("Meeting point number", "text", False),
    "community": ("Community", "text", False),
    "radius_m": ("Radius", "metres", False),
    "service_id": ("Service number", "text", False),
    "category": ("Category", "text", False),
    "min_places": ("Minimum places", "count", False),
    "max_places": ("Maximum places", "count", False),
    "module": ("Module size (places)", "count", False),
    "cost_per_place": ("Cost per place", "number", False),
    "group_a": ("Group A", "text", False),
    "group_b": ("Group B", "text", False),
    "relation": ("Relation", "text", False),
    "distance_m": ("Distance", "metres", False),
    "free": ("Free places", "count", False),
    "utilisation_pct": ("Utilisation (%)", "number", False),
    "date": ("Date", "date", False),
    "crs": ("Coordinate reference system", "text", False),
    "oneway": ("One-way", "text", False),
    "walkable": ("Walkable", "text", False),
    "not_walkable": ("Not walkable", "text", False),
    # --- layers (the kinds of core/contract.py)
    "layer:districts": ("Districts", "text", False),
    "layer:shelters": ("Shelters", "text", False),
    "layer:hotspots": ("Community meeting points", "text", False),
    "layer:services": ("Services", "text", False),
    "layer:candidates": ("Potential sites", "text", False),
    "layer:rules": ("Rules", "text", False),
    "layer:group_demand": ("Places per group", "text", False),
    "layer:network": ("Walking network", "text", False),
    # --- service categories (core/contract.py SERVICE_CATEGORIES)
    "category:kita": ("Kita", "text", False),
    "category:school": ("School", "text", False),
    "category:language_course": ("Language course", "text", False),
    "category:counselling": ("Counselling", "text", False),
    "category:jobcenter": ("Job centre", "text", False),
    "category:authority": ("Authority", "text", False),
    "category:transit": ("Public transport", "text", False),
    "category:health": ("Health", "text", False),
    "category:other": ("Other", "text", False),
    # --- statuses: placement (SolveStatus) and shelters (SHELTER_STATUSES)
    "status:optimal": ("Optimal", "text", False),
    "status:feasible": ("Found (time limit reached)", "text", False),
    "status:infeasible": ("Not possible", "text", False),
    "status:timeout": ("No result in time", "text", False),
    "status:active": ("Active", "text", False),
    "status:planned": ("Planned", "text", False),
    "status:closed": ("Closed", "text", False),
    # --- other vocabularies
    "gi_class:hot": ("Hotspot", "text", False),
    "gi_class:cold": ("Coldspot", "text", False),
    "gi_class:none": ("None", "text", False),
    "relation:separate": ("Keep apart", "text", False),
    "relation:near": ("Keep near", "text", False),
    "places_field:capacity": ("Capacity", "text", False),
    "places_field:occupied": ("Occupied places", "text", False),
    "bool:true": ("Yes", "text", False),
    "bool:false": ("No", "text", False),
    # --- run parameters (AnalysisResult.parameters, PlacementParams)
    "places_field": ("Places counted", "text", False),
    "permutations": ("Permutations", "count", T),
    "seed": ("Random seed", "text", T),
    "service_distance_m": ("Max. distance to services (straight line)", "metres", False),
    "access_categories": ("Services assessed", "text", False),
    "kita_category": ("Category counted as Kita", "text", T),
    "kita_max_distance_m": ("Max. distance to a Kita", "metres", False),
    # placement's Kita rule (kitarule helper, issue 18)
    "kita_rule": ("Kita places considered", "text", False),
    "kita_under6_share": ("Assumed share of residents under 6 (Kita rule)", "share", False),
    "kita_rates": ("Kita demand rates by age", "text", T),
    "kita_age_rows": ("Children by age per district (Kita rule)", "text", T),
    "kita_age_points": ("Where the children live (age grid cells, Kita rule)", "text", T),
    "under6_share": ("Assumed share of shelter residents under 6", "share", False),
    "kita_variant": ("Catchment method", "text", T),
    "kita_demand_points": ("Points the district children count at (age grid cells)", "count", T),
    "access_method:network": ("On foot over the walking network", "text", False),
    "access_method:straight_line": ("Straight line", "text", False),
    "places_to_place": ("Places to place", "count", False),
    "max_per_1000": ("Upper limit per 1,000 residents", "rate", False),
    "min_spacing_m": ("Minimum spacing between sites", "metres", False),
    "hotspot_max_places": ("Places allowed near each meeting point", "count", False),
    "service_categories": ("Services required", "text", False),
    "service_max_distance_m": ("Max. distance to services (straight line)", "metres", False),
    "time_limit_s": ("Time limit", "seconds", T),
    "mip_rel_gap": ("Accepted gap to the best placement", "share", T),
    "alternatives": ("Alternatives", "count", False),
    "close_pair_weight": ("Weight of close pairs", "number", T),
    "mix_groups": ("Mix groups in one site", "bool", False),
    "objective_max_per_1000": ("Highest load after placement (per 1,000 residents)", "rate", False),
    "gap": ("Gap to the best placement", "share", T),
    "solve_seconds": ("Computing time", "duration", T),
    "spread": ("Spread of the load", "number", T),
    "cost": ("Cost", "amount", False),
}
del T

NAMES = catalogue("display", {key: spec[0] for key, spec in _ENTRIES.items()})
REGISTRY: Dict[str, DisplayEntry] = {key: DisplayEntry(key, kind, technical)
                                     for key, (_, kind, technical) in _ENTRIES.items()}
# keys whose values are themselves keys "<field>:<value>" of the registry
VOCABULARIES = ("status", "category", "gi_class", "relation", "places_field", "access_method")
# keys that take a parameter after ":" (the per-hotspot figure takes the hotspot's name)
PARAMETRISED = ("share_places_near_hotspot",)

MISSING = "–"  # how an undefined value shows (None, NaN)


def entry(key: str) -> Optional[DisplayEntry]:
    """The registry entry of ``key`` (a parametrised ``share_places_near_hotspot:<id>`` finds its base); None if unknown."""
    found = REGISTRY.get(key)
    if found is None and ":" in key:
        base = key.split(":", 1)[0]
        if base in PARAMETRISED:
            found = REGISTRY.get(base)
    return found


def has_display_name(key: str) -> bool:
    """Whether ``key`` has a registered display name; why: tests and front ends can refuse raw keys."""
    return entry(key) is not None


def keys() -> Iterator[str]:
    """Every registered key."""
    return iter(REGISTRY)


def display_message(key: str, name: Optional[str] = None) -> Message:
    """The display name of ``key`` as a message (render it later, or pass it to Qt's translator).

    ``name`` fills the parametrised figure ``share_places_near_hotspot:<id>``
    (the hotspot's name; default the id). Unknown keys raise KeyError.
    """
    found = entry(key)
    if found is None:
        raise KeyError(key)
    if found.key in PARAMETRISED:
        return Message(found.code, {"name": name if name is not None else key.split(":", 1)[-1]})
    return Message(found.code)


def display_name(key: str, language: str = DEFAULT_LANGUAGE, name: Optional[str] = None) -> str:
    """The readable name of ``key`` in ``language``; why: dialogs, reports and copied tables never show raw keys.

    An unknown key shows as itself with underscores as spaces (data columns a
    city added), so a front end never fails on a name.
    """
    if not has_display_name(key):
        return key.replace("_", " ")
    return render(display_message(key, name), language)


def is_technical(key: str) -> bool:
    """Whether ``key`` belongs behind a "Details" toggle (z-values, expected I, per-hotspot rows ...)."""
    found = entry(key)
    return bool(found and found.technical)


def unit(key: str) -> str:
    """The unit shown after values of ``key`` ("%", "m", "s" or "")."""
    found = entry(key)
    return found.unit if found else ""


def digits(key: str) -> int:
    """The decimals values of ``key`` are rounded to for display."""
    found = entry(key)
    return found.digits if found else KINDS["number"][0]


def format_number(value: float, digits: int, language: str = DEFAULT_LANGUAGE) -> str:
    """``value`` with ``digits`` decimals in ``language``'s notation (the one formatter: i18n.Number)."""
    return Number(value, digits).text(normalise_language(language))


def format_date(value: Any, language: str = DEFAULT_LANGUAGE) -> str:
    """A date as "30.11.2026" (German) or "2026-11-30" (English); ISO text is parsed, other text kept."""
    if isinstance(value, str):
        text = value
        try:
            value = _dt.date.fromisoformat(text.strip()[:10])
        except ValueError:
            return text
    if isinstance(value, _dt.datetime):
        value = value.date()
    if not isinstance(value, _dt.date):
        return str(value)
    return value.strftime("%d.%m.%Y") if normalise_language(language) == "de" else value.isoformat()


def _is_missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def format_plain(value: Any, language: str = DEFAULT_LANGUAGE, digits_: Optional[int] = None) -> str:
    """A value without a registry key: integers with separators, floats with ``digits_`` (default 2) decimals."""
    if isinstance(value, Message):
        return render(value, language)
    if isinstance(value, Number):
        return value.text(normalise_language(language))
    if _is_missing(value):
        return MISSING
    if isinstance(value, bool):
        return "✓" if value else MISSING
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):  # numpy scalars
        try:
            return format_plain(value.item(), language, digits_)
        except (TypeError, ValueError):
            pass
    if isinstance(value, int):
        return format_number(value, 0, language)
    if isinstance(value, float):
        if not math.isfinite(value):
            return MISSING
        if digits_ is None:
            return format_number(value, 0, language) if value.is_integer() else format_number(value, 2, language)
        return format_number(value, digits_, language)
    if isinstance(value, (_dt.date, _dt.datetime)):
        return format_date(value, language)
    if isinstance(value, (list, tuple)):
        return ", ".join(format_plain(v, language, digits_) for v in value)
    return str(value)


def format_value(key: str, value: Any, language: str = DEFAULT_LANGUAGE, with_unit: bool = True) -> str:
    """``value`` of ``key`` rounded for display in ``language``, with its unit; why: one rounding for all front ends.

    Shares show as percent ("14,8 %"), counts with thousands separators
    ("101.500"), vocabulary values by their display name ("Nicht möglich"),
    dates in the reader's notation; None and NaN as a dash.
    """
    if _is_missing(value):
        return MISSING
    base = key.split(":", 1)[0] if key not in REGISTRY else key
    if base in VOCABULARIES or key == "service_categories" or key == "access_categories":
        vocab = "category" if key in ("service_categories", "access_categories") else base
        if isinstance(value, (list, tuple)):
            return ", ".join(format_value(vocab, v, language) for v in value) or MISSING
        text = str(value)
        if f"{vocab}:{text}" in REGISTRY:
            return display_name(f"{vocab}:{text}", language)
        return render(value, language) if isinstance(value, Message) else text
    found = entry(key)
    if found is None:
        return format_plain(value, language)
    if found.kind == "date":
        return format_date(value, language)
    if found.kind == "bool":
        return display_name("bool:true" if value else "bool:false", language)
    if found.kind == "text" and isinstance(value, int) and not isinstance(value, bool):
        return str(value)  # an identifier or seed, not a quantity: no thousands separator
    if found.kind == "text" or isinstance(value, (str, Message, Number)):
        return format_plain(value, language)
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return format_plain(value, language)
    if not math.isfinite(float(value)):
        return MISSING
    text = format_number(float(value) * found.scale, found.digits, language)
    if with_unit and found.unit:
        text = f"{text} {found.unit}"
    return text


def label_with_unit(key: str, language: str = DEFAULT_LANGUAGE, name: Optional[str] = None) -> str:
    """The display name followed by the unit in brackets ("Radius (m)"); why: table headers when cells omit units."""
    text = display_name(key, language, name)
    u = unit(key)
    return f"{text} ({u})" if u and f"({u})" not in text else text


def table_tsv(rows: Sequence[Mapping[str, Any]], columns: Sequence[str], language: str = DEFAULT_LANGUAGE) -> str:
    """Rows as tab-separated text with readable headers; why: "Copy table" pastes into a spreadsheet.

    Units go into the headers ("Anteil an den Plätzen (%)") and cells carry bare
    numbers in the reader's notation, so a spreadsheet in that locale reads
    them as numbers; undefined values are empty cells. Tabs and line breaks inside values become spaces.
    """
    def clean(text: str) -> str:
        return " ".join(str(text).replace("\t", " ").splitlines())

    lines = ["\t".join(clean(label_with_unit(c, language)) for c in columns)]
    for row in rows:
        cells = (format_value(c, row.get(c), language, with_unit=False) for c in columns)
        lines.append("\t".join("" if cell == MISSING else clean(cell) for cell in cells))  # empty, not a dash
    return "\n".join(lines) + "\n"
