"""Fusion of shelter lists: matching, provenance, conflicts (plugin.core.fusion, no QGIS)."""
import copy

from shapely.geometry import Point

from plugin.core.fusion import (
    ShelterSource,
    check_totals,
    fuse,
    guess_field_map,
    name_similarity,
)
from plugin.core.i18n import render
from plugin.core.validation import RawFeature, build_planning_data, errors
from plugin.io.csv_table import read_points_csv


def src(name, rows, date=None, crs="EPSG:25832", field_map=None):
    feats = [RawFeature(i + 1, {k: v for k, v in r.items() if k != "xy"}, Point(*r["xy"]) if r.get("xy") else None)
             for i, r in enumerate(rows)]
    fields = sorted({k for r in rows for k in r if k != "xy"})
    fmap = guess_field_map(fields)
    fmap.update(field_map or {})
    return ShelterSource(name, feats, fmap, date, crs)


def test_guess_field_map_german():
    m = guess_field_map(["Nr", "Bezeichnung", "Plätze", "belegt", "frei", "Auslastung", "Träger", "Stand"])
    assert m == {"shelter_id": "Nr", "name": "Bezeichnung", "capacity": "Plätze", "occupied": "belegt",
                 "free": "frei", "utilisation_pct": "Auslastung", "operator": "Träger", "date": "Stand"}


def test_name_similarity_ignores_gu_words():
    assert name_similarity("GU Kotten", "Gemeinschaftsunterkunft Kotten") == 1.0
    assert name_similarity("GU Fischerrück", "GU Fischerrueck") == 1.0
    assert name_similarity("GU Kotten", "GU Betzenberg") < 0.5
    assert name_similarity(None, "x") is None


def test_csv_lists_fused_with_provenance(data_dir):
    city = read_points_csv(str(data_dir / "shelters_city.csv"), "shelters")
    asz = read_points_csv(str(data_dir / "shelters_asz.csv"), "shelters")
    result = fuse([ShelterSource.from_layer(city, "city", date="2023-10-01"), ShelterSource.from_layer(asz, "asz")], 400)
    recs = {r["shelter_id"]: r for r in result.records()}
    assert set(recs) == {"S-01", "S-02", "S-03", "A3"}
    s2 = recs["S-02"]
    assert s2["capacity"] == 1200 and s2["capacity_source"] == "asz" and s2["capacity_date"] == "2023-11-28"
    assert s2["position_source"] == "city" and s2["sources"] == "city:S-02; asz:A2" and s2["n_sources"] == 2
    assert recs["S-03"]["capacity_source"] == "city" and recs["S-03"]["capacity_date"] == "2023-10-01"
    [conflict] = result.conflicts
    assert (conflict.shelter_id, conflict.field, conflict.code) == ("S-02", "capacity", "capacity_differs")
    assert conflict.values == {"city:S-02": 1150, "asz:A2": 1200}
    assert "1150 (2023-10-01)" in conflict.message and "Kapazität" in render(conflict.message, "de")
    data, issues = build_planning_data([result.to_raw_layer()])
    assert not errors(issues) and len(data.shelters) == 4


def test_newest_wins_and_ties_go_to_first_source():
    a = src("city", [{"id": "1", "name": "GU Kotten", "capacity": 100, "occupied": 50, "xy": (0, 0)}], "2023-11-01")
    b = src("op", [{"id": "X", "name": "GU Kotten", "capacity": 120, "occupied": 60, "xy": (30, 0)}], "2023-11-28")
    c = src("op2", [{"id": "Y", "name": "Kotten", "capacity": 130, "occupied": 70, "xy": (10, 0)}], "2023-11-28")
    [s] = fuse([a, b, c]).shelters
    assert s.values["capacity"] == 120 and s.provenance["capacity"][0] == "op"
    assert s.shelter_id == "1" and s.position_source == "city"


def test_occupied_gt_capacity_and_same_day_occupied_difference():
    a = src("city", [{"id": "1", "name": "GU A", "capacity": 100, "occupied": 110, "xy": (0, 0)}], "2023-11-28")
    b = src("op", [{"id": "1", "name": "GU A", "capacity": 100, "occupied": 95, "xy": (0, 0)}], "2023-11-28")
    result = fuse([a, b])
    codes = sorted(c.code for c in result.conflicts)
    assert codes == ["occupied_differs", "occupied_gt_capacity"]


def test_occupied_on_different_days_is_not_a_conflict():
    a = src("city", [{"id": "1", "name": "GU A", "capacity": 100, "occupied": 80, "xy": (0, 0)}], "2023-11-01")
    b = src("op", [{"id": "1", "name": "GU A", "capacity": 100, "occupied": 95, "xy": (0, 0)}], "2023-11-28")
    assert fuse([a, b]).conflicts == []


def test_bundled_occupied_from_newer_source_exceeds_older_capacity():
    a = src("city", [{"id": "1", "name": "GU A", "capacity": 100, "xy": (0, 0)}], "2023-11-28")
    b = src("op", [{"id": "1", "name": "GU A", "occupied": 120, "xy": (0, 0)}], "2023-11-29")
    [c] = fuse([a, b]).conflicts
    assert c.code == "occupied_gt_capacity" and "op 2023-11-29" in c.message and "city 2023-11-28" in c.message


def test_stated_utilisation_contradicts_counts_the_28_nov_2023_figures():
    [c] = check_totals(occupied=1344, free=158, stated_pct=73.4)
    assert c.code == "utilisation_mismatch"
    assert "1344 of 1502" in c.message and "89.5 %" in c.message and "73.4 %" in c.message
    assert "89,5 %" in render(c.message, "de")
    assert check_totals(occupied=1344, free=158, stated_pct=89.5) == []


def test_per_source_utilisation_and_free_checks():
    a = src("op", [{"Nr": "1", "Bezeichnung": "GU A", "Plätze": "1.502", "belegt": "1.344", "frei": "160",
                    "Auslastung": "73,4 %", "xy": (0, 0)}], "2023-11-28")
    codes = sorted(c.code for c in fuse([a]).conflicts)
    assert codes == ["free_mismatch", "utilisation_mismatch"]


def test_records_without_position_match_by_name():
    a = src("city", [{"id": "1", "name": "GU Pfeifertälchen", "capacity": 80, "xy": (0, 0)}], "2023-10-01")
    b = src("op", [{"Nr": "P", "Bezeichnung": "Gemeinschaftsunterkunft Pfeifertaelchen", "belegt": 70}], "2023-11-28")
    [s] = fuse([a, b]).shelters
    assert s.values == {"name": "Gemeinschaftsunterkunft Pfeifertaelchen", "capacity": 80, "occupied": 70}
    assert s.x == 0


def test_unmatched_without_position_is_flagged():
    b = src("op", [{"Nr": "P", "Bezeichnung": "US-Einrichtung West", "belegt": 70}])
    result = fuse([b])
    assert result.conflicts[0].code == "no_position" and result.conflicts[0].severity == "error"


def test_far_apart_same_name_are_different_shelters():
    a = src("city", [{"id": "1", "name": "GU Nord", "xy": (0, 0)}])
    b = src("op", [{"id": "2", "name": "GU Nord", "xy": (5000, 0)}])
    assert len(fuse([a, b], 150).shelters) == 2


def test_sources_are_not_changed():
    a = src("city", [{"id": "1", "name": "GU A", "capacity": 100, "occupied": 80, "xy": (0, 0)}])
    before = copy.deepcopy([f.attributes for f in a.features])
    fuse([a, src("op", [{"id": "1", "name": "GU A", "capacity": 90, "xy": (0, 0)}])])
    assert [f.attributes for f in a.features] == before


def test_source_in_wgs84_is_reprojected():
    a = src("city", [{"id": "1", "name": "GU Kotten", "capacity": 100, "xy": (409906.9, 5477791.0)}])
    b = src("op", [{"Nr": "A1", "Bezeichnung": "GU Kotten", "Plätze": 100, "xy": (7.7571, 49.4461)}], crs="EPSG:4326")
    [s] = fuse([a, b], 50).shelters
    assert len(s.members) == 2
