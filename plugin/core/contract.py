"""The data contract: default field names, types and categories of each layer.

One place for the contract; validation, the field-mapping dialog, the sample
builder and the importers all read it from here.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, Tuple

SERVICE_CATEGORIES: Tuple[str, ...] = (
    "kita", "school", "language_course", "counselling", "jobcenter",
    "authority", "transit", "health", "other",
)
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
