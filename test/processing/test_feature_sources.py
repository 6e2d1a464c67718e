"""Issue 16, Processing conventions: the planning algorithms read FeatureSource inputs.

"Selected features only" (and feature filters) from the Processing dialog apply, a file path and a layer id
give the same run, a value that gives no source stops the run with QGIS's invalidSourceError text, and a
datum transformation chosen in the project (the transform context) applies where features are reprojected.
"""
from __future__ import annotations

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProject,
    QgsVectorLayer,
)

from test.fixtures.paths import SAMPLE_GPKG


def _sample(name: str) -> str:
    return f"{SAMPLE_GPKG}|layername={name}"


def _analyse(tmp_path, tag, districts, shelters):
    import processing

    result = processing.run("dispersion:analyse", {
        "DISTRICTS": districts, "SHELTERS": shelters, "PERMUTATIONS": 9, "SEED": 1,
        "DISTRICT_METRICS": str(tmp_path / f"dm_{tag}.gpkg"), "CITY_METRICS": str(tmp_path / f"city_{tag}.csv")})
    dm = QgsVectorLayer(result["DISTRICT_METRICS"], "dm", "ogr")
    city = QgsVectorLayer(result["CITY_METRICS"], "c", "ogr")
    per = {str(f["district_id"]): (f["places"], round(f["per_1000"] or 0, 9)) for f in dm.getFeatures()}
    metrics = {f["metric"]: f["value"] for f in city.getFeatures()}
    return per, {k: metrics.get(k) for k in ("places_total", "population_total", "gini", "theil")}


@pytest.fixture
def loaded(qgis_app):
    """The sample's districts and shelters as layers of the current project (Processing's context project)."""
    project = QgsProject.instance()
    layers = {name: QgsVectorLayer(_sample(name), name, "ogr") for name in ("districts", "shelters")}
    assert all(layer.isValid() for layer in layers.values())
    project.addMapLayers(list(layers.values()))
    yield layers
    project.removeMapLayers([layer.id() for layer in layers.values()])


def test_selected_features_only_analyses_the_selected_districts_shelters(dispersion_provider, tmp_path, loaded):
    districts, shelters = loaded["districts"], loaded["shelters"]
    chosen = [f for f in districts.getFeatures()][:3]
    districts.selectByIds([f.id() for f in chosen])
    inside = [s.id() for s in shelters.getFeatures()
              if any(d.geometry().contains(s.geometry()) for d in chosen)]
    assert 0 < len(inside) < shelters.featureCount()
    shelters.selectByIds(inside)

    selected = _analyse(tmp_path, "selected",
                        QgsProcessingFeatureSourceDefinition(districts.id(), True),
                        QgsProcessingFeatureSourceDefinition(shelters.id(), True))
    # the same features as layers of their own
    only = {name: layer.materialize(QgsFeatureRequest().setFilterFids(layer.selectedFeatureIds()))
            for name, layer in loaded.items()}
    QgsProject.instance().addMapLayers(list(only.values()))
    try:
        want = _analyse(tmp_path, "only", only["districts"].id(), only["shelters"].id())
    finally:
        QgsProject.instance().removeMapLayers([layer.id() for layer in only.values()])
    whole = _analyse(tmp_path, "whole", districts.id(), shelters.id())

    assert selected == want
    assert set(selected[0]) == {str(f["district_id"]) for f in chosen}
    capacity = sum(f["capacity"] or 0 for f in shelters.getFeatures(QgsFeatureRequest().setFilterFids(inside)))
    assert float(selected[1]["places_total"]) == pytest.approx(capacity)
    assert selected != whole and len(whole[0]) == districts.featureCount()


def test_a_feature_limit_and_filter_apply(dispersion_provider, tmp_path, loaded):
    """The dialog's Advanced options of a source: a feature limit (3.14+) and a filter expression (3.32+)."""
    shelters = loaded["shelters"]
    limited = QgsProcessingFeatureSourceDefinition(shelters.id(), False, 5)
    first = list(shelters.getFeatures())[:5]
    result = _analyse(tmp_path, "limited", loaded["districts"].id(), limited)
    assert float(result[1]["places_total"]) == pytest.approx(sum(f["capacity"] or 0 for f in first))
    if "filterExpression" not in dir(QgsProcessingFeatureSourceDefinition):
        return  # QGIS before 3.32: no feature filter in the dialog
    filtered = QgsProcessingFeatureSourceDefinition(shelters.id(), False)
    filtered.filterExpression = f"$id <> {first[0].id()}"
    whole = _analyse(tmp_path, "all", loaded["districts"].id(), shelters.id())
    result = _analyse(tmp_path, "filtered", loaded["districts"].id(), filtered)
    expected = float(whole[1]["places_total"]) - (first[0]["capacity"] or 0)
    assert float(result[1]["places_total"]) == pytest.approx(expected)


def test_file_path_and_layer_id_give_equal_results(dispersion_provider, tmp_path, loaded):
    by_path = _analyse(tmp_path, "path", _sample("districts"), _sample("shelters"))
    by_id = _analyse(tmp_path, "id", loaded["districts"].id(), loaded["shelters"].id())
    assert by_path == by_id
    assert by_path[1]["places_total"] not in (None, "", "0")


@pytest.mark.parametrize("alg_id", ["dispersion:analyse", "dispersion:suggest", "dispersion:zensuspopulation"])
def test_a_bad_source_value_raises_invalid_source_error(dispersion_provider, tmp_path, alg_id):
    from qgis.core import QgsApplication

    bad = tmp_path / "not_a_layer.gpkg"
    bad.write_text("not a GeoPackage", encoding="utf-8")
    alg = QgsApplication.processingRegistry().createAlgorithmById(alg_id)
    parameters = {"DISTRICTS": str(bad)}
    expected = alg.invalidSourceError(parameters, "DISTRICTS")
    assert "DISTRICTS" in expected or "not_a_layer" in expected
    with pytest.raises(QgsProcessingException) as error:
        alg.input_source(parameters, "DISTRICTS", QgsProcessingContext())
    assert str(error.value) == expected
    if alg.parameterDefinition("HOTSPOTS") is not None:  # an optional source left empty is no error
        assert alg.input_source({"HOTSPOTS": None}, "HOTSPOTS", QgsProcessingContext()) == (None, None)


def test_the_inputs_are_feature_sources(dispersion_provider):
    from qgis.core import QgsApplication

    registry = QgsApplication.processingRegistry()
    for alg_id, keys in (("dispersion:analyse", ("DISTRICTS", "SHELTERS", "HOTSPOTS", "SERVICES")),
                         ("dispersion:suggest", ("DISTRICTS", "SHELTERS", "CANDIDATES", "HOTSPOTS", "SERVICES",
                                                 "RULES", "GROUP_DEMAND")),
                         ("dispersion:zensuspopulation", ("DISTRICTS",))):
        alg = registry.createAlgorithmById(alg_id)
        for key in keys:
            assert alg.parameterDefinition(key).type() == "source", (alg_id, key)


def _wgs84_points() -> QgsVectorLayer:
    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=shelter_id:string&field=capacity:integer", "pts", "memory")
    feature = QgsFeature(layer.fields())
    feature.setAttributes(["S1", 10])
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(7.77, 49.44)))
    layer.dataProvider().addFeatures([feature])
    return layer


def test_the_transform_context_chooses_the_datum_transformation(qgis_app):
    """A coordinate operation chosen in the project is the one used; without one the core reprojects."""
    from plugin.qgis_adapters.layers import layer_to_raw

    layer = _wgs84_points()
    plain = layer_to_raw(layer, "shelters", transform_context=QgsCoordinateTransformContext(), target_crs="EPSG:25832")
    assert plain.crs == "EPSG:4326"  # no choice in the context: the core reprojects as before
    context = QgsCoordinateTransformContext()
    shifted = ("+proj=pipeline +step +proj=unitconvert +xy_in=deg +xy_out=rad "
               "+step +proj=utm +zone=32 +ellps=GRS80 +step +proj=affine +xoff=1000")
    assert context.addCoordinateOperation(QgsCoordinateReferenceSystem("EPSG:4326"),
                                          QgsCoordinateReferenceSystem("EPSG:25832"), shifted)
    chosen = layer_to_raw(layer, "shelters", transform_context=context, target_crs="EPSG:25832")
    assert chosen.crs == "EPSG:25832"
    from pyproj import Transformer

    x, y = Transformer.from_crs("EPSG:4326", "EPSG:25832", always_xy=True).transform(7.77, 49.44)
    point = chosen.features[0].geometry
    assert point.x == pytest.approx(x + 1000, abs=0.01) and point.y == pytest.approx(y, abs=0.01)


def test_exportmap_maps_the_selected_districts_only(dispersion_provider, tmp_path, loaded):
    """The map reads the source too: an atlas of the selected districts has a page per selected district, and
    the copy keeps the layer's metadata (the sample stays marked as illustrative)."""
    import processing

    from plugin.export.sources import layer_metadata
    from plugin.processing.alg_exportmap import ExportMapAlgorithm

    districts = loaded["districts"]
    districts.selectByIds([f.id() for f in districts.getFeatures()][:2])

    def pages(value, tag):
        result = processing.run("dispersion:exportmap", {
            "DISTRICTS": value, "SHELTERS": loaded["shelters"].id(), "PUBLIC": True, "ATLAS": True,
            "OUTPUT": str(tmp_path / f"atlas_{tag}.pdf")})
        return result["PAGES"]

    selected, whole = pages(QgsProcessingFeatureSourceDefinition(districts.id(), True), "sel"), pages(districts.id(), "all")
    assert whole > selected >= 1
    assert whole - selected == districts.featureCount() - 2
    alg = ExportMapAlgorithm()
    alg.initAlgorithm({})
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    copy = alg._run_layer({"DISTRICTS": QgsProcessingFeatureSourceDefinition(districts.id(), True)}, "DISTRICTS", context)
    assert copy.featureCount() == 2 and copy.name() == districts.name()
    assert layer_metadata(copy)["illustrative"] == layer_metadata(districts)["illustrative"]
    assert alg._run_layer({"DISTRICTS": districts.id()}, "DISTRICTS", context) is districts


def test_importcsv_flags_against_the_selected_districts(dispersion_provider, loaded):
    """importcsv's reference extent is that of the districts the source keeps."""
    from plugin.processing.alg_importcsv import ImportCsvAlgorithm

    districts = loaded["districts"]
    first = next(iter(districts.getFeatures()))
    districts.selectByIds([first.id()])
    alg = ImportCsvAlgorithm()
    alg.initAlgorithm({})
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    whole, crs = alg._districts_extent({"DISTRICTS": districts.id()}, context)
    one, crs_one = alg._districts_extent({"DISTRICTS": QgsProcessingFeatureSourceDefinition(districts.id(), True)},
                                         context)
    box = first.geometry().boundingBox()
    assert crs == crs_one and one == pytest.approx((box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()))
    assert (one[2] - one[0]) * (one[3] - one[1]) < (whole[2] - whole[0]) * (whole[3] - whole[1])


def test_a_run_uses_the_projects_datum_transformation(dispersion_provider, tmp_path, loaded):
    """Shelters in WGS 84: with the project's default the run matches the sample's; with a coordinate operation
    chosen in the project (here one that moves everything 50 km east) the shelters leave the districts."""
    shelters = loaded["shelters"]
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    request = QgsFeatureRequest().setDestinationCrs(wgs84, QgsProject.instance().transformContext())
    copy = shelters.materialize(request)
    copy.setName("shelters_wgs84")
    project = QgsProject.instance()
    project.addMapLayer(copy)
    saved = project.transformContext()
    try:
        whole = _analyse(tmp_path, "utm", loaded["districts"].id(), shelters.id())
        plain = _analyse(tmp_path, "wgs84", loaded["districts"].id(), copy.id())
        assert plain[1]["places_total"] == whole[1]["places_total"]
        context = QgsCoordinateTransformContext(saved)
        target = loaded["districts"].crs()
        zone = target.authid().split(":")[1][-2:]
        assert context.addCoordinateOperation(wgs84, target, (
            "+proj=pipeline +step +proj=unitconvert +xy_in=deg +xy_out=rad "
            f"+step +proj=utm +zone={zone} +ellps=GRS80 +step +proj=affine +xoff=50000"))
        project.setTransformContext(context)
        moved = _analyse(tmp_path, "moved", loaded["districts"].id(), copy.id())
        assert moved[0] != whole[0] and plain[0] == whole[0]
    finally:
        project.setTransformContext(saved)
        project.removeMapLayer(copy.id())
