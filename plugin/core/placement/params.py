"""Parameters and result records of the placement optimiser (``dispersion:suggest``)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Tuple

OPTIMAL, FEASIBLE, INFEASIBLE = "optimal", "feasible", "infeasible"


@dataclass(frozen=True)
class PlacementParams:
    """The planner's settings; names follow the Processing parameters of ``dispersion:suggest``.

    ``places`` is N, used when the planning data carry no group demand.
    ``hotspot_max_places=None`` switches the hotspot rule off; an empty
    ``service_categories`` switches the service rule off; ``min_spacing_m=0``
    switches spacing off. ``close_pair_weight`` is the weight of one pair of
    opened sites closer than twice the spacing, in places near a hotspot (stage b).
    ``mix_groups=False`` gives each opened site one group label ("language
    units"); True lets a site hold places of several groups (social mixing
    inside a shelter), with `separate` rules then applying inside the site too.
    """

    places: int = 0
    max_per_1000: float = 15.0
    min_spacing_m: float = 0.0
    hotspot_max_places: Optional[int] = None
    service_categories: Tuple[str, ...] = ()
    service_max_distance_m: float = 1000.0
    time_limit_s: float = 30.0
    mip_rel_gap: float = 0.0
    alternatives: int = 0
    places_field: str = "capacity"
    close_pair_weight: float = 10.0
    mix_groups: bool = False


@dataclass
class Alternative:
    """One of the k best distinct placements (a different set of opened sites)."""

    rank: int
    sites: List[Dict[str, Any]]
    objective_max_per_1000: Optional[float]
    spread: Optional[float] = None
    cost: Optional[float] = None
    status: str = OPTIMAL


@dataclass
class PlacementResult:
    """Outcome of :func:`suggest`.

    ``status`` is ``optimal``, ``feasible`` (time limit hit; ``gap`` is the
    relative gap of the first stage that stopped early: stage a, or b/c when
    stage a was proven; 1.0 for a stage skipped for lack of time) or ``infeasible`` (``diagnosis`` says why and
    ``relaxations`` what would work; ``timed_out`` is True when no placement was
    found in time but infeasibility was not proven).
    """

    status: str
    objective_max_per_1000: Optional[float] = None
    gap: Optional[float] = None
    message: str = ""
    sites: List[Dict[str, Any]] = field(default_factory=list)
    districts_after: List[Dict[str, Any]] = field(default_factory=list)
    diagnosis: List[str] = field(default_factory=list)
    relaxations: Dict[str, Any] = field(default_factory=dict)
    alternatives: List[Alternative] = field(default_factory=list)
    violations: List[str] = field(default_factory=list)
    solve_seconds: float = 0.0
    spread: Optional[float] = None
    cost: Optional[float] = None
    notes: List[str] = field(default_factory=list)
    timed_out: bool = False
    stages: List[Dict[str, Any]] = field(default_factory=list)
