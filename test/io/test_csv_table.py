"""CSV sniffing and point import: separators, decimal commas, encodings, coordinates."""
import pytest

from plugin.core.parsing import parse_count, parse_number
from plugin.core.validation import build_planning_data, errors
from plugin.io.csv_table import read_points_csv, sniff_csv


def test_sniff_operator_list_cp1252_semicolon_decimal_comma(data_dir):
    d = sniff_csv(str(data_dir / "shelters_asz.csv"))
    assert (d.encoding, d.delimiter, d.decimal) == ("cp1252", ";", ",")
    assert d.columns[2] == "Träger" and d.columns[3] == "Plätze"
    assert (d.x_field, d.y_field, d.crs_guess) == ("Länge", "Breite", "EPSG:4326")
    assert len(d.preview_rows) == 3 and d.preview_rows[0][0] == "A1"


def test_sniff_city_list_utf8_comma_projected(data_dir):
    d = sniff_csv(str(data_dir / "shelters_city.csv"))
    assert (d.encoding, d.delimiter, d.decimal) == ("utf-8", ",", ".")
    assert (d.x_field, d.y_field, d.crs_guess) == ("x", "y", "EPSG:25832")


def test_read_points_with_field_map_validates_into_model(data_dir):
    layer = read_points_csv(str(data_dir / "shelters_asz.csv"), "shelters",
                            field_map={"shelter_id": "Nr", "name": "Bezeichnung", "capacity": "Plätze",
                                       "occupied": "belegt", "operator": "Träger"})
    assert layer.crs == "EPSG:4326" and len(layer.features) == 3
    assert layer.features[1].fid == "line 3"
    assert layer.features[1].attributes["Plätze"] == 1200  # German thousands dot
    data, issues = build_planning_data([layer])
    assert not errors(issues)
    assert [s.capacity for s in data.shelters] == [120, 1200, 80]
    assert 400_000 < data.shelters[0].x < 420_000  # reprojected to EPSG:25832


def test_user_corrected_dialect_is_used(data_dir, write):
    path = write("t.csv", "id;name;capacity;occupied;rw;hw\n1;A;10;5;409000,5;5477000,25\n")
    d = sniff_csv(path)
    assert d.decimal == "," and d.crs_guess == "EPSG:25832"
    layer = read_points_csv(path, "shelters", d.replace(crs_guess="EPSG:25832"), {"shelter_id": "id"})
    assert layer.features[0].geometry.x == pytest.approx(409000.5)


def test_utf8_bom_and_quoted_fields(write):
    path = write("b.csv", "\ufeffshelter_id,name,capacity,occupied,lat,lon\nS1,\"GU Kotten, Haus A\",10,5,49.44,7.76\n")
    d = sniff_csv(path)
    assert d.encoding == "utf-8-sig" and d.columns[0] == "shelter_id"
    layer = read_points_csv(path, "shelters")
    assert layer.features[0].attributes["name"] == "GU Kotten, Haus A"


def test_swapped_lat_lon_detected_and_said(write):
    path = write("s.csv", "id;lat;lon\n1;7,76;49,44\n2;7,77;49,45\n")
    layer = read_points_csv(path, "services")
    assert layer.features[0].geometry.x == pytest.approx(7.76)
    assert layer.features[0].geometry.y == pytest.approx(49.44)
    assert any("look swapped" in n and "'lat'" in n for n in layer.notes)


def test_swapped_projected_coordinates(write):
    path = write("p.csv", "id,x,y\n1,5477000,409000\n")
    layer = read_points_csv(path, "services")
    assert (layer.features[0].geometry.x, layer.features[0].geometry.y) == (409000, 5477000)
    assert layer.crs == "EPSG:25832" and layer.notes


def test_ids_keep_leading_zeros(write):
    path = write("z.csv", "service_id;category;lat;lon\n007;kita;49,44;7,76\n")
    layer = read_points_csv(path, "services")
    assert layer.features[0].attributes["service_id"] == "007"


def test_missing_coordinates_skipped_on_request(write):
    path = write("m.csv", "id,lat,lon\n1,49.4,7.7\n2,,\n3,49.5,7.8\n")
    layer = read_points_csv(path, "services", skip_missing=True)
    assert len(layer.features) == 2
    assert "line(s) 3" in layer.notes[0]


@pytest.mark.parametrize("text,decimal,expected", [
    ("1.344", ",", 1344), ("7,75", ",", 7.75), ("1.502,5", ",", 1502.5), ("73,4 %", ",", 73.4),
    ("1,344", ".", 1344), ("7.75", ".", 7.75), ("1 502", ",", 1502), ("7,5", ".", 7.5),
])
def test_parse_number(text, decimal, expected):
    assert parse_number(text, decimal) == pytest.approx(expected)


def test_parse_count_thousands():
    assert parse_count("1.250", ".") == 1250
    with pytest.raises(ValueError):
        parse_count("12,5", ",")
