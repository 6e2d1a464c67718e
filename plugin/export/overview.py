"""A quick overview image of styled layers (used by the demo and the dialogs' previews)."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Sequence

from qgis.core import QgsMapLayer, QgsMapRendererParallelJob, QgsMapSettings, QgsRectangle
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor


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
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.part.png")
    if not image.save(str(tmp), "PNG"):
        raise OSError(f"could not write {path}")
    os.replace(tmp, target)
    return str(target)
