"""Style layers that Processing loads into the project after an algorithm has run."""
from __future__ import annotations

from typing import Dict

from qgis.core import QgsProcessingContext, QgsProcessingLayerPostProcessorInterface

from ..qgis_adapters.styles import style_layer

# QGIS keeps only a raw pointer to post-processors: hold references here.
_KEEP: Dict[str, "StylePostProcessor"] = {}


class StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    def __init__(self, kind: str):
        super().__init__()
        self.kind = kind

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        style_layer(layer, self.kind)


def load_styled(context: QgsProcessingContext, layer_id_or_source: str, kind: str, name: str) -> None:
    """Ask Processing to add the output to the project on completion, with the kind's style."""
    details = QgsProcessingContext.LayerDetails(name, context.project(), name)
    processor = _KEEP.setdefault(kind, StylePostProcessor(kind))
    details.setPostProcessor(processor)
    context.addLayerToLoadOnCompletion(layer_id_or_source, details)


def style_on_completion(context: QgsProcessingContext, layer_id: str, kind: str) -> None:
    """Attach the kind's style to an output (feature sink) that Processing will load anyway."""
    if context.willLoadLayerOnCompletion(layer_id):
        processor = _KEEP.setdefault(kind, StylePostProcessor(kind))
        context.layerToLoadOnCompletionDetails(layer_id).setPostProcessor(processor)
