"""dispersion:suggest — where N new places should go, under the planner's rules, with reasons."""
from __future__ import annotations

from typing import Optional

from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
)

from .. import compat
from ..core.contract import SERVICE_CATEGORIES
from ..core.display import display_name
from ..core.metrics.fsca import DEFAULT_MAX_DISTANCE_M, DEFAULT_SHELTER_UNDER6_SHARE
from ..core.outputs import (
    DISTRICTS_AFTER_FIELDS,
    SUGGESTION_FIELDS,
    districts_after_rows,
    suggestion_rows,
)
from ..qgis_adapters.i18n import tr, tr_message, ui_language
from ..report.html import report_html
from .access_params import AGE_FILE_FILTER
from .alg_analyse import places_mapping
from .base import DispersionAlgorithm, distance_parameter, with_decimals


def parse_categories(text: str) -> tuple:
    """'kita, school' -> ('kita', 'school'); unknown names raise a clear error."""
    from qgis.core import QgsProcessingException

    cats = tuple(c.strip().lower() for c in (text or "").replace(";", ",").split(",") if c.strip())
    unknown = [c for c in cats if c not in SERVICE_CATEGORIES]
    if unknown:
        raise QgsProcessingException(tr("Unknown service categories: {unknown}. Known: {known}.").format(
            unknown=", ".join(unknown), known=", ".join(SERVICE_CATEGORIES)))
    return cats


def category_value(value) -> Optional[tuple]:
    """Service categories given by name ('kita,school', the free text of earlier versions and of scripts and
    qgis_process), as a tuple of names; None when ``value`` is not such text (indices of the enum, a list, None).

    QGIS 3.22 enum parameters accept indices only, so the names are read here rather than by the enum.
    """
    if not isinstance(value, str):
        return None
    if not value.strip():
        return ()
    tokens = [t.strip() for t in value.replace(";", ",").split(",") if t.strip()]
    if all(t.isdigit() for t in tokens):
        return None  # "0,2": indices, as QGIS writes an enum into a model or the history
    return parse_categories(value)


class SuggestAlgorithm(DispersionAlgorithm):
    NAME = "suggest"
    STYLES = {"SUGGESTIONS": "suggestions"}
    HELP_SECTION = "placement"
    TAGS_EN = ("placement", "site selection", "optimisation", "MILP", "HiGHS", "candidate sites", "cap", "spacing",
               "new places")
    TAGS_DE = ("Platzierung", "Standortwahl", "Standortsuche", "Optimierung", "Potenzialflächen", "Obergrenze",
               "Mindestabstand", "neue Plätze")
    DISTRICTS, POPULATION_FIELD, SHELTERS, PLACES_FIELD = "DISTRICTS", "POPULATION_FIELD", "SHELTERS", "PLACES_FIELD"
    CANDIDATES, HOTSPOTS, SERVICES, RULES, GROUP_DEMAND = "CANDIDATES", "HOTSPOTS", "SERVICES", "RULES", "GROUP_DEMAND"
    PLACES, MAX_PER_1000, MIN_SPACING_M, HOTSPOT_MAX_PLACES = "PLACES", "MAX_PER_1000", "MIN_SPACING_M", "HOTSPOT_MAX_PLACES"
    SERVICE_CATEGORIES, SERVICE_MAX_DISTANCE_M, TIME_LIMIT_S = "SERVICE_CATEGORIES", "SERVICE_MAX_DISTANCE_M", "TIME_LIMIT_S"
    ALTERNATIVES, MIX_GROUPS = "ALTERNATIVES", "MIX_GROUPS"
    NETWORK, NETWORK_ONEWAY, NETWORK_WALKABLE = "NETWORK", "NETWORK_ONEWAY", "NETWORK_WALKABLE"
    KITA_RULE, KITA_UNDER6_SHARE, KITA_MAX_DISTANCE, AGE_TABLE = "KITA_RULE", "KITA_UNDER6_SHARE", "KITA_MAX_DISTANCE", "AGE_TABLE"
    SUGGESTIONS, DISTRICT_METRICS_AFTER, REPORT = "SUGGESTIONS", "DISTRICT_METRICS_AFTER", "REPORT"

    def display_name(self) -> str:
        return tr("Suggest placements of new places")

    def help_text(self) -> str:
        return tr(
            "Suggests at which candidate sites, and how many, PLACES new places should go so that accommodation is "
            "dispersed across the city. An exact optimiser (mixed-integer programme, HiGHS) keeps every rule:\n"
            "- each site gets 0 or between its min_places and max_places, in multiples of its module;\n"
            "- district cap: new places in a district ≤ MAX_PER_1000 × population / 1,000 − existing places;\n"
            "- opened sites keep MIN_SPACING_M from each other and from existing shelters;\n"
            "- new places within a hotspot's radius ≤ HOTSPOT_MAX_PLACES − existing places there (empty: no limit);\n"
            "- RULES (table: group_a, group_b, relation 'separate' or 'near', distance_m) and GROUP_DEMAND "
            "(table: group_label, places, replacing PLACES);\n"
            "- every opened site has each of SERVICE_CATEGORIES (e.g. 'kita,school') within SERVICE_MAX_DISTANCE_M: "
            "walking distance on the NETWORK (a line layer of paths and roads) when one is given, else straight line;\n"
            "- KITA_RULE (optional): the expected children of the new places (KITA_UNDER6_SHARE × the demand rate of "
            "under-6s × places) fit into the free places of the Kitas (services of category kita with a capacity) "
            "within KITA_MAX_DISTANCE; free places = capacity minus the children already expected there (the "
            "districts' children from AGE_TABLE and the existing shelters' children, each split among the Kitas "
            "in their reach by places). When it binds, the log says how many Kita places are missing and where.\n"
            "It first minimises the highest load among receiving districts, then places near hotspots and close pairs "
            "of sites, then cost. STATUS is optimal, feasible (time limit, with GAP), infeasible (proven) or timeout "
            "(no placement found within TIME_LIMIT_S, which covers building the model; infeasibility not proven); when infeasible, "
            "MESSAGE and the log say which rules conflict and the smallest relaxation that works. ALTERNATIVES adds the "
            "next-best distinct placements (field 'alternative'). Each site carries a plain-language reason. "
            "The plugin suggests; planners decide."
        )

    INPUTS = (("DISTRICTS", "districts"), ("SHELTERS", "shelters"), ("CANDIDATES", "candidates"),
              ("HOTSPOTS", "hotspots"), ("SERVICES", "services"))
    WORKING_CRS = "WORKING_CRS"

    def initAlgorithm(self, config=None):  # noqa: N802
        P = QgsProcessing
        ps = self.planning_defaults()
        self.addParameter(QgsProcessingParameterFeatureSource(self.DISTRICTS, tr("Districts"), [P.TypeVectorPolygon],
                                                            defaultValue=self.layer_default("districts", ps)))
        self.add_field_parameters(self.DISTRICTS, "districts", ps)
        self.addParameter(QgsProcessingParameterField(self.POPULATION_FIELD, tr("Population field"), None, self.DISTRICTS,
                                                      compat.FIELD_PARAMETER_NUMERIC, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(self.SHELTERS, tr("Existing shelters"), [P.TypeVectorPoint],
                                                            defaultValue=self.layer_default("shelters", ps)))
        self.add_field_parameters(self.SHELTERS, "shelters", ps)
        self.addParameter(QgsProcessingParameterField(self.PLACES_FIELD, tr("Places field (capacity or occupied)"), None,
                                                      self.SHELTERS, compat.FIELD_PARAMETER_NUMERIC, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(self.CANDIDATES, tr("Candidate sites"), [P.TypeVectorPoint],
                                                            defaultValue=self.layer_default("candidates", ps)))
        self.add_field_parameters(self.CANDIDATES, "candidates", ps)
        self.addParameter(QgsProcessingParameterFeatureSource(self.HOTSPOTS, tr("Community hotspots"),
                                                            [P.TypeVectorPoint, P.TypeVectorPolygon], optional=True,
                                                            defaultValue=self.layer_default("hotspots", ps)))
        self.add_field_parameters(self.HOTSPOTS, "hotspots", ps)
        self.addParameter(QgsProcessingParameterFeatureSource(self.SERVICES, tr("Services"), [P.TypeVectorPoint], optional=True,
                                                            defaultValue=self.layer_default("services", ps)))
        self.add_field_parameters(self.SERVICES, "services", ps)
        self.addParameter(QgsProcessingParameterFeatureSource(self.RULES, tr("Group rules table"), [P.TypeVector], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(self.GROUP_DEMAND, tr("Group demand table"), [P.TypeVector], optional=True))
        self.addParameter(QgsProcessingParameterNumber(self.PLACES, tr("New places (N)"), compat.NUMBER_INTEGER,
                                                       300, optional=True, minValue=0))
        self.addParameter(with_decimals(QgsProcessingParameterNumber(
            self.MAX_PER_1000, tr("Maximum places per 1,000 inhabitants per district"), compat.NUMBER_DOUBLE, 15.0,
            minValue=0), 1))
        self.addParameter(distance_parameter(self.MIN_SPACING_M, tr("Minimum spacing between sites (m)"), 500.0))
        self.addParameter(QgsProcessingParameterNumber(self.HOTSPOT_MAX_PLACES, tr("Maximum places within a hotspot's radius"),
                                                       compat.NUMBER_INTEGER, None, optional=True, minValue=0))
        # an enum (multi-select) of the categories; names such as 'kita,school' stay accepted (category_value)
        options = [f"{display_name('category:' + c, ui_language())} ({c})" for c in SERVICE_CATEGORIES]
        self.addParameter(QgsProcessingParameterEnum(self.SERVICE_CATEGORIES, tr("Required service categories (comma-separated)"),
                                                     options=options, allowMultiple=True, defaultValue=None,
                                                     optional=True))
        self.addParameter(distance_parameter(self.SERVICE_MAX_DISTANCE_M, tr("Maximum distance to each required service (m)"),
                                             1000.0))
        self.addParameter(compat.set_advanced(with_decimals(QgsProcessingParameterNumber(
            self.TIME_LIMIT_S, tr("Time limit (s)"), compat.NUMBER_DOUBLE, 30.0, minValue=0.1), 1)))
        self.addParameter(compat.set_advanced(QgsProcessingParameterNumber(
            self.ALTERNATIVES, tr("Alternatives (next-best distinct placements)"), compat.NUMBER_INTEGER, 0,
            minValue=0, maxValue=20)))
        self.addParameter(compat.set_advanced(QgsProcessingParameterBoolean(
            self.MIX_GROUPS, tr("Allow several groups at one site"), False, optional=True)))
        # issue 18: walking distances and the Kita rule (after the earlier parameters: their order stays)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.NETWORK, tr("Walking network (paths and roads; empty: straight-line distances)"), [P.TypeVectorLine],
            optional=True, defaultValue=self.layer_default("network", ps)))
        self.addParameter(compat.set_advanced(QgsProcessingParameterField(
            self.NETWORK_ONEWAY, tr("Network: one-way field"), None, self.NETWORK, optional=True)))
        self.addParameter(compat.set_advanced(QgsProcessingParameterField(
            self.NETWORK_WALKABLE, tr("Network: walkable field (false = not walkable)"), None, self.NETWORK,
            optional=True)))
        self.addParameter(QgsProcessingParameterBoolean(
            self.KITA_RULE, tr("Kita places: the children of the new places must fit into free Kita places"), False,
            optional=True))
        self.addParameter(with_decimals(QgsProcessingParameterNumber(
            self.KITA_UNDER6_SHARE, tr("Kita rule: share of residents under 6 (0–1, a planning assumption)"),
            compat.NUMBER_DOUBLE, DEFAULT_SHELTER_UNDER6_SHARE, optional=True, minValue=0.0, maxValue=1.0), 2))
        self.addParameter(distance_parameter(self.KITA_MAX_DISTANCE, tr("Kita rule: maximum distance to a Kita (m)"),
                                             DEFAULT_MAX_DISTANCE_M))
        self.addParameter(QgsProcessingParameterFile(
            self.AGE_TABLE, tr("Kita rule: children by age per district (CSV)"), optional=True,
            fileFilter=AGE_FILE_FILTER))  # .txt exports too (extension="csv" refused them)
        self.add_working_crs_parameter(self.WORKING_CRS)
        self.addParameter(QgsProcessingParameterFeatureSink(self.SUGGESTIONS, tr("Suggested sites"), P.TypeVectorPoint))
        self.addParameter(QgsProcessingParameterFeatureSink(self.DISTRICT_METRICS_AFTER, tr("Districts after placement"), P.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFileDestination(self.REPORT, tr("Report"), tr("HTML files (*.html)"), optional=True))
        self.addOutput(QgsProcessingOutputString("STATUS", tr("Status (optimal, feasible, infeasible, timeout)")))
        self.addOutput(QgsProcessingOutputString("MESSAGE", tr("Message")))
        self.addOutput(QgsProcessingOutputNumber("OBJECTIVE_MAX_PER_1000", tr("Highest load among receiving districts")))
        self.addOutput(QgsProcessingOutputNumber("GAP", tr("Relative optimality gap")))

    def _categories(self, parameters, context) -> tuple:
        """The required service categories by name, from names (scripts) or the enum's indices (dialog, models)."""
        value = parameters.get(self.SERVICE_CATEGORIES)
        if value is None or (isinstance(value, (list, tuple)) and not value) or getattr(value, "isNull", lambda: False)():
            return ()  # none chosen (3.22's parameterAsEnums would give the first option)
        named = category_value(value)
        if named is not None:
            return named
        return tuple(SERVICE_CATEGORIES[i] for i in self.parameterAsEnums(parameters, self.SERVICE_CATEGORIES, context)
                     if 0 <= i < len(SERVICE_CATEGORIES))

    def checkParameterValues(self, parameters, context):  # noqa: N802
        # SERVICE_CATEGORIES by name ('kita,school') as well as by index: check the names, then the indices
        from qgis.core import QgsProcessingException

        try:
            named = category_value(parameters.get(self.SERVICE_CATEGORIES))
        except QgsProcessingException as exc:
            return False, str(exc)
        if named is not None:
            parameters = dict(parameters)
            parameters[self.SERVICE_CATEGORIES] = [SERVICE_CATEGORIES.index(c) for c in named] or None
        return super().checkParameterValues(parameters, context)

    def _kita_params(self, parameters, context, data=None) -> dict:
        """The Kita rule's PlacementParams fields (empty when the rule is off): share, reach and the districts'
        children from AGE_TABLE (the city's format, the plain table or a Zensus grid age table, whose cells are
        summed per district of ``data``)."""
        if not self.parameterAsBool(parameters, self.KITA_RULE, context):
            return {}
        out = {"kita_rule": True}
        if parameters.get(self.KITA_UNDER6_SHARE) not in (None, ""):
            out["kita_under6_share"] = self.parameterAsDouble(parameters, self.KITA_UNDER6_SHARE, context)
        if parameters.get(self.KITA_MAX_DISTANCE) not in (None, ""):
            out["kita_max_distance_m"] = self.parameterAsDouble(parameters, self.KITA_MAX_DISTANCE, context)
        path = self.parameterAsFile(parameters, self.AGE_TABLE, context)
        if path:
            from ..io.age_tables import read_age_source

            districts = [(d.district_id, d.geometry) for d in data.districts] if data is not None else None
            table = read_age_source(path, districts, data.crs if data is not None else None)
            out["kita_age_rows"] = tuple((str(d), float(a), float(b), float(n)) for d, a, b, n in table.rows)
            # a grid's cells: the children count where they live, as in the analysis
            out["kita_age_points"] = tuple((str(d), float(x), float(y), float(w)) for d, x, y, w in table.points)
        return out

    def _network(self, parameters, context, crs, feedback):
        """The walking network in the working CRS, or None (straight-line distances); the log says which."""
        layer, source = self.input_source(parameters, self.NETWORK, context)
        if source is None:
            feedback.pushInfo(tr("Distances: straight line (no walking network given)."))
            return None
        from ..qgis_adapters.network_layers import network_from_layer

        feedback.setProgressText(tr("Building the walking network"))
        oneway = self.parameterAsString(parameters, self.NETWORK_ONEWAY, context) or None
        walkable = self.parameterAsString(parameters, self.NETWORK_WALKABLE, context) or None
        net = network_from_layer(source, self.crs_text(crs), context.transformContext(), oneway_field=oneway,
                                 walkable_field=walkable, feedback=feedback,
                                 name=layer.name() if layer is not None else None)
        feedback.pushInfo(tr("Distances: walking on the network '{name}' ({n} segments).").format(
            name=layer.name() if layer is not None else self.NETWORK, n=net.n_segments))
        return net

    def execute(self, parameters, context, feedback, outputs):
        from ..core.placement import PlacementParams, suggest

        layers, sources, explicit = self.read_inputs(
            parameters, context, feedback, ((self.RULES, "rules"), (self.GROUP_DEMAND, "group_demand")))
        shelter_map, places_field = places_mapping(layers["shelters"], self.parameterAsString(parameters, self.PLACES_FIELD, context),
                                                   explicit["shelters"])
        population = self.parameterAsString(parameters, self.POPULATION_FIELD, context)
        maps = dict(explicit, districts={**({"population": population} if population else {}), **explicit["districts"]},
                    shelters=shelter_map)
        crs = self.target_crs(parameters, self.WORKING_CRS, context, layers.values())
        feedback.setProgressText(tr("Checking the input layers"))
        data = self.planning_data(layers, feedback, maps, target_crs=self.crs_text(crs), context=context,
                                  sources=sources)
        hotspot_max = parameters.get(self.HOTSPOT_MAX_PLACES)
        params = PlacementParams(
            places=self.parameterAsInt(parameters, self.PLACES, context),
            max_per_1000=self.parameterAsDouble(parameters, self.MAX_PER_1000, context),
            min_spacing_m=self.parameterAsDouble(parameters, self.MIN_SPACING_M, context),
            hotspot_max_places=None if hotspot_max in (None, "") else self.parameterAsInt(parameters, self.HOTSPOT_MAX_PLACES, context),
            service_categories=self._categories(parameters, context),
            service_max_distance_m=self.parameterAsDouble(parameters, self.SERVICE_MAX_DISTANCE_M, context),
            time_limit_s=self.parameterAsDouble(parameters, self.TIME_LIMIT_S, context),
            alternatives=self.parameterAsInt(parameters, self.ALTERNATIVES, context),
            places_field=places_field,
            mix_groups=self.parameterAsBool(parameters, self.MIX_GROUPS, context),
            **self._kita_params(parameters, context, data),
        )
        network = self._network(parameters, context, crs, feedback)
        feedback.setProgressText(tr("Solving the placement model"))
        progress, cancelled = self.callbacks(feedback, 10, 80)
        result = suggest(data, params, progress=progress, is_cancelled=cancelled, network=network)
        # no placement (infeasible, or none found in time) is reported as an error; the run still writes its outputs
        (feedback.reportError if result.status in ("infeasible", "timeout") else feedback.pushInfo)(tr_message(result.message))
        for line in result.diagnosis + result.notes:
            feedback.pushInfo(tr_message(line))
        for site in result.sites:
            feedback.pushInfo(f"{site['site_id']}: {site['places']} — {tr_message(site['reason'])}")
        outputs.write(self.SUGGESTIONS, SUGGESTION_FIELDS, "point", data.crs, suggestion_rows(result, language=ui_language()))
        outputs.write(self.DISTRICT_METRICS_AFTER, DISTRICTS_AFTER_FIELDS, "polygon", data.crs,
                      districts_after_rows(result, data))
        outputs.text(self.REPORT, lambda: report_html(placement=result, placement_cap=params.max_per_1000,
                                                          language=ui_language()))
        return {"STATUS": str(result.status), "MESSAGE": tr_message(result.message),
                "OBJECTIVE_MAX_PER_1000": result.objective_max_per_1000, "GAP": result.gap}
