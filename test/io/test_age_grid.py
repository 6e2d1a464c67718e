"""Zensus grid age tables: age columns, cells summed to districts by their centre, cells as demand points."""
from __future__ import annotations

import math

import pytest
from shapely.geometry import box

from plugin.core.errors import InputError
from plugin.io.age_grid import age_group_of, grid_children, is_age_grid, read_age_grid
from plugin.io.age_tables import read_age_source

# Two districts in EPSG:3035 (the grid's own CRS, so cell centres are exact): A holds the 2 x 2 cells from
# E4000000/N3000000, B the 2 x 2 cells east of it. Cell E4000500 lies outside both.
E0, N0 = 4_000_000, 3_000_000
A = box(E0, N0, E0 + 200, N0 + 200)
B = box(E0 + 200, N0, E0 + 400, N0 + 200)
DISTRICTS = [("A", A), ("B", B)]


def cell(north, east):
    return f"CRS3035RES100mN{N0 + north}E{E0 + east}"


TEN_YEAR = (
    "GITTER_ID_100m;x_mp_100m;y_mp_100m;Unter10;a10bis19;a20bis29;a80undaelter;werterlaeuternde_Zeichen\r\n"
    f"{cell(0, 0)};{E0 + 50};{N0 + 50};20;5;7;3;\r\n"
    f"{cell(100, 100)};{E0 + 150};{N0 + 150};10;–;4;1;KLAMMERN\r\n"
    f"{cell(0, 200)};{E0 + 250};{N0 + 50};5;3;2;0;\r\n"
    f"{cell(0, 300)};{E0 + 350};{N0 + 50};0;1;1;1;\r\n"
    f"{cell(0, 500)};{E0 + 550};{N0 + 50};8;1;1;1;\r\n"
)

FIVE_CLASSES = (
    "GITTER_ID_100m;Insgesamt;UNTER18;A18BIS29;a30bis49;a50bis64;a65undaelter\n"
    f"{cell(0, 0)};30;18;4;4;2;2\n"
    f"{cell(100, 0)};12;–;5;4;2;1\n"
    f"{cell(0, 200)};50;36;4;4;4;2\n"
)


def write(tmp_path, text, encoding="utf-8", name="alter_grid.csv"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return str(path)


def rows_of(table):
    return {(d, a0, a1): n for d, a0, a1, n in table.rows}


def test_age_column_names():
    assert age_group_of("Unter10") == (0.0, 10.0)
    assert age_group_of("a10bis19") == (10.0, 20.0)  # the Zensus upper age is inclusive
    assert age_group_of("A18BIS29") == (18.0, 30.0)
    assert age_group_of("a80undaelter") == (80.0, math.inf)
    assert age_group_of("a65undälter") == (65.0, math.inf)
    for other in ("Einwohner", "Insgesamt", "x_mp_100m", "GITTER_ID_100m", "werterlaeuternde_Zeichen"):
        assert age_group_of(other) is None


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252"])
def test_ten_year_groups_summed_by_hand(tmp_path, encoding):
    path = write(tmp_path, TEN_YEAR, encoding)
    assert is_age_grid(path)
    table = read_age_grid(path, DISTRICTS, "EPSG:3035")
    assert table.layout == "zensus_grid"
    rows = rows_of(table)
    assert rows[("A", 0.0, 10.0)] == 30 and rows[("A", 10.0, 20.0)] == 5  # suppressed '–' counted as 0
    assert rows[("A", 20.0, 30.0)] == 11 and rows[("A", 80.0, math.inf)] == 4
    assert rows[("B", 0.0, 10.0)] == 5 and rows[("B", 10.0, 20.0)] == 4
    assert rows[("B", 20.0, 30.0)] == 3 and rows[("B", 80.0, math.inf)] == 1
    assert len(table.rows) == 8
    # children under 6: 6/10 of Unter10
    assert table.children() == pytest.approx({"A": 18.0, "B": 3.0})
    # points: the cells with children, at their centres, weight = their children under 6; B's second cell has none
    assert sorted(table.points) == sorted([("A", E0 + 50.0, N0 + 50.0, 12.0), ("A", E0 + 150.0, N0 + 150.0, 6.0),
                                           ("B", E0 + 250.0, N0 + 50.0, 3.0)])
    assert grid_children(table) == pytest.approx(table.children())
    notes = " ".join(str(n) for n in table.notes)
    assert "line(s) 3" in notes and "lower bound" in notes  # the suppressed value
    assert "1 grid cell(s) lie outside every district" in notes


def test_five_classes_and_reprojection(tmp_path):
    from pyproj import Transformer
    from shapely.ops import transform

    path = write(tmp_path, FIVE_CLASSES)
    to_utm = Transformer.from_crs("EPSG:3035", "EPSG:25832", always_xy=True).transform
    districts = [(d, transform(to_utm, p)) for d, p in DISTRICTS]
    table = read_age_grid(path, districts, "EPSG:25832")
    rows = rows_of(table)
    assert rows[("A", 0.0, 18.0)] == 18 and rows[("A", 18.0, 30.0)] == 9 and rows[("A", 65.0, math.inf)] == 3
    assert rows[("B", 0.0, 18.0)] == 36 and rows[("B", 50.0, 65.0)] == 4
    assert table.children() == pytest.approx({"A": 6.0, "B": 12.0})  # 6/18 of Unter18
    assert len(table.points) == 2
    (xa, ya), (xb, yb) = [(x, y) for _, x, y, _ in sorted(table.points)]
    ex, ey = to_utm(E0 + 50.0, N0 + 50.0)
    assert (xa, ya) == pytest.approx((ex, ey), abs=0.01)  # cell centre in the districts' CRS
    assert sorted(w for *_, w in table.points) == pytest.approx([6.0, 12.0])


def test_read_age_source_picks_the_layout(tmp_path):
    grid = write(tmp_path, TEN_YEAR)
    assert read_age_source(grid, DISTRICTS, "EPSG:3035").layout == "zensus_grid"
    with pytest.raises(InputError, match="choose a districts layer"):
        read_age_source(grid)
    plain = write(tmp_path, "district_id;age_from;age_to;count\nA;0;3;10\n", name="plain.csv")
    table = read_age_source(plain)
    assert table.layout == "plain" and table.points == []


@pytest.mark.parametrize("text,expected", [
    ("GITTER_ID_100m;Einwohner;Insgesamt\n" + cell(0, 0) + ";3;3\n", "without age columns.*Einwohner"),
    ("GITTER_ID_100m;Unter10;Unter18\n" + cell(0, 0) + ";3;3\n", "'Unter10' and 'Unter18' overlap"),
    ("GITTER_ID_100m;Unter10;a10bis19\n" + cell(0, 0) + ";3;-4\n", "line 2, column 'a10bis19'.*negative"),
    ("GITTER_ID_100m;Unter10;a10bis19\n" + cell(0, 0) + ";3;2.5\n", "line 2, column 'a10bis19'.*whole"),
    ("GITTER_ID_100m;Unter10;a10bis19\n" + cell(0, 0) + ";-1;2\n", "line 2, column 'Unter10'.*negative"),
    ("GITTER_ID_100m;Unter10;a10bis19\n" + cell(0, 0) + ";1;2\nN3000E4000;1;2\n",
     "line 3, column 'GITTER_ID_100m'.*grid id"),
    ("GITTER_ID_100m;Unter10;a10bis19\n" + cell(0, 0) + ";1;2\n" + cell(0, 100) + ";1;viele\n",
     "line 3, column 'a10bis19'.*viele"),
])
def test_bad_input_is_named(tmp_path, text, expected):
    path = write(tmp_path, text)
    with pytest.raises(InputError, match=expected) as info:
        read_age_grid(path, DISTRICTS, "EPSG:3035")
    assert "alter_grid.csv" in str(info.value)


def test_the_sample_grid_matches_the_sample_age_table_roughly():
    """The illustrative grid (resources/sample/build_age_grid.py) lies in the sample districts and gives per
    district about the children under 6 of the sample's age table (10-year groups: 6/10 of Unter10)."""
    from plugin.io.age_tables import read_age_table
    from plugin.io.files import read_vector
    from test.fixtures.paths import ROOT

    sample = ROOT / "resources" / "sample"
    layer = read_vector(str(sample / "kaiserslautern_demo.gpkg"), "districts", layer="districts")
    districts = [(str(f.attributes["district_id"]), f.geometry) for f in layer.features]
    table = read_age_grid(str(sample / "zensus_alter_10jg_illustrativ.csv"), districts, layer.crs)
    assert not any("outside" in str(n) for n in table.notes)
    want = read_age_table(str(sample / "kaiserslautern_ages.csv")).children()
    got = table.children()
    assert set(got) == set(want)
    for did, children in want.items():
        assert got[did] == pytest.approx(children, rel=0.15)
    assert grid_children(table) == pytest.approx(got)


def long_row(north, east, feature, code, text, count):
    return (f"{(N0 + north) // 100}E{(E0 + east) // 100}".join(["100mN", ""]) +
            f";{cell(north, east)};{feature};{code};{text};{count};0\r\n")


LONG_2011 = "Gitter_ID_100m;Gitter_ID_100m_neu;Merkmal;Auspraegung_Code;Auspraegung_Text;Anzahl;Anzahl_q\r\n" + "".join([
    long_row(0, 0, "INSGESAMT", 0, "Einheiten insgesamt", 35),
    long_row(0, 0, "ALTER_10JG", 1, "Unter 10", 20),
    long_row(0, 0, "ALTER_10JG", 2, "10 - 19", 5),
    long_row(0, 0, "ALTER_10JG", 9, "80 und älter", 3),
    long_row(0, 0, "ALTER_KURZ", 1, "Unter 18", 24),
    long_row(0, 0, "GESCHLECHT", 1, "Männlich", 17),
    long_row(100, 100, "ALTER_10JG", 1, "Unter 10", 10),
    long_row(100, 100, "ALTER_10JG", 2, "10 - 19", "–"),
    long_row(0, 200, "ALTER_10JG", 1, "Unter 10", 5),
    long_row(0, 500, "ALTER_10JG", 1, "Unter 10", 8),
])


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252"])
def test_zensus_2011_long_table(tmp_path, encoding):
    path = write(tmp_path, LONG_2011, encoding)
    assert is_age_grid(path)
    table = read_age_grid(path, DISTRICTS, "EPSG:3035")
    rows = rows_of(table)
    assert rows == {("A", 0.0, 10.0): 30, ("A", 10.0, 20.0): 5, ("A", 80.0, math.inf): 3,
                    ("B", 0.0, 10.0): 5, ("B", 10.0, 20.0): 0, ("B", 80.0, math.inf): 0}  # ALTER_10JG, not ALTER_KURZ
    assert sorted(table.points) == sorted([("A", E0 + 50.0, N0 + 50.0, 12.0), ("A", E0 + 150.0, N0 + 150.0, 6.0),
                                           ("B", E0 + 250.0, N0 + 50.0, 3.0)])
    notes = " ".join(str(n) for n in table.notes)
    assert "line(s) 9" in notes and "1 grid cell(s) lie outside" in notes


def test_zensus_2011_long_table_bad_age_text(tmp_path):
    text = LONG_2011.replace("10 - 19;5", "zehn bis 19;5")
    with pytest.raises(InputError, match="line 4, column 'Auspraegung_Text': 'zehn bis 19'"):
        read_age_grid(write(tmp_path, text), DISTRICTS, "EPSG:3035")
