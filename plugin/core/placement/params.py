"""Parameters and result records of the placement optimiser (``dispersion:suggest``)."""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Dict, List, Optional, Tuple

from numpy.typing import NDArray

from ..metrics.fsca import DEFAULT_DEMAND_RATES, DEFAULT_MAX_DISTANCE_M, DEFAULT_SHELTER_UNDER6_SHARE

Array = NDArray[Any]  # a numpy array of any dtype (placement arrays are float, int64 or bool), for type hints


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
    __format__ = str.__format__  # type: ignore[assignment]


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
class SolverOptions:
    """How the optimiser spends its time: tuning knobs, not planning rules (the results do not depend on
    them, given enough time). Pass your own through ``PlacementParams.solver``, e.g. in tests and benchmarks.

    Time (seconds or shares of the time limit):
    ``min_stage_seconds``: a stage (or probe) with less time left is skipped.
    ``safety_s`` seconds kept free before TIME_LIMIT_S (HiGHS overrun, verification, reasons), but at
    most ``safety_share`` of a short time limit.
    ``combined_share``: time for stage c at stage b's LP bound before falling back to stage b.
    ``groups_share``: time kept for assigning the groups after the pooled stages.
    ``diagnosis_share``: time kept for the diagnosis when the first probe finds nothing.

    Search (stage a):
    ``lp_bisection_min_sites``: below this, MIP probes cost no more than the LP probes that would
    narrow them (also: the early group fallback only pays from this size on).
    ``gallop_step``: first step above the lower bound, relative; doubled after each infeasible probe.
    ``bisect_split``: where in the open range of loads the bisection probes (0.5: the middle).

    Stages b and c:
    ``merged_bc_max_sites``: below this, stages b and c as one weighted MILP (one HiGHS call less:
    27 -> 21 ms at 50 sites).
    ``merged_max_objective``: weighted objective values beyond this are not trusted to one place of cost.
    ``zero_spread_min_sites``: above this, a spread of zero is checked first on a smaller model
    (often possible and quick).

    Model building:
    ``presolve_max_clique``: HiGHS's presolve takes time growing faster than quadratically in the
    length of a clique row and does not watch the time limit meanwhile (a clique of 2,000 co-located
    sites: 2.9 s, of 5,000: 31 s; without presolve 0.06 s); a longer clique row switches presolve off
    for that model.
    ``clique_shifts``: grid offsets (in cells) for the cell cuts; each shifted grid adds its own cuts,
    but at 5,000 sites one grid solved fastest (stage c 5.2 s / 7.4 s on scipy 1.17 / 1.10; four grids
    6.0 s / 14.6 s).
    ``pairs_per_second``: pairs of locations the formulation turns into rows per second (Python
    loops; measured about 3e5/s on a slower interpreter): more pairs than fit before the deadline stop
    the build up front (TooDense).
    """

    min_stage_seconds: float = 0.05
    safety_s: float = 2.0
    safety_share: float = 0.08
    combined_share: float = 0.85
    groups_share: float = 0.04
    diagnosis_share: float = 0.25
    lp_bisection_min_sites: int = 200
    gallop_step: float = 0.02
    bisect_split: float = 0.25
    merged_bc_max_sites: int = 200
    merged_max_objective: float = 1e12
    zero_spread_min_sites: int = 300
    presolve_max_clique: int = 400
    clique_shifts: Tuple[Tuple[float, float], ...] = ((0.0, 0.0),)
    pairs_per_second: float = 150_000.0


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
    ``solver``: how the optimiser spends its time (:class:`SolverOptions`), not a planning rule.

    Kita rule (``kita_rule=True``, off by default): the expected children of the new places,
    ``kita_under6_share`` x the under-6 demand rate of ``kita_rates`` x places, must fit into the free places
    of the Kitas (services of category ``kita_category`` with a ``capacity``) within ``kita_max_distance_m``
    (walking distance when a network is given). Free places per Kita: its capacity minus the children already
    expected there; the district children (``kita_age_rows``: district_id, age_from, age_to exclusive, count,
    at the district's centre, or spread over ``kita_age_points``: district_id, x, y, weight, e.g. the cells of
    a Zensus age grid, in proportion to the weights) and the existing shelters' children (residents x share
    under 6 x rate) are split among the Kitas within their reach in proportion to those Kitas' places (see
    instance.kita_arrays).
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
    solver: SolverOptions = SolverOptions()
    kita_rule: bool = False
    kita_under6_share: float = DEFAULT_SHELTER_UNDER6_SHARE
    kita_rates: Tuple[Tuple[float, float, float], ...] = DEFAULT_DEMAND_RATES
    kita_max_distance_m: float = DEFAULT_MAX_DISTANCE_M
    kita_age_rows: Tuple[Tuple[str, float, float, float], ...] = ()
    kita_category: str = "kita"
    kita_age_points: Tuple[Tuple[str, float, float, float], ...] = ()


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
class StageResult:
    """What one solver stage did, as reported in :attr:`PlacementResult.stages`.

    ``stage``: "a" (highest load), "b" (spread), "c" (cost), "b+c" (both in one model) or "groups"
    (assigning the groups to the pooled optimum's sites). ``status``: the stage's own outcome.
    ``gap``: relative gap where known. ``probes``/``lp_probes``: feasibility MILPs and LP relaxations
    solved by stage a.
    """

    stage: str
    status: SolveStatus
    seconds: float = 0.0
    gap: Optional[float] = None
    probes: Optional[int] = None
    lp_probes: Optional[int] = None


@dataclass
class PlacementResult:
    """Outcome of :func:`suggest`.

    ``status`` (a :class:`SolveStatus`, compares equal to its string) is
    ``optimal``, ``feasible`` (time limit hit; ``gap`` is the relative gap of
    the first stage that stopped early: stage a, or b/c when stage a was
    proven; 1.0 for a stage skipped for lack of time), ``infeasible`` (proven;
    ``diagnosis`` says why and ``relaxations`` what would work) or ``timeout``
    (no placement found within the time limit, infeasibility not proven;
    ``timed_out`` is True). ``stages`` lists what each solver stage did
    (:class:`StageResult`), its ``status`` a :class:`SolveStatus` as well.
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
    stages: List[StageResult] = field(default_factory=list)
