"""Age tables as a city really has them (issue 18 re-test with the planner's own data).

District ids with leading zeros ("01") against a districts layer with an integer id (1), a total row
("Summe", "Insgesamt") and a footer line ("Stand: ...") in the city's export, and age groups written as
labels ("unter 1", "1 bis unter 3", "75 und älter") in place of numbers.
"""
from __future__ import annotations

import pytest

from plugin.core.errors import InputError
from plugin.core.i18n import render
from plugin.io.age_tables import age_table_from_features, align_district_ids, read_age_source, read_age_table
from test.io.test_age_tables import write

HEADER = "GebietsID;Gebietsname;von;BisKleinerAls;Männlich;Weiblich\r\n"
ROWS = (
    "01;Innenstadt-Ost;0;3;10;10\r\n"
    "01;Innenstadt-Ost;3;6;20;20\r\n"
    "10;Erfenbach;0;6;5;5\r\n"
)


def test_leading_zeros_match_integer_district_ids(tmp_path):
    """'01' in the statistics and 1 in the districts layer are the same district (a note says so)."""
    table = align_district_ids(read_age_table(write(tmp_path, HEADER + ROWS)), ["1", "10", "2"], "alter.csv")
    assert table.children() == {"1": 60.0, "10": 10.0}
    assert len(table.notes) == 1
    note = render(table.notes[0], "en")
    assert "alter.csv" in note and "01" in note
    assert "Datei „alter.csv“" in render(table.notes[0], "de")


def test_read_age_source_aligns_with_the_districts_it_is_given(tmp_path):
    table = read_age_source(write(tmp_path, HEADER + ROWS), [("1", None), ("10", None)], "EPSG:25832")
    assert set(table.children()) == {"1", "10"}


def test_the_other_way_round_and_ambiguous_ids_stay(tmp_path):
    """Districts '01', '02' and a table with 1: matched; a table id that fits two districts is left alone."""
    plain = "district_id;age_from;age_to;count\n1;0;6;7\n2;0;6;3\n"
    table = align_district_ids(read_age_table(write(tmp_path, plain)), ["01", "02"], "a.csv")
    assert table.children() == {"01": 7.0, "02": 3.0}
    same = align_district_ids(read_age_table(write(tmp_path, plain)), ["01", "001", "2"], "a.csv")
    assert set(same.children()) == {"1", "2"}  # '1' fits '01' and '001': not guessed
    exact = align_district_ids(read_age_table(write(tmp_path, plain)), ["1", "2"], "a.csv")
    assert exact.notes == [] and set(exact.children()) == {"1", "2"}


def test_a_layer_table_is_aligned_too():
    table = age_table_from_features("Alter", ["GebietsID", "von", "BisKleinerAls", "Anzahl"],
                                    [(1, ["01", 0, 6, 12])])
    aligned = align_district_ids(table, ["1"], "Alter", layer=True)
    assert aligned.children() == {"1": 12.0}
    assert "Layer 'Alter'" in render(aligned.notes[0], "en")


@pytest.mark.parametrize("total", [
    "Summe;Stadt insgesamt;0;6;500;500\r\n",
    ";Summe;;;500;500\r\n",
    "99;Insgesamt;0;6;500;500\r\n",
    "Gesamt;;0;;500;500\r\n",
])
def test_a_total_row_is_left_out_and_named(tmp_path, total):
    table = read_age_table(write(tmp_path, HEADER + ROWS + total))
    assert table.children() == {"01": 60.0, "10": 10.0}
    notes = [render(n, "en") for n in table.notes]
    assert any("line(s) 5" in n and "alter.csv" in n for n in notes), notes
    assert any("Zeile(n) 5" in render(n, "de") for n in table.notes)


def test_a_footer_line_and_blank_lines_are_left_out(tmp_path):
    table = read_age_table(write(tmp_path, HEADER + ROWS + "\r\n\r\nStand: 31.12.2023;;;;;\r\n"))
    assert table.children() == {"01": 60.0, "10": 10.0}
    assert any("line(s) 7" in render(n, "en") for n in table.notes)


def test_a_row_with_a_district_but_no_age_is_still_an_error(tmp_path):
    with pytest.raises(InputError) as err:
        read_age_table(write(tmp_path, HEADER + "01;Innenstadt-Ost;;3;10;10\r\n"))
    text = render(err.value.message, "en")
    assert "line 2" in text and "'von'" in text and "alter.csv" in text


@pytest.mark.parametrize("von,bis,lo,hi", [
    ("unter 1", "", 0.0, 1.0),
    ("1 bis unter 3", "", 1.0, 3.0),
    ("6 bis unter 10", "", 6.0, 10.0),
    ("75 und älter", "", 75.0, float("inf")),
    ("75 und mehr", "", 75.0, float("inf")),
    ("0", "unter 3", 0.0, 3.0),
    ("3 - 5", "", 3.0, 6.0),  # "3 - 5": the Zensus' inclusive years
])
def test_age_group_labels(tmp_path, von, bis, lo, hi):
    table = read_age_table(write(tmp_path, HEADER + f"01;X;{von};{bis};1;2\r\n"))
    assert table.rows == [("01", lo, hi, 3)]


def test_a_label_that_is_no_age_group_names_file_line_and_column(tmp_path):
    with pytest.raises(InputError) as err:
        read_age_table(write(tmp_path, HEADER + "01;X;Kleinkinder;;1;2\r\n"))
    text = render(err.value.message, "en")
    assert "alter.csv" in text and "line 2" in text and "'von'" in text and "Kleinkinder" in text


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "cp1252"])
def test_encodings(tmp_path, encoding):
    table = read_age_table(write(tmp_path, HEADER + ROWS, encoding=encoding))
    assert table.layout == "city" and table.children() == {"01": 60.0, "10": 10.0}


def test_a_row_without_a_district_is_left_out(tmp_path):
    """The city as a whole often comes as a row with no district id (';Kaiserslautern;0;1;...')."""
    table = read_age_table(write(tmp_path, HEADER + ROWS + ";Kaiserslautern;0;6;500;500\r\n"))
    assert table.children() == {"01": 60.0, "10": 10.0}
    assert any("line(s) 5" in render(n, "en") for n in table.notes)


@pytest.mark.parametrize("extra,lines", [
    ("01;Innenstadt-Ost;0;6;30;30\r\n", ("2", "5")),  # a subtotal 'unter 6' beside the detail rows
    ("01;Innenstadt-Ost;0;;300;300\r\n", ("2", "5")),  # the district's total over all ages
])
def test_overlapping_age_groups_of_a_district_are_named(tmp_path, extra, lines):
    """A subtotal beside the detail rows counted the children twice; now the file, lines and district are named."""
    with pytest.raises(InputError) as err:
        read_age_table(write(tmp_path, HEADER + ROWS + extra))
    text = render(err.value.message, "en")
    assert "alter.csv" in text and "01" in text and all(f"{n}" in text for n in lines), text
    assert "alter.csv" in render(err.value.message, "de") and "Zeile" in render(err.value.message, "de")


def test_the_same_age_group_twice_is_summed(tmp_path):
    """Rows per sex in the plain layout: the same group twice adds up (as before)."""
    plain = "district_id;age_from;age_to;count\n01;0;6;7\n01;0;6;3\n"
    assert read_age_table(write(tmp_path, plain)).children() == {"01": 10.0}
