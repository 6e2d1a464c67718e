"""dispersion:kitaaccess — Kita places per child in reach per district and walking distances per shelter (issue 18).

The same core call as dispersion:analyse (core.metrics.analysis.analyse, without permutations), written as two
layers that show access alone: districts with their Kita figures and shelters with their distances.
"""
from __future__ import annotations

from qgis.core import QgsProcessingParameterFeatureSink, QgsProcessingParameterFeatureSource

from .. import compat
from ..core.outputs import KITA_DISTRICT_FIELDS, kita_district_rows, shelter_access_fields, shelter_access_rows
from ..qgis_adapters.i18n import tr, tr_message
from .access_params import add_access_parameters, read_access_inputs
from .base import DispersionAlgorithm, distance_parameter


class KitaAccessAlgorithm(DispersionAlgorithm):
    NAME = "kitaaccess"
    STYLES = {"DISTRICT_ACCESS": "kita_access", "SHELTER_ACCESS": "kita_access_shelters"}  # qgis_adapters.styles
    HELP_SECTION = "kita-access"
    TAGS_EN = ("Kita", "childcare", "access", "2SFCA", "catchment", "walking distance", "network", "shortfall")
    TAGS_DE = ("Kita", "Kinderbetreuung", "Erreichbarkeit", "Einzugsbereich", "Fußweg", "Wegenetz", "Kita-Plätze")
    DISTRICTS, SHELTERS, SERVICES = "DISTRICTS", "SHELTERS", "SERVICES"
    SERVICE_DISTANCE_M = "SERVICE_DISTANCE_M"
    DISTRICT_ACCESS, SHELTER_ACCESS = "DISTRICT_ACCESS", "SHELTER_ACCESS"
    INPUTS = (("DISTRICTS", "districts"), ("SHELTERS", "shelters"), ("SERVICES", "services"))
    WORKING_CRS = "WORKING_CRS"

    def display_name(self) -> str:
        return tr("Kita access (walking distance and places per child)")

    def help_text(self) -> str:
        return tr(
            "How far shelters are from Kitas, schools and language courses, and how many Kita places each "
            "district has per child in reach.\n\n"
            "NETWORK: a walking network (any line layer: OSM paths and roads, ALKIS); distances are then measured "
            "on foot along it (points snap to the nearest line; disconnected parts and points far from any line "
            "are reported). Without it, distances are straight-line, a lower bound of the walk. NETWORK_ONEWAY, "
            "NETWORK_WALKABLE (no/0 = not walkable, e.g. OSM foot) and NETWORK_NOT_WALKABLE name its fields; they "
            "are never guessed.\n"
            "Kita places per child: the places of the Kitas among the SERVICES (field SERVICES_CAPACITY, category "
            "kita), shared among "
            "the children who need a place (AGE_TABLE: the city's age-group CSV, district_id, age_from, age_to, "
            "count, or a Zensus grid age table, whose cells are summed per district and count as the places where "
            "the children live; AGE_LAYER: the same table as a layer of the project; demand rates 26.5 % under 2, "
            "75 % aged 2, 99 % aged 3-5) and the children of the shelters "
            "(residents x UNDER6_SHARE), within KITA_MAX_DISTANCE (E2SFCA, nearer children weigh more).\n"
            "Outputs: DISTRICT_ACCESS (kita_children, kita_per_child, kita_shortfall, access_method) and "
            "SHELTER_ACCESS (dist_<category> in metres, has_access within SERVICE_DISTANCE_M, kita_straight_m, "
            "the shelter's Kita figures). Without places or ages the Kita figures stay empty and the log says so."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        ps = self.planning_defaults()
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.DISTRICTS, tr("Districts"), [compat.SOURCE_VECTOR_POLYGON], defaultValue=self.layer_default("districts", ps)))
        self.add_field_parameters(self.DISTRICTS, "districts", ps)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SHELTERS, tr("Shelters"), [compat.SOURCE_VECTOR_POINT], defaultValue=self.layer_default("shelters", ps)))
        self.add_field_parameters(self.SHELTERS, "shelters", ps)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SERVICES, tr("Services (Kitas with places)"), [compat.SOURCE_VECTOR_POINT],
            defaultValue=self.layer_default("services", ps)))
        self.add_field_parameters(self.SERVICES, "services", ps)
        add_access_parameters(self, ps)
        self.addParameter(distance_parameter(self.SERVICE_DISTANCE_M, tr("Service access distance (m)"), 1000.0))
        self.add_working_crs_parameter(self.WORKING_CRS)
        self.addParameter(QgsProcessingParameterFeatureSink(self.DISTRICT_ACCESS, tr("Kita access by district"),
                                                            compat.SOURCE_VECTOR_POLYGON))
        self.addParameter(QgsProcessingParameterFeatureSink(self.SHELTER_ACCESS, tr("Service distances by shelter"),
                                                            compat.SOURCE_VECTOR_POINT))

    def execute(self, parameters, context, feedback, outputs):
        from ..core.metrics.analysis import analyse

        layers, sources, maps = self.read_inputs(parameters, context, feedback)
        data = self.checked_data(parameters, context, feedback, layers, sources, maps)
        access = read_access_inputs(self, parameters, context, feedback, data.crs, data=data)
        feedback.setProgressText(tr("Measuring distances and Kita places per child"))
        progress, cancelled = self.callbacks(feedback, 20, 70)
        result = analyse(data, permutations=0,
                         service_distance_m=self.parameterAsDouble(parameters, self.SERVICE_DISTANCE_M, context),
                         progress=progress, is_cancelled=cancelled, **access)
        for note in result.notes:
            feedback.pushInfo(tr_message(note))
        for metric in ("kita_per_child", "kita_nearest_median_m", "share_places_with_access"):
            if metric in result.interpretation:
                feedback.pushInfo(tr_message(result.interpretation[metric]))
        outputs.write(self.DISTRICT_ACCESS, KITA_DISTRICT_FIELDS, "polygon", data.crs, kita_district_rows(result, data))
        outputs.write(self.SHELTER_ACCESS, shelter_access_fields(result.parameters["access_categories"]), "point",
                      data.crs, shelter_access_rows(result, data))
        return {"ACCESS_METHOD": result.parameters.get("access_method"),
                "KITA_PER_CHILD": result.city_value("kita_per_child"),
                "KITA_SHORTFALL": result.city_value("kita_shortfall")}
