"""'Add planning layers…' maps differing field names, reports problems and styles layers."""
from qgis.core import QgsProject

from plugin.gui.layers_dialog import PlanningLayersDialog, open_vector_file
from plugin.qgis_adapters.layers import stored_field_map


def german_layers(tmp_path):
    """A city's own GeoJSON files with German field names."""
    d = tmp_path / "bezirke.geojson"
    d.write_text('{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::25832"}},'
                 '"features":[{"type":"Feature","properties":{"Nummer":"01","Bezirk":"Mitte","Einwohner":5000},'
                 '"geometry":{"type":"Polygon","coordinates":[[[0,0],[1000,0],[1000,1000],[0,1000],[0,0]]]}}]}')
    s = tmp_path / "unterkuenfte.geojson"
    s.write_text('{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::25832"}},'
                 '"features":[{"type":"Feature","properties":{"ID":"A","Kapazitaet":50,"Belegt":60},'
                 '"geometry":{"type":"Point","coordinates":[500,500]}}]}')
    return d, s


def test_dialog_maps_fields_and_reports(qgis_iface, qgis_new_project, tmp_path):
    d, s = german_layers(tmp_path)
    project = QgsProject.instance()
    layers = open_vector_file(str(d)) + open_vector_file(str(s))
    for layer in layers:
        project.addMapLayer(layer)
    dialog = PlanningLayersDialog(qgis_iface)
    dialog.mappers["districts"].layer_combo.setLayer(layers[0])
    dialog.mappers["shelters"].layer_combo.setLayer(layers[1])
    assert dialog.mappers["districts"].field_map() == {"district_id": "Nummer", "name": "Bezirk", "population": "Einwohner"}
    assert dialog.mappers["shelters"].field_map()["capacity"] == "Kapazitaet"
    assert dialog.check()  # only a warning: occupied > capacity
    texts = [dialog.issue_list.item(i).text() for i in range(dialog.issue_list.count())]
    assert any("occupied (60) exceeds capacity (50)" in t for t in texts)
    dialog.apply()
    assert stored_field_map(layers[1])["occupied"] == "Belegt"
    assert layers[0].renderer().type() == "graduatedSymbol"
    values = [f["per_1000"] for f in layers[0].getFeatures()]
    assert values == [10.0]  # 50 places / 5,000 inhabitants
    dialog.close()
