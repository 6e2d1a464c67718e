"""dispersion:zensuspopulation — district population from a Zensus grid, as a finer or missing population base."""
from __future__ import annotations

from qgis.core import (
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
)

from .. import compat
from ..core.validation import as_text
from ..qgis_adapters.i18n import tr, tr_message
from .base import DispersionAlgorithm


class ZensusPopulationAlgorithm(DispersionAlgorithm):
    NAME = "zensuspopulation"
    HELP_SECTION = "import"
    TAGS_EN = ("Zensus", "census", "population", "inhabitants", "district")
    TAGS_DE = ("Zensus", "Bevölkerung", "Einwohner", "Stadtteil", "Ortsbezirk")
    GROUP = "data"
    INPUT, DISTRICTS, VALUE_FIELD, OUTPUT = "INPUT", "DISTRICTS", "VALUE_FIELD", "OUTPUT"

    def display_name(self) -> str:
        return tr("District population from a Zensus grid")

    def help_text(self) -> str:
        return tr(
            "Sums the inhabitants of a Zensus 2022 grid CSV (100 m, 1 km or 10 km) per district and writes a copy of "
            "the districts with the fields population_zensus, zensus_cells and zensus_suppressed_cells. A cell counts "
            "for the district that contains its centre; suppressed cells (\"–\") count 0 and are reported. Use "
            "population_zensus as POPULATION_FIELD of dispersion:analyse or dispersion:suggest where the city's own "
            "figures are missing or coarser. The districts layer is not changed."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFile(self.INPUT, tr("Zensus grid CSV"), extension="csv"))
        ps = self.planning_defaults()
        self.addParameter(QgsProcessingParameterFeatureSource(self.DISTRICTS, tr("Districts"), [compat.SOURCE_VECTOR_POLYGON],
                                                            defaultValue=self.layer_default("districts", ps)))
        self.add_field_parameters(self.DISTRICTS, "districts", ps)
        self.addParameter(QgsProcessingParameterString(self.VALUE_FIELD, tr("Population column of the grid"), "Einwohner"))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Districts with grid population"),
                                                            compat.SOURCE_VECTOR_POLYGON))

    def execute(self, parameters, context, feedback, outputs):
        from ..io.zensus import zensus_population_by_district
        from ..qgis_adapters.layers import _python_value, field_kind

        layer, source = self.input_source(parameters, self.DISTRICTS, context)
        explicit = self.field_map(parameters, context, self.DISTRICTS, "districts", layer, feedback)
        data = self.planning_data({"districts": layer}, feedback, {"districts": explicit}, context=context,
                                  sources={"districts": source})
        progress, cancelled = self.callbacks(feedback, 5, 85)
        grid = zensus_population_by_district(
            self.parameterAsFile(parameters, self.INPUT, context),
            [(d.district_id, d.geometry) for d in data.districts], data.crs,
            self.parameterAsString(parameters, self.VALUE_FIELD, context) or "Einwohner",
            progress=progress, is_cancelled=cancelled)
        for note in grid.notes:
            feedback.pushInfo(tr_message(note))
        names = [f.name() for f in layer.fields()]
        fields = [(f.name(), field_kind(f)) for f in layer.fields()]
        fields += [(name, "int") for name in ("population_zensus", "zensus_cells", "zensus_suppressed_cells")]
        id_field = self._id_field(layer, explicit)

        def features():
            # the source: the copy holds the districts the run counted (selected features only, filters)
            from qgis.core import QgsFeatureRequest, QgsProcessingFeatureSource

            for feat in source.getFeatures(QgsFeatureRequest(), QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks):
                key = as_text(feat[id_field])  # the same normalisation the districts' ids got in validation
                geom = feat.geometry()
                yield ([_python_value(feat[n]) for n in names] +
                       [grid.counts.get(key), grid.cells.get(key), grid.suppressed_cells.get(key)],
                       bytes(geom.asWkb()) if geom is not None and not geom.isNull() else None)

        outputs.write_features(self.OUTPUT, fields, "polygon", layer.sourceCrs(), features())
        return {}

    @staticmethod
    def _id_field(layer, explicit=None) -> str:
        from ..qgis_adapters.layers import effective_field_map, run_field_maps

        with run_field_maps({}):  # Processing: the field parameters and the guess, never the hidden property
            return effective_field_map(layer, "districts", explicit).get("district_id", "district_id")
