"""Inequality indices against inequality/segregation/pointpats and their defining properties."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from plugin.core.metrics import indices
from plugin.core.metrics.points import clark_evans
from test.fixtures.oracles import oracle

Gini = oracle("inequality.gini").Gini
Theil = oracle("inequality.theil").Theil
Dissim = oracle("segregation.singlegroup").Dissim


def small_case(seed, n=12, zeros=True):
    rng = np.random.default_rng(seed)
    t = rng.integers(1, 60, n).astype(float)
    r = rng.integers(0, 30, n).astype(float)
    if zeros:
        r[rng.random(n) < 0.3] = 0
    if r.sum() == 0:
        r[0] = 5
    return r, t


@pytest.mark.parametrize("seed", range(8))
def test_gini_equals_inequality_on_residents(seed):
    r, t = small_case(seed)
    per_resident = np.repeat(1000 * r / t, t.astype(int))  # every resident carries their district's rate
    assert indices.gini(r, t) == pytest.approx(Gini(per_resident).g, abs=1e-9)


@pytest.mark.parametrize("seed", range(8))
def test_gini_equals_lorenz_area(seed):
    r, t = small_case(seed, n=30)
    pts = np.array(indices.lorenz(r, t))
    x, y = pts[:, 0], pts[:, 1]
    area_gini = 1.0 - float(np.sum((x[1:] - x[:-1]) * (y[1:] + y[:-1])))
    assert indices.gini(r, t) == pytest.approx(area_gini, abs=1e-9)
    assert tuple(pts[0]) == (0.0, 0.0) and tuple(pts[-1]) == (1.0, 1.0)
    assert np.all(np.diff(x) >= 0) and np.all(np.diff(y) >= 0)
    slopes = np.diff(y) / np.where(np.diff(x) > 0, np.diff(x), np.nan)
    assert np.all(np.diff(slopes[np.isfinite(slopes)]) >= -1e-12)  # convex


@pytest.mark.parametrize("seed", range(8))
def test_theil_equals_inequality_on_residents(seed):
    r, t = small_case(seed)
    per_resident = np.repeat(1000 * r / t, t.astype(int))
    assert indices.theil(r, t) == pytest.approx(float(Theil(per_resident).T), abs=1e-9)


@pytest.mark.parametrize("seed", range(8))
def test_dissimilarity_equals_segregation(seed):
    r, t = small_case(seed, n=25)
    # segregation's D compares a group with the rest of the total: group = places, rest = residents
    df = pd.DataFrame({"r": r, "total": r + t})
    ref = Dissim(df, group_pop_var="r", total_pop_var="total").statistic
    assert indices.dissimilarity(r, t) == pytest.approx(ref, abs=1e-9)
    assert indices.hoover(r, t) == indices.dissimilarity(r, t)


@pytest.mark.parametrize("seed", range(5))
def test_cv_load_equals_weighted_std_over_residents(seed):
    r, t = small_case(seed)
    per_resident = np.repeat(1000 * r / t, t.astype(int))
    assert indices.cv_load(r, t) == pytest.approx(per_resident.std() / per_resident.mean(), abs=1e-9)


def test_hhi_known_values():
    assert indices.hhi([10, 10, 10, 10], [1, 1, 1, 1]) == pytest.approx(0.25)
    assert indices.hhi([40, 0, 0, 0], [1, 1, 1, 1]) == pytest.approx(1.0)


def test_districts_without_residents_are_left_out():
    r = [10, 5, 99, 7]
    t = [100, 50, 0, np.nan]
    assert indices.gini(r, t) == indices.gini([10, 5], [100, 50])
    assert indices.dissimilarity(r, t) == pytest.approx(0.0)


@pytest.mark.parametrize("fn", [indices.gini, indices.theil, indices.dissimilarity, indices.hhi, indices.cv_load])
def test_undefined_returns_none(fn):
    assert fn([0, 0, 0], [10, 20, 30]) is None  # no places
    assert fn([1, 2], [0, 0]) is None  # no residents
    assert fn([], []) is None
    assert indices.lorenz([0, 0], [1, 1]) == []


counts = st.lists(st.tuples(st.integers(0, 500), st.integers(1, 50_000)), min_size=2, max_size=40)


@settings(max_examples=150, deadline=None)
@given(counts, st.integers(2, 50))
def test_scale_invariance(pairs, c):
    r = np.array([p[0] for p in pairs], float)
    t = np.array([p[1] for p in pairs], float)
    assume(r.sum() > 0)
    for fn in (indices.gini, indices.theil, indices.dissimilarity, indices.hhi, indices.cv_load):
        assert fn(c * r, t) == pytest.approx(fn(r, t), abs=1e-9)
        if fn is not indices.hhi:
            assert fn(r, c * t) == pytest.approx(fn(r, t), abs=1e-9)


@settings(max_examples=150, deadline=None)
@given(counts)
def test_ranges(pairs):
    r = np.array([p[0] for p in pairs], float)
    t = np.array([p[1] for p in pairs], float)
    assume(r.sum() > 0)
    assert 0.0 <= indices.dissimilarity(r, t) <= 1.0
    assert 0.0 <= indices.gini(r, t) < 1.0
    assert indices.theil(r, t) >= 0.0
    assert 1.0 / len(r) - 1e-12 <= indices.hhi(r, t) <= 1.0
    assert indices.dissimilarity(r, t) <= indices.gini(r, t) + 1e-12  # D is never above Gini


@settings(max_examples=100, deadline=None)
@given(st.lists(st.integers(1, 50_000), min_size=1, max_size=40), st.integers(1, 20))
def test_proportional_allocation_is_perfectly_even(t, k):
    t = np.array(t, float)
    r = k * t  # places exactly proportional to residents
    assert indices.gini(r, t) == pytest.approx(0.0, abs=1e-9)
    assert indices.theil(r, t) == pytest.approx(0.0, abs=1e-9)
    assert indices.dissimilarity(r, t) == pytest.approx(0.0, abs=1e-9)
    assert indices.cv_load(r, t) == pytest.approx(0.0, abs=1e-9)


@settings(max_examples=150, deadline=None)
@given(counts, st.data())
def test_moving_places_to_the_most_loaded_district_increases_concentration(pairs, data):
    r = np.array([p[0] for p in pairs], float)
    t = np.array([p[1] for p in pairs], float)
    x = r / t
    top = int(np.argmax(x))
    donors = [i for i in range(len(r)) if r[i] > 0 and x[i] < x[top]]
    assume(donors)
    d = data.draw(st.sampled_from(donors))
    moved = r.copy()
    moved[d] -= 1
    moved[top] += 1
    assert indices.gini(moved, t) > indices.gini(r, t)
    assert indices.theil(moved, t) > indices.theil(r, t)
    assert indices.dissimilarity(moved, t) >= indices.dissimilarity(r, t) - 1e-12
    assert indices.cv_load(moved, t) > indices.cv_load(r, t)


def test_clark_evans_matches_pointpats_mean_nnd():
    pp = oracle("pointpats")
    rng = np.random.default_rng(3)
    pts = rng.uniform(0, 1000, (200, 2))
    area = 1000.0 * 1000.0
    ours = clark_evans(pts[:, 0], pts[:, 1], area)
    ref_nnd = pp.PointPattern(pts).mean_nnd
    assert ours.mean_nnd == pytest.approx(ref_nnd, abs=1e-9)
    assert ours.R == pytest.approx(ref_nnd / (0.5 / np.sqrt(200 / area)), abs=1e-9)
    assert 0.85 < ours.R < 1.15  # random points: R near 1 (edge effects push it up slightly)


def test_clark_evans_detects_clustering_and_regularity():
    rng = np.random.default_rng(4)
    clustered = rng.normal(500, 20, (100, 2))
    res = clark_evans(clustered[:, 0], clustered[:, 1], 1000.0 ** 2)
    assert res.R < 0.5 and res.p < 0.001 and res.z < 0
    g = np.mgrid[50:1000:100, 50:1000:100].reshape(2, -1).T.astype(float)
    reg = clark_evans(g[:, 0], g[:, 1], 1000.0 ** 2)
    assert reg.R > 1.8 and reg.p < 0.001
    assert clark_evans([1.0], [1.0], 10.0) is None
    assert clark_evans([1.0, 2.0], [1.0, 2.0], 0.0) is None
