"""dispersion:importzensus, importintegreat and fuse through processing.run (QGIS, offscreen)."""
import pytest

pytest.importorskip("qgis.core")

from qgis.core import QgsVectorLayer  # noqa: E402

from plugin.core.i18n import message_from_json, render  # noqa: E402

pytestmark = pytest.mark.qgis


def run(alg_class, params):
    """Run an algorithm instance (registered or not) through processing.run."""
    import processing

    return processing.run(alg_class().create(), params)


@pytest.fixture
def algs(qgis_app, qgis_processing):
    from plugin.processing.alg_fuse import FuseSheltersAlgorithm
    from plugin.processing.alg_importintegreat import ImportIntegreatAlgorithm
    from plugin.processing.alg_importzensus import ImportZensusAlgorithm

    return ImportZensusAlgorithm, ImportIntegreatAlgorithm, FuseSheltersAlgorithm


def test_importzensus_to_gpkg(algs, data_dir, tmp_path):
    out = str(tmp_path / "grid.gpkg")
    result = run(algs[0], {"INPUT": str(data_dir / "zensus_100m.csv"), "TARGET_CRS": "EPSG:25832", "OUTPUT": out})
    layer = QgsVectorLayer(result["OUTPUT"], "grid", "ogr")
    assert layer.isValid() and layer.featureCount() == 23
    assert layer.crs().authid() == "EPSG:25832"
    names = [f.name() for f in layer.fields()]
    assert names[-5:] == ["gitter_id", "einwohner", "einwohner_suppressed", "x_mp_100m", "y_mp_100m"]
    supp = [f for f in layer.getFeatures() if f["einwohner_suppressed"]]
    assert len(supp) == 3 and all(f["einwohner"] is None or f.attribute("einwohner") != f.attribute("einwohner") or
                                  not f["einwohner"] for f in supp)
    first = next(layer.getFeatures())
    assert first["gitter_id"] == "CRS3035RES100mN2928000E4159000" and first["einwohner"] == 12
    assert abs(first.geometry().area() - 10_000) < 100


def test_importzensus_extent_keeps_part(algs, data_dir):
    from pyproj import Transformer

    tr = Transformer.from_crs("EPSG:3035", "EPSG:25832", always_xy=True)
    x0, y0 = tr.transform(4159000, 2928000)
    x1, y1 = tr.transform(4159300, 2928400)
    result = run(algs[0], {"INPUT": str(data_dir / "zensus_100m.csv"), "TARGET_CRS": "EPSG:25832",
                           "EXTENT": f"{x0 - 20},{x1},{y0 - 20},{y1 + 20} [EPSG:25832]", "OUTPUT": "memory:"})
    assert result["OUTPUT"].featureCount() == 11  # the western three columns minus the one absent cell


def test_importzensus_bad_file_message(algs, write):
    from qgis.core import QgsProcessingException

    path = write("z.csv", "GITTER_ID_100m;Einwohner\nCRS3035RES100mN2928000E4159000;viele\n")
    with pytest.raises(QgsProcessingException, match=r"line 2, column 'Einwohner': 'viele'"):
        run(algs[0], {"INPUT": path, "OUTPUT": "memory:"})


def test_importintegreat(algs, data_dir):
    result = run(algs[1], {"INPUT": str(data_dir / "integreat_locations.json"),
                           "CATEGORY_MAP": "Freizeittreff=counselling", "OUTPUT": "memory:"})
    layer = result["OUTPUT"]
    assert layer.featureCount() == 8 and layer.crs().authid() == "EPSG:25832"
    cats = {f["name"]: f["category"] for f in layer.getFeatures()}
    assert cats["Begegnungscafé"] == "counselling" and cats["Kita Sonnenschein"] == "kita"
    from plugin.core.validation import build_planning_data, errors
    from plugin.qgis_adapters.layers import layer_to_raw

    data, issues = build_planning_data([layer_to_raw(layer, "services")])
    assert not errors(issues) and len(data.services) == 8


def test_importintegreat_not_integreat(algs, write):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="not an Integreat locations list"):
        run(algs[1], {"INPUT": write("x.json", '{"type": "FeatureCollection", "features": []}'), "OUTPUT": "memory:"})


def test_fuse_two_layers(algs, data_dir, tmp_path):
    from plugin.io.csv_table import read_points_csv
    from plugin.io.files import write_raw_layer

    layers = []
    for name in ("shelters_city", "shelters_asz"):
        path = str(tmp_path / f"{name}.gpkg")
        write_raw_layer(path, read_points_csv(str(data_dir / f"{name}.csv"), "shelters"), name)
        layer = QgsVectorLayer(path, name, "ogr")
        assert layer.isValid()
        layers.append(layer)
    city, asz = layers
    assert asz.crs().authid() == "EPSG:4326"
    before = [f.attributes() for f in asz.getFeatures()]
    result = run(algs[2], {"SOURCES": [city, asz], "MATCH_DISTANCE_M": 400,
                           "SOURCE_DATES": "shelters_city=2023-10-01", "OUTPUT": "memory:", "CONFLICTS": "memory:"})
    out, conflicts = result["OUTPUT"], result["CONFLICTS"]
    recs = {f["shelter_id"]: f for f in out.getFeatures()}
    assert set(recs) == {"S-01", "S-02", "S-03", "A3"}
    assert recs["S-02"]["capacity"] == 1200 and recs["S-02"]["capacity_source"] == "shelters_asz"
    assert recs["S-02"]["capacity_date"] == "2023-11-28"
    assert recs["S-02"]["position_source"] == "shelters_city"
    rows = [dict(zip(conflicts.fields().names(), f.attributes())) for f in conflicts.getFeatures()]
    assert len(rows) == 1 and rows[0]["field"] == "capacity" and "1150" in rows[0]["values"]
    assert rows[0]["message_code"] == "fusion.field_differs" and "capacity" in rows[0]["message"]
    assert "Kapazität" in render(message_from_json(rows[0]["message_code"], rows[0]["message_params"]), "de")
    assert [f.attributes() for f in asz.getFeatures()] == before  # source unchanged


def test_fuse_duplicate_id_error(algs, tmp_path):
    from qgis.core import QgsProcessingException
    from shapely.geometry import Point

    from plugin.core.validation import RawFeature, RawLayer
    from plugin.io.files import write_raw_layer

    path = str(tmp_path / "dup.gpkg")
    write_raw_layer(path, RawLayer("dup", "shelters", [RawFeature(1, {"id": "7", "name": "A"}, Point(0, 0)),
                                                      RawFeature(2, {"id": "7", "name": "B"}, Point(5, 5))],
                                   crs="EPSG:25832"))
    with pytest.raises(QgsProcessingException, match="shelter id '7' occurs twice"):
        run(algs[2], {"SOURCES": [QgsVectorLayer(path, "dup", "ogr")], "OUTPUT": "memory:", "CONFLICTS": "memory:"})
