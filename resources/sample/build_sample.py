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

Issue 18 (Kita access), all ILLUSTRATIVE: the sample's 28 Kitas carry the city's public total of 3,989 Kita
places (2021; the city has about 60 Kitas, so a sample Kita holds about twice a real one's places); a
SCHEMATIC walking network "walking_network" (a 250 m street grid clipped to the outline, cut by a schematic
railway along the real line's course that is crossed only at five underpasses, so a Kita 800 m away across
the tracks can be 2 km on foot); and resources/sample/kaiserslautern_ages.csv, children and adults by age
group per district in the city's statistics format (";", cp1252), counts scaled from the populations.

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
from shapely.geometry import LineString, MultiPoint, Point, Polygon, box
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

# Kita places (issue 18): the public total of Kaiserslautern (2021), spread over the sample's Kitas
KITA_PLACES_TOTAL = 3989
KITA_PLACES_YEAR = "2021"
# Schematic railway (lon, lat) along the main line's course through Kaiserslautern, and its five underpasses
RAILWAY_LONLAT = [(7.60, 49.4330), (7.6685, 49.4357), (7.705, 49.4372), (7.725, 49.4368), (7.742, 49.4340),
                  (7.7687, 49.4357), (7.80, 49.4400), (7.87, 49.4470), (7.93, 49.4500)]
UNDERPASS_LONLAT = [(7.6685, 49.4357), (7.705, 49.437), (7.7687, 49.4357), (7.80, 49.44), (7.845, 49.4445)]
STREET_SPACING_M = 250.0
NETWORK_TITLE_DE = "Wegenetz (schematisch, illustrativ)"
NETWORK_TITLE_EN = "Walking network (schematic, illustrative)"
# Age groups of the city's statistics (von, BisKleinerAls; None = open) and their share of residents
# (the under-6 shares are set so that, with the committee's demand rates and the shelters' children, about 4,200
# children need a place: the 3,989 places plus the 168-210 the city reports missing)
AGE_GROUPS = [(0, 1, 0.0088), (1, 2, 0.0088), (2, 3, 0.0090), (3, 6, 0.0270), (6, 10, 0.0360), (10, 15, 0.0440),
              (15, 18, 0.0270), (18, 25, 0.0950), (25, 45, 0.2700), (45, 65, 0.2700), (65, None, 0.2084)]
# More young children where the city reports the largest Kita gaps (Innenstadt-Ost, Kaiserslautern-West with
# Bahnheim/Fischerrück); illustrative factors on the under-6 groups
YOUNG_FACTOR = {"01": 1.30, "09": 1.35}
AGES_CSV = HERE / "kaiserslautern_ages.csv"

# (layer, source, date, licence, illustrative, German source, German licence): the notes come in both languages
# of the plugin, so that a German map prints no English source note (export/sources.py picks the export's language)
LAYER_METADATA = [
    ("districts", "Schematic polygons from district centroids (kaiserslautern_districts.csv); populations: public figures for districts 10-18, illustrative for 01-09", SAMPLE_DATE, "dl-de/by-2-0 (facts); schematic geometry CC0", 1,
     "Schematische Polygone aus den Mittelpunkten der Stadtteile (kaiserslautern_districts.csv); Einwohner: amtliche Zahlen für die Stadtteile 10–18, Beispielwerte für 01–09", "dl-de/by-2-0 (Fakten); schematische Geometrie CC0"),
    ("shelters", "Figures of 28 Nov 2023 (10 GUs, 1,502 places, 1,344 occupied); generic names, schematic positions", SAMPLE_DATE, "CC0 (illustrative)", 1,
     "Zahlen vom 28.11.2023 (10 GU, 1.502 Plätze, 1.344 belegt); allgemeine Namen, schematische Lage", "CC0 (Beispieldaten)"),
    ("hotspots", "Public statements of the City of Kaiserslautern; schematic positions", SAMPLE_DATE, "CC0 (illustrative)", 1,
     "Öffentliche Aussagen der Stadt Kaiserslautern; schematische Lage", "CC0 (Beispieldaten)"),
    ("services", "Illustrative service sites; Kita places (capacity) illustrative: the sample's 28 Kitas share the city's "
     "3,989 places of 2021 (the city has about 60 Kitas, so each sample Kita holds about twice a real one's places)",
     SAMPLE_DATE, "CC0 (illustrative)", 1,
     "Beispielhafte Standorte von Angeboten; Kita-Plätze Beispielwerte: die 28 Kitas des Beispiels teilen "
     "sich die 3.989 Plätze der Stadt von 2021 (die Stadt hat etwa 60 Kitas, eine Beispiel-Kita hat also etwa doppelt "
     "so viele Plätze wie eine echte)", "CC0 (Beispieldaten)"),
    ("candidates", "Illustrative candidate sites", SAMPLE_DATE, "CC0 (illustrative)", 1,
     "Beispielhafte Kandidatenflächen", "CC0 (Beispieldaten)"),
    ("walking_network", NETWORK_TITLE_EN + ": a generated 250 m street grid, cut by a schematic railway crossed only "
     "at five underpasses; not the real streets", SAMPLE_DATE, "CC0 (illustrative)", 1,
     NETWORK_TITLE_DE + ": ein erzeugtes 250-m-Straßenraster, von einer schematischen Bahnlinie getrennt, die nur an "
     "fünf Unterführungen gequert wird; nicht die echten Straßen", "CC0 (Beispieldaten)"),
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


def kita_places(count: int, total: int = KITA_PLACES_TOTAL) -> list:
    """Illustrative places of ``count`` Kitas summing exactly to ``total`` (largest remainder); own RNG, so the
    other layers of the sample stay as they were."""
    weights = np.random.default_rng(18).uniform(0.5, 1.5, count)
    raw = weights / weights.sum() * total
    places = np.floor(raw).astype(int)
    for i in np.argsort(-(raw - places))[:total - int(places.sum())]:
        places[i] += 1
    return [int(p) for p in places]


def _utm_line(lonlat) -> LineString:
    return LineString([TO_UTM.transform(lon, lat) for lon, lat in lonlat])


def walking_network(outline: Polygon) -> list:
    """The schematic walking network: (attributes, line) rows. A street grid clipped to the outline, cut by the
    railway except along the street nearest each underpass; only the connected network is kept."""
    from plugin.core.network import build_network

    area = outline.buffer(300)
    railway = _utm_line(RAILWAY_LONLAT)
    minx, miny, maxx, maxy = area.bounds
    step = STREET_SPACING_M
    xs = np.arange(np.floor(minx / step) * step, maxx + step, step)
    ys = np.arange(np.floor(miny / step) * step, maxy + step, step)
    passes = []
    for lon, lat in UNDERPASS_LONLAT:
        ux, uy = TO_UTM.transform(lon, lat)
        gx = float(xs[np.argmin(np.abs(xs - ux))])  # the north-south street nearest the underpass goes through
        passes.append(box(gx - 1.0, uy - 120.0, gx + 1.0, uy + 120.0))
    barrier = railway.buffer(20.0).difference(unary_union(passes))
    lines = [LineString([(x, y) for x in xs]) for y in ys] + [LineString([(x, y) for y in ys]) for x in xs]
    pieces = []
    for line in lines:
        cut = line.intersection(area).difference(barrier)
        for part in getattr(cut, "geoms", [cut]):
            if part.geom_type == "LineString" and part.length > 1.0:
                pieces.append(part)
    net = build_network(pieces, "EPSG:25832")
    main = net.component[net.seg_nodes[:, 0]] == net.main_component
    keep = sorted(set(int(f) for f in net.seg_feature[main]))
    rows = []
    for n, i in enumerate(keep):
        part = pieces[i]
        kind = "underpass" if part.intersects(railway) else "street"
        rows.append(({"way_id": f"W{n + 1:05d}", "kind": kind, "oneway": None, "foot": None}, part))
    return rows


def write_ages(path: Path, districts: list) -> None:
    """The illustrative age table in the city's format (";", cp1252, GebietsID;Gebietsname;von;BisKleinerAls;
    Männlich;Weiblich); counts from each district's population, written atomically."""
    rng = np.random.default_rng(6)
    lines = ["GebietsID;Gebietsname;von;BisKleinerAls;Männlich;Weiblich"]
    for d in districts:
        for age_from, age_to, share in AGE_GROUPS:
            young = YOUNG_FACTOR.get(d["ob_nr"], 1.0) if age_to is not None and age_to <= 6 else 1.0
            total = int(round(d["pop"] * share * young * rng.uniform(0.9, 1.1)))
            male = int(rng.binomial(total, 0.51))
            lines.append(f"{d['ob_nr']};{d['name']};{age_from};{'' if age_to is None else age_to};{male};{total - male}")
    tmp = path.with_suffix(".csv.part")
    tmp.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    tmp.replace(path)


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

    places = kita_places(sum(1 for attrs, _ in service_rows if attrs["category"] == "kita"))
    for attrs, _ in service_rows:
        attrs["capacity"] = places.pop(0) if attrs["category"] == "kita" else None
    network_rows = walking_network(outline)
    write_ages(Path(path).resolve().parent / AGES_CSV.name, districts)  # beside the GeoPackage

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
        Table("services", "point", [("service_id", "text"), ("name", "text"), ("category", "text"), ("capacity", "int")],
              service_rows),
        Table("candidates", "point", [("site_id", "text"), ("name", "text"), ("min_places", "int"), ("max_places", "int"),
                                       ("module", "int"), ("cost_per_place", "float")], candidate_rows),
        Table("walking_network", "line", [("way_id", "text"), ("kind", "text"), ("oneway", "text"), ("foot", "text")],
              network_rows, description=NETWORK_TITLE_DE),
        Table("layer_metadata", "none", [("layer", "text"), ("source", "text"), ("date", "text"), ("licence", "text"),
                                          ("illustrative", "int"), ("source_de", "text"), ("licence_de", "text")],
              meta_rows),
    ]
    return write_gpkg(path, tables)


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else str(HERE / "kaiserslautern_demo.gpkg")
    build(out)
    sys.stderr.write(f"wrote {os.path.abspath(out)}\n")
