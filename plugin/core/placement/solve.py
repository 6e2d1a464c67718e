"""``suggest``: where should N new places go? Lexicographic MILP in stages (see formulation).

Status (SolveStatus): ``optimal``; ``feasible`` (stopped at the time limit with a
placement, ``gap``); ``infeasible`` only with a proof (HiGHS proved a model or a
relaxation of it infeasible, or the diagnosis proved that fewer places fit than
asked); otherwise ``timeout``: nothing found in time, nothing proven. HiGHS
status codes (HighsStatus) stay inside this module and formulation; stages report
StageResult records. The time-related constants are SolverOptions (``params.solver``).

Time: one deadline (TIME_LIMIT_S minus a safety margin) for everything, model
building included (build_instance and Formulation.build check it and raise
BuildTimeout, handled here: a later stage that cannot be built leaves the
earlier placement as "feasible", a first stage that cannot be built gives
"timeout"); each
HiGHS call gets only the time left, later stages are cut short or skipped
(status "feasible" with the gap) rather than overrunning, and the diagnosis runs
in what remains (the first probe keeps SolverOptions.diagnosis_share of the time free for it).
Stage a: feasibility probes (zero objective) at the lower bound (water filling,
or the pooled model's optimum, raised by a bisection of cheap LP relaxations with
the district caps rounded to the modules, which at 5,000 sites lands on the
optimum), galloping upwards, then bisection over the reachable loads, below the
middle (SolverOptions.bisect_split: infeasible probes are cheap, feasible ones are not).
Stages b and c at once when costs are given: stage c with the spread bounded by
stage b's LP bound (rounded up to a reachable spread); a placement found there is
optimal for stage b, too. Only if there is none, stage b and c run one after the
other. With several groups the pooled relaxation is solved first.
"""
from __future__ import annotations

import math
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List, Optional, Sequence, Tuple

import numpy as np

from ..errors import CancelledError
from ..i18n import joined
from ..model import PlanningData
from .diagnose import diagnose
from .explain import cost_value, district_table, max_load, site_rows, spread_can_be_positive, spread_value
from .formulation import Formulation, HighsStatus, Objective, Solution, public_status
from .instance import FAMILIES, Instance, build_instance
from .params import (
    FEASIBLE,
    INFEASIBLE,
    OPTIMAL,
    TIMEOUT,
    Alternative,
    Array,
    BuildTimeout,
    PlacementParams,
    PlacementResult,
    SolveStatus,
    StageResult,
    TooDense,
)
from .texts import num, text
from .verify import verify

Check = Callable[[], None]
Progress = Callable[[float], None]


@dataclass
class Run:
    """What one run of the stages found (internal): a placement with its objective values, or why there is none.

    ``status``: OPTIMAL or FEASIBLE with a placement; without one INFEASIBLE (proven) or TIMEOUT,
    and ``stopped`` says why the solver stopped (the time limit or another reason).
    """

    places: Optional[Array]
    status: SolveStatus
    stages: List[StageResult] = field(default_factory=list)
    stopped: HighsStatus = HighsStatus.OPTIMAL
    load: Optional[float] = None
    gap: Optional[float] = None
    spread: Optional[float] = None
    cost: Optional[float] = None
    need_b: bool = False
    load_proven: bool = False

    def take(self, inst: Instance, places: Array, status: SolveStatus) -> None:
        """Adopt ``places`` (its objective values recomputed) with ``status``."""
        self.places, self.status = places, status
        self.load, self.spread, self.cost = max_load(inst, places), spread_value(inst, places), cost_value(inst, places)


def _no_placement(code: HighsStatus, stages: List[StageResult]) -> Run:
    """A run without a placement: proven infeasible, or stopped (time limit or another reason)."""
    return Run(None, INFEASIBLE if code == HighsStatus.INFEASIBLE else TIMEOUT, stages, stopped=code)


def _record(stage: str, sol: Solution) -> StageResult:
    """What the result reports of one solved stage."""
    return StageResult(stage, sol.public_status(), sol.seconds, sol.gap)


def candidate_loads(inst: Instance, f: Formulation) -> Array:
    """Every load value (places per 1,000) a receiving district can reach, sorted."""
    vals = []
    need = inst.total_demand
    sites = f.sites
    for d in np.unique(inst.district[sites]):
        ds = sites[inst.district[sites] == d]
        step = int(np.gcd.reduce(inst.mod[ds]))
        nmin = int(inst.lo[ds].min())
        nmax = int(min(inst.hi[ds].sum(), need, inst.cap[d] if "district_cap" in f.families else need))
        if nmax < nmin or inst.pop[d] <= 0:
            continue
        n = np.arange(nmin - nmin % step, nmax + 1, step)
        n = n[n >= nmin]
        vals.append((inst.existing[d] + n) * 1000.0 / inst.pop[d])
    return np.unique(np.concatenate(vals)) if vals else np.zeros(0)


def _water_fill_bound(inst: Instance, f: Formulation, values: Array) -> float:
    """Smallest candidate load at which the district caps alone leave room for the demand."""
    sites = f.sites
    room = np.zeros(len(inst.pop))
    np.add.at(room, inst.district[sites], inst.hi[sites])
    need = inst.total_demand
    lo_i, hi_i = 0, len(values) - 1
    while lo_i < hi_i:
        mid = (lo_i + hi_i) // 2
        if np.minimum(f.caps_for_load(values[mid]), room).sum() >= need:
            hi_i = mid
        else:
            lo_i = mid + 1
    return float(values[lo_i]) if len(values) else 0.0


def _left(deadline: float) -> float:
    return deadline - time.perf_counter()



@dataclass
class StageA:
    """Stage a's outcome: the placement with the lowest highest load found, and whether that is proven."""

    places: Optional[Array]
    code: HighsStatus  # OPTIMAL: proven lowest; LIMIT: stopped early; otherwise why nothing was found
    record: StageResult
    load: float = np.inf
    gap: float = 0.0


class _LoadSearch:
    """Stage a: minimise the highest load by bisection over the loads a district can reach.

    Each probe is a feasibility MILP (zero objective: HiGHS stops at the first
    solution) with the district caps tightened to that load; a feasible probe
    also lowers the upper bound to the load it reached. The first probe is at
    the lower bound (water filling, or ``lower_hint`` from a relaxation, raised by
    LP relaxations on larger instances), which often is the optimum; then a
    gallop upwards and an uncapped probe give an upper bound (or prove
    infeasibility, within ``first_deadline``), then bisection.
    """

    def __init__(self, inst: Instance, deadline: float, cuts: Sequence[Sequence[int]], check: Check,
                 aggregate: bool, first_deadline: Optional[float]):
        self.inst, self.deadline, self.check = inst, deadline, check
        self.opts = inst.params.solver
        self.until = deadline if first_deadline is None else first_deadline
        self.f = Formulation(inst, FAMILIES, deadline=deadline, objective=Objective.FEASIBILITY, cuts=cuts,
                             aggregate=aggregate).build()
        self.values = candidate_loads(inst, self.f)
        self.record = StageResult("a", TIMEOUT, probes=0)
        self.best: Optional[Array] = None
        self.ub = np.inf

    def run(self, lower_hint: Optional[float]) -> StageA:
        """Search; the first probes stop at ``first_deadline``, the bisection at ``deadline``."""
        values, o = self.values, self.opts
        lower = self._lower_bound(lower_hint)
        lower = self._lp_raise(lower)
        if len(values) and _left(self.deadline) > o.min_stage_seconds:
            lower = self._first_probe(lower)
        if self.best is None:
            self.check()
            if self.until - time.perf_counter() <= o.min_stage_seconds:
                return self._nothing(HighsStatus.LIMIT)
            lower = self._gallop(lower)
        if self.best is None:
            if self.until - time.perf_counter() <= o.min_stage_seconds:
                return self._nothing(HighsStatus.LIMIT)
            sol = self._probe(None, self.until)
            if sol.places is None:
                return self._nothing(sol.status)
            self._found(sol.places)
            lower = min(lower, self.ub)
        proven, lower = self._bisect(lower)
        ub = self.ub
        gap = 0.0 if proven else max(0.0, (ub - lower) / ub) if ub > 0 else 0.0
        code = HighsStatus.OPTIMAL if proven else HighsStatus.LIMIT
        self.record.status, self.record.gap = public_status(code, True), gap
        return StageA(self.best, code, self.record, ub, gap)

    def _nothing(self, code: HighsStatus) -> StageA:
        self.record.status = public_status(code, False)
        return StageA(None, code, self.record)

    def _found(self, places: Array) -> None:
        self.best, self.ub = places, min(self.ub, max_load(self.inst, places))

    def _probe(self, caps: Optional[Array], until: float) -> Solution:
        sol = self.f.solve(until - time.perf_counter(), caps=caps)
        self.record.probes = (self.record.probes or 0) + 1
        self.record.seconds += sol.seconds
        return sol

    def _lower_bound(self, lower_hint: Optional[float]) -> float:
        """Water filling, raised to ``lower_hint`` (rounded up to a reachable load)."""
        values = self.values
        lower = _water_fill_bound(self.inst, self.f, values) if len(values) else 0.0
        if lower_hint is not None and len(values):
            lower = max(lower, lower_hint - 1e-9)
            at = values[values >= lower - 1e-9]
            lower = float(at[0]) if len(at) else float(values[-1])
        return lower

    def _lp_raise(self, lower: float) -> float:
        """The LP relaxation (district caps rounded to the modules) is cheap and often infeasible right up to
        the optimum: raise the lower bound to the first load where it is feasible (larger instances only)."""
        values, o, deadline = self.values, self.opts, self.deadline
        if not (len(values) > 1 and len(self.inst.xy) >= o.lp_bisection_min_sites
                and _left(deadline) > o.min_stage_seconds):
            return lower
        self.record.lp_probes = 0

        def lp_feasible(i: int) -> Optional[bool]:
            self.check()
            sol = self.f.solve(_left(deadline), caps=self.f.caps_for_load(float(values[i])), relax=True)
            self.record.lp_probes = (self.record.lp_probes or 0) + 1
            self.record.seconds += sol.seconds
            return True if sol.optimal else False if sol.infeasible else None

        lo_i = int(np.searchsorted(values, lower - 1e-9))
        hi_i = len(values) - 1
        if lo_i < hi_i and lp_feasible(hi_i):
            while lo_i < hi_i:
                mid_i = (lo_i + hi_i) // 2
                ok = lp_feasible(mid_i)
                if ok is None:
                    break
                if ok:
                    hi_i = mid_i
                else:
                    lo_i = mid_i + 1
            lower = max(lower, float(values[lo_i]))
        return lower

    def _next_above(self, load: float, default: float) -> float:
        above = self.values[self.values > load + 1e-9]
        return float(above[0]) if len(above) else default

    def _first_probe(self, lower: float) -> float:
        """A probe at the lower bound; an infeasible one raises it to the next reachable load."""
        sol = self._probe(self.f.caps_for_load(lower), self.until)
        if sol.places is not None:
            self._found(sol.places)
        elif sol.infeasible:
            lower = self._next_above(lower, np.inf)
        return lower

    def _gallop(self, lower: float) -> float:
        """Probes upwards from the lower bound (the optimum is usually close to it), steps doubling."""
        values, o = self.values, self.opts
        step = o.gallop_step
        while len(values) and np.isfinite(lower) and lower * (1 + step) < values[-1]:
            self.check()
            if self.until - time.perf_counter() <= o.min_stage_seconds:
                break
            at_ = values[values <= lower * (1 + step) + 1e-9]
            at = float(at_[-1]) if len(at_) else lower
            sol = self._probe(self.f.caps_for_load(at), self.until)
            if sol.places is not None:
                self._found(sol.places)
                break
            if not sol.infeasible:
                break
            lower = self._next_above(at, np.inf)
            step *= 2
        return lower

    def _bisect(self, lower: float) -> Tuple[bool, float]:
        """Bisection over the reachable loads in [lower, ub): (proven, lower)."""
        values, o = self.values, self.opts
        while True:
            cand = values[(values >= lower - 1e-9) & (values < self.ub - 1e-9)]
            if not len(cand):
                return True, lower
            self.check()
            if _left(self.deadline) <= o.min_stage_seconds:
                return False, lower
            # below the middle: near the optimum, infeasible probes are cheap (presolve and root
            # cuts prove them) while feasible ones take several times longer
            mid = float(cand[int((len(cand) - 1) * o.bisect_split)])
            sol = self._probe(self.f.caps_for_load(mid), self.deadline)
            if sol.places is not None:
                self._found(sol.places)
            elif sol.infeasible:
                lower = self._next_above(mid, self.ub)
            else:  # time limit without an answer
                return False, lower


def _spread_step(inst: Instance) -> Optional[int]:
    """The grid every spread value lies on (gcd of the hot sites' modules and the pair weight), None if none."""
    W = float(inst.params.close_pair_weight)
    terms = [int(m) for m in np.unique(inst.mod[inst.hot_site])]
    if len(inst.spread_pairs) and W > 0:
        if W != round(W):
            return None
        terms.append(int(round(W)))
    step = int(np.gcd.reduce(terms)) if terms else 0
    return step if step > 0 else None


def _spread_floor(inst: Instance, value: Optional[float]) -> Optional[float]:
    """Smallest spread value that can occur and is >= ``value`` (an LP bound), on the grid of its terms."""
    if value is None or not np.isfinite(value):
        return None
    step = _spread_step(inst)
    if step is None:
        return max(0.0, value - 1e-6 * max(1.0, abs(value)))
    return float(math.ceil(value / step - 1e-6) * step)


def lexicographic_weight(inst: Instance) -> Optional[float]:
    """Weight of the spread in one objective with the cost that still ranks spread strictly first, or None.

    Every placement holds exactly N places, so two costs differ by at most
    N (max cost - min cost); a spread that is one grid step lower must win against
    that. None where the spread has no grid or the weighted values would be too
    large for HiGHS's tolerances to tell one place of cost apart.
    """
    step = _spread_step(inst)
    if step is None:
        return None
    costs = np.append(inst.cost, 0.0)
    M = float(inst.total_demand) * float(costs.max() - costs.min()) + 1.0
    worst_spread = float(inst.hi[inst.hot_site].sum()) + float(inst.params.close_pair_weight) * len(inst.spread_pairs)
    if M * (worst_spread / step + 1.0) > inst.params.solver.merged_max_objective:
        return None
    return M / step


def _stage_gap(sol: Optional[Solution], value: float) -> float:
    """Relative gap of a later stage that stopped early (1.0 when nothing is known)."""
    if sol is None or sol.gap is None or not np.isfinite(sol.gap):
        return 1.0 if value > 0 else 0.0
    return float(min(1.0, max(0.0, sol.gap)))



class _Lexicographic:
    """Stages a (max load), b (spread), c (cost); each later stage keeps the earlier optimum.

    Every stage gets only the time left before ``deadline``; a stage that stops
    early (or is skipped) leaves the status "feasible" with its gap.
    """

    def __init__(self, inst: Instance, deadline: float, cuts: Sequence[Sequence[int]], check: Check,
                 progress: Progress, span: Tuple[float, float] = (0.0, 100.0), aggregate: bool = False):
        self.inst, self.deadline, self.cuts, self.check, self.progress = inst, deadline, cuts, check, progress
        self.span, self.aggregate, self.opts = span, aggregate, inst.params.solver
        self.stages: List[StageResult] = []
        self.places = np.zeros((0, 0), dtype=np.int64)
        self.load = self.spread = self.gap = 0.0
        self.all_optimal = self.need_b = self.load_proven = False

    def model(self, objective: Objective, **kwargs: object) -> Formulation:
        """A model of a later stage: the load bounded by stage a's, the earlier placements cut off."""
        return Formulation(self.inst, FAMILIES, deadline=self.deadline, objective=objective, load_bound=self.load,
                           cuts=self.cuts, aggregate=self.aggregate, **kwargs)  # type: ignore[arg-type]

    def run(self, after_a: Optional[Callable[[Array, float], None]] = None, lower_hint: Optional[float] = None,
            first_deadline: Optional[float] = None) -> Run:
        """All stages; ``after_a(places, load)`` is called with stage a's placement."""
        inst, (lo, hi) = self.inst, self.span
        self.check()
        self.progress(lo)
        try:
            a = _LoadSearch(inst, self.deadline, self.cuts, self.check, self.aggregate, first_deadline).run(lower_hint)
        except BuildTimeout:
            self.stages.append(StageResult("a", TIMEOUT))
            return _no_placement(HighsStatus.LIMIT, self.stages)
        self.stages.append(a.record)
        if a.places is None:
            return _no_placement(a.code, self.stages)
        self.places, self.load, self.gap = a.places, a.load, a.gap
        self.all_optimal = self.load_proven = a.code == HighsStatus.OPTIMAL
        if after_a is not None:
            after_a(self.places, self.load)
        self.progress(lo + 0.5 * (hi - lo))
        self.spread = spread_value(inst, self.places)
        self.need_b = spread_can_be_positive(inst)
        try:
            if self.need_b and self.spread > 0 and self._stage_b():
                return self._finish()
        except BuildTimeout:  # stage b could not even be built in time: stage a's placement stands
            self.stages.append(StageResult("b", TIMEOUT))
            self._stopped_early(None, self.spread)
        self.progress(lo + 0.75 * (hi - lo))
        self._stage_c()
        return self._finish()

    def _finish(self) -> Run:
        self.progress(self.span[1])
        run = Run(None, OPTIMAL, self.stages, gap=self.gap, need_b=self.need_b, load_proven=self.load_proven)
        run.take(self.inst, self.places, OPTIMAL if self.all_optimal else FEASIBLE)
        return run

    def _stopped_early(self, sol: Optional[Solution], value: float) -> None:
        self.all_optimal = False
        self.gap = max(self.gap, _stage_gap(sol, value))

    def _stage_b(self) -> bool:
        """Minimise the spread at stage a's load; True when stage c was decided with it (b+c, final placement).

        On small instances both in one weighted model; on larger ones a spread of zero is
        tried first; with costs, stage c at stage b's LP bound; otherwise stage b alone.
        """
        inst, o = self.inst, self.opts
        self.check()
        if self._merged_bc():
            return True
        sb: Optional[Solution] = None
        left = _left(self.deadline) * (0.4 if inst.has_cost else 1.0)
        if left > o.min_stage_seconds:
            t_b = time.perf_counter()
            if inst.n > o.zero_spread_min_sites:  # a spread of zero is often possible and quick to check on a smaller model
                sz = self.model(Objective.FEASIBILITY, zero_spread=True).solve(left)
                if sz.places is not None:
                    sb = sz
            if sb is None and inst.has_cost:
                sb, done = self._c_at_b_bound(left, t_b)
                if done:
                    return True
                left, t_b = _left(self.deadline) * 0.4, time.perf_counter()
            if sb is None:
                left -= time.perf_counter() - t_b
                if left > o.min_stage_seconds:
                    sb = self.model(Objective.SPREAD).solve(left, inst.params.mip_rel_gap)
        if sb is not None:
            self.stages.append(_record("b", sb))
            if sb.places is not None and spread_value(inst, sb.places) <= self.spread + 1e-9:
                self.places, self.spread = sb.places, spread_value(inst, sb.places)
        if sb is None or not sb.optimal:
            self._stopped_early(sb, self.spread)
        return False

    def _merged_bc(self) -> bool:
        """Small instances: stages b and c as one weighted MILP; True if it gave the placement."""
        inst, o = self.inst, self.opts
        weight = lexicographic_weight(inst) if (inst.has_cost and inst.n < o.merged_bc_max_sites
                                                and inst.params.mip_rel_gap == 0) else None
        if weight is None or _left(self.deadline) <= o.min_stage_seconds:
            return False
        sbc = self.model(Objective.SPREAD_COST, spread_weight=weight).solve(_left(self.deadline) * 0.5)
        if sbc.optimal and sbc.places is not None and spread_value(inst, sbc.places) <= self.spread + 1e-9:
            self.stages.append(StageResult("b+c", OPTIMAL, sbc.seconds, 0.0))
            self.places = sbc.places
            return True
        return False

    def _c_at_b_bound(self, left: float, t_b: float) -> Tuple[Optional[Solution], bool]:
        """Stages b and c at once: the LP bound of stage b, rounded up to a reachable spread, is the optimum if
        stage c finds a placement within it (often, and much quicker than HiGHS finding a stage-b optimum).

        Returns (stage b's solution if the bound proves stage a's placement optimal for b, whether the
        placement is final).
        """
        inst, o = self.inst, self.opts
        zero_tried = inst.n > o.zero_spread_min_sites
        bound = _spread_floor(inst, self.model(Objective.SPREAD).lp_bound(left - (time.perf_counter() - t_b)))
        if bound is not None and bound >= self.spread - 1e-6:  # stage a's placement is optimal for b
            return Solution(HighsStatus.OPTIMAL, self.places, self.spread, 0.0, time.perf_counter() - t_b,
                            "lp bound"), False
        if bound is None or (zero_tried and bound <= 0):  # a zero spread was ruled out above
            return None, False
        t_c = time.perf_counter()
        left_c = _left(self.deadline) * o.combined_share
        sc = self.model(Objective.COST, spread_bound=bound).solve(left_c, inst.params.mip_rel_gap) \
            if left_c > o.min_stage_seconds else None
        if sc is None or sc.places is None or spread_value(inst, sc.places) > bound + 1e-6:
            return None, False
        self.stages.append(StageResult("b", OPTIMAL, t_c - t_b, 0.0))
        self.stages.append(_record("c", sc))
        if not sc.optimal:
            self._stopped_early(sc, cost_value(inst, sc.places))
        self.places = sc.places
        return None, True

    def _stage_c(self) -> None:
        """Minimise the cost with the load and the spread of the earlier stages kept."""
        inst = self.inst
        cost = cost_value(inst, self.places)
        if not inst.has_cost:
            return
        self.check()
        left = _left(self.deadline)
        sc: Optional[Solution] = None
        if left > self.opts.min_stage_seconds:
            zero = self.spread <= 0
            try:
                sc = self.model(Objective.COST, spread_bound=self.spread if self.need_b and not zero else None,
                                zero_spread=self.need_b and zero).solve(left, inst.params.mip_rel_gap)
            except BuildTimeout:
                sc = Solution(HighsStatus.LIMIT, None, None, None, 0.0, "build time limit")
            self.stages.append(_record("c", sc))
            if sc.places is not None and cost_value(inst, sc.places) <= cost + 1e-9:
                self.places, cost = sc.places, cost_value(inst, sc.places)
        if sc is None or not sc.optimal:
            self._stopped_early(sc, cost)


def _solve(inst: Instance, deadline: float, cuts: Sequence[Sequence[int]], check: Check, progress: Progress,
           span: Tuple[float, float] = (0.0, 100.0), first_deadline: Optional[float] = None) -> Run:
    """Lexicographic optimum; with several groups, first on the pooled (aggregate) model.

    All three objectives depend on the places per site only, so the pooled
    model (groups merged, group rules dropped, a site usable if any group may
    use it) is a relaxation with the same objectives. If its optimum's opened
    sites can hold the groups with the same objective values, that is optimal
    for the full model; otherwise the full model is solved, starting stage a at
    the pooled optimum (a lower bound).
    """
    if len(inst.groups) == 1:
        return _Lexicographic(inst, deadline, cuts, check, progress, span).run(first_deadline=first_deadline)
    o = inst.params.solver
    early: Dict[str, Array] = {}
    total = float(inst.params.time_limit_s)

    def group_check_a(places: Array, load: float) -> None:
        # a valid placement early on, kept in case later stages run out of time
        left = _left(deadline)
        if left <= o.min_stage_seconds:
            return
        try:
            sol = Formulation(inst, FAMILIES, deadline=deadline, objective=Objective.FEASIBILITY,
                              only_sites=places.sum(axis=1) > 0, load_bound=load, cuts=cuts).solve(left * 0.3)
        except BuildTimeout:
            return
        if sol.places is not None:
            early["places"] = sol.places

    # the pooled stages leave a share of the time for the group assignment
    agg_deadline = deadline - o.groups_share * max(0.0, min(total, _left(deadline)))
    # the early fallback only pays where a time limit is within reach: not on small instances
    agg = _Lexicographic(inst, agg_deadline, cuts, check, progress, span, aggregate=True).run(
        after_a=group_check_a if inst.n >= o.lp_bisection_min_sites else None, first_deadline=first_deadline)
    if agg.places is None and agg.status == INFEASIBLE:
        return agg  # the relaxation is infeasible, so is the full model
    if agg.places is not None:
        check()
        if _assign_groups(inst, deadline, cuts, agg):
            return agg
    if "places" in early and agg.places is not None and _left(deadline) < 0.25 * total:
        places = early["places"]
        gap = max(agg.gap or 0.0, _early_gap(inst, agg, places))
        agg.take(inst, places, FEASIBLE)
        agg.gap = gap
        return agg
    hint = agg.load if agg.places is not None and agg.load_proven else None
    full = _Lexicographic(inst, deadline, cuts, check, progress, span).run(lower_hint=hint,
                                                                          first_deadline=first_deadline)
    full.stages = agg.stages + full.stages
    if full.places is None and "places" in early:
        places = early["places"]
        full.take(inst, places, FEASIBLE)
        full.gap, full.need_b = _early_gap(inst, agg, places), agg.need_b
    return full


def _assign_groups(inst: Instance, deadline: float, cuts: Sequence[Sequence[int]], agg: Run) -> bool:
    """Give the pooled optimum's places to the groups: first on its opened sites, then on all sites, with the
    pooled objective values as bounds. True (``agg`` updated) when that worked."""
    assert agg.places is not None and agg.load is not None and agg.spread is not None
    o = inst.params.solver
    opened = agg.places.sum(axis=1) > 0
    for only in (opened, None):
        left = _left(deadline)
        if left <= o.min_stage_seconds:
            break
        f = Formulation(inst, FAMILIES, deadline=deadline, objective=Objective.FEASIBILITY, only_sites=only,
                        load_bound=agg.load, spread_bound=agg.spread if agg.need_b and agg.spread > 0 else None,
                        zero_spread=agg.need_b and agg.spread <= 0, cost_bound=agg.cost if inst.has_cost else None,
                        cuts=cuts)
        try:
            sol = f.solve(left * (0.5 if only is not None else 1.0))
        except BuildTimeout:
            sol = Solution(HighsStatus.LIMIT, None, None, None, 0.0, "build time limit")
        agg.stages.append(StageResult("groups", sol.public_status(), sol.seconds))
        if sol.places is not None:
            agg.take(inst, sol.places, agg.status if sol.optimal else FEASIBLE)
            return True
        if not sol.infeasible:
            break  # time limit: no proof either way
    return False


def _early_gap(inst: Instance, agg: Run, places: Array) -> float:
    """Gap of a fallback placement against the pooled (relaxed) optimum, by the first objective that differs."""
    for ref, value in ((agg.load, max_load(inst, places)), (agg.spread, spread_value(inst, places)),
                       (agg.cost, cost_value(inst, places))):
        if ref is None or value <= ref + 1e-9:
            continue
        return float(min(1.0, (value - ref) / value)) if value > 0 else 0.0
    return float(agg.gap or 0.0)


def suggest(data: PlanningData, params: PlacementParams, progress: Optional[Progress] = None,
            is_cancelled: Optional[Callable[[], bool]] = None, network: Any = None) -> PlacementResult:
    """Suggest where the new places go; never returns a placement that fails :func:`verify` silently.

    ``progress(percent)`` is called between stages; ``is_cancelled()`` is polled
    between solver calls and raises CancelledError when it returns True.
    Raises InputError (clear, listed messages) on bad input. ``params.solver``
    (:class:`SolverOptions`) says how the time is spent. ``network`` (a
    :class:`~plugin.core.network.WalkingNetwork` in the data's CRS): the service and Kita rules and the
    reasons use walking distances on it; without one, straight-line distances (the message says which).
    """
    t0 = time.perf_counter()
    o = params.solver
    total = float(params.time_limit_s or 30.0)
    # one deadline for everything (stages, alternatives, diagnosis); HiGHS may overrun its own
    # limit a little and the verification and reasons follow, hence the margin
    deadline = t0 + total - min(o.safety_s, o.safety_share * total)
    prog: Progress = progress or (lambda pct: None)

    def check() -> None:
        if is_cancelled is not None and is_cancelled():
            raise CancelledError()

    check()
    try:
        inst = build_instance(data, params, deadline, network=network)
    except BuildTimeout as exc:  # the preparation alone took the time: nothing is proven
        prog(100.0)
        return _build_timeout(exc, params, t0)
    span = (0.0, 90.0 if params.alternatives else 100.0)
    # the first feasibility probe leaves a share of the time for a diagnosis should it find nothing
    first_deadline = deadline - o.diagnosis_share * max(0.0, deadline - time.perf_counter())
    main = _solve(inst, deadline, (), check, prog, span, first_deadline=first_deadline)
    if main.places is None:
        result = _no_result(inst, main, deadline, check, t0)
        prog(100.0)
        return result
    places = main.places
    assert main.load is not None  # a run with a placement has its objective values
    sites = site_rows(inst, places)
    violations = verify(data, params, sites, network=network) if network is not None else verify(data, params, sites)
    n_sites = int((places.sum(axis=1) > 0).sum())
    if main.status == OPTIMAL:
        message = text("status_optimal", places=int(places.sum()), sites=n_sites, load=num(main.load))
    else:
        message = text("status_feasible", places=int(places.sum()), sites=n_sites, load=num(main.load),
                       gap=num(100.0 * (main.gap or 0.0), digits=2))
    message = _with_method(inst, message)
    if violations:
        message = joined([message, text("status_violations", n=len(violations))])
    result = PlacementResult(status=main.status, objective_max_per_1000=main.load, gap=main.gap,
                             message=message, sites=sites, districts_after=district_table(inst, places),
                             violations=violations, spread=main.spread, cost=main.cost,
                             notes=list(inst.notes), stages=main.stages)
    result.alternatives = _alternatives(inst, places, deadline, check, prog)
    prog(100.0)
    result.solve_seconds = time.perf_counter() - t0
    return result


def _with_method(inst: Instance, message: Any) -> Any:
    """``message`` with the distance method when a distance rule is on or a network was given."""
    p = inst.params
    if not (p.service_categories or p.kita_rule or inst.network is not None):
        return message
    return joined([message, text("status_distance_walk" if inst.network is not None else "status_distance_line")])


def _build_timeout(exc: BuildTimeout, params: PlacementParams, t0: float) -> PlacementResult:
    """The result when preparing the model alone took the time: "timeout", with the density as a note."""
    dense = isinstance(exc, TooDense)
    notes: List[str] = [text("note_dense", pairs=f"{exc.pairs:,}", dist=f"{exc.dist:g}")] if isinstance(exc, TooDense) else []
    message = text("status_timeout_dense" if dense else "status_timeout_build", t=f"{params.time_limit_s:g}")
    return PlacementResult(status=TIMEOUT, message=message,
                           solve_seconds=time.perf_counter() - t0, notes=notes, timed_out=True)


def _no_result(inst: Instance, main: Run, deadline: float, check: Check, t0: float) -> PlacementResult:
    """No placement: "infeasible" only with a proof, else "timeout"; the diagnosis runs in the time left."""
    params = inst.params
    # only a proof (HiGHS proved a model or a relaxation of it infeasible) makes a placement "infeasible"
    lines, relax = diagnose(inst, deadline, check)
    # the diagnosis proves it too when the most places that fit under all rules fall short
    proven = main.status == INFEASIBLE or 0 <= relax.get("placeable_places", inst.total_demand) < inst.total_demand
    if proven:
        message = text("status_infeasible", first=lines[0] if lines else "")
    elif main.stopped == HighsStatus.LIMIT:
        message = text("status_timeout", t=f"{params.time_limit_s:g}")
    else:
        message = text("status_unknown", t=f"{params.time_limit_s:g}")
    message = _with_method(inst, message)
    return PlacementResult(status=INFEASIBLE if proven else TIMEOUT, message=message, diagnosis=lines,
                           relaxations=relax,
                           districts_after=district_table(inst, np.zeros((inst.n, len(inst.groups)), np.int64)),
                           solve_seconds=time.perf_counter() - t0, notes=list(inst.notes), timed_out=not proven,
                           stages=main.stages)


def _alternatives(inst: Instance, places: Array, deadline: float, check: Check,
                  prog: Progress) -> List[Alternative]:
    """The next ``params.alternatives`` best placements, each with a different set of opened sites."""
    params, o = inst.params, inst.params.solver
    out: List[Alternative] = []
    cuts: List[List[int]] = [list(np.flatnonzero(places.sum(axis=1) > 0))]
    for k in range(int(params.alternatives)):
        if deadline - time.perf_counter() <= o.min_stage_seconds:
            break
        step = 10.0 / max(1, params.alternatives)
        alt = _solve(inst, deadline, cuts, check, prog, (90.0 + k * step, 90.0 + (k + 1) * step))
        if alt.places is None:
            break
        rows = site_rows(inst, alt.places)
        out.append(Alternative(rank=k + 1, sites=rows, objective_max_per_1000=alt.load,
                               spread=alt.spread, cost=alt.cost, status=alt.status))
        cuts.append(list(np.flatnonzero(alt.places.sum(axis=1) > 0)))
    return out
