"""Core data model: validated, projected records of the planning layers.

Records hold aggregate counts and planner-defined group labels only, never
data about persons. Coordinates are in a projected CRS in metres
(``PlanningData.crs``). Geometries are shapely objects (1.8 and 2.x alike).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, List, Optional, Tuple

from .contract import DEFAULT_CRS, DEFAULT_HOTSPOT_RADIUS_M


@dataclass(frozen=True)
class District:
    district_id: str
    name: str
    population: Optional[int]  # None when missing; 0 allowed (excluded from ratios)
    geometry: Any  # shapely Polygon or MultiPolygon


@dataclass(frozen=True)
class Shelter:
    shelter_id: str
    name: str
    x: float
    y: float
    capacity: int
    occupied: int
    operator: Optional[str] = None
    group_label: Optional[str] = None
    status: str = "active"

    def places(self, field_name: str = "capacity") -> int:
        """Places counted for the analysis: ``capacity`` or ``occupied``."""
        return self.occupied if field_name == "occupied" else self.capacity


@dataclass(frozen=True)
class Hotspot:
    hotspot_id: str
    name: str
    community: Optional[str]
    x: float  # point, or the polygon's representative point
    y: float
    radius_m: float = DEFAULT_HOTSPOT_RADIUS_M
    geometry: Any = None  # polygon when the hotspot is an area; None for points


@dataclass(frozen=True)
class Service:
    service_id: str
    name: str
    category: str
    x: float
    y: float
    capacity: Optional[int] = None  # places (a Kita's approved places); None when not known


@dataclass(frozen=True)
class Candidate:
    site_id: str
    name: str
    x: float
    y: float
    min_places: int
    max_places: int
    module: int = 1
    cost_per_place: Optional[float] = None


@dataclass(frozen=True)
class Rule:
    group_a: str
    group_b: str
    relation: str  # "separate" or "near"
    distance_m: float
    note: str = ""
    fid: Any = None  # feature id (row) in the rules table, for messages; None when built in code


@dataclass(frozen=True)
class GroupDemand:
    group_label: str
    places: int


@dataclass
class PlanningData:
    """All layers of one planning question, validated and in one projected CRS."""

    districts: List[District] = field(default_factory=list)
    shelters: List[Shelter] = field(default_factory=list)
    hotspots: List[Hotspot] = field(default_factory=list)
    services: List[Service] = field(default_factory=list)
    candidates: List[Candidate] = field(default_factory=list)
    rules: List[Rule] = field(default_factory=list)
    group_demand: List[GroupDemand] = field(default_factory=list)
    crs: str = DEFAULT_CRS
    notes: List[str] = field(default_factory=list)  # what was repaired/reprojected, for reports

    def active_shelters(self) -> List[Shelter]:
        """Shelters in operation (status active or empty); planned/closed ones hold no places."""
        return [s for s in self.shelters if (s.status or "active") == "active"]

    def shelter_xy(self) -> Tuple[List[float], List[float]]:
        shelters = self.active_shelters()
        return [s.x for s in shelters], [s.y for s in shelters]
