"""Results stay tidy: one visible results group below the inputs (at the top without them), timed names, re-runs replace, generated layers are no inputs."""
from __future__ import annotations

import datetime

from qgis.core import QgsProject, QgsVectorLayer

from plugin.qgis_adapters.i18n import tr
from plugin.qgis_adapters.layers import (
    GENERATED_PROPERTY,
    KEEP_PROPERTY,
    add_result_layer,
    generated_layers,
    is_generated,
    results_group,
    tidy_loaded_result,
)

WHEN = datetime.datetime(2026, 11, 30, 17, 42)


def metrics(name: str = "District metrics") -> QgsVectorLayer:
    return QgsVectorLayer("MultiPolygon?crs=EPSG:25832&field=district_id:string&field=name:string"
                          "&field=per_1000:double&field=gi_class:string", name, "memory")


def shelters(name: str) -> QgsVectorLayer:
    return QgsVectorLayer("Point?crs=EPSG:25832&field=shelter_id:string&field=name:string&field=capacity:integer"
                          "&field=occupied:integer", name, "memory")


def test_result_goes_to_visible_results_group_at_top_not_the_selected_one(qgis_new_project):
    project = QgsProject.instance()
    root = project.layerTreeRoot()
    hidden = root.addGroup("hidden planning group")
    hidden.setItemVisibilityChecked(False)
    root.insertGroup(0, "something else")
    layer = add_result_layer(metrics(), "district_metrics", when=WHEN)
    group = root.children()[0]
    assert group.name() == tr("Dispersion Planner results")
    assert group.itemVisibilityChecked() and group.findLayer(layer.id()) is not None
    assert group.findLayer(layer.id()).itemVisibilityChecked()
    assert hidden.findLayer(layer.id()) is None
    assert layer.name() == "District metrics 17:42"
    assert is_generated(layer) and layer.customProperty(GENERATED_PROPERTY)
    # a second result reuses the group, even when the user hid or moved it
    group.setItemVisibilityChecked(False)
    second = add_result_layer(metrics("Suggested sites"), "suggestions", when=WHEN)
    groups = [g for g in root.children() if g.name() == tr("Dispersion Planner results")]
    assert len(groups) == 1 and groups[0].findLayer(second.id()) is not None and groups[0].itemVisibilityChecked()
    assert results_group(project) is groups[0]


def test_rerun_replaces_previous_result_unless_kept(qgis_new_project):
    project = QgsProject.instance()
    first = add_result_layer(metrics(), "district_metrics", when=WHEN)
    first_id = first.id()
    second = add_result_layer(metrics(), "district_metrics", when=WHEN + datetime.timedelta(minutes=3))
    assert project.mapLayer(first_id) is None  # removed from the project, not only hidden
    assert second.name() == "District metrics 17:45"
    second.setCustomProperty(KEEP_PROPERTY, True)  # the planner keeps it
    third = add_result_layer(metrics(), "district_metrics", when=WHEN)
    assert project.mapLayer(second.id()) is not None and project.mapLayer(third.id()) is not None
    third_id = third.id()
    kept = add_result_layer(metrics(), "district_metrics", keep=True, when=WHEN)  # a kept run still replaces the unkept
    assert project.mapLayer(third_id) is None
    fourth = add_result_layer(metrics(), "district_metrics", when=WHEN)
    assert {lyr.id() for lyr in generated_layers(project)} == {second.id(), kept.id(), fourth.id()}
    # another kind is not replaced, and a planner's own layer never is
    own = metrics("my metrics")
    project.addMapLayer(own)
    sugg = add_result_layer(shelters("Suggested sites"), "suggestions", when=WHEN)
    add_result_layer(metrics(), "district_metrics", when=WHEN)
    assert project.mapLayer(sugg.id()) is not None and project.mapLayer(own.id()) is not None


def test_loaded_processing_result_is_marked_and_moved(qgis_new_project):
    project = QgsProject.instance()
    layer = metrics("District metrics")
    project.addMapLayer(layer)  # Processing adds it to the root
    tidy_loaded_result(layer, "district_metrics", project)
    group = results_group(project)
    assert group.findLayer(layer.id()) is not None and is_generated(layer)
    assert len(project.layerTreeRoot().findLayerIds()) == 1  # moved, not duplicated


def test_pickers_and_fusion_skip_generated_layers(qgis_app, qgis_new_project):
    from plugin.gui.fusion_dialog import looks_like_shelters
    from plugin.gui.widgets import LayerFieldMapper, find_layer_of_kind

    project = QgsProject.instance()
    own = shelters("Unterkünfte")
    project.addMapLayer(own)
    generated = add_result_layer(shelters("Shelters (export copy)"), "shelters", when=WHEN)
    assert find_layer_of_kind("shelters", project) is own
    mapper = LayerFieldMapper("shelters")
    assert generated.id() in {lyr.id() for lyr in mapper.layer_combo.exceptedLayerList()}
    assert mapper.layer() is own
    ids = [mapper.layer_combo.layer(i).id() for i in range(mapper.layer_combo.count()) if mapper.layer_combo.layer(i)]
    assert generated.id() not in ids and own.id() in ids
    assert looks_like_shelters(own) and not looks_like_shelters(generated)
    # an export copy carries the same mark
    copy = shelters("export copy")
    copy.setCustomProperty("dispersion/generated", "internal")
    assert is_generated(copy) and not looks_like_shelters(copy)
    copy.setCustomProperty("dispersion/generated", "false")
    assert not is_generated(copy)


def test_fusion_dialog_lists_no_generated_layer(qgis_app, qgis_iface, qgis_new_project):
    """An export's copies live outside the layer tree but in the project: the fusion list must not offer them."""
    from plugin.gui.fusion_dialog import FusionDialog

    project = QgsProject.instance()
    own = shelters("Unterkünfte")
    project.addMapLayer(own)
    copy = shelters("Gemeinschaftsunterkünfte (GU)")
    copy.setCustomProperty("dispersion/generated", "internal")
    project.addMapLayer(copy, False)
    dialog = FusionDialog(qgis_iface)
    assert own.id() in dialog.layer_ids and copy.id() not in dialog.layer_ids
    dialog.close()


def test_analysis_dialog_results_replace_each_other(qgis_app, qgis_iface, qgis_new_project):
    from plugin.gui.analysis_dialog import AnalysisDialog
    from plugin.qgis_adapters.loading import load_sample
    from test.fixtures.qgis_helpers import wait_for

    project = QgsProject.instance()
    load_sample(project)
    ids = []
    for _ in range(2):
        dialog = AnalysisDialog(qgis_iface)
        dialog.permutations.setValue(99)
        dialog.run()
        wait_for(dialog, qgis_app)
        assert dialog.last_error is None and dialog.metrics_layer is not None
        ids.append(dialog.metrics_layer.id())
        assert dialog.metrics_layer.renderer().classAttribute() == "per_1000"
        assert dialog.metrics_layer.name().startswith(tr("District metrics") + " ")
        dialog.close()
    assert project.mapLayer(ids[0]) is None and project.mapLayer(ids[1]) is not None
    # the results lie right below the inputs' group: the shelters stay drawn above the result choropleth,
    # and the input districts (the same districts without the figures) are hidden so they do not cover it
    root = project.layerTreeRoot()
    assert [c.name() for c in root.children()[:2]] == [tr("Kaiserslautern sample (illustrative)"),
                                                       tr("Dispersion Planner results")]
    layers = {lyr.customProperty("dispersion_planner/kind", ""): lyr for lyr in project.mapLayers().values()}
    assert not root.findLayer(layers["districts"].id()).itemVisibilityChecked()
    assert root.findLayer(layers["shelters"].id()).isVisible()


def test_processing_output_is_styled_by_per_1000_and_tidied(qgis_new_project):
    from plugin.processing.postprocess import StylePostProcessor

    project = QgsProject.instance()
    layer = metrics("District metrics")
    project.addMapLayer(layer)
    StylePostProcessor("district_metrics").postProcessLayer(layer, None, None)
    assert layer.renderer().type() == "graduatedSymbol" and layer.renderer().classAttribute() == "per_1000"
    assert "Gi* hot/cold spots" in layer.styleManager().styles()
    assert is_generated(layer) and results_group(project).findLayer(layer.id()) is not None
    # an input kind (the loaded sample) is styled but neither marked nor moved
    own = shelters("Unterkünfte")
    project.addMapLayer(own)
    StylePostProcessor("shelters").postProcessLayer(own, None, None)
    assert not is_generated(own) and project.layerTreeRoot().findLayer(own.id()).parent() is project.layerTreeRoot()
