"""The demo's Kita access comparison (issue 18): table rows, the two-panel map, the railway example, the summary."""
from __future__ import annotations

import csv

import pytest

from plugin.core.metrics.analysis import analyse
from plugin.report import access_demo
from test.core.test_analysis_access import AGES, NET, city


@pytest.fixture(scope="module")
def results():
    data = city()
    return data, analyse(data, permutations=0, age_rows=AGES), analyse(data, permutations=0, age_rows=AGES, network=NET)


def test_rows_compare_straight_line_and_walking(results):
    data, straight, walk = results
    rows = access_demo.comparison_rows(straight, walk)
    assert [r["district_id"] for r in rows] == [d.district_id for d in data.districts]
    for row, s, w in zip(rows, straight.districts, walk.districts):
        assert row["kita_per_child_straight"] == s["kita_per_child"]
        assert row["kita_per_child_network"] == w["kita_per_child"]
        assert row["kita_shortfall_network"] == w["kita_shortfall"]
    assert sum(r["kita_children"] for r in rows) > 0
    only = access_demo.comparison_rows(straight, None)
    assert all(r["kita_per_child_network"] is None for r in only)


def test_railway_example_and_png(results, tmp_path):
    data, straight, walk = results
    examples = access_demo.railway_examples(data, NET, near_m=250, far_m=1000)
    assert {"shelter_id": "S1", "kita": "Kita Bahnhof", "straight_m": 200} == {
        k: v for k, v in examples[0].items() if k != "walk_m"}
    assert examples[0]["walk_m"] >= 1000
    png = access_demo.comparison_png(data, straight, walk, NET, "de")
    assert png.startswith(b"\x89PNG") and len(png) > 10_000


def test_write_files_and_summary(tmp_path, monkeypatch):
    """Straight line only (no QGIS layer): the table and the map are written, the summary says which method."""
    from test.fixtures.paths import ROOT

    data = city()
    summary = access_demo.write_kita_access_demo(data, None, tmp_path, "en",
                                                 ages_path=ROOT / "resources" / "sample" / "kaiserslautern_ages.csv")
    assert (tmp_path / "kita_access_map.png").exists()
    with open(tmp_path / "kita_access.csv", encoding="utf-8") as fh:
        table = list(csv.DictReader(fh))
    assert [r["district_id"] for r in table] == ["D0", "D1", "D2", "D3"]
    assert summary["network"] is None and summary["straight_line"]["access_method"] == "straight_line"
    assert summary["kita_places"] == 130 and summary["kitas"] == 3
    assert not list(tmp_path.glob("*.part*"))
