"""Queen contiguity from vertices equals libpysal.weights.Queen.from_dataframe."""
from __future__ import annotations

import numpy as np
import pytest
from shapely.geometry import MultiPolygon, Polygon, box

from plugin.core.metrics.weights import queen_weights, weight_sums
from test.fixtures.metrics_data import libpysal_queen, tessellation


def assert_same_neighbours(geoms):
    ours = queen_weights(geoms)
    ref = libpysal_queen(geoms)
    assert ours.n == ref.n
    for i in range(len(geoms)):
        assert set(ours.neighbours(i)) == set(ref.neighbors[i]), i
    assert sorted(ours.islands.tolist()) == sorted(ref.islands)
    # symmetric, binary, zero diagonal
    a = ours.adjacency
    assert (a != a.T).nnz == 0
    assert a.diagonal().sum() == 0
    assert set(np.unique(a.data)) <= {1}
    return ours


@pytest.mark.parametrize("n,seed", [(2, 0), (10, 1), (60, 2), (300, 3), (1500, 4)])
def test_random_voronoi_equals_libpysal(n, seed):
    assert_same_neighbours(tessellation(n, seed))


def test_jittered_grid_equals_libpysal():
    assert_same_neighbours(tessellation(400, 5, jitter_grid=True))


def test_holes_multipolygons_islands_and_corners():
    cells = tessellation(30, 7)
    outer = box(20_000, 0, 21_000, 1_000)
    hole = [(20_400, 400), (20_600, 400), (20_600, 600), (20_400, 600)]
    with_hole = Polygon(outer.exterior.coords, [hole])
    plug = Polygon(hole)  # fills the hole: shares only hole vertices
    corner = box(21_000, 1_000, 21_500, 1_500)  # touches with_hole at one corner only (queen, not rook)
    # a multipolygon with one part far away touching nothing and one part touching the corner box
    multi = MultiPolygon([box(21_500, 1_500, 22_000, 2_000), box(40_000, 40_000, 40_100, 40_100)])
    island = box(60_000, 60_000, 60_100, 60_100)
    # T-junction: its corner lies on an edge of `outer` but is not a vertex there: no queen link by vertices
    t_touch = box(20_500, -300, 20_700, 0)
    # a multipolygon whose two parts touch two different tessellation cells
    spread = MultiPolygon([box(-200, 0, 0, 200), box(10_000, 9_800, 10_200, 10_000)])
    geoms = cells + [with_hole, plug, corner, multi, island, t_touch, spread]
    w = assert_same_neighbours(geoms)
    k = len(cells)
    assert set(w.neighbours(k + 1)) == {k}  # plug <-> polygon with hole
    assert k + 2 in w.neighbours(k)  # corner contact
    assert k + 4 in w.islands.tolist()


def test_negative_zero_coordinates_are_one_vertex():
    a = Polygon([(0.0, 0.0), (1, 0), (1, 1), (0, 1)])
    b = Polygon([(-0.0, -0.0), (0, -1), (-1, -1), (-1, 0)])
    assert queen_weights([a, b]).neighbours(0) == [1]


def test_tolerance_snaps_nearly_shared_vertices():
    a = box(0, 0, 1, 1)
    b = box(1 + 1e-7, 0, 2, 1)
    assert queen_weights([a, b]).adjacency.nnz == 0
    assert queen_weights([a, b], tolerance=1e-3).neighbours(0) == [1]


def test_degenerate_inputs():
    assert queen_weights([]).n == 0
    one = queen_weights([box(0, 0, 1, 1)])
    assert one.n == 1 and one.islands.tolist() == [0]


def test_subset_equals_weights_of_subset():
    cells = tessellation(80, 11)
    keep = np.random.default_rng(0).random(len(cells)) < 0.6
    sub = queen_weights(cells).subset(keep)
    direct = queen_weights([c for c, k in zip(cells, keep) if k])
    assert (sub.adjacency != direct.adjacency).nnz == 0


def test_weight_sums_equal_libpysal():
    cells = tessellation(120, 12) + [box(50_000, 50_000, 50_001, 50_001)]
    ref = libpysal_queen(cells)
    ref.transform = "r"
    s0, s1, s2 = weight_sums(queen_weights(cells).row_standardised())
    assert s0 == pytest.approx(ref.s0, abs=1e-9)
    assert s1 == pytest.approx(ref.s1, abs=1e-9)
    assert s2 == pytest.approx(ref.s2, abs=1e-9)
