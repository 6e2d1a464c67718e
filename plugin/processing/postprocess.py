"""Style layers that Processing loads into the project after an algorithm has run."""
from __future__ import annotations

from typing import List

from qgis.core import QgsProcessingContext, QgsProcessingLayerPostProcessorInterface

from ..qgis_adapters.layers import tidy_loaded_result
from ..qgis_adapters.styles import style_layer

# kinds whose loaded outputs are results: marked generated (never offered in pickers) and put in the results group
RESULT_KINDS = ("district_metrics", "suggestions", "districts_after")

# QGIS deletes a post-processor with the run's context; the Python side keeps a reference so
# the wrapper is not collected before that. Never reuse one: each output gets a new one.
_KEEP: List[StylePostProcessor] = []


def _new(kind: str) -> StylePostProcessor:
    processor = StylePostProcessor(kind)
    _KEEP.append(processor)
    del _KEEP[:-50]  # older runs' contexts are gone; keep the list small
    return processor


class StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    def __init__(self, kind: str):
        super().__init__()
        self.kind = kind

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        # the analysis output opens styled by places per 1,000 with Gi* as a second style, like the dialog's
        style_layer(layer, self.kind)
        if self.kind in RESULT_KINDS:
            tidy_loaded_result(layer, self.kind, context.project() if context is not None else None)


def load_styled(context: QgsProcessingContext, layer_id_or_source: str, kind: str, name: str) -> None:
    """Ask Processing to add the output to the project on completion, with the kind's style."""
    details = QgsProcessingContext.LayerDetails(name, context.project(), name)
    details.setPostProcessor(_new(kind))
    context.addLayerToLoadOnCompletion(layer_id_or_source, details)


def style_on_completion(context: QgsProcessingContext, layer_id: str, kind: str) -> None:
    """Attach the kind's style to an output (feature sink) that Processing will load anyway."""
    if context.willLoadLayerOnCompletion(layer_id):
        context.layerToLoadOnCompletionDetails(layer_id).setPostProcessor(_new(kind))
