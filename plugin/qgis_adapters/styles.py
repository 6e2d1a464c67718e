"""Style presets: QML files under resources/styles, applied on load and offered in the layer's style menu."""
from __future__ import annotations

from pathlib import Path
from typing import Dict, Sequence

from qgis.core import Qgis, QgsMapLayerStyle, QgsVectorLayer

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
    "district_metrics": ("district_metrics_gi", "districts_per_1000"),
    "shelters": ("shelters",),
    "hotspots": ("hotspots",),
    "services": ("services",),
    "candidates": ("candidates",),
    "suggestions": ("suggestions",),
}


def preset_title(preset: str) -> str:
    titles = {
        "districts_per_1000": tr("Places per 1,000 inhabitants"),
        "district_metrics_gi": tr("Hot and cold spots (Gi*)"),
        "shelters": tr("Shelters by capacity and utilisation"),
        "hotspots": tr("Community hotspots with radius"),
        "services": tr("Services by category"),
        "candidates": tr("Candidate sites"),
        "suggestions": tr("Suggested placements"),
    }
    return titles.get(preset, preset)


def qml_path(preset: str) -> Path:
    return STYLE_DIR / f"{PRESETS[preset]}.qml"


def apply_preset(layer: QgsVectorLayer, preset: str) -> bool:
    """Load one preset into ``layer``; logs and returns False when QGIS rejects it."""
    # everything but fields: a style must not drop the layer's expression fields (per_1000)
    categories = compat.STYLE_CATEGORIES_LOOK
    message, ok = layer.loadNamedStyle(str(qml_path(preset)), categories=categories)
    if not ok:
        log(tr("Style preset '{preset}' could not be applied to '{layer}': {message}").format(
            preset=preset, layer=layer.name(), message=message), Qgis.MessageLevel.Warning)
    layer.triggerRepaint()
    return bool(ok)


def style_layer(layer: QgsVectorLayer, kind: str) -> bool:
    """Apply the kind's presets and register each as a named style in the layer's style menu."""
    presets = KIND_PRESETS.get(kind, ())
    if not presets:
        return False
    manager = layer.styleManager()
    ok_all = True
    for preset in reversed(presets):  # the first preset ends up current
        ok = apply_preset(layer, preset)
        ok_all &= ok
        name = preset_title(preset)
        style = QgsMapLayerStyle()
        style.readFromLayer(layer)
        if name in manager.styles():
            manager.removeStyle(name)
        manager.addStyle(name, style)
    manager.setCurrentStyle(preset_title(presets[0]))
    return ok_all
