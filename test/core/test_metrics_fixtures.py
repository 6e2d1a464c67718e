"""Generated planning data for the metrics tests (random Voronoi tessellations, populations, shelters).

Also holds the sanity tests of the generators themselves, so that a broken
generator is not mistaken for a broken metric.
"""
from __future__ import annotations

import warnings
from typing import List, Optional

import numpy as np
import pytest
from shapely.geometry import MultiPoint, Point, Polygon, box
from shapely.ops import voronoi_diagram

from plugin.core.model import District, Hotspot, PlanningData, Service, Shelter

BOX = 10_000.0


def tessellation(n: int, seed: int = 0, jitter_grid: bool = False, size: float = BOX) -> List[Polygon]:
    """``n`` Voronoi cells clipped to a square of ``size`` metres (jittered grid seeds when asked)."""
    rng = np.random.default_rng(seed)
    if jitter_grid:
        side = int(np.ceil(np.sqrt(n)))
        gx, gy = np.meshgrid(np.arange(side), np.arange(side))
        pts = np.c_[gx.ravel(), gy.ravel()][:n] + rng.uniform(-0.35, 0.35, (n, 2)) + 0.5
        pts *= size / side
    else:
        pts = rng.uniform(0, size, (n, 2))
    frame = box(0, 0, size, size)
    vd = voronoi_diagram(MultiPoint([tuple(p) for p in pts]), envelope=box(-size, -size, 2 * size, 2 * size))
    cells = [c.intersection(frame) for c in vd.geoms]
    return [c for c in cells if not c.is_empty and c.area > 0]


def planning_data(n: int = 40, n_shelters: int = 25, seed: int = 1, zero_share: float = 0.1,
                  missing_share: float = 0.0, extra_polys: Optional[List[Polygon]] = None,
                  outside: int = 0) -> PlanningData:
    """Districts from a random tessellation with random populations (some 0 / None) and shelters inside."""
    rng = np.random.default_rng(seed)
    cells = tessellation(n, seed)
    if extra_polys:
        cells = cells + list(extra_polys)
    districts = []
    for i, c in enumerate(cells):
        u = rng.random()
        pop: Optional[int] = int(rng.integers(200, 20_000))
        if u < zero_share:
            pop = 0
        elif u < zero_share + missing_share:
            pop = None
        districts.append(District(f"D{i:03d}", f"District {i}", pop, c))
    shelters = []
    for k in range(n_shelters):
        # clustered: half the shelters near one corner
        if k % 2:
            x, y = rng.uniform(0, BOX * 0.3, 2)
        else:
            x, y = rng.uniform(0, BOX, 2)
        cap = int(rng.integers(10, 300))
        shelters.append(Shelter(f"S{k:03d}", f"Shelter {k}", float(x), float(y), cap, int(rng.integers(0, cap + 1))))
    for k in range(outside):
        shelters.append(Shelter(f"OUT{k}", "outside", BOX * 3 + k, BOX * 3, 50, 40))
    hotspots = [Hotspot("H1", "Market", "community A", BOX * 0.2, BOX * 0.2, 1500.0),
                Hotspot("H2", "Park", "community B", BOX * 0.7, BOX * 0.6, 800.0,
                        geometry=Point(BOX * 0.7, BOX * 0.6).buffer(600))]
    services = [Service(f"V{k}", "", cat, float(rng.uniform(0, BOX)), float(rng.uniform(0, BOX)))
                for k, cat in enumerate(["kita", "school", "language_course"] * 6)]
    return PlanningData(districts=districts, shelters=shelters, hotspots=hotspots, services=services)


def libpysal_queen(geoms):
    """Reference queen weights (binary, transform 'O')."""
    import geopandas as gpd
    import libpysal

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return libpysal.weights.Queen.from_dataframe(gpd.GeoDataFrame(geometry=list(geoms)), use_index=False)


@pytest.mark.parametrize("n", [5, 50])
def test_tessellation_covers_the_box(n):
    cells = tessellation(n, seed=3)
    assert len(cells) == n
    assert sum(c.area for c in cells) == pytest.approx(BOX * BOX, rel=1e-9)


def test_planning_data_has_zero_populations():
    data = planning_data(60, zero_share=0.2, missing_share=0.1, seed=2)
    pops = [d.population for d in data.districts]
    assert 0 in pops and None in pops
