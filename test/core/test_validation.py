"""Every validation case of the data contract produces its message, naming layer, feature and field."""
import pytest
from shapely.geometry import LineString, Point, Polygon, box

from plugin.core.errors import InputError
from plugin.core.i18n import render
from plugin.core.validation import RawFeature, RawLayer, build_planning_data, raise_for_errors


def districts(rows=None, crs="EPSG:25832", name="Bezirke"):
    rows = rows if rows is not None else [
        (1, {"district_id": "01", "name": "A", "population": 1000}, box(0, 0, 1000, 1000)),
        (2, {"district_id": "02", "name": "B", "population": 2000}, box(1000, 0, 2000, 1000)),
    ]
    return RawLayer(name, "districts", [RawFeature(f, a, g) for f, a, g in rows], crs)


def shelters(rows, name="GU", crs="EPSG:25832", **kw):
    return RawLayer(name, "shelters", [RawFeature(f, a, g) for f, a, g in rows], crs, **kw)


def shelter(sid="S1", cap=10, occ=5, geom=None, **extra):
    attrs = {"shelter_id": sid, "name": "x", "capacity": cap, "occupied": occ}
    attrs.update(extra)
    return attrs, geom if geom is not None else Point(500, 500)


def codes(issues):
    return [(i.code, i.layer, i.feature, i.field) for i in issues]


def run(*layers):
    return build_planning_data(layers)


def test_clean_input_has_no_issues():
    data, issues = run(districts(), shelters([(7, *shelter())]))
    assert issues == [] and len(data.shelters) == 1


def test_missing_field_names_layer_and_field():
    layer = shelters([(1, {"shelter_id": "S1", "capacity": 3}, Point(1, 1))])
    _, issues = run(districts(), layer)
    assert ("missing_field", "GU", None, "occupied") in codes(issues)
    assert "'GU'" in issues[0].message and "'occupied'" in issues[0].message


def test_field_map_is_used_for_names_and_messages():
    layer = shelters([(1, {"id": "S1", "plaetze": 10, "belegt": "x"}, Point(1, 1))],
                     field_map={"shelter_id": "id", "capacity": "plaetze", "occupied": "belegt"})
    _, issues = run(districts(), layer)
    assert ("wrong_type", "GU", 1, "belegt") in codes(issues)


@pytest.mark.parametrize("value,code", [("zehn", "wrong_type"), (-3, "negative"), (2.5, "fractional"), ("2,5", "fractional"), (None, "missing_value")])
def test_bad_counts(value, code):
    attrs, geom = shelter(cap=value)
    _, issues = run(districts(), shelters([(4, attrs, geom)]))
    assert (code, "GU", 4, "capacity") in codes(issues)
    assert "feature 4" in issues[0].message


def test_german_decimal_comma_whole_number_is_accepted():
    attrs, geom = shelter(cap="12,0")
    data, issues = run(districts(), shelters([(1, attrs, geom)]))
    assert issues == [] and data.shelters[0].capacity == 12


def test_occupied_above_capacity_is_flagged():
    _, issues = run(districts(), shelters([(3, *shelter(cap=10, occ=12))]))
    assert codes(issues) == [("occupied_gt_capacity", "GU", 3, None)]
    assert "12" in issues[0].message and "10" in issues[0].message


def test_duplicate_ids():
    _, issues = run(districts(), shelters([(1, *shelter("S1")), (2, *shelter("S1", geom=Point(600, 600)))]))
    assert ("duplicate_id", "GU", 2, "shelter_id") in codes(issues)
    assert "also feature 1" in issues[0].message


def test_empty_layers():
    _, issues = run(districts([]), shelters([]))
    assert ("empty_layer", "Bezirke", None, None) in codes(issues)
    assert [i.severity for i in issues if i.layer == "Bezirke"] == ["error"]
    assert [i.severity for i in issues if i.layer == "GU"] == ["warning"]  # no shelters is a valid question


def test_invalid_geometry_is_repaired_on_a_copy():
    bowtie = Polygon([(0, 0), (1000, 1000), (1000, 0), (0, 1000)])
    rows = [(9, {"district_id": "01", "name": "A", "population": 10}, bowtie)]
    data, issues = run(districts(rows))
    assert ("invalid_geometry_repaired", "Bezirke", 9, None) in codes(issues)
    assert data.districts[0].geometry.is_valid and not bowtie.is_valid  # source untouched


def test_non_point_shelter():
    attrs, _ = shelter()
    _, issues = run(districts(), shelters([(5, attrs, LineString([(0, 0), (1, 1)]))]))
    assert ("wrong_geometry", "GU", 5, None) in codes(issues)
    assert "LineString" in issues[0].message


def test_missing_geometry():
    attrs, _ = shelter()
    _, issues = run(districts(), shelters([(5, attrs, None)]))
    assert ("no_geometry", "GU", 5, None) in codes(issues)


def test_geographic_crs_is_reprojected_and_reported():
    # a district around Kaiserslautern in WGS84
    poly = box(7.70, 49.40, 7.80, 49.48)
    rows = [(1, {"district_id": "01", "name": "A", "population": 10}, poly)]
    data, issues = run(districts(rows, crs="EPSG:4326"))
    assert ("reprojected", "Bezirke", None, None) in codes(issues)
    minx, miny, _, _ = data.districts[0].geometry.bounds
    assert 400_000 < minx < 420_000 and 5_470_000 < miny < 5_480_000
    assert any("reprojected" in n for n in data.notes)


def test_layer_without_crs():
    _, issues = run(districts(crs=None))
    assert ("no_crs", "Bezirke", None, None) in codes(issues)


def test_feature_outside_all_districts():
    _, issues = run(districts(), shelters([(8, *shelter(geom=Point(50_000, 50_000)))]))
    assert ("outside_districts", "GU", 8, None) in codes(issues)


def test_missing_or_zero_population_warns_but_keeps_district():
    rows = [(1, {"district_id": "01", "name": "A", "population": None}, box(0, 0, 1, 1)),
            (2, {"district_id": "02", "name": "B", "population": 0}, box(1, 0, 2, 1))]
    data, issues = run(districts(rows))
    assert [c[0] for c in codes(issues)] == ["missing_population", "missing_population"]
    assert [d.population for d in data.districts] == [None, 0]


def test_unknown_status_and_category():
    attrs, geom = shelter(status="demolished")
    services = RawLayer("Dienste", "services", [RawFeature(1, {"service_id": "a", "category": "Bäckerei"}, Point(1, 1))])
    data, issues = run(districts(), shelters([(1, attrs, geom)]), services)
    assert ("unknown_value", "GU", 1, "status") in codes(issues)
    assert ("unknown_category", "Dienste", 1, "category") in codes(issues)
    assert data.services[0].category == "other"


def test_candidate_min_above_max():
    cands = RawLayer("Flächen", "candidates", [RawFeature(1, {"site_id": "c", "min_places": 50, "max_places": 20}, Point(5, 5))])
    _, issues = run(districts(), cands)
    assert ("min_gt_max", "Flächen", 1, None) in codes(issues)


def test_raise_for_errors_collects_everything():
    _, issues = run(districts(), shelters([(1, *shelter(cap=-1)), (2, *shelter("S2", cap="x", geom=Point(3, 3)))]))
    with pytest.raises(InputError) as err:
        raise_for_errors(issues)
    assert len(err.value.issues) == 2 and "2 problem(s)" in err.value.message


def test_messages_in_german():
    _, issues = run(districts(), shelters([(1, *shelter(cap=-1))]))
    assert render(issues[0].message, "de").startswith("Layer „GU“, Objekt 1, Feld „capacity“")


def test_service_capacity_is_optional_and_read():
    """Issue 18: a services layer without places gives capacity None; one with 'Plätze' gives the places."""
    from plugin.core.validation import RawFeature, RawLayer, build_planning_data

    rows = [RawFeature(1, {"service_id": "K1", "category": "kita", "Plätze": 45}, Point(1, 1)),
            RawFeature(2, {"service_id": "K2", "category": "kita", "Plätze": None}, Point(2, 2))]
    data, issues = build_planning_data([RawLayer("Kitas", "services", rows, "EPSG:25832",
                                                 {"service_id": "service_id", "category": "category",
                                                  "capacity": "Plätze"})])
    assert [s.capacity for s in data.services] == [45, None]
    plain = [RawFeature(1, {"service_id": "K1", "category": "kita"}, Point(1, 1))]
    data, _ = build_planning_data([RawLayer("Kitas", "services", plain, "EPSG:25832", {})])
    assert data.services[0].capacity is None
