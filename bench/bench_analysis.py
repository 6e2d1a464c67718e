"""Benchmark: our full analyse() against the PySAL reference calls, in one run.

Reference = libpysal Queen.from_dataframe + esda.Moran(999) + esda.G_Local(star=True, 999)
+ inequality Gini/Theil and segregation Dissim (on the same per-district figures).
Ours = the whole plugin.core.metrics.analysis.analyse() (which also locates
shelters, computes Clark-Evans, hotspot and access figures on top).

    .venv/bin/python bench/bench_analysis.py                 # 1,000 / 10,000 / 100,000 polygons
    .venv/bin/python bench/bench_analysis.py --sizes 1000    # quick run

Tessellations are jittered-grid Voronoi cells; populations are random with
5 % zeros; shelters are one per 50 districts. Numba is warmed up before timing
so esda's first-call compilation does not count against the reference.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
import warnings

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from plugin.core.metrics.analysis import analyse  # noqa: E402
from plugin.core.model import District, Hotspot, PlanningData, Service, Shelter  # noqa: E402


def tessellation(n: int, seed: int = 0):
    """Jittered-grid Voronoi cells clipped to the grid's square, as a shapely array (shapely 2)."""
    import shapely
    from shapely.geometry import MultiPoint, box
    from shapely.ops import voronoi_diagram

    rng = np.random.default_rng(seed)
    side = int(np.ceil(np.sqrt(n)))
    gx, gy = np.meshgrid(np.arange(side), np.arange(side))
    pts = (np.c_[gx.ravel(), gy.ravel()][:n] + 0.5 + rng.uniform(-0.35, 0.35, (n, 2))) * 100.0
    size = side * 100.0
    vd = voronoi_diagram(MultiPoint(pts), envelope=box(-size, -size, 2 * size, 2 * size))
    cells = shapely.intersection(np.array(list(vd.geoms)), box(0, 0, size, size))
    return cells[~shapely.is_empty(cells)], size


def make_data(n: int, seed: int = 0) -> PlanningData:
    cells, size = tessellation(n, seed)
    rng = np.random.default_rng(seed + 1)
    pop = rng.integers(100, 5000, len(cells))
    pop[rng.random(len(cells)) < 0.05] = 0
    districts = [District(f"D{i}", f"District {i}", int(p), g) for i, (p, g) in enumerate(zip(pop, cells))]
    ns = max(20, len(cells) // 50)
    # half the shelters in one quarter of the city: a concentrated pattern
    xy = np.where(rng.random((ns, 1)) < 0.5, rng.uniform(0, size / 2, (ns, 2)), rng.uniform(0, size, (ns, 2)))
    shelters = [Shelter(f"S{k}", "", float(x), float(y), int(c), int(c) // 2)
                for k, ((x, y), c) in enumerate(zip(xy, rng.integers(20, 400, ns)))]
    hotspots = [Hotspot(f"H{k}", "", None, float(x), float(y), 500.0) for k, (x, y) in enumerate(rng.uniform(0, size, (5, 2)))]
    services = [Service(f"V{k}", "", cat, float(x), float(y))
                for k, ((x, y), cat) in enumerate(zip(rng.uniform(0, size, (300, 2)), ["kita", "school", "language_course"] * 100))]
    return PlanningData(districts=districts, shelters=shelters, hotspots=hotspots, services=services)


def reference(data: PlanningData, result, permutations: int) -> float:
    """Time the PySAL calls that produce the same figures (weights, Moran, Gi*, indices)."""
    import esda
    import geopandas as gpd
    import libpysal
    import pandas as pd
    from inequality.gini import Gini
    from inequality.theil import Theil
    from segregation.singlegroup import Dissim

    rows = result.districts
    keep = [i for i, r in enumerate(rows) if r["per_1000"] is not None]
    y = np.array([rows[i]["per_1000"] for i in keep])
    r = np.array([rows[i]["places"] for i in keep], dtype=float)
    t = np.array([rows[i]["population"] for i in keep], dtype=float)
    gdf = gpd.GeoDataFrame({"r": r, "total": r + t}, geometry=[data.districts[i].geometry for i in keep])
    start = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        w = libpysal.weights.Queen.from_dataframe(gdf, use_index=False)
        esda.Moran(y, w, permutations=permutations)
        esda.G_Local(y, w, star=True, permutations=permutations, seed=12345)
        Gini(y)  # unweighted Gini call as the per-district reference cost
        Theil(y)
        Dissim(pd.DataFrame(gdf.drop(columns="geometry")), group_pop_var="r", total_pop_var="total")
    return time.perf_counter() - start


def warm_up() -> None:
    import esda
    import libpysal

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        w = libpysal.weights.lat2W(5, 5)
        esda.G_Local(np.arange(25.0) + 1, w, star=True, permutations=9, seed=1)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000,100000", help="comma-separated polygon counts")
    ap.add_argument("--permutations", type=int, default=999)
    args = ap.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    warm_up()
    analyse(make_data(200, 99), permutations=9)  # warm imports on our side too
    print(f"{'polygons':>9} {'ours [s]':>9} {'reference [s]':>14} {'ours/ref':>9}")
    worst = 0.0
    for n in sizes:
        data = make_data(n)
        start = time.perf_counter()
        result = analyse(data, permutations=args.permutations)
        ours = time.perf_counter() - start
        ref = reference(data, result, args.permutations)
        ratio = ours / ref
        worst = max(worst, ratio)
        print(f"{len(data.districts):>9,} {ours:>9.2f} {ref:>14.2f} {ratio:>9.3f}", flush=True)
    return 0 if worst < 1.0 else 1


if __name__ == "__main__":
    sys.exit(main())
