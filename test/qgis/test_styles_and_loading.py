"""Style presets apply, appear in the style menu, and the sample loads into a project group."""
import pytest
from qgis.core import QgsProject, QgsVectorLayer

from plugin.qgis_adapters.styles import PRESETS, apply_preset, preset_title, qml_path, style_layer
from test.fixtures.paths import SAMPLE_GPKG


@pytest.mark.parametrize("preset", sorted(PRESETS))
def test_every_qml_exists_and_applies(preset):
    assert qml_path(preset).exists()
    geom = "MultiPolygon" if preset.startswith("district") else "Point"
    lyr = QgsVectorLayer(f"{geom}?crs=EPSG:25832&field=per_1000:double&field=gi_class:string&field=capacity:integer"
                         "&field=occupied:integer&field=category:string&field=places:integer&field=max_places:integer"
                         "&field=radius_m:double&field=name:string", "t", "memory")
    assert apply_preset(lyr, preset)


def test_load_sample_adds_styled_group(qgis_new_project):
    from plugin.qgis_adapters.loading import load_sample

    project = QgsProject.instance()
    layers = load_sample(project)
    assert set(layers) == {"districts", "shelters", "hotspots", "services", "candidates", "network"}
    # the schematic walking network (issue 18): plain grey lines right above the districts, below every point
    group = project.layerTreeRoot().findLayer(layers["districts"].id()).parent()
    order = [child.layer() for child in group.children()]
    assert order.index(layers["network"]) == order.index(layers["districts"]) - 1
    assert layers["network"].renderer().type() == "singleSymbol"
    group = project.layerTreeRoot().children()[0]
    assert len(group.children()) == 6  # five contract layers and the walking network
    d = layers["districts"]
    assert d.renderer().type() == "graduatedSymbol" and d.renderer().classAttribute() == "per_1000"
    per = {f["district_id"]: f["per_1000"] for f in d.getFeatures()}
    assert per["03"] == pytest.approx(350 / 11000 * 1000)  # GU-04 + GU-05 in Innenstadt West
    assert preset_title("districts_per_1000") in d.styleManager().styles()
    assert layers["services"].renderer().type() == "categorizedSymbol"
    assert d.readOnly()  # the shipped sample is never edited


def test_style_menu_switch_keeps_expression_field(qgis_new_project):
    from plugin.qgis_adapters.loading import load_sample

    layers = load_sample(QgsProject.instance())
    d = layers["districts"]
    style_layer(d, "district_metrics")
    manager = d.styleManager()
    assert len(manager.styles()) > 1, manager.styles()
    for name in manager.styles():
        manager.setCurrentStyle(name)
        assert d.fields().indexFromName("per_1000") >= 0


def test_per_1000_field_works_across_crs_and_counts_active_shelters(qgis_new_project, qgis_processing):
    import processing
    from qgis.core import edit

    from plugin.qgis_adapters.loading import add_per_1000_field

    districts = QgsVectorLayer(f"{SAMPLE_GPKG}|layername=districts", "d", "ogr")
    shelters = processing.run("native:reprojectlayer", {"INPUT": f"{SAMPLE_GPKG}|layername=shelters",
                                                        "TARGET_CRS": "EPSG:4326", "OUTPUT": "memory:"})["OUTPUT"]
    QgsProject.instance().addMapLayers([districts, shelters])
    add_per_1000_field(districts, shelters)
    per = {f["district_id"]: f["per_1000"] for f in districts.getFeatures()}
    assert per["03"] == pytest.approx(350 / 11000 * 1000)
    with edit(shelters):  # a closed shelter no longer counts, as in the analysis
        for f in shelters.getFeatures():
            if f["shelter_id"] == "GU-05":
                shelters.changeAttributeValue(f.id(), shelters.fields().indexFromName("status"), "closed")
    per = {f["district_id"]: f["per_1000"] for f in districts.getFeatures()}
    assert per["03"] == pytest.approx(200 / 11000 * 1000)


def test_sample_legend_speaks_the_interface_language(qgis_new_project, german):
    """The presets' labels are English in the QML; the layer panel shows them in German in a German QGIS, and the
    walking network hides at city scale (a street grid over the districts' colours reads as hatching)."""
    from plugin.qgis_adapters.loading import NETWORK_VISIBLE_FROM_SCALE, load_sample

    layers = load_sample(QgsProject.instance())
    labels = [c.label() for c in layers["services"].renderer().categories()]
    assert "Kinderbetreuung (Kita)" in labels and "Childcare (Kita)" not in labels
    occupancy = [r.label() for r in layers["shelters"].renderer().ranges()]
    assert any("belegt" in label for label in occupancy), occupancy
    network = layers["network"]
    assert network.hasScaleBasedVisibility() and network.minimumScale() == NETWORK_VISIBLE_FROM_SCALE
    assert not network.isInScaleRange(140000) and network.isInScaleRange(10000)


def test_export_in_english_from_a_german_panel_translates_from_the_preset(qgis_new_project, german):
    """A copy of a layer whose panel shows German labels gets English ones in an English export (and back)."""
    from plugin.export.language import export_language, localise_legend
    from plugin.qgis_adapters.loading import load_sample

    services = load_sample(QgsProject.instance())["services"]
    copy = services.clone()
    with export_language("en"):
        localise_legend(copy)
    assert "Childcare (Kita)" in [c.label() for c in copy.renderer().categories()]
    with export_language("de"):
        localise_legend(copy)
    assert "Kinderbetreuung (Kita)" in [c.label() for c in copy.renderer().categories()]


def test_profile_sample_is_copied_once_and_again_when_the_shipped_file_changes(tmp_path, monkeypatch):
    """The desktop loads the sample from a copy (QGIS opens a GeoPackage for writing); the copy is reused while
    the shipped file is the same, so a copy open in a project is not replaced under it."""
    import shutil

    from plugin.qgis_adapters import loading

    shipped = tmp_path / "shipped" / loading.SAMPLE_GPKG.name
    shipped.parent.mkdir()
    shutil.copyfile(loading.SAMPLE_GPKG, shipped)
    monkeypatch.setattr(loading, "SAMPLE_GPKG", shipped)
    folder = tmp_path / "profile"
    first = loading.profile_sample(folder)
    assert first.read_bytes() == shipped.read_bytes()
    first.write_bytes(first.read_bytes() + b"\0")  # what QGIS's journal does to the copy
    assert loading.profile_sample(folder).read_bytes() != shipped.read_bytes()  # reused as it is
    shipped.write_bytes(shipped.read_bytes() + b"\0\0")  # a new plugin version ships a new sample
    assert loading.profile_sample(folder).read_bytes() == shipped.read_bytes()
    assert not list(folder.glob("*.part"))
