"""Writing an INSEK layout to a file: render settings, staging name, single-page export, multi-page PDF.

Split from insek.py (which decides what the pages show). Files are written to a
hidden name beside the target; insek renames them into place once they are
complete and, for public outputs, audited (audit.py).
"""
from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import List, Optional, Sequence, Tuple

from qgis.core import QgsFeedback, QgsLayoutExporter, QgsLayoutItemMap, QgsPrintLayout
from qgis.PyQt.QtCore import QMarginsF, QSizeF
from qgis.PyQt.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

from .. import compat
from ..core.errors import CancelledError, DispersionError
from .audit import layout_strings
from .language import tr
from .layouts import page_size_mm, update_scalebar

DPI = 300


@dataclass
class MapFrame:
    """Where a map item sits on a page and which world extent it shows (for audits and tests)."""

    page: int
    item_id: str
    rect_mm: Tuple[float, float, float, float]
    extent: Tuple[float, float, float, float]
    page_mm: Tuple[float, float]


def render_context(layout: QgsPrintLayout, public: bool) -> None:
    ctx = layout.renderContext()
    ctx.setDpi(DPI)
    ctx.setTextRenderFormat(compat.TEXT_RENDER_ALWAYS_TEXT)
    ctx.setFlag(compat.LAYOUT_FLAG_FORCE_VECTOR, True)
    ctx.setFlag(compat.LAYOUT_FLAG_ANTIALIASING, True)


def temp_name(target: Path) -> Path:
    fd, name = tempfile.mkstemp(prefix=f".{target.stem}.", suffix=f".part{target.suffix}", dir=str(target.parent))
    os.close(fd)
    return Path(name)


def export_single(layout: QgsPrintLayout, tmp: Path, public: bool) -> None:
    exporter = QgsLayoutExporter(layout)
    suffix = tmp.suffix.lower()
    if suffix == ".pdf":
        s = QgsLayoutExporter.PdfExportSettings()
        s.dpi = DPI
        s.rasterizeWholeImage = False
        s.forceVectorOutput = True
        s.appendGeoreference = not public
        s.exportMetadata = not public
        s.writeGeoPdf = False
        s.textRenderFormat = compat.TEXT_RENDER_ALWAYS_TEXT
        status = exporter.exportToPdf(str(tmp), s)
    elif suffix == ".svg":
        s = QgsLayoutExporter.SvgExportSettings()
        s.dpi = DPI
        s.forceVectorOutput = True
        s.exportMetadata = not public
        s.exportAsLayers = False
        s.textRenderFormat = compat.TEXT_RENDER_ALWAYS_TEXT
        status = exporter.exportToSvg(str(tmp), s)
    else:
        s = QgsLayoutExporter.ImageExportSettings()
        s.dpi = DPI
        s.generateWorldFile = False
        s.exportMetadata = not public
        status = exporter.exportToImage(str(tmp), s)
    if status != QgsLayoutExporter.ExportResult.Success:
        raise DispersionError(tr("QGIS could not write the map ({error}).").format(error=export_error(exporter, status, tmp)))


def export_error(exporter: QgsLayoutExporter, status, path: Path) -> str:
    """Why an export failed: QGIS's own message where it has one (3.26+), else a reason for the status."""
    message = compat.exporter_error_message(exporter)
    if message:
        return message
    reasons = {"FileError": "cannot write the file '{path}' (folder read-only, disk full or path invalid)",
               "PrintError": "the printer failed", "MemoryError": "not enough memory for the image",
               "SvgLayerError": "the SVG layers could not be written", "IteratorError": "the atlas could not be iterated",
               "Canceled": "cancelled"}
    for name, text in reasons.items():
        if status == getattr(QgsLayoutExporter.ExportResult, name, object()):
            return text.format(path=path)
    return str(status)


def step(feedback: Optional[QgsFeedback], progress: float) -> None:
    """Report progress between steps (a dialog lets its Cancel click through here), then honour a cancel."""
    if feedback is not None:
        feedback.setProgress(progress)
        if feedback.isCanceled():
            raise CancelledError()


def pdf_pages(layouts: Sequence[QgsPrintLayout], tmp: Path, title: str, feedback: Optional[QgsFeedback],
               atlas_layout: Optional[QgsPrintLayout] = None, frames: Optional[List[MapFrame]] = None,
               texts: Optional[List[str]] = None) -> int:
    """Render the first page of each layout, then every atlas page, into one vector PDF.

    With ``texts``, each page's own strings (labels as evaluated for that page, legend, map labels) are
    collected there before the page is drawn, for the audit of public outputs."""
    writer = QPdfWriter(str(tmp))
    writer.setResolution(DPI)
    writer.setTitle(title)
    writer.setCreator("Dispersion Planner")
    painter: Optional[QPainter] = None
    pages = 0
    # count() is 0 until the atlas has gathered its features: updateFeatures() does that and returns the count
    total = len(layouts) + (atlas_layout.atlas().updateFeatures() if atlas_layout is not None else 0)

    def page(layout: QgsPrintLayout) -> None:
        nonlocal painter, pages
        if feedback is not None and feedback.isCanceled():
            raise CancelledError()
        w, h = page_size_mm(layout)
        writer.setPageLayout(QPageLayout(QPageSize(QSizeF(w, h), QPageSize.Unit.Millimeter),
                                         QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
        if painter is None:
            painter = QPainter()
            if not painter.begin(writer):
                raise DispersionError(tr("Cannot write to {path}.").format(path=tmp))
        else:
            writer.newPage()
        if texts is not None:
            texts.extend(layout_strings(layout))
        QgsLayoutExporter(layout).renderPage(painter, 0)
        if frames is not None:
            frames.extend(frames_of(layout, pages))
        pages += 1
        if feedback is not None:
            feedback.setProgress(100.0 * pages / max(total, 1))

    try:
        for layout in layouts:
            page(layout)
        if atlas_layout is not None:
            atlas = atlas_layout.atlas()
            if not atlas.beginRender():
                raise DispersionError(tr("The district atlas has no pages."))
            try:
                for i in range(atlas.count()):
                    atlas.seekTo(i)
                    update_scalebar(atlas_layout)
                    atlas_layout.refresh()
                    page(atlas_layout)
            finally:
                atlas.endRender()  # also when cancelled: the layout stays usable in the project
    finally:
        if painter is not None:
            painter.end()
    return pages


def frames_of(layout: QgsPrintLayout, page: int) -> List[MapFrame]:
    out = []
    pw, ph = page_size_mm(layout)
    for item_id in ("map", "overview"):
        item = layout.itemById(item_id)
        if isinstance(item, QgsLayoutItemMap) and item.isVisible():
            pos, size = item.positionWithUnits(), item.sizeWithUnits()
            e = item.extent()
            out.append(MapFrame(page, item_id, (pos.x(), pos.y(), size.width(), size.height()),
                                (e.xMinimum(), e.yMinimum(), e.xMaximum(), e.yMaximum()), (pw, ph)))
    return out


def umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
