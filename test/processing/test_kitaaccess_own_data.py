"""dispersion:kitaaccess with the planner's own data (issue 18 re-test): what a city's files look like.

Districts numbered 1, 2, ... in an integer field against the statistics' "01", "02"; a walking network as a
3D Shapefile in Gauss-Krüger (EPSG:31467) with a German one-way field, and as a GeoPackage in EPSG:4326; Kita
places as text ("45,0", empty); an age table as a layer; a Kita far from any street.
"""
from __future__ import annotations

import pytest
from osgeo import gdal

from test.fixtures.paths import ROOT, SAMPLE_GPKG

AGES = str(ROOT / "resources" / "sample" / "kaiserslautern_ages.csv")


def sample(name):
    return f"{SAMPLE_GPKG}|layername={name}"


def translate(tmp_path, name, sql=None, layer=None, **options):
    """A copy of a sample layer through ogr2ogr (``sql`` in SQLite dialect), as a real city file would be."""
    out = str(tmp_path / name)
    gdal.UseExceptions()
    kwargs = dict(options)
    if sql:
        kwargs.update(SQLStatement=sql, SQLDialect="SQLite")
    ds = gdal.VectorTranslate(out, str(SAMPLE_GPKG), layers=[layer] if layer and not sql else None, **kwargs)
    ds = None  # noqa: F841 - closes the file
    return out


def run_kita(feedback=None, **extra):
    import processing

    params = {"DISTRICTS": sample("districts"), "SHELTERS": sample("shelters"), "SERVICES": sample("services"),
              "AGE_TABLE": AGES, "DISTRICT_ACCESS": "memory:", "SHELTER_ACCESS": "memory:"}
    params.update(extra)
    return processing.run("dispersion:kitaaccess", params, feedback=feedback)


class Log:
    def __init__(self):
        from qgis.core import QgsProcessingFeedback

        class Feedback(QgsProcessingFeedback):
            def pushInfo(inner, info):  # noqa: N802, N805 - Qt's name
                self.infos.append(info)

        self.infos = []
        self.feedback = Feedback()


def by_name(out):
    return {f["name"]: f for f in out["DISTRICT_ACCESS"].getFeatures()}


def test_integer_district_ids_meet_the_statistics_leading_zeros(dispersion_provider, tmp_path):
    """Districts 1..18 (integer field) and the city's '01'..'18': every district gets its children."""
    districts = translate(tmp_path, "districts.gpkg", "select CAST(district_id AS integer) AS district_id, name, "
                          "population, geom from districts", format="GPKG", layerName="districts")
    log = Log()
    got = by_name(run_kita(log.feedback, DISTRICTS=districts))
    want = by_name(run_kita())
    assert len(got) == 18
    for name, row in want.items():
        assert got[name]["kita_children"] == pytest.approx(row["kita_children"], abs=1e-9), name
        assert got[name]["kita_shortfall"] == pytest.approx(row["kita_shortfall"], abs=1e-9), name
    assert any("without leading zeros" in i and "01 → 1" in i for i in log.infos), log.infos
    assert not any("not among the districts" in i for i in log.infos)


def test_age_layer_with_leading_zeros_against_integer_ids(dispersion_provider, tmp_path):
    from qgis.core import QgsVectorLayer

    districts = translate(tmp_path, "districts.gpkg", "select CAST(district_id AS integer) AS district_id, name, "
                          "population, geom from districts", format="GPKG", layerName="districts")
    ages = QgsVectorLayer(f"file://{AGES}?delimiter=;&encoding=windows-1252", "Alter", "delimitedtext")
    assert ages.isValid() and ages.featureCount() > 0
    got = by_name(run_kita(DISTRICTS=districts, AGE_TABLE=None, AGE_LAYER=ages))
    want = by_name(run_kita())
    for name, row in want.items():
        assert got[name]["kita_children"] == pytest.approx(row["kita_children"], abs=1e-9), name


def test_a_3d_shapefile_in_gauss_krueger_with_german_oneway_values(dispersion_provider, tmp_path):
    """The sample network as an ALKIS-like export: MultiLineStringZ, EPSG:31467, oneway 'nein' everywhere."""
    net = translate(tmp_path, "wege.shp", "select geom, 'nein' AS einbahn from walking_network",
                    format="ESRI Shapefile", dstSRS="EPSG:31467", dim="XYZ", geometryType="MULTILINESTRING25D")
    log = Log()
    got = run_kita(log.feedback, NETWORK=net, NETWORK_ONEWAY="einbahn")
    want = run_kita(NETWORK=sample("walking_network"))
    assert got["ACCESS_METHOD"] == "network"
    assert got["KITA_PER_CHILD"] == pytest.approx(want["KITA_PER_CHILD"], rel=1e-3)
    assert any("reprojected from EPSG:31467" in i for i in log.infos)
    assert not any("not understood" in i for i in log.infos), log.infos
    # each note of the network once (network_from_layer's log and the analysis' notes said them twice)
    assert sum("Walking network 'wege'" in i for i in log.infos) == 1, log.infos


def test_a_network_in_degrees_is_reprojected_to_the_working_crs(dispersion_provider, tmp_path):
    net = translate(tmp_path, "wege.gpkg", format="GPKG", dstSRS="EPSG:4326", layer="walking_network")
    log = Log()
    got = run_kita(log.feedback, NETWORK=net)
    want = run_kita(NETWORK=sample("walking_network"))
    assert got["KITA_PER_CHILD"] == pytest.approx(want["KITA_PER_CHILD"], rel=1e-3)
    assert any("reprojected from EPSG:4326 to EPSG:25832" in i for i in log.infos), log.infos


def test_kita_places_as_text(dispersion_provider, tmp_path):
    """'45,0' is 45 places, an empty text none (and the log names the Kita)."""
    services = translate(tmp_path, "kitas.gpkg", "select service_id, name, category, CASE service_id "
                         "WHEN 'SV-KIT-03' THEN '45,0' WHEN 'SV-KIT-04' THEN '' ELSE CAST(capacity AS text) END "
                         "AS capacity, geom from services", format="GPKG", layerName="services")
    log = Log()
    run_kita(log.feedback, SERVICES=services)
    assert any("have no places" in i and "Kita 4" in i for i in log.infos), log.infos


def test_a_kita_far_from_any_street_names_the_kita(dispersion_provider, tmp_path):
    from qgis.core import QgsProcessingException

    services = translate(tmp_path, "kitas.gpkg", "select service_id, name, category, capacity, CASE service_id "
                         "WHEN 'SV-KIT-03' THEN MakePoint(ST_X(geom) + 30000, ST_Y(geom), 25832) ELSE geom END "
                         "AS geom from services", format="GPKG", layerName="services", dstSRS="EPSG:25832")
    with pytest.raises(QgsProcessingException, match=r"SV-KIT-03 \(27"):
        run_kita(SERVICES=services, NETWORK=sample("walking_network"))


def test_a_line_with_one_vertex_is_left_out_and_named(qgis_new_project):
    """A degenerate way (one vertex; OSM and ALKIS exports have them) was a raw GEOS error; now it is left out,
    named by its feature id, and the other parts of a multi-line feature are kept."""
    from qgis.core import QgsFeature, QgsGeometry, QgsLineString, QgsMultiLineString, QgsPoint, QgsVectorLayer

    from plugin.core.i18n import render
    from plugin.qgis_adapters.network_layers import network_from_layer

    x0, y0 = 410_000.0, 5_477_000.0
    multi = QgsMultiLineString()
    multi.addGeometry(QgsLineString([QgsPoint(x0, y0)]))
    multi.addGeometry(QgsLineString([QgsPoint(x0 + 100, y0), QgsPoint(x0 + 100, y0 + 100)]))
    geoms = [QgsGeometry(QgsLineString([QgsPoint(x0, y0)])), QgsGeometry(multi),
             QgsGeometry.fromWkt(f"MultiLineString(({x0} {y0}, {x0 + 100} {y0}))")]
    layer = QgsVectorLayer("MultiLineString?crs=EPSG:25832", "Wege", "memory")
    features = []
    for g in geoms:
        f = QgsFeature()
        f.setGeometry(g)
        features.append(f)
    assert layer.dataProvider().addFeatures(features)[0]
    net = network_from_layer(layer, "EPSG:25832")
    assert net.n_segments == 2 and net.n_components == 1
    assert sorted(net.feature_ids.tolist()) == [2, 3]
    notes = [render(w, "en") for w in net.warnings]
    assert any("'Wege'" in n and "feature id(s) 1" in n for n in notes), notes


@pytest.mark.parametrize("values,blocked", [(["no", "nein"], 2), (["yes", "no"], 1)])
def test_a_layer_without_a_walkable_line_names_layer_and_field(qgis_new_project, values, blocked):
    """Every line foot=no (or the walkable one of zero length): the message names the layer, the field and why."""
    from plugin.core.errors import InputError
    from plugin.core.i18n import render
    from plugin.qgis_adapters.network_layers import network_from_layer
    from test.qgis.test_network_layers import line_layer, wkt

    layer = line_layer([wkt((0, 0), (100, 0)), wkt((5, 5), (5, 5))], fields=[("foot", "string")],
                       values=[[values[1]], [values[0]]], name="OSM Wege")
    with pytest.raises(InputError) as err:
        network_from_layer(layer, "EPSG:25832", walkable_field="foot")
    text = render(err.value.message, "en")
    assert "'OSM Wege'" in text and "'foot'" in text and f"{blocked} " in text, text
    assert "„OSM Wege“" in render(err.value.message, "de")


@pytest.mark.parametrize("name", ["alter.txt", "ALTER.CSV", "alter.tsv"])
def test_an_age_table_named_txt_is_accepted(dispersion_provider, tmp_path, name):
    """A city's export is often '.txt'; Processing refused it with 'Incorrect parameter value for AGE_TABLE'."""
    path = tmp_path / name
    path.write_bytes(open(AGES, "rb").read())
    got = by_name(run_kita(AGE_TABLE=str(path)))
    want = by_name(run_kita())
    assert {k: v["kita_children"] for k, v in got.items()} == {k: v["kita_children"] for k, v in want.items()}


def test_suggest_takes_a_txt_age_table_too(dispersion_provider, tmp_path):
    from qgis.core import QgsApplication, QgsProcessingContext

    path = tmp_path / "alter.txt"
    path.write_bytes(open(AGES, "rb").read())
    alg = QgsApplication.processingRegistry().algorithmById("dispersion:suggest")
    assert alg.parameterDefinition("AGE_TABLE").checkValueIsAcceptable(str(path), QgsProcessingContext())
