"""The privacy audit of public INSEK outputs: what a page prints, and what a reader can extract from the file.

Split from insek.py. A public export is refused (nothing written) when any
string of its layouts, or any text extractable from the written file, names a
shelter, its id, operator, group label or coordinates (core.privacy decides
what counts as a disclosure).
"""
from __future__ import annotations

from pathlib import Path
from typing import List, Sequence, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsLayoutItemMap,
    QgsPrintLayout,
    QgsProject,
    QgsVectorLayer,
)

from ..core import privacy
from ..core.errors import DispersionError
from ..qgis_adapters.i18n import tr
from . import extract
from .layouts import legend_texts


def lonlat(points: Sequence[Tuple[float, float]], crs: QgsCoordinateReferenceSystem) -> List[Tuple[float, float]]:
    """Shelter positions in WGS 84, for the audit (a public text must not carry them in degrees either)."""
    from qgis.core import QgsPointXY

    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    transform = QgsCoordinateTransform(crs, wgs84, QgsProject.instance())
    out = []
    for x, y in points:
        try:
            p = transform.transform(QgsPointXY(x, y))
        except Exception:  # QgsCsException: a point outside the CRS's area has no degrees to leak
            continue
        out.append((p.x(), p.y()))
    return out


def layout_strings(layout: QgsPrintLayout) -> List[str]:
    """Every string the layout prints, as QGIS evaluates it for the current (atlas) page: label texts, legend
    titles and class labels, the labels of the map layers (their label field or expression for each feature),
    attribute table cells and the text of embedded SVG pictures."""
    from qgis.core import (
        QgsExpression,
        QgsExpressionContext,
        QgsExpressionContextUtils,
        QgsLayoutItemLabel,
        QgsLayoutItemLegend,
        QgsLayoutItemPicture,
    )

    out: List[str] = []
    for item in layout.items():
        if isinstance(item, QgsLayoutItemLabel) and item.isVisible():
            out.append(item.currentText())
        elif isinstance(item, QgsLayoutItemLegend):
            out.extend(legend_texts(item))
        elif isinstance(item, QgsLayoutItemMap):
            for lyr in item.layers():
                if not isinstance(lyr, QgsVectorLayer) or not lyr.labelsEnabled() or lyr.labeling() is None:
                    continue
                settings = lyr.labeling().settings() if hasattr(lyr.labeling(), "settings") else None
                if settings is None:
                    continue
                context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(lyr))
                expr = QgsExpression(settings.fieldName if settings.isExpression else QgsExpression.quotedColumnRef(settings.fieldName))
                for feat in lyr.getFeatures():
                    context.setFeature(feat)
                    value = expr.evaluate(context)
                    if value is not None:
                        out.append(str(value))
        elif isinstance(item, QgsLayoutItemPicture):
            path = item.picturePath()
            if path.startswith("base64:"):
                import base64

                try:
                    out.append(extract.svg_text(base64.b64decode(path[7:])))
                except Exception:  # not an SVG (a raster logo): no text to read
                    pass
    for frame in layout.multiFrames():
        contents = getattr(frame, "contents", None)
        if callable(contents):
            try:
                for row in contents() or []:
                    out.extend(str(cell) for cell in row)
            except TypeError:
                pass
    return out


def refuse(leaks: Sequence[str], where: str) -> None:
    if leaks:
        raise DispersionError(tr("The public export was stopped: {where} would contain {what}. Nothing was "
                                 "written.").format(where=where, what="; ".join(dict.fromkeys(leaks))))


def audit_file(tmp: Path, sensitive: privacy.Sensitive) -> None:
    """Last check of a public file: the text a reader can extract from it (PDF text layer and document strings,
    SVG text nodes and attributes, PNG text chunks) holds no shelter name, id, operator, group label or
    coordinate."""
    try:
        text = extract.file_text(str(tmp))
    except Exception as exc:  # an unreadable output is not published
        raise DispersionError(tr("The public export was stopped: its text could not be checked ({error}). "
                                 "Nothing was written.").format(error=exc)) from exc
    refuse(privacy.find_disclosures(text, sensitive), tr("the written file"))
