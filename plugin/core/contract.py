"""The data contract: default field names, types and categories of each layer.

One place for the contract; validation, the field-mapping dialog, the sample
builder and the importers all read it from here.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, Iterable, Optional, Sequence, Tuple

from .i18n import Message, catalogue, msg
from .parsing import normalise_name

SERVICE_CATEGORIES: Tuple[str, ...] = (
    "kita", "school", "language_course", "counselling", "jobcenter",
    "authority", "transit", "health", "other",
)
# How reports and reasons name the service categories
CATEGORY_NAMES = catalogue("category", {
    "kita": "childcare (Kita)",
    "school": "school",
    "language_course": "language course",
    "counselling": "counselling",
    "jobcenter": "job centre",
    "authority": "authority",
    "transit": "public transport",
    "health": "health",
    "other": "other",
})


def category_name(category: str) -> Message | str:
    """Display name of a service category (a message; render it in the reader's language); unknown ids as they are."""
    return msg(CATEGORY_NAMES, category) if category in CATEGORY_NAMES else category


# Names a city's or OSM's services data uses for the categories -> the contract's category (lower case). Why:
# a services layer of its own says "Kindertagesstätte" or OSM's "kindergarten", and counted as "other" its Kitas
# gave no Kita figures at all. Read exactly (after lower case and trimmed blanks), never by substring here.
CATEGORY_ALIASES: Dict[str, str] = {
    # German
    "kita": "kita", "kindertagesstätte": "kita", "kindergarten": "kita", "kinderbetreuung": "kita",
    "kinder": "kita", "krippe": "kita",
    "schule": "school", "schulen": "school", "bildung": "school", "ausbildung": "school",
    "sprache": "language_course", "sprachkurs": "language_course", "sprachkurse": "language_course",
    "deutschkurs": "language_course", "integrationskurs": "language_course", "deutsch lernen": "language_course",
    "beratung": "counselling", "beratungsstelle": "counselling", "beratungsstellen": "counselling",
    "migrationsberatung": "counselling", "soziales": "counselling", "hilfe": "counselling",
    "arbeit": "jobcenter", "jobcenter": "jobcenter", "arbeitsagentur": "jobcenter", "agentur für arbeit": "jobcenter",
    "beruf": "jobcenter", "arbeit und ausbildung": "jobcenter",
    "behörde": "authority", "behörden": "authority", "amt": "authority", "ämter": "authority",
    "ausländerbehörde": "authority", "verwaltung": "authority", "bürgerbüro": "authority", "stadtverwaltung": "authority",
    "mobilität": "transit", "verkehr": "transit", "öpnv": "transit", "bus": "transit", "bahnhof": "transit",
    "haltestelle": "transit",
    "gesundheit": "health", "arzt": "health", "ärzte": "health", "krankenhaus": "health", "apotheke": "health",
    "medizinische versorgung": "health",
    # English
    "childcare": "kita", "daycare": "kita", "nursery": "kita",
    "school": "school", "schools": "school", "education": "school",
    "language": "language_course", "language course": "language_course", "language courses": "language_course",
    "german course": "language_course",
    "counselling": "counselling", "counseling": "counselling", "advice": "counselling", "advice centre": "counselling",
    "social services": "counselling", "help": "counselling",
    "work": "jobcenter", "job centre": "jobcenter", "job center": "jobcenter", "employment": "jobcenter",
    "authority": "authority", "authorities": "authority", "office": "authority", "offices": "authority",
    "public authority": "authority", "administration": "authority", "immigration office": "authority",
    "mobility": "transit", "transport": "transit", "public transport": "transit", "transit": "transit",
    "health": "health", "doctor": "health", "doctors": "health", "hospital": "health", "pharmacy": "health",
    "medical care": "health",
    "other": "other", "sonstiges": "other", "freizeit": "other", "leisure": "other", "einkaufen": "other",
    "shopping": "other",
    # OSM tag values (amenity=, healthcare=, public_transport=, office=) and common German names of the same
    "kindertagesstaette": "kita", "kita-einrichtung": "kita", "kinderkrippe": "kita", "kindertagespflege": "kita",
    "kinder-tagesstätte": "kita", "kindertageseinrichtung": "kita",
    "grundschule": "school", "language_school": "language_course", "sprachschule": "language_course",
    "social_facility": "counselling", "social_centre": "counselling", "townhall": "authority",
    "rathaus": "authority", "government": "authority", "clinic": "health",
    "dentist": "health", "bus_stop": "transit", "platform": "transit", "stop_position": "transit",
    "station": "transit", "tram_stop": "transit",
}


SHELTER_STATUSES: Tuple[str, ...] = ("active", "planned", "closed")
RULE_RELATIONS: Tuple[str, ...] = ("separate", "near")
DEFAULT_HOTSPOT_RADIUS_M = 500.0
DEFAULT_CRS = "EPSG:25832"


@dataclass(frozen=True)
class FieldSpec:
    """One field of the contract: its default name, kind and whether it is required."""

    name: str
    kind: str  # "text", "int", "float"
    required: bool = True
    minimum: float | None = None


@dataclass(frozen=True)
class LayerSpec:
    """A layer of the contract: geometry kind ("polygon", "point", "point_or_polygon", "none") and fields."""

    kind: str
    geometry: str
    fields: Tuple[FieldSpec, ...]

    def field_names(self) -> Tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    def required(self) -> Tuple[FieldSpec, ...]:
        return tuple(f for f in self.fields if f.required)


LAYERS: Dict[str, LayerSpec] = {
    "districts": LayerSpec("districts", "polygon", (
        FieldSpec("district_id", "text"),
        FieldSpec("name", "text"),
        FieldSpec("population", "int", minimum=0),
    )),
    "shelters": LayerSpec("shelters", "point", (
        FieldSpec("shelter_id", "text"),
        FieldSpec("name", "text", required=False),
        FieldSpec("capacity", "int", minimum=0),
        FieldSpec("occupied", "int", minimum=0),
        FieldSpec("operator", "text", required=False),
        FieldSpec("group_label", "text", required=False),
        FieldSpec("status", "text", required=False),
    )),
    "hotspots": LayerSpec("hotspots", "point_or_polygon", (
        FieldSpec("hotspot_id", "text"),
        FieldSpec("name", "text", required=False),
        FieldSpec("community", "text", required=False),
        FieldSpec("radius_m", "float", required=False, minimum=0),
    )),
    "services": LayerSpec("services", "point", (
        FieldSpec("service_id", "text"),
        FieldSpec("name", "text", required=False),
        FieldSpec("category", "text"),
        FieldSpec("capacity", "int", required=False, minimum=0),  # Kita places (issue 18); empty: not known
    )),
    "candidates": LayerSpec("candidates", "point", (
        FieldSpec("site_id", "text"),
        FieldSpec("name", "text", required=False),
        FieldSpec("min_places", "int", minimum=0),
        FieldSpec("max_places", "int", minimum=0),
        FieldSpec("module", "int", required=False, minimum=1),
        FieldSpec("cost_per_place", "float", required=False, minimum=0),
    )),
    "rules": LayerSpec("rules", "none", (
        FieldSpec("group_a", "text"),
        FieldSpec("group_b", "text"),
        FieldSpec("relation", "text"),
        FieldSpec("distance_m", "float", minimum=0),
        FieldSpec("note", "text", required=False),
    )),
    "group_demand": LayerSpec("group_demand", "none", (
        FieldSpec("group_label", "text"),
        FieldSpec("places", "int", minimum=0),
    )),
    # The walking network (issue 18): any line layer, every line walkable in both directions unless a field says
    # otherwise. ``oneway``: empty/no/0 both ways, yes/1/forward along the digitised direction, -1/reverse against
    # it (OSM's values). ``walkable``: no/false/0 leaves the line out (OSM ``foot=no``); ``not_walkable``: yes/1
    # leaves it out. The plugin never guesses from a road class (OSM ``highway=motorway``): filter the layer or
    # fill one of these fields so the rule stays the planner's and is visible.
    "network": LayerSpec("network", "line", (
        FieldSpec("oneway", "text", required=False),
        FieldSpec("walkable", "text", required=False),
        FieldSpec("not_walkable", "text", required=False),
    )),
}


# The one alias registry: names cities really use for the contract fields (German and English), for
# automatic field mapping in every front end (dialogs, Processing defaults, CSV import, fusion). Aliases
# are compared after parsing.normalise_name, so "Plätze", "Plaetze" and "PLAETZE" are one alias; the order
# is the preference when a layer has several matching columns. "free", "utilisation_pct" and "date" are
# not contract fields: fusion reads them from operators' lists (see guess_field_map's ``extra``).
FIELD_ALIASES: Dict[str, Tuple[str, ...]] = {
    "district_id": ("stadtteil_nr", "stadtteil_id", "stadtteilnummer", "ortsbezirk_id", "ortsbezirk_nr", "ob_nr",
                    "bezirk_id", "bezirk_nr", "bezirksnummer", "stadtbezirk_nr", "district_no", "district_nr",
                    "district_number", "nummer", "nr", "id", "district", "ortsbezirk"),
    "name": ("stadtteilname", "stadtteil_name", "stadtteil", "ortsbezirk_name", "bezirk", "bezirksname",
             "bezeichnung", "einrichtung", "unterkunft", "name_de", "district_name", "shelter_name", "site_name",
             "titel", "title", "gu", "standort", "objekt"),
    "population": ("einwohner", "einwohnerzahl", "einwohner_innen", "einwohnerinnen", "ew", "bevoelkerung",
                   "bevoelkerungszahl", "einwohner_gesamt", "inhabitants", "residents", "population_total", "pop",
                   "anzahl"),
    "shelter_id": ("gu_nr", "gu_id", "unterkunft_id", "unterkunft_nr", "nr", "nummer", "id", "kennung", "objekt_id",
                   "einrichtung_id", "standort_id", "site_id"),
    "capacity": ("kapazitaet", "kapazitat", "plaetze", "platze", "platzzahl", "plaetze_gesamt", "gesamtplaetze",
                 "kapazitaet_gesamt", "places", "capacity_total", "betten", "bettenzahl", "beds"),
    "occupied": ("belegt", "belegung", "belegte_plaetze", "bewohner", "bewohner_innen", "personen", "occupancy",
                 "occupied_places", "occupants"),
    "operator": ("traeger", "trager", "traeger_in", "traegerin", "trager_in", "tragerin", "traeger_innen",
                 "betreiber", "betreiber_in", "provider", "operator_name"),
    "group_label": ("gruppe", "group", "zielgruppe"),
    "status": ("zustand", "betriebsstatus"),
    "hotspot_id": ("treffpunkt_id", "treffpunkt_nr", "nr", "id"),
    "community": ("gemeinschaft", "gruppe", "group_label"),
    "radius_m": ("radius", "umkreis_m", "umkreis"),
    "service_id": ("angebot_id", "angebot_nr", "nr", "id"),
    "category": ("kategorie", "typ", "art", "type"),
    "site_id": ("flaeche_id", "flaeche_nr", "standort_id", "standort_nr", "nr", "id"),
    "min_places": ("plaetze_min", "min_plaetze", "mindestplaetze", "plaetze_minimum", "places_min", "minimum", "min"),
    "max_places": ("plaetze_max", "max_plaetze", "hoechstplaetze", "maximalplaetze", "plaetze_maximum", "places_max",
                   "maximum", "max"),
    "module": ("modul", "modulgroesse", "module_size"),
    "cost_per_place": ("kosten_pro_platz", "kosten", "cost"),
    "oneway": ("one_way", "einbahn", "einbahnstrasse"),
    "walkable": ("foot", "begehbar", "fussgaenger", "fussweg", "fuss"),
    "not_walkable": ("nicht_begehbar", "gesperrt", "barriere", "barrier"),
    "free": ("frei", "freie_plaetze", "free_places"),
    "utilisation_pct": ("auslastung", "auslastung_prozent", "auslastung_pct", "utilisation", "utilization", "quote"),
    "date": ("datum", "stand", "stichtag", "as_of", "stand_vom"),
}

# Words in a layer's name that say which kind it is (compared after normalise_name; hints shorter than four
# letters must be a whole word, so "gu" does not match "Augustastraße").
KIND_NAME_HINTS: Dict[str, Tuple[str, ...]] = {
    "districts": ("district", "bezirk", "stadtteil", "ortsbezirk"),
    "shelters": ("shelter", "unterkunft", "unterkuenfte", "gu"),
    "hotspots": ("hotspot", "community", "gemeinschaft", "treffpunkt"),
    "services": ("service", "dienst", "angebot", "einrichtung"),
    "candidates": ("candidate", "kandidat", "flaeche", "standort"),
}

# The field whose exact name identifies a layer of each kind, and the geometry it must have
_ID_FIELDS: Tuple[Tuple[str, str, str], ...] = (
    ("districts", "district_id", "polygon"),
    ("shelters", "shelter_id", "point"),
    ("services", "service_id", "point"),
    ("candidates", "site_id", "point"),
    ("hotspots", "hotspot_id", "point_or_polygon"),
)


def field_aliases(name: str) -> Tuple[str, ...]:
    """Normalised names that match field ``name``: itself first, then its aliases in order of preference."""
    out = [normalise_name(name)]
    for alias in FIELD_ALIASES.get(name, ()):
        norm = normalise_name(alias)
        if norm not in out:
            out.append(norm)
    return tuple(out)


def guess_field_map(kind: str, available: Iterable[str], extra: Sequence[str] = ()) -> Dict[str, str]:
    """Contract field -> source field for a layer of ``kind``; unmatched fields are left out.

    The one field guesser of the plugin. Exact names (after normalise_name) are
    matched for every field first, then aliases, each source field used once,
    so an alias never takes a column that is another field's exact name.
    ``extra`` names further targets from FIELD_ALIASES (fusion reads "free",
    "utilisation_pct" and "date").
    """
    by_norm: Dict[str, str] = {}
    for source in available:
        by_norm.setdefault(normalise_name(source), source)
    targets = [*LAYERS[kind].field_names(), *[e for e in extra if e not in LAYERS[kind].field_names()]]
    mapping: Dict[str, str] = {}
    used = set()
    for exact_only in (True, False):
        for target in targets:
            if target in mapping:
                continue
            candidates = field_aliases(target)
            for candidate in candidates[:1] if exact_only else candidates[1:]:
                found = by_norm.get(candidate)
                if found is not None and found not in used:
                    mapping[target] = found
                    used.add(found)
                    break
    return {t: mapping[t] for t in targets if t in mapping}


def find_field(target: str, available: Iterable[str]) -> Optional[str]:
    """The source field that holds ``target`` (a contract or FIELD_ALIASES name), by exact name, then alias."""
    by_norm: Dict[str, str] = {}
    for source in available:
        by_norm.setdefault(normalise_name(source), source)
    return next((by_norm[c] for c in field_aliases(target) if c in by_norm), None)


def _hinted(kind: str, layer_name: Optional[str]) -> bool:
    if not layer_name:
        return False
    norm = normalise_name(layer_name)
    words = norm.split("_")
    return any((hint in norm) if len(hint) >= 4 else (hint in words) for hint in KIND_NAME_HINTS.get(kind, ()))


def _geometry_fits(wanted: str, geometry_type: Optional[str]) -> bool:
    if geometry_type is None:
        return True  # unknown: let the fields decide
    if wanted == "point_or_polygon":
        return geometry_type in ("point", "polygon")
    return geometry_type == wanted


def detect_kind(field_names: Iterable[str], geometry_type: Optional[str], layer_name: Optional[str] = None) -> Optional[str]:
    """The kind of a layer ("districts", "shelters", ..., or a result kind) from its fields, geometry and name.

    The one layer-kind detector, used by the layer pickers, the INSEK export,
    the fusion and CSV dialogs. ``geometry_type`` is "point", "polygon",
    "line", "none" or None (unknown). In order: result layers by their output
    fields ("districts_after", "district_metrics", "suggestions"); any line layer is a walking "network"; a contract
    id field by its exact name; a layer whose name hints at a kind and that
    has at least one of its required fields (by alias); a layer whose required
    fields all map by alias (hotspots, whose only required field is the id,
    need the name hint). None when nothing fits.
    """
    fields = list(field_names)
    names = set(fields)
    polygon, point = geometry_type == "polygon", geometry_type == "point"
    if polygon and "places_before" in names:
        return "districts_after"
    if polygon and "district_id" in names and "gi_class" in names:
        return "district_metrics"
    if point and "site_id" in names and "places" in names and "min_places" not in names:
        return "suggestions"
    if geometry_type == "line":  # the contract's only line kind: any line layer may be a walking network
        return "network"
    for kind, id_field, geometry in _ID_FIELDS:
        if id_field in names and _geometry_fits(geometry, geometry_type):
            return kind
    best: Optional[Tuple[Tuple[int, float], str]] = None
    for order, (kind, _, geometry) in enumerate(_ID_FIELDS):
        if not _geometry_fits(geometry, geometry_type):
            continue
        required = [f.name for f in LAYERS[kind].required()]
        mapping = guess_field_map(kind, fields)
        found = sum(1 for r in required if r in mapping)
        hinted = _hinted(kind, layer_name)
        if hinted and found:
            tier = 2
        elif found == len(required) and kind != "hotspots":
            tier = 1
        else:
            continue
        score = (tier, found / len(required) - order * 1e-3)
        if best is None or score > best[0]:
            best = (score, kind)
    return best[1] if best else None
