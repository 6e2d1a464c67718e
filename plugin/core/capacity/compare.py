"""Saved capacity scenarios (inputs and result) and their side-by-side comparison (issue 17, "Compare").

A planner runs the capacity plan under several assumptions (low/mid/high arrivals, another district
cap, a later lease end) and wants to see them next to each other: cost, peak shortfall, reserve places
held and the highest district load over time. A :class:`ScenarioRecord` keeps what is needed to
show and to redo a run: the inputs (the whole :class:`CapacityProblem` as JSON-able data, so
:func:`problem_from_record` gives the same problem back and the plan can be recomputed) and a summary
of the result (states, places, demand and loads per month). :func:`to_json`/:func:`from_json` store a
list of records as versioned JSON text (the QGIS side keeps it in the project); reading is tolerant of
unknown keys and missing optional ones and raises an :class:`InputError` with a clear message on text
it cannot read. Pure Python, no qgis.
"""
from __future__ import annotations

import dataclasses
import json
import math
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Dict, List, Mapping, Optional, Sequence

from ..errors import InputError
from ..i18n import DEFAULT_LANGUAGE, Message, Number, _from_jsonable, _jsonable, render
from .params import (
    CapacityParams,
    CapacityProblem,
    CapacityResult,
    DistrictPop,
    HotspotArea,
    MoveOut,
    Scenario,
    Site,
)
from .texts import Msg, fmt

FORMAT = "dispersion-planner/capacity-scenarios"
VERSION = 1
STATUSES = ("optimal", "feasible", "infeasible", "timeout")
COST_KINDS = ("active", "reserve", "activation", "opening", "closing")


@dataclass
class ScenarioRecord:
    """One saved run: its name, when it was saved, the inputs and a summary of the result.

    ``problem``: the inputs as JSON-able data (see :func:`problem_to_dict`). ``peak_shortfall``: the
    most places short in any month (0 when every month is covered). ``reserve_places``: reserve places
    per month (sites in reserve, and the places of active sites not active: both cost as reserve);
    ``reserve_places_held``: their ``max`` and ``mean``. ``max_district_load_over_time``: per month the
    highest active places per 1,000 inhabitants of any district. ``active_total``: active places per
    month. ``demand``: people per scenario and month. ``message``: the result's message as
    {"code", "params"} (rendered in the reader's language by :func:`record_message`).
    """

    name: str
    saved_at: str
    problem: Dict[str, Any]
    status: str
    gap: Optional[float] = None
    cost: Optional[float] = None
    cost_breakdown: Dict[str, float] = field(default_factory=dict)
    peak_shortfall: int = 0
    reserve_places_held: Dict[str, float] = field(default_factory=lambda: {"max": 0.0, "mean": 0.0})
    max_district_load_over_time: List[float] = field(default_factory=list)
    states: Dict[str, List[str]] = field(default_factory=dict)
    active_places: Dict[str, List[int]] = field(default_factory=dict)
    active_total: List[int] = field(default_factory=list)
    reserve_places: List[int] = field(default_factory=list)
    demand: Dict[str, List[float]] = field(default_factory=dict)
    district_load: Dict[str, List[float]] = field(default_factory=dict)
    shortfall: List[Dict[str, Any]] = field(default_factory=list)
    changes: List[Dict[str, Any]] = field(default_factory=list)
    message: Dict[str, Any] = field(default_factory=dict)

    @property
    def horizon(self) -> int:
        """Months planned."""
        return int(self.problem.get("params", {}).get("horizon", len(self.active_total)))

    @property
    def params(self) -> Dict[str, Any]:
        """The settings of the run (target_occupancy, max_per_1000, planning_scenario, ...)."""
        return dict(self.problem.get("params", {}))

    @property
    def max_load(self) -> Optional[float]:
        """The highest district load over the horizon (None without a plan)."""
        return max(self.max_district_load_over_time) if self.max_district_load_over_time else None

    @property
    def has_plan(self) -> bool:
        """True when the run found a plan (optimal or feasible)."""
        return self.status in ("optimal", "feasible") and bool(self.states)


# --------------------------------------------------------------------------------------------- problem <-> dict


def _row(value: Any) -> Any:
    return value if value is None or isinstance(value, (str, int, float)) and not isinstance(value, bool) else str(value)


def problem_to_dict(problem: CapacityProblem) -> Dict[str, Any]:
    """The whole problem as JSON-able data (lists and dicts); why: saved scenarios must be redone exactly."""
    sites = []
    for s in problem.sites:
        d = dataclasses.asdict(s)
        d["row"] = _row(s.row)
        sites.append(d)
    districts = []
    for dp in problem.districts:
        d = dataclasses.asdict(dp)
        d["row"] = _row(dp.row)
        districts.append(d)
    return {
        "params": dataclasses.asdict(problem.params),
        "moveout": {"monthly_rate": problem.moveout.monthly_rate,
                    "wait_pmf": [[w, q] for w, q in problem.moveout.wait_pmf]},
        "sites": sites,
        "districts": districts,
        "scenarios": [{"name": sc.name, "arrivals": {g: list(v) for g, v in sc.arrivals.items()}}
                      for sc in problem.scenarios],
        "hotspots": [dataclasses.asdict(h) for h in problem.hotspots],
    }


def _known(cls: Any, data: Mapping[str, Any]) -> Dict[str, Any]:
    """The keys of ``data`` that ``cls`` has as fields (tolerant: later versions may add keys)."""
    names = {f.name for f in dataclasses.fields(cls)}
    return {k: v for k, v in data.items() if k in names}


def problem_from_dict(data: Mapping[str, Any]) -> CapacityProblem:
    """The problem :func:`problem_to_dict` wrote; raises InputError when a part is not as written."""
    try:
        params = CapacityParams(**_known(CapacityParams, data.get("params") or {}))
        mo = data.get("moveout") or {}
        moveout = MoveOut(mo.get("monthly_rate"), tuple((int(w), float(q)) for w, q in mo["wait_pmf"])) \
            if "wait_pmf" in mo else MoveOut(mo.get("monthly_rate"))
        sites = [Site(**_known(Site, s)) for s in data.get("sites") or []]
        districts = [DistrictPop(**_known(DistrictPop, d)) for d in data.get("districts") or []]
        scenarios = [Scenario(str(sc["name"]), {str(g): tuple(float(x) for x in v)
                                                for g, v in (sc.get("arrivals") or {}).items()})
                     for sc in data.get("scenarios") or []]
        hotspots = [HotspotArea(**_known(HotspotArea, h)) for h in data.get("hotspots") or []]
    except (TypeError, KeyError, ValueError, AttributeError) as exc:
        raise _bad(Msg("cmp_why_record", {"index": 1, "field": f"problem ({type(exc).__name__}: {exc})"})) from exc
    return CapacityProblem(sites, districts, scenarios, params, moveout, hotspots)


def problem_from_record(record: ScenarioRecord) -> CapacityProblem:
    """The inputs of a saved run as a problem again; why: redo or change a saved scenario."""
    return problem_from_dict(record.problem)


# --------------------------------------------------------------------------------------------- result -> record


def reserve_per_month(problem: CapacityProblem, states: Mapping[str, Sequence[str]],
                      active: Mapping[str, Sequence[int]]) -> List[int]:
    """Reserve places per month: sites in reserve with all their places, active sites with their places not
    active (they cost as reserve places, see verify.plan_cost)."""
    T = int(problem.params.horizon)
    out = [0] * T
    for s in problem.sites:
        seq = states.get(s.site_id)
        if not seq:
            continue
        for t in range(min(T, len(seq))):
            if seq[t] == "reserve":
                out[t] += int(s.capacity)
            elif seq[t] == "active":
                act = active.get(s.site_id)
                out[t] += int(s.capacity) - int(act[t] if act else s.capacity)
    return out


def _message_dict(message: Any) -> Dict[str, Any]:
    if isinstance(message, Message):
        return {"code": message.code, "params": _jsonable(message.params), "text": _english(message)}
    return {"code": "", "params": {}, "text": _english(message or "")}


def _english(text: Any) -> str:
    """A plain ``str`` (a Message is a str subclass whose str() is itself)."""
    return str(text).encode("utf-8").decode("utf-8")


def _plain(value: Any) -> Any:
    """A JSON-able copy (messages as codes and parameters; numbers with their value)."""
    if isinstance(value, Message):
        return _message_dict(value)
    if isinstance(value, Number):
        return value.value
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value if value is None or isinstance(value, (str, int, float, bool)) else str(value)


def record_from(problem: CapacityProblem, result: CapacityResult, name: str,
                saved_at: Optional[str] = None) -> ScenarioRecord:
    """A saved run from ``problem`` and its ``result`` under ``name``; why: keep it for the comparison and the project.

    ``saved_at``: ISO time (default now, UTC).
    """
    T = int(problem.params.horizon)
    states = {k: list(v) for k, v in result.states.items()}
    active = {k: [int(x) for x in v] for k, v in result.active_places.items()}
    reserve = reserve_per_month(problem, states, active) if states else []
    active_total = [sum(active[s][t] for s in active) for t in range(T)] if active else []
    loads = {k: [float(x) for x in v] for k, v in result.district_load.items()}
    max_over_time = [max(v[t] for v in loads.values()) for t in range(T)] if loads and states else []
    peak = max([0] + [int(x.get("places", 0)) for x in result.shortfall])
    return ScenarioRecord(
        name=str(name),
        saved_at=saved_at or datetime.now(UTC).replace(microsecond=0).isoformat(),
        problem=problem_to_dict(problem),
        status=str(result.status.value if hasattr(result.status, "value") else result.status),
        gap=None if result.gap is None else float(result.gap),
        cost=None if result.cost is None else float(result.cost),
        cost_breakdown={k: float(v) for k, v in result.cost_breakdown.items()},
        peak_shortfall=peak,
        reserve_places_held={"max": float(max(reserve, default=0)),
                             "mean": float(sum(reserve) / len(reserve)) if reserve else 0.0},
        max_district_load_over_time=max_over_time,
        states=states,
        active_places=active,
        active_total=active_total,
        reserve_places=reserve,
        demand={k: [float(x) for x in v] for k, v in result.demand.items()},
        district_load=loads,
        shortfall=_plain(result.shortfall),
        changes=_plain(result.changes),
        message=_message_dict(result.message),
    )


def record_message(record: ScenarioRecord, language: str = DEFAULT_LANGUAGE) -> str:
    """The run's message in ``language`` (the stored English text if its code is unknown)."""
    m = record.message or {}
    if m.get("code"):
        try:
            return render(Message(m["code"], _from_jsonable(m.get("params") or {})), language)
        except (KeyError, ValueError, TypeError):
            pass
    return str(m.get("text", ""))


def district_active_places(record: ScenarioRecord) -> Dict[str, List[int]]:
    """Active places per district and month (every district of the problem, 0 where none); why: the public
    page and the district table show districts, never sites."""
    T = record.horizon
    site_district = {s["site_id"]: s["district_id"] for s in record.problem.get("sites", [])}
    out: Dict[str, List[int]] = {d["district_id"]: [0] * T for d in record.problem.get("districts", [])}
    for sid, seq in record.active_places.items():
        d = site_district.get(sid)
        if d is None:
            continue
        row = out.setdefault(d, [0] * T)
        for t in range(min(T, len(seq))):
            row[t] += int(seq[t])
    return out


def district_names(record: ScenarioRecord) -> Dict[str, str]:
    """district_id -> its name (the id when it has none)."""
    return {d["district_id"]: (d.get("name") or d["district_id"]) for d in record.problem.get("districts", [])}


# --------------------------------------------------------------------------------------------- JSON


def _bad(why: Message) -> InputError:
    m = Msg("cmp_bad_json", {"why": why})
    return InputError(m, [m])


def record_to_dict(record: ScenarioRecord) -> Dict[str, Any]:
    """One record as JSON-able data."""
    out: Dict[str, Any] = _plain(dataclasses.asdict(record))
    return out


def to_json(records: Sequence[ScenarioRecord]) -> str:
    """Saved runs as versioned JSON text; why: stored in the project (and files) and read by :func:`from_json`."""
    return json.dumps({"format": FORMAT, "version": VERSION, "records": [record_to_dict(r) for r in records]},
                      ensure_ascii=False, sort_keys=True)


REQUIRED = ("name", "problem", "status")


def from_json(text: str) -> List[ScenarioRecord]:
    """The runs :func:`to_json` wrote (also a bare list of records); raises InputError on text it cannot read.

    Tolerant: unknown keys are ignored, missing optional ones take their defaults; a newer format version
    is refused with a message saying so.
    """
    try:
        data = json.loads(text)
    except (TypeError, ValueError) as exc:
        raise _bad(Msg("cmp_why_json", {"detail": str(exc)})) from None
    if isinstance(data, dict):
        version = data.get("version", VERSION)
        if not isinstance(version, int) or isinstance(version, bool):
            raise _bad(Msg("cmp_why_format"))
        if version > VERSION:
            raise _bad(Msg("cmp_why_version", {"version": version, "max": VERSION}))
        items = data.get("records")
    else:
        items = data
    if not isinstance(items, list):
        raise _bad(Msg("cmp_why_format"))
    out = []
    for i, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            raise _bad(Msg("cmp_why_format"))
        for key in REQUIRED:
            if key not in item:
                raise _bad(Msg("cmp_why_record", {"index": i, "field": key}))
        if not isinstance(item["problem"], dict):
            raise _bad(Msg("cmp_why_record", {"index": i, "field": "problem"}))
        kw = _known(ScenarioRecord, item)
        kw.setdefault("saved_at", "")
        try:
            rec = ScenarioRecord(**kw)
            problem_from_dict(rec.problem)  # a record whose inputs cannot be read is refused now, not later
        except InputError:
            raise _bad(Msg("cmp_why_record", {"index": i, "field": "problem"})) from None
        except TypeError:
            raise _bad(Msg("cmp_why_format")) from None
        out.append(rec)
    return out


# --------------------------------------------------------------------------------------------- comparison

COLUMNS = ("scenario", "status", "cost", "peak_shortfall", "reserve_max", "reserve_mean", "max_load",
           "max_load_month")
HEADER_KEYS = {"scenario": "cmp_scenario", "status": "cmp_status", "cost": "cmp_cost",
               "peak_shortfall": "cmp_peak_shortfall", "reserve_max": "cmp_reserve_max",
               "reserve_mean": "cmp_reserve_mean", "max_load": "cmp_max_load", "max_load_month": "cmp_max_load_month"}


def column_titles(language: str = DEFAULT_LANGUAGE) -> Dict[str, str]:
    """Column key -> its title in ``language`` (for tables and CSV headers)."""
    return {k: render(Msg(v), language) for k, v in HEADER_KEYS.items()}


def status_text(status: str, language: str = DEFAULT_LANGUAGE) -> str:
    """A status (optimal, feasible, infeasible, timeout) in ``language``."""
    return render(Msg(f"status_{status}"), language) if status in STATUSES else str(status)


def comparison_rows(records: Sequence[ScenarioRecord], language: str = DEFAULT_LANGUAGE) -> List[Dict[str, Any]]:
    """The side-by-side table: one row per saved run with its numbers (keys of COLUMNS) and their texts.

    Each row holds the raw values under the COLUMNS keys (None where a run has no plan) and, under
    ``"text"``, the same as display text in ``language`` (numbers in its notation); ``"titles"`` gives
    the column titles. Why: the dialog, the CSV of the demo and the report show the same table.
    """
    titles = column_titles(language)
    out = []
    for r in records:
        loads = r.max_district_load_over_time
        month = (loads.index(max(loads)) + 1) if loads else None
        values: Dict[str, Any] = {
            "scenario": r.name,
            "status": r.status,
            "cost": r.cost if r.has_plan else None,
            "peak_shortfall": int(r.peak_shortfall),
            "reserve_max": int(r.reserve_places_held.get("max", 0)) if r.has_plan else None,
            "reserve_mean": float(r.reserve_places_held.get("mean", 0.0)) if r.has_plan else None,
            "max_load": r.max_load if r.has_plan else None,
            "max_load_month": month if r.has_plan else None,
        }
        text = {
            "scenario": r.name,
            "status": status_text(r.status, language),
            "cost": _num(values["cost"], 0, language),
            "peak_shortfall": _num(values["peak_shortfall"], 0, language),
            "reserve_max": _num(values["reserve_max"], 0, language),
            "reserve_mean": _num(values["reserve_mean"], 1, language),
            "max_load": _num(values["max_load"], 1, language),
            "max_load_month": "–" if month is None or not r.has_plan else str(month),
        }
        out.append({**values, "text": text, "titles": titles})
    return out


def _num(value: Optional[float], digits: int, language: str) -> str:
    return "–" if value is None else render(fmt(value, digits), language)
