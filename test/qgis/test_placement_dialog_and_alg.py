"""dispersion:suggest and the placement dialog on the sample: suggestions, reasons, infeasibility, rules tables."""
import pytest
from qgis.core import QgsProject, QgsVectorLayer

from test.fixtures.qgis_helpers import sample, wait_for


def base_params(tmp_path, **extra):
    params = {"DISTRICTS": sample("districts"), "SHELTERS": sample("shelters"), "CANDIDATES": sample("candidates"),
              "HOTSPOTS": sample("hotspots"), "SERVICES": sample("services"), "PLACES": 300, "MAX_PER_1000": 15,
              "MIN_SPACING_M": 500, "HOTSPOT_MAX_PLACES": 100, "SERVICE_CATEGORIES": "kita,school",
              "SERVICE_MAX_DISTANCE_M": 1500, "SUGGESTIONS": str(tmp_path / "s.gpkg"),
              "DISTRICT_METRICS_AFTER": str(tmp_path / "after.gpkg"), "REPORT": str(tmp_path / "r.html")}
    params.update(extra)
    return params


def test_suggest_algorithm_on_sample(dispersion_provider, tmp_path):
    import processing

    result = processing.run("dispersion:suggest", base_params(tmp_path, ALTERNATIVES=1))
    assert result["STATUS"] == "optimal"
    s = QgsVectorLayer(result["SUGGESTIONS"], "s", "ogr")
    main = [f for f in s.getFeatures() if f["alternative"] == 0]
    assert sum(f["places"] for f in main) == 300
    assert all(f["reason"] and f["district_id"] for f in main)
    assert any(f["alternative"] == 1 for f in s.getFeatures())
    after = QgsVectorLayer(result["DISTRICT_METRICS_AFTER"], "a", "ogr")
    assert max(f["per_1000_after"] for f in after.getFeatures() if f["places_new"] > 0) <= 15 + 1e-9
    assert "optimal" in (tmp_path / "r.html").read_text(encoding="utf-8")


def test_suggest_algorithm_reports_infeasible_with_relaxation(dispersion_provider, tmp_path):
    import processing

    result = processing.run("dispersion:suggest", base_params(tmp_path, PLACES=3000, HOTSPOT_MAX_PLACES=None,
                                                              SERVICE_CATEGORIES=""))
    assert result["STATUS"] == "infeasible"
    assert "MAX_PER_1000" in result["MESSAGE"] or "room for" in result["MESSAGE"]


def test_suggest_with_rules_and_group_demand_csv(dispersion_provider, tmp_path):
    import processing

    rules = tmp_path / "rules.csv"
    rules.write_text("group_a;group_b;relation;distance_m;note\nukrainian;syrian;separate;1500;planner's rule\n", encoding="utf-8")
    demand = tmp_path / "demand.csv"
    demand.write_text("group_label;places\nukrainian;100\nsyrian;100\n", encoding="utf-8")
    result = processing.run("dispersion:suggest", base_params(tmp_path, RULES=str(rules), GROUP_DEMAND=str(demand)))
    assert result["STATUS"] in ("optimal", "feasible")
    s = QgsVectorLayer(result["SUGGESTIONS"], "s", "ogr")
    by_group = {}
    for f in s.getFeatures():
        by_group[f["group_label"]] = by_group.get(f["group_label"], 0) + f["places"]
    assert by_group == {"ukrainian": 100, "syrian": 100}


def test_unknown_service_category_is_a_clear_error(dispersion_provider, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="Unknown service categories: kitas"):
        processing.run("dispersion:suggest", base_params(tmp_path, SERVICE_CATEGORIES="kitas"))


def test_placement_dialog_runs_and_adds_layers(qgis_app, qgis_iface, qgis_new_project, tmp_path):
    from plugin.gui.placement_dialog import PlacementDialog
    from plugin.qgis_adapters.loading import load_sample

    load_sample(QgsProject.instance())
    dialog = PlacementDialog(qgis_iface)
    dialog.rules_editor.add_row({"group_a": "a", "group_b": "b", "relation": "separate", "distance_m": "800"})
    dialog.rules_editor.save_csv(str(tmp_path / "rules.csv"))
    dialog.rules_editor.set_rows([])
    dialog.rules_editor.load_csv(str(tmp_path / "rules.csv"))
    assert dialog.rules_editor.rows() == [{"group_a": "a", "group_b": "b", "relation": "separate", "distance_m": "800", "note": ""}]
    dialog.rules_editor.set_rows([])
    dialog.alternatives.setValue(2)
    dialog.run()
    wait_for(dialog, qgis_app)
    assert dialog.last_error is None, dialog.last_error
    assert dialog.result.status == "optimal"
    assert dialog.sites_table.rowCount() == len(dialog.result.sites) > 0
    assert dialog.alternatives_table.columnCount() == 1 + 1 + 2
    assert len(dialog.added_layers) == 2 and dialog.added_layers[0].featureCount() > 0
    dialog.places.setValue(5000)
    dialog.run()
    wait_for(dialog, qgis_app)
    assert dialog.result.status == "infeasible" and dialog.result.diagnosis
    dialog.close()
