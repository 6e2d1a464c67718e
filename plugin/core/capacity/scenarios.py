"""Arrival scenarios and the demand (people in shelters) they lead to, month by month.

Demand of month t (people present at the end of month t, t = 1..T), starting from today's
occupancy D_0:
- monthly rate r:     D_t = (1 - r) D_{t-1} + A_t
- waiting time W:     D_t = D_0 R(t) + sum_{tau <= t} A_tau S(t - tau)
  with S(k) = P(W > k) (arrivals of month tau are present at t while t - tau < W) and
  R(t) = sum_{k >= t} S(k) / E[W], the residual stay of a steady population, for today's
  occupants (renewal theory: a steady population leaves at the residual waiting time).
Groups (labels of group-only sites) are followed separately: a group's D_0 is the occupancy of
its group-only sites, its arrivals the scenario's rows for that label.
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Sequence, Tuple

import numpy as np
from numpy.typing import ArrayLike, NDArray

from .params import CapacityProblem, MoveOut, Scenario
from .texts import Msg

DEFAULT_NAMES = ("low", "mid", "high")


def three_scenarios(low: float, mid: float, high: float, horizon: int = 24,
                    shape: Optional[Sequence[float]] = None) -> List[Scenario]:
    """low/mid/high scenarios from a planner's three numbers (arrivals per month).

    ``shape`` (length ``horizon``, default flat) scales the months, e.g. a seasonal pattern;
    each scenario is its number times the shape. Raises ValueError unless 0 <= low <= mid <= high.
    """
    if not 0 <= low <= mid <= high:
        raise ValueError(Msg("in_three", {"low": low, "mid": mid, "high": high}))
    f = np.ones(horizon) if shape is None else np.asarray(shape, dtype=float)
    if len(f) != horizon:
        raise ValueError(Msg("in_param", {"name": "shape", "value": len(f), "why": Msg("param_shape", horizon=horizon)}))
    return [Scenario(name, {"": tuple(float(v) * f)}) for name, v in zip(DEFAULT_NAMES, (low, mid, high))]


def waiting_pmf(mean: float = 4.5, low: int = 3, high: int = 6) -> Tuple[Tuple[int, float], ...]:
    """A waiting-time distribution on the months low..high with the given mean.

    Uniform when the mean is the middle (the default 3-6 months, mean 4.5); otherwise
    the two-point mixture of uniform and the nearer end that reaches the mean (the
    least-informative shift that keeps the support). Raises ValueError outside [low, high].
    """
    if not (isinstance(low, int) and isinstance(high, int) and 1 <= low <= high) or not low <= mean <= high:
        raise ValueError(Msg("in_pmf", {"why": Msg("pmf_mean", mean=mean, low=low, high=high)}))
    months = np.arange(low, high + 1)
    uni = np.full(len(months), 1.0 / len(months))
    mid = float(months.mean())
    if abs(mean - mid) < 1e-12 or len(months) == 1:
        p = uni
    else:
        end = np.zeros(len(months))
        end[-1 if mean > mid else 0] = 1.0
        e = float(months[-1] if mean > mid else months[0])
        lam = (mean - mid) / (e - mid)
        p = (1 - lam) * uni + lam * end
    return tuple((int(m), float(q)) for m, q in zip(months, p))


def demand_path(initial: float, arrivals: ArrayLike, moveout: MoveOut) -> NDArray[Any]:
    """People present at the end of each month 1..T (see the module docstring)."""
    a = np.asarray(arrivals, dtype=float)
    T = len(a)
    out = np.zeros(T)
    if moveout.monthly_rate is not None:
        r = float(moveout.monthly_rate)
        d = float(initial)
        for t in range(T):
            d = (1 - r) * d + a[t]
            out[t] = d
        return out
    wmax = max(int(w) for w, _ in moveout.wait_pmf)
    pmf = np.zeros(wmax + 1)
    for w, q in moveout.wait_pmf:
        pmf[int(w)] += float(q)
    pmf /= pmf.sum()
    surv = 1.0 - np.cumsum(pmf)  # S(k) = P(W > k), k = 0..wmax
    surv = np.clip(surv, 0.0, 1.0)
    mean_w = float(surv.sum())  # E[W] = sum_{k >= 0} S(k)
    tail = np.cumsum(surv[::-1])[::-1]  # sum_{j >= k} S(j)

    def s_at(k: int) -> float:
        return float(surv[k]) if k <= wmax else 0.0

    for t in range(1, T + 1):
        resid = float(tail[t]) / mean_w if t <= wmax and mean_w > 0 else 0.0
        out[t - 1] = initial * resid + sum(a[tau - 1] * s_at(t - tau) for tau in range(1, t + 1))
    return out


def demands(problem: CapacityProblem) -> Dict[str, Dict[str, NDArray[Any]]]:
    """scenario -> group ('' = all people) -> demand per month; groups are the group-only sites' labels.

    The '' entry is the total over every group; a group's entry is its own people.
    """
    groups = sorted({s.group_label for s in problem.sites if s.group_label})
    init_total = float(sum(s.occupied for s in problem.sites if s.existing))
    init_group = {g: float(sum(s.occupied for s in problem.sites if s.existing and s.group_label == g)) for g in groups}
    out: Dict[str, Dict[str, NDArray[Any]]] = {}
    T = problem.params.horizon
    for sc in problem.scenarios:
        total_arr = np.asarray(sc.total() or (0.0,) * T, dtype=float)
        per = {"": demand_path(init_total, total_arr, problem.moveout)}
        for g in groups:
            arr = _group_arrivals(sc, g, T)
            per[g] = demand_path(init_group[g], arr, problem.moveout)
        out[sc.name] = per
    return out


def _group_key(label: str) -> str:
    return " ".join(str(label).split()).casefold()


def _group_arrivals(scenario: Scenario, group: str, horizon: int) -> NDArray[Any]:
    """Arrivals of ``group`` in ``scenario``: its rows whatever their case and spacing ("Ukrainian" for the
    sites' "ukrainian"); why: with a label spelled otherwise the group-only sites got none of their group's
    arrivals and the group's people were counted for the general sites only, without a word."""
    key = _group_key(group)
    series = [v for g, v in scenario.arrivals.items() if g and _group_key(g) == key]
    if not series:
        return np.zeros(horizon)
    total: NDArray[Any] = np.asarray(series, dtype=float).sum(axis=0)
    return total


def unmatched_groups(problem: CapacityProblem) -> List[Any]:
    """A note per group label of the arrival rows that no group-only site has (compared as ``_group_arrivals``
    compares them); why: such rows silently counted for the general sites only, and a label spelled otherwise
    ("Ukraine" against "ukrainian") is a planner's slip that changes the plan."""
    sites = sorted({s.group_label for s in problem.sites if s.group_label})
    keys = {_group_key(g) for g in sites}
    seen: Dict[str, str] = {}
    for sc in problem.scenarios:
        for g in sc.arrivals:
            if g and _group_key(g) not in keys:
                seen.setdefault(_group_key(g), g)
    return [Msg("note_group_unmatched", {"group": g, "known": ", ".join(sites) or Msg("none")})
            for g in seen.values()]
