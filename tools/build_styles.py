#!/usr/bin/env python3
"""Generate the QML style presets in resources/styles with the QGIS API.

The QML files are checked in; this script documents how they were made and
regenerates them after a change (run with the system Python, offscreen).
Expressions and labels name the contract's fields ("capacity", "occupied",
"name"); plugin/qgis_adapters/styles.py rewrites every field reference to the
layer's mapped field names (QgsExpression.quotedColumnRef) when it applies a
preset, so keep field references in the QML simple: a plain field name or
double-quoted column references inside expressions.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsGeometryGeneratorSymbolLayer,
    QgsGraduatedSymbolRenderer,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsProperty,
    QgsRendererCategory,
    QgsRendererRange,
    QgsSimpleMarkerSymbolLayerBase,
    QgsSingleSymbolRenderer,
    QgsSymbol,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor, QFont  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "resources" / "styles"
Shape = QgsSimpleMarkerSymbolLayerBase


def labels(field: str, size: float = 8.0, expression: bool = False) -> QgsVectorLayerSimpleLabeling:
    s = QgsPalLayerSettings()
    s.fieldName = field
    s.isExpression = expression
    fmt = QgsTextFormat()
    fmt.setFont(QFont("DejaVu Sans"))
    fmt.setSize(size)
    buf = QgsTextBufferSettings()
    buf.setEnabled(True)
    buf.setSize(0.8)
    buf.setColor(QColor("white"))
    fmt.setBuffer(buf)
    s.setFormat(fmt)
    return QgsVectorLayerSimpleLabeling(s)


def point_labels(field: str, size: float = 7.0, expression: bool = False) -> QgsVectorLayerSimpleLabeling:
    """Labels of crowded points (hotspots, suggestions): below the district labels in priority, placed
    around the point and, where the point is crowded, away from it with a leader line (a callout)."""
    from qgis.core import QgsSimpleLineCallout

    lab = labels(field, size, expression)
    s = lab.settings()
    s.priority = 3
    s.placement = QgsPalLayerSettings.AroundPoint
    s.dist = 1.0
    callout = QgsSimpleLineCallout()
    callout.setEnabled(True)
    callout.setMinimumLength(1.5)
    s.setCallout(callout)
    lab.setSettings(s)
    return lab


def ranges(expr: str, breaks, colours, geometry: str, label_fmt: str, size_expr: str | None = None, shape=None):
    rs = []
    for (lo, hi, label), colour in zip(breaks, colours):
        if geometry == "polygon":
            sym = QgsFillSymbol.createSimple({"color": colour, "outline_color": "#5a5a5a", "outline_width": "0.3"})
        else:
            sym = QgsMarkerSymbol.createSimple({"name": shape or "circle", "color": colour, "outline_color": "#333333", "size": "3"})
            if size_expr:
                sym.setDataDefinedSize(QgsProperty.fromExpression(size_expr))
        rs.append(QgsRendererRange(lo, hi, sym, label))
    return QgsGraduatedSymbolRenderer(expr, rs)


def halo(sym: QgsMarkerSymbol, width: float = 0.9) -> QgsMarkerSymbol:
    """Put a white copy of the marker, ``width`` mm larger, under it: points stay readable on every class
    of the yellow-orange-brown choropleth (and its markers use colours that are not in that ramp)."""
    under = sym.symbolLayer(0).clone()
    under.setColor(QColor("white"))
    under.setStrokeColor(QColor("white"))
    under.setStrokeWidth(0.0)
    under.setSize(sym.symbolLayer(0).size() + width)
    sym.insertSymbolLayer(0, under)
    return sym


def save(layer: QgsVectorLayer, name: str) -> None:
    msg, ok = layer.saveNamedStyle(str(OUT / f"{name}.qml"))
    if not ok:
        raise SystemExit(f"could not write {name}.qml: {msg}")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    poly = QgsVectorLayer("MultiPolygon?crs=EPSG:25832&field=name:string&field=per_1000:double&field=gi_class:string", "p", "memory")
    pt = QgsVectorLayer("Point?crs=EPSG:25832&field=name:string&field=capacity:integer&field=occupied:integer"
                        "&field=category:string&field=radius_m:double&field=max_places:integer&field=places:integer", "pt", "memory")

    # districts: places per 1,000 inhabitants (per_1000 is a field of the metrics layer and
    # an expression field added to district layers on load)
    per1000 = [(0, 0.0001, "0"), (0.0001, 5, "0 – 5"), (5, 10, "5 – 10"), (10, 15, "10 – 15"), (15, 25, "15 – 25"), (25, 1e9, "> 25")]
    yl = ["#ffffcc", "#fee391", "#fec44f", "#fe9929", "#d95f0e", "#993404"]
    r = ranges("per_1000", per1000, yl, "polygon", "")
    poly.setRenderer(r)
    poly.setLabeling(labels("name"))
    poly.setLabelsEnabled(True)
    save(poly, "districts_per_1000")

    # district metrics by Gi* class
    cats = []
    for value, colour, label in (("hot", "#d7301f", "Hot spot (Gi*, p < 0.05)"), ("cold", "#2b8cbe", "Cold spot (Gi*, p < 0.05)"),
                                 ("none", "#e8e8e8", "Not significant")):
        sym = QgsFillSymbol.createSimple({"color": colour, "outline_color": "#5a5a5a", "outline_width": "0.3"})
        cats.append(QgsRendererCategory(value, sym, label))
    poly.setRenderer(QgsCategorizedSymbolRenderer("gi_class", cats))
    save(poly, "district_metrics_gi")

    # shelters: size by capacity, colour by utilisation
    util = [(0, 0.8, "< 80 % occupied"), (0.8, 0.95, "80 – 95 % occupied"), (0.95, 100, "≥ 95 % occupied")]
    r = ranges('"occupied" / nullif("capacity", 0)', util, ["#9ecae1", "#3182bd", "#08306b"], "point", "",
               shape="circle")
    for i, rng in enumerate(r.ranges()):  # halo first, then the size: the symbol scales both layers alike
        sym = halo(rng.symbol().clone(), 0.8)
        sym.setDataDefinedSize(QgsProperty.fromExpression('scale_linear("capacity", 0, 300, 2.5, 8)'))
        r.updateRangeSymbol(i, sym)
    pt.setRenderer(r)
    pt.setLabeling(labels("name", 7))
    pt.setLabelsEnabled(False)
    save(pt, "shelters")

    # hotspots: marker plus the radius as a dashed circle (geometry generator)
    sym = halo(QgsMarkerSymbol.createSimple({"name": "diamond", "color": "#6a3d9a", "outline_color": "#1a1a1a",
                                             "outline_width": "0.25", "size": "3.2"}))
    ring = QgsGeometryGeneratorSymbolLayer.create({"geometryModifier": 'buffer($geometry, coalesce("radius_m", 500))'})
    ring.setSymbolType(QgsSymbol.Fill)
    ring.setSubSymbol(QgsFillSymbol.createSimple({"color": "106,61,154,40", "outline_color": "#6a3d9a",
                                                  "outline_style": "dash", "outline_width": "0.4"}))
    sym.insertSymbolLayer(0, ring)
    pt.setRenderer(QgsSingleSymbolRenderer(sym))
    pt.setLabeling(point_labels("name", 7))
    pt.setLabelsEnabled(True)
    save(pt, "hotspots")

    # services by category, distinct shapes and colours
    # no yellow, orange, brown or red: those are the choropleth's (districts_per_1000)
    spec = [("kita", Shape.Triangle, "#e7298a"), ("school", Shape.Square, "#1b9e77"), ("language_course", Shape.Diamond, "#1f78b4"),
            ("counselling", Shape.Star, "#7570b3"), ("jobcenter", Shape.Pentagon, "#66a61e"), ("authority", Shape.Hexagon, "#08306b"),
            ("transit", Shape.Circle, "#404040"), ("health", Shape.Cross2, "#00838f"), ("other", Shape.Circle, "#8c8c8c")]
    names = {"kita": "Childcare (Kita)", "school": "School", "language_course": "Language course", "counselling": "Counselling",
             "jobcenter": "Job centre", "authority": "Authority", "transit": "Public transport", "health": "Health", "other": "Other"}
    cats = []
    for value, shape, colour in spec:
        line_shape = shape in (Shape.Cross, Shape.Cross2, Shape.Line, Shape.ArrowHead)
        sym = QgsMarkerSymbol.createSimple({"color": colour, "outline_color": colour if line_shape else "#1a1a1a",
                                            "outline_width": "0.6" if line_shape else "0.2",
                                            "size": "2.4" if value != "transit" else "1.4"})
        sym.symbolLayer(0).setShape(shape)
        halo(sym, 1.2 if line_shape else 0.7)
        cats.append(QgsRendererCategory(value, sym, names[value]))
    pt.setRenderer(QgsCategorizedSymbolRenderer("category", cats))
    pt.setLabelsEnabled(False)
    save(pt, "services")

    # candidates: hollow squares sized by maximum places
    sym = QgsMarkerSymbol.createSimple({"name": "square", "color": "0,0,0,0", "outline_color": "#2c7fb8", "outline_width": "0.5", "size": "3"})
    sym.setDataDefinedSize(QgsProperty.fromExpression('scale_linear("max_places", 0, 200, 2, 6)'))
    pt.setRenderer(QgsSingleSymbolRenderer(sym))
    pt.setLabelsEnabled(False)
    save(pt, "candidates")

    # suggestions: green stars sized by places, labelled with the places
    sym = QgsMarkerSymbol.createSimple({"name": "star", "color": "#238b45", "outline_color": "#1a1a1a",
                                        "outline_width": "0.25", "size": "4"})
    halo(sym, 0.9)
    sym.setDataDefinedSize(QgsProperty.fromExpression('scale_linear("places", 0, 200, 3, 7)'))
    pt.setRenderer(QgsSingleSymbolRenderer(sym))
    pt.setLabeling(point_labels('"places"', 7, expression=True))
    pt.setLabelsEnabled(True)
    save(pt, "suggestions")


if __name__ == "__main__":
    app = QgsApplication([], False)
    app.initQgis()
    main()
    app.exitQgis()
    sys.exit(0)
