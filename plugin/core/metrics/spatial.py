"""Global Moran's I and local Getis-Ord Gi*, numerically as esda computes them.

Analytical values (I, E[I], z and p under normality, Gi* values and z) follow
``esda.Moran(y, w, transformation="r")`` and ``esda.G_Local(y, w, star=True)``
(default transform "R") to floating-point precision. Permutation p-values use
the same inference (esda's folded "directed" pseudo p-values) with our own
vectorised randomisation, so they agree statistically, not bit for bit; tied
draws count for both tails (see ``_folded_p``). Everything is numpy/scipy so it runs inside QGIS without numba.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Callable, Optional

import numpy as np
from numpy.typing import NDArray
from scipy import sparse
from scipy.stats import norm

from ..errors import CancelledError
from .weights import Weights, weight_sums

Check = Optional[Callable[[], bool]]
Progress = Optional[Callable[[float], None]]


def _folded_p(larger: Any, smaller: Any, permutations: int) -> Any:
    """Pseudo p-value of the nearer tail, (min(#>=, #<=) + 1) / (P + 1).

    Without ties #<= equals P - #>=, which is esda's 'directed' (folded) rule.
    With ties, which are common when many districts have no places, a tied
    draw counts for both tails, so ties never make a result look significant
    (esda's outcome there depends on floating-point rounding).
    """
    larger = np.asarray(larger, dtype=float)
    smaller = np.asarray(smaller, dtype=float)
    return (np.minimum(larger, smaller) + 1.0) / (permutations + 1.0)


@dataclass
class MoranResult:
    I: float  # noqa: E741 -- the statistic's name
    EI: float
    VI_norm: float
    z_norm: float
    p_norm: float  # two-sided, as esda's default
    p_sim: Optional[float]
    EI_sim: Optional[float]
    permutations: int


def moran(y: NDArray[Any], w: Weights, permutations: int = 999, seed: Optional[int] = 12345,
          is_cancelled: Check = None, progress: Progress = None) -> MoranResult:
    """Global Moran's I of ``y`` with row-standardised ``w`` (islands: zero rows, as libpysal).

    Raises ValueError when the statistic is undefined (fewer than 3 units, no
    links, or ``y`` constant), so callers can report why.
    """
    y = np.asarray(y, dtype=float).ravel()
    n = len(y)
    if n != w.n:
        raise ValueError("y and weights differ in length")
    if n < 3:
        raise ValueError("fewer than 3 units")
    wr = w.row_standardised()
    s0, s1, s2 = weight_sums(wr)
    if s0 == 0:
        raise ValueError("no unit has a neighbour")
    z = y - y.mean()
    z2ss = float((z * z).sum())
    if z2ss == 0 or not math.isfinite(z2ss):
        raise ValueError("values are all equal")
    ei = -1.0 / (n - 1)
    n2 = n * n
    s02 = s0 * s0
    vi = (n2 * s1 - n * s2 + 3 * s02) / ((n - 1) * (n + 1) * s02) - (1.0 / (n - 1)) ** 2
    scale = n / s0 / z2ss
    i_obs = float(scale * (z * (wr @ z)).sum())
    if vi > 1e-12:
        z_norm = (i_obs - ei) / math.sqrt(vi)
        p_norm = 2.0 * (norm.sf(z_norm) if z_norm > 0 else norm.cdf(z_norm))
    else:
        # no variance under normality (e.g. 3 units that all neighbour each other): z and p are undefined,
        # where esda divides by zero; the permutation p below is still defined
        z_norm = p_norm = float("nan")
    p_sim = ei_sim = None
    if permutations and permutations > 0:
        sims = _moran_permutations(z, wr, scale, int(permutations), seed, is_cancelled, progress)
        tie = 1e-12 * max(1.0, abs(i_obs))
        larger = int((sims >= i_obs - tie).sum())
        smaller = int((sims <= i_obs + tie).sum())
        p_sim = float(_folded_p(larger, smaller, permutations))
        ei_sim = float(sims.mean())
    return MoranResult(i_obs, ei, vi, z_norm, float(p_norm), p_sim, ei_sim, int(permutations or 0))


def _moran_permutations(z: NDArray[Any], wr: Any, scale: float, permutations: int, seed: Optional[int],
                        is_cancelled: Check, progress: Progress) -> NDArray[Any]:
    """I for ``permutations`` random relabellings of ``z``.

    Work is split into two seeded streams (SeedSequence.spawn), so results do
    not depend on thread timing; on large inputs the streams run in two
    threads because scipy's sparse product releases the GIL.
    """
    n = len(z)
    streams = [np.random.default_rng(s) for s in np.random.SeedSequence(seed).spawn(2)]
    sizes = [permutations // 2 + permutations % 2, permutations // 2]
    out = [np.empty(sizes[0]), np.empty(sizes[1])]
    step = max(1, sizes[0] // 50)

    def run(part: int) -> None:
        rng, sims = streams[part], out[part]
        for k in range(sizes[part]):
            if k % step == 0:
                if is_cancelled is not None and is_cancelled():
                    raise CancelledError()
                if part == 0 and progress is not None:
                    progress(100.0 * k / max(1, sizes[0]))
            zp = rng.permutation(z)
            sims[k] = scale * float(zp @ (wr @ zp))

    if n >= 20000 and sizes[1] > 0:
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(max_workers=2) as pool:
            for f in [pool.submit(run, 0), pool.submit(run, 1)]:
                f.result()
    else:
        run(0)
        run(1)
    return np.concatenate(out)


@dataclass
class GiStarResult:
    Gs: NDArray[Any]
    EGs: NDArray[Any]
    VGs: NDArray[Any]
    Zs: NDArray[Any]  # NaN for islands (no neighbours: esda gives 0/0 there too)
    p_norm: NDArray[Any]  # one-sided, as esda
    p_sim: Optional[NDArray[Any]]  # NaN for islands (esda reports a meaningless 1/(P+1))
    permutations: int


def gi_star(y: NDArray[Any], w: Weights, permutations: int = 999, seed: Optional[int] = 12345,
            is_cancelled: Check = None, tol: float = 1e-12) -> GiStarResult:
    """Local Gi* of ``y`` as ``esda.G_Local(y, w, star=True)`` with a binary ``w``.

    esda fills the empty diagonal with the row maximum (1 for binary rows, 0
    for islands) and then row-standardises, so unit i weighs itself and each of
    its k_i neighbours 1/(k_i + 1). Gs_i = (y_i + sum_N(i) y_j) / ((k_i + 1) sum(y)).

    Permutations: conditional randomisation keeps y_i and draws k_i of the
    other values without replacement. One ordered sample of k_max + 1 ids is
    drawn per permutation and shared by all units (esda shares its draws the
    same way); unit i takes the first k_i ids that are not i. Because the
    randomised statistic is then a prefix sum, the count of permutations at
    least as large as the observation is a binary search in the sorted prefix
    sums per cardinality: O(n log P) instead of O(n P k).
    """
    y = np.asarray(y, dtype=float).ravel()
    n = len(y)
    if n != w.n:
        raise ValueError("y and weights differ in length")
    total = float(y.sum())
    if n < 2:
        raise ValueError("fewer than 2 units")
    if total == 0:
        raise ValueError("all values are 0")
    adj = w.adjacency
    card = w.cardinalities.astype(np.int64)
    lag = np.asarray(sparse.csr_matrix(adj, dtype=float) @ y).ravel()  # sum over neighbours
    has = card > 0
    den = (card + 1).astype(float)
    gs = np.where(has, (lag + y) / den / total, 0.0)
    # moments exactly as esda.G_Local.calc with star (no self removal, N = n)
    row_sum = has.astype(float)  # row-standardised rows sum to 1, islands to 0
    mean = total / n
    var = float((y ** 2).sum()) / n - mean ** 2
    egs = row_sum / n
    vgs = row_sum * (n - row_sum) / (n - 1) / n ** 2 * (var / mean ** 2)
    with np.errstate(divide="ignore", invalid="ignore"):
        zs = (gs - egs) / np.sqrt(vgs)
    p_norm = norm.sf(np.abs(zs))
    p_sim = None
    if permutations and permutations > 0:
        p_sim = _gi_star_permutation_p(y, lag, card, permutations, seed, is_cancelled, tol)
    return GiStarResult(gs, egs, vgs, zs, p_norm, p_sim, int(permutations or 0))


def _gi_star_permutation_p(y: NDArray[Any], lag: NDArray[Any], card: NDArray[Any], permutations: int,
                           seed: Optional[int], is_cancelled: Check, tol: float) -> NDArray[Any]:
    n = len(y)
    kmax = int(card.max()) if len(card) else 0
    p = np.full(n, np.nan)
    if kmax == 0:
        return p
    take = min(kmax + 1, n)
    rng = np.random.default_rng(seed)
    ids = np.empty((permutations, take), dtype=np.int64)
    for k in range(permutations):
        if k % 100 == 0 and is_cancelled is not None and is_cancelled():
            raise CancelledError()
        ids[k] = rng.choice(n, size=take, replace=False)
    prefix = np.zeros((permutations, take + 1))
    np.cumsum(y[ids], axis=1, out=prefix[:, 1:])
    # randomised neighbour sum for unit i in permutation q:
    #   prefix[q, k_i] if i is not among ids[q, :k_i], else prefix[q, k_i + 1] - y_i
    scale = tol * max(1.0, float(np.abs(y).sum()))
    lo, hi = lag - scale, lag + scale  # exact ties (sums of equal values) count for both tails
    larger = np.zeros(n, dtype=np.int64)
    smaller = np.zeros(n, dtype=np.int64)
    for k in np.unique(card[card > 0]):
        units = np.flatnonzero(card == k)
        col = np.sort(prefix[:, k])
        larger[units] = permutations - np.searchsorted(col, lo[units], side="left")
        smaller[units] = np.searchsorted(col, hi[units], side="right")
    # corrections where the focal unit itself was drawn among its first k_i ids
    q_idx, pos = np.nonzero(np.ones_like(ids, dtype=bool))
    unit = ids[q_idx, pos]
    hit = (card[unit] > 0) & (pos < card[unit])
    q_idx, unit = q_idx[hit], unit[hit]
    k_u = card[unit]
    before = prefix[q_idx, k_u]
    after = prefix[q_idx, k_u + 1] - y[unit]
    np.add.at(larger, unit, (after >= lo[unit]).astype(np.int64) - (before >= lo[unit]).astype(np.int64))
    np.add.at(smaller, unit, (after <= hi[unit]).astype(np.int64) - (before <= hi[unit]).astype(np.int64))
    has = card > 0
    p[has] = _folded_p(larger[has], smaller[has], permutations)
    return p
