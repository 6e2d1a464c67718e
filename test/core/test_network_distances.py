"""Walking distances on generated grid and random planar networks against networkx (to 1e-6 m).

The reference is built independently of our graph: nodes keyed by the exact
line coordinates, points snapped by brute force over every segment, and each
snapped segment really split into a chain through its points.
"""
from __future__ import annotations

from collections import defaultdict

import numpy as np
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from scipy.spatial import Delaunay
from shapely.geometry import LineString, MultiLineString

from plugin.core.network import NETWORK, STRAIGHT_LINE, build_network, nearest_distance, od_matrix
from test.fixtures.oracles import oracle

nx = oracle("networkx")
CRS = "EPSG:25832"


def grid_lines(n, spacing, rng, jitter=0.0, oneway_share=0.0, drop_share=0.0):
    """Rows and columns of an n x n grid as lines (one feature per row/column piece)."""
    xs = np.arange(n) * spacing
    pts = {(i, j): (xs[i] + rng.uniform(-jitter, jitter), xs[j] + rng.uniform(-jitter, jitter))
           for i in range(n) for j in range(n)}
    lines, oneway = [], []
    for i in range(n):
        for horizontal in (True, False):
            coords = [pts[(j, i)] if horizontal else pts[(i, j)] for j in range(n)]
            # cut each row/column into pieces of random length
            k = 0
            while k < n - 1:
                m = min(n - 1, k + int(rng.integers(1, 4)))
                if rng.random() >= drop_share:
                    lines.append(LineString(coords[k:m + 1]))
                    oneway.append(int(rng.choice([1, -1])) if rng.random() < oneway_share else 0)
                k = m
    return lines, oneway


def planar_lines(n_points, rng, oneway_share=0.2, drop_share=0.25):
    """Delaunay edges of random points, some dropped, some one-way, some chained into polylines."""
    pts = rng.uniform(0, 2000, (n_points, 2))
    tri = Delaunay(pts)
    edges = set()
    for simplex in tri.simplices:
        for a, b in ((0, 1), (1, 2), (0, 2)):
            edges.add(tuple(sorted((int(simplex[a]), int(simplex[b])))))
    edges = sorted(edges)
    lines, oneway = [], []
    for a, b in edges:
        if rng.random() < drop_share:
            continue
        lines.append(LineString([pts[a], pts[b]]) if rng.random() < 0.7
                     else MultiLineString([[pts[a], (pts[a] + pts[b]) / 2], [(pts[a] + pts[b]) / 2, pts[b]]]))
        oneway.append(int(rng.choice([1, -1])) if rng.random() < oneway_share else 0)
    return lines, oneway


def _segments(lines, oneway):
    segs = []
    for line, ow in zip(lines, oneway):
        parts = line.geoms if line.geom_type == "MultiLineString" else [line]
        for part in parts:
            c = list(part.coords)
            for p, q in zip(c[:-1], c[1:]):
                if p != q:
                    segs.append((tuple(p), tuple(q), ow))
    return segs


def _brute_snap(segs, x, y):
    best = (np.inf, -1, 0.0)
    for k, (p, q, _) in enumerate(segs):
        dx, dy = q[0] - p[0], q[1] - p[1]
        t = min(1.0, max(0.0, ((x - p[0]) * dx + (y - p[1]) * dy) / (dx * dx + dy * dy)))
        d = np.hypot(x - (p[0] + t * dx), y - (p[1] + t * dy))
        if d < best[0]:
            best = (d, k, t)
    return best


def reference_od(lines, oneway, origins, destinations):
    """networkx distances between the snapped points, with every snapped segment split for real."""
    segs = _segments(lines, oneway)
    on_seg = defaultdict(list)
    snap_o, snap_d = [], []
    for kind, pts, out in (("o", origins, snap_o), ("d", destinations, snap_d)):
        for i, (x, y) in enumerate(pts):
            d, k, t = _brute_snap(segs, x, y)
            on_seg[k].append((t, (kind, i)))
            out.append(d)
    g = nx.DiGraph()

    def add(a, b, w):
        if not g.has_edge(a, b) or g[a][b]["weight"] > w:
            g.add_edge(a, b, weight=w)

    for k, (p, q, ow) in enumerate(segs):
        length = float(np.hypot(q[0] - p[0], q[1] - p[1]))
        chain = [(0.0, p)] + sorted(on_seg.get(k, [])) + [(1.0, q)]
        for (t0, a), (t1, b) in zip(chain[:-1], chain[1:]):
            w = (t1 - t0) * length
            if ow >= 0 or w == 0:  # two points at the same place are 0 m apart whatever the direction
                add(a, b, w)
            if ow <= 0 or w == 0:
                add(b, a, w)
    out = np.full((len(origins), len(destinations)), np.inf)
    for i in range(len(origins)):
        if ("o", i) not in g:
            continue
        dist = nx.single_source_dijkstra_path_length(g, ("o", i))
        for j in range(len(destinations)):
            out[i, j] = dist.get(("d", j), np.inf)
    return out, np.array(snap_o), np.array(snap_d)


def assert_close(ours, ref, tol=1e-6):
    assert ours.shape == ref.shape
    assert np.array_equal(np.isinf(ours), np.isinf(ref)), "reachable pairs differ"
    finite = np.isfinite(ref)
    if finite.any():
        assert np.max(np.abs(ours[finite] - ref[finite])) <= tol


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@example(seed=12707, n=7, n_o=2, n_d=2, oneway_share=0.0)  # a point on a block whose only junction is one corner
@given(seed=st.integers(0, 2**32 - 1), n=st.integers(3, 9), n_o=st.integers(1, 25), n_d=st.integers(1, 25),
       oneway_share=st.sampled_from([0.0, 0.3]))
def test_grid_matches_networkx(seed, n, n_o, n_d, oneway_share):
    rng = np.random.default_rng(seed)
    lines, oneway = grid_lines(n, 100.0, rng, jitter=10.0, oneway_share=oneway_share, drop_share=0.1)
    extent = 100.0 * (n - 1)
    origins = rng.uniform(-20, extent + 20, (n_o, 2))
    destinations = rng.uniform(-20, extent + 20, (n_d, 2))
    net = build_network(lines, CRS, oneway=oneway, tolerance=0.0)
    od = od_matrix(origins, destinations, net, add_snap_distance=False, max_snap_distance=None)
    ref, snap_o, snap_d = reference_od(lines, oneway, origins, destinations)
    assert od.method == NETWORK
    np.testing.assert_allclose(od.origin_snap.snap_distance, snap_o, atol=1e-9)
    np.testing.assert_allclose(od.destination_snap.snap_distance, snap_d, atol=1e-9)
    assert_close(od.dense(), ref)


@pytest.mark.parametrize("seed", range(4))
def test_random_planar_matches_networkx(seed):
    rng = np.random.default_rng(100 + seed)
    lines, oneway = planar_lines(150, rng)
    origins = rng.uniform(0, 2000, (30 + 20 * seed, 2))
    destinations = rng.uniform(0, 2000, (12, 2))
    net = build_network(lines, CRS, oneway=oneway, tolerance=0.0)
    ref, snap_o, snap_d = reference_od(lines, oneway, origins, destinations)
    # both search directions: from the origins (fewer) and from the destinations (fewer)
    od = od_matrix(origins, destinations, net, add_snap_distance=False, max_snap_distance=None)
    assert_close(od.dense(), ref)
    back = od_matrix(destinations, origins, net, add_snap_distance=False, max_snap_distance=None)
    ref_back, _, _ = reference_od(lines, oneway, destinations, origins)
    assert_close(back.dense(), ref_back)
    with_snap = od_matrix(origins, destinations, net, max_snap_distance=None)
    assert with_snap.snap_distance_included
    assert_close(with_snap.dense(), ref + snap_o[:, None] + snap_d[None, :])


def test_points_on_one_segment_walk_along_it_and_respect_one_way():
    line = LineString([(0, 0), (100, 0)])
    net = build_network([line, LineString([(100, 0), (100, 50)])], CRS, oneway=["yes", None])
    od = od_matrix([(10, 1), (80, -2)], [(80, 3), (10, 0)], net, add_snap_distance=False)
    d = od.dense()
    assert d[0, 0] == pytest.approx(70.0)  # along the one-way
    assert d[0, 1] == pytest.approx(0.0)
    assert np.isinf(d[1, 1])  # against the one-way: no way back
    assert od.origin_snap.snap_distance.tolist() == pytest.approx([1.0, 2.0])


def test_pruning_k_nearest_and_max_distance():
    rng = np.random.default_rng(7)
    lines, oneway = grid_lines(8, 100.0, rng)
    net = build_network(lines, CRS, oneway=oneway)
    origins = rng.uniform(0, 700, (20, 2))
    dests = rng.uniform(0, 700, (15, 2))
    full = od_matrix(origins, dests, net).dense()
    od = od_matrix(origins, dests, net, k=3, max_distance=400.0)
    pruned = od.dense()
    for i in range(len(origins)):
        row = full[i][full[i] <= 400.0]
        expect = np.sort(row)[:3]
        np.testing.assert_allclose(np.sort(pruned[i][np.isfinite(pruned[i])]), expect)
    assert np.all(np.diff(od.origin) >= 0)
    assert od.max_distance == 400.0 and od.k == 3
    # the cut-off inside Dijkstra gives the same distances as pruning afterwards
    np.testing.assert_allclose(od_matrix(origins, dests, net, max_distance=400.0).dense(),
                               np.where(full <= 400.0, full, np.inf))


def test_straight_line_fallback_says_so():
    rng = np.random.default_rng(3)
    o = rng.uniform(0, 1000, (12, 2))
    d = rng.uniform(0, 1000, (9, 2))
    od = od_matrix(o, d)
    assert od.method == STRAIGHT_LINE
    assert [m.code for m in od.messages] == ["network.method_straight_line"]
    ref = np.hypot(o[:, None, 0] - d[None, :, 0], o[:, None, 1] - d[None, :, 1])
    np.testing.assert_allclose(od.dense(), ref)
    pruned = od_matrix(o, d, max_distance=300.0).dense()
    np.testing.assert_allclose(pruned, np.where(ref <= 300.0, ref, np.inf))
    dist, which, method = nearest_distance(o, d)
    assert method == STRAIGHT_LINE
    np.testing.assert_allclose(dist, ref.min(axis=1))
    assert which.tolist() == ref.argmin(axis=1).tolist()


def test_nearest_distance_on_network():
    rng = np.random.default_rng(11)
    lines, oneway = grid_lines(6, 100.0, rng, oneway_share=0.2)
    net = build_network(lines, CRS, oneway=oneway)
    o = rng.uniform(0, 500, (10, 2))
    d = rng.uniform(0, 500, (4, 2))
    full = od_matrix(o, d, net).dense()
    dist, which, method = nearest_distance(o, d, net)
    assert method == NETWORK
    np.testing.assert_allclose(dist, full.min(axis=1))
    reach = np.isfinite(full.min(axis=1))
    assert np.array_equal(full[np.arange(len(o))[reach], which[reach]], dist[reach])


@pytest.mark.parametrize("seed", range(3))
def test_chains_rings_and_direction_changes_match_networkx(seed):
    """Contracted chains: a pure ring, a curvy street whose one-way part starts mid-way, a dead end, a lollipop."""
    rng = np.random.default_rng(seed)
    ring = [LineString([(0, 0), (100, 0)]), LineString([(100, 0), (100, 100)]),
            LineString([(100, 100), (0, 100)]), LineString([(0, 100), (0, 0)])]
    curvy = [LineString([(200, 0), (230, 20), (260, 10)]), LineString([(260, 10), (300, 40), (320, 0)]),
             LineString([(320, 0), (360, 30)]), LineString([(360, 30), (400, 0)])]
    lollipop = [LineString([(100, 0), (200, 0)]), LineString([(200, 0), (250, -50), (200, -100), (150, -50), (200, 0)])]
    lines = ring + curvy + lollipop + [LineString([(400, 0), (450, 80)])]
    oneway = [0, 1, 0, 0, 0, int(rng.choice([1, -1])), 0, int(rng.choice([1, -1, 0])), 0, 0, 0]
    net = build_network(lines, CRS, oneway=oneway, tolerance=0.0)
    origins = rng.uniform(-10, 460, (25, 2))
    dests = rng.uniform(-10, 460, (9, 2))
    ref, _, _ = reference_od(lines, oneway, origins, dests)
    assert_close(od_matrix(origins, dests, net, add_snap_distance=False, max_snap_distance=None).dense(), ref)
    ref_back, _, _ = reference_od(lines, oneway, dests, origins)
    assert_close(od_matrix(dests, origins, net, add_snap_distance=False, max_snap_distance=None).dense(), ref_back)


@pytest.mark.parametrize("seed", range(3))
def test_node_elimination_keeps_distances(seed, monkeypatch):
    """Many sources: nodes no point needs are eliminated before Dijkstra (forced here on small networks)."""
    import plugin.core.network.od as od_module

    monkeypatch.setattr(od_module, "_REDUCE_MIN_SOURCES", 1)
    rng = np.random.default_rng(200 + seed)
    lines, oneway = planar_lines(150, rng) if seed else grid_lines(9, 100.0, rng, jitter=10.0, oneway_share=0.3,
                                                                    drop_share=0.1)
    origins = rng.uniform(0, 800, (20, 2))
    dests = rng.uniform(0, 800, (15, 2))
    net = build_network(lines, CRS, oneway=oneway, tolerance=0.0)
    ref, _, _ = reference_od(lines, oneway, origins, dests)
    assert_close(od_matrix(origins, dests, net, add_snap_distance=False, max_snap_distance=None).dense(), ref)
    ref_back, _, _ = reference_od(lines, oneway, dests, origins)
    assert_close(od_matrix(dests, origins, net, add_snap_distance=False, max_snap_distance=None).dense(), ref_back)


@pytest.mark.parametrize("seed", range(5))
def test_eliminate_nodes_equals_dijkstra_on_kept_nodes(seed):
    from scipy import sparse
    from scipy.sparse.csgraph import dijkstra

    from plugin.core.network.reduce import eliminate_nodes

    rng = np.random.default_rng(seed)
    n = 300
    pts = rng.uniform(0, 1000, (n, 2))
    tri = Delaunay(pts)
    pairs = np.unique(np.sort(np.vstack([tri.simplices[:, [0, 1]], tri.simplices[:, [1, 2]],
                                         tri.simplices[:, [0, 2]]]), axis=1), axis=0)
    pairs = pairs[rng.random(len(pairs)) > 0.2]
    two_way = rng.random(len(pairs)) > 0.3
    rows = np.concatenate([pairs[:, 0], pairs[two_way, 1]])
    cols = np.concatenate([pairs[:, 1], pairs[two_way, 0]])
    w = np.hypot(*(pts[rows] - pts[cols]).T)
    g = sparse.csr_matrix((w, (rows, cols)), shape=(n, n))
    keep = rng.random(n) < 0.2
    reduced, new_id = eliminate_nodes(g, keep, slack=6)
    assert (new_id[keep] >= 0).all() and reduced.shape[0] < n
    kept = np.flatnonzero(keep)
    full = dijkstra(g, indices=kept)[:, kept]
    small = dijkstra(reduced, indices=new_id[kept])[:, new_id[kept]]
    assert np.array_equal(np.isinf(full), np.isinf(small))
    np.testing.assert_allclose(small[np.isfinite(full)], full[np.isfinite(full)], rtol=0, atol=1e-9)
