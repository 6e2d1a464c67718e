#!/usr/bin/env python3
"""Build resources/sample/zensus_alter_10jg_illustrativ.csv: an ILLUSTRATIVE Zensus-style age grid (issue 18).

NOT Zensus data. The file has the layout of the Zensus 2022 grid table "Alter in 10er-Jahresgruppen"
(``GITTER_ID_100m;x_mp_100m;y_mp_100m;Unter10;a10bis19;...;a80undaelter;werterlaeuternde_Zeichen``, ";",
UTF-8, 100 m cells with EPSG:3035 ids, uninhabited cells left out) so that the demo and the tests can read a
grid age table the way a city would get one. Its numbers come from the sample's own illustrative age table
(kaiserslautern_ages.csv): each district's people per age group, regrouped into 10-year groups (groups cut by
years and counted evenly; the open "65 and older" group spread over 65-89), are spread over the 100 m cells
whose centre lies in that district, concentrated near the district's centre as listed in
kaiserslautern_districts.csv (a Gaussian fall-off whose width grows with the district's size). So per district
the cells sum to the age table's counts (up to rounding), and the children under 6 (6/10 of "Unter10") come
out roughly as the age table's. Deterministic; run it again after build_sample.py changes the GeoPackage.

Usage: build_age_grid.py [OUTPUT.csv]   (default: resources/sample/zensus_alter_10jg_illustrativ.csv)
"""
from __future__ import annotations

import csv
import math
import sys
from pathlib import Path

import numpy as np
from pyproj import Transformer
from shapely.geometry import Point

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from plugin.core.geometry import locate_points  # noqa: E402
from plugin.io.age_tables import read_age_table  # noqa: E402
from plugin.io.files import read_vector  # noqa: E402

GPKG = HERE / "kaiserslautern_demo.gpkg"
AGES = HERE / "kaiserslautern_ages.csv"
CENTRES = HERE / "kaiserslautern_districts.csv"
OUTPUT = HERE / "zensus_alter_10jg_illustrativ.csv"
GROUPS = [("Unter10", 0, 10), ("a10bis19", 10, 20), ("a20bis29", 20, 30), ("a30bis39", 30, 40),
          ("a40bis49", 40, 50), ("a50bis59", 50, 60), ("a60bis69", 60, 70), ("a70bis79", 70, 80),
          ("a80undaelter", 80, 90)]
OPEN_END = 90.0  # the age table's open last group ("65 and older") is spread evenly up to this age
MIN_WEIGHT = 0.5  # cells below this share of the centre's density stay uninhabited (absent, as in the Zensus)
RES = 100


def regroup(rows) -> dict:
    """{district: [count per GROUPS entry]} from (district, age_from, age_to, count) rows, years counted evenly."""
    out: dict = {}
    for did, a0, a1, count in rows:
        hi = OPEN_END if math.isinf(a1) else a1
        groups = out.setdefault(did, [0.0] * len(GROUPS))
        for g, (_, lo, up) in enumerate(GROUPS):
            overlap = max(0.0, min(hi, up) - max(a0, lo))
            groups[g] += count * overlap / (hi - a0)
    return out


def centres() -> dict:
    """{district_id: listed centre in EPSG:25832}."""
    to_utm = Transformer.from_crs("EPSG:4326", "EPSG:25832", always_xy=True)
    with open(CENTRES, encoding="utf-8") as fh:
        return {r["ob_nr"]: to_utm.transform(float(r["centroid_lon"]), float(r["centroid_lat"]))
                for r in csv.DictReader(fh)}


def spread(total: float, weights: np.ndarray) -> np.ndarray:
    """``total`` (rounded) as whole numbers over ``weights`` (largest remainder: the sum is exact)."""
    n = int(round(total))
    share = weights / weights.sum() * n
    out = np.floor(share).astype(int)
    rest = n - int(out.sum())
    if rest > 0:
        out[np.argsort(-(share - out), kind="stable")[:rest]] += 1
    return out


def build(output: Path = OUTPUT) -> Path:
    layer = read_vector(str(GPKG), "districts", layer="districts")
    ids = [str(f.attributes["district_id"]) for f in layer.features]
    polygons = [f.geometry for f in layer.features]
    counts = regroup(read_age_table(str(AGES)).rows)
    listed = centres()
    to_3035 = Transformer.from_crs("EPSG:25832", "EPSG:3035", always_xy=True)
    to_utm = Transformer.from_crs("EPSG:3035", "EPSG:25832", always_xy=True)
    rng = np.random.default_rng(18)
    lines = ["GITTER_ID_100m;x_mp_100m;y_mp_100m;" + ";".join(g for g, _, _ in GROUPS) + ";werterlaeuternde_Zeichen"]
    # every 100 m cell of the districts' extent, its centre in EPSG:25832, and the district holding it
    xmin, ymin, xmax, ymax = (min(p.bounds[k] for p in polygons) if k < 2 else max(p.bounds[k] for p in polygons)
                              for k in range(4))
    ex, ny = to_3035.transform([xmin, xmax, xmin, xmax], [ymin, ymin, ymax, ymax])
    east = np.arange(math.floor(min(ex) / RES) * RES, math.ceil(max(ex) / RES) * RES, RES)
    north = np.arange(math.floor(min(ny) / RES) * RES, math.ceil(max(ny) / RES) * RES, RES)
    ee, nn = np.meshgrid(east, north)
    ee, nn = ee.ravel(), nn.ravel()
    cx, cy = to_utm.transform(ee + RES / 2, nn + RES / 2)
    cx, cy = np.asarray(cx), np.asarray(cy)
    where = locate_points(cx, cy, polygons)
    cells = []  # (north, east, [counts])
    for k, did in enumerate(ids):
        inside = np.flatnonzero(where == k)
        centre = listed.get(did)
        if centre is None or not polygons[k].covers(Point(centre)):
            point = polygons[k].representative_point()
            centre = (point.x, point.y)
        sigma = min(500.0, max(200.0, 0.2 * math.sqrt(polygons[k].area)))
        d2 = (cx[inside] - centre[0]) ** 2 + (cy[inside] - centre[1]) ** 2
        weight = np.exp(-d2 / (2 * sigma ** 2)) * rng.uniform(0.7, 1.3, len(inside))
        keep = weight >= MIN_WEIGHT * weight.max()
        inside, weight = inside[keep], weight[keep]
        per_group = np.column_stack([spread(total, weight) for total in counts.get(did, [0.0] * len(GROUPS))])
        for i, row in zip(inside, per_group):
            if row.sum() > 0:
                cells.append((int(nn[i]), int(ee[i]), row.tolist()))
    for n, e, row in sorted(cells):
        lines.append(f"CRS3035RES{RES}mN{n}E{e};{e + RES // 2};{n + RES // 2};" + ";".join(str(v) for v in row) + ";")
    tmp = output.with_suffix(".csv.part")
    tmp.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8"))
    tmp.replace(output)
    return output


if __name__ == "__main__":
    print(build(Path(sys.argv[1]) if len(sys.argv) > 1 else OUTPUT))
