"""Benchmark: walking-distance OD matrix, ours (scipy.sparse.csgraph) against networkx and QGIS native, in one run.

A generated 100,000-edge street grid (jittered, 5 % of blocks missing, 10 % one-way), 5,000 origins
(shelters / homes) and 500 destinations (Kitas), every pair (no cut-off):

- ours: plugin.core.network.build_network + od_matrix (exact snapping to segments, chains contracted,
  low-degree nodes no point needs eliminated, Dijkstra from the smaller side on the reversed graph, dense
  5,000 x 500 result), and the same with a 2 km cut-off and k = 5. Its CPU time is printed beside the wall
  time: on the shared 2-CPU machine other work stretches the wall time, not the CPU time;
- networkx: the same graph with every snapped segment split for real at its points, one
  single_source_dijkstra_path_length per destination on the reversed graph. networkx runs
  ``--nx-sources`` of the 500 destinations and its time is scaled to all 500 (printed as such);
  its distances are checked against ours for those destinations.
- pandana: only if it imports (it is not a dependency).

- QGIS native network analysis through Processing: ``native:shortestpathpointtolayer`` once per
  destination on the reversed direction (one-way values swapped), its 5,000 origins as the end-point
  layer: one graph build and one Dijkstra per destination, the fairest fast way Processing offers
  (``shortestpathlayertopoint`` runs one Dijkstra per start point). It runs ``--qgis-sources`` of
  the 500 destinations, its time is scaled to all 500 (printed as such) and its costs are checked
  against ours (within 1 m). It runs in a child process: this python if it imports qgis, else
  /usr/bin/python3 (as the Makefile's SYS_PY). The network is shifted to UTM easting ~680 km,
  where QGIS 3.22's ellipsoidal lengths equal planar metres (see test/qgis/test_network_native.py).
  ``--qgis-sources 0`` skips it.

    .venv/bin/python bench/bench_network.py                 # 100,000 edges, 5,000 x 500
    .venv/bin/python bench/bench_network.py --side 60 --origins 500 --destinations 50   # quick
    .venv/bin/python bench/bench_network.py --side 130 --shape-points 2   # ~100,000 segments on curved streets
"""
from __future__ import annotations

import argparse
import importlib.util
import os
import subprocess
import sys
import tempfile
import time
from collections import defaultdict

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
SYS_PY = "/usr/bin/python3"
QGIS_OFFSET = (680_500.0, 5_480_000.0)  # UTM 32 scale factor ~1: QGIS 3.22's ellipsoidal lengths = planar metres
QGIS_CRS = "EPSG:25832"


def generate(side: int, spacing: float, seed: int, shape_points: int = 0):
    """Grid edges as lines (one feature each), jittered vertices, some missing, some one-way.

    ``shape_points`` > 0 bends every street through that many extra vertices, as drawn streets are
    (each becomes shape_points + 1 segments; the chains between junctions are contracted for Dijkstra).
    """
    rng = np.random.default_rng(seed)
    gx, gy = np.meshgrid(np.arange(side) * spacing, np.arange(side) * spacing, indexing="ij")
    xy = np.stack([gx, gy], axis=-1) + rng.uniform(-0.2 * spacing, 0.2 * spacing, (side, side, 2))
    a = np.concatenate([xy[:-1, :, :].reshape(-1, 2), xy[:, :-1, :].reshape(-1, 2)])
    b = np.concatenate([xy[1:, :, :].reshape(-1, 2), xy[:, 1:, :].reshape(-1, 2)])
    keep = rng.random(len(a)) >= 0.05
    a, b = a[keep], b[keep]
    if shape_points > 0:
        f = np.arange(1, shape_points + 1) / (shape_points + 1)
        d = b - a
        normal = np.column_stack([-d[:, 1], d[:, 0]]) / np.hypot(d[:, 0], d[:, 1])[:, None]
        bend = rng.uniform(-0.1, 0.1, (len(a), shape_points)) * spacing
        mid = a[:, None, :] + f[None, :, None] * d[:, None, :] + bend[:, :, None] * normal[:, None, :]
        lines = np.concatenate([a[:, None, :], mid, b[:, None, :]], axis=1)
    else:
        lines = np.stack([a, b], axis=1)  # (n, 2, 2)
    oneway = np.where(rng.random(len(a)) < 0.10, rng.choice([1, -1], len(a)), 0)
    return lines, oneway


def run_ours(lines, oneway, origins, dests):
    from plugin.core.network import build_network, od_matrix

    t0 = time.perf_counter()
    net = build_network(list(lines), "EPSG:25832", oneway=list(oneway))
    t1 = time.perf_counter()
    c1 = time.process_time()
    od = od_matrix(origins, dests, net, add_snap_distance=False)
    c2 = time.process_time()
    t2 = time.perf_counter()
    cut = od_matrix(origins, dests, net, max_distance=2000.0, k=5, add_snap_distance=False)
    t3 = time.perf_counter()
    return net, od, {"build": t1 - t0, "od_full": t2 - t1, "od_cpu": c2 - c1, "od_cut_k5": t3 - t2, "pairs_cut": len(cut.distance)}


def run_networkx(net, od, n_sources):
    import networkx as nx

    t0 = time.perf_counter()
    so, sd = od.origin_snap, od.destination_snap
    on_seg = defaultdict(list)
    for i in range(len(so)):
        on_seg[int(so.segment[i])].append((float(so.fraction[i]), ("o", i)))
    for j in range(len(sd)):
        on_seg[int(sd.segment[j])].append((float(sd.fraction[j]), ("d", j)))
    g = nx.DiGraph()
    u, v = net.seg_nodes[:, 0].tolist(), net.seg_nodes[:, 1].tolist()
    for s, (a, b, length, f, bk) in enumerate(zip(u, v, net.seg_length.tolist(), net.seg_forward.tolist(),
                                                   net.seg_backward.tolist())):
        chain = [(0.0, a)] + sorted(on_seg.get(s, [])) + [(1.0, b)]
        for (t0_, p), (t1_, q) in zip(chain[:-1], chain[1:]):
            w = (t1_ - t0_) * length
            # reversed graph: a walk p -> q becomes the edge q -> p; a point on a node is that node (0 m both ways)
            if (f or w == 0) and (not g.has_edge(q, p) or g[q][p]["weight"] > w):
                g.add_edge(q, p, weight=w)
            if (bk or w == 0) and (not g.has_edge(p, q) or g[p][q]["weight"] > w):
                g.add_edge(p, q, weight=w)
    t1 = time.perf_counter()
    dense = od.dense()
    worst = 0.0
    n = min(n_sources, len(sd))
    for j in range(n):
        dist = nx.single_source_dijkstra_path_length(g, ("d", j))
        col = np.array([dist.get(("o", i), np.inf) for i in range(len(so))])
        both = np.isfinite(col) & np.isfinite(dense[:, j])
        assert np.array_equal(np.isfinite(col), np.isfinite(dense[:, j])), "reachability differs from networkx"
        if both.any():
            worst = max(worst, float(np.max(np.abs(col[both] - dense[both, j]))))
    t2 = time.perf_counter()
    return {"graph": t1 - t0, "per_source": (t2 - t1) / max(n, 1), "sources": n, "max_diff": worst}


def qgis_worker(data_path: str, out_path: str) -> int:
    """Child process: QGIS native shortest paths from the chosen destinations to every origin (reversed graph)."""
    from plugin.qgis_adapters.headless import qgis_application

    data = np.load(data_path)
    lines, oneway, origins, dests = data["lines"], data["oneway"], data["origins"], data["dests"]
    dx, dy = QGIS_OFFSET
    with qgis_application() as app:
        plugins = os.path.join(app.pkgDataPath(), "python", "plugins")  # where QGIS keeps the Processing plugin
        if plugins not in sys.path:
            sys.path.append(plugins)
        import processing
        from processing.core.Processing import Processing

        Processing.initialize()
        from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProject, QgsVectorLayer

        QgsProject.instance().setEllipsoid("EPSG:7019")  # GRS80 where a version reads the project's ellipsoid
        t0 = time.perf_counter()
        net = QgsVectorLayer(f"LineString?crs={QGIS_CRS}&field=oneway:integer", "walk", "memory")
        feats = []
        for line, ow in zip(lines, oneway.tolist()):
            f = QgsFeature(net.fields())
            f.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(float(x) + dx, float(y) + dy) for x, y in line]))
            f.setAttributes([int(ow)])
            feats.append(f)
        net.dataProvider().addFeatures(feats)
        pts = QgsVectorLayer(f"Point?crs={QGIS_CRS}&field=i:integer", "origins", "memory")
        feats = []
        for i, (x, y) in enumerate(origins.tolist()):
            f = QgsFeature(pts.fields())
            f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x + dx, y + dy)))
            f.setAttributes([i])
            feats.append(f)
        pts.dataProvider().addFeatures(feats)
        t_layers = time.perf_counter() - t0
        costs = np.full((len(origins), len(dests)), np.inf)
        times = []
        for j, (x, y) in enumerate(dests.tolist()):
            t0 = time.perf_counter()
            out = processing.run("native:shortestpathpointtolayer", {
                "INPUT": net, "STRATEGY": 0, "DIRECTION_FIELD": "oneway",
                # reversed graph: a line walkable forward is walked backward from the destination
                "VALUE_FORWARD": "-1", "VALUE_BACKWARD": "1", "VALUE_BOTH": "0", "DEFAULT_DIRECTION": 2,
                "TOLERANCE": 0, "START_POINT": f"{x + dx!r},{y + dy!r} [{QGIS_CRS}]", "END_POINTS": pts,
                "OUTPUT": "memory:"})
            layer = out["OUTPUT"]
            i_idx, c_idx = layer.fields().indexOf("i"), layer.fields().indexOf("cost")
            for f in layer.getFeatures():
                value = f.attributes()[c_idx]
                if value is not None and f.hasGeometry():
                    try:
                        costs[int(f.attributes()[i_idx]), j] = float(value)
                    except (TypeError, ValueError):  # a NULL QVariant
                        pass
            times.append(time.perf_counter() - t0)
            del layer, out
        np.savez(out_path + ".part.npz", costs=costs, times=np.asarray(times), layers=np.asarray([t_layers]))
        os.replace(out_path + ".part.npz", out_path)
    return 0


def run_qgis(lines, oneway, origins, dests, od, n_sources):
    """QGIS native on the first ``n_sources`` destinations, in a child process; None with the reason if unavailable."""
    here = sys.executable if importlib.util.find_spec("qgis") is not None else SYS_PY
    if here == SYS_PY and not os.path.exists(SYS_PY):
        return None, "no python with qgis"
    n = min(n_sources, len(dests))
    with tempfile.TemporaryDirectory() as tmp:
        data, out = os.path.join(tmp, "in.npz"), os.path.join(tmp, "out.npz")
        np.savez(data, lines=np.asarray(lines), oneway=np.asarray(oneway), origins=origins, dests=dests[:n])
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        t0 = time.perf_counter()
        proc = subprocess.run([here, os.path.abspath(__file__), "--qgis-worker", data, out], env=env,
                              capture_output=True, text=True)
        wall = time.perf_counter() - t0
        if proc.returncode != 0 or not os.path.exists(out):
            return None, f"{here} failed ({proc.returncode}): {proc.stderr.strip()[-400:]}"
        res = np.load(out)
        costs, times, t_layers = res["costs"], res["times"], float(res["layers"][0])
    ours = od.dense()[:, :n]
    fin = np.isfinite(ours)
    if not np.array_equal(fin, np.isfinite(costs)):
        return None, f"reachability differs from QGIS native for {int((fin != np.isfinite(costs)).sum())} pairs"
    worst = float(np.max(np.abs(costs[fin] - ours[fin]))) if fin.any() else 0.0
    return {"python": here, "sources": n, "per_source": float(np.mean(times)), "layers": t_layers,
            "max_diff": worst, "wall": wall}, ""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--side", type=int, default=230, help="grid side (230: about 100,000 edges)")
    parser.add_argument("--spacing", type=float, default=60.0)
    parser.add_argument("--origins", type=int, default=5000)
    parser.add_argument("--destinations", type=int, default=500)
    parser.add_argument("--nx-sources", type=int, default=20, help="destinations networkx runs (time scaled up)")
    parser.add_argument("--shape-points", type=int, default=0,
                        help="extra vertices per street (e.g. --side 130 --shape-points 2: ~100,000 segments)")
    parser.add_argument("--qgis-sources", type=int, default=3,
                        help="destinations QGIS native runs (time scaled up); 0 skips QGIS")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    lines, oneway = generate(args.side, args.spacing, args.seed, args.shape_points)
    rng = np.random.default_rng(args.seed + 1)
    extent = (args.side - 1) * args.spacing
    origins = rng.uniform(0, extent, (args.origins, 2))
    dests = rng.uniform(0, extent, (args.destinations, 2))
    net, od, ours = run_ours(lines, oneway, origins, dests)
    total = ours["build"] + ours["od_full"]
    import scipy

    from plugin.core.network.chains import chain_graph

    # scipy's Dijkstra got a binary heap in place of its Fibonacci heap after 1.15 (scipy PR 20717): the same searches
    # run about 2.3x faster there (QGIS 3.44 on Debian sid has 1.17; QGIS 3.22 on Debian 12 has 1.10, 3.40 on
    # Debian 13 1.15), so the scipy in use is part of every number below
    print(f"python {sys.version.split()[0]}, numpy {np.__version__}, scipy {scipy.__version__}")
    print(f"network: {net.n_segments:,} segments, {net.n_nodes:,} nodes ({chain_graph(net).n_nodes:,} junctions "
          f"after contracting chains), {net.n_components} component(s); OD {args.origins:,} x {args.destinations:,}")
    print(f"ours     build {ours['build']:.2f} s, OD full {ours['od_full']:.2f} s (CPU {ours['od_cpu']:.2f} s; "
          f"total {total:.2f} s); "
          f"2 km cut-off + k=5: {ours['od_cut_k5']:.2f} s ({ours['pairs_cut']:,} pairs)")
    nx_total = None
    if args.nx_sources <= 0 or importlib.util.find_spec("networkx") is None:
        print("networkx: skipped (--nx-sources 0 or not importable)")
    else:
        ref = run_networkx(net, od, args.nx_sources)
        nx_full = ref["per_source"] * args.destinations
        nx_total = nx_full + ref["graph"]
        print(f"networkx graph {ref['graph']:.2f} s, {ref['per_source']:.3f} s per destination x {args.destinations} "
              f"= {nx_full:.1f} s (measured on {ref['sources']}, scaled); max |difference| {ref['max_diff']:.2e} m")
        print(f"ratio ours / networkx (OD only): {ours['od_full'] / nx_full:.4f}  "
              f"(networkx {nx_full / ours['od_full']:.0f}x slower)")
        print(f"ratio ours / networkx (with graph building): {total / nx_total:.4f}")
    if args.qgis_sources > 0:
        q, why = run_qgis(lines, oneway, origins, dests, od, args.qgis_sources)
        if q is None:
            print(f"QGIS native: not measured ({why})")
        else:
            q_full = q["per_source"] * args.destinations
            print(f"QGIS native (native:shortestpathpointtolayer, {q['python']}): layers {q['layers']:.2f} s, "
                  f"{q['per_source']:.2f} s per destination x {args.destinations} = {q_full:.0f} s (measured on "
                  f"{q['sources']}, scaled); max |difference| {q['max_diff']:.2e} m")
            print(f"ratio ours / QGIS native (OD only): {ours['od_full'] / q_full:.4f}  "
                  f"(QGIS native {q_full / ours['od_full']:.0f}x slower)")
            print(f"ratio ours / QGIS native (with building the network and the layers): "
                  f"{total / (q_full + q['layers']):.4f}  (QGIS native {(q_full + q['layers']) / total:.0f}x slower)")
            nx_text = "skipped" if nx_total is None else f"{nx_total:.1f} s (scaled)"
            print(f"one run: ours {total:.2f} s, networkx {nx_text}, "
                  f"QGIS native {q_full + q['layers']:.0f} s (scaled); target ours < 5 s: "
                  f"{'met' if total < 5 else 'NOT met'}, >= 10x faster than QGIS native: "
                  f"{'met' if (q_full + q['layers']) >= 10 * total else 'NOT met'}")
    try:
        import pandana  # noqa: F401
    except ImportError:
        print("pandana: not importable, skipped")
    else:  # pragma: no cover - optional
        print("pandana: importable, but not wired into this benchmark yet")
    return 0


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--qgis-worker":
        sys.exit(qgis_worker(sys.argv[2], sys.argv[3]))
    sys.exit(main())
