"""A national Zensus age grid is read in a task: progress while far cells are skipped, and cancel stops the read.

Why: a dialog reads the file in its run's task; with a small city almost every row of a national file is a
far cell that is never buffered, so the per-chunk cancel check alone would not be reached until the end.
"""
from __future__ import annotations

import pytest
from shapely.geometry import box

from plugin.core.errors import CancelledError
from plugin.io.age_tables import read_age_source

E0, N0 = 4_000_000, 3_000_000
DISTRICTS = [("A", box(E0, N0, E0 + 200, N0 + 200))]
ROWS = 60_000  # far cells: 3 x the rows between two progress reports


def wide(tmp_path):
    lines = ["GITTER_ID_100m;Unter10;a10bis19"] + [f"CRS3035RES100mN{N0 + 100}E{E0 + 100};4;2"]
    lines += [f"CRS3035RES100mN{N0 + 500_000 + 100 * (k // 500)}E{E0 + 100 * (k % 500)};1;1" for k in range(ROWS)]
    path = tmp_path / "wide.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def long(tmp_path):
    head = "Gitter_ID_100m;Gitter_ID_100m_neu;Merkmal;Auspraegung_Code;Auspraegung_Text;Anzahl;Anzahl_q"
    lines = [head, f"100mN{(N0 + 100) // 100}E{(E0 + 100) // 100};x;ALTER_10JG;1;Unter 10;4;0"]
    lines += [f"100mN{(N0 + 500_000) // 100 + k // 500}E{E0 // 100 + k % 500};x;ALTER_10JG;1;Unter 10;1;0"
              for k in range(ROWS)]
    path = tmp_path / "long.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("make", [wide, long])
def test_progress_while_far_cells_are_skipped_and_the_result_is_unchanged(tmp_path, make):
    path = make(tmp_path)
    seen = []
    table = read_age_source(path, DISTRICTS, "EPSG:3035", progress=seen.append, is_cancelled=lambda: False)
    assert len(seen) >= 2 and seen == sorted(seen) and seen[-1] <= 1.0
    assert {(d, lo, hi): n for d, lo, hi, n in table.rows}[("A", 0.0, 10.0)] == 4
    assert table == read_age_source(path, DISTRICTS, "EPSG:3035")


@pytest.mark.parametrize("make", [wide, long])
def test_cancel_stops_the_read_before_its_end(tmp_path, make):
    path = make(tmp_path)
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) >= 2

    with pytest.raises(CancelledError):
        read_age_source(path, DISTRICTS, "EPSG:3035", is_cancelled=cancelled)
    assert len(calls) == 2  # asked while reading, stopped at the first yes
