"""Concentration and inequality indices of places across districts.

Notation (docs/architecture.md, output definitions): r_d places and t_d residents of district d, R and T
their totals, over districts with t_d > 0 only; x_d = 1000 r_d / t_d places
per 1,000 residents and mu = 1000 R / T the city rate.

- dissimilarity D = 1/2 sum |r_d/R - t_d/T| (the share of places that would
  have to move to make every district's rate equal). Hoover's index is the
  same formula; both names are reported.
- hhi = sum (r_d/R)^2 (1/k when places sit evenly in k districts).
- gini: population-weighted Gini of x, i.e. the Gini of x over residents:
  sum_d sum_e t_d t_e |x_d - x_e| / (2 T^2 mu). Equals inequality's Gini of x
  repeated t_d times, and 1 - twice the area under the Lorenz curve below.
- theil: population-weighted Theil T of x: sum_d (t_d/T)(x_d/mu) ln(x_d/mu)
  = sum_d (r_d/R) ln((r_d/R)/(t_d/T)) with 0 ln 0 = 0. Equals inequality's
  Theil of x repeated t_d times (inequality adds a tiny value to zeros).
- cv_load: population-weighted coefficient of variation of x,
  sqrt(sum_d (t_d/T)(x_d - mu)^2) / mu (population standard deviation,
  weighted like gini and theil so that small districts do not dominate).

Every function returns None when the index is undefined (no residents, or no
places), never raises on zeros.
"""
from __future__ import annotations

from typing import Any, List, Optional, Sequence, Tuple

import numpy as np
from numpy.typing import NDArray


def _prepare(places: Sequence[float], population: Sequence[float]) -> Optional[Tuple[NDArray[Any], NDArray[Any]]]:
    """(r, t) restricted to districts with population > 0, or None when R or T is 0."""
    r = np.asarray(places, dtype=float)
    t = np.asarray(population, dtype=float)
    keep = np.isfinite(t) & (t > 0)
    r, t = r[keep], t[keep]
    r = np.where(np.isfinite(r), r, 0.0)
    if len(t) == 0 or t.sum() <= 0 or r.sum() <= 0:
        return None
    return r, t


def dissimilarity(places: Sequence[float], population: Sequence[float]) -> Optional[float]:
    """D = 1/2 sum |r/R - t/T| over districts with residents; in [0, 1]."""
    rt = _prepare(places, population)
    if rt is None:
        return None
    r, t = rt
    return float(0.5 * np.abs(r / r.sum() - t / t.sum()).sum())


def hoover(places: Sequence[float], population: Sequence[float]) -> Optional[float]:
    """Hoover index: the same formula as ``dissimilarity`` (reported under both names)."""
    return dissimilarity(places, population)


def hhi(places: Sequence[float], population: Sequence[float]) -> Optional[float]:
    """Herfindahl-Hirschman index sum (r/R)^2 of places over districts with residents."""
    rt = _prepare(places, population)
    if rt is None:
        return None
    r, _ = rt
    s = r / r.sum()
    return float((s * s).sum())


def gini(places: Sequence[float], population: Sequence[float]) -> Optional[float]:
    """Population-weighted Gini of places per 1,000 residents (O(n log n) pairwise form)."""
    rt = _prepare(places, population)
    if rt is None:
        return None
    r, t = rt
    x = r / t
    order = np.argsort(x, kind="mergesort")
    x, t = x[order], t[order]
    total_t = t.sum()
    cum = np.cumsum(t)
    below = cum - t  # weight strictly before each district in the order
    above = total_t - cum
    pair_sum = 2.0 * float((t * x * (below - above)).sum())
    mu = float((t * x).sum()) / total_t
    return float(max(0.0, pair_sum / (2.0 * total_t ** 2 * mu)))


def theil(places: Sequence[float], population: Sequence[float]) -> Optional[float]:
    """Population-weighted Theil T of places per 1,000 residents (0 ln 0 = 0)."""
    rt = _prepare(places, population)
    if rt is None:
        return None
    r, t = rt
    sr, st = r / r.sum(), t / t.sum()
    pos = sr > 0
    return max(0.0, float((sr[pos] * np.log(sr[pos] / st[pos])).sum()))


def cv_load(places: Sequence[float], population: Sequence[float]) -> Optional[float]:
    """Population-weighted coefficient of variation of places per 1,000 residents."""
    rt = _prepare(places, population)
    if rt is None:
        return None
    r, t = rt
    x = 1000.0 * r / t
    wt = t / t.sum()
    mu = float((wt * x).sum())
    return float(np.sqrt((wt * (x - mu) ** 2).sum()) / mu)


def lorenz(places: Sequence[float], population: Sequence[float]) -> List[Tuple[float, float]]:
    """Population-weighted Lorenz curve: (cumulative resident share, cumulative place share).

    Districts are ordered by places per 1,000 residents, lowest first; the
    curve starts at (0, 0) and ends at (1, 1). Empty when undefined.
    """
    rt = _prepare(places, population)
    if rt is None:
        return []
    r, t = rt
    order = np.argsort(r / t, kind="mergesort")
    cx = np.r_[0.0, np.cumsum(t[order]) / t.sum()]
    cy = np.r_[0.0, np.cumsum(r[order]) / r.sum()]
    cx[-1] = cy[-1] = 1.0
    return [(float(a), float(b)) for a, b in zip(cx, cy)]
