"""Why is a placement infeasible, and what is the smallest relaxation that works?

Every statement comes from solving a relaxed problem: the most places that fit
under a set of rules ("max placeable", demand as an upper bound), the lowest
MAX_PER_1000 (stage a without the district cap), the lowest HOTSPOT_MAX_PLACES
(a min-max model), and bisection for MIN_SPACING_M and SERVICE_MAX_DISTANCE_M.
"""
from __future__ import annotations

import math
import time
from dataclasses import replace
from typing import Any, Callable, Dict, List, Optional, Sequence, Tuple

import numpy as np

from .explain import max_load
from .formulation import Formulation
from .instance import EPS, Instance, build_instance, with_spacing
from .params import BuildTimeout
from .texts import num, text


def active_families(inst: Instance) -> Tuple[str, ...]:
    p = inst.params
    fams = ["district_cap"]
    if p.min_spacing_m > 0:
        fams.append("spacing")
    if len(inst.hot_cap):
        fams.append("hotspot")
    if p.service_categories:
        fams.append("services")
    if inst.groups[0] is not None and (inst.sep_rules or inst.data.rules):
        fams.append("groups")
    return tuple(fams)


def diagnose(inst: Instance, deadline: float, check: Optional[Callable[[], None]] = None) -> Tuple[List[str], Dict[str, Any]]:
    """Plain-language diagnosis lines (current language) and a dict of relaxations.

    ``relaxations["placeable_places"]`` below the demand is a proof of infeasibility (an optimal
    "most places" solve). Stops at ``deadline`` with what it found so far.
    """
    lines: List[str] = []
    relax: Dict[str, Any] = {}
    try:
        _diagnose(inst, deadline, check, lines, relax)
    except BuildTimeout:
        if not lines:
            lines.append(text("diag_unknown"))
    return lines, relax


def _diagnose(inst: Instance, deadline: float, check: Optional[Callable[[], None]], lines: List[str],
              relax: Dict[str, Any]) -> None:
    need = inst.total_demand
    fams = active_families(inst)
    p = inst.params

    def left() -> float:
        return deadline - time.perf_counter()

    def maxplace(families: Sequence[str], which: Instance = inst, only_group: Optional[int] = None) -> Optional[int]:
        if check:
            check()
        if left() <= 0.05:
            return None
        sol = Formulation(which, tuple(families), deadline=deadline, objective="maxplace", demand="le", only_group=only_group).solve(left())
        if sol.places is None or sol.status != 0:
            return None if sol.places is None else -1  # -1: unknown (time limit)
        return int(sol.places.sum())

    def fits(families: Sequence[str], which: Instance = inst) -> Optional[bool]:
        v = maxplace(families, which)
        return None if v is None or v < 0 else v >= need

    base = maxplace(())
    if base is not None and 0 <= base < need:
        lines.append(text("diag_sites", placed=base, need=need))
    all_ = maxplace(fams)
    if all_ is None or all_ < 0:
        lines[:] = [text("diag_unknown")]
        return
    relax["placeable_places"] = all_
    lines.insert(0, text("diag_all", placed=all_, need=need))
    if all_ >= need:
        lines.append(text("diag_granularity"))
    if len(inst.groups) > 1:
        for g, label in enumerate(inst.groups):
            v = maxplace(fams, only_group=g)
            if v is not None and 0 <= v < inst.demand[g]:
                lines.append(text("diag_group", group=label, placed=v, need=int(inst.demand[g])))
    without_ok: Dict[str, bool] = {}
    for f in fams:
        only = maxplace((f,))
        if only is not None and 0 <= only < need:
            lines.append(text("diag_only", rule=text("rule_" + f), placed=only, need=need))
        ok = fits([x for x in fams if x != f])
        without_ok[f] = bool(ok)
        if ok:
            lines.append(text("diag_without", rule=text("rule_" + f), need=need))
    # smallest relaxations of single parameters, where relaxing that rule alone can work
    if without_ok.get("district_cap") and left() > 0.05:
        rest = [x for x in fams if x != "district_cap"]
        sol = Formulation(inst, tuple(rest), deadline=deadline, objective="load").solve(left())
        if sol.places is not None:
            value = math.ceil(max_load(inst, sol.places) * 10 - 1e-9) / 10.0
            relax["max_per_1000"] = value
            lines.append(text("diag_cap", value=num(value), now=num(p.max_per_1000)))
    if without_ok.get("spacing"):
        lo, hi = 0.0, float(p.min_spacing_m)
        for _ in range(12):
            if hi - lo < 1.0 or left() <= 0.05:
                break
            mid = (lo + hi) / 2
            ok = fits(fams, with_spacing(inst, mid))
            if ok is None:
                break
            lo, hi = (mid, hi) if ok else (lo, mid)
        value = float(math.floor(lo))
        relax["min_spacing_m"] = value
        lines.append(text("diag_spacing", value=num(value, digits=0), now=num(p.min_spacing_m, digits=0)))
    if without_ok.get("hotspot") and left() > 0.05:
        rest = [x for x in fams if x != "hotspot"]
        sol = Formulation(inst, tuple(rest), deadline=deadline, objective="hotcap").solve(left())
        if sol.places is not None and sol.fun is not None:
            value = int(math.ceil(sol.fun - 1e-6))
            relax["hotspot_max_places"] = value
            lines.append(text("diag_hotspot", value=value, now=p.hotspot_max_places))
    if without_ok.get("services"):
        needs = np.unique(inst.svc_need[np.isfinite(inst.svc_need) & (inst.svc_need > p.service_max_distance_m + EPS)])
        lo_i, hi_i, best = 0, len(needs) - 1, None
        while lo_i <= hi_i and left() > 0.05:
            mid = (lo_i + hi_i) // 2
            dist = float(needs[mid])
            trial = replace(inst, ex_services=inst.svc_need > dist + EPS,
                            params=replace(p, service_max_distance_m=dist))
            ok = fits(fams, trial)
            if ok is None:
                break
            if ok:
                best, hi_i = dist, mid - 1
            else:
                lo_i = mid + 1
        if best is not None:
            value = float(math.ceil(best))
            relax["service_max_distance_m"] = value
            lines.append(text("diag_service", value=num(value, digits=0), now=num(p.service_max_distance_m, digits=0)))
    if without_ok.get("groups") and len(inst.data.rules) <= 8:
        dropped = []
        for i, r in enumerate(inst.data.rules):
            if left() <= 0.05:
                break
            others = [x for j, x in enumerate(inst.data.rules) if j != i]
            try:
                trial = build_instance(replace(inst.data, rules=others), p, deadline)
            except BuildTimeout:
                break
            except Exception:  # noqa: BLE001 - a rule set that is invalid is simply not a relaxation
                continue
            if fits(fams, trial):
                label = f"{r.group_a} {r.relation} {r.group_b} {r.distance_m:g} m"
                dropped.append(label)
                lines.append(text("diag_rule", rule=label))
        if dropped:
            relax["drop_rules"] = dropped
    if all_ < need:
        relax["places"] = all_
        if inst.groups[0] is None:
            lines.append(text("diag_places", value=all_))
