"""The INSEK page of a capacity plan (issue 17): one A4 landscape page with the timeline chart and a district table.

Public-safe by default: the page shows city totals (the timeline) and active places per district and
quarter, never a site's name, id or position; small counts in the district table are withheld by the
rules of core.privacy (primary and secondary suppression per quarter, "< 5" and "*"). Every string the
page prints is audited (export.audit, core.privacy.find_disclosures against the plan's sites) before
the file is written and the written file's text again before it is renamed into place: a page that
would name a site is refused and nothing is written. PDF, PNG or SVG by the target's suffix.

    export_capacity_page(record, districts, "capacity_page.pdf", public=True, language="de")
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple, Union

from qgis.core import (
    QgsLayoutItemLabel,
    QgsLayoutItemPage,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsPrintLayout,
    QgsProject,
)
from qgis.PyQt.QtGui import QFont

from .. import compat
from ..core import privacy
from ..core.capacity.compare import ScenarioRecord, district_active_places, district_names, status_text
from ..core.capacity.texts import Msg
from ..core.capacity.texts import fmt as num
from ..core.errors import DispersionError
from ..core.i18n import render
from .audit import audit_file, layout_strings, refuse
from .charts_layout import add_chart, inches
from .language import export_language, today, tr
from .literal import literal
from .writing import export_single, render_context, temp_name, umask

FORMATS = (".pdf", ".png", ".svg")
PAGE_W, PAGE_H = 297.0, 210.0
MARGIN = 10.0
CHART_RECT = (MARGIN, 31.0, 156.0, 134.0)
TABLE_X = 171.0
FONT = "DejaVu Sans"


@dataclass
class _Site:
    """A site as core.privacy.Sensitive reads shelters: what a public page must never print."""

    name: str
    shelter_id: str
    operator: Optional[str]
    group_label: Optional[str]
    x: float
    y: float


def sensitive_of(record: ScenarioRecord, lonlat: Sequence = ()) -> privacy.Sensitive:
    """The sites' names, ids and group labels and their positions (metres), for the audit."""
    sites = [_Site(str(s.get("name") or ""), str(s["site_id"]), None, s.get("group_label"),
                   float(s["x"]) if s.get("x") is not None else 0.0, float(s["y"]) if s.get("y") is not None else 0.0)
             for s in record.problem.get("sites", [])]
    out = privacy.Sensitive.of(sites, lonlat)
    out.xy = [(s.x, s.y) for s in sites if s.x or s.y]
    return out


def _names(record: ScenarioRecord, districts: Union[None, Mapping[str, str], Any]) -> Dict[str, str]:
    """district_id -> name: from a mapping, a districts layer (district_id and name fields) or the record."""
    names = district_names(record)
    if districts is None:
        return names
    if isinstance(districts, Mapping):
        return {**names, **{str(k): str(v) for k, v in districts.items()}}
    fields = districts.fields().names()
    if "district_id" in fields and "name" in fields:
        for f in districts.getFeatures():
            names[str(f["district_id"])] = str(f["name"])
    return names


def quarter_rows(record: ScenarioRecord, names: Mapping[str, str], public: bool,
                 threshold: int = privacy.DEFAULT_THRESHOLD) -> List[List[str]]:
    """The district table: a header, one row per district (active places at the end of each quarter) and the
    city total. Public: each quarter's column protected by core.privacy.protect (small counts "< 5",
    secondary suppression "*"). Why: the INSEK shows where places are over time, by district only."""
    per = district_active_places(record)
    T = record.horizon
    ends = list(range(3, T + 1, 3)) + ([T] if T % 3 else [])
    ids = sorted(per)
    header = [render(Msg("pg_district"), _lang())] + [render(Msg("pg_quarter", {"quarter": i + 1}), _lang())
                                                     for i in range(len(ends))]
    columns = []
    for end in ends:
        values = [int(per[d][end - 1]) for d in ids]
        prot = privacy.protect(values, threshold) if public else None
        texts = [prot.text(i, v) if prot is not None else render(num(v), _lang()) for i, v in enumerate(values)]
        total = sum(values)
        total_text = privacy.MARK if prot is not None and prot.total_hidden else render(num(total), _lang())
        columns.append((texts, total_text))
    rows = [header]
    for i, d in enumerate(ids):
        rows.append([f"{d} {names.get(d, '')}".strip()] + [col[0][i] for col in columns])
    rows.append([render(Msg("pg_total"), _lang())] + [col[1] for col in columns])
    return rows


def _lang() -> str:
    from .language import current_language

    return current_language()


def _label(layout: QgsPrintLayout, item_id: str, text: str, rect, size: float, bold: bool = False) -> QgsLayoutItemLabel:
    from qgis.PyQt.QtCore import Qt

    label = QgsLayoutItemLabel(layout)
    label.setId(item_id)
    label.setText(literal(text))
    font = QFont(FONT)
    font.setPointSizeF(size)
    font.setBold(bold)
    compat.set_label_font(label, font)
    label.setHAlign(Qt.AlignmentFlag.AlignLeft)
    layout.addLayoutItem(label)
    x, y, w, h = rect
    label.attemptMove(QgsLayoutPoint(x, y, compat.LAYOUT_MILLIMETERS))
    label.attemptResize(QgsLayoutSize(w, h, compat.LAYOUT_MILLIMETERS))
    return label


def _text_format(size: float, bold: bool = False):
    from qgis.core import QgsTextFormat

    fmt = QgsTextFormat()
    font = QFont(FONT)
    font.setBold(bold)
    fmt.setFont(font)
    fmt.setSize(size)
    fmt.setSizeUnit(compat.RENDER_POINTS)
    return fmt


def _table(layout: QgsPrintLayout, rows: List[List[str]], x: float, y: float, w: float, h: float) -> None:
    """The district table as a manual table (header row and total row bold)."""
    from qgis.core import QgsLayoutFrame, QgsLayoutItemManualTable, QgsTableCell

    table = QgsLayoutItemManualTable.create(layout)
    layout.addMultiFrame(table)
    cells = []
    for r, row in enumerate(rows):
        line = []
        for c, text in enumerate(row):
            cell = QgsTableCell(literal(text))
            bold = r == 0 or r == len(rows) - 1
            cell.setTextFormat(_text_format(6.2, bold))
            from qgis.PyQt.QtCore import Qt

            cell.setHorizontalAlignment(Qt.AlignmentFlag.AlignLeft if c == 0 else Qt.AlignmentFlag.AlignRight)
            line.append(cell)
        cells.append(line)
    table.setTableContents(cells)
    n = max(1, len(rows[0]) - 1)
    first = min(52.0, w * 0.46)
    table.setColumnWidths([first] + [(w - first) / n - 1.9] * n)
    table.setCellMargin(0.8)
    frame = QgsLayoutFrame(layout, table)
    frame.attemptMove(QgsLayoutPoint(x, y, compat.LAYOUT_MILLIMETERS))
    frame.attemptResize(QgsLayoutSize(w, h, compat.LAYOUT_MILLIMETERS))
    table.addFrame(frame)


def build_layout(record: ScenarioRecord, names: Mapping[str, str], public: bool, project: QgsProject,
                 threshold: int = privacy.DEFAULT_THRESHOLD, source: Optional[str] = None) -> tuple:
    """The page as a print layout, and every string it prints (for the audit)."""
    from ..report.capacity_charts import timeline_chart

    lang = _lang()
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.pageCollection().page(0).setPageSize("A4", QgsLayoutItemPage.Orientation.Landscape)
    layout.setName(render(Msg("pg_title"), lang))
    texts: List[str] = []

    def label(item_id, text, rect, size, bold=False):
        texts.append(text)
        _label(layout, item_id, text, rect, size, bold)

    label("title", render(Msg("pg_title"), lang), (MARGIN, 8.0, PAGE_W - 2 * MARGIN, 10.0), 15.0, bold=True)
    if record.has_plan:
        summary = Msg("pg_summary", {"months": record.horizon, "cost": num(record.cost or 0.0),
                                     "shortfall": num(record.peak_shortfall),
                                     "reserve": num(record.reserve_places_held.get("max", 0)),
                                     "load": num(record.max_load or 0.0, 1)})
    else:
        summary = Msg("pg_no_plan", {"message": status_text(record.status, lang)})
    label("summary", render(summary, lang), (MARGIN, 19.0, PAGE_W - 2 * MARGIN, 10.0), 8.5)
    svg = timeline_chart(record, fmt="svg", size=inches(CHART_RECT[2], CHART_RECT[3]), language=lang, tight=False,
                         font_size=8.0, public=True)
    add_chart(layout, "timeline", svg, CHART_RECT)
    label("table_title", render(Msg("pg_table_title"), lang), (TABLE_X, 31.0, PAGE_W - TABLE_X - MARGIN, 6.0), 9.0,
          bold=True)
    rows = quarter_rows(record, names, public, threshold) if record.has_plan else []
    if rows:
        texts.extend(t for row in rows for t in row)
        _table(layout, rows, TABLE_X, 38.0, PAGE_W - TABLE_X - MARGIN, 127.0)
    note = render(Msg("pg_note", {"min": threshold}), lang)
    label("illustrative_note", note, (MARGIN, 170.0, PAGE_W - 2 * MARGIN, 16.0), 8.0)
    src = render(Msg("pg_source", {"source": source or tr("own planning assumptions"), "date": today(),
                                   "name": record.name, "status": status_text(record.status, lang)}), lang)
    label("sources", src, (MARGIN, 192.0, PAGE_W - 2 * MARGIN, 8.0), 7.0)
    return layout, texts


def checked_layout(record: ScenarioRecord, districts_layer_or_names: Union[None, Mapping[str, str], Any],
                   public: bool, threshold: int, project: QgsProject, crs: Optional[str] = None,
                   source: Optional[str] = None) -> Tuple[QgsPrintLayout, privacy.Sensitive]:
    """The page's layout, ready to render, and what it must never show (the plan's sites), in the export language
    already set. Public: the page's strings are audited first (DispersionError, nothing built, when one names a
    site). Why: the capacity dialog writes the page alone, the INSEK export adds it to its own PDF; both get the
    same page and the same audit."""
    names = _names(record, districts_layer_or_names)
    layout, texts = build_layout(record, names, public, project, threshold, source)
    render_context(layout, public)
    sensitive = sensitive_of(record, _lonlat(record, crs) if crs else ())
    if public:
        refuse(privacy.find_disclosures("\n".join(texts + layout_strings(layout)), sensitive), tr("the map's texts"))
    return layout, sensitive


def export_capacity_page(record: ScenarioRecord, districts_layer_or_names: Union[None, Mapping[str, str], Any],
                         path: str, public: bool = True, language: Optional[str] = None,
                         threshold: int = privacy.DEFAULT_THRESHOLD, source: Optional[str] = None,
                         project: Optional[QgsProject] = None, crs: Optional[str] = None) -> str:
    """Write the INSEK page of ``record`` to ``path`` (.pdf, .png or .svg); returns the path.

    Why: the council and the public see the capacity plan as the INSEK shows other figures, by district,
    with the illustrative-scenario note. ``districts_layer_or_names``: a districts layer (district_id, name),
    a mapping id -> name, or None (the names saved with the record). ``public``: suppress small counts and
    refuse (DispersionError, nothing written) a page whose text would name a site or its position. ``crs``:
    the CRS of the sites' x/y, to audit longitude/latitude as well.
    """
    target = Path(path)
    if target.suffix.lower() not in FORMATS:
        raise DispersionError(tr("Unsupported output format '{suffix}'; use .pdf, .png or .svg.").format(
            suffix=target.suffix))
    threshold = privacy.check_threshold(threshold)
    with export_language(language):
        layout, sensitive = checked_layout(record, districts_layer_or_names, public, threshold,
                                           project or QgsProject.instance(), crs, source)
        tmp = temp_name(target)
        try:
            export_single(layout, tmp, public)
            if public:
                audit_file(tmp, sensitive)
            os.chmod(tmp, 0o666 & ~umask())
            os.replace(tmp, target)
        except BaseException:
            try:
                tmp.unlink()
            except OSError:
                pass
            raise
    return str(target)


def _lonlat(record: ScenarioRecord, crs: str) -> List:
    from qgis.core import QgsCoordinateReferenceSystem

    from .audit import lonlat

    pts = [(float(s["x"]), float(s["y"])) for s in record.problem.get("sites", [])
           if s.get("x") is not None and s.get("y") is not None]
    return lonlat(pts, QgsCoordinateReferenceSystem(crs))
