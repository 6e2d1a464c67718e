"""Benchmark: our streaming Zensus importer against a pandas + geopandas one-liner, in one run.

Generates a state-sized Zensus 2022 100 m grid file (default 2,000,000 inhabited
cells of a 2,000 x 2,000 km² window, ~3 % suppressed values "–") in a temporary
folder and imports it into a GeoPackage of polygons in EPSG:25832 with both:

- ours: plugin.io.zensus.write_zensus (chunked csv reading, one vectorised pyproj
  call per chunk, WKB built in numpy, osgeo.ogr writer in transactions; memory
  bounded by the chunk size);
- reference: pandas.read_csv + str.extract + shapely.box + GeoDataFrame.to_crs +
  to_file(engine="pyogrio") — the whole file in memory.

Each runs in its own process so that its peak memory (max RSS) is its own.
Ours also runs once more on the system interpreter (/usr/bin/python3, the one
inside QGIS: no pandas, geopandas or pyogrio) when that can import osgeo.

    .venv/bin/python bench/bench_zensus.py                  # 2,000,000 rows
    .venv/bin/python bench/bench_zensus.py --rows 200000    # quick run
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)


def generate(path: str, rows: int, seed: int = 0) -> None:
    """A Zensus-like 100 m file: sorted unique cells, 3 % suppressed, written in blocks."""
    rng = np.random.default_rng(seed)
    side = 2000
    cells = np.sort(rng.choice(side * side, size=rows, replace=False))
    north = 2_800_000 + (cells // side) * 100
    east = 4_050_000 + (cells % side) * 100
    values = rng.integers(3, 120, size=rows)
    suppressed = rng.random(rows) < 0.03
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("GITTER_ID_100m;x_mp_100m;y_mp_100m;Einwohner\n")
        block = 200_000
        for start in range(0, rows, block):
            sl = slice(start, start + block)
            lines = [f"CRS3035RES100mN{n}E{e};{e + 50};{n + 50};{'–' if s else v}\n"
                     for n, e, v, s in zip(north[sl].tolist(), east[sl].tolist(), values[sl].tolist(),
                                           suppressed[sl].tolist())]
            fh.write("".join(lines))


def run_ours(src: str, out: str) -> dict:
    from plugin.io.zensus import write_zensus

    t0 = time.perf_counter()
    stats = write_zensus(src, out, "EPSG:25832", chunk_rows=50_000)
    return {"seconds": time.perf_counter() - t0, "rows": stats.written, "suppressed": stats.suppressed}


def run_reference(src: str, out: str) -> dict:
    import geopandas as gpd
    import pandas as pd
    import shapely

    t0 = time.perf_counter()
    df = pd.read_csv(src, sep=";", dtype={"Einwohner": str})
    rne = df["GITTER_ID_100m"].str.extract(r"CRS3035RES(\d+)mN(\d+)E(\d+)").astype("int64")
    r, n, e = rne[0].to_numpy(), rne[1].to_numpy(), rne[2].to_numpy()
    supp = df["Einwohner"].eq("–")
    gdf = gpd.GeoDataFrame({
        "gitter_id": df["GITTER_ID_100m"],
        "einwohner": pd.to_numeric(df["Einwohner"].where(~supp), errors="coerce").astype("Int64"),
        "einwohner_suppressed": supp,
        "x_mp_100m": df["x_mp_100m"], "y_mp_100m": df["y_mp_100m"],
    }, geometry=shapely.box(e, n, e + r, n + r), crs="EPSG:3035").to_crs("EPSG:25832")
    gdf.to_file(out, engine="pyogrio")
    return {"seconds": time.perf_counter() - t0, "rows": len(gdf), "suppressed": int(supp.sum())}


def child(kind: str, src: str, out: str) -> None:
    result = (run_ours if kind == "ours" else run_reference)(src, out)
    result["max_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))


def measure(python: str, kind: str, src: str, out: str) -> dict:
    done = subprocess.run([python, os.path.abspath(__file__), "--child", kind, src, out],
                          capture_output=True, text=True, cwd=ROOT)
    if done.returncode != 0:
        raise SystemExit(f"{kind} on {python} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def check_same(a: str, b: str) -> str:
    """Compare both outputs: same cells, same values, same geometry within 1 mm."""
    from osgeo import ogr

    def load(path):
        ds = ogr.Open(path)
        lyr = ds.GetLayer(0)
        rows = {}
        for f in lyr:
            env = f.GetGeometryRef().GetEnvelope()
            rows[f["gitter_id"]] = (f["einwohner"], bool(f["einwohner_suppressed"]), env)
        return rows

    ra, rb = load(a), load(b)
    if ra.keys() != rb.keys():
        return "DIFFERENT cell sets"
    worst = 0.0
    for k, (va, sa, ea) in ra.items():
        vb, sb, eb = rb[k]
        if va != vb or sa != sb:
            return f"DIFFERENT values for {k}: {va, sa} vs {vb, sb}"
        worst = max(worst, max(abs(x - y) for x, y in zip(ea, eb)))
    return f"identical values, max corner difference {worst * 1000:.3f} mm"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=2_000_000)
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--child", nargs=3, metavar=("KIND", "SRC", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    tmp = tempfile.mkdtemp(prefix="bench-zensus-")
    try:
        src = os.path.join(tmp, "Zensus2022_Bevoelkerungszahl_100m-Gitter.csv")
        t0 = time.perf_counter()
        generate(src, args.rows)
        size = os.path.getsize(src) / 2**20
        print(f"generated {args.rows:,} rows ({size:.0f} MB) in {time.perf_counter() - t0:.1f} s: {src}")
        ours = measure(sys.executable, "ours", src, os.path.join(tmp, "ours.gpkg"))
        ref = measure(sys.executable, "reference", src, os.path.join(tmp, "reference.gpkg"))
        rows = [("ours (venv)", ours), ("pandas+geopandas+pyogrio", ref)]
        system = "/usr/bin/python3"
        if os.path.exists(system) and subprocess.run([system, "-c", "import osgeo.ogr, pyproj, numpy"],
                                                     capture_output=True).returncode == 0:
            rows.append(("ours (system python, as in QGIS)", measure(system, "ours", src,
                                                                    os.path.join(tmp, "ours_system.gpkg"))))
        print(f"{'importer':<34} {'rows':>10} {'seconds':>8} {'rows/s':>10} {'max RSS MB':>11}")
        for name, r in rows:
            print(f"{name:<34} {r['rows']:>10,} {r['seconds']:>8.1f} {r['rows'] / r['seconds']:>10,.0f} "
                  f"{r['max_rss_mb']:>11,.0f}")
        print(f"ours/reference time ratio: {ours['seconds'] / ref['seconds']:.2f} "
              f"(rows/s ratio {ref['seconds'] / ours['seconds']:.2f}); "
              f"memory ratio {ours['max_rss_mb'] / ref['max_rss_mb']:.2f}")
        print("outputs:", check_same(os.path.join(tmp, "ours.gpkg"), os.path.join(tmp, "reference.gpkg")))
    finally:
        if args.keep:
            print("kept", tmp)
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
