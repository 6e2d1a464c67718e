"""Charts in print layouts: drawn for the item's size in millimetres, as vector SVG, in the export's language.

A chart is a picture item holding the SVG itself ("base64:" data, so a layout
added to the project keeps working without a temporary file). The figure is
exactly the item's size, so its fonts print at their point size (>= 6 pt),
and the item is told that the data is SVG: without the format QGIS guesses
raster and prints the chart as a 72-96 ppi JPEG.
"""
from __future__ import annotations

import base64
from typing import Any, Dict, List, Optional, Sequence, Tuple

from qgis.core import QgsLayoutItemPicture, QgsLayoutPoint, QgsLayoutSize, QgsPrintLayout

from .. import compat
from ..core import privacy
from ..qgis_adapters.log import log
from .language import current_language, tr

MM_PER_INCH = 25.4
BASE64 = "base64:"
CHART_FONT_PT = 8.0  # titles; axis labels, ticks and legends 2 pt smaller (never below 6 pt)
Rect = Tuple[float, float, float, float]  # x, y, width, height in mm


def inches(width_mm: float, height_mm: float) -> Tuple[float, float]:
    """A figure size for matplotlib (inches) from an item's size in mm."""
    return width_mm / MM_PER_INCH, height_mm / MM_PER_INCH


def add_chart(layout: QgsPrintLayout, item_id: str, svg: bytes, rect: Rect) -> QgsLayoutItemPicture:
    """Place ``svg`` (drawn for ``rect``'s size) as a vector picture item with id ``item_id``."""
    x, y, w, h = rect
    pic = QgsLayoutItemPicture(layout)
    pic.setId(item_id)
    pic.setPicturePath(BASE64 + base64.b64encode(svg).decode("ascii"), compat.PICTURE_FORMAT_SVG)
    layout.addLayoutItem(pic)
    pic.attemptMove(QgsLayoutPoint(x, y, compat.LAYOUT_MILLIMETERS))
    pic.attemptResize(QgsLayoutSize(w, h, compat.LAYOUT_MILLIMETERS))
    return pic


def chart_svg(item: QgsLayoutItemPicture) -> Optional[bytes]:
    """The SVG a chart item holds (None for another picture); why: tests read the chart's own texts."""
    path = item.picturePath()
    if not path.startswith(BASE64):
        return None
    data = base64.b64decode(path[len(BASE64):])
    return data if data.lstrip().startswith((b"<?xml", b"<svg")) else None


def _city_rate(figures: Any, table: Optional[privacy.PublicTable], aggregates: Sequence[Any]) -> Optional[float]:
    if table is not None:
        if table.places_total is None or not table.population_total:
            return None
        return table.places_total * 1000.0 / table.population_total
    city = {m: v for m, v, _n in getattr(figures, "city", [])}
    if city.get("per_1000_city") is not None:
        return float(city["per_1000_city"])
    pop = sum(a.population or 0 for a in aggregates)
    return sum(a.places for a in aggregates) * 1000.0 / pop if pop else None


def load_rows(aggregates: Sequence[Any], table: Optional[privacy.PublicTable],
              threshold: int) -> Tuple[List[Dict[str, Any]], Dict[str, float]]:
    """District rates for the chart and, where places were suggested, the rates after them.

    Public: only what the page publishes anyway: rates of districts whose places are shown, and an "after"
    rate only where the suggested places are shown too (the same protection as the district table)."""
    rows: List[Dict[str, Any]] = []
    after: Dict[str, float] = {}
    planned_prot = privacy.protect([a.planned_places for a in aggregates], threshold) if table is not None else None
    for i, a in enumerate(aggregates):
        rate = table.rows[i]["per_1000"] if table is not None else a.per_1000
        if rate is None or not a.population:
            continue
        rows.append({"district_id": a.district_id, "name": a.name, "per_1000": rate})
        if a.planned_places and (planned_prot is None or not planned_prot.hidden(i)):
            after[a.district_id] = (a.places + a.planned_places) * 1000.0 / a.population
    return rows, after


def add_summary_charts(layout: QgsPrintLayout, figures: Any, aggregates: Sequence[Any],
                       table: Optional[privacy.PublicTable], threshold: int, rect: Rect) -> List[str]:
    """The summary page's charts in ``rect``: the Lorenz curve above, places per 1,000 by district against the
    city mean (before/after when places were suggested) below. Returns the ids of the items placed."""
    try:
        from ..report.charts import load_chart, lorenz_chart
    except ImportError:
        log(tr("matplotlib is not installed: the Lorenz curve is left out of the summary page."))
        return []
    language = current_language()
    x, y, w, h = rect
    placed: List[str] = []
    gap = 3.0
    side = min(w, h * 0.45)
    points = list(getattr(figures, "lorenz", []) or [])
    if len(points) >= 2:
        gini = {m: v for m, v, _n in getattr(figures, "city", [])}.get("gini")
        svg = lorenz_chart(points, gini, fmt="svg", size=inches(w, side), language=language, tight=False,
                           font_size=CHART_FONT_PT)
        add_chart(layout, "lorenz", svg, (x, y, w, side))
        placed.append("lorenz")
    else:
        side, gap = 0.0, 0.0
    rows, after = load_rows(aggregates, table, threshold)
    withheld = sum(1 for a in aggregates if a.population) - len(rows)
    note = tr("without {n} withheld districts (*)").format(n=withheld) if withheld else None
    bar_h = h - side - gap
    if rows and bar_h >= 40:
        svg = load_chart(rows, _city_rate(figures, table, aggregates), fmt="svg", after=after or None,
                         size=inches(w, bar_h), language=language, tight=False, horizontal=True,
                         font_size=CHART_FONT_PT, name_length=30, note=note)
        add_chart(layout, "load_chart", svg, (x, y + side + gap, w, bar_h))
        placed.append("load_chart")
    return placed
