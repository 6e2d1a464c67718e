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
            shrink_to_width(item, text)


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


def setup_maps(layout: QgsPrintLayout, layers: Sequence[QgsMapLayer], extent: QgsRectangle,
               overview_layers: Sequence[QgsMapLayer], city_extent: QgsRectangle, crs) -> QgsLayoutItemMap:
    """Fill the main map, overview inset and scale bar; layers are top first."""
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
        ext.scale(1.05)
        fit_extent(overview, ext)
        overview.overview().setLinkedMap(main)
        overview.overview().setFrameSymbol(QgsFillSymbol.createSimple(
            {"color": "0,0,0,0", "outline_color": "215,25,28,255", "outline_width": "0.6"}))
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
        scalebar.update()


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
    legend.setSplitLayer(True)
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
    fewest columns (1..``max_columns``); fonts, symbols and spacing shrink together, to 60 % at most.

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

    best = None
    for scale in LEGEND_SCALES:
        for columns in range(1, max_columns + 1):
            apply(columns, scale)
            need = legend_size_mm(legend)
            if need.width() <= frame_w and need.height() <= frame_h:
                return columns, scale, True
            over = max(need.width() / frame_w, need.height() / frame_h)
            if scale == LEGEND_SCALES[-1] and (best is None or over < best[0]):
                best = (over, columns)
    apply(best[1], LEGEND_SCALES[-1])
    return best[1], LEGEND_SCALES[-1], False


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
