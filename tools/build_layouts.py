"""Build the INSEK print layout templates (resources/layouts/*.qpt).

Run with the system interpreter: ``QT_QPA_PLATFORM=offscreen python3 tools/build_layouts.py``.
Every template has the same item ids, which plugin/export/layouts.py fills:
title, subtitle, logo, map, overview, profile, legend, scalebar, north_arrow,
sources, notice, illustrative_note.
"""
from __future__ import annotations

import sys
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsFillSymbol,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutMeasurement,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

OUT = Path(__file__).resolve().parents[1] / "resources" / "layouts"
PAGES = {"a4": (297.0, 210.0), "a3": (420.0, 297.0)}
FONT = "DejaVu Sans"
NORTH_ARROW = "arrows/NorthArrow_02.svg"


def _label(layout, item_id, text, rect, size, bold=False, color="#202020", halign=Qt.AlignLeft, valign=Qt.AlignTop):
    label = QgsLayoutItemLabel(layout)
    label.setId(item_id)
    label.setText(text)
    font = QFont(FONT)
    font.setPointSizeF(size)
    font.setBold(bold)
    label.setFont(font)
    label.setFontColor(QColor(color))
    label.setHAlign(halign)
    label.setVAlign(valign)
    label.setMarginX(0.5)
    label.setMarginY(0.5)
    layout.addLayoutItem(label)
    _place(label, rect)
    return label


def _place(item, rect):
    x, y, w, h = rect
    item.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutMillimeters))
    item.attemptResize(QgsLayoutSize(w, h, QgsUnitTypes.LayoutMillimeters))


def build(size: str, orientation: str) -> QgsPrintLayout:
    long_side, short_side = PAGES[size]
    width, height = (long_side, short_side) if orientation == "landscape" else (short_side, long_side)
    s = short_side / 210.0  # A3 scales fonts and margins by 1.41
    layout = QgsPrintLayout(QgsProject.instance())
    layout.initializeDefaults()
    layout.setName(f"INSEK {size.upper()} {orientation}")
    page = layout.pageCollection().page(0)
    page.setPageSize(QgsLayoutSize(width, height, QgsUnitTypes.LayoutMillimeters))
    m = 10 * s
    header = 22 * s
    footer = (20 if orientation == "landscape" else 26) * s
    _label(layout, "title", "Title", (m, m * 0.7, width - 2 * m - 40 * s, 10 * s), 18 * s, bold=True)
    _label(layout, "subtitle", "Subtitle", (m, m * 0.7 + 10 * s, width - 2 * m - 40 * s, 7 * s), 10 * s,
           color="#505050")
    logo = QgsLayoutItemPicture(layout)
    logo.setId("logo")
    layout.addLayoutItem(logo)
    _place(logo, (width - m - 36 * s, m * 0.5, 36 * s, 18 * s))

    top = m + header - m * 0.3
    bottom = height - m - footer
    if orientation == "landscape":
        # the side column is wide enough for a two-column legend (a layer's heading never splits from its items)
        map_rect = (m, top, (width - 2 * m) * 0.64, bottom - top)
        px = m + map_rect[2] + 5 * s
        pw = width - m - px
        ov_rect = (px, top, pw, pw * 0.5)
        prof_rect = (px, ov_rect[1] + ov_rect[3] + 3 * s, pw, 34 * s)
        leg_rect = (px, prof_rect[1] + prof_rect[3] + 2 * s, pw, bottom - (prof_rect[1] + prof_rect[3] + 2 * s))
    else:
        # the panel below the map holds the inset, the profile and a two-column legend and no more: a
        # taller panel left its lower part empty (on A3 a third of the page)
        map_rect = (m, top, width - 2 * m, (bottom - top) * 0.72)
        y0 = top + map_rect[3] + 4 * s
        # the legend gets the widest column: two legend columns (districts | services) need the room,
        # the profile text wraps
        free = width - 2 * m - 8 * s
        ov_w, prof_w = free * 0.25, free * 0.27
        ov_rect = (m, y0, ov_w, min(ov_w * 0.8, bottom - y0))
        prof_rect = (m + ov_w + 4 * s, y0, prof_w, bottom - y0)
        leg_rect = (prof_rect[0] + prof_w + 4 * s, y0, width - m - (prof_rect[0] + prof_w + 4 * s), bottom - y0)

    main = QgsLayoutItemMap(layout)
    main.setId("map")
    main.setFrameEnabled(True)
    main.setFrameStrokeWidth(QgsLayoutMeasurement(0.3 * s, QgsUnitTypes.LayoutMillimeters))
    main.setBackgroundColor(QColor("white"))
    layout.addLayoutItem(main)
    _place(main, map_rect)

    overview = QgsLayoutItemMap(layout)
    overview.setId("overview")
    overview.setFrameEnabled(True)
    overview.setBackgroundColor(QColor("white"))
    layout.addLayoutItem(overview)
    _place(overview, ov_rect)
    overview.overview().setLinkedMap(main)
    overview.overview().setFrameSymbol(QgsFillSymbol.createSimple(
        {"color": "0,0,0,0", "outline_color": "215,25,28,255", "outline_width": str(0.6 * s)}))

    _label(layout, "profile", "", prof_rect, 7.5 * s)

    legend = QgsLayoutItemLegend(layout)
    legend.setId("legend")
    legend.setTitle("Legend")
    legend.setLinkedMap(main)
    legend.setAutoUpdateModel(False)
    legend.setResizeToContents(False)
    legend.setBackgroundEnabled(False)
    legend.setColumnCount(2)
    legend.setSplitLayer(False)  # a layer's heading stays with its items
    legend.setEqualColumnWidth(False)
    for style in (QgsLegendStyle_all()):
        f = legend.style(style).font()
        f.setFamily(FONT)
        f.setPointSizeF({0: 9, 1: 8, 2: 7.5}.get(style_index(style), 7) * s)
        legend.rstyle(style).setFont(f)
    from qgis.core import QgsLegendStyle

    for style, top in ((QgsLegendStyle.Group, 2.0), (QgsLegendStyle.Subgroup, 2.0), (QgsLegendStyle.Symbol, 1.2),
                       (QgsLegendStyle.SymbolLabel, 1.2)):
        legend.rstyle(style).setMargin(QgsLegendStyle.Top, top * s)
    legend.setSymbolWidth(6 * s)
    legend.setSymbolHeight(3.5 * s)
    layout.addLayoutItem(legend)
    _place(legend, leg_rect)

    scalebar = QgsLayoutItemScaleBar(layout)
    scalebar.setId("scalebar")
    scalebar.setStyle("Single Box")
    scalebar.setLinkedMap(main)
    scalebar.setUnits(QgsUnitTypes.DistanceKilometers)
    scalebar.setUnitLabel("km")
    scalebar.setNumberOfSegments(2)
    scalebar.setNumberOfSegmentsLeft(0)
    scalebar.setUnitsPerSegment(1.0)
    scalebar.setHeight(1.5 * s)
    scalebar.setBackgroundEnabled(True)
    scalebar.setBackgroundColor(QColor(255, 255, 255, 220))
    fmt = scalebar.textFormat()
    fmt.setFont(QFont(FONT))
    fmt.setSize(7 * s)
    scalebar.setTextFormat(fmt)
    layout.addLayoutItem(scalebar)
    scalebar.attemptMove(QgsLayoutPoint(map_rect[0] + 3 * s, map_rect[1] + map_rect[3] - 11 * s,
                                        QgsUnitTypes.LayoutMillimeters))

    north = QgsLayoutItemPicture(layout)
    north.setId("north_arrow")
    north.setPicturePath(NORTH_ARROW)
    north.setNorthMode(QgsLayoutItemPicture.GridNorth)
    north.setLinkedMap(main)
    layout.addLayoutItem(north)
    _place(north, (map_rect[0] + map_rect[2] - 13 * s, map_rect[1] + 3 * s, 10 * s, 12 * s))

    fy = height - m - footer + 2 * s
    # every text at least 6 pt at print size (6.5 here: the sources are the smallest text on the page)
    _label(layout, "sources", "Sources", (m, fy, (width - 2 * m) * 0.64, footer), 6.5 * s, color="#404040")
    nx = m + (width - 2 * m) * 0.66
    _label(layout, "notice", "", (nx, fy, width - m - nx, footer * 0.7), 6 * s, bold=True, color="#8b1a1a")
    _label(layout, "illustrative_note", "", (nx, fy + footer * 0.72, width - m - nx, footer * 0.28), 6 * s,
           bold=True, color="#8a5a00")
    return layout


def QgsLegendStyle_all():  # noqa: N802
    from qgis.core import QgsLegendStyle

    return (QgsLegendStyle.Title, QgsLegendStyle.Group, QgsLegendStyle.Subgroup, QgsLegendStyle.SymbolLabel)


def style_index(style) -> int:
    from qgis.core import QgsLegendStyle

    return {QgsLegendStyle.Title: 0, QgsLegendStyle.Group: 1, QgsLegendStyle.Subgroup: 1}.get(style, 2)


def main() -> int:
    app = QgsApplication([], False)
    app.initQgis()
    OUT.mkdir(parents=True, exist_ok=True)
    for size in PAGES:
        for orientation in ("landscape", "portrait"):
            layout = build(size, orientation)
            target = OUT / f"{size}_{orientation}.qpt"
            if not layout.saveAsTemplate(str(target), QgsReadWriteContext()):
                sys.stderr.write(f"could not write {target}\n")
                return 1
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
