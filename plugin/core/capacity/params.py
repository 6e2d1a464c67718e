"""Inputs, settings and results of capacity planning over time (issue 17), and their validation.

Months are numbered 1..T (T = ``horizon``); month 0 is today. A site is an existing shelter
(``state0`` ``active`` or ``reserve``) or a candidate (``state0`` ``candidate``; a closed shelter that
may reopen is a candidate too). Costs are per place and month (active, reserve) or per event for the
whole site (opening, activation, closing). Lead times are in months: a change decided now takes
effect ``lead`` months later (see formulation for the exact rules).
"""
from __future__ import annotations

import functools
import math
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple

from ..i18n import Message
from .texts import Msg, fmt

STATES0 = ("active", "reserve", "candidate")
MONTH_STATES = ("active", "reserve", "closed", "not_opened")
MAX_COUNT = 10 ** 9
MAX_HORIZON = 240


class CapacityStatus(str, Enum):
    """Outcome of a capacity plan, as :class:`plugin.core.placement.params.SolveStatus`.

    ``optimal``: proven cheapest plan (and, among those, lowest highest district load).
    ``feasible``: a plan keeping every rule, stopped at the time limit (``gap``).
    ``infeasible``: proven that no plan covers every month (``shortfall`` and ``fixes`` say
    where and what would help). ``timeout``: nothing found in time, nothing proven.
    """

    OPTIMAL = "optimal"
    FEASIBLE = "feasible"
    INFEASIBLE = "infeasible"
    TIMEOUT = "timeout"

    def __str__(self) -> str:
        return str.__str__(self)

    def __format__(self, format_spec: str) -> str:
        return str.__format__(self, format_spec)


@dataclass(frozen=True)
class Site:
    """An existing shelter or a candidate site, with its costs and lead times.

    ``group_label``: a group-only site (its places serve that group only). ``earliest_close``:
    the site may not close before this month (lease end). ``must_close_by``: the site is closed
    from this month on (a permit ends). ``min_active_months``: once activated, it stays active
    this long (or to the end of the horizon). ``module``: places are activated in steps of this
    many (a floor, a wing); None: the whole site is active or in reserve. ``x``/``y`` (metres) are needed for the spacing and
    hotspot rules. ``row`` is the row in the source table, for messages.
    """

    site_id: str
    district_id: str
    capacity: int
    state0: str = "candidate"
    occupied: int = 0
    group_label: Optional[str] = None
    cost_active: float = 0.0
    cost_reserve: float = 0.0
    activation_lead: int = 0
    activation_cost: float = 0.0
    opening_lead: int = 0
    opening_cost: float = 0.0
    closing_cost: float = 0.0
    earliest_close: Optional[int] = None
    must_close_by: Optional[int] = None
    min_active_months: int = 0
    module: Optional[int] = None
    x: Optional[float] = None
    y: Optional[float] = None
    name: str = ""
    row: Any = None

    def position(self) -> Tuple[float, float]:
        """(x, y) for the spacing and hotspot rules; why: ``validate`` rejects a site without them where a rule needs them."""
        if self.x is None or self.y is None:
            raise TypeError(f"site {self.site_id!r} has no coordinates (x, y)")
        return self.x, self.y

    @property
    def existing(self) -> bool:
        return self.state0 in ("active", "reserve")


@dataclass(frozen=True)
class DistrictPop:
    """A district and its population (for the cap in places per 1,000 and the load objective)."""

    district_id: str
    population: int
    name: str = ""
    row: Any = None


@dataclass(frozen=True)
class MoveOut:
    """How people leave: a monthly rate, or a waiting-time distribution (months -> probability).

    The default is the city's own figure: after a request the wait is 3-6 months, mean 4.5
    (uniform over 3, 4, 5, 6). With a distribution, each month's arrivals leave after W months;
    today's occupants are taken as a steady population of the same kind, so they leave at the
    residual waiting time. ``monthly_rate`` (share leaving each month) replaces it when given.
    """

    monthly_rate: Optional[float] = None
    wait_pmf: Tuple[Tuple[int, float], ...] = ((3, 0.25), (4, 0.25), (5, 0.25), (6, 0.25))


@dataclass(frozen=True)
class Scenario:
    """Arrivals (people) per month 1..T, per group label ('' for people without a group)."""

    name: str
    arrivals: Mapping[str, Tuple[float, ...]]

    def total(self) -> Tuple[float, ...]:
        """Arrivals of all groups per month."""
        series = list(self.arrivals.values())
        if not series:
            return ()
        return tuple(float(sum(v)) for v in zip(*series))


@dataclass(frozen=True)
class HotspotArea:
    """A hotspot for the capacity rules: newly opened places within ``radius_m`` are limited.

    A point hotspot, or an area (``wkt``: its polygon as WKT, kept as text so that a saved scenario stays plain
    JSON); an area is measured from its outline as dispersion:suggest measures it (a site inside is at 0 m).
    """

    hotspot_id: str
    x: float
    y: float
    radius_m: float = 500.0
    name: str = ""
    wkt: Optional[str] = None

    def distance(self, x: float, y: float) -> float:
        """Metres from (x, y) to the hotspot: to its point, or to its area."""
        if not self.wkt:
            return math.hypot(x - self.x, y - self.y)
        from shapely.geometry import Point

        return float(_area(self.wkt).distance(Point(float(x), float(y))))


def hotspot_areas(hotspots: Sequence[Any]) -> List[HotspotArea]:
    """The planning data's hotspots (core.model.Hotspot: a point, or an area with its polygon) as the capacity
    rule's hotspot areas; why one function: the dialog and dispersion:capacityplan must read them alike."""
    return [HotspotArea(str(h.hotspot_id), float(h.x), float(h.y), float(h.radius_m), h.name or "",
                        h.geometry.wkt if h.geometry is not None and h.geometry.geom_type != "Point" else None)
            for h in hotspots]


@functools.lru_cache(maxsize=256)
def _area(wkt: str) -> Any:
    """The polygon of a hotspot area, parsed once per text."""
    from shapely import wkt as shapely_wkt

    return shapely_wkt.loads(wkt)


@dataclass(frozen=True)
class CapacityParams:
    """Settings. ``target_occupancy``: active places may be filled to this share (default 90 %).

    ``high_occupancy``: the share allowed in the high scenario (default: the same).
    ``max_per_1000``: district cap in places per 1,000 inhabitants (None: no cap). A district
    already above it today keeps its present places as its cap. ``min_spacing_m`` and
    ``hotspot_max_places`` apply to newly opened sites as in ``suggest``. ``load_objective``:
    among the cheapest plans, take one with the lowest highest district load (a second HiGHS run).
    """

    horizon: int = 24
    target_occupancy: float = 0.9
    high_occupancy: Optional[float] = None
    planning_scenario: str = "mid"
    high_scenario: str = "high"
    max_per_1000: Optional[float] = None
    min_spacing_m: float = 0.0
    hotspot_max_places: Optional[int] = None
    time_limit_s: float = 30.0
    mip_rel_gap: float = 0.0
    load_objective: bool = True

    @property
    def high_occ(self) -> float:
        return self.target_occupancy if self.high_occupancy is None else self.high_occupancy


# Names a city gives its three scenarios, per role of the defaults (compared after parsing.normalise_name)
SCENARIO_ALIASES: Dict[str, Tuple[str, ...]] = {
    "low": ("low", "niedrig", "gering", "unten", "untere", "min", "minimum", "pessimistisch"),
    "mid": ("mid", "middle", "medium", "base", "baseline", "mittel", "mitte", "mittleres", "basis", "normal",
            "erwartet", "planung"),
    "high": ("high", "hoch", "hohe", "hohes", "oben", "obere", "max", "maximum"),
}


def resolve_scenario_names(params: CapacityParams, names: Sequence[str]) -> CapacityParams:
    """``params`` whose planning or high scenario, when no scenario has that name, names the one scenario
    that means the same ("mittel" or "Mid" for the default "mid", "hoch" for "high").

    Why: Processing has no parameter for these names and a German city calls its scenarios niedrig, mittel
    and hoch; they failed with "scenario 'mid' is not in the scenario table". Only a unique match is taken;
    otherwise the names stay and validate says which scenario is missing.
    """
    from dataclasses import replace

    from ..parsing import normalise_name

    def resolved(wanted: str) -> str:
        if not isinstance(wanted, str) or wanted in names:
            return wanted
        key = normalise_name(wanted)
        aliases = next((set(a) for a in SCENARIO_ALIASES.values() if key in a), {key})
        found = [n for n in dict.fromkeys(names) if isinstance(n, str) and normalise_name(n) in aliases]
        return found[0] if len(found) == 1 else wanted

    planning, high = resolved(params.planning_scenario), resolved(params.high_scenario)
    if (planning, high) == (params.planning_scenario, params.high_scenario):
        return params
    return replace(params, planning_scenario=planning, high_scenario=high)


@dataclass
class CapacityProblem:
    """Everything one capacity plan needs."""

    sites: List[Site]
    districts: List[DistrictPop]
    scenarios: List[Scenario]
    params: CapacityParams = field(default_factory=CapacityParams)
    moveout: MoveOut = field(default_factory=MoveOut)
    hotspots: List[HotspotArea] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.params = resolve_scenario_names(self.params, [s.name for s in self.scenarios])

    def scenario(self, name: str) -> Scenario:
        for s in self.scenarios:
            if s.name == name:
                return s
        raise KeyError(name)


@dataclass
class CapacityResult:
    """Outcome of :func:`plugin.core.capacity.solve.plan_capacity`.

    ``states``: site_id -> state per month 1..T (``active``, ``reserve``, ``closed``,
    ``not_opened``). ``changes``: one record per state change with a reason (code, params,
    text). ``shortfall``: months where a scenario is not covered, with the places missing (from
    the slack model, only when infeasible). ``fixes``: the smallest changes found that make the
    plan feasible. ``model``: size of the MILP (variables, binaries, constraints).
    """

    status: CapacityStatus
    message: str = ""
    gap: Optional[float] = None
    cost: Optional[float] = None
    cost_breakdown: Dict[str, float] = field(default_factory=dict)
    max_load: Optional[float] = None
    states: Dict[str, List[str]] = field(default_factory=dict)
    active_places: Dict[str, List[int]] = field(default_factory=dict)
    demand: Dict[str, List[float]] = field(default_factory=dict)
    changes: List[Dict[str, Any]] = field(default_factory=list)
    shortfall: List[Dict[str, Any]] = field(default_factory=list)
    fixes: List[Dict[str, Any]] = field(default_factory=list)
    violations: List[str] = field(default_factory=list)
    district_load: Dict[str, List[float]] = field(default_factory=dict)
    reserve_place_months: float = 0.0
    model: Dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    stages: List[Dict[str, Any]] = field(default_factory=list)


def _bad_number(v: Any) -> bool:
    return not isinstance(v, (int, float)) or isinstance(v, bool) or not math.isfinite(float(v))


def validate(problem: CapacityProblem) -> List[Message]:
    """Every problem in ``problem``, each naming its table, row and field; empty when all is well.

    Checked before building the model so that a planner gets all messages at once rather
    than a solver failure. One check per table: settings, move-out, districts, sites, scenarios.
    """
    out, T = _check_params(problem.params)
    out.extend(_check_moveout(problem.moveout))
    seen_d = _check_districts(problem.districts, out)
    _check_sites(problem, T, seen_d, out)
    _check_scenarios(problem, T, out)
    return out


def _check_params(p: CapacityParams) -> Tuple[List[Message], int]:
    """Messages about the settings, and the horizon to check months against (0 when it is itself wrong)."""
    out: List[Message] = []
    T = p.horizon
    if not isinstance(T, int) or isinstance(T, bool) or not 1 <= T <= MAX_HORIZON:
        out.append(Msg("in_param", {"name": "horizon", "value": T, "why": Msg("param_horizon", max=MAX_HORIZON)}))
        T = 0
    for name, value in (("target_occupancy", p.target_occupancy), ("high_occupancy", p.high_occ)):
        if _bad_number(value) or not 0 < float(value) <= 1:
            out.append(Msg("in_param", {"name": name, "value": value, "why": Msg("param_share")}))
    if p.max_per_1000 is not None and (_bad_number(p.max_per_1000) or p.max_per_1000 < 0):
        out.append(Msg("in_param", {"name": "MAX_PER_1000", "value": p.max_per_1000, "why": Msg("param_nonneg")}))
    if _bad_number(p.min_spacing_m) or p.min_spacing_m < 0:
        out.append(Msg("in_param", {"name": "MIN_SPACING_M", "value": p.min_spacing_m, "why": Msg("param_nonneg")}))
    if p.hotspot_max_places is not None and (_bad_number(p.hotspot_max_places) or p.hotspot_max_places < 0):
        out.append(Msg("in_param", {"name": "HOTSPOT_MAX_PLACES", "value": p.hotspot_max_places, "why": Msg("param_nonneg")}))
    if _bad_number(p.time_limit_s) or p.time_limit_s <= 0:
        out.append(Msg("in_param", {"name": "TIME_LIMIT_S", "value": p.time_limit_s, "why": Msg("param_seconds")}))
    return out, T


def _check_districts(districts: Sequence[DistrictPop], out: List[Message]) -> Dict[str, Any]:
    """Duplicate ids and bad populations; returns district id -> first row, for the sites' district check."""
    dtab = "districts"
    seen_d: Dict[str, Any] = {}
    for i, d in enumerate(districts, start=1):
        row = d.row if d.row is not None else i
        if d.district_id in seen_d:
            out.append(Msg("in_duplicate", {"table": dtab, "row": row, "field": "district_id", "value": d.district_id,
                                            "first": seen_d[d.district_id]}))
        seen_d.setdefault(d.district_id, row)
        if _bad_number(d.population):
            out.append(Msg("in_not_number", {"table": dtab, "row": row, "field": "population", "value": d.population}))
        elif d.population < 0:
            out.append(Msg("in_negative", {"table": dtab, "row": row, "field": "population", "value": d.population}))
    return seen_d


def _check_sites(problem: CapacityProblem, T: int, seen_d: Mapping[str, Any], out: List[Message]) -> None:
    """Each site: ids, state and district, then its numbers, its closing months and its coordinates."""
    p = problem.params
    stab = "sites"
    if not problem.sites:
        out.append(Msg("in_no_rows", {"table": stab}))
    seen: Dict[str, Any] = {}
    need_xy: List[Message] = []
    if p.min_spacing_m and p.min_spacing_m > 0:
        need_xy.append(Msg("rule_spacing"))
    if problem.hotspots and p.hotspot_max_places is not None:
        need_xy.append(Msg("rule_hotspot"))
    for i, s in enumerate(problem.sites, start=1):
        row = s.row if s.row is not None else i
        ctx = {"table": stab, "row": row}
        if s.site_id in seen:
            out.append(Msg("in_duplicate", {**ctx, "field": "site_id", "value": s.site_id, "first": seen[s.site_id]}))
        seen.setdefault(s.site_id, row)
        if s.state0 not in STATES0:
            out.append(Msg("in_bad_state", {**ctx, "field": "state", "value": s.state0, "known": ", ".join(STATES0)}))
        if s.district_id not in seen_d:
            out.append(Msg("in_unknown_district", {**ctx, "field": "district_id", "value": s.district_id}))
        _check_site_numbers(s, ctx, out)
        _check_site_closing(s, ctx, T, out)
        if need_xy and (s.x is None or s.y is None or _bad_number(s.x) or _bad_number(s.y)):
            out.append(Msg("in_no_xy", {**ctx, "site": s.site_id, "rule": need_xy[0] if len(need_xy) == 1 else
                           Msg("rule_and", first=need_xy[0], second=need_xy[1])}))


def _check_site_numbers(s: Site, ctx: Dict[str, Any], out: List[Message]) -> None:
    """Counts (whole, >= 0, not absurd), the module, the costs and today's occupants of one site."""
    for name in ("capacity", "occupied", "activation_lead", "opening_lead", "min_active_months"):
        v = getattr(s, name)
        if _bad_number(v):
            out.append(Msg("in_not_number", {**ctx, "field": name, "value": v}))
        elif v < 0:
            out.append(Msg("in_negative", {**ctx, "field": name, "value": v}))
        elif float(v) != int(v):
            out.append(Msg("in_not_whole", {**ctx, "field": name, "value": v}))
        elif v > MAX_COUNT:
            out.append(Msg("in_too_large", {**ctx, "field": name, "value": v, "limit": fmt(MAX_COUNT)}))
    if s.module is not None and not _bad_number(s.module) and not _bad_number(s.capacity):
        if s.module < 1 or float(s.module) != int(s.module):
            out.append(Msg("in_not_whole", {**ctx, "field": "module", "value": s.module}))
        elif s.capacity % s.module:
            out.append(Msg("in_module", {**ctx, "value": s.module, "capacity": s.capacity}))
    for name in ("cost_active", "cost_reserve", "activation_cost", "opening_cost", "closing_cost"):
        v = getattr(s, name)
        if _bad_number(v):
            out.append(Msg("in_not_number", {**ctx, "field": name, "value": v}))
        elif v < 0:
            out.append(Msg("in_negative", {**ctx, "field": name, "value": v}))
    if not _bad_number(s.occupied) and not _bad_number(s.capacity) and s.occupied > 0:
        if s.state0 == "candidate":
            out.append(Msg("in_occupied_candidate", {**ctx, "value": s.occupied}))
        elif s.state0 == "reserve":  # standby places hold nobody; the plan failed with "N places short in month 1"
            out.append(Msg("in_occupied_reserve", {**ctx, "value": s.occupied}))
        elif s.occupied > s.capacity:
            out.append(Msg("in_occupied", {**ctx, "value": s.occupied, "capacity": s.capacity}))


def _check_site_closing(s: Site, ctx: Dict[str, Any], T: int, out: List[Message]) -> None:
    """earliest_close and must_close_by: whole months from 1, in that order; a month after the horizon means
    "not within this plan". Why: one sites table serves plans of any horizon; a lease to month 13 stopped a
    12-month plan (the sample's own table stopped every horizon below 12)."""
    for name in ("earliest_close", "must_close_by"):
        v = getattr(s, name)
        if v is None:
            continue
        if _bad_number(v) or float(v) != int(v):
            out.append(Msg("in_not_whole", {**ctx, "field": name, "value": v}))
        elif T and v < 1:
            out.append(Msg("in_month_range", {**ctx, "field": name, "value": v, "horizon": T}))
    if (s.earliest_close is not None and s.must_close_by is not None and not _bad_number(s.earliest_close)
            and not _bad_number(s.must_close_by) and s.earliest_close > s.must_close_by):
        out.append(Msg("in_close_order", {**ctx, "early": s.earliest_close, "late": s.must_close_by}))


def _check_scenarios(problem: CapacityProblem, T: int, out: List[Message]) -> None:
    """The planning and high scenarios exist; every series has T months of numbers >= 0."""
    p = problem.params
    names = [s.name for s in problem.scenarios]
    for role, name in (("role_planning", p.planning_scenario), ("role_high", p.high_scenario)):
        if name not in names:  # the role as a message of its own: it read "(planning scenario)" in German too
            out.append(Msg("in_scenario_missing", {"name": name, "role": Msg(role),
                                                   "known": ", ".join(names) or Msg("none")}))
    for sc in problem.scenarios:
        for g, series in sc.arrivals.items():
            if T and len(series) != T:
                out.append(Msg("in_scenario_month", {"name": sc.name, "group": g or "-", "month": min(len(series) + 1, T),
                                                     "horizon": T}))
            for m, v in enumerate(series, start=1):
                if _bad_number(v):
                    out.append(Msg("in_not_number", {"table": "scenarios", "row": f"{sc.name}/{g or '-'}/month {m}",
                                                     "field": "arrivals", "value": v}))
                elif v < 0:
                    out.append(Msg("in_negative", {"table": "scenarios", "row": f"{sc.name}/{g or '-'}/month {m}",
                                                   "field": "arrivals", "value": v}))


def _check_moveout(m: MoveOut) -> List[Message]:
    out: List[Message] = []
    if m.monthly_rate is not None:
        if _bad_number(m.monthly_rate) or not 0 <= m.monthly_rate <= 1:
            out.append(Msg("in_param", {"name": "moveout monthly_rate", "value": m.monthly_rate,
                                        "why": Msg("param_share01")}))
        return out
    if not m.wait_pmf:
        out.append(Msg("in_pmf", {"why": Msg("pmf_empty")}))
        return out
    total = 0.0
    for w, q in m.wait_pmf:
        if _bad_number(w) or float(w) != int(w) or w < 1 or w > MAX_HORIZON:
            out.append(Msg("in_pmf", {"why": Msg("pmf_wait", w=w, max=MAX_HORIZON)}))
        if _bad_number(q) or q < 0:
            out.append(Msg("in_pmf", {"why": Msg("pmf_prob", q=q, w=w)}))
        else:
            total += float(q)
    if not out and abs(total - 1.0) > 1e-6:
        out.append(Msg("in_pmf", {"why": Msg("pmf_sum", total=total)}))
    return out


def issue_texts(issues: Sequence[Message]) -> List[str]:
    """The English texts of ``issues``."""
    return [str(m) for m in issues]
