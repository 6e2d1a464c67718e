"""dispersion:analyse — concentration indices and spatial statistics per district and city-wide."""
from __future__ import annotations

from qgis.core import (
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
)

from .. import compat
from ..core.outputs import CITY_METRICS_FIELDS, DISTRICT_METRICS_FIELDS, city_metric_rows, district_metric_rows
from ..qgis_adapters.i18n import tr, tr_message, ui_language
from ..report.html import report_html
from .access_params import add_access_parameters, read_access_inputs
from .base import DispersionAlgorithm, distance_parameter


def places_mapping(layer, chosen: str, explicit=None):
    """Map the chosen places field onto the contract: returns (field overrides, places_field for the core).

    ``explicit``: the shelters' field parameters, which win over PLACES_FIELD (kept for compatibility).
    """
    from ..qgis_adapters.layers import effective_field_map, run_field_maps

    explicit = dict(explicit or {})
    if not chosen:
        return explicit, "capacity"
    with run_field_maps({}):  # Processing: guessed names and explicit parameters only
        mapping = effective_field_map(layer, "shelters", explicit)
    if chosen == mapping.get("occupied") or chosen.lower() == "occupied":
        return {"occupied": chosen, **explicit}, "occupied"
    return {"capacity": chosen, **explicit}, "capacity"


class AnalyseAlgorithm(DispersionAlgorithm):
    NAME = "analyse"
    STYLES = {"DISTRICT_METRICS": "district_metrics"}
    HELP_SECTION = "analysis"
    TAGS_EN = ("analysis", "concentration", "segregation", "Gini", "Lorenz", "Theil", "Moran", "hotspot", "Getis-Ord",
               "location quotient", "per 1000")
    TAGS_DE = ("Analyse", "Konzentration", "Segregation", "Gini-Koeffizient", "Lorenzkurve", "Ballung",
               "Standortquotient", "je 1000 Einwohner")
    DISTRICTS, POPULATION_FIELD, SHELTERS, PLACES_FIELD = "DISTRICTS", "POPULATION_FIELD", "SHELTERS", "PLACES_FIELD"
    HOTSPOTS, SERVICES, PERMUTATIONS, SEED = "HOTSPOTS", "SERVICES", "PERMUTATIONS", "SEED"
    SERVICE_DISTANCE_M = "SERVICE_DISTANCE_M"
    DISTRICT_METRICS, CITY_METRICS, REPORT = "DISTRICT_METRICS", "CITY_METRICS", "REPORT"

    def display_name(self) -> str:
        return tr("Analyse dispersion of accommodation")

    def help_text(self) -> str:
        return tr(
            "Measures how concentrated shelter places are across districts, relative to where people live.\n\n"
            "Per district: places, places per 1,000 inhabitants (per_1000), location quotient (lq), "
            "Getis-Ord Gi* (z, pseudo p, hot/cold class at p < 0.05).\n"
            "City-wide: population-weighted Gini with Lorenz curve, Theil, Hoover/dissimilarity, HHI, "
            "coefficient of variation, global Moran's I (queen contiguity, row-standardised, analytical and "
            "permutation inference), Clark-Evans nearest-neighbour index, share of places near community hotspots "
            "and share of places with childcare, school and language course within SERVICE_DISTANCE_M.\n\n"
            "Kita access (optional): with a walking NETWORK (line layer; NETWORK_ONEWAY, NETWORK_WALKABLE and "
            "NETWORK_NOT_WALKABLE name its fields, never guessed) distances to services are measured on foot, else in "
            "a straight line. With Kita places (SERVICES_CAPACITY) and an AGE_TABLE (children by age group per "
            "district, or a Zensus grid age table whose cells count as where the children live) or an AGE_LAYER "
            "(the same table as a layer) each district gets Kita places per child in reach (E2SFCA within KITA_MAX_DISTANCE, shelter "
            "children = residents x UNDER6_SHARE) and the places missing (kita_per_child, kita_shortfall, "
            "access_method).\n"
            "PLACES_FIELD: count capacity or occupied places. PERMUTATIONS and SEED make the pseudo p-values "
            "reproducible. Districts with no or zero population are excluded from ratios and reported.\n"
            "Outputs: DISTRICT_METRICS (polygons), CITY_METRICS (table: metric, value, note, reading), "
            "REPORT (HTML with charts and plain-language readings)."
        )

    INPUTS = (("DISTRICTS", "districts"), ("SHELTERS", "shelters"), ("HOTSPOTS", "hotspots"), ("SERVICES", "services"))
    WORKING_CRS = "WORKING_CRS"

    def initAlgorithm(self, config=None):  # noqa: N802
        ps = self.planning_defaults()
        self.addParameter(QgsProcessingParameterFeatureSource(self.DISTRICTS, tr("Districts"), [compat.SOURCE_VECTOR_POLYGON],
                                                            defaultValue=self.layer_default("districts", ps)))
        self.add_field_parameters(self.DISTRICTS, "districts", ps)
        self.addParameter(QgsProcessingParameterField(self.POPULATION_FIELD, tr("Population field"), None,
                                                      self.DISTRICTS, compat.FIELD_PARAMETER_NUMERIC, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(self.SHELTERS, tr("Shelters"), [compat.SOURCE_VECTOR_POINT],
                                                            defaultValue=self.layer_default("shelters", ps)))
        self.add_field_parameters(self.SHELTERS, "shelters", ps)
        self.addParameter(QgsProcessingParameterField(self.PLACES_FIELD, tr("Places field (capacity or occupied)"), None,
                                                      self.SHELTERS, compat.FIELD_PARAMETER_NUMERIC, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(self.HOTSPOTS, tr("Community hotspots"),
                                                            [compat.SOURCE_VECTOR_POINT, compat.SOURCE_VECTOR_POLYGON], optional=True,
                                                            defaultValue=self.layer_default("hotspots", ps)))
        self.add_field_parameters(self.HOTSPOTS, "hotspots", ps)
        self.addParameter(QgsProcessingParameterFeatureSource(self.SERVICES, tr("Services"), [compat.SOURCE_VECTOR_POINT], optional=True,
                                                            defaultValue=self.layer_default("services", ps)))
        self.add_field_parameters(self.SERVICES, "services", ps)
        self.add_working_crs_parameter(self.WORKING_CRS)
        self.addParameter(compat.set_advanced(QgsProcessingParameterNumber(
            self.PERMUTATIONS, tr("Permutations for pseudo p-values"), compat.NUMBER_INTEGER, 999, minValue=0, maxValue=99999)))
        self.addParameter(compat.set_advanced(QgsProcessingParameterNumber(
            self.SEED, tr("Random seed"), compat.NUMBER_INTEGER, 12345)))
        self.addParameter(distance_parameter(self.SERVICE_DISTANCE_M, tr("Service access distance (m)"), 1000.0))
        add_access_parameters(self, ps)
        self.addParameter(QgsProcessingParameterFeatureSink(self.DISTRICT_METRICS, tr("District metrics"), compat.SOURCE_VECTOR_POLYGON))
        self.addParameter(QgsProcessingParameterFeatureSink(self.CITY_METRICS, tr("City metrics"), compat.SOURCE_VECTOR))
        self.addParameter(QgsProcessingParameterFileDestination(self.REPORT, tr("Report"), tr("HTML files (*.html)"), optional=True))

    def execute(self, parameters, context, feedback, outputs):
        from ..core.metrics.analysis import analyse

        layers, sources, explicit = self.read_inputs(parameters, context, feedback)
        population = self.parameterAsString(parameters, self.POPULATION_FIELD, context)
        shelter_map, places_field = places_mapping(layers["shelters"], self.parameterAsString(parameters, self.PLACES_FIELD, context),
                                                   explicit["shelters"])
        maps = dict(explicit, districts={**({"population": population} if population else {}), **explicit["districts"]},
                    shelters=shelter_map)
        data = self.checked_data(parameters, context, feedback, layers, sources, maps)
        access = read_access_inputs(self, parameters, context, feedback, data.crs, data=data)
        feedback.setProgressText(tr("Computing indices and spatial statistics"))
        progress, cancelled = self.callbacks(feedback, 10, 80)
        result = analyse(data, places_field=places_field,
                         permutations=self.parameterAsInt(parameters, self.PERMUTATIONS, context),
                         seed=self.parameterAsInt(parameters, self.SEED, context),
                         service_distance_m=self.parameterAsDouble(parameters, self.SERVICE_DISTANCE_M, context),
                         progress=progress, is_cancelled=cancelled, **access)
        for note in result.notes:
            feedback.pushInfo(tr_message(note))
        for metric in ("gini", "dissimilarity", "moran_i", "kita_per_child", "kita_nearest_median_m"):
            if metric in result.interpretation:
                feedback.pushInfo(tr_message(result.interpretation[metric]))
        outputs.write(self.DISTRICT_METRICS, DISTRICT_METRICS_FIELDS, "polygon", data.crs,
                      district_metric_rows(result, data))
        outputs.write(self.CITY_METRICS, CITY_METRICS_FIELDS, "none", data.crs, city_metric_rows(result, ui_language()))
        outputs.text(self.REPORT, lambda: report_html(analysis=result, language=ui_language()))
        return {}
