"""analyse() with Kita access (issue 18): walking or straight-line distances, the E2SFCA Kita ratio per district
and shelter, the distance-only fallback, and readings that name the distance method.

The 2SFCA/E2SFCA numbers themselves are proven against PySAL ``access`` in test_fsca_access.py; here the
analysis must give exactly what ``fsca.kita_access`` gives for the same inputs (reuse, not a second oracle).
"""
from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from shapely.geometry import LineString, box

from plugin.core.i18n import render
from plugin.core.metrics import fsca
from plugin.core.metrics.analysis import analyse
from plugin.core.model import District, PlanningData, Service, Shelter
from plugin.core.network import build_network
from plugin.core.outputs import (
    DISTRICT_METRICS_FIELDS,
    district_metric_rows,
    shelter_access_fields,
    shelter_access_rows,
)

CRS = "EPSG:25832"


def city(capacities=(40, 60, 30), with_school=True):
    """Four districts of 1 km in a row; a railway along x = 2,000 m splits the city (see ``network``)."""
    districts = [District(f"D{i}", f"District {i}", 1000 + 100 * i, box(1000 * i, 0, 1000 * (i + 1), 1000))
                 for i in range(4)]
    shelters = [Shelter("S1", "GU west", 1900.0, 500.0, 120, 100), Shelter("S2", "GU east", 3500.0, 500.0, 60, 40),
                Shelter("S3", "GU far west", 300.0, 300.0, 30, 30)]
    kitas = [Service("K1", "Kita Bahnhof", "kita", 2100.0, 500.0, capacities[0]),
             Service("K2", "Kita West", "kita", 600.0, 600.0, capacities[1]),
             Service("K3", "Kita Ost", "kita", 3300.0, 400.0, capacities[2])]
    services = kitas + ([Service("SC1", "School", "school", 1500.0, 500.0)] if with_school else [])
    return PlanningData(districts=districts, shelters=shelters, services=services, crs=CRS)


def network():
    """Streets every 250 m; a railway between x = 1,875 and 2,125 m is crossed only at y = 0 and y = 1,000."""
    west = [*np.arange(0, 1751, 250), 1875.0]
    east = [2125.0, *np.arange(2250, 4001, 250)]
    lines = []
    for y in np.arange(0, 1001, 250):
        lines.append(LineString([(x, y) for x in west]))
        lines.append(LineString([(x, y) for x in east]))
    for x in [*west, *east]:
        lines.append(LineString([(x, y) for y in np.arange(0, 1001, 250)]))
    for y in (0.0, 1000.0):  # the two underpasses
        lines.append(LineString([(1875.0, y), (2125.0, y)]))
    return build_network(_noded(lines), CRS)


def _noded(lines):
    from shapely.ops import unary_union

    merged = unary_union(lines)  # split at every crossing, as a real street layer has vertices at junctions
    return [g for g in getattr(merged, "geoms", [merged])]


AGES = [("D0", 0, 3, 60), ("D0", 3, 6, 50), ("D1", 0, 6, 120), ("D2", 0, 2, 20), ("D2", 2, 3, 10), ("D2", 3, 6, 40),
        ("D3", 0, 6, 80)]


def test_without_places_or_ages_kita_access_is_distance_only_and_says_so():
    data = city(capacities=(None, None, None))
    result = analyse(data, permutations=0)
    assert [row["access_method"] for row in result.districts] == ["straight_line"] * 4
    assert all(row["kita_per_child"] is None and row["kita_shortfall"] is None for row in result.districts)
    assert result.city_value("kita_per_child") is None
    reading = render(result.interpretation["kita_per_child"])
    assert "distance only (straight line)" in reading and "no Kita places (capacity) and no age table" in reading
    with_places = analyse(city(), permutations=0)
    assert "no age table was given" in render(with_places.interpretation["kita_per_child"])
    ages_only = analyse(data, permutations=0, age_rows=AGES)
    assert "no Kita has places" in render(ages_only.interpretation["kita_per_child"])


@pytest.mark.parametrize("walk", [False, True])
def test_kita_ratio_equals_fsca_for_the_same_inputs(walk):
    from plugin.core.geometry import representative_xy

    data = city()
    net = network() if walk else None
    result = analyse(data, permutations=0, network=net, age_rows=AGES, under6_share=0.2, kita_max_distance_m=1500)
    demand = fsca.demand_from_ages(AGES)
    ref = fsca.kita_access([d.district_id for d in data.districts], [representative_xy(d.geometry) for d in data.districts],
                           [demand[d.district_id] for d in data.districts], [(k.x, k.y) for k in data.services[:3]],
                           [k.capacity for k in data.services[:3]], shelter_ids=["S1", "S2", "S3"],
                           shelter_xy=[(s.x, s.y) for s in data.shelters], shelter_residents=[100, 40, 30],
                           shelter_district=["D1", "D3", "D0"], under6_share=0.2, network=net, max_distance=1500)
    for row, expected in zip(result.districts, ref["districts"]):
        assert row["kita_per_child"] == pytest.approx(expected["places_per_child"], abs=1e-12)
        assert row["kita_shortfall"] == pytest.approx(expected["shortfall"], abs=1e-12)
        assert row["access_method"] == ("network" if walk else "straight_line")
    by_id = {r["shelter_id"]: r for r in result.access}
    for expected in ref["shelters"]:
        assert by_id[expected["shelter_id"]]["kita_per_child"] == pytest.approx(expected["places_per_child"], abs=1e-12)
    assert result.city_value("kita_shortfall") == pytest.approx(sum(r["shortfall"] for r in ref["districts"]))
    assert result.parameters["access_method"] == ("network" if walk else "straight_line")


def test_walking_distances_across_the_railway_and_readings_name_the_method():
    data = city()
    straight = analyse(data, permutations=0, age_rows=AGES)
    walk = analyse(data, permutations=0, age_rows=AGES, network=network())
    s1_straight = next(r for r in straight.access if r["shelter_id"] == "S1")
    s1_walk = next(r for r in walk.access if r["shelter_id"] == "S1")
    assert s1_straight["dist_kita"] == pytest.approx(200.0)  # Kita Bahnhof across the tracks
    assert s1_walk["kita_straight_m"] == pytest.approx(200.0)
    assert s1_walk["dist_kita"] > 1000.0  # round by an underpass, or to Kita West
    assert s1_walk["access_method"] == "network"
    for result, words in ((straight, "straight line"), (walk, "on foot over the walking network")):
        assert words in render(result.interpretation["kita_per_child"])
        assert words in render(result.interpretation["kita_nearest_median_m"])
        notes = {m: render(n) for m, _, n in result.city}
        assert words in notes["kita_per_child"] and words in notes["kita_nearest_median_m"]
    assert "on foot over the walking network" in render(walk.interpretation["share_places_with_access"])
    assert "times as far as in a straight line" in render(walk.interpretation["kita_nearest_median_m"])
    # walking never beats the straight line
    for a, b in zip(straight.access, walk.access):
        for cat in ("kita", "school"):
            assert b[f"dist_{cat}"] >= a[f"dist_{cat}"] - 1e-9


def test_outputs_carry_the_access_fields():
    data = city()
    result = analyse(data, permutations=0, age_rows=AGES, network=network())
    rows = district_metric_rows(result, data)
    names = [f for f, _ in DISTRICT_METRICS_FIELDS]
    assert {"kita_per_child", "kita_shortfall", "access_method"} <= set(names)
    assert all(set(attrs) == set(names) for attrs, _ in rows)
    fields = [f.name for f in shelter_access_fields(result.parameters["access_categories"])]
    assert fields[:5] == ["shelter_id", "places", "dist_kita", "dist_school", "dist_language_course"]
    srows = shelter_access_rows(result, data)
    assert len(srows) == 3 and all(set(a) == set(fields) for a, _ in srows)
    assert srows[0][1].x == 1900.0 and srows[0][0]["access_method"] == "network"


def test_partial_places_and_unmatched_age_districts_are_noted():
    data = city(capacities=(40, None, 30))
    result = analyse(data, permutations=0, age_rows=AGES + [("D9", 0, 6, 10)])
    notes = " ".join(render(n) for n in result.notes)
    assert "1 Kita(s) have no places" in notes and "Kita West" in notes
    assert "D9" in notes


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(st.floats(0, 4000), st.floats(0, 1000)), min_size=1, max_size=6))
def test_walking_is_never_shorter_than_the_straight_line(points):
    from plugin.core.metrics.kita import nearest_by_category

    services = city().services
    xs, ys = zip(*points)
    walk = nearest_by_category(xs, ys, services, ["kita", "school"], NET)
    line = nearest_by_category(xs, ys, services, ["kita", "school"], None)
    for cat in ("kita", "school"):
        assert np.all(walk[cat] >= line[cat] - 1e-6)


NET = network()


@pytest.mark.parametrize("kind, where", [("kita", "Kita K9"), ("shelter", "shelter S9")])
def test_a_point_far_from_the_network_is_named_with_its_kind_in_both_languages(kind, where):
    """A Kita or a shelter 2 km from any street stops the walking analysis with a message that says which it is
    (an id alone did not say which layer to look in)."""
    from plugin.core.errors import InputError

    data = city()
    if kind == "kita":
        data.services.append(Service("K9", "Kita Wald", "kita", 2000.0, 3000.0, 20))
    else:
        data.shelters.append(Shelter("S9", "GU Wald", 2000.0, 3000.0, 20, 10))
    with pytest.raises(InputError) as err:
        analyse(data, permutations=0, network=network(), age_rows=AGES)
    assert where in render(err.value.message) and "2,000 m" in render(err.value.message)
    german = render(err.value.message, "de")
    assert ("Kita K9" if kind == "kita" else "Unterkunft S9") in german and "2.000 m" in german
