"""Kita demand (age groups, shelter children), per-district and per-shelter access and shortfall."""
from __future__ import annotations

import numpy as np
import pytest
from shapely.geometry import LineString

from plugin.core.metrics.fsca import (
    DEFAULT_SHELTER_UNDER6_SHARE,
    demand_from_ages,
    kita_access,
    shelter_demand,
    two_step_fca,
    under6_rate,
)
from plugin.core.network import build_network


def test_default_rates_and_shelter_children():
    assert under6_rate() == pytest.approx((2 * 0.265 + 0.75 + 3 * 0.99) / 6)
    assert DEFAULT_SHELTER_UNDER6_SHARE == 0.10
    np.testing.assert_allclose(shelter_demand([100, 0, 40]), np.array([100, 0, 40]) * 0.1 * under6_rate())
    np.testing.assert_allclose(shelter_demand([100], under6_share=0.2), [100 * 0.2 * under6_rate()])
    with pytest.raises(ValueError):
        shelter_demand([10], under6_share=1.5)
    assert demand_from_ages([("a", 6, 10, 100)]) == {"a": 0.0}
    with pytest.raises(ValueError, match="reversed"):
        demand_from_ages([("a", 3, 3, 1)])


def test_edges_no_supply_in_reach_and_supply_nobody_reaches():
    res = two_step_fca([10.0, 5.0], [20.0, 7.0], origin=[0], destination=[0], cost=[100.0], max_cost=500.0)
    assert res.access.tolist() == [2.0, 0.0]
    assert res.reachable.tolist() == [True, False]
    assert res.supply_ratio.tolist() == [2.0, 0.0]  # the second Kita serves nobody in reach
    assert res.demand_in_catchment.tolist() == [10.0, 0.0]
    assert res.shortfall.tolist() == [0.0, 5.0]
    assert res.places.tolist() == [20.0, 0.0]
    with pytest.raises(ValueError):
        two_step_fca([-1.0], [1.0], [0], [0], [1.0])


def test_kita_access_rows_straight_line_and_network():
    # two districts west and east of a railway; the only crossing is far to the south
    lines = [LineString([(0, 0), (0, 1000)]), LineString([(400, 0), (400, 1000)]), LineString([(0, 0), (400, 0)])]
    net = build_network(lines, "EPSG:25832")
    kw = dict(district_ids=["W", "E"], district_xy=[(0, 900), (400, 900)], district_demand=[40.0, 60.0],
              kita_xy=[(10, 950)], kita_capacity=[50.0], shelter_ids=["GU1"], shelter_xy=[(390, 950)],
              shelter_residents=[200.0], shelter_district=["E"], max_distance=1000.0, bands=None)
    straight = kita_access(**kw)
    walking = kita_access(network=net, **kw)
    assert straight["method"] == "straight_line" and walking["method"] == "network"
    gu_children = 200 * 0.1 * under6_rate()
    # straight line: everyone is within 1 km and shares the 50 places
    total = 40 + 60 + gu_children
    rows = {r["district_id"]: r for r in straight["districts"]}
    assert rows["W"]["places_per_child"] == pytest.approx(50 / total)
    assert rows["E"]["shelter_children_demand"] == pytest.approx(gu_children)
    assert rows["E"]["shortfall"] == pytest.approx((60 + gu_children) * (1 - 50 / total))
    # walking: the east side and the shelter are 1.7+ km away across the railway
    rows = {r["district_id"]: r for r in walking["districts"]}
    assert rows["W"]["places_per_child"] == pytest.approx(50 / 40)
    assert rows["W"]["shortfall"] == 0.0
    assert not rows["E"]["kita_in_reach"] and rows["E"]["places_per_child"] == 0.0
    assert rows["E"]["shortfall"] == pytest.approx(60 + gu_children)
    shelter = walking["shelters"][0]
    assert shelter["shelter_id"] == "GU1" and not shelter["kita_in_reach"]
    assert shelter["children_demand"] == pytest.approx(gu_children)
    assert walking["result"].messages[0].code == "network.method_network"
