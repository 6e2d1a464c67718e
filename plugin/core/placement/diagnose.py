"""Why is a placement infeasible, and what is the smallest relaxation that works?

Every statement comes from solving a relaxed problem: the most places that fit
under a set of rules ("max placeable", demand as an upper bound), the lowest
MAX_PER_1000 (stage a without the district cap), the lowest HOTSPOT_MAX_PLACES
(a min-max model), bisection for MIN_SPACING_M and SERVICE_MAX_DISTANCE_M, and for the Kita rule
the fewest Kita places to add (a model whose Kitas may take more children than their free places,
minimising the excess), named per Kita and per district.
When no rule relaxed alone makes room, the binding rules are relaxed one after another
(each fixed at the value found), so that every binding rule gets a value and all of them
together make room for the demand.
"""
from __future__ import annotations

import math
import time
from dataclasses import replace
from typing import Any, Callable, Dict, List, Optional, Sequence, Tuple

import numpy as np

from ..i18n import joined
from .explain import max_load
from .formulation import Formulation, Objective
from .instance import EPS, Instance, build_instance, with_kita_free, with_spacing
from .params import BuildTimeout
from .texts import num, text


def active_families(inst: Instance) -> Tuple[str, ...]:
    """The rule families that are switched on (by the parameters and the data)."""
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
    if p.kita_rule and inst.kita is not None and inst.kita.rate > 0:
        fams.append("kita")
    return tuple(fams)


def diagnose(inst: Instance, deadline: float, check: Optional[Callable[[], None]] = None) -> Tuple[List[str], Dict[str, Any]]:
    """Plain-language diagnosis lines (current language) and a dict of relaxations.

    ``relaxations["placeable_places"]`` below the demand is a proof of infeasibility (an optimal
    "most places" solve). Stops at ``deadline`` with what it found so far.
    """
    lines: List[str] = []
    relax: Dict[str, Any] = {}
    try:
        _Diagnosis(inst, deadline, check, lines, relax).run()
    except BuildTimeout:
        if not lines:
            lines.append(text("diag_unknown"))
    return lines, relax


class _Diagnosis:
    """One diagnosis: first which rules leave room for how many places, then the smallest relaxations.

    Appends to ``lines`` and ``relax`` as it goes, so that a BuildTimeout leaves what was found.
    """

    def __init__(self, inst: Instance, deadline: float, check: Optional[Callable[[], None]], lines: List[str],
                 relax: Dict[str, Any]):
        self.inst, self.deadline, self.check, self.lines, self.relax = inst, deadline, check, lines, relax
        self.need = inst.total_demand
        self.fams = active_families(inst)
        self.min_seconds = inst.params.solver.min_stage_seconds
        self.only: Dict[str, Optional[int]] = {}  # most places under each rule family alone

    def left(self) -> float:
        return self.deadline - time.perf_counter()

    def maxplace(self, families: Sequence[str], which: Optional[Instance] = None,
                 only_group: Optional[int] = None) -> Optional[int]:
        """Most places that fit under ``families``; None without time, -1 when unknown (time limit)."""
        if self.check:
            self.check()
        if self.left() <= self.min_seconds:
            return None
        sol = Formulation(self.inst if which is None else which, tuple(families), deadline=self.deadline,
                          objective=Objective.MAXPLACE, demand="le", only_group=only_group).solve(self.left())
        if sol.places is None or not sol.optimal:
            return None if sol.places is None else -1  # -1: unknown (time limit)
        return int(sol.places.sum())

    def fits(self, families: Sequence[str], which: Optional[Instance] = None) -> Optional[bool]:
        """Whether the demand fits under ``families``; None when unknown."""
        v = self.maxplace(families, which)
        return None if v is None or v < 0 else v >= self.need

    def run(self) -> None:
        inst, need, fams, lines = self.inst, self.need, self.fams, self.lines
        base = self.maxplace(())
        if base is not None and 0 <= base < need:
            lines.append(text("diag_sites", placed=base, need=need))
        all_ = self.maxplace(fams)
        if all_ is None or all_ < 0:
            lines[:] = [text("diag_unknown")]
            return
        self.relax["placeable_places"] = all_
        lines.insert(0, text("diag_all", placed=all_, need=need))
        if all_ >= need:
            lines.append(text("diag_granularity"))
        if len(inst.groups) > 1:
            for g, label in enumerate(inst.groups):
                v = self.maxplace(fams, only_group=g)
                if v is not None and 0 <= v < inst.demand[g]:
                    lines.append(text("diag_group", group=label, placed=v, need=int(inst.demand[g])))
        without_ok = self._rule_by_rule()
        # smallest relaxations of single parameters, where relaxing that rule alone can work; the missing Kita
        # places first (a concrete count per Kita and district, what the Kita rule's diagnosis must say)
        if without_ok.get("kita"):
            self._propose("kita", self._relax_kita(inst, fams))
        if without_ok.get("district_cap"):
            self._propose("district_cap", self._relax_cap(inst, fams))
        if without_ok.get("spacing"):
            self._propose("spacing", self._relax_spacing(inst, fams))
        if without_ok.get("hotspot"):
            self._propose("hotspot", self._relax_hotspot(inst, fams))
        if without_ok.get("services"):
            self._propose("services", self._relax_services(inst, fams))
        if without_ok.get("groups") and len(inst.data.rules) <= 8:
            self._relax_rules()
        if all_ < need and not any(without_ok.values()) and base is not None and base >= need:
            self._relax_jointly()
        if all_ < need:
            self.relax["places"] = all_
            if inst.groups[0] is None:
                lines.append(text("diag_places", value=all_))

    def _rule_by_rule(self) -> Dict[str, bool]:
        """Each rule family alone, and all but it: which one is the obstacle."""
        need, fams = self.need, self.fams
        without_ok: Dict[str, bool] = {}
        for f in fams:
            only = self.maxplace((f,))
            self.only[f] = only
            if only is not None and 0 <= only < need:
                self.lines.append(text("diag_only", rule=text("rule_" + f), placed=only, need=need))
            ok = self.fits([x for x in fams if x != f])
            without_ok[f] = bool(ok)
            if ok:
                self.lines.append(text("diag_without", rule=text("rule_" + f), need=need))
        return without_ok

    def _propose(self, family: str, found: Optional[Tuple[Any, Instance]]) -> bool:
        """Record the relaxed value ``found`` for ``family`` (key in ``relax`` and a line); False when none."""
        if found is None:
            return False
        value, p = found[0], self.inst.params
        if family == "district_cap":
            self.relax["max_per_1000"] = value
            self.lines.append(text("diag_cap", value=num(value), now=num(p.max_per_1000)))
        elif family == "spacing":
            self.relax["min_spacing_m"] = value
            self.lines.append(text("diag_spacing", value=num(value, digits=0), now=num(p.min_spacing_m, digits=0)))
        elif family == "hotspot":
            self.relax["hotspot_max_places"] = value
            self.lines.append(text("diag_hotspot", value=value, now=p.hotspot_max_places))
        elif family == "services":
            self.relax["service_max_distance_m"] = value
            self.lines.append(text("diag_service_walk" if self.inst.network is not None else "diag_service",
                                   value=num(value, digits=0), now=num(p.service_max_distance_m, digits=0)))
        elif family == "kita":
            self.relax["kita_missing_places"] = value
            missing = self.relax.get("kita_missing", [])
            where = tuple(text("diag_kita_item", name=m["name"], district=m["district"] or "-", places=m["places"])
                          for m in missing)
            self.lines.append(text("diag_kita", value=value, dist=num(p.kita_max_distance_m, digits=0),
                                   method=self._method(), where=joined(where, "; ")))
            by_d: Dict[str, int] = {}
            for m in missing:
                by_d[m["district"] or "-"] = by_d.get(m["district"] or "-", 0) + m["places"]
            if by_d:
                self.relax["kita_missing_by_district"] = by_d
                self.lines.append(text("diag_kita_districts",
                                       where=", ".join(f"{k} {v}" for k, v in sorted(by_d.items(), key=lambda t: -t[1]))))
        return True

    def _method(self) -> Any:
        return text("method_walk" if self.inst.network is not None else "method_line")

    def _rebuilt(self, inst: Instance, **changes: Any) -> Instance:
        """``inst`` built again with other parameters (the cap and hotspot arrays follow the parameters)."""
        rebuilt = build_instance(inst.data, replace(inst.params, **changes), self.deadline, network=inst.network)
        if inst.kita is not None and rebuilt.kita is not None:  # keep Kita places added by an earlier relaxation
            rebuilt = with_kita_free(rebuilt, inst.kita.free)
        return rebuilt

    def _with_rules(self, inst: Instance, rules: List[Any]) -> Instance:
        """``inst`` built again with another rules table (network and added Kita places kept)."""
        rebuilt = build_instance(replace(inst.data, rules=rules), inst.params, self.deadline, network=inst.network)
        if inst.kita is not None and rebuilt.kita is not None:
            rebuilt = with_kita_free(rebuilt, inst.kita.free)
        return rebuilt

    def _relax_kita(self, inst: Instance, fams: Sequence[str]) -> Optional[Tuple[int, Instance]]:
        """The fewest Kita places to add (per Kita) so that the children of the new places fit under ``fams``."""
        kd = inst.kita
        if kd is None or self.left() <= self.min_seconds:
            return None
        f = Formulation(inst, tuple(fams), deadline=self.deadline, objective=Objective.KITAGAP)
        sol = f.solve(self.left())
        if sol.places is None or sol.x is None:
            if sol.infeasible and "kita" in fams:
                self.lines.append(text("diag_kita_nowhere", dist=num(inst.params.kita_max_distance_m, digits=0),
                                       method=self._method()))
            return None
        extra = np.zeros(len(kd.free))  # free places to gain per Kita
        for j, col in f.kita_extra.items():
            extra[j] = float(sol.x[col]) if sol.x[col] > 1e-6 else 0.0
        missing: List[Dict[str, Any]] = []
        data = inst.data
        for j in np.flatnonzero(extra > 0):
            add = kd.places_to_add(int(j), float(kd.free[j] + extra[j]))
            if add <= 0:
                continue
            sv = data.services[kd.services[int(j)]]
            d = int(kd.kita_district[j])
            dist = data.districts[d] if d >= 0 else None
            missing.append({"service_id": sv.service_id, "name": sv.name or sv.service_id, "places": add,
                            "district_id": dist.district_id if dist else None,
                            "district": (dist.name or dist.district_id) if dist else None})
        missing.sort(key=lambda m: -m["places"])
        self.relax["kita_missing"] = missing
        return sum(m["places"] for m in missing), with_kita_free(inst, kd.free + extra)

    def _relax_cap(self, inst: Instance, fams: Sequence[str]) -> Optional[Tuple[float, Instance]]:
        """The lowest MAX_PER_1000 that works under ``fams``: stage a without the district cap."""
        if self.left() <= self.min_seconds:
            return None
        rest = [x for x in fams if x != "district_cap"]
        sol = Formulation(inst, tuple(rest), deadline=self.deadline, objective=Objective.LOAD).solve(self.left())
        if sol.places is None:
            return None
        value = math.ceil(max_load(inst, sol.places) * 10 - 1e-9) / 10.0
        return value, self._rebuilt(inst, max_per_1000=value)

    def _relax_spacing(self, inst: Instance, fams: Sequence[str]) -> Optional[Tuple[float, Instance]]:
        """The largest MIN_SPACING_M that works under ``fams``, by bisection (to a metre)."""
        lo, hi = 0.0, float(inst.params.min_spacing_m)
        for _ in range(12):
            if hi - lo < 1.0 or self.left() <= self.min_seconds:
                break
            mid = (lo + hi) / 2
            ok = self.fits(fams, with_spacing(inst, mid))
            if ok is None:
                break
            lo, hi = (mid, hi) if ok else (lo, mid)
        value = float(math.floor(lo))
        return value, with_spacing(inst, value)

    def _relax_hotspot(self, inst: Instance, fams: Sequence[str]) -> Optional[Tuple[int, Instance]]:
        """The lowest HOTSPOT_MAX_PLACES that works under ``fams`` (a min-max model)."""
        if self.left() <= self.min_seconds:
            return None
        rest = [x for x in fams if x != "hotspot"]
        sol = Formulation(inst, tuple(rest), deadline=self.deadline, objective=Objective.HOTCAP).solve(self.left())
        if sol.places is None or sol.fun is None:
            return None
        value = int(math.ceil(sol.fun - 1e-6))
        return value, self._rebuilt(inst, hotspot_max_places=value)

    def _relax_services(self, inst: Instance, fams: Sequence[str]) -> Optional[Tuple[float, Instance]]:
        """The smallest SERVICE_MAX_DISTANCE_M that works under ``fams``, by bisection over the sites' distances."""
        p = inst.params
        needs = np.unique(inst.svc_need[np.isfinite(inst.svc_need) & (inst.svc_need > p.service_max_distance_m + EPS)])
        lo_i, hi_i, best = 0, len(needs) - 1, None
        while lo_i <= hi_i and self.left() > self.min_seconds:
            mid = (lo_i + hi_i) // 2
            ok = self.fits(fams, self._with_service_distance(inst, float(needs[mid])))
            if ok is None:
                break
            if ok:
                best, hi_i = float(needs[mid]), mid - 1
            else:
                lo_i = mid + 1
        if best is None:
            return None
        value = float(math.ceil(best))
        return value, self._with_service_distance(inst, value)

    @staticmethod
    def _with_service_distance(inst: Instance, dist: float) -> Instance:
        return replace(inst, ex_services=inst.svc_need > dist + EPS,
                       params=replace(inst.params, service_max_distance_m=dist))

    def _relax_jointly(self) -> None:
        """No rule relaxed alone makes room: relax the binding rules one after another.

        The binding rules are those that alone leave room for too few places, widened (greedily, by the most
        places gained) until dropping them all makes the demand fit. Each in turn then gets its smallest
        relaxation with the rules before it fixed at their relaxed values and the rules after it still
        dropped, so the last one found makes all of them together fit. The most binding rule (fewest places
        alone) is relaxed first.
        """
        need, fams = self.need, list(self.fams)
        alone = {f: v for f, v in self.only.items() if v is not None and v >= 0}
        binding = [f for f in fams if f in alone and alone[f] < need]
        while True:
            rest = [x for x in fams if x not in binding]
            ok = self.fits(rest)
            if ok is None:
                return
            if ok:
                break
            gains = [(self.maxplace([x for x in rest if x != f]), f) for f in rest]
            known = [(v, f) for v, f in gains if v is not None and v >= 0]
            if not known:
                return
            binding.append(max(known, key=lambda t: t[0])[1])
        # the most binding rule first: it gets its smallest relaxation while the others are still dropped, which
        # spreads the relaxation more evenly than the family order (sample, 800 places: services 824 m and cap 32.0
        # instead of cap 18.4 and services 2,976 m)
        binding.sort(key=lambda f: (alone.get(f, need), fams.index(f)))
        self.lines.append(text("diag_joint", need=need))
        cur, proposed = self.inst, []
        for k, f in enumerate(binding):
            active = [x for x in fams if x not in binding[k + 1:]]
            if f == "groups":
                dropped, cur = self._drop_rules_jointly(cur, active)
                if dropped is None:
                    return
                proposed.append(f)
                continue
            relaxer = {"district_cap": self._relax_cap, "spacing": self._relax_spacing,
                       "hotspot": self._relax_hotspot, "services": self._relax_services, "kita": self._relax_kita}[f]
            found = relaxer(cur, active)
            if found is None:
                return
            self._propose(f, found)
            cur = found[1]
            proposed.append(f)
        self.relax["joint"] = proposed

    def _drop_rules_jointly(self, inst: Instance, fams: Sequence[str]) -> Tuple[Optional[List[str]], Instance]:
        """The group rules to drop under ``fams``: one alone when that suffices, else all of them."""
        rules = list(inst.data.rules)
        labels = [f"{r.group_a} {r.relation} {r.group_b} {r.distance_m:g} m" for r in rules]
        choice: Optional[Tuple[List[str], Instance]] = None
        for i in range(len(rules) if len(rules) <= 8 else 0):
            if self.left() <= self.min_seconds:
                return None, inst
            try:
                trial = self._with_rules(inst, rules[:i] + rules[i + 1:])
            except BuildTimeout:
                raise
            except Exception:  # noqa: BLE001 - a rule set that is invalid is simply not a relaxation
                continue
            if self.fits(fams, trial):
                choice = [labels[i]], trial
                break
        if choice is None:
            choice = labels, self._with_rules(inst, [])
        self.relax["drop_rules"] = choice[0]
        for label in choice[0]:
            self.lines.append(text("diag_rule_joint", rule=label))
        return choice

    def _relax_rules(self) -> None:
        """Group rules whose removal alone makes the demand fit (up to 8 rules)."""
        inst = self.inst
        dropped = []
        for i, r in enumerate(inst.data.rules):
            if self.left() <= self.min_seconds:
                break
            others = [x for j, x in enumerate(inst.data.rules) if j != i]
            try:
                trial = self._with_rules(inst, others)
            except BuildTimeout:
                break
            except Exception:  # noqa: BLE001 - a rule set that is invalid is simply not a relaxation
                continue
            if self.fits(self.fams, trial):
                label = f"{r.group_a} {r.relation} {r.group_b} {r.distance_m:g} m"
                dropped.append(label)
                self.lines.append(text("diag_rule", rule=label))
        if dropped:
            self.relax["drop_rules"] = dropped
