"""Synthetic, reproducible planning problems for tests, benchmarks and demos (not real data)."""
from __future__ import annotations

from typing import Tuple

import numpy as np
from shapely.geometry import box

from ..model import Candidate, District, GroupDemand, Hotspot, PlanningData, Rule, Service, Shelter
from .params import PlacementParams

CATEGORIES = ("kita", "school", "language_course", "counselling", "jobcenter", "transit")


def synthetic_city(n_sites: int = 500, n_districts: int = 20, n_groups: int = 5, places: int = 600,
                   seed: int = 0, size_m: float = 10000.0, rules: bool = True, n_shelters: int = 10,
                   n_hotspots: int = 5, costs: bool = True) -> Tuple[PlanningData, PlacementParams]:
    """A square city of ``n_districts`` rectangular districts with random sites, shelters, services."""
    rng = np.random.default_rng(seed)
    cols = int(np.ceil(np.sqrt(n_districts)))
    rows = int(np.ceil(n_districts / cols))
    w, h = size_m / cols, size_m / rows
    districts = []
    for i in range(n_districts):
        r, c = divmod(i, cols)
        pop = int(rng.integers(2000, 12000))
        districts.append(District(f"{i + 1:02d}", f"District {i + 1}", pop, box(c * w, r * h, (c + 1) * w, (r + 1) * h)))
    ymax = rows * h
    xmax = size_m if n_districts >= cols else n_districts * w
    groups = [f"G{g + 1}" for g in range(n_groups)]

    def pt():
        return float(rng.uniform(0, xmax)), float(rng.uniform(0, ymax))

    shelters = []
    for i in range(n_shelters):
        x, y = pt()
        cap = int(rng.integers(5, 20)) * 10
        shelters.append(Shelter(f"S{i + 1}", f"Shelter {i + 1}", x, y, cap, int(cap * 0.8),
                                group_label=groups[i % n_groups] if groups and i % 3 == 0 else None))
    hotspots = []
    for i in range(n_hotspots):
        x, y = pt()
        hotspots.append(Hotspot(f"H{i + 1}", f"Hotspot {i + 1}", groups[i % n_groups] if groups else None, x, y, 500.0))
    services = []
    for cat in CATEGORIES:
        for j in range(15):
            x, y = pt()
            services.append(Service(f"{cat}-{j}", f"{cat} {j}", cat, x, y))
    cands = []
    for i in range(n_sites):
        x, y = pt()
        module = int(rng.choice([5, 10]))
        lo = module * int(rng.integers(2, 4))
        hi = lo + module * int(rng.integers(2, 8))
        cost = float(np.round(rng.uniform(800, 1500), 0)) if costs else None
        cands.append(Candidate(f"C{i + 1:05d}", f"Site {i + 1}", x, y, lo, hi, module, cost))
    demand, rule_list = [], []
    if n_groups:
        share = rng.dirichlet(np.ones(n_groups) * 3)
        counts = np.floor(share * places / 10).astype(int) * 10
        counts[0] += places - counts.sum()
        demand = [GroupDemand(g, int(c)) for g, c in zip(groups, counts)]
        if rules and n_groups >= 2:
            rule_list.append(Rule(groups[0], groups[1], "separate", 800.0))
        if rules and n_groups >= 4:
            rule_list.append(Rule(groups[2], groups[3], "separate", 500.0))
        if rules and n_groups >= 5:
            rule_list.append(Rule(groups[4], groups[4], "near", 3000.0))
    data = PlanningData(districts=districts, shelters=shelters, hotspots=hotspots, services=services,
                        candidates=cands, rules=rule_list, group_demand=demand)
    total_pop = sum(d.population for d in districts)
    existing = sum(s.capacity for s in shelters)
    per_1000 = float(np.ceil((existing + places) * 1000 / total_pop * 1.6))
    params = PlacementParams(places=places, max_per_1000=per_1000, min_spacing_m=300.0, hotspot_max_places=150,
                             service_categories=("kita", "language_course"), service_max_distance_m=2500.0,
                             time_limit_s=30.0)
    return data, params
