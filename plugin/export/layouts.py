"""Print layout templates (resources/layouts/*.qpt): loading and filling items by id."""
from __future__ import annotations

import math
from pathlib import Path
from typing import Dict, List, Optional, Sequence

from qgis.core import (
    QgsFillSymbol,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsMapLayer,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsRectangle,
)
from qgis.PyQt.QtCore import QSizeF
from qgis.PyQt.QtGui import QFont
from qgis.PyQt.QtXml import QDomDocument

from .. import compat
from ..core.errors import DispersionError
from .language import current_language, tr
from .literal import literal

LAYOUT_DIR = Path(__file__).resolve().parents[2] / "resources" / "layouts"
LAYOUTS = ("a4_landscape", "a4_portrait", "a3_landscape", "a3_portrait")
ITEM_IDS = ("title", "subtitle", "logo", "map", "overview", "profile", "legend", "scalebar", "north_arrow",
            "sources", "notice", "illustrative_note")


def template_path(name: str, folder: Optional[Path] = None) -> Path:
    """Path of template ``name``; DispersionError when the name is unknown or the file is missing."""
    if name not in LAYOUTS:
        raise DispersionError(tr("Unknown layout '{name}'; choose one of {names}.").format(
            name=name, names=", ".join(LAYOUTS)))
    path = Path(folder or LAYOUT_DIR) / f"{name}.qpt"
    if not path.is_file():
        raise DispersionError(tr("The layout template {path} is missing. Reinstall the plugin or run "
                                 "tools/build_layouts.py.").format(path=path))
    return path


def load_template(name: str, project: QgsProject, folder: Optional[Path] = None) -> QgsPrintLayout:
    """A new print layout of ``project`` from template ``name`` (not yet added to the layout manager)."""
    path = template_path(name, folder)
    doc = QDomDocument()
    with open(path, encoding="utf-8") as handle:
        ok = doc.setContent(handle.read())
    ok = ok[0] if isinstance(ok, tuple) else ok
    if not ok:
        raise DispersionError(tr("The layout template {path} is not valid XML.").format(path=path))
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    items, ok = layout.loadFromTemplate(doc, QgsReadWriteContext(), True)
    missing = [i for i in ("map", "legend", "title") if layout.itemById(i) is None]
    if not ok or missing:
        raise DispersionError(tr("The layout template {path} lacks the items {items}.").format(
            path=path, items=", ".join(missing) or "?"))
    return layout


def page_size_mm(layout: QgsPrintLayout) -> tuple:
    page = layout.pageCollection().page(0)
    size = page.pageSize()
    return size.width(), size.height()


def set_text(layout: QgsPrintLayout, item_id: str, text: str, expression: bool = False) -> None:
    """Set a label's text, hiding the label when the text is empty.

    The text is shown literally (``[% ... %]`` in data is not evaluated, see literal.py); only our own
    atlas texts pass ``expression=True``, with any data in them already made literal."""
    item = layout.itemById(item_id)
    if isinstance(item, QgsLayoutItemLabel):
        item.setText((text or "") if expression else literal(text))
        item.setVisibility(bool(text))
        if item_id in ("title", "subtitle") and text:
            shrink_to_width(item, text, 8.0 if item_id == "title" else 7.0)


def shrink_to_width(item: QgsLayoutItemLabel, text: str, minimum_pt: float = 8.0) -> None:
    """Reduce a one-line label's font until ``text`` fits its width (long titles on portrait pages)."""
    from qgis.core import QgsLayoutUtils

    font = compat.label_font(item)
    width = item.rect().width() - 2 * item.marginX()
    size = font.pointSizeF()
    while size > minimum_pt and QgsLayoutUtils.textWidthMM(font, text) > width:
        size -= 0.5
        font.setPointSizeF(size)
    compat.set_label_font(item, font)


def set_picture(layout: QgsPrintLayout, item_id: str, path: Optional[str]) -> None:
    item = layout.itemById(item_id)
    if isinstance(item, QgsLayoutItemPicture):
        if path:
            item.setPicturePath(str(path))
        item.setVisibility(bool(path))


def nice_segment(width_m: float, segments: int = 2) -> float:
    """A round segment length (m) so that the scale bar spans about a fifth of the map width."""
    target = max(width_m / 5.0 / segments, 1.0)
    power = 10 ** math.floor(math.log10(target))
    for step in (1, 2, 2.5, 5, 10):
        if step * power >= target:
            return step * power
    return 10 * power


def fit_extent(item: QgsLayoutItemMap, extent: QgsRectangle) -> None:
    """Show ``extent`` in ``item``, widened to the item's aspect ratio (templates carry no valid extent)."""
    size = item.sizeWithUnits()
    ratio = size.width() / size.height() if size.height() > 0 else 1.0
    w, h = extent.width(), extent.height()
    if w <= 0 or h <= 0:
        w = h = max(w, h, 1000.0)
    if w / h < ratio:
        w = h * ratio
    else:
        h = w / ratio
    c = extent.center()
    item.setExtent(QgsRectangle(c.x() - w / 2, c.y() - h / 2, c.x() + w / 2, c.y() + h / 2))


INSET_SURROUNDINGS = 2.5  # the whole-city inset shows this multiple of the city's extent
MIN_TEXT_PT = 6.0  # no text on a printed page is smaller (legend, labels, sources, scale bar)


def setup_maps(layout: QgsPrintLayout, layers: Sequence[QgsMapLayer], extent: QgsRectangle,
               overview_layers: Sequence[QgsMapLayer], city_extent: QgsRectangle, crs,
               zoomed: bool = False) -> QgsLayoutItemMap:
    """Fill the main map, overview inset and scale bar; layers are top first.

    The inset adds what the main map lacks: when the main map shows the whole city (``zoomed`` False) it shows
    the city within its surroundings (``INSET_SURROUNDINGS`` times the city's extent) and no frame (the frame
    would repeat the city); when the main map is zoomed in (atlas pages) it shows the city with the main
    map's frame, which is then always smaller than the inset."""
    main: QgsLayoutItemMap = layout.itemById("map")
    main.setCrs(crs)
    main.setLayers(list(layers))
    main.setKeepLayerSet(True)
    fit_extent(main, extent)
    overview = layout.itemById("overview")
    if isinstance(overview, QgsLayoutItemMap):
        overview.setCrs(crs)
        overview.setLayers(list(overview_layers))
        overview.setKeepLayerSet(True)
        ext = QgsRectangle(city_extent)
        ext.scale(1.15 if zoomed else INSET_SURROUNDINGS)
        fit_extent(overview, ext)
        frame = overview.overview()
        frame.setLinkedMap(main if zoomed else None)
        frame.setEnabled(zoomed)
        frame.setFrameSymbol(QgsFillSymbol.createSimple(
            {"color": "215,25,28,40", "outline_color": "215,25,28,255", "outline_width": "0.5"}))
    update_scalebar(layout)
    return main


def update_scalebar(layout: QgsPrintLayout) -> None:
    main: QgsLayoutItemMap = layout.itemById("map")
    scalebar = layout.itemById("scalebar")
    if isinstance(scalebar, QgsLayoutItemScaleBar):
        seg = nice_segment(main.extent().width())
        if seg >= 1000:
            scalebar.setUnits(compat.DISTANCE_KILOMETERS)
            scalebar.setUnitLabel("km")
            scalebar.setUnitsPerSegment(seg / 1000.0)
        else:
            scalebar.setUnits(compat.DISTANCE_METERS)
            scalebar.setUnitLabel("m")
            scalebar.setUnitsPerSegment(seg)
        scalebar.setLinkedMap(main)
        _scalebar_notation(scalebar)
        place_scalebar(scalebar, main)
        scalebar.update()


def place_scalebar(scalebar: QgsLayoutItemScaleBar, main: QgsLayoutItemMap, margin_mm: float = 3.0) -> None:
    """Keep the scale bar's box wholly inside the map frame, at its lower left corner.

    The box's height follows the text size, so a position fixed in the template let it cross the map's
    lower frame line; the size is known only after units and segments are set, hence here."""
    from qgis.core import QgsLayoutPoint

    scalebar.refreshItemSize()
    size = scalebar.sizeWithUnits()
    pos, msize = main.positionWithUnits(), main.sizeWithUnits()
    x = pos.x() + margin_mm
    y = pos.y() + msize.height() - margin_mm - size.height()
    scalebar.attemptMove(QgsLayoutPoint(x, y, compat.LAYOUT_MILLIMETERS))


def _scalebar_notation(scalebar: QgsLayoutItemScaleBar) -> None:
    """Scale bar numbers in the export's notation ("1.000 m" in German, "1,000 m" in English)."""
    from qgis.core import QgsBasicNumericFormat

    fmt = QgsBasicNumericFormat()
    german = current_language() == "de"
    fmt.setThousandsSeparator("." if german else ",")
    fmt.setDecimalSeparator("," if german else ".")
    fmt.setShowThousandsSeparator(True)
    scalebar.setNumericFormat(fmt)


def setup_legend(layout: QgsPrintLayout, layers: Sequence[QgsMapLayer], keep: List[object]) -> None:
    """Show exactly ``layers`` (the visible ones) in the legend; ``keep`` holds the tree alive."""
    legend = layout.itemById("legend")
    if not isinstance(legend, QgsLayoutItemLegend):
        return
    legend.setAutoUpdateModel(False)  # the legend now owns a tree of its own (a clone of the project's)
    root = legend.model().rootGroup()
    root.removeAllChildren()
    for layer in sorted(layers, key=lambda lyr: lyr.geometryType() != 2):  # polygons (districts) first
        root.addLayer(layer)
    literal_legend(legend)
    legend.setTitle(tr("Legend"))
    legend.setSplitLayer(False)  # a layer's heading never stands in one column and its items in the next
    legend.setEqualColumnWidth(False)
    legend.setWrapString("|")
    legend.setResizeToContents(False)  # the template's frame is the space there is
    legend.setLinkedMap(layout.itemById("map"))
    fit_legend(legend)
    legend.updateLegend()
    legend.refresh()


def literal_legend(legend: QgsLayoutItemLegend) -> None:
    """Make the legend show layer names and class labels literally: QGIS evaluates ``[% %]`` in both.

    Set on the legend's own tree (a title label and user labels of its nodes), so the layers and their
    renderers are left as they are."""
    from qgis.core import QgsMapLayerLegendUtils

    model = legend.model()
    for node in model.rootGroup().findLayers():
        node.setCustomProperty("legend/title-label", literal(node.name()))
        nodes = model.layerOriginalLegendNodes(node)
        for i, legend_node in enumerate(nodes):
            label = QgsMapLayerLegendUtils.legendNodeUserLabel(node, i) or legend_node.data(0)
            if label:
                QgsMapLayerLegendUtils.setLegendNodeUserLabel(node, i, literal(label))
        model.refreshLayerLegend(node)


def legend_texts(legend: QgsLayoutItemLegend) -> List[str]:
    """What the legend prints: its title, each layer's title and each class label, as QGIS evaluates them."""
    model = legend.model()
    texts = [legend.title()]
    context = legend.createExpressionContext()
    for node in model.rootGroup().findLayers():
        texts.append(model.data(model.node2index(node), 0) or "")
        for legend_node in model.layerLegendNodes(node):
            label = legend_node.data(0) or ""
            texts.append(label)
            evaluated = compat.evaluated_legend_label(legend_node, context, label) if label else None
            if evaluated is not None:  # what drawing makes of it (3.22 evaluates while drawing only)
                texts.append(evaluated)
    return [str(t) for t in texts if t]


LEGEND_SCALES = (1.0, 0.92, 0.85, 0.78, 0.72, 0.66, 0.6)


def legend_size_mm(legend: QgsLayoutItemLegend) -> QSizeF:
    """The size (mm) the legend's content needs with its current settings."""
    from qgis.core import QgsLayoutUtils, QgsLegendRenderer

    context = QgsLayoutUtils.createRenderContextForLayout(legend.layout(), None)
    return QgsLegendRenderer(legend.model(), legend.legendSettings()).minimumSize(context)


def fit_legend(legend: QgsLayoutItemLegend, max_columns: int = 3) -> tuple:
    """Make the legend's content fit its fixed frame: the largest text that fits, and for that size the
    fewest columns (1..``max_columns``); fonts, symbols and spacing shrink together, to 60 % at most and
    never below ``MIN_TEXT_PT``.

    Returns (columns, scale, fits). Without a fitting combination the smallest one that overflows
    least is kept (the caller's frame is then too small for this many entries).
    """
    from qgis.core import QgsLegendStyle

    frame = legend.sizeWithUnits()
    frame_w, frame_h = frame.width(), frame.height()
    styles = (compat.LEGEND_TITLE, compat.LEGEND_GROUP, compat.LEGEND_SUBGROUP, compat.LEGEND_SYMBOL,
              compat.LEGEND_SYMBOL_LABEL)
    base_fonts = {st: compat.legend_style_font(legend.style(st)) for st in styles}
    base_symbol = (legend.symbolWidth(), legend.symbolHeight())
    base_space = (legend.boxSpace(), legend.columnSpace())
    base_margins = {st: legend.style(st).margin(QgsLegendStyle.Side.Top) for st in styles}

    def apply(columns: int, scale: float) -> None:
        for st in styles:
            font = QFont(base_fonts[st])
            font.setPointSizeF(base_fonts[st].pointSizeF() * scale)
            compat.set_legend_style_font(legend.rstyle(st), font)
        for st, top in base_margins.items():
            legend.rstyle(st).setMargin(QgsLegendStyle.Side.Top, top * scale)
        legend.setSymbolWidth(base_symbol[0] * scale)
        legend.setSymbolHeight(base_symbol[1] * scale)
        legend.setBoxSpace(base_space[0] * scale)
        legend.setColumnSpace(base_space[1] * scale)
        legend.setColumnCount(columns)

    smallest = min(f.pointSizeF() for f in base_fonts.values() if f.pointSizeF() > 0)
    scales = [sc for sc in LEGEND_SCALES if smallest * sc >= MIN_TEXT_PT - 1e-6] or [1.0]
    best = None
    for scale in scales:
        for columns in range(1, max_columns + 1):
            apply(columns, scale)
            need = legend_size_mm(legend)
            if need.width() <= frame_w and need.height() <= frame_h:
                return columns, scale, True
            over = max(need.width() / frame_w, need.height() / frame_h)
            if scale == scales[-1] and (best is None or over < best[0]):
                best = (over, columns)
    apply(best[1], scales[-1])
    return best[1], scales[-1], False


def add_to_manager(project: QgsProject, layout: QgsPrintLayout, name: str) -> str:
    """Add ``layout`` under ``name`` to the project's layout manager, replacing one of the same name."""
    manager = project.layoutManager()
    old = manager.layoutByName(name)
    if old is not None:
        manager.removeLayout(old)
    layout.setName(name)
    manager.addLayout(layout)
    return name


def describe_layouts() -> Dict[str, str]:
    return {
        "a4_landscape": tr("A4 landscape"), "a4_portrait": tr("A4 portrait"),
        "a3_landscape": tr("A3 landscape"), "a3_portrait": tr("A3 portrait"),
    }


# ---------------------------------------------------------------- district labels and their numbered key

DISTRICT_LABEL_PT = 6.5
KEY_ITEM = "label_key"
KEYED_FIELD = "keyed"  # 0: the label, 1: a number with the name in the key, 2: the number is always shown


def district_labeling(label_field: str = "label", keyed_field: str = KEYED_FIELD):
    """Label settings for the districts choropleth: districts first, every label inside its polygon if it fits.

    District labels have the engine's highest priority and are placed horizontally inside their polygon
    (the engine tries several positions); district boundaries are obstacles, so point labels (hotspots,
    suggestions, which get callouts) keep off them. A label that cannot be placed is replaced by a number
    and a key (key_unplaced_labels); a number that cannot be placed either is forced (``keyed_field`` 2).
    The callout only draws for a number forced away from its district."""
    from qgis.core import (
        QgsLabelObstacleSettings,
        QgsPalLayerSettings,
        QgsProperty,
        QgsSimpleLineCallout,
        QgsTextBufferSettings,
        QgsTextFormat,
        QgsVectorLayerSimpleLabeling,
    )
    from qgis.PyQt.QtGui import QColor

    settings = QgsPalLayerSettings()
    settings.fieldName = label_field
    settings.isExpression = False
    settings.placement = compat.LABEL_PLACEMENT_HORIZONTAL
    settings.priority = 10
    # inside the own polygon only: a label pushed into a neighbour (even with a leader line) read as that
    # neighbour's name on the printed page; a district without room gets a number and a key line instead
    settings.setPolygonPlacementFlags(compat.LABEL_POLYGON_INSIDE)
    settings.fitInPolygonOnly = False  # a slight overrun is fine; a label that mostly lies outside is keyed
    obstacle = settings.obstacleSettings()
    obstacle.setIsObstacle(True)
    obstacle.setType(QgsLabelObstacleSettings.ObstacleType.PolygonBoundary)
    obstacle.setFactor(0.05)  # a weak obstacle: point labels keep off boundaries where they can (0.8 dropped
    # every hotspot label on the sample; 0.05 places 5 of the 6 that fit with no obstacle at all)
    fmt = QgsTextFormat()
    fmt.setFont(QFont("DejaVu Sans"))
    fmt.setSize(DISTRICT_LABEL_PT)
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.7)
    buffer.setColor(QColor(255, 255, 255, 220))
    fmt.setBuffer(buffer)
    settings.setFormat(fmt)
    settings.multilineAlign = compat.LABEL_MULTILINE_CENTER
    callout = QgsSimpleLineCallout()
    callout.setEnabled(True)
    callout.setLineSymbol(_callout_line())
    settings.setCallout(callout)
    settings.dataDefinedProperties().setProperty(
        compat.LABEL_PROPERTY_ALWAYS_SHOW, QgsProperty.fromExpression(f'coalesce("{keyed_field}", 0) = 2'))
    return QgsVectorLayerSimpleLabeling(settings)


def _callout_line():
    from qgis.core import QgsLineSymbol

    return QgsLineSymbol.createSimple({"line_color": "60,60,60,255", "line_width": "0.25"})


def map_labels(item: QgsLayoutItemMap, dpi: float = 150.0):
    """The labelling results of ``item`` as the layout draws it (QgsLabelingResults): which labels the
    engine placed, and where. Rendered once on the calling thread (see overview.py for why)."""
    from qgis.core import QgsMapRendererCustomPainterJob
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor, QImage, QPainter

    size = item.sizeWithUnits()
    px = QSizeF(size.width() / 25.4 * dpi, size.height() / 25.4 * dpi)
    settings = item.mapSettings(item.extent(), px, dpi, True)
    image = QImage(QSize(int(px.width()), int(px.height())), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        job = QgsMapRendererCustomPainterJob(settings, painter)
        job.renderSynchronously()
        results = job.takeLabelingResults()
    finally:
        painter.end()
    return results


def placed_label_ids(item: QgsLayoutItemMap, layer: QgsMapLayer, labels: Optional[List[tuple]] = None) -> set:
    """Feature ids of ``layer`` whose label the engine placed on ``item`` (from ``labels`` as export_labels
    gives them; by default those of a probe export)."""
    if labels is None:
        labels = export_labels(item)
    return {fid for layer_id, fid, _text, _rect in labels if layer_id == layer.id()}


def label_list(results) -> List[tuple]:
    """(layer id, feature id, text, QgsRectangle) of each placed label in a QgsLabelingResults."""
    if results is None:
        return []
    return [(p.layerID, p.featureId, p.labelText, QgsRectangle(p.labelRect)) for p in results.allLabels()
            if not p.isDiagram and not getattr(p, "isUnplaced", False)]  # layouts collect unplaced ones too


def export_labels(item: QgsLayoutItemMap) -> List[tuple]:
    """The placed labels (label_list) of ``item`` as a PDF export of its layout places them.

    A map rendered on its own at the same scale and resolution places labels differently from the layout's
    export (the engine found room for every district there and the PDF still dropped four), so the layout is
    exported once to a scratch PDF and QgsLayoutExporter.labelingResults() (3.20+) tells what it placed;
    older versions fall back to rendering the map alone (map_labels)."""
    import tempfile

    from qgis.core import QgsLayoutExporter

    from .writing import DPI

    exporter = QgsLayoutExporter(item.layout())
    if not hasattr(exporter, "labelingResults"):
        return label_list(map_labels(item, DPI))
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = DPI
    settings.rasterizeWholeImage = False
    settings.forceVectorOutput = True
    settings.appendGeoreference = False
    settings.exportMetadata = False
    settings.textRenderFormat = compat.TEXT_RENDER_ALWAYS_TEXT
    with tempfile.TemporaryDirectory(prefix="dispersion-labels-") as folder:
        status = exporter.exportToPdf(str(Path(folder) / "probe.pdf"), settings)
    if status != QgsLayoutExporter.ExportResult.Success:
        return label_list(map_labels(item, DPI))
    return label_list(exporter.labelingResults().get(item.uuid()))  # read while the exporter owns them


def key_unplaced_labels(layout: QgsPrintLayout, layer, name_field: str = "name", label_field: str = "label",
                        keyed_field: str = KEYED_FIELD) -> List[str]:
    """Give every district whose label the engine could not place a number on the map and a line in a key.

    No district label is dropped silently: the map is labelled once, each district without a placed label,
    or whose label would lie mostly outside it (label_fits: it would read as the neighbour's), gets the next
    number (in reading order, top left first) as its label, and the key box says "1 Innenstadt-Ost". The
    box sits in a corner of the map that hides no marker (and blocks labels there); where every corner is
    taken, the city moves to one side of the map (same scale) to gather the spare room for the key, and
    only where that is too small the map gives up a column on its right for it; the labels are then placed
    again. A number that still finds no place is forced. Returns the key's lines."""
    item = layout.itemById("map")
    old = layout.itemById(KEY_ITEM)
    if old is not None:
        layout.removeLayoutItem(old)
    fields = layer.fields()
    label_index, keyed_index = fields.indexFromName(label_field), fields.indexFromName(keyed_field)
    original = {f.id(): f[label_field] for f in layer.getFeatures()}
    column = shifted = False
    while True:
        layer.dataProvider().changeAttributeValues(
            {fid: {label_index: text, keyed_index: 0} for fid, text in original.items()})
        placed = placed_label_ids(item, layer)
        missing = [f for f in layer.getFeatures()
                   if f.id() not in placed or not label_fits(item, f.geometry(), str(f[label_field] or ""))]
        if not missing:
            layer.triggerRepaint()
            return []
        missing.sort(key=_reading_order)
        lines, changes = [], {}
        for number, feature in enumerate(missing, start=1):  # the key keeps the label's figures
            rest = [t for t in str(feature[label_field] or "").split("\n")[1:] if t]
            lines.append(f"{number} {feature[name_field]}" + ("\n    " + ", ".join(rest) if rest else ""))
            changes[feature.id()] = {label_index: str(number), keyed_index: 1}
        box = _key_box(layout, item, lines, layer, beside=column)
        if box is None and not shifted:  # the map's spare room, gathered on one side, may hold the key
            shifted = True
            if _gather_spare_room(layout, item, layer, lines):
                continue
        if box is None and not column:  # every corner covers the city: make room beside the map, label again
            _make_key_column(layout, item, lines)
            column = True
            continue
        break
    layer.dataProvider().changeAttributeValues(changes)
    still = [fid for fid in changes if fid not in placed_label_ids(item, layer)]
    if still:
        layer.dataProvider().changeAttributeValues({fid: {keyed_index: 2} for fid in still})
    layer.triggerRepaint()
    return lines


def _reading_order(feature) -> tuple:
    point = feature.geometry().pointOnSurface().asPoint()
    return (-round(point.y(), -2), point.x())


def _key_font() -> QFont:
    font = QFont("DejaVu Sans")
    font.setPointSizeF(DISTRICT_LABEL_PT)
    return font


def _key_size(lines: List[str]) -> tuple:
    """Width and height (mm) of the key box for ``lines`` (its heading included)."""
    from qgis.core import QgsLayoutUtils

    text = [tr("Numbered districts")] + [part for line in lines for part in line.split("\n")]
    width = max(QgsLayoutUtils.textWidthMM(_key_font(), line) for line in text) + 2 * 1.2 + 1.0
    height = len(text) * DISTRICT_LABEL_PT * 0.3528 * 1.3 + 2 * 1.0 + 0.5
    return width, height


def _gather_spare_room(layout: QgsPrintLayout, item: QgsLayoutItemMap, layer, lines: List[str]) -> bool:
    """Move the map's extent (same scale) so the city touches its right (or lower) side and the room
    left and right (or above and below) of it lies on one side, where the key then fits without hiding
    anything. False when the spare room is too small for the key."""
    width_mm, height_mm = _key_size(lines)
    ext, city = QgsRectangle(item.extent()), layer.extent()
    size = item.sizeWithUnits()
    units_per_mm = ext.width() / size.width()
    margin = 3.0 * units_per_mm
    if (ext.width() - city.width()) / units_per_mm >= width_mm + 8.0:
        xmax = city.xMaximum() + margin
        item.setExtent(QgsRectangle(xmax - ext.width(), ext.yMinimum(), xmax, ext.yMaximum()))
    elif (ext.height() - city.height()) / units_per_mm >= height_mm + 8.0:
        ymin = city.yMinimum() - margin
        item.setExtent(QgsRectangle(ext.xMinimum(), ymin, ext.xMaximum(), ymin + ext.height()))
    else:
        return False
    update_scalebar(layout)
    return True


def _make_key_column(layout: QgsPrintLayout, item: QgsLayoutItemMap, lines: List[str]) -> None:
    """Narrow the map by the key's width (plus a gap) so the key stands beside it; the map keeps showing
    the same area (at a smaller scale), the north arrow moves with the map's right edge."""
    from qgis.core import QgsLayoutPoint, QgsLayoutSize

    width, _height = _key_size(lines)
    width = min(width, item.sizeWithUnits().width() * 0.4)
    extent = QgsRectangle(item.extent())
    size = item.sizeWithUnits()
    item.attemptResize(QgsLayoutSize(size.width() - width - 3.0, size.height(), compat.LAYOUT_MILLIMETERS))
    fit_extent(item, extent)
    arrow = layout.itemById("north_arrow")
    if arrow is not None:
        pos = arrow.positionWithUnits()
        arrow.attemptMove(QgsLayoutPoint(pos.x() - width - 3.0, pos.y(), compat.LAYOUT_MILLIMETERS))
    update_scalebar(layout)


FIT_SHARE = 0.5  # a district label "fits" when at least half its box lies inside the district


def label_fits(item: QgsLayoutItemMap, geometry, text: str) -> bool:
    """True when ``text`` at the district label size, centred on the district's most inner point, lies
    mostly (``FIT_SHARE``) inside ``geometry`` at the map's scale. The engine is told it may overrun the
    polygon a little (a strict fit numbered half the city centre), so this decides what "cannot fit" means.
    Map units are metres: the export always maps in a projected CRS."""
    from qgis.core import QgsGeometry, QgsLayoutUtils

    if geometry is None or geometry.isEmpty() or not text:
        return True
    font = QFont("DejaVu Sans")
    font.setPointSizeF(DISTRICT_LABEL_PT)
    lines = text.split("\n")
    width_mm = max(QgsLayoutUtils.textWidthMM(font, line) for line in lines) + 1.4
    height_mm = len(lines) * DISTRICT_LABEL_PT * 0.3528 * 1.25 + 1.4
    metres_per_mm = item.scale() / 1000.0
    w, h = width_mm * metres_per_mm, height_mm * metres_per_mm
    centre = geometry.poleOfInaccessibility(max(w, h) / 50.0)[0]
    if centre is None or centre.isEmpty():
        return True
    c = centre.asPoint()
    box = QgsGeometry.fromRect(QgsRectangle(c.x() - w / 2, c.y() - h / 2, c.x() + w / 2, c.y() + h / 2))
    inside = geometry.intersection(box)
    return inside is not None and not inside.isEmpty() and inside.area() >= FIT_SHARE * box.area()


def _key_box(layout: QgsPrintLayout, item: QgsLayoutItemMap, lines: List[str], layer=None,
             beside: bool = False) -> Optional[QgsLayoutItemLabel]:
    """The key of numbered districts: a framed box in a corner of the map that covers no district (upper
    left, lower right, upper right below the north arrow), registered as blocking labels there; with
    ``beside``, right of the map (the column _make_key_column made). None when no corner is free."""
    from qgis.core import QgsLayoutMeasurement, QgsLayoutPoint, QgsLayoutSize
    from qgis.PyQt.QtGui import QColor

    width, height = _key_size(lines)
    pos, size = item.positionWithUnits(), item.sizeWithUnits()
    if beside:
        x, y = pos.x() + size.width() + 3.0, pos.y()
    else:
        corners = [(pos.x() + 2.0, pos.y() + 2.0),
                   (pos.x() + size.width() - 2.0 - width, pos.y() + size.height() - 2.0 - height)]
        arrow = layout.itemById("north_arrow")
        below = arrow.positionWithUnits().y() + arrow.sizeWithUnits().height() + 1.0 if arrow is not None \
            else pos.y() + 2.0
        corners.append((pos.x() + size.width() - 2.0 - width, below))
        if width >= size.width() * 0.6 or height >= size.height() - 4.0:
            return None
        # a corner may cover the edge of a district (a quarter of the box at most: the labels there move,
        # the box blocks them) but no point of the map: a marker under the key would be lost
        area = width * height * (item.scale() / 1000.0) ** 2
        scored = sorted((_covered(item, layer, cx, cy, width, height), i) for i, (cx, cy) in enumerate(corners))
        free = [corners[i] for covered, i in scored
                if covered <= 0.25 * area and not _points_under(item, corners[i], width, height)]
        if not free:
            return None
        x, y = free[0]
    box = QgsLayoutItemLabel(layout)
    box.setId(KEY_ITEM)
    box.setText(literal("\n".join([tr("Numbered districts")] + lines)))
    compat.set_label_font(box, _key_font())
    box.setMarginX(1.2)
    box.setMarginY(1.0)
    box.setBackgroundEnabled(True)
    box.setBackgroundColor(QColor(255, 255, 255, 235))
    box.setFrameEnabled(True)
    box.setFrameStrokeWidth(QgsLayoutMeasurement(0.2, compat.LAYOUT_MILLIMETERS))
    layout.addLayoutItem(box)
    box.attemptMove(QgsLayoutPoint(x, y, compat.LAYOUT_MILLIMETERS))
    box.attemptResize(QgsLayoutSize(width, height, compat.LAYOUT_MILLIMETERS))
    box.setZValue(item.zValue() + 50)
    if not beside:
        item.addLabelBlockingItem(box)  # no label hides under the key
    return box


def _page_rect_to_map(item: QgsLayoutItemMap, x_mm: float, y_mm: float, w_mm: float, h_mm: float) -> QgsRectangle:
    pos, size, ext = item.positionWithUnits(), item.sizeWithUnits(), item.extent()

    def to_map(px: float, py: float) -> tuple:
        return (ext.xMinimum() + (px - pos.x()) / size.width() * ext.width(),
                ext.yMaximum() - (py - pos.y()) / size.height() * ext.height())

    (x0, y0), (x1, y1) = to_map(x_mm, y_mm), to_map(x_mm + w_mm, y_mm + h_mm)
    return QgsRectangle(min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))


def _points_under(item: QgsLayoutItemMap, corner: tuple, w_mm: float, h_mm: float) -> bool:
    """True when a point layer of the map draws a feature under the page rectangle."""
    from qgis.core import QgsCoordinateTransform, QgsFeatureRequest, QgsProject, QgsVectorLayer

    rect = _page_rect_to_map(item, corner[0], corner[1], w_mm, h_mm)
    for lyr in item.layers():
        if not isinstance(lyr, QgsVectorLayer) or lyr.geometryType() != compat.GEOMETRY_POINT:
            continue
        transform = QgsCoordinateTransform(item.crs(), lyr.crs(), QgsProject.instance())
        try:
            area = transform.transformBoundingBox(rect)
        except Exception:  # noqa: BLE001 - a rectangle outside the layer's CRS holds none of its points
            continue
        for _feature in lyr.getFeatures(QgsFeatureRequest().setFilterRect(area).setNoAttributes()):
            return True
    return False


def _covered(item: QgsLayoutItemMap, layer, x_mm: float, y_mm: float, w_mm: float, h_mm: float) -> float:
    """How much of ``layer``'s features a page rectangle (mm) over the map ``item`` covers (map units²)."""
    from qgis.core import QgsFeatureRequest, QgsGeometry

    if layer is None:
        return 0.0
    rect = _page_rect_to_map(item, x_mm, y_mm, w_mm, h_mm)
    box = QgsGeometry.fromRect(rect)
    total = 0.0
    for feature in layer.getFeatures(QgsFeatureRequest().setFilterRect(rect)):
        part = feature.geometry().intersection(box)
        total += part.area() if part is not None and not part.isEmpty() else 0.0
    return total


# ---------------------------------------------------------------- inset and atlas helper layers

def city_layer(districts: Sequence, crs: str):
    """The city's boundary (the union of its districts) for the whole-city inset: the city within its
    surroundings, drawn as one shape with a firm outline."""
    from qgis.core import QgsFillSymbol as Fill
    from qgis.core import QgsSingleSymbolRenderer
    from shapely.ops import unary_union

    from ..qgis_adapters.layers import mark_generated, memory_layer

    shape = unary_union([d.geometry for d in districts])
    layer = memory_layer(tr("City boundary"), "polygon", crs, [("name", "text")], [({"name": ""}, shape)])
    layer.setRenderer(QgsSingleSymbolRenderer(Fill.createSimple(
        {"color": "215,215,215,255", "outline_color": "40,40,40,255", "outline_width": "0.45"})))
    mark_generated(layer)
    return layer


ATLAS_CURRENT = "\"district_id\" = attribute(@atlas_feature, 'district_id')"


def atlas_highlight_layer(districts: Sequence, crs: str):
    """Districts drawn over the choropleth on atlas pages: the page's district gets a dark outline, every other
    district a white veil, so it stands out. The test is our own expression on the atlas feature, evaluated by
    QGIS for each page; district data is compared, never evaluated."""
    from qgis.core import QgsFillSymbol as Fill
    from qgis.core import QgsProperty, QgsSingleSymbolRenderer

    from ..qgis_adapters.layers import mark_generated, memory_layer

    layer = memory_layer(tr("Districts"), "polygon", crs, [("district_id", "text")],
                         (({"district_id": d.district_id}, d.geometry) for d in districts))
    symbol = Fill.createSimple({"color": "255,255,255,150", "outline_color": "20,20,20,255", "outline_width": "0.9"})
    fill = symbol.symbolLayer(0)
    fill.setDataDefinedProperty(compat.SYMBOL_PROPERTY_FILL_COLOR, QgsProperty.fromExpression(
        f"if({ATLAS_CURRENT}, '0,0,0,0', '255,255,255,150')"))
    fill.setDataDefinedProperty(compat.SYMBOL_PROPERTY_STROKE_COLOR, QgsProperty.fromExpression(
        f"if({ATLAS_CURRENT}, '20,20,20,255', '0,0,0,0')"))
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    mark_generated(layer)
    return layer
