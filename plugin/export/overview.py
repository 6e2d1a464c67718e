"""A quick overview image of styled layers (used by the demo and the dialogs' previews).

Rendered synchronously on the calling thread with a custom-painter job: the
districts' ``per_1000`` virtual field evaluates ``aggregate()``, which QGIS 3.40
and later run on the main thread. A parallel job waited on from the main thread
therefore deadlocks there (the worker waits for the main thread, the main thread
for the worker); rendering in the calling thread needs no hand-over at all.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Sequence

from qgis.core import QgsMapLayer, QgsMapRendererCustomPainterJob, QgsMapSettings, QgsRectangle
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor, QImage, QPainter


def render_overview(layers: Sequence[QgsMapLayer], path: str, width: int = 1600, height: int = 1200,
                    extent: QgsRectangle | None = None) -> str:
    """Render ``layers`` (top first) to a PNG at ``path``, atomically."""
    settings = QgsMapSettings()
    settings.setLayers(list(layers))
    settings.setDestinationCrs(layers[-1].crs())
    settings.setOutputSize(QSize(width, height))
    settings.setBackgroundColor(QColor("white"))
    settings.setFlag(QgsMapSettings.Antialiasing, True)
    if extent is None:
        extent = QgsRectangle(layers[-1].extent())
        extent.scale(1.05)
    settings.setExtent(extent)
    image = QImage(QSize(width, height), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        job = QgsMapRendererCustomPainterJob(settings, painter)
        job.renderSynchronously()
    finally:
        painter.end()
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.part.png")
    if not image.save(str(tmp), "PNG"):
        raise OSError(f"could not write {path}")
    os.replace(tmp, target)
    return str(target)
