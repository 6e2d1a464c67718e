#!/usr/bin/env python3
"""Build the Kaiserslautern sample GeoPackage (EPSG:25832) from checked-in facts.

Districts: the 18 Ortsbezirke with official numbers and names
(kaiserslautern_districts.csv). Their polygons are SCHEMATIC: Voronoi cells of
the listed (partly estimated) centroids, clipped to an approximate city outline
scaled to the official area of 139.7 km². Populations are public where the CSV
says so and illustrative for the inner-city districts, summing to 101,500.

Shelters reproduce the figures of 28 Nov 2023 (10 GUs, 1,502 places, 1,344
occupied, 7 ASZ / 3 Diakonie, 3 for Ukrainians only) at schematic positions
near district centres: never a real building. Hotspots follow the city's public
statements; services and candidate sites are illustrative. Deterministic.

Usage: build_sample.py OUTPUT.gpkg
"""
from __future__ import annotations

import csv
import os
import sys
from pathlib import Path

import numpy as np
from pyproj import Transformer
from scipy.spatial import Voronoi
from shapely import affinity
from shapely.geometry import MultiPoint, Point, Polygon
from shapely.ops import unary_union

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from plugin.io.gpkg import Table, write_gpkg  # noqa: E402

CITY_AREA_M2 = 139.7e6
SAMPLE_DATE = "2023-11-28"
RNG = np.random.default_rng(20231128)
TO_UTM = Transformer.from_crs("EPSG:4326", "EPSG:25832", always_xy=True)

# Illustrative populations of the inner-city districts (not public); with the
# public figures of the outer districts they sum to 101,500.
ILLUSTRATIVE_POPULATION = {
    "01": 10500, "02": 9000, "03": 11000, "04": 8500, "05": 7500,
    "06": 6000, "07": 8000, "08": 7500, "09": 10994,
}

# (id, district, capacity, occupied, operator, group_label, offset_m (dx, dy) from the district centre)
SHELTERS = [
    ("GU-01", "09", 220, 205, "ASZ", None, (-350, 200)),
    ("GU-02", "09", 180, 170, "ASZ", "ukrainian", (250, -300)),
    ("GU-03", "09", 160, 150, "Diakonie", None, (600, 450)),
    ("GU-04", "03", 200, 186, "ASZ", None, (-200, -150)),
    ("GU-05", "03", 150, 131, "ASZ", "ukrainian", (300, 250)),
    ("GU-06", "02", 140, 122, "Diakonie", None, (150, -200)),
    ("GU-07", "01", 130, 110, "ASZ", None, (-250, 300)),
    ("GU-08", "11", 120, 100, "ASZ", None, (200, 150)),
    ("GU-09", "08", 110, 95, "Diakonie", "ukrainian", (-150, -250)),
    ("GU-10", "04", 92, 75, "ASZ", None, (300, -100)),
]

# Public statements of the city (CONTEXT.md): communities and district offices.
HOTSPOTS = [
    ("HS-01", "Portugiesische Gemeinde Kotten", "portuguese", "03", (-500, 350), 500.0),
    ("HS-02", "Studierendenwohnheime Innenstadt West", "chinese", "03", (350, -400), 400.0),
    ("HS-03", "Fischerrück (russlanddeutsche Gemeinschaft)", "russian_german", "09", (-700, -500), 600.0),
    ("HS-04", "Fischerrück (bulgarische und rumänische Gemeinschaften)", "bulgarian_romanian", "09", (-400, -800), 500.0),
    ("HS-05", "Stadtteilbüro Innenstadt-West", "district_office", "03", (0, 0), 300.0),
    ("HS-06", "Stadtteilbüro Slevfisch (Fischerrück)", "district_office", "09", (-550, -650), 300.0),
]

SERVICE_NAMES = {"kita": "Kita", "school": "Schule", "language_course": "Sprachkurs", "counselling": "Beratungsstelle",
                 "jobcenter": "Jobcenter", "authority": "Behörde", "transit": "Haltestelle", "health": "Arztpraxis"}
SERVICE_COUNTS = {  # illustrative: category -> number of sites
    "kita": 28, "school": 20, "language_course": 7, "counselling": 6,
    "jobcenter": 1, "authority": 2, "transit": 45, "health": 10,
}

# (layer, source, date, licence, illustrative, German source, German licence): the notes come in both languages
# of the plugin, so that a German map prints no English source note (export/sources.py picks the export's language)
LAYER_METADATA = [
    ("districts", "Schematic polygons from district centroids (kaiserslautern_districts.csv); populations: public figures for districts 10-18, illustrative for 01-09", SAMPLE_DATE, "dl-de/by-2-0 (facts); schematic geometry CC0", 1,
     "Schematische Polygone aus den Mittelpunkten der Stadtteile (kaiserslautern_districts.csv); Einwohner: amtliche Zahlen für die Stadtteile 10–18, Beispielwerte für 01–09", "dl-de/by-2-0 (Fakten); schematische Geometrie CC0"),
    ("shelters", "Figures of 28 Nov 2023 (10 GUs, 1,502 places, 1,344 occupied); generic names, schematic positions", SAMPLE_DATE, "CC0 (illustrative)", 1,
     "Zahlen vom 28.11.2023 (10 GU, 1.502 Plätze, 1.344 belegt); allgemeine Namen, schematische Lage", "CC0 (Beispieldaten)"),
    ("hotspots", "Public statements of the City of Kaiserslautern; schematic positions", SAMPLE_DATE, "CC0 (illustrative)", 1,
     "Öffentliche Aussagen der Stadt Kaiserslautern; schematische Lage", "CC0 (Beispieldaten)"),
    ("services", "Illustrative service sites", SAMPLE_DATE, "CC0 (illustrative)", 1,
     "Beispielhafte Standorte von Angeboten", "CC0 (Beispieldaten)"),
    ("candidates", "Illustrative candidate sites", SAMPLE_DATE, "CC0 (illustrative)", 1,
     "Beispielhafte Kandidatenflächen", "CC0 (Beispieldaten)"),
]


def read_districts() -> list:
    with open(HERE / "kaiserslautern_districts.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    for row in rows:
        row["x"], row["y"] = TO_UTM.transform(float(row["centroid_lon"]), float(row["centroid_lat"]))
        if row["population"]:
            row["pop"] = int(row["population"])
        else:
            row["pop"] = ILLUSTRATIVE_POPULATION[row["ob_nr"]]
    return rows


def city_outline(points: np.ndarray) -> Polygon:
    """Approximate outline: rounded hull of the centroids, scaled to the official area."""
    hull = MultiPoint([tuple(p) for p in points]).convex_hull.buffer(2200, resolution=8)
    factor = (CITY_AREA_M2 / hull.area) ** 0.5
    return affinity.scale(hull, factor, factor, origin=hull.centroid)


def voronoi_cells(points: np.ndarray, outline: Polygon) -> list:
    """Voronoi cells of ``points`` clipped to ``outline``; they tile it without gaps or overlaps."""
    minx, miny, maxx, maxy = outline.bounds
    pad = 5 * max(maxx - minx, maxy - miny)
    far = np.array([[minx - pad, miny - pad], [minx - pad, maxy + pad], [maxx + pad, miny - pad], [maxx + pad, maxy + pad]])
    vor = Voronoi(np.vstack([points, far]))
    cells = []
    for i in range(len(points)):
        region = vor.regions[vor.point_region[i]]
        poly = Polygon(vor.vertices[region]).intersection(outline)
        cells.append(poly)
    return cells


def random_point_in(poly, rng, weight_center=None) -> Point:
    minx, miny, maxx, maxy = poly.bounds
    while True:
        p = Point(rng.uniform(minx, maxx), rng.uniform(miny, maxy))
        if poly.contains(p):
            return p


def build(path: str) -> str:
    districts = read_districts()
    pts = np.array([[d["x"], d["y"]] for d in districts])
    outline = city_outline(pts)
    cells = voronoi_cells(pts, outline)
    by_id = {d["ob_nr"]: (d, cell) for d, cell in zip(districts, cells)}

    district_rows = [({"district_id": d["ob_nr"], "name": d["name"], "population": d["pop"],
                       "population_status": d["population_status"] if d["population"] else "illustrative",
                       "kernstadt": int(d["kernstadt"])}, cell) for d, cell in zip(districts, cells)]

    def at(district_id: str, offset) -> Point:
        d, cell = by_id[district_id]
        p = Point(d["x"] + offset[0], d["y"] + offset[1])
        return p if cell.contains(p) else cell.representative_point()

    shelter_rows = [({"shelter_id": sid, "name": f"Gemeinschaftsunterkunft {sid[-2:]}", "capacity": cap, "occupied": occ,
                      "operator": op, "group_label": group, "status": "active", "stand": SAMPLE_DATE}, at(did, off))
                    for sid, did, cap, occ, op, group, off in SHELTERS]
    hotspot_rows = [({"hotspot_id": hid, "name": name, "community": community, "radius_m": radius}, at(did, off))
                    for hid, name, community, did, off, radius in HOTSPOTS]

    rng = np.random.default_rng(7)
    inner = unary_union([cell for d, cell in zip(districts, cells) if d["kernstadt"] == "1"])
    service_rows = []
    for category, count in SERVICE_COUNTS.items():
        for k in range(count):
            # two thirds in the inner city, where most services are
            area = inner if (k % 3 != 2 or category in ("jobcenter", "authority")) else outline
            p = random_point_in(area, rng)
            service_rows.append(({"service_id": f"SV-{category[:3].upper()}-{k + 1:02d}",
                                  "name": f"{SERVICE_NAMES[category]} {k + 1}", "category": category}, p))

    candidate_rows = []
    rng = np.random.default_rng(11)
    site = 0
    for d, cell in zip(districts, cells):
        n_sites = 3 if d["kernstadt"] == "1" else 2
        for _ in range(n_sites):
            site += 1
            module = int(rng.choice([10, 20]))
            min_places = module * int(rng.integers(2, 4))
            max_places = min_places + module * int(rng.integers(2, 8))
            candidate_rows.append(({"site_id": f"CS-{site:02d}", "name": f"Kandidatenfläche {site}",
                                    "min_places": min_places, "max_places": max_places, "module": module,
                                    "cost_per_place": float(round(rng.uniform(9000, 16000), -2))},
                                   random_point_in(cell, rng)))

    meta_rows = [({"layer": layer, "source": source, "date": date, "licence": licence, "illustrative": ill,
                   "source_de": source_de, "licence_de": licence_de}, None)
                 for layer, source, date, licence, ill, source_de, licence_de in LAYER_METADATA]

    tables = [
        Table("districts", "polygon", [("district_id", "text"), ("name", "text"), ("population", "int"),
                                        ("population_status", "text"), ("kernstadt", "int")], district_rows),
        Table("shelters", "point", [("shelter_id", "text"), ("name", "text"), ("capacity", "int"), ("occupied", "int"),
                                     ("operator", "text"), ("group_label", "text"), ("status", "text"), ("stand", "text")], shelter_rows),
        Table("hotspots", "point", [("hotspot_id", "text"), ("name", "text"), ("community", "text"), ("radius_m", "float")], hotspot_rows),
        Table("services", "point", [("service_id", "text"), ("name", "text"), ("category", "text")], service_rows),
        Table("candidates", "point", [("site_id", "text"), ("name", "text"), ("min_places", "int"), ("max_places", "int"),
                                       ("module", "int"), ("cost_per_place", "float")], candidate_rows),
        Table("layer_metadata", "none", [("layer", "text"), ("source", "text"), ("date", "text"), ("licence", "text"),
                                          ("illustrative", "int"), ("source_de", "text"), ("licence_de", "text")],
              meta_rows),
    ]
    return write_gpkg(path, tables)


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else str(HERE / "kaiserslautern_demo.gpkg")
    build(out)
    sys.stderr.write(f"wrote {os.path.abspath(out)}\n")
