"""Services categories as a city's or OSM's data writes them (issue 18: a Kita layer of its own must give Kita
figures): German names and OSM tag values are read as the contract's category, with one note per name."""
from __future__ import annotations

from shapely.geometry import Point, box

from plugin.core.contract import CATEGORY_ALIASES, SERVICE_CATEGORIES
from plugin.core.validation import RawFeature, RawLayer, build_planning_data

CRS = "EPSG:25832"


def layers(categories):
    districts = RawLayer("Stadtteile", "districts", [RawFeature(1, {"id": "01", "ew": 5000, "name": "Mitte"},
                                                                box(0, 0, 1000, 1000))],
                         CRS, {"district_id": "id", "population": "ew", "name": "name"})
    shelters = RawLayer("GU", "shelters", [RawFeature(1, {"id": "G1", "plaetze": 50}, Point(500, 500))],
                        CRS, {"shelter_id": "id", "capacity": "plaetze"})
    services = RawLayer("Einrichtungen", "services",
                        [RawFeature(i + 1, {"id": f"S{i}", "Art": c, "name": f"E{i}"}, Point(100 + i, 100))
                         for i, c in enumerate(categories)],
                        CRS, {"service_id": "id", "category": "Art", "name": "name"})
    return [districts, shelters, services]


def test_german_and_osm_names_are_read_as_the_category_with_one_note_per_name():
    data, issues = build_planning_data(layers(["Kindertagesstätte", "kindergarten", " KITA ", "Kindertagesstätte",
                                               "Sprachschule", "bus_stop", "Bolzplatz"]))
    assert [s.category for s in data.services] == ["kita", "kita", "kita", "kita", "language_course", "transit",
                                                   "other"]
    notes = [i for i in issues if i.code == "category_alias"]
    texts = sorted(str(i.message) for i in notes)
    assert len(notes) == 4  # Kindertagesstätte (2), kindergarten, Sprachschule, bus_stop; " KITA " is the code
    assert any("'Kindertagesstätte' is read as 'kita' (2 feature(s))" in t and "field 'Art'" in t for t in texts)
    unknown = [i for i in issues if i.code == "unknown_category"]
    assert len(unknown) == 1 and "Bolzplatz" in str(unknown[0].message)


def test_every_alias_names_a_contract_category_and_is_written_as_it_is_looked_up():
    assert set(CATEGORY_ALIASES.values()) <= set(SERVICE_CATEGORIES)
    assert all(k == " ".join(k.lower().split()) for k in CATEGORY_ALIASES)
