"""The city's age-group statistics (cp1252, ';') and the plain long table, into Kita demand."""
from __future__ import annotations

import pytest

from plugin.core.errors import InputError
from plugin.core.metrics.fsca import demand_from_ages
from plugin.io.age_tables import read_age_table

CITY = (
    "GebietsID;Gebietsname;von;BisKleinerAls;Männlich;Weiblich\r\n"
    "01;Innenstadt Südost;0;1;40;38\r\n"
    "01;Innenstadt Südost;1;2;35;37\r\n"
    "01;Innenstadt Südost;2;3;30;33\r\n"
    "01;Innenstadt Südost;3;6;100;96\r\n"
    "01;Innenstadt Südost;6;10;120;110\r\n"
    "01;Innenstadt Südost;95;;2;9\r\n"
    "02;Bännjerrück;0;3;50;-\r\n"
    "02;Bännjerrück;3;6;1.020;990\r\n"
)


def write(tmp_path, text, encoding="cp1252", name="alter.csv"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return str(path)


def test_city_format_cp1252(tmp_path):
    table = read_age_table(write(tmp_path, CITY))
    assert table.layout == "city"
    assert table.names == {"01": "Innenstadt Südost", "02": "Bännjerrück"}
    assert table.rows[0] == ("01", 0.0, 1.0, 78)
    assert table.rows[5][2] == float("inf")
    assert table.rows[6] == ("02", 0.0, 3.0, 50)  # suppressed female count taken as 0, and said so
    assert table.rows[7] == ("02", 3.0, 6.0, 2010)  # thousands dot
    assert len(table.notes) == 1 and "line(s) 8" in table.notes[0]
    children = table.children()
    assert children == {"01": 78 + 72 + 63 + 196, "02": 50 + 2010}


def test_demand_with_default_rates(tmp_path):
    table = read_age_table(write(tmp_path, CITY))
    demand = demand_from_ages(table.rows)
    expect_01 = 0.265 * (78 + 72) + 0.75 * 63 + 0.99 * 196
    # 0-3 spans two rate bands: two years at 26.5 %, one at 75 %
    expect_02 = 50 * (2 * 0.265 + 0.75) / 3 + 0.99 * 2010
    assert demand["01"] == pytest.approx(expect_01)
    assert demand["02"] == pytest.approx(expect_02)
    edited = demand_from_ages(table.rows, rates=((0, 3, 0.5), (3, 6, 1.0)))
    assert edited["01"] == pytest.approx(0.5 * (78 + 72 + 63) + 196)


def test_plain_table_utf8(tmp_path):
    text = "district_id,age_from,age_to,count\nA,0,3,12\nA,3,6,30\nB,0,6,60\n"
    table = read_age_table(write(tmp_path, text, "utf-8"))
    assert table.layout == "plain"
    assert table.rows == [("A", 0.0, 3.0, 12), ("A", 3.0, 6.0, 30), ("B", 0.0, 6.0, 60)]
    assert table.notes == []


@pytest.mark.parametrize("text, words", [
    ("GebietsID;Name;Alter;Anzahl\n1;x;3;4\n", ["not an age-group table", "BisKleinerAls"]),
    ("GebietsID;Gebietsname;von;BisKleinerAls;Männlich;Weiblich\n1;x;3;2;1;1\n", ["line 2", "empty or reversed"]),
    ("GebietsID;Gebietsname;von;BisKleinerAls;Männlich;Weiblich\n1;x;0;3;1;viele\n",
     ["line 2", "'Weiblich'", "'viele'", "whole number"]),
    ("GebietsID;Gebietsname;von;BisKleinerAls;Männlich;Weiblich\n1;x;0;3;1;-4\n", ["zero or more"]),
    ("GebietsID;Gebietsname;von;BisKleinerAls;Männlich;Weiblich\n1;x;0;3;1,5;2\n", ["whole number"]),
])
def test_bad_tables_name_the_problem(tmp_path, text, words):
    with pytest.raises(InputError) as err:
        read_age_table(write(tmp_path, text))
    for word in words:
        assert word in str(err.value)


def test_header_only_file(tmp_path):
    with pytest.raises(InputError):
        read_age_table(write(tmp_path, "GebietsID;Gebietsname;von;BisKleinerAls;Männlich;Weiblich\n"))
