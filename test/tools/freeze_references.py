"""Freeze reference values of the oracles (PySAL packages, PuLP/CBC) into test/data/reference_values.json.

    .venv/bin/python test/tools/freeze_references.py            # rewrite the file
    .venv/bin/python test/tools/freeze_references.py --check    # exit 1 when the oracles now disagree with it

test/core/test_reference_values.py compares the plugin's figures with the frozen values without importing
any oracle, so the correctness tests also run (and fail meaningfully) where the oracles are not installed.
The live-oracle tests (test_metrics_*.py, test_placement_oracle.py) stay; re-run this script when an oracle
is upgraded on purpose or when a generator below changes, and commit the new file.

The inputs of the metrics are stored with their values (rounded geometries as WKT, value vectors, point
sets), so the frozen figures do not depend on GEOS or numpy drawing the same random data everywhere. The
placement instances are too large to store: they are regenerated from their seeds
(test/fixtures/synthetic_city.small_instance), and a fingerprint of each instance is frozen with the
optimum, so that a changed generator is told apart from a changed optimiser.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
import warnings
from importlib.metadata import version
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
warnings.filterwarnings("ignore")

TARGET = ROOT / "test" / "data" / "reference_values.json"
PLACEMENT_SEEDS = (0, 1, 2, 3, 4, 5, 6, 7, 9, 12)
INDEX_SEEDS = (0, 1, 2, 3)
DIGITS = 2  # coordinates rounded to centimetres in the stored inputs


def spatial_cases():
    """(name, rounded WKT polygons, values): Voronoi cells with two islands, and a jittered grid."""
    from shapely import wkt
    from shapely.geometry import box

    from test.fixtures.metrics_data import tessellation

    cases = []
    for name, geoms, seed in (("voronoi_islands", tessellation(40, 21) + [box(30_000, 30_000, 30_100, 30_100),
                                                                           box(40_000, 0, 40_100, 100)], 1),
                              ("jittered_grid", tessellation(36, 23, jitter_grid=True), 3)):
        rng = np.random.default_rng(seed)
        y = rng.gamma(0.8, 10.0, len(geoms))
        y[rng.random(len(geoms)) < 0.3] = 0.0
        texts = [wkt.dumps(g, rounding_precision=DIGITS, trim=True) for g in geoms]
        cases.append((name, texts, [round(float(v), 6) for v in y]))
    return cases


def index_case(seed, n=12):
    """Places r and residents t of ``n`` districts, some without places (as test_metrics_indices.small_case)."""
    rng = np.random.default_rng(seed)
    t = rng.integers(1, 60, n).astype(float)
    r = rng.integers(0, 30, n).astype(float)
    r[rng.random(n) < 0.3] = 0
    if r.sum() == 0:
        r[0] = 5
    return [float(v) for v in r], [float(v) for v in t]


def point_sets():
    """(name, points rounded to centimetres, area m²): random, clustered and regular patterns in 1 km²."""
    rng = np.random.default_rng(3)
    random_pts = rng.uniform(0, 1000, (60, 2))
    clustered = rng.normal(500, 40, (40, 2))
    regular = np.mgrid[50:1000:100, 50:1000:100].reshape(2, -1).T.astype(float) + rng.uniform(-5, 5, (100, 2))
    return [(name, [[round(float(x), DIGITS), round(float(y), DIGITS)] for x, y in pts], 1_000_000.0)
            for name, pts in (("random", random_pts), ("clustered", clustered), ("regular", regular))]


def _num(v):
    v = float(v)
    return None if not math.isfinite(v) else v


def compute():
    from shapely import wkt

    from test.fixtures.oracles import oracle

    esda, libpysal, gpd = oracle("esda"), oracle("libpysal"), oracle("geopandas")
    gini_mod, theil_mod = oracle("inequality.gini"), oracle("inequality.theil")
    seg, pointpats = oracle("segregation.singlegroup"), oracle("pointpats")
    import pandas as pd

    from test.fixtures.pulp_model import pulp_lexicographic
    from test.fixtures.synthetic_city import fingerprint, small_instance

    versions = {name: version(name) for name in ("esda", "libpysal", "inequality", "segregation", "pointpats", "PuLP")}

    spatial = []
    for name, texts, y in spatial_cases():
        geoms = [wkt.loads(t) for t in texts]
        w = libpysal.weights.Queen.from_dataframe(gpd.GeoDataFrame(geometry=geoms), use_index=False)
        m = esda.Moran(np.array(y), w, permutations=0)
        g = esda.G_Local(np.array(y), w, star=True, permutations=0)
        spatial.append({"case": name, "wkt": texts, "y": y,
                        "moran": {"I": m.I, "EI": m.EI, "VI_norm": m.VI_norm, "z_norm": m.z_norm, "p_norm": m.p_norm},
                        "gi_star": {"Zs": [_num(z) for z in g.Zs], "p_norm": [_num(p) for p in g.p_norm]}})

    indices = []
    for seed in INDEX_SEEDS:
        r, t = index_case(seed)
        ra, ta = np.array(r), np.array(t)
        per_resident = np.repeat(1000 * ra / ta, ta.astype(int))  # every resident carries their district's rate
        df = pd.DataFrame({"r": ra, "total": ra + ta})  # D of places against residents: group r, rest t
        shares = ra[ta > 0] / ra[ta > 0].sum()
        indices.append({"seed": seed, "places": r, "population": t,
                        "gini": float(gini_mod.Gini(per_resident).g),
                        "theil": float(theil_mod.Theil(per_resident).T),
                        "dissimilarity": float(seg.Dissim(df, group_pop_var="r", total_pop_var="total").statistic),
                        "hhi": float((shares * shares).sum())})  # no PySAL implementation: the definition

    points = []
    for name, pts, area in point_sets():
        nnd = float(pointpats.PointPattern(np.array(pts)).mean_nnd)
        points.append({"case": name, "points": pts, "area": area, "mean_nnd": nnd,
                       "R": nnd / (0.5 / math.sqrt(len(pts) / area))})

    placement = []
    for seed in PLACEMENT_SEEDS:
        data, params = small_instance(seed)
        ref = pulp_lexicographic(data, params)
        placement.append({"seed": seed, "fingerprint": fingerprint(data, params),
                          "optimum": None if ref is None else dict(zip(("max_per_1000", "spread", "cost"), ref))})

    return {"about": "Frozen oracle values; written by test/tools/freeze_references.py, read by "
                     "test/core/test_reference_values.py. Do not edit by hand.",
            "oracles": versions, "spatial": spatial, "indices": indices, "clark_evans": points,
            "placement": placement}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare with the committed file instead of writing it")
    args = ap.parse_args(argv)
    fresh = compute()
    text = json.dumps(fresh, indent=1, sort_keys=True) + "\n"
    if args.check:
        old = json.loads(TARGET.read_text(encoding="utf-8"))
        fresh_cmp = json.loads(text)
        fresh_cmp["oracles"] = old["oracles"] = None
        same = _close(old, fresh_cmp)
        print("reference values up to date" if same else "reference values differ: re-run without --check")
        return 0 if same else 1
    tmp = TARGET.with_suffix(".json.part")
    tmp.parent.mkdir(parents=True, exist_ok=True)
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(TARGET)
    print(f"wrote {TARGET.relative_to(ROOT)} ({len(text)} bytes)")
    return 0


def _close(a, b, tol=1e-9) -> bool:
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_close(a[k], b[k], tol) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_close(x, y, tol) for x, y in zip(a, b))
    if isinstance(a, float) or isinstance(b, float):
        return a is not None and b is not None and math.isclose(a, b, rel_tol=tol, abs_tol=tol)
    return a == b


if __name__ == "__main__":
    sys.exit(main())
