"""Style presets: QML files under resources/styles, applied on load and offered in the layer's style menu.

The presets name the contract's fields ("capacity", "occupied", "name", ...).
A planner's layer keeps its own column names (``Kapazität``, ``Stadtteil``)
and a field mapping (layers.effective_field_map), so every expression and
field reference of a preset is rewritten to the mapped names before QGIS
reads it; the layer then draws exactly like the sample.
"""
from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Dict, List, Mapping, Optional, Sequence

from qgis.core import Qgis, QgsExpression, QgsMapLayerStyle, QgsVectorLayer
from qgis.PyQt.QtXml import QDomDocument

from .. import compat
from .i18n import tr
from .log import log

STYLE_DIR = Path(__file__).resolve().parents[2] / "resources" / "styles"

# preset id -> QML file stem; the display name is translated at use
PRESETS: Dict[str, str] = {
    "districts_per_1000": "districts_per_1000",
    "district_metrics_gi": "district_metrics_gi",
    "shelters": "shelters",
    "hotspots": "hotspots",
    "services": "services",
    "candidates": "candidates",
    "suggestions": "suggestions",
}

# presets offered per layer kind; the first is applied
KIND_PRESETS: Dict[str, Sequence[str]] = {
    "districts": ("districts_per_1000",),
    # places per 1,000 first: the picture a council reads; Gi* is the optional second style
    "district_metrics": ("districts_per_1000", "district_metrics_gi"),
    "shelters": ("shelters",),
    "hotspots": ("hotspots",),
    "services": ("services",),
    "candidates": ("candidates",),
    "suggestions": ("suggestions",),
}


def preset_title(preset: str) -> str:
    titles = {
        "districts_per_1000": tr("Places per 1,000 inhabitants"),
        "district_metrics_gi": tr("Gi* hot/cold spots"),
        "shelters": tr("Shelters by capacity and utilisation"),
        "hotspots": tr("Community hotspots with radius"),
        "services": tr("Services by category"),
        "candidates": tr("Candidate sites"),
        "suggestions": tr("Suggested placements"),
    }
    return titles.get(preset, preset)


def gi_note() -> str:
    """The plain note on Gi* put in the metrics layer's abstract (few districts: rarely significant)."""
    return tr("Gi* hot/cold spots is an optional style (layer styles menu). With few districts Gi* is rarely "
              "significant: 'not significant' does not mean the places are evenly spread. The default style "
              "shows places per 1,000 residents.")


def qml_path(preset: str) -> Path:
    return STYLE_DIR / f"{PRESETS[preset]}.qml"


# ----------------------------------------------------------------------------- field mapping

_KEYWORDS = {"and", "or", "not", "is", "like", "ilike", "in", "null", "case", "when", "then", "else", "end",
             "true", "false", "div"}
_TOKEN = re.compile(r"""'(?:[^'\\]|\\.|'')*'|"((?:[^"]|"")*)"|([@$]?[^\W\d]\w*)(\s*\()?""")


def rewrite_expression(expression: str, renames: Mapping[str, str]) -> str:
    """``expression`` with every column reference in ``renames`` replaced by the mapped, properly quoted name.

    String literals, functions (``name(``), variables (``@x``) and ``$`` names
    are left alone; column names go through QgsExpression.quotedColumnRef so a
    name like ``Plätze "max"`` stays one identifier.
    """
    if not renames or not expression:
        return expression

    def replace(match: re.Match[str]) -> str:
        quoted, bare, call = match.group(1), match.group(2), match.group(3)
        if quoted is not None:
            name = quoted.replace('""', '"')
            return QgsExpression.quotedColumnRef(renames[name]) if name in renames else match.group(0)
        if bare is not None and call is None and bare[0] not in "@$" and bare.lower() not in _KEYWORDS \
                and bare in renames:
            return QgsExpression.quotedColumnRef(renames[bare])
        return match.group(0)

    return _TOKEN.sub(replace, expression)


def rewrite_field_or_expression(value: str, renames: Mapping[str, str]) -> str:
    """A renderer's class attribute or a label's field: a plain field name stays plain, an expression is rewritten."""
    return renames.get(value, rewrite_expression(value, renames)) if value else value


def field_renames(layer: QgsVectorLayer, kind: str) -> Dict[str, str]:
    """Contract field -> the layer's field, where the layer's mapping differs from the contract name.

    Only for contract kinds (results carry contract names already), and only
    to fields the layer has, so a broken mapping never makes a style worse.
    """
    from ..core.contract import LAYERS
    from .layers import effective_field_map

    if kind not in LAYERS or not layer.fields().count():
        return {}
    names = set(layer.fields().names())
    return {contract: source for contract, source in effective_field_map(layer, kind).items()
            if source != contract and source in names}


def metric_geometry(expression: str, metric_crs: Optional[str]) -> str:
    """A geometry generator ``expression`` that buffers ``$geometry`` by metres, computed in ``metric_crs``.

    Why: the presets draw a meeting point's radius as ``buffer($geometry, "radius_m")``, which QGIS
    evaluates in the layer's CRS units; in a planner's WGS 84 layer 500 would be 500 degrees and cover the
    map. The buffer is made in the working CRS and transformed back (None: the layer is in metres already).
    """
    if not metric_crs or "buffer(" not in expression or "$geometry" not in expression:
        return expression
    crs = metric_crs.replace("'", "''")
    inner = expression.replace("$geometry", f"transform($geometry, @layer_crs, '{crs}')")
    return f"transform({inner}, '{crs}', @layer_crs)"


def _rewrite_qml(text: str, renames: Mapping[str, str], metric_crs: Optional[str] = None) -> str:
    """The QML ``text`` with every field reference rewritten: renderer attributes, rule filters,
    data-defined properties (expression or field), geometry generators and label fields; geometry
    generators that buffer by metres compute in ``metric_crs`` (see metric_geometry)."""
    root = ET.fromstring(text)  # nosec B314 - our own shipped QML (resources/styles), never user input
    for el in root.iter():
        tag = el.tag
        if tag == "renderer-v2" and "attr" in el.attrib:
            el.set("attr", rewrite_field_or_expression(el.get("attr", ""), renames))
        elif tag == "rule" and "filter" in el.attrib:
            el.set("filter", rewrite_expression(el.get("filter", ""), renames))
        elif tag == "text-style" and "fieldName" in el.attrib:
            value = el.get("fieldName", "")
            expression = el.get("isExpression") == "1"
            el.set("fieldName", rewrite_expression(value, renames) if expression else renames.get(value, value))
        elif tag == "Option" and el.get("name") == "expression" and "value" in el.attrib:
            el.set("value", rewrite_expression(el.get("value", ""), renames))
        elif tag == "Option" and el.get("name") == "geometryModifier" and "value" in el.attrib:
            el.set("value", metric_geometry(rewrite_expression(el.get("value", ""), renames), metric_crs))
        elif tag == "prop" and el.get("k") == "geometryModifier":
            el.set("v", metric_geometry(rewrite_expression(el.get("v", ""), renames), metric_crs))
        elif tag == "Option" and el.get("type") == "Map":
            # a data-defined property of field type: {"field": name, "type": 2}
            children = {c.get("name"): c for c in el if c.tag == "Option"}
            if "field" in children and children.get("type") is not None and children["type"].get("value") == "2":
                field = children["field"].get("value", "")
                children["field"].set("value", renames.get(field, field))
    return ET.tostring(root, encoding="unicode")


def _metric_crs(layer: QgsVectorLayer) -> Optional[str]:
    """None for a layer measured in metres; else the working CRS its metre buffers are computed in."""
    crs = layer.crs()
    if not crs.isValid() or (not crs.isGeographic() and crs.mapUnits() == compat.DISTANCE_METERS):
        return None
    from .working_crs import crs_text, working_crs

    return crs_text(working_crs([layer]))


def _load_qml(layer: QgsVectorLayer, path: Path, renames: Mapping[str, str], categories) -> tuple:
    """(message, ok) of loading the QML at ``path`` into ``layer``, with field references renamed and metre
    buffers computed in metres."""
    metric_crs = _metric_crs(layer)
    if not renames and metric_crs is None:
        return layer.loadNamedStyle(str(path), categories=categories)
    doc = QDomDocument("qgis")
    doc.setContent(_rewrite_qml(path.read_text(encoding="utf-8"), renames, metric_crs))
    result = layer.importNamedStyle(doc, categories)
    ok, message = (result[0], result[1]) if isinstance(result, tuple) else (bool(result), "")
    return message, ok


# ----------------------------------------------------------------------------- per 1,000 classes

def nice_step(maximum: float, classes: int = 5) -> float:
    """The smallest round step (1, 2, 2.5, 5 x 10^k) that covers ``maximum`` in at most ``classes`` classes."""
    if maximum <= 0:
        return 5.0
    raw = maximum / classes
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if factor * power >= raw:
            return factor * power
    return 10 * power


def _number(value: float) -> str:
    from qgis.PyQt.QtCore import QLocale

    from .i18n import ui_language

    locale = QLocale(QLocale.Language.German) if ui_language() == "de" else QLocale(QLocale.Language.English)
    return locale.toString(float(value), "f", 0 if float(value).is_integer() else 1)


def _per_1000_classes(layer: QgsVectorLayer, field: str = "per_1000") -> None:
    """Round classes from the layer's values (0 is its own class) and legend labels that say
    "places per 1,000 residents" in the user's language."""
    from qgis.core import QgsRendererRange

    renderer = layer.renderer()
    if renderer is None or renderer.type() != "graduatedSymbol" or layer.fields().indexFromName(field) < 0:
        return
    values: List[float] = []
    for feature in layer.getFeatures():
        value = feature[field]
        try:
            if value is not None and not (hasattr(value, "isNull") and value.isNull()):
                values.append(float(value))
        except (TypeError, ValueError):
            continue
    symbols = [r.symbol().clone() for r in renderer.ranges()]
    if not values or len(symbols) < 2:
        return
    step = nice_step(max(values))
    upper_count = max(1, min(len(symbols) - 1, math.ceil(max(values) / step)))
    unit = tr("places per 1,000 residents")
    ranges = [QgsRendererRange(0.0, 0.0001, symbols[0], tr("no places"))]
    picks = [round(1 + i * (len(symbols) - 2) / max(1, upper_count - 1)) for i in range(upper_count)]
    for i, pick in enumerate(picks):
        lower, upper = i * step, (i + 1) * step
        last = i == upper_count - 1
        label = tr("over {lower} {unit}").format(lower=_number(lower), unit=unit) if last and i > 0 else \
            tr("{lower} – {upper} {unit}").format(lower=_number(lower), upper=_number(upper), unit=unit)
        ranges.append(QgsRendererRange(0.0001 if i == 0 else lower, 1e9 if last else upper, symbols[pick], label))
    renderer.deleteAllClasses()
    for r in ranges:
        renderer.addClassRange(r)


def _set_abstract(layer: QgsVectorLayer, text: str) -> None:
    """Put ``text`` in the layer's metadata abstract and its (server) abstract."""
    metadata = layer.metadata()
    metadata.setAbstract(text)
    layer.setMetadata(metadata)
    server = getattr(layer, "serverProperties", None)
    properties = server() if callable(server) else None
    if properties is not None and hasattr(properties, "setAbstract"):  # QGIS >= 3.38
        properties.setAbstract(text)
    elif hasattr(layer, "setAbstract"):
        layer.setAbstract(text)


# ----------------------------------------------------------------------------- applying

def apply_preset(layer: QgsVectorLayer, preset: str, kind: Optional[str] = None) -> bool:
    """Load one preset into ``layer``, its field references mapped for ``kind``; logs and returns False when QGIS rejects it."""
    # everything but fields: a style must not drop the layer's expression fields (per_1000)
    categories = compat.STYLE_CATEGORIES_LOOK
    renames = field_renames(layer, kind) if kind else {}
    message, ok = _load_qml(layer, qml_path(preset), renames, categories)
    if not ok:
        log(tr("Style preset '{preset}' could not be applied to '{layer}': {message}").format(
            preset=preset, layer=layer.name(), message=message), Qgis.MessageLevel.Warning)
    else:  # the presets' legend labels are English: the layer panel shows them in the interface's language
        from ..export.language import LEGEND_SOURCE, keep_legend_source, localise_legend

        keep_legend_source(layer)
        if preset == "districts_per_1000" and kind == "district_metrics":
            _per_1000_classes(layer)  # new classes, labelled in the current language already
            layer.removeCustomProperty(LEGEND_SOURCE)
        localise_legend(layer)
    layer.triggerRepaint()
    return bool(ok)


def style_layer(layer: QgsVectorLayer, kind: str) -> bool:
    """Apply the kind's presets (mapped to the layer's fields) and register each as a named style in the layer's style menu."""
    if kind in KITA_ACCESS_KINDS:  # built in code (issue 18): legend names the distance method
        return apply_kita_access(layer)
    presets = KIND_PRESETS.get(kind, ())
    if not presets:
        return False
    manager = layer.styleManager()
    ok_all = True
    for preset in reversed(presets):  # the first preset ends up current
        ok = apply_preset(layer, preset, kind)
        ok_all &= ok
        name = preset_title(preset)
        style = QgsMapLayerStyle()
        style.readFromLayer(layer)
        if name in manager.styles():
            manager.removeStyle(name)
        manager.addStyle(name, style)
    manager.setCurrentStyle(preset_title(presets[0]))
    if "district_metrics_gi" in presets:
        _set_abstract(layer, gi_note())
    return ok_all


# ----------------------------------------------------------------------------- kita_access (issue 18, accessui)
# Kita places per child in reach (2SFCA): a district choropleth diverging around the demand (1 place per child who
# needs one) and shelter symbols by access. Built in code, not QML: the legend names the distance method
# ("Luftlinie"/"Fußweg") and the labels follow the reader's language.

KITA_ACCESS_KINDS = ("kita_access", "kita_access_shelters")
# class bounds of places per child (demand = 1.0) and their colours, red (too few) to blue (more than needed)
KITA_BOUNDS = (0.5, 0.8, 1.0, 1.25)
KITA_COLOURS = ("#d6604d", "#f4a582", "#fddbc7", "#d1e5f0", "#4393c3")
KITA_NONE_COLOUR = "#8c1028"  # no place in reach at all: darker than the lowest class


def kita_method_text(method: Optional[str]) -> str:
    """The distance method in the reader's words: "walking route" / "straight line" (Fußweg / Luftlinie)."""
    return tr("walking route") if method == "network" else tr("straight line")


def kita_legend_title(method: Optional[str]) -> str:
    """Title of the Kita access legend, naming the distance method; why: a straight-line map looks like a walking
    map, and a reader must know which one is shown."""
    return tr("Kita places per child ({method})").format(method=kita_method_text(method))


def _layer_method(layer: QgsVectorLayer) -> Optional[str]:
    """The ``access_method`` of the layer's first feature (one method per run), None without that field."""
    if layer.fields().indexFromName("access_method") < 0:
        return None
    for feature in layer.getFeatures():
        value = feature["access_method"]
        return str(value) if value is not None and not (hasattr(value, "isNull") and value.isNull()) else None
    return None


def _kita_district_renderer(demand: float = 1.0):
    from qgis.core import QgsFillSymbol, QgsGraduatedSymbolRenderer, QgsRendererRange

    def fill(colour: str):
        return QgsFillSymbol.createSimple({"color": colour, "outline_color": "#5a5a5a", "outline_width": "0.26"})

    unit = tr("places per child")
    bounds = [b * demand for b in KITA_BOUNDS]
    ranges = [QgsRendererRange(-1.0, 0.0, fill(KITA_NONE_COLOUR), tr("no Kita place in reach"))]
    lower = 0.0
    for i, colour in enumerate(KITA_COLOURS):
        upper = bounds[i] if i < len(bounds) else 1e9
        if i == 0:
            label = tr("under {upper} {unit}").format(upper=_number2(upper), unit=unit)
        elif i == len(KITA_COLOURS) - 1:
            label = tr("{lower} {unit} or more").format(lower=_number2(lower), unit=unit)
        else:
            label = tr("{lower} – {upper} {unit}").format(lower=_number2(lower), upper=_number2(upper), unit=unit)
        if upper == demand:
            label += " " + tr("(short of demand)")
        elif lower == demand:
            label += " " + tr("(demand met)")
        ranges.append(QgsRendererRange(0.0 if i == 0 else lower, upper, fill(colour), label))
        lower = upper
    ranges[1].setLowerValue(1e-9)  # exactly 0 is "no place in reach"
    renderer = QgsGraduatedSymbolRenderer("kita_per_child", ranges)
    return renderer


def _number2(value: float) -> str:
    """A class bound with up to two decimals in the reader's notation (0,8 / 1,25)."""
    from qgis.PyQt.QtCore import QLocale

    from .i18n import ui_language

    locale = QLocale(QLocale.Language.German) if ui_language() == "de" else QLocale(QLocale.Language.English)
    text = locale.toString(float(value), "f", 2)
    decimal = locale.decimalPoint()
    decimal = decimal if isinstance(decimal, str) else str(decimal)
    return text.rstrip("0").rstrip(decimal) if decimal in text else text


def _kita_shelter_renderer():
    from qgis.core import QgsMarkerSymbol, QgsRuleBasedRenderer

    def marker(name: str, colour: str, outline: str, size: str):
        # a contrasting outline: the symbols stay visible on every class of the choropleth beneath
        return QgsMarkerSymbol.createSimple({"name": name, "color": colour, "outline_color": outline,
                                             "outline_width": "0.6", "size": size})

    root = QgsRuleBasedRenderer.Rule(None)
    rules = (
        ('coalesce("kita_in_reach", false) and coalesce("kita_per_child", 0) >= 1',
         marker("circle", "#2166ac", "#ffffff", "4.0"), tr("Kita in reach, enough places")),
        ('coalesce("kita_in_reach", false) and coalesce("kita_per_child", 0) < 1',
         marker("circle", "#f4a582", "#202020", "4.0"), tr("Kita in reach, too few places")),
        ('not coalesce("kita_in_reach", false)',
         marker("square", "#111111", "#ffffff", "3.8"), tr("no Kita in reach")),  # Kitas are triangles
    )
    for expression, symbol, label in rules:
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, expression, label))
    return QgsRuleBasedRenderer(root)


def apply_kita_access(layer: QgsVectorLayer, method: Optional[str] = None, demand: float = 1.0) -> bool:
    """Style a Kita access result: districts (polygons, ``kita_per_child``) as a choropleth diverging around
    ``demand`` places per child, shelters (points, ``kita_in_reach``/``kita_per_child``) by access.

    ``method`` ("network" or "straight_line"; default: the layer's ``access_method``) goes into the legend title,
    which is the layer tree's legend title for layouts and the layer's title. Returns False (and logs) for a layer
    without the fields the style reads.
    """
    needed = ("kita_per_child",) if layer.geometryType() == compat.GEOMETRY_POLYGON else ("kita_in_reach", "kita_per_child")
    missing = [f for f in needed if layer.fields().indexFromName(f) < 0]
    if missing:
        log(tr("Style preset '{preset}' could not be applied to '{layer}': {message}").format(
            preset="kita_access", layer=layer.name(), message=", ".join(missing)), Qgis.MessageLevel.Warning)
        return False
    method = method or _layer_method(layer)
    if layer.geometryType() == compat.GEOMETRY_POLYGON:
        layer.setRenderer(_kita_district_renderer(demand))
        layer.setOpacity(0.85)
        _kita_value_labels(layer)
    else:
        layer.setRenderer(_kita_shelter_renderer())
    title = kita_legend_title(method)
    metadata = layer.metadata()
    metadata.setTitle(title)
    layer.setMetadata(metadata)
    layer.setCustomProperty("dispersion/legend_title", title)
    layer.triggerRepaint()
    return True


def _kita_value_labels(layer: QgsVectorLayer) -> None:
    """Each district labelled with its places per child (two decimals in the reader's notation), inside it."""
    from qgis.core import QgsPalLayerSettings, QgsTextBufferSettings, QgsTextFormat, QgsVectorLayerSimpleLabeling
    from qgis.PyQt.QtGui import QColor

    from .i18n import ui_language

    settings = QgsPalLayerSettings()
    comma = ui_language() == "de"
    value = "format_number(\"kita_per_child\", 2)"
    settings.fieldName = f"replace({value}, '.', ',')" if comma else value
    settings.isExpression = True
    settings.placement = compat.LABEL_PLACEMENT_HORIZONTAL
    settings.setPolygonPlacementFlags(compat.LABEL_POLYGON_INSIDE)
    fmt = QgsTextFormat()
    fmt.setSize(8)
    fmt.setColor(QColor("#202020"))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    buffer.setColor(QColor(255, 255, 255, 220))
    fmt.setBuffer(buffer)
    settings.setFormat(fmt)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def kita_access_note(method: Optional[str]) -> str:
    """The note put in a Kita access layer's abstract: what the colours mean and which distance was used."""
    return tr("Kita places per child in reach (two-step floating catchment area, distance {method}): 1 means as many "
              "places as children who need one; below 1 places are missing.").format(method=kita_method_text(method))
# ----------------------------------------------------------------------------- end kita_access (issue 18, accessui)
