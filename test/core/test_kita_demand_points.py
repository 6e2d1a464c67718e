"""District demand spread over points where children live (e.g. Zensus age-grid cells) in the Kita 2SFCA.

A district's children at one point in the middle can sit in a forest far from every Kita; spread
over its cells they count where they live. Checked by hand on a small case, by the invariances
that must hold (one point = the district point; a point split in two at the same place changes
nothing; demand is conserved), and through ``analyse``.
"""
from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plugin.core.i18n import render
from plugin.core.metrics import fsca
from plugin.core.metrics.analysis import analyse
from test.core.test_analysis_access import AGES, city


def _rows(**kw):
    return {r["district_id"]: r for r in fsca.kita_access(**kw)["districts"]}


def test_a_village_near_a_kita_is_served_when_its_cells_count_and_not_at_the_district_centre():
    # one Kita (10 places) at the origin; district A: 20 children, half in a village 100 m from the Kita,
    # half 5 km away; its centre (2.55 km) reaches nothing within 1,500 m
    kw = dict(district_ids=["A"], district_xy=[(2550.0, 0.0)], district_demand=[20.0], kita_xy=[(0.0, 0.0)],
              kita_capacity=[10.0], max_distance=1500.0, bands=None)
    centre = _rows(**kw)["A"]
    assert centre["places"] == 0 and centre["shortfall"] == pytest.approx(20.0) and not centre["kita_in_reach"]
    assert centre["demand_points"] == 0
    cells = _rows(district_points=[("A", 100.0, 0.0, 3.0), ("A", 5000.0, 0.0, 3.0)], **kw)["A"]
    # R = 10 places / 10 children in reach = 1; the village's 10 children get 10 places, the far ones none
    assert cells["places"] == pytest.approx(10.0)
    assert cells["places_per_child"] == pytest.approx(0.5)
    assert cells["shortfall"] == pytest.approx(10.0)
    assert cells["kita_in_reach"] and cells["demand_points"] == 2
    assert cells["children_demand"] == pytest.approx(20.0)


def test_a_surplus_at_one_point_does_not_cover_a_shortfall_at_another():
    # two Kitas: 30 places by cell 1 (5 children), 0 places by cell 2 (5 children), 3 km apart
    rows = _rows(district_ids=["A"], district_xy=[(0.0, 0.0)], district_demand=[10.0],
                 kita_xy=[(0.0, 0.0), (3000.0, 0.0)], kita_capacity=[30.0, 0.0], max_distance=1000.0, bands=None,
                 district_points=[("A", 0.0, 0.0, 1.0), ("A", 3000.0, 0.0, 1.0)])
    assert rows["A"]["places"] == pytest.approx(30.0)  # 6 places per child at cell 1
    assert rows["A"]["shortfall"] == pytest.approx(5.0)  # cell 2's children are not helped by cell 1's surplus


districts = st.integers(1, 5)


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), n=districts, enhanced=st.booleans())
def test_one_point_per_district_and_split_points_change_nothing(seed, n, enhanced):
    rng = np.random.default_rng(seed)
    ids = [f"D{k}" for k in range(n)]
    xy = rng.uniform(0, 3000, (n, 2))
    demand = rng.uniform(0, 200, n)
    kitas = rng.uniform(0, 3000, (4, 2))
    places = rng.integers(0, 80, 4).astype(float)
    kw = dict(kita_xy=kitas.tolist(), kita_capacity=places.tolist(), max_distance=1500.0,
              bands=fsca.DEFAULT_BANDS if enhanced else None, shelter_ids=["S"], shelter_xy=[(1500.0, 1500.0)],
              shelter_residents=[50.0], shelter_district=[ids[0]])
    plain = _rows(district_ids=ids, district_xy=xy.tolist(), district_demand=demand.tolist(), **kw)
    # the district's own point as its one cell, and the same point split in two with any weights
    one = [(d, x, y, 1.0) for d, (x, y) in zip(ids, xy)]
    split = [(d, x, y, w) for d, (x, y) in zip(ids, xy) for w in rng.uniform(0.1, 5.0, 2)]
    far = rng.uniform(-1e4, 1e4, (n, 2))  # the district centres moved anywhere: the points decide
    for points in (one, split):
        spread = _rows(district_ids=ids, district_xy=far.tolist(), district_demand=demand.tolist(),
                       district_points=points, **kw)
        for d in ids:
            for key in ("places_per_child", "places", "shortfall", "places_within_reach", "children_demand",
                        "shelter_children_demand"):
                assert spread[d][key] == pytest.approx(plain[d][key], rel=1e-9, abs=1e-9), key
            assert spread[d]["kita_in_reach"] == plain[d]["kita_in_reach"]


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), n=districts)
def test_demand_is_conserved_and_places_add_up(seed, n):
    rng = np.random.default_rng(seed)
    ids = [f"D{k}" for k in range(n)]
    demand = rng.uniform(0, 200, n)
    points = [(ids[int(k)], float(x), float(y), float(w)) for k, x, y, w in
              zip(rng.integers(0, n, 12), rng.uniform(0, 4000, 12), rng.uniform(0, 4000, 12), rng.uniform(0, 3, 12))]
    points.append(("elsewhere", 0.0, 0.0, 5.0))  # a cell of no district is left out
    owner, pxy, pdem, spread = fsca.spread_demand(ids, rng.uniform(0, 4000, (n, 2)), demand, points)
    for k in range(n):
        assert pdem[owner == k].sum() == pytest.approx(demand[k])
        assert spread[k] == any(p[0] == ids[k] and p[3] > 0 for p in points)
    res = fsca.kita_access(ids, rng.uniform(0, 4000, (n, 2)).tolist(), demand.tolist(),
                           rng.uniform(0, 4000, (3, 2)).tolist(), [40.0, 10.0, 0.0], district_points=points)
    point_places = res["result"].places[:len(pdem)]
    for k, (row, d) in enumerate(zip(res["districts"], demand)):
        assert row["shortfall"] >= max(0.0, d - row["places"]) - 1e-9
        assert row["places"] == pytest.approx(point_places[owner == k].sum())


def test_analyse_takes_age_points_and_says_where_the_children_count():
    data = city()
    base = analyse(data, permutations=0, age_rows=AGES)
    # D1's children at two points; the others keep their one point
    d1 = next(d for d in data.districts if d.district_id == "D1")
    from plugin.core.geometry import representative_xy

    x, y = representative_xy(d1.geometry)
    same = analyse(data, permutations=0, age_rows=AGES, age_points=[("D1", x, y, 1.0), ("D1", x, y, 2.0)])
    for a, b in zip(base.districts, same.districts):
        assert b["kita_per_child"] == pytest.approx(a["kita_per_child"], abs=1e-12)
        assert b["kita_shortfall"] == pytest.approx(a["kita_shortfall"], abs=1e-12)
    notes = [render(n) for n in same.notes]
    assert any("1 district(s) count where they live: at 2 points" in n and "3 district(s) at one point" in n
               for n in notes), notes
    assert same.parameters.get("kita_demand_points") == 2
