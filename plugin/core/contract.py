"""The data contract: default field names, types and categories of each layer.

One place for the contract; validation, the field-mapping dialog, the sample
builder and the importers all read it from here.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, Sequence, Tuple

from .i18n import Message, catalogue, msg

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
}


# Names cities really use for the contract fields (German and English), for automatic field mapping.
FIELD_ALIASES: Dict[str, Tuple[str, ...]] = {
    "district_id": ("ortsbezirk_id", "ob_nr", "nummer", "bezirk_id", "bezirksnummer", "id", "district", "ortsbezirk"),
    "name": ("bezirk", "bezeichnung", "name_de", "titel", "title"),
    "population": ("einwohner", "einwohnerzahl", "ew", "bevoelkerung", "bevölkerung", "pop", "anzahl"),
    "shelter_id": ("gu_id", "unterkunft_id", "id", "nr"),
    "capacity": ("kapazitaet", "kapazität", "plaetze", "plätze", "places", "betten"),
    "occupied": ("belegt", "belegung", "belegte_plaetze", "belegte plätze", "occupancy"),
    "operator": ("betreiber", "traeger", "träger"),
    "group_label": ("gruppe", "group", "zielgruppe"),
    "status": ("zustand", "betriebsstatus"),
    "hotspot_id": ("id", "nr"),
    "community": ("gemeinschaft", "gruppe", "group_label"),
    "radius_m": ("radius", "umkreis_m"),
    "service_id": ("id", "nr"),
    "category": ("kategorie", "typ", "art", "type"),
    "site_id": ("flaeche_id", "standort_id", "id", "nr"),
    "min_places": ("min_plaetze", "minimum", "min"),
    "max_places": ("max_plaetze", "maximum", "max"),
    "module": ("modul", "modulgroesse", "module_size"),
    "cost_per_place": ("kosten_pro_platz", "kosten", "cost"),
}


def _norm(name: str) -> str:
    return name.strip().lower().replace("-", "_").replace(" ", "_")


def guess_field_map(kind: str, available: Sequence[str]) -> Dict[str, str]:
    """Contract field -> source field, by exact name first, then by known aliases; unmatched fields are left out."""
    by_norm = {_norm(a): a for a in available}
    mapping: Dict[str, str] = {}
    used = set()
    for spec in LAYERS[kind].fields:
        for candidate in (spec.name, *FIELD_ALIASES.get(spec.name, ())):
            source = by_norm.get(_norm(candidate))
            if source is not None and source not in used:
                mapping[spec.name] = source
                used.add(source)
                break
    return mapping
