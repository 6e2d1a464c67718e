"""dispersion:suggest with a walking network and the Kita rule (issue 18): NETWORK, KITA_RULE, KITA_UNDER6_SHARE,
KITA_MAX_DISTANCE, AGE_TABLE on the sample, the network a generated street grid (memory layer)."""
from __future__ import annotations

from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

from test.fixtures.qgis_helpers import sample
from test.qgis.test_placement_dialog_and_alg import base_params


def grid_network(step=500.0, x0=401000.0, y0=5468000.0, x1=416000.0, y1=5484000.0) -> QgsVectorLayer:
    """A street grid over the sample (EPSG:25832), a vertex at every junction."""
    layer = QgsVectorLayer("LineString?crs=EPSG:25832", "Wegenetz (Test)", "memory")
    feats = []
    xs = [x0 + i * step for i in range(int((x1 - x0) / step) + 1)]
    ys = [y0 + i * step for i in range(int((y1 - y0) / step) + 1)]
    for y in ys:
        f = QgsFeature()
        f.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(x, y) for x in xs]))
        feats.append(f)
    for x in xs:
        f = QgsFeature()
        f.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(x, y) for y in ys]))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def services_with_capacity(places: int) -> QgsVectorLayer:
    """The sample's services in memory, every Kita with ``places`` places."""
    src = QgsVectorLayer(sample("services"), "s", "ogr")
    out = QgsVectorLayer(f"Point?crs={src.crs().authid()}&field=service_id:string&field=name:string"
                         "&field=category:string&field=capacity:integer", "Angebote", "memory")
    feats = []
    for f in src.getFeatures():
        g = QgsFeature(out.fields())
        g.setGeometry(f.geometry())
        for name in ("service_id", "name", "category"):
            g[name] = f[name]
        g["capacity"] = places if f["category"] == "kita" else None
        feats.append(g)
    out.dataProvider().addFeatures(feats)
    return out


def test_suggest_walks_on_the_network_and_says_so(dispersion_provider, tmp_path):
    import processing

    line = processing.run("dispersion:suggest", base_params(tmp_path / "a"))
    walk = processing.run("dispersion:suggest", base_params(tmp_path / "b", NETWORK=grid_network()))
    assert line["STATUS"] == walk["STATUS"] == "optimal"
    assert "straight line" in line["MESSAGE"] or "Luftlinie" in line["MESSAGE"]
    assert "walking" in walk["MESSAGE"] or "Fuß" in walk["MESSAGE"]
    if walk["STATUS"] == "optimal":
        s = QgsVectorLayer(walk["SUGGESTIONS"], "s", "ogr")
        reasons = [f["reason"] for f in s.getFeatures()]
        assert reasons and all(("on foot" in r) or ("zu Fuß" in r) for r in reasons), reasons[:2]


def test_suggest_kita_rule_reports_missing_places(dispersion_provider, tmp_path):
    import processing

    ages = tmp_path / "ages.csv"
    rows = ["district_id;age_from;age_to;count"]
    districts = QgsVectorLayer(sample("districts"), "d", "ogr")
    rows += [f"{f['district_id']};0;6;400" for f in districts.getFeatures()]
    ages.write_text("\n".join(rows) + "\n", encoding="utf-8")
    common = dict(SERVICE_CATEGORIES="", KITA_RULE=True, KITA_UNDER6_SHARE=0.3, KITA_MAX_DISTANCE=1500,
                  AGE_TABLE=str(ages), HOTSPOT_MAX_PLACES=None)
    from qgis.core import QgsProcessingFeedback

    class Log(QgsProcessingFeedback):
        lines: list = []

        def pushInfo(self, info):  # noqa: N802
            self.lines.append(info)

    log = Log()
    full = processing.run("dispersion:suggest", base_params(tmp_path / "full", SERVICES=services_with_capacity(5),
                                                            **common), feedback=log)
    assert full["STATUS"] == "infeasible"
    text = "\n".join(log.lines)
    assert ("Kita places are missing" in text or "Kita-Plätze fehlen" in text), text
    roomy = processing.run("dispersion:suggest", base_params(tmp_path / "roomy", SERVICES=services_with_capacity(5000),
                                                             **common))
    assert roomy["STATUS"] == "optimal", roomy["MESSAGE"]


def test_placement_dialog_walks_and_counts_kita_places(qgis_app, qgis_iface, qgis_new_project, tmp_path):
    from qgis.core import QgsProject

    from plugin.core.i18n import render
    from plugin.gui.placement_dialog import PlacementDialog
    from plugin.qgis_adapters.loading import load_sample
    from test.fixtures.qgis_helpers import wait_for

    project = QgsProject.instance()
    load_sample(project)
    net, services = grid_network(), services_with_capacity(60)
    project.addMapLayers([net, services])
    dialog = PlacementDialog(qgis_iface)
    dialog.mappers["services"].layer_combo.setLayer(services)
    dialog.kita_inputs.network.setLayer(net)
    dialog.kita_inputs.capacity.setField("capacity")
    dialog.category_boxes["kita"].setChecked(True)
    dialog.service_distance.setValue(1500)
    dialog.kita_rule.setChecked(True)
    assert dialog.kita_share.isEnabled()
    dialog.kita_share.setValue(20.0)
    dialog.run()
    wait_for(dialog, qgis_app)
    r = dialog.result
    assert r is not None and dialog.params.kita_rule and dialog.params.kita_under6_share == 0.2
    assert "walking" in render(r.message, "en")
    assert r.status == "optimal" and r.sites, render(r.message, "en")
    reason = render(r.sites[0]["reason"], "en")
    assert "on foot" in reason and "Kita places:" in reason, reason
    dialog.close()
