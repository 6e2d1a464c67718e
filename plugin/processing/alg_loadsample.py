"""dispersion:loadsample — the Kaiserslautern sample, copied to a folder and loaded styled."""
from __future__ import annotations

from qgis.core import (
    QgsProcessingOutputString,
    QgsProcessingOutputVectorLayer,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFolderDestination,
)

from ..qgis_adapters.i18n import tr
from ..qgis_adapters.loading import SAMPLE_LAYERS, copy_sample, display_names
from .base import DispersionAlgorithm
from .postprocess import load_styled


class LoadSampleAlgorithm(DispersionAlgorithm):
    NAME = "loadsample"
    HELP_SECTION = "planning-set"
    TAGS_EN = ("sample", "example", "Kaiserslautern", "demo", "tutorial")
    TAGS_DE = ("Beispieldaten", "Beispiel", "Kaiserslautern", "Einstieg")
    GROUP = "data"
    OUTPUT = "OUTPUT"
    LOAD = "LOAD"

    def display_name(self) -> str:
        return tr("Load Kaiserslautern sample data")

    def help_text(self) -> str:
        return tr(
            "Copies the bundled Kaiserslautern sample (18 districts with schematic boundaries, 10 shelters with the "
            "figures of 28 Nov 2023, community hotspots, illustrative services and candidate sites) into OUTPUT and "
            "adds its layers to the project with the plugin's styles.\n\n"
            "OUTPUT: folder for the GeoPackage (a temporary folder when empty).\n"
            "LOAD: add the layers to the current project.\n\n"
            "The data are illustrative: boundaries are schematic and shelter positions are never real buildings."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterBoolean(self.LOAD, tr("Add the layers to the project"), defaultValue=True))
        self.addParameter(QgsProcessingParameterFolderDestination(self.OUTPUT, tr("Folder for the sample GeoPackage")))
        for kind in SAMPLE_LAYERS:
            self.addOutput(QgsProcessingOutputVectorLayer(kind.upper(), display_names()[kind]))
        self.addOutput(QgsProcessingOutputString("GPKG", tr("Sample GeoPackage")))

    def execute(self, parameters, context, feedback, outputs):
        folder = self.parameterAsString(parameters, self.OUTPUT, context)
        target = copy_sample(folder)
        feedback.pushInfo(tr("Sample copied to {path}").format(path=target))
        results = {self.OUTPUT: folder, "GPKG": str(target)}
        load = self.parameterAsBool(parameters, self.LOAD, context)
        names = display_names()
        for i, kind in enumerate(SAMPLE_LAYERS):
            source = f"{target}|layername={kind}"
            results[kind.upper()] = source
            if load:
                load_styled(context, source, kind, names[kind])
            feedback.setProgress(100 * (i + 1) / len(SAMPLE_LAYERS))
        return results
