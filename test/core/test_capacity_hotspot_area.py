"""Hotspot areas in capacity planning: measured from the polygon, as dispersion:suggest measures them, in the
model and in the verifier alike, and kept through a saved scenario (as WKT)."""
from __future__ import annotations

import pytest
from shapely.geometry import Point, box

from plugin.core.capacity import HotspotArea
from plugin.core.capacity.formulation import hotspot_limits
from plugin.core.model import Hotspot
from plugin.core.placement.instance import hotspot_distances


def test_distance_to_an_area_equals_suggests_and_is_zero_inside():
    area = box(1000, -100, 5000, 100)
    h = HotspotArea("P", 3000.0, 0.0, 300.0, "Park", area.wkt)
    ref = Hotspot("P", "Park", None, 3000.0, 0.0, 300.0, area)
    for x, y in ((900.0, 0.0), (3000.0, 0.0), (3000.0, 450.0), (6000.0, 1000.0)):
        assert h.distance(x, y) == pytest.approx(float(hotspot_distances(ref, [x], [y])[0]), abs=1e-9)
    assert h.distance(3000.0, 0.0) == 0.0
    assert HotspotArea("Q", 0.0, 0.0).distance(3.0, 4.0) == pytest.approx(5.0)


def test_model_verifier_and_saved_scenario_use_the_area():
    from dataclasses import replace

    from plugin.core.capacity import plan_capacity, verify
    from plugin.core.capacity.compare import problem_from_record, record_from
    from test.fixtures.capacity_instances import generated

    pb = generated(4, sites=6, months=4, districts=2, time_limit_s=30.0)
    cand = next(i for i, s in enumerate(pb.sites) if not s.existing)
    sx, sy = pb.sites[cand].position()
    # an area whose edge is 100 m from the candidate and whose inner point is 2 km away
    area = box(sx + 100, sy - 50, sx + 4100, sy + 50)
    far_point = HotspotArea("P", sx + 2100, sy, 300.0, "Park")
    as_area = replace(far_point, wkt=area.wkt)
    params = replace(pb.params, hotspot_max_places=10 ** 6)
    assert cand not in [i for ins, _ in hotspot_limits(replace(pb, hotspots=[far_point], params=params)) for i in ins]
    assert cand in [i for ins, _ in hotspot_limits(replace(pb, hotspots=[as_area], params=params)) for i in ins]
    # no new places allowed near the area: the verifier refuses a plan that opens the candidate there
    strict = replace(pb, hotspots=[as_area], params=replace(pb.params, hotspot_max_places=0))
    result = plan_capacity(strict)
    assert str(result.status) in ("optimal", "feasible"), result.message
    opened = {sid for sid, seq in result.states.items() if any(st in ("active", "reserve") for st in seq)}
    assert pb.sites[cand].site_id not in opened
    assert verify(strict, result.states, result.cost, result.active_places) == []
    # the same plan with the candidate opened breaks the area's rule, which the verifier names
    forced = dict(result.states)
    lead, months = pb.sites[cand].opening_lead, len(forced[pb.sites[cand].site_id])
    forced[pb.sites[cand].site_id] = ["not_opened"] * lead + ["reserve"] * (months - lead)
    broken = [str(v) for v in verify(replace(strict, params=replace(strict.params, max_per_1000=None)), forced)]
    assert any("Park" in v for v in broken), broken
    back = problem_from_record(record_from(strict, result, "Test"))
    assert back.hotspots[0].wkt == area.wkt
    assert Point(sx, sy).distance(area) == pytest.approx(back.hotspots[0].distance(sx, sy))
