"""Integreat locations JSON into a services layer."""

import pytest

from plugin.core.errors import InputError
from plugin.core.validation import build_planning_data, errors
from plugin.io.integreat import map_category, parse_category_map, read_integreat


def test_reads_locations_into_services(data_dir):
    layer = read_integreat(str(data_dir / "integreat_locations.json"))
    assert layer.kind == "services" and layer.crs == "EPSG:4326"
    cats = {f.attributes["name"]: f.attributes["category"] for f in layer.features}
    assert cats == {
        "Migrationsberatung Caritas": "counselling", "Jobcenter Kaiserslautern": "jobcenter",
        "Volkshochschule Integrationskurse": "language_course", "Kita Sonnenschein": "kita",
        "Ausländerbehörde": "authority", "Hausarztpraxis West": "health", "Hauptbahnhof": "transit",
        "Begegnungscafé": "other",
    }
    first = layer.features[0]
    assert first.attributes["service_id"] == "integreat-101"  # keyed by the location, stable across languages
    assert first.attributes["opening_hours"].startswith("Mo 08:00-12:00")
    assert (first.geometry.x, first.geometry.y) == (7.7689, 49.4447)
    data, issues = build_planning_data([layer])
    assert not errors(issues) and len(data.services) == 8


def test_closed_and_unmapped_are_noted(data_dir):
    layer = read_integreat(str(data_dir / "integreat_locations.json"))
    assert any("Slevfisch" in n and "temporarily closed" in n for n in layer.notes)
    assert any("Freizeittreff" in n for n in layer.notes)


def test_category_map_string_extends_default(data_dir):
    layer = read_integreat(str(data_dir / "integreat_locations.json"), "Freizeittreff=counselling;Arbeit=authority")
    cats = {f.attributes["name"]: f.attributes["category"] for f in layer.features}
    assert cats["Begegnungscafé"] == "counselling" and cats["Jobcenter Kaiserslautern"] == "authority"
    assert not any("Freizeittreff" in n for n in layer.notes)


def test_category_map_csv(write):
    path = write("map.csv", "integreat_category;category\nFreizeittreff;other\nSprachcafé;language_course\n")
    mapping = parse_category_map(path)
    assert mapping["sprachcafé"] == "language_course"
    assert map_category("SPRACHCAFÉ", mapping) == "language_course"
    assert map_category("Gesundheitsamt", mapping) == "health"  # keyword fallback


def test_category_map_errors():
    with pytest.raises(InputError, match="'Beratung=advice'.*'advice' is not a service category"):
        parse_category_map("Beratung=advice")
    with pytest.raises(InputError, match="'Beratung' is not of the form"):
        parse_category_map("Beratung")


def test_german_messages(data_dir):
    from plugin.core.i18n import render

    layer = read_integreat(str(data_dir / "integreat_locations.json"))
    assert any("vorübergehend geschlossen" in render(n, "de") for n in layer.notes)
