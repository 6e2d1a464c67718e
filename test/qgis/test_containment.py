"""One rule for "a shelter is in a district": the analysis core and the per_1000 layer expression agree.

Shelters on a boundary shared by two districts are the case where "intersects each district" (counted
twice) and "the first district that intersects" (counted once) differ; see core.geometry.IN_DISTRICT_RULE.
"""
import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProject, QgsVectorLayer

from plugin.core.metrics.analysis import analyse
from plugin.core.validation import build_planning_data, errors
from plugin.qgis_adapters.layers import layer_to_raw
from plugin.qgis_adapters.loading import add_per_1000_field

SQUARES = {"W": (0, 0, 100, 100), "E": (100, 0, 200, 100), "N": (0, 100, 200, 200)}
# (id, x, y, capacity): on the W/E edge, on the corner of all three, inside E, inside W, on the N/E edge
SHELTERS = [("edge", 100, 50, 10), ("corner", 100, 100, 20), ("east", 150, 50, 40), ("west", 50, 50, 80),
            ("top", 150, 100, 160)]


def _layers(order, shelter_crs="EPSG:25832"):
    districts = QgsVectorLayer("Polygon?crs=EPSG:25832&field=district_id:string&field=name:string"
                               "&field=population:integer", "districts", "memory")
    feats = []
    for did in order:
        x0, y0, x1, y1 = SQUARES[did]
        f = QgsFeature(districts.fields())
        f.setAttributes([did, did, 1000])
        f.setGeometry(QgsGeometry.fromWkt(f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"))
        feats.append(f)
    districts.dataProvider().addFeatures(feats)
    shelters = QgsVectorLayer(f"Point?crs={shelter_crs}&field=shelter_id:string&field=capacity:integer"
                              "&field=occupied:integer", "shelters", "memory")
    feats = []
    for sid, x, y, cap in SHELTERS:
        f = QgsFeature(shelters.fields())
        f.setAttributes([sid, cap, 0])
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        feats.append(f)
    shelters.dataProvider().addFeatures(feats)
    QgsProject.instance().addMapLayers([districts, shelters], False)
    return districts, shelters


@pytest.mark.parametrize("order", [("W", "E", "N"), ("E", "N", "W"), ("N", "E", "W")])
def test_boundary_shelters_count_once_in_core_and_expression(qgis_new_project, order):
    districts, shelters = _layers(order)
    try:
        add_per_1000_field(districts, shelters)
        from_expression = {f["district_id"]: f["per_1000"] for f in districts.getFeatures()}
        data, issues = build_planning_data([layer_to_raw(districts, "districts"), layer_to_raw(shelters, "shelters")])
        assert not errors(issues)
        result = analyse(data, permutations=0)
        from_core = {row["district_id"]: row["per_1000"] for row in result.districts}
        assert from_expression == pytest.approx(from_core)
        # every place counted exactly once, boundary shelters in the first district (by feature id) touching them
        assert sum(row["places"] for row in result.districts) == sum(s[3] for s in SHELTERS)
        first = {"edge": next(d for d in order if d in "WE"), "corner": order[0], "top": next(d for d in order if d in "EN")}
        expected = {d: 0 for d in SQUARES}
        for sid, _, _, cap in SHELTERS:
            expected[first.get(sid, "E" if sid == "east" else "W")] += cap
        assert from_expression == pytest.approx({d: expected[d] for d in SQUARES})
    finally:
        QgsProject.instance().removeMapLayers([districts.id(), shelters.id()])
