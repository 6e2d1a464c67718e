"""Moran's I and Gi* against esda.Moran and esda.G_Local(star=True)."""
from __future__ import annotations

import warnings

import numpy as np
import pytest
from shapely.geometry import box

from plugin.core.errors import CancelledError
from plugin.core.metrics.spatial import gi_star, moran
from plugin.core.metrics.weights import queen_weights
from test.fixtures.metrics_data import libpysal_queen, tessellation
from test.fixtures.oracles import oracle

esda = oracle("esda")
P = 999


def values(n, seed, zero_share=0.3):
    rng = np.random.default_rng(seed)
    y = rng.gamma(0.8, 10.0, n)
    y[rng.random(n) < zero_share] = 0.0
    return y


def p_tolerance(p, permutations=P, k=5.0):
    """k standard errors of the difference of two independent permutation p-values, plus resolution."""
    p = np.clip(p, 1.0 / (permutations + 1), 0.5)
    return k * np.sqrt(2 * p * (1 - p) / permutations) + 2.0 / (permutations + 1)


def cases():
    base = tessellation(150, 21)
    with_islands = tessellation(90, 22) + [box(30_000, 30_000, 30_100, 30_100), box(40_000, 0, 40_100, 100)]
    return {"voronoi": base, "islands": with_islands, "grid": tessellation(225, 23, jitter_grid=True)}


@pytest.fixture(scope="module", params=["voronoi", "islands", "grid"])
def case(request):
    geoms = cases()[request.param]
    return geoms, values(len(geoms), {"voronoi": 1, "islands": 2, "grid": 3}[request.param])


def test_moran_matches_esda(case):
    geoms, y = case
    ref = esda.Moran(y, libpysal_queen(geoms), permutations=P)
    ours = moran(y, queen_weights(geoms), permutations=P, seed=3)
    assert ours.I == pytest.approx(ref.I, abs=1e-9)
    assert ours.EI == pytest.approx(ref.EI, abs=1e-12)
    assert ours.VI_norm == pytest.approx(ref.VI_norm, abs=1e-9)
    assert ours.z_norm == pytest.approx(ref.z_norm, abs=1e-9)
    assert ours.p_norm == pytest.approx(ref.p_norm, abs=1e-9)
    assert abs(ours.p_sim - ref.p_sim) <= p_tolerance(min(ours.p_sim, ref.p_sim))
    assert ours.EI_sim == pytest.approx(ref.EI_sim, abs=6 * ref.seI_sim / np.sqrt(P) + 1e-3)


def test_moran_permutation_distribution_consistent_with_esda():
    geoms = tessellation(120, 31)
    y = values(len(geoms), 31)
    rng_ref = esda.Moran(y, libpysal_queen(geoms), permutations=P)
    from plugin.core.metrics import spatial

    w = queen_weights(geoms)
    z = y - y.mean()
    scale = len(y) / w.row_standardised().sum() / (z @ z)
    sims = spatial._moran_permutations(z, w.row_standardised(), scale, P, 7, None, None)
    # same null distribution: means and spreads agree within sampling error
    assert sims.mean() == pytest.approx(rng_ref.sim.mean(), abs=5 * rng_ref.sim.std() / np.sqrt(P))
    assert sims.std() == pytest.approx(rng_ref.sim.std(), rel=0.12)
    assert sims.var() == pytest.approx(rng_ref.VI_rand, rel=0.15)  # analytical randomisation variance


def test_gi_star_matches_esda(case):
    geoms, y = case
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ref = esda.G_Local(y, libpysal_queen(geoms), star=True, permutations=P, seed=5)
    w = queen_weights(geoms)
    ours = gi_star(y, w, permutations=P, seed=9)
    has = w.cardinalities > 0
    np.testing.assert_allclose(ours.Gs, ref.Gs, atol=1e-12, rtol=0)
    np.testing.assert_allclose(ours.EGs, ref.EGs, atol=1e-12, rtol=0)
    np.testing.assert_allclose(ours.VGs, ref.VGs, atol=1e-12, rtol=0)
    np.testing.assert_allclose(ours.Zs[has], ref.Zs[has], atol=1e-9, rtol=0)
    np.testing.assert_allclose(ours.p_norm[has], ref.p_norm[has], atol=1e-9, rtol=0)
    assert np.all(np.isnan(ours.Zs[~has])) and np.all(np.isnan(ref.Zs[~has]))
    assert np.all(np.isnan(ours.p_sim[~has]))  # esda reports 1/(P+1) for islands; we report nothing
    # units whose neighbours are all 0 tie with many draws; esda resolves those
    # ties by floating-point rounding, we count them for both tails (own test below)
    cmp = has & ((w.adjacency.astype(float) @ y) > 0)
    diff = np.abs(ours.p_sim[cmp] - ref.p_sim[cmp])
    assert np.all(diff <= p_tolerance(np.minimum(ours.p_sim[cmp], ref.p_sim[cmp])))
    # draws are shared by all units (in esda too), so errors are correlated: a loose bound on the mean
    assert diff.mean() < 0.04
    # the same units come out significant, up to sampling noise at the threshold
    sig_ours, sig_ref = ours.p_sim[cmp] < 0.05, ref.p_sim[cmp] < 0.05
    assert (sig_ours != sig_ref).mean() < 0.06


def test_gi_star_ties_count_for_both_tails():
    """A unit whose neighbours all have 0 is not 'significant' just because draws tie with it."""
    geoms = tessellation(200, 91)
    w = queen_weights(geoms)
    rng = np.random.default_rng(91)
    y = rng.gamma(2.0, 5.0, len(geoms))
    y[rng.random(len(y)) < 0.5] = 0.0
    i = int(np.argmin(w.cardinalities + (w.cardinalities == 0) * 99))  # fewest neighbours
    y[w.neighbours(i)] = 0.0
    k = w.cardinalities[i]
    res = gi_star(y, w, permutations=P, seed=2)
    # exact chance that k other values drawn without replacement are all 0
    zeros = int((np.delete(y, i) == 0).sum())
    m = len(y) - 1
    p_all_zero = float(np.prod([(zeros - j) / (m - j) for j in range(k)]))
    assert res.p_sim[i] == pytest.approx(p_all_zero, abs=p_tolerance(p_all_zero) + 0.01)
    assert res.p_sim[i] > 1.0 / (P + 1)


def test_gi_star_p_values_uniform_under_the_null():
    """Under spatial randomness the folded (smaller-tail) p falls below 0.05 for about 10 % of units."""
    geoms = tessellation(800, 41)
    rng = np.random.default_rng(41)
    y = rng.gamma(2.0, 5.0, len(geoms))
    p = gi_star(y, queen_weights(geoms), permutations=P, seed=1).p_sim
    assert 0.06 < (p < 0.05).mean() < 0.14
    assert 0.40 < (p < 0.25).mean() < 0.60


def test_seeded_results_are_reproducible():
    geoms = tessellation(60, 51)
    y = values(len(geoms), 51)
    w = queen_weights(geoms)
    assert moran(y, w, 99, seed=4).p_sim == moran(y, w, 99, seed=4).p_sim
    np.testing.assert_array_equal(gi_star(y, w, 99, seed=4).p_sim, gi_star(y, w, 99, seed=4).p_sim)


def test_no_permutations():
    geoms = tessellation(30, 61)
    y = values(len(geoms), 61)
    w = queen_weights(geoms)
    assert moran(y, w, 0).p_sim is None
    assert gi_star(y, w, 0).p_sim is None


@pytest.mark.parametrize("bad", ["constant", "short", "no_links"])
def test_moran_undefined_raises_value_error(bad):
    geoms = tessellation(20, 71)
    y = values(len(geoms), 71)
    if bad == "constant":
        y = np.full(len(geoms), 3.0)
    elif bad == "short":
        geoms, y = geoms[:2], y[:2]
    else:
        geoms = [box(i * 10, 0, i * 10 + 1, 1) for i in range(5)]
        y = np.arange(5.0)
    with pytest.raises(ValueError):
        moran(y, queen_weights(geoms), 9)


def test_gi_star_all_zero_raises_value_error():
    geoms = tessellation(10, 72)
    with pytest.raises(ValueError):
        gi_star(np.zeros(len(geoms)), queen_weights(geoms), 9)


def test_cancel_inside_permutations():
    geoms = tessellation(50, 81)
    y = values(len(geoms), 81)
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(CancelledError):
        moran(y, queen_weights(geoms), 999, is_cancelled=cancelled)
