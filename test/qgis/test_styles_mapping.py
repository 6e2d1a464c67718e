"""Styles, labels and the per_1000 field follow the layer's field mapping: German names draw like the sample."""
from __future__ import annotations

import pytest
from qgis.core import (
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeature,
    QgsField,
    QgsMapRendererSequentialJob,
    QgsMapSettings,
    QgsProject,
    QgsRenderContext,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor

from plugin import compat
from plugin.qgis_adapters.layers import store_field_map
from plugin.qgis_adapters.loading import add_per_1000_field
from plugin.qgis_adapters.styles import field_renames, rewrite_expression, style_layer
from test.fixtures.paths import SAMPLE_GPKG

GERMAN = {
    "districts": {"district_id": "Stadtteil_Nr", "name": "Stadtteil", "population": "Einwohner"},
    "shelters": {"shelter_id": "GU_Nr", "name": "Bezeichnung", "capacity": 'Plätze "max"', "occupied": "Belegt",
                 "status": "Zustand"},
}


def copy_layer(table: str, renames: dict, name: str) -> QgsVectorLayer:
    """A memory copy of a sample table with its fields renamed (the planner's own data)."""
    src = QgsVectorLayer(f"{SAMPLE_GPKG}|layername={table}", table, "ogr")
    assert src.isValid()
    geom = "MultiPolygon" if table == "districts" else "Point"
    layer = QgsVectorLayer(f"{geom}?crs={src.crs().authid()}", name, "memory")
    fields = [f for f in src.fields() if f.name() != "fid"]
    layer.dataProvider().addAttributes([QgsField(renames.get(f.name(), f.name()), f.type()) for f in fields])
    layer.updateFields()
    feats = []
    for sf in src.getFeatures():
        f = QgsFeature(layer.fields())
        f.setAttributes([sf[fd.name()] for fd in fields])
        f.setGeometry(sf.geometry())
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    layer.updateExtents()
    return layer


def planning_pair(german: bool):
    tag = "de" if german else "en"
    districts = copy_layer("districts", GERMAN["districts"] if german else {}, f"districts {tag}")
    shelters = copy_layer("shelters", GERMAN["shelters"] if german else {}, f"shelters {tag}")
    QgsProject.instance().addMapLayers([districts, shelters])
    if german:  # the mapping as the layers dialog stores it
        store_field_map(districts, "districts", GERMAN["districts"])
        store_field_map(shelters, "shelters", GERMAN["shelters"])
    add_per_1000_field(districts, shelters)
    style_layer(districts, "districts")
    style_layer(shelters, "shelters")
    return districts, shelters


def render(layer: QgsVectorLayer, extent):
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setExtent(extent)
    settings.setOutputSize(QSize(1200, 1200))
    settings.setDestinationCrs(layer.crs())
    settings.setBackgroundColor(QColor(255, 255, 255))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    white = QColor(255, 255, 255).rgb()
    pixels = sum(1 for y in range(0, image.height()) for x in range(0, image.width()) if image.pixel(x, y) != white)
    labels = job.takeLabelingResults()
    texts = sorted(p.labelText for p in labels.allLabels()) if labels is not None else []
    return pixels, texts


def expression_errors(layer: QgsVectorLayer, expression: str) -> str:
    expr = QgsExpression(expression)
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    expr.prepare(context)
    missing = [c for c in expr.referencedColumns() if layer.fields().indexFromName(c) < 0]
    return expr.parserErrorString() or expr.evalErrorString() or ", ".join(missing)


def test_rewrite_expression_quotes_mapped_names():
    renames = {"capacity": 'Plätze "max"', "occupied": "Belegt", "name": "Stadtteil"}
    assert rewrite_expression('"occupied" / nullif("capacity", 0)', renames) == '"Belegt" / nullif("Plätze ""max""", 0)'
    # bare names, strings, variables and functions
    assert rewrite_expression("scale_linear(capacity, 0, 1, 2, 3) || 'name' || @name || name",
                              renames) == "scale_linear(\"Plätze \"\"max\"\"\", 0, 1, 2, 3) || 'name' || @name || \"Stadtteil\""
    assert rewrite_expression('"places"', renames) == '"places"'
    assert rewrite_expression("x", {}) == "x"


def test_german_fields_draw_like_sample(qgis_new_project):
    de_d, de_s = planning_pair(True)
    en_d, en_s = planning_pair(False)
    assert field_renames(de_s, "shelters")["capacity"] == 'Plätze "max"'
    # every expression on the shelters layer refers to existing fields
    assert not expression_errors(de_s, de_s.renderer().classAttribute())
    for sym in de_s.renderer().symbols(QgsRenderContext()):
        for sl in sym.symbolLayers():
            for key in sl.dataDefinedProperties().propertyKeys():
                prop = sl.dataDefinedProperties().property(key)
                if prop.expressionString():
                    assert not expression_errors(de_s, prop.expressionString()), prop.expressionString()
    # the per_1000 virtual field gives the sample's numbers with German fields
    per_de = {f["Stadtteil_Nr"]: f["per_1000"] for f in de_d.getFeatures()}
    per_en = {f["district_id"]: f["per_1000"] for f in en_d.getFeatures()}
    assert per_de == pytest.approx(per_en) and any(v for v in per_en.values())
    extent = en_d.extent()
    extent.scale(1.05)
    px_de, _ = render(de_s, extent)
    px_en, _ = render(en_s, extent)
    print(f"shelter pixels: sample {px_en}, German {px_de}")
    assert px_en > 0 and px_de == px_en
    dpx_de, labels_de = render(de_d, extent)
    dpx_en, labels_en = render(en_d, extent)
    assert dpx_en > 0 and dpx_de == dpx_en
    print(f"district pixels: sample {dpx_en}, German {dpx_de}; labels {len(labels_en)} / {len(labels_de)}")
    assert labels_en and labels_de == labels_en
    names = {f["name"] for f in en_d.getFeatures()}
    assert set(labels_de) <= names and len(labels_de) >= len(names) // 2


def test_layer_without_mapping_keeps_preset_names(qgis_new_project):
    _, en_s = planning_pair(False)
    assert field_renames(en_s, "shelters") == {}
    assert en_s.renderer().classAttribute() == '"occupied" / nullif("capacity", 0)'


def test_metrics_layer_styled_by_per_1000_with_gi_as_second_style(qgis_new_project):
    from plugin.core.outputs import DISTRICT_METRICS_FIELDS
    from plugin.qgis_adapters.layers import memory_layer
    from plugin.qgis_adapters.styles import gi_note, preset_title

    src = QgsVectorLayer(f"{SAMPLE_GPKG}|layername=districts", "d", "ogr")
    from shapely import wkb

    rows = []
    for i, f in enumerate(src.getFeatures()):
        rows.append(({"district_id": f["district_id"], "name": f["name"], "per_1000": [0, 3.5, 12, 40, 92][i % 5],
                      "gi_class": "none"}, wkb.loads(bytes(f.geometry().asWkb()))))
    layer = memory_layer("District metrics", "polygon", "EPSG:25832", DISTRICT_METRICS_FIELDS, rows)
    assert style_layer(layer, "district_metrics")
    renderer = layer.renderer()
    assert renderer.type() == "graduatedSymbol" and renderer.classAttribute() == "per_1000"
    ranges = renderer.ranges()
    assert 3 <= len(ranges) <= 6
    assert all("places per 1,000 residents" in r.label() for r in ranges[1:])
    assert ranges[-1].upperValue() >= 92 and ranges[0].upperValue() < 0.001
    styles = layer.styleManager().styles()
    assert preset_title("district_metrics_gi") == "Gi* hot/cold spots" and "Gi* hot/cold spots" in styles
    assert layer.styleManager().currentStyle() == preset_title("districts_per_1000")
    assert gi_note() in layer.metadata().abstract()
    layer.styleManager().setCurrentStyle("Gi* hot/cold spots")
    assert layer.renderer().type() == "categorizedSymbol" and layer.renderer().classAttribute() == "gi_class"


OWN_FIELDS = {
    "hotspots": ("Point", {"hotspot_id": "Nr.", "name": "Bezeichnung", "radius_m": "Radius (m)"}),
    "services": ("Point", {"service_id": "ID", "name": "Einrichtung", "category": "Kategorie"}),
    "candidates": ("Point", {"site_id": "Standort_Nr", "name": "Standort", "max_places": 'Plätze "max"'}),
    "shelters": ("Point", GERMAN["shelters"]),
    "districts": ("MultiPolygon", GERMAN["districts"]),
}


def layer_expressions(layer: QgsVectorLayer):
    """Every expression or field reference the current style puts on ``layer``."""
    out = []
    renderer = layer.renderer()
    if hasattr(renderer, "classAttribute"):
        out.append(renderer.classAttribute())
    symbols = list(renderer.symbols(QgsRenderContext()))
    while symbols:
        sym = symbols.pop()
        for sl in sym.symbolLayers():
            if hasattr(sl, "geometryExpression"):
                out.append(sl.geometryExpression())
            if sl.subSymbol() is not None:
                symbols.append(sl.subSymbol())
            props = sl.dataDefinedProperties()
            for key in props.propertyKeys():
                prop = props.property(key)
                out.append(QgsExpression.quotedColumnRef(prop.field()) if prop.field() else prop.expressionString())
    if layer.labelsEnabled() and layer.labeling() is not None:
        settings = layer.labeling().settings()
        out.append(settings.fieldName if settings.isExpression else QgsExpression.quotedColumnRef(settings.fieldName))
    return [e for e in out if e]


@pytest.mark.parametrize("kind", sorted(OWN_FIELDS))
def test_every_preset_refers_only_to_the_layers_fields(qgis_new_project, kind):
    geom, renames = OWN_FIELDS[kind]
    uri = f"{geom}?crs=EPSG:25832" + "".join(f"&field={name}:string" for name in ("x",))
    layer = QgsVectorLayer(uri, kind, "memory")
    numeric = ("Pl", "Radius", "Belegt", "Einwohner")
    layer.dataProvider().addAttributes(
        [QgsField(name, compat.FIELD_DOUBLE if name.startswith(numeric) else compat.FIELD_STRING) for name in renames.values()]
        + [QgsField("per_1000", compat.FIELD_DOUBLE)])
    layer.updateFields()
    QgsProject.instance().addMapLayer(layer)
    store_field_map(layer, kind, renames)
    assert style_layer(layer, kind)
    expressions = layer_expressions(layer)
    assert expressions, kind
    for expression in expressions:
        assert not expression_errors(layer, expression), (kind, expression)
    contract_names = set(renames) - set(renames.values())
    for expression in expressions:
        assert not (set(QgsExpression(expression).referencedColumns()) & contract_names), (kind, expression)


def test_rule_filters_field_properties_and_label_expressions_are_rewritten():
    from plugin.qgis_adapters.styles import _rewrite_qml

    qml = ('<qgis><renderer-v2 type="RuleRenderer"><rules><rule filter="&quot;capacity&quot; &gt; 0 and name = \'name\'"/>'
           '</rules></renderer-v2><Option type="Map" name="size"><Option name="active" value="true"/>'
           '<Option name="field" value="capacity"/><Option name="type" value="2"/></Option>'
           '<text-style fieldName="name || \' \' || &quot;capacity&quot;" isExpression="1"/></qgis>')
    out = _rewrite_qml(qml, {"capacity": 'Plätze "max"', "name": "Stadtteil"})
    assert 'filter="&quot;Plätze &quot;&quot;max&quot;&quot;&quot; &gt; 0 and &quot;Stadtteil&quot; = \'name\'"' in out
    assert '<Option name="field" value="Plätze &quot;max&quot;" />' in out
    assert 'fieldName="&quot;Stadtteil&quot; || \' \' || &quot;Plätze &quot;&quot;max&quot;&quot;&quot;"' in out
