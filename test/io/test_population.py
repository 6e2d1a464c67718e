"""District population from the long-format statistics CSV, joined to boundaries."""
import pytest
from shapely.geometry import box

from plugin.core.errors import InputError
from plugin.core.validation import RawFeature, RawLayer, build_planning_data
from plugin.io.population import join_population, read_population_long, read_population_table


def test_latest_stichtag_summed_per_district(data_dir):
    table = read_population_table(str(data_dir / "population_long.csv"))
    assert table.stichtag == "2023-12-31"
    assert table.counts == {"01": 101 + 112 + 1250, "02": 310, "99": 7}
    assert table.available == ["2022-12-31", "2023-12-31"]
    assert "line 9" in table.notes[0]  # the suppressed '–' count


def test_chosen_stichtag(data_dir):
    assert read_population_long(str(data_dir / "population_long.csv"), "31.12.2022") == {"01": 210, "02": 300}


def test_unknown_stichtag_lists_available(data_dir):
    with pytest.raises(InputError, match="2021-12-31.*2022-12-31, 2023-12-31"):
        read_population_long(str(data_dir / "population_long.csv"), "2021-12-31")


def test_join_reports_both_sides(data_dir):
    districts = RawLayer("districts", "districts", [
        RawFeature(1, {"district_id": "1", "name": "Innenstadt-Ost"}, box(0, 0, 10, 10)),
        RawFeature(2, {"district_id": "02", "name": "Innenstadt-Südwest"}, box(10, 0, 20, 10)),
        RawFeature(3, {"district_id": "03", "name": "Kotten"}, box(20, 0, 30, 10)),
    ], crs="EPSG:25832", source_fields=["district_id", "name"])
    pop = read_population_long(str(data_dir / "population_long.csv"))
    joined, report = join_population(districts, pop)
    assert [f.attributes["population"] for f in joined.features] == [1463, 310, None]
    assert report.districts_without_population == ["03"]
    assert report.population_without_district == {"99": 7}
    assert "population" not in districts.features[0].attributes  # input untouched
    data, issues = build_planning_data([joined])
    assert [d.population for d in data.districts] == [1463, 310, None]


def test_bad_count_names_line_and_column(write):
    path = write("p.csv", "stichtag;ortsbezirk_id;anzahl\n2023-12-31;01;12\n2023-12-31;02;zwölf\n")
    with pytest.raises(InputError, match=r"line 3, column 'anzahl': 'zwölf'"):
        read_population_long(path)


def test_bad_date_names_line(write):
    path = write("p.csv", "stichtag;ortsbezirk_id;anzahl\n2023-13-45;01;12\n")
    with pytest.raises(InputError, match=r"line 2, column 'stichtag'"):
        read_population_long(path)


def test_negative_count(write):
    path = write("p.csv", "stichtag;ortsbezirk_id;anzahl\n2023-12-31;01;-3\n")
    with pytest.raises(InputError, match="negative"):
        read_population_long(path)
