"""Parameters and result records of the placement optimiser (``dispersion:suggest``)."""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Dict, List, Optional, Tuple


class SolveStatus(str, Enum):
    """Outcome of a placement run; the values are the strings of the ``STATUS`` output.

    ``optimal``: proven best placement. ``feasible``: a placement that keeps every
    rule, stopped at the time limit (``gap`` bounds the distance to the best).
    ``infeasible``: proven that no placement keeps every rule (``diagnosis`` says
    why). ``timeout``: no placement found within the time limit and
    infeasibility not proven either.
    """

    OPTIMAL = "optimal"
    FEASIBLE = "feasible"
    INFEASIBLE = "infeasible"
    TIMEOUT = "timeout"

    # print, format and compare as the plain value on every Python version
    __str__ = str.__str__
    __format__ = str.__format__


OPTIMAL, FEASIBLE, INFEASIBLE, TIMEOUT = (SolveStatus.OPTIMAL, SolveStatus.FEASIBLE, SolveStatus.INFEASIBLE,
                                          SolveStatus.TIMEOUT)


class BuildTimeout(Exception):
    """Internal: the deadline passed while preparing or building a model (never reaches the user)."""


def past(deadline: Optional[float]) -> bool:
    """Whether ``deadline`` (a ``time.perf_counter()`` value, None for none) has passed."""
    if deadline is None:
        return False
    import time

    return time.perf_counter() >= deadline


def check_deadline(deadline: Optional[float]) -> None:
    """Raise :class:`BuildTimeout` once ``deadline`` has passed."""
    if past(deadline):
        raise BuildTimeout()


class TooDense(BuildTimeout):
    """Internal: more site pairs within ``dist`` metres than rows can be built before the deadline."""

    def __init__(self, pairs: int, dist: float):
        super().__init__(pairs, dist)
        self.pairs, self.dist = pairs, dist


class Ticker:
    """Cheap deadline check for Python loops: looks at the clock every ``every`` calls."""

    def __init__(self, deadline: Optional[float], every: int = 1024):
        self.deadline, self.every, self.n = deadline, every, 0

    def __call__(self) -> None:
        self.n += 1
        if self.deadline is not None and self.n % self.every == 0:
            check_deadline(self.deadline)


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
    status: SolveStatus = OPTIMAL


@dataclass
class PlacementResult:
    """Outcome of :func:`suggest`.

    ``status`` (a :class:`SolveStatus`, compares equal to its string) is
    ``optimal``, ``feasible`` (time limit hit; ``gap`` is the relative gap of
    the first stage that stopped early: stage a, or b/c when stage a was
    proven; 1.0 for a stage skipped for lack of time), ``infeasible`` (proven;
    ``diagnosis`` says why and ``relaxations`` what would work) or ``timeout``
    (no placement found within the time limit, infeasibility not proven;
    ``timed_out`` is True). ``stages`` lists what each solver stage did, its
    ``status`` a :class:`SolveStatus` as well.
    """

    status: SolveStatus
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
