"""The catalogue of bad inputs: each raises InputError with a message naming file, line/item and field."""
import json
import re

import pytest
from shapely.geometry import Point

from plugin.core.errors import InputError
from plugin.core.fusion import ShelterSource, fuse
from plugin.core.i18n import render
from plugin.core.validation import RawFeature
from plugin.io.csv_table import read_points_csv, sniff_csv
from plugin.io.files import read_vector
from plugin.io.integreat import read_integreat
from plugin.io.population import read_population_long
from plugin.io.zensus import iter_zensus


def test_malformed_csv_ragged_row(write):
    path = write("r.csv", "id;name;lat;lon\n1;A;49,4;7,7\n2;B;49,5\n")
    with pytest.raises(InputError, match=r"'r.csv', line 3: 3 fields, but the header has 4"):
        read_points_csv(path, "services")


def test_malformed_csv_unclosed_quote(write):
    path = write("q.csv", 'id,name,lat,lon\n1,"A,49.4,7.7\n2,B,49.5,7.8\n')
    with pytest.raises(InputError, match=r"'q.csv', line 2"):
        read_points_csv(path, "services")


def test_wrong_delimiter_chosen_by_user(write):
    path = write("d.csv", "id;name;lat;lon\n1;A;49,4;7,7\n")
    dialect = sniff_csv(path).replace(delimiter=",")
    with pytest.raises(InputError, match=r"separator ',' does not occur in the header; ';' does"):
        read_points_csv(path, "services", dialect)


def test_one_column_file(write):
    path = write("o.csv", "just text\nmore text\n")
    with pytest.raises(InputError, match="only one column"):
        sniff_csv(path)


def test_mixed_encodings(write):
    content = "id;name;lat;lon\n1;Kaiserslautern Süd;49,4;7,7\n".encode() + \
        "2;Fischerrück;49,5;7,8\n".encode("cp1252")
    path = write("mix.csv", content)
    with pytest.raises(InputError, match=r"'mix.csv' mixes text encodings: line 2 is UTF-8 but line 3 is not"):
        sniff_csv(path)


def test_cp1252_alone_is_fine(write):
    path = write("w.csv", "id;name;lat;lon\n1;Fischerrück;49,4;7,7\n".encode("cp1252"))
    layer = read_points_csv(path, "services")
    assert layer.features[0].attributes["name"] == "Fischerrück"


def test_missing_coordinates_with_lines(write):
    path = write("m.csv", "id,lat,lon\n1,49.4,7.7\n2,,7.8\n3,49.5,7.8\n4,49.6,\n")
    with pytest.raises(InputError, match=r"'m.csv': 2 row\(s\) without coordinates, at line\(s\) 3, 5"):
        read_points_csv(path, "services")


def test_coordinate_not_a_number(write):
    path = write("n.csv", "id,lat,lon\n1,49.4,7.7\n2,nord,7.8\n")
    with pytest.raises(InputError, match=r"'n.csv', line 3, column 'lat': 'nord' is not a number"):
        read_points_csv(path, "services")


def test_coordinate_out_of_range(write):
    path = write("x.csv", "id,lat,lon\n1,49.4,7.7\n2,95.0,7.8\n")
    with pytest.raises(InputError, match=r"'x.csv', line 3, column 'lat': 95 is outside"):
        read_points_csv(path, "services", crs="EPSG:4326")


def test_no_coordinate_columns(write):
    path = write("c.csv", "id;name\n1;A\n")
    with pytest.raises(InputError, match="no coordinate columns"):
        read_points_csv(path, "services")


@pytest.mark.parametrize("reader", [
    lambda p: sniff_csv(p), lambda p: read_population_long(p), lambda p: read_integreat(p),
    lambda p: list(iter_zensus(p)), lambda p: read_vector(p, "districts"),
])
def test_empty_files(write, reader):
    path = write("empty.csv", b"")
    with pytest.raises(InputError, match=r"'empty.csv' is empty"):
        reader(path)


def test_header_only(write):
    path = write("h.csv", "id,lat,lon\n")
    with pytest.raises(InputError, match="no data rows"):
        read_points_csv(path, "services")


def test_out_of_range_population(write):
    path = write("p.csv", "stichtag;ortsbezirk_id;anzahl\n2023-12-31;01;-5\n")
    with pytest.raises(InputError, match=r"'p.csv', line 2, column 'anzahl': -5 is negative"):
        read_population_long(path)


def test_duplicate_ids_within_a_source():
    feats = [RawFeature(1, {"id": "7", "name": "A"}, Point(0, 0)), RawFeature(2, {"id": "7", "name": "B"}, Point(9, 9))]
    with pytest.raises(InputError, match=r"Source 'asz': shelter id '7' occurs twice \(features 1 and 2\)"):
        fuse([ShelterSource("asz", feats, {"shelter_id": "id", "name": "name"})])


def test_duplicate_ids_across_sources_naming_different_places():
    a = ShelterSource("city", [RawFeature(1, {"id": "7", "name": "GU Kotten"}, Point(0, 0))], {"shelter_id": "id", "name": "name"})
    b = ShelterSource("diakonie", [RawFeature(4, {"id": "7", "name": "GU Betzenberg"}, Point(3000, 0))],
                      {"shelter_id": "id", "name": "name"})
    with pytest.raises(InputError, match=r"'7' names different shelters: 'GU Kotten' in source 'city' \(feature 1\) "
                                         r"and 'GU Betzenberg' in source 'diakonie' \(feature 4\) lie 3000 m apart"):
        fuse([a, b])


def test_count_not_a_number_in_source():
    a = ShelterSource("op", [RawFeature(3, {"id": "1", "cap": "viele"}, Point(0, 0))], {"shelter_id": "id", "capacity": "cap"})
    with pytest.raises(InputError, match=r"Source 'op', feature 3, field 'cap': 'viele' is not a number"):
        fuse([a])


@pytest.mark.parametrize("content,reason", [
    ('{"results": 3, "count": 1}', "found an object with keys results, count"),
    ('"text"', "expected a list, found str"),
    ('[]', "the list is empty"),
    ('[{"id": 1, "title": "A"}]', "item 1 has no 'location'"),
    ('[{"id": 1, "title": "A", "location": {"name": "x"}}]', "item 1: 'location' has no latitude/longitude"),
    ('[1, 2]', "item 1 is a int"),
])
def test_json_not_in_integreat_shape(write, content, reason):
    path = write("i.json", content)
    with pytest.raises(InputError, match=r"'i.json' is not an Integreat locations list.*" + reason):
        read_integreat(path)


def test_invalid_json_names_line(write):
    path = write("i.json", '[\n {"id": 1,\n  "title": }\n]')
    with pytest.raises(InputError, match=r"'i.json' is not valid JSON: .* \(line 3, column 12\)"):
        read_integreat(path)


def test_integreat_duplicate_ids(write, data_dir):
    items = json.loads((data_dir / "integreat_locations.json").read_text(encoding="utf-8"))
    items[2]["id"] = items[0]["id"]
    path = write("dup.json", json.dumps(items))
    with pytest.raises(InputError, match=r"item id 1 occurs more than once \(items 1 and 3\)"):
        read_integreat(path)


def test_integreat_out_of_range_coordinates(write, data_dir):
    items = json.loads((data_dir / "integreat_locations.json").read_text(encoding="utf-8"))
    items[1]["location"]["latitude"] = 749.4
    path = write("bad.json", json.dumps(items))
    with pytest.raises(InputError, match=r"item 2 \('Jobcenter Kaiserslautern'\): latitude 749.4"):
        read_integreat(path)


def test_bad_zensus_id_names_line(write):
    path = write("z.csv", "GITTER_ID_100m;Einwohner\nCRS3035RES100mN2928000E4159000;5\nN2928000E4159100;3\n")
    with pytest.raises(InputError, match=r"'z.csv', line 3, column 'GITTER_ID_100m': 'N2928000E4159100'"):
        list(iter_zensus(path))


def test_missing_file():
    with pytest.raises(InputError, match="does not exist"):
        sniff_csv("/nonexistent/x.csv")


def test_vector_file_garbage(write):
    path = write("g.gpkg", b"this is not a geopackage at all")
    with pytest.raises(InputError, match="'g.gpkg' cannot be read as a vector layer"):
        read_vector(path, "districts", prefer_pyogrio=False)


def test_messages_in_german(write):
    path = write("m.csv", "id,lat,lon\n1,,7.7\n")
    with pytest.raises(InputError) as err:
        read_points_csv(path, "services")
    assert re.search(r"Datei „m.csv“: 1 Zeile\(n\) ohne Koordinaten, in Zeile\(n\) 2", render(err.value.message, "de"))
