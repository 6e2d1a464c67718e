"""Real files' quirks (issue 14, item 5): imports keep every row they can and flag what looks wrong."""
import json

import pytest

from plugin.core.errors import InputError
from plugin.core.validation import build_planning_data, errors
from plugin.io.csv_table import detect_file_encoding, read_points_csv, read_text, sniff_csv
from plugin.io.integreat import parse_category_map, read_integreat

BOM = b"\xef\xbb\xbf"
HEADER = "Nr;Name;Kapazität;belegt;Modul;Breite;Länge\n"


def _shelters(write, rows, name="gu.csv", encoding="utf-8"):
    return write(name, "shelter_id;name;capacity;occupied;lat;lon\n" + "".join(rows), encoding)


# --------------------------------------------------------------------------- unknown values

def test_blank_optional_number_keeps_the_row_as_null_with_a_flag(write):
    path = write("c.csv", "site_id;name;min_places;max_places;module;lat;lon\n"
                          "C1;A;10;50;;49,44;7,76\nC2;B;0;40;k. A.;49,45;7,77\nC3;C;0;30;10;49,46;7,78\n")
    layer = read_points_csv(path, "candidates")
    assert [f.attributes["module"] for f in layer.features] == [None, None, 10]
    note = next(n for n in layer.notes if n.code == "io.value_unknown")
    assert "'c.csv'" in note and "'module'" in note and "2, 3" in note
    data, issues = build_planning_data([layer])
    assert not errors(issues) and len(data.candidates) == 3


def test_keep_unknown_off_leaves_text_for_validation(write):
    path = write("c.csv", "site_id;name;min_places;max_places;module;lat;lon\nC1;A;10;50;k. A.;49,44;7,76\n")
    layer = read_points_csv(path, "candidates", keep_unknown=False)
    assert not layer.notes
    assert errors(build_planning_data([layer])[1])


def test_blank_required_number_still_errors_naming_row_and_field(write):
    path = _shelters(write, ["S1;A;10;5;49.44;7.76\n", "S2;B;20;;49.45;7.77\n"])
    layer = read_points_csv(path, "shelters")
    errs = errors(build_planning_data([layer])[1])
    assert len(errs) == 1 and "line 3" in errs[0].message and "'occupied'" in errs[0].message


# --------------------------------------------------------------------------- encodings

def test_bom_before_cp1252_text_does_not_corrupt_first_column(write):
    path = write("asz.csv", BOM + (HEADER + "A1;Haus Süd;120;80;;49,44;7,76\n").encode("cp1252"))
    d = sniff_csv(path)
    assert d.encoding == "cp1252" and d.columns[0] == "Nr" and d.columns[2] == "Kapazität"
    layer = read_points_csv(path, "shelters", d, {"shelter_id": "Nr", "capacity": "Kapazität", "occupied": "belegt"})
    assert layer.source_fields[0] == "Nr" and layer.features[0].attributes["Nr"] == "A1"
    assert layer.features[0].attributes["Name"] == "Haus Süd"


@pytest.mark.parametrize("prefix,encoding,expected", [
    (BOM, "utf-8", "utf-8-sig"), (b"", "utf-8", "utf-8"), (b"", "cp1252", "cp1252"), (BOM, "cp1252", "cp1252"),
])
def test_one_encoding_rule_bom_then_utf8_then_cp1252(write, prefix, encoding, expected):
    path = write("t.csv", prefix + "Träger;Plätze\nÄ;1\n".encode(encoding))
    assert detect_file_encoding(path) == expected
    assert read_text(path) == "Träger;Plätze\nÄ;1\n"


def test_rules_table_with_bom_and_cp1252_reads_its_columns(write):
    """Rules and demand tables go through sniff_csv/iter_records (the table editor): same rule."""
    from plugin.io.csv_table import header_of, iter_records

    path = write("rules.csv", BOM + "group_a;group_b;relation;distance_m;note\nA;B;separate;500;Gemäß Absprache\n"
                 .encode("cp1252"))
    d = sniff_csv(path)
    assert header_of(path, d)[0] == "group_a"
    assert [row for _, row in iter_records(path, d)][0][4] == "Gemäß Absprache"


def test_integreat_category_map_saved_from_excel_cp1252(write, data_dir):
    path = write("map.csv", BOM + "Integreat-Kategorie;category\nFreizeit & Begegnung;counselling\nÄmter;authority\n"
                 .encode("cp1252"))
    mapping = parse_category_map(path)
    assert mapping["freizeit & begegnung"] == "counselling" and mapping["ämter"] == "authority"
    plain = write("map2.csv", "Freizeittreff;counselling\n".encode("cp1252"))
    layer = read_integreat(str(data_dir / "integreat_locations.json"), plain)
    assert {f.attributes["name"]: f.attributes["category"] for f in layer.features}["Begegnungscafé"] == "counselling"


# --------------------------------------------------------------------------- empty rows

def test_excel_row_of_empty_cells_is_skipped_not_a_row_without_coordinates(write):
    path = _shelters(write, ["S1;A;10;5;49.44;7.76\n", ";;;;;\n", ";;\n", "S2;B;20;3;49.45;7.77\n"])
    layer = read_points_csv(path, "shelters")
    assert [f.fid for f in layer.features] == ["line 2", "line 5"] and not layer.notes


# --------------------------------------------------------------------------- plausibility

CITY = ["S1;A;10;5;49.44;7.76\n", "S2;B;10;5;49.45;7.77\n", "S3;C;10;5;49.43;7.75\n", "S4;D;10;5;49.46;7.78\n"]


def test_single_swapped_row_is_flagged_by_line(write):
    path = _shelters(write, CITY + ["S5;E;10;5;7.79;49.44\n"])
    layer = read_points_csv(path, "shelters")
    assert len(layer.features) == 5
    notes = [n for n in layer.notes if n.code == "io.row_swapped"]
    assert len(notes) == 1 and "line 6" in notes[0]


@pytest.mark.parametrize("position", ["1;1", "0;0"])
def test_placeholder_position_is_flagged(write, position):
    path = _shelters(write, CITY + [f"S5;E;10;5;{position}\n"])
    layer = read_points_csv(path, "shelters")
    notes = [n for n in layer.notes if n.code == "io.placeholder_position"]
    assert len(notes) == 1 and "line 6" in notes[0]
    assert not [n for n in layer.notes if n.code in ("io.row_far", "io.row_swapped")]


def test_row_far_outside_the_others_is_flagged_with_distance(write):
    path = _shelters(write, CITY + ["S5;E;10;5;52.52;13.40\n"])  # Berlin in a Kaiserslautern list
    layer = read_points_csv(path, "shelters")
    notes = [n for n in layer.notes if n.code == "io.row_far"]
    assert len(notes) == 1 and "line 6" in notes[0] and notes[0].params["distance"] > 400


def test_projected_rows_far_and_plausible_ones_quiet(write):
    rows = "".join(f"S{i};A;10;5;{409000 + 100 * i};{5477000 + 50 * i}\n" for i in range(6))
    quiet = write("ok.csv", "shelter_id;name;capacity;occupied;x;y\n" + rows)
    assert not read_points_csv(quiet, "shelters").notes
    far = write("far.csv", "shelter_id;name;capacity;occupied;x;y\n" + rows + "S9;Z;10;5;609000;5477000\n")
    notes = read_points_csv(far, "shelters").notes
    assert [n.code for n in notes] == ["io.row_far"] and "line 8" in notes[0]


def test_plausibility_against_a_given_extent():
    from plugin.io.csv_table import plausibility_notes

    notes = plausibility_notes("f.csv", "EPSG:25832", [2, 3], [409000, 409500], [5477000, 5477500], "x", "y",
                               extent=(300000, 5300000, 350000, 5350000))
    assert [n.code for n in notes] == ["io.row_far", "io.row_far"]


# --------------------------------------------------------------------------- Integreat ids

def _items(data_dir):
    return json.loads((data_dir / "integreat_locations.json").read_text(encoding="utf-8"))


def test_integreat_null_ids_are_read_and_keyed_by_location(write, data_dir):
    items = _items(data_dir)
    items[0]["id"] = None
    items[2]["id"] = None
    layer = read_integreat(write("de.json", json.dumps(items)))
    ids = {f.attributes["name"]: f.attributes["service_id"] for f in layer.features}
    assert ids["Migrationsberatung Caritas"] == "integreat-101"
    assert len(set(ids.values())) == len(ids)
    assert sum(1 for n in layer.notes if n.code == "io.integreat_no_own_id") == 2


def test_integreat_same_place_same_service_id_in_each_language(write, data_dir):
    de = _items(data_dir)
    en = _items(data_dir)
    for n, item in enumerate(en):
        item["id"] = 1000 + n  # another translation's ids
        item["title"] = f"EN {item['title']}"
    en[3]["id"] = None  # an untranslated place
    de_ids = sorted(f.attributes["service_id"] for f in read_integreat(write("de.json", json.dumps(de))).features)
    en_ids = sorted(f.attributes["service_id"] for f in read_integreat(write("en.json", json.dumps(en))).features)
    assert de_ids == en_ids


def test_integreat_place_without_location_id_gets_a_stable_key(write, data_dir):
    items = _items(data_dir)
    for item in items:
        item["location"].pop("id", None)
    items[0]["id"] = None
    first = [f.attributes["service_id"] for f in read_integreat(write("a.json", json.dumps(items))).features]
    items[0]["id"] = 4711
    items[0]["title"] = "Migration counselling Caritas"  # another language; the location's name stays
    second = [f.attributes["service_id"] for f in read_integreat(write("b.json", json.dumps(items))).features]
    assert first == second and first[0].startswith("integreat-p") and len(set(first)) == len(first)


def test_integreat_duplicate_item_ids_still_refused(write, data_dir):
    items = _items(data_dir)
    items[2]["id"] = items[0]["id"]
    with pytest.raises(InputError, match="occurs more than once"):
        read_integreat(write("dup.json", json.dumps(items)))


# --------------------------------------------------------------------------- Zensus

def test_zensus_midpoint_disagreeing_with_grid_id_is_flagged(write):
    from plugin.io.zensus import ZensusStats, iter_zensus

    path = write("z.csv", "GITTER_ID_100m;x_mp_100m;y_mp_100m;Einwohner\n"
                          "CRS3035RES100mN2928000E4159000;4159050;2928050;12\n"
                          "CRS3035RES100mN2928000E4159100;4159150;2928050;3\n"
                          "CRS3035RES100mN2928000E4159200;4159450;2928050;4\n"  # midpoint two cells east
                          "CRS3035RES100mN2928100E4159200;4159250;2928150;5\n")
    stats = ZensusStats()
    cells = sum(len(c) for c in iter_zensus(path, stats=stats))
    assert cells == 4 and stats.centre_mismatch == 1  # kept, the grid id wins
    note = next(n for n in stats.notes if n.code == "io.zensus_centre_mismatch")
    assert "line(s) 4" in note and "CRS3035RES100mN2928000E4159200" in note
    quiet = ZensusStats()
    list(iter_zensus(write("ok.csv", "GITTER_ID_100m;x_mp_100m;y_mp_100m;Einwohner\n"
                                     "CRS3035RES100mN2928000E4159000;4159050;2928050;12\n"), stats=quiet))
    assert not quiet.centre_mismatch and not quiet.notes


# --------------------------------------------------------------------------- fusion dates

def test_list_without_date_does_not_win_over_a_dated_list():
    from shapely.geometry import Point

    from plugin.core.fusion import ShelterSource, fuse
    from plugin.core.validation import RawFeature, RawLayer

    def layer(name, capacity, extra=None):
        attrs = dict({"shelter_id": "S1", "name": "GU Kotten", "capacity": capacity, "occupied": 10}, **(extra or {}))
        return RawLayer(name, "shelters", [RawFeature(1, attrs, Point(409560, 5477870))], crs="EPSG:25832")

    undated = ShelterSource.from_layer(layer("operator", 150), "operator")  # first: would win a tie
    city = ShelterSource.from_layer(layer("city", 120, {"Stand": "28.11.2023"}), "city")
    assert undated.date is None
    shelter = fuse([undated, city]).shelters[0]
    assert shelter.values["capacity"] == 120 and shelter.provenance["capacity"][0] == "city"


def test_population_table_with_bom_before_cp1252_and_empty_excel_rows(write):
    from plugin.io.population import read_population_table

    path = write("bev.csv", BOM + ("Stichtag;Ortsbezirk_ID;Altersgruppe;Anzahl\n31.12.2023;01;0-17;100\n;;;\n"
                                   "31.12.2023;01;Über 65;50\n31.12.2023;02;0-17;7\n").encode("cp1252"))
    table = read_population_table(path)
    assert table.stichtag == "2023-12-31" and table.counts == {"01": 150, "02": 7}
