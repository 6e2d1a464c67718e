"""Kita access through Processing (issue 18): dispersion:kitaaccess and the access parameters of dispersion:analyse.

The numbers are the core's (test/core/test_analysis_access.py proves them); here: the parameters reach the core,
the outputs carry the fields, the network is read in the working CRS, bad inputs give one clear message, and a real
``qgis_process`` run works on the sample.
"""
from __future__ import annotations

import json

import pytest
from qgis.core import QgsProcessingException

from test.fixtures.paths import ROOT
from test.fixtures.qgis_helpers import qgis_process, sample, system_env

AGES = str(ROOT / "resources" / "sample" / "kaiserslautern_ages.csv")


def core_result(network: bool, ages: bool):
    """The same analysis straight from the core, on the sample read through QGIS."""
    from qgis.core import QgsVectorLayer

    from plugin.core.metrics.analysis import analyse
    from plugin.io.age_tables import read_age_table
    from plugin.qgis_adapters.layers import layers_to_planning_data
    from plugin.qgis_adapters.network_layers import network_from_layer

    layers = {k: QgsVectorLayer(sample(k), k, "ogr") for k in ("districts", "shelters", "services")}
    data, _ = layers_to_planning_data(layers)
    net = network_from_layer(QgsVectorLayer(sample("walking_network"), "w", "ogr"), data.crs) if network else None
    return analyse(data, permutations=0, network=net, age_rows=read_age_table(AGES).rows if ages else None), data


def run_kita(**extra):
    import processing

    params = {"DISTRICTS": sample("districts"), "SHELTERS": sample("shelters"), "SERVICES": sample("services"),
              "DISTRICT_ACCESS": "memory:", "SHELTER_ACCESS": "memory:"}
    params.update(extra)
    return processing.run("dispersion:kitaaccess", params)


@pytest.mark.parametrize("walk", [False, True])
def test_kitaaccess_equals_the_core(dispersion_provider, walk):
    extra = {"NETWORK": sample("walking_network")} if walk else {}
    out = run_kita(AGE_TABLE=AGES, **extra)
    want, _ = core_result(walk, True)
    districts = {f["district_id"]: f for f in out["DISTRICT_ACCESS"].getFeatures()}
    assert len(districts) == 18
    for row in want.districts:
        got = districts[row["district_id"]]
        assert got["kita_per_child"] == pytest.approx(row["kita_per_child"], abs=1e-9)
        assert got["kita_shortfall"] == pytest.approx(row["kita_shortfall"], abs=1e-9)
        assert got["access_method"] == ("network" if walk else "straight_line")
    shelters = {f["shelter_id"]: f for f in out["SHELTER_ACCESS"].getFeatures()}
    assert len(shelters) == 10
    for row in want.access:
        assert shelters[row["shelter_id"]]["dist_kita"] == pytest.approx(row["dist_kita"], abs=1e-6)
    assert out["ACCESS_METHOD"] == ("network" if walk else "straight_line")
    assert out["KITA_SHORTFALL"] == pytest.approx(want.city_value("kita_shortfall"))


def test_the_railway_shows_in_the_walking_distances(dispersion_provider):
    walk = {f["shelter_id"]: f for f in run_kita(NETWORK=sample("walking_network"))["SHELTER_ACCESS"].getFeatures()}
    line = {f["shelter_id"]: f for f in run_kita()["SHELTER_ACCESS"].getFeatures()}
    assert all(walk[s]["dist_kita"] >= line[s]["dist_kita"] - 1e-6 for s in walk)
    assert walk["GU-09"]["kita_straight_m"] == pytest.approx(line["GU-09"]["dist_kita"])


def test_without_ages_the_kita_figures_stay_empty_and_the_log_says_why(dispersion_provider):
    from qgis.core import QgsProcessingFeedback

    class Feedback(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.infos = []

        def pushInfo(self, info):  # noqa: N802 - Qt's name
            self.infos.append(info)

    import processing

    fb = Feedback()
    out = processing.run("dispersion:kitaaccess", {
        "DISTRICTS": sample("districts"), "SHELTERS": sample("shelters"), "SERVICES": sample("services"),
        "DISTRICT_ACCESS": "memory:", "SHELTER_ACCESS": "memory:"}, feedback=fb)
    assert all(f["kita_per_child"] is None or f["kita_per_child"] != f["kita_per_child"] or
               not isinstance(f["kita_per_child"], float) for f in out["DISTRICT_ACCESS"].getFeatures())
    assert any("no age table was given" in i for i in fb.infos)


def test_analyse_takes_the_access_parameters(dispersion_provider):
    import processing

    out = processing.run("dispersion:analyse", {
        "DISTRICTS": sample("districts"), "SHELTERS": sample("shelters"), "SERVICES": sample("services"),
        "PERMUTATIONS": 0, "NETWORK": sample("walking_network"), "AGE_TABLE": AGES, "UNDER6_SHARE": 0.2,
        "KITA_MAX_DISTANCE": 1200, "DISTRICT_METRICS": "memory:", "CITY_METRICS": "memory:"})
    city = {f["metric"]: f for f in out["CITY_METRICS"].getFeatures()}
    assert "on foot over the walking network" in city["kita_per_child"]["note"]
    assert "within 1200 m" in city["kita_per_child"]["note"]
    methods = {f["access_method"] for f in out["DISTRICT_METRICS"].getFeatures()}
    assert methods == {"network"}


def test_bad_network_and_age_table_give_one_clear_message(dispersion_provider, tmp_path):
    from qgis.core import QgsVectorLayer

    empty = QgsVectorLayer("LineString?crs=EPSG:25832", "Leeres Netz", "memory")
    with pytest.raises(QgsProcessingException, match="'Leeres Netz' has no features"):
        run_kita(NETWORK=empty)
    wrong = tmp_path / "alter.csv"
    wrong.write_text("a;b\n1;2\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="is not an age-group table"):
        run_kita(AGE_TABLE=str(wrong))
    with pytest.raises(QgsProcessingException, match="no field 'einbahn'"):
        run_kita(NETWORK=sample("walking_network"), NETWORK_ONEWAY="einbahn")


def test_qgis_process_kitaaccess_on_the_sample(tmp_path):
    """A real qgis_process run (system interpreter, the plugin as an installed plugin)."""
    env = system_env(tmp_path)
    enabled = qgis_process(["plugins", "enable", "dispersion_planner"], env)
    assert enabled.returncode == 0, enabled.stdout + enabled.stderr
    out = tmp_path / "kita.gpkg"
    run = qgis_process(["--json", "run", "dispersion:kitaaccess", "--",
                        f"DISTRICTS={sample('districts')}", f"SHELTERS={sample('shelters')}",
                        f"SERVICES={sample('services')}", f"NETWORK={sample('walking_network')}", f"AGE_TABLE={AGES}",
                        f"DISTRICT_ACCESS={out}", f"SHELTER_ACCESS={tmp_path / 'shelters.gpkg'}"], env)
    assert run.returncode == 0, run.stderr[-2000:] + run.stdout[-2000:]
    results = json.loads(run.stdout[run.stdout.index("{"):])["results"]
    assert results["ACCESS_METHOD"] == "network"
    assert results["KITA_SHORTFALL"] > 0
    assert out.exists()
