"""The analysis runs from Processing and from the dialog (background task) on the sample and on other layers."""
import pytest
from qgis.core import QgsProject, QgsVectorLayer

from test.fixtures.qgis_helpers import sample, wait_for


def test_analyse_algorithm_outputs(dispersion_provider, tmp_path):
    import processing

    result = processing.run("dispersion:analyse", {
        "DISTRICTS": sample("districts"), "SHELTERS": sample("shelters"), "HOTSPOTS": sample("hotspots"),
        "SERVICES": sample("services"), "PLACES_FIELD": "capacity", "PERMUTATIONS": 99, "SEED": 1,
        "DISTRICT_METRICS": str(tmp_path / "dm.gpkg"), "CITY_METRICS": str(tmp_path / "city.csv"),
        "REPORT": str(tmp_path / "report.html")})
    dm = QgsVectorLayer(result["DISTRICT_METRICS"], "dm", "ogr")
    assert dm.featureCount() == 18
    names = [f.name() for f in dm.fields()]
    for field in ("district_id", "name", "population", "places", "shelters", "per_1000", "lq", "gi_star_z", "gi_star_p", "gi_class"):
        assert field in names
    per = {f["district_id"]: f["per_1000"] for f in dm.getFeatures()}
    assert per["03"] == pytest.approx(350 / 11000 * 1000)
    city = QgsVectorLayer(result["CITY_METRICS"], "c", "ogr")
    metrics = {f["metric"]: f["value"] for f in city.getFeatures()}
    for key in ("places_total", "population_total", "per_1000_city", "moran_i", "moran_z_norm", "moran_p_sim", "gini",
                "theil", "hoover", "hhi", "dissimilarity", "clark_evans_r", "share_places_near_hotspots"):
        assert key in metrics, key
    assert float(metrics["places_total"]) == 1502
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "<svg" in html and "Gini" in html


def test_analyse_algorithm_rejects_bad_input_clearly(dispersion_provider, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    bad = QgsVectorLayer("Point?crs=EPSG:25832&field=shelter_id:string&field=capacity:integer&field=occupied:integer", "GU bad", "memory")
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY

    f = QgsFeature(bad.fields())
    f.setAttributes(["A", -5, 0])
    f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(410000, 5475000)))
    bad.dataProvider().addFeatures([f])
    with pytest.raises(QgsProcessingException) as err:
        processing.run("dispersion:analyse", {"DISTRICTS": sample("districts"), "SHELTERS": bad,
                                              "DISTRICT_METRICS": "TEMPORARY_OUTPUT", "CITY_METRICS": "TEMPORARY_OUTPUT"})
    assert "GU bad" in str(err.value) and "capacity" in str(err.value)


def test_dialog_runs_in_background_and_adds_layer(qgis_app, qgis_iface, qgis_new_project):
    from plugin.gui.analysis_dialog import AnalysisDialog
    from plugin.qgis_adapters.loading import load_sample

    load_sample(QgsProject.instance())
    dialog = AnalysisDialog(qgis_iface)
    assert dialog.districts.layer() is not None and dialog.shelters.layer() is not None
    dialog.permutations.setValue(99)
    dialog.run()
    wait_for(dialog, qgis_app)
    assert dialog.last_error is None
    assert dialog.result is not None and dialog.city_table.rowCount() > 10
    assert dialog.lorenz_chart.drawn and dialog.lorenz_chart.figure.axes  # drawn on the embedded canvas
    assert dialog.metrics_layer is not None and dialog.metrics_layer.featureCount() == 18
    # opens styled by places per 1,000 (issue 15 item 4); Gi* is the second, optional style
    assert dialog.metrics_layer.renderer().type() == "graduatedSymbol"
    dialog.close()


def test_dialog_reports_bad_input(qgis_app, qgis_iface, qgis_new_project):
    from plugin.gui.analysis_dialog import AnalysisDialog

    d = QgsVectorLayer("MultiPolygon?crs=EPSG:25832&field=district_id:string&field=name:string&field=population:integer",
                       "Bezirke", "memory")
    s = QgsVectorLayer("Point?crs=EPSG:25832&field=shelter_id:string&field=capacity:integer&field=occupied:integer",
                       "Unterkünfte", "memory")
    QgsProject.instance().addMapLayers([d, s])
    dialog = AnalysisDialog(qgis_iface)
    dialog.districts.layer_combo.setLayer(d)
    dialog.shelters.layer_combo.setLayer(s)
    dialog.run()
    wait_for(dialog, qgis_app)
    assert dialog.last_error is not None and "Bezirke" in dialog.last_error
    dialog.close()


def test_layers_in_different_crs_give_the_same_numbers(dispersion_provider):
    """Districts in WGS84 and shelters in UTM: reprojected on copies, same figures, and reported."""
    import processing
    from qgis.core import QgsProcessingFeedback

    wgs = processing.run("native:reprojectlayer", {"INPUT": sample("districts"), "TARGET_CRS": "EPSG:4326",
                                                   "OUTPUT": "memory:"})["OUTPUT"]
    assert wgs.crs().authid() == "EPSG:4326"

    class Recorder(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.lines = []

        def pushInfo(self, info):  # noqa: N802
            self.lines.append(info)

        def pushWarning(self, warning):  # noqa: N802
            self.lines.append(warning)

    feedback = Recorder()
    common = {"SHELTERS": sample("shelters"), "PERMUTATIONS": 0, "DISTRICT_METRICS": "memory:", "CITY_METRICS": "memory:"}
    a = processing.run("dispersion:analyse", dict(common, DISTRICTS=wgs), feedback=feedback)
    b = processing.run("dispersion:analyse", dict(common, DISTRICTS=sample("districts")))
    per_a = {f["district_id"]: f["per_1000"] for f in a["DISTRICT_METRICS"].getFeatures()}
    per_b = {f["district_id"]: f["per_1000"] for f in b["DISTRICT_METRICS"].getFeatures()}
    assert per_a == pytest.approx(per_b)
    assert any("reprojected" in line for line in feedback.lines)
