"""The one alias registry and layer-kind detector (plugin.core.contract)."""
import pytest

from plugin.core.contract import FIELD_ALIASES, LAYERS, detect_kind, find_field, guess_field_map
from plugin.core.parsing import normalise_name


@pytest.mark.parametrize("kind,columns,expected", [
    ("districts", ["Stadtteil_Nr", "Stadtteil", "EW"], {"district_id": "Stadtteil_Nr", "name": "Stadtteil", "population": "EW"}),
    ("districts", ["Ortsbezirk", "Stadtteilname", "Einwohner"],
     {"district_id": "Ortsbezirk", "name": "Stadtteilname", "population": "Einwohner"}),
    ("shelters", ["GU_Nr", "Name", "Kapazität", "Belegt", "Träger"],
     {"shelter_id": "GU_Nr", "name": "Name", "capacity": "Kapazität", "occupied": "Belegt", "operator": "Träger"}),
    ("shelters", ["Nr.", "Plätze", "Belegung", "Traeger"],
     {"shelter_id": "Nr.", "capacity": "Plätze", "occupied": "Belegung", "operator": "Traeger"}),
    ("shelters", ["id", "Kapazitaet", "belegt"], {"shelter_id": "id", "capacity": "Kapazitaet", "occupied": "belegt"}),
    ("candidates", ["Nr.", "Plaetze_min", "Plaetze_max"], {"site_id": "Nr.", "min_places": "Plaetze_min", "max_places": "Plaetze_max"}),
    # the contract's own names always win; an alias never takes another field's exact column
    ("hotspots", ["hotspot_id", "group_label", "community"], {"hotspot_id": "hotspot_id", "community": "community"}),
])
def test_guess_field_map(kind, columns, expected):
    assert guess_field_map(kind, columns) == expected


def test_one_registry_for_fusion():
    from plugin.core.fusion import guess_field_map as fusion_guess

    columns = ["Nr", "Bezeichnung", "Plätze", "belegt", "frei", "Auslastung", "Träger", "Stand"]
    assert fusion_guess(columns) == guess_field_map("shelters", columns, extra=("free", "utilisation_pct", "date"))
    assert find_field("date", ["Name", "Stand vom"]) == "Stand vom"


def test_aliases_are_unique_after_normalisation():
    for name, aliases in FIELD_ALIASES.items():
        norms = [normalise_name(a) for a in aliases]
        assert len(norms) == len(set(norms)), name
        assert all(norms), name


@pytest.mark.parametrize("fields,geometry,name,expected", [
    (["district_id", "name", "population"], "polygon", None, "districts"),
    (["district_id", "name", "gi_class", "per_1000"], "polygon", None, "district_metrics"),
    (["district_id", "places_before", "places_after"], "polygon", None, "districts_after"),
    (["shelter_id", "capacity"], "point", None, "shelters"),
    (["service_id", "category"], "point", None, "services"),
    (["site_id", "group_label", "places"], "point", None, "suggestions"),
    (["site_id", "min_places", "max_places"], "point", None, "candidates"),
    (["hotspot_id"], "polygon", None, "hotspots"),
    (["Stadtteil_Nr", "Stadtteil", "EW"], "polygon", "Stadtteile", "districts"),
    (["Stadtteil_Nr", "Stadtteil", "EW"], "polygon", "meine Daten", "districts"),
    (["GU_Nr", "Kapazität", "Belegung"], "point", None, "shelters"),
    (["Nr", "Name"], "point", "GU Liste 2026", "shelters"),
    (["Nr", "Name"], "point", "Augustastraße", None),
    (["Nr", "Name"], "point", "Treffpunkte", "hotspots"),
    (["Nr", "Name", "Kategorie"], "point", None, "services"),
    (["shelter_id", "capacity"], "polygon", None, None),
    (["osm_id", "highway", "oneway", "foot"], "line", "Wege", "network"),
    ([], "line", None, "network"),
    (["a", "b"], "point", None, None),
])
def test_detect_kind(fields, geometry, name, expected):
    assert detect_kind(fields, geometry, name) == expected


def test_every_kind_has_aliases_for_its_required_fields():
    for kind, spec in LAYERS.items():
        for f in spec.required():
            assert f.name in FIELD_ALIASES or kind in ("rules", "group_demand"), (kind, f.name)


def test_service_capacity_and_network_fields_are_optional_and_guessed():
    """Issue 18: Kita places on services and the walking network's one-way/walkable fields are optional."""
    assert "capacity" in LAYERS["services"].field_names()
    assert "capacity" not in [f.name for f in LAYERS["services"].required()]
    assert guess_field_map("services", ["Nr", "Kategorie", "Plätze"]) == {
        "service_id": "Nr", "category": "Kategorie", "capacity": "Plätze"}
    assert LAYERS["network"].geometry == "line" and not LAYERS["network"].required()
    assert guess_field_map("network", ["osm_id", "highway", "oneway", "foot"]) == {"oneway": "oneway", "walkable": "foot"}
    assert guess_field_map("network", ["Einbahn", "nicht_begehbar"]) == {"oneway": "Einbahn", "not_walkable": "nicht_begehbar"}
