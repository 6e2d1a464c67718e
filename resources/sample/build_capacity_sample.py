#!/usr/bin/env python3
"""Build the sample's capacity scenario set (issue 17): resources/sample/capacity/{sites,districts,scenarios}.csv.

ILLUSTRATIVE NUMBERS. The sites are the sample GeoPackage's 10 existing GUs (capacity and occupancy of
28 Nov 2023: 1,502 places, 1,344 people; GU-02, GU-05 and GU-09 for Ukrainians only, group label
"ukrainian") and its candidate sites; each site's district is the sample district its point lies in,
x/y are its EPSG:25832 coordinates. Costs, lead times and lease ends are assumptions for the
demonstration, not the city's figures: an active place costs 600 EUR a month in a GU and 550 at a
new site (plus 1 EUR per place below 200: small sites cost more per place), a reserve place 120; activating a reserve site takes a month and 15,000 EUR, opening a
candidate two months and a quarter of its investment (cost_per_place x places), closing 25,000.
Scenarios over 24 months: arrivals per month low/mid/high; with the default waiting time (3-6 months,
mean 4.5) about 300 arrivals a month keep today's 1,344 people steady, so "mid" stays near today,
"low" falls and "high" rises. A quarter of arrivals are Ukrainians (today: 396 of 1,344), for
whom one candidate (CS-22) is planned as a group-only site.
Deterministic; run it again after build_sample.py changes the GeoPackage.

Usage: build_capacity_sample.py [OUTPUT_DIR]   (default: resources/sample/capacity)
"""
from __future__ import annotations

import csv
import math
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from plugin.io.files import read_vector  # noqa: E402

GPKG = HERE / "kaiserslautern_demo.gpkg"
HORIZON = 24
GROUP = "ukrainian"
GROUP_SHARE = 0.25
# (arrivals a month at the start, at the end): a straight line between them
SCENARIOS = {"low": (250.0, 180.0), "mid": (265.0, 300.0), "high": (270.0, 370.0)}
LEASE_END = {"GU-08": 13, "GU-10": 7}  # earliest_close: the lease runs until then (illustrative)
RESERVE_TODAY = ()  # every GU is active today
GROUP_CANDIDATES = ("CS-22",)  # a candidate planned for Ukrainians only
CANDIDATES = ("CS-01", "CS-12", "CS-18", "CS-22", "CS-33", "CS-44")  # six of the 46, spread over the city
SITE_FIELDS = ("site_id", "name", "district_id", "capacity", "state", "occupied", "group_label", "cost_active",
               "cost_reserve", "activation_lead", "activation_cost", "opening_lead", "opening_cost", "closing_cost",
               "earliest_close", "must_close_by", "min_active_months", "module", "x", "y")


def _active_cost(places: int, base: float) -> int:
    """Monthly cost of an active place: small sites cost more per place (fixed staff), 1 EUR per place below 200."""
    return int(base + max(0, 200 - places))


def _district_of(point, districts) -> str:
    for d in districts:
        if d.geometry is not None and d.geometry.covers(point):
            return str(d.attributes["district_id"])
    return str(min(districts, key=lambda d: d.geometry.distance(point)).attributes["district_id"])


def build(out_dir: Path) -> dict:
    """Write the three CSVs (atomically: beside the target, then renamed); returns their paths."""
    districts = read_vector(str(GPKG), "districts", layer="districts").features
    shelters = read_vector(str(GPKG), "shelters", layer="shelters").features
    candidates = read_vector(str(GPKG), "candidates", layer="candidates").features
    sites = []
    for f in shelters:
        a = f.attributes
        sid = str(a["shelter_id"])
        sites.append({
            "site_id": sid, "name": a["name"], "district_id": _district_of(f.geometry, districts),
            "capacity": int(a["capacity"]), "state": "reserve" if sid in RESERVE_TODAY else "active",
            "occupied": int(a["occupied"]), "group_label": GROUP if a.get("group_label") else "",
            "cost_active": _active_cost(int(a["capacity"]), 600), "cost_reserve": 120, "activation_lead": 1, "activation_cost": 15000,
            "opening_lead": 0, "opening_cost": 0, "closing_cost": 25000, "earliest_close": LEASE_END.get(sid, ""),
            "must_close_by": "", "min_active_months": 0, "module": "", "x": round(f.geometry.x, 1),
            "y": round(f.geometry.y, 1)})
    for f in candidates:
        a = f.attributes
        if a["site_id"] not in CANDIDATES:
            continue
        places = int(a["max_places"])
        sites.append({
            "site_id": a["site_id"], "name": a["name"], "district_id": _district_of(f.geometry, districts),
            "capacity": places, "state": "candidate", "occupied": 0,
            "group_label": GROUP if a["site_id"] in GROUP_CANDIDATES else "",
            "cost_active": _active_cost(places, 550), "cost_reserve": 120, "activation_lead": 1, "activation_cost": 10000,
            "opening_lead": 2, "opening_cost": int(round(0.25 * float(a["cost_per_place"]) * places, -3)),
            "closing_cost": 25000, "earliest_close": "", "must_close_by": "", "min_active_months": 6,
            "module": int(a["module"]) if a.get("module") else "", "x": round(f.geometry.x, 1),
            "y": round(f.geometry.y, 1)})
    dist_rows = [{"district_id": d.attributes["district_id"], "name": d.attributes["name"],
                  "population": int(d.attributes["population"])} for d in districts]
    scen_rows = []
    for name, (start, end) in SCENARIOS.items():
        for m in range(1, HORIZON + 1):
            total = start + (end - start) * (m - 1) / (HORIZON - 1)
            group = round(GROUP_SHARE * total)
            scen_rows.append({"scenario": name, "month": m, "group_label": "", "arrivals": int(math.floor(total - group))})
            scen_rows.append({"scenario": name, "month": m, "group_label": GROUP, "arrivals": int(group)})
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = {}
    for stem, fields, rows in (("sites", SITE_FIELDS, sites), ("districts", ("district_id", "name", "population"),
                                                              dist_rows),
                               ("scenarios", ("scenario", "month", "group_label", "arrivals"), scen_rows)):
        path = out_dir / f"{stem}.csv"
        part = path.with_name(path.name + ".part")
        with open(part, "w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=fields, lineterminator="\n")
            w.writeheader()
            w.writerows(rows)
        os.replace(part, path)
        paths[stem] = str(path)
    return paths


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "capacity"
    for p in build(target).values():
        print(p)
