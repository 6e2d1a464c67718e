"""CSV plausibility against the districts' extent (issue 14, shared_api point 4): a row far outside the
districts, a file whose rows are all shifted, and swapped axes are named even when the rows agree with
each other."""
import pytest

from plugin.io.csv_table import extent_in, read_points_csv

# Kaiserslautern's districts, roughly (EPSG:25832)
DISTRICTS = (403000.0, 5468000.0, 419000.0, 5485000.0)
HEADER = "shelter_id;name;capacity;occupied;lat;lon\n"
CITY = ["S1;A;10;5;49.44;7.76\n", "S2;B;10;5;49.45;7.77\n", "S3;C;10;5;49.43;7.75\n", "S4;D;10;5;49.46;7.78\n"]


def _codes(layer):
    return [n.code for n in layer.notes if n.code.startswith(("io.row_", "io.placeholder"))]


def test_rows_inside_the_districts_are_quiet(write):
    layer = read_points_csv(write("gu.csv", HEADER + "".join(CITY)), "shelters",
                            reference_extent=DISTRICTS, reference_crs="EPSG:25832")
    assert _codes(layer) == []


def test_row_60_km_outside_the_districts_is_flagged(write):
    # 0.95° west of the city: about 60 km outside the districts' western edge (and 65 km from the other rows)
    path = write("gu.csv", HEADER + "".join(CITY) + "S5;E;10;5;49.44;6.70\n")
    layer = read_points_csv(path, "shelters", reference_extent=DISTRICTS, reference_crs="EPSG:25832")
    notes = [n for n in layer.notes if n.code == "io.row_far_districts"]
    assert len(notes) == 1 and "line 6" in notes[0] and "districts" in notes[0]
    assert 50 < notes[0].params["distance"] < 75
    assert layer.row_flags["line 6"] == ["far outside the districts"]
    assert len(layer.features) == 5  # kept


def test_all_rows_shifted_are_each_flagged(write):
    # the whole list is in Frankfurt: the rows agree with each other, only the districts show it
    shifted = [f"S{i};X;10;5;{50.11 + i / 100};{8.68 + i / 100}\n" for i in range(5)]
    path = write("gu.csv", HEADER + "".join(shifted))
    assert _codes(read_points_csv(path, "shelters")) == []  # without the districts nothing looks wrong
    layer = read_points_csv(path, "shelters", reference_extent=DISTRICTS, reference_crs="EPSG:25832")
    assert _codes(layer) == ["io.row_far_districts"] * 5
    assert all(n.params["distance"] > 50 for n in layer.notes if n.code == "io.row_far_districts")


def test_swapped_row_is_flagged_against_the_districts(write):
    path = write("gu.csv", HEADER + "".join(CITY[:2]) + "S5;E;10;5;7.79;49.44\n")
    layer = read_points_csv(path, "shelters", reference_extent=DISTRICTS, reference_crs="EPSG:25832")
    notes = [n for n in layer.notes if n.code == "io.row_swapped"]
    assert len(notes) == 1 and "line 4" in notes[0]


def test_placeholder_is_named_as_placeholder_not_far(write):
    layer = read_points_csv(write("gu.csv", HEADER + "".join(CITY) + "S5;E;10;5;1;1\n"), "shelters",
                            reference_extent=DISTRICTS, reference_crs="EPSG:25832")
    assert _codes(layer) == ["io.placeholder_position"]


def test_extent_in_other_crs():
    lon_lat = extent_in(DISTRICTS, "EPSG:25832", "EPSG:4326")
    assert lon_lat is not None
    assert 7.6 < lon_lat[0] < 7.7 and 49.3 < lon_lat[1] < 49.4 and 7.8 < lon_lat[2] < 7.9 and 49.4 < lon_lat[3] < 49.6
    assert extent_in(DISTRICTS, "EPSG:25832", "EPSG:25832") == DISTRICTS
    assert extent_in(DISTRICTS, None, "EPSG:25832") == DISTRICTS  # no CRS: taken as the file's
    assert extent_in(None, "EPSG:25832", "EPSG:4326") is None
    assert extent_in(DISTRICTS, "EPSG:999999", "EPSG:4326") is None  # unknown: compare the rows instead
    assert extent_in((1.0, 1.0, 0.0, 0.0), "EPSG:25832", "EPSG:25832") is None  # an empty/inverted box


@pytest.mark.parametrize("reference_crs", ["EPSG:25832", "EPSG:4326", "EPSG:3857"])
def test_reference_crs_is_honoured(write, reference_crs):
    box = extent_in(DISTRICTS, "EPSG:25832", reference_crs)
    path = write("gu.csv", HEADER + "".join(CITY) + "S5;E;10;5;49.44;6.70\n")
    layer = read_points_csv(path, "shelters", reference_extent=box, reference_crs=reference_crs)
    assert _codes(layer) == ["io.row_far_districts"]
