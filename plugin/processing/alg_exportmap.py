"""dispersion:exportmap — INSEK map or district atlas as PDF/PNG/SVG, public-safe by default."""
from __future__ import annotations

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from .. import compat
from ..qgis_adapters.i18n import kind_title, tr
from .base import DispersionAlgorithm


class ExportMapAlgorithm(DispersionAlgorithm):
    NAME = "exportmap"
    GROUP = "export"
    HELP_SECTION = "export"
    TAGS_EN = ("map", "atlas", "layout", "print", "PDF", "INSEK", "publication", "privacy")
    TAGS_DE = ("Karte", "Atlas", "Drucklayout", "Druck", "Veröffentlichung", "Datenschutz", "Stadtentwicklungskonzept")
    DISTRICTS = "DISTRICTS"
    SHELTERS = "SHELTERS"
    HOTSPOTS = "HOTSPOTS"
    SERVICES = "SERVICES"
    SUGGESTIONS = "SUGGESTIONS"
    DISTRICT_METRICS = "DISTRICT_METRICS"
    TITLE = "TITLE"
    LAYOUT = "LAYOUT"
    PUBLIC = "PUBLIC"
    SMALL_COUNT_THRESHOLD = "SMALL_COUNT_THRESHOLD"
    ATLAS = "ATLAS"
    ALTERNATIVE = "ALTERNATIVE"
    LANGUAGE = "LANGUAGE"
    LANGUAGES = ("en", "de")
    OUTPUT = "OUTPUT"
    LAYOUTS = ("a4_landscape", "a4_portrait", "a3_landscape", "a3_portrait")
    OPTIONAL = (("SHELTERS", "shelters", compat.SOURCE_VECTOR_POINT),
                ("HOTSPOTS", "hotspots", compat.SOURCE_VECTOR_ANY_GEOMETRY),
                ("SERVICES", "services", compat.SOURCE_VECTOR_POINT),
                ("SUGGESTIONS", "suggestions", compat.SOURCE_VECTOR_POINT),
                ("DISTRICT_METRICS", "district_metrics", compat.SOURCE_VECTOR_POLYGON))

    def flags(self):
        # layouts, fonts and the project's layout manager belong to the main thread
        return super().flags() | compat.ALGORITHM_NO_THREADING

    def display_name(self) -> str:
        return tr("Export INSEK map or district atlas")

    def help_text(self) -> str:
        return tr(
            "Writes a print-ready map (PDF with embedded fonts, PNG at 300 dpi or SVG) with title, legend of the "
            "visible layers, scale bar, north arrow, overview inset, sources with date and licence, and a note when "
            "any layer is illustrative. With ATLAS, one PDF page per district (map and profile) after a city "
            "summary page with the indices and the Lorenz curve.\n\n"
            "PUBLIC (default: yes) is for anything that leaves the office: shelters are never drawn, labelled or "
            "written as points; they are aggregated to districts, counts below SMALL_COUNT_THRESHOLD appear as "
            "“< 5”, group labels and operators are withheld where a district has fewer shelters or "
            "places than the threshold, suggestions become planned places per district, and no georeferencing or "
            "metadata is written.\n\n"
            "ALTERNATIVE: of a SUGGESTIONS layer with alternatives (dispersion:suggest with ALTERNATIVES), the "
            "placement the map shows and counts: 0 (default) is the suggestion, k its k-th alternative.\n\n"
            "LANGUAGE: the language of every text on the map, legend and atlas pages, with its number and date "
            "notation (en or de); unset, the QGIS user locale.\n\n"
            "Only DISTRICTS is required; inside QGIS, unset layers fall back to the project's planning layers. "
            "The generated layouts are added to the project's layout manager for manual finishing."
        )

    CONTRACT_KINDS = ("districts", "shelters", "hotspots", "services")  # the layers with field parameters
    WORKING_CRS = "WORKING_CRS"

    def initAlgorithm(self, config=None):  # noqa: N802
        ps = self.planning_defaults()
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.DISTRICTS, tr("Districts"), [compat.SOURCE_VECTOR_POLYGON], defaultValue=self.layer_default("districts", ps)))
        self.add_field_parameters(self.DISTRICTS, "districts", ps)
        names = {"shelters": tr("Shelters"), "hotspots": tr("Community hotspots"), "services": tr("Services"),
                 "suggestions": tr("Suggested placements"), "district_metrics": tr("District metrics")}
        for key, kind, geom in self.OPTIONAL:
            contract = kind in self.CONTRACT_KINDS
            self.addParameter(QgsProcessingParameterFeatureSource(
                key, names[kind], [geom], optional=True, defaultValue=self.layer_default(kind, ps) if contract else None))
            if contract:
                self.add_field_parameters(key, kind, ps)
        self.addParameter(QgsProcessingParameterString(self.TITLE, tr("Title"), defaultValue=tr("Shared accommodation")))
        self.addParameter(QgsProcessingParameterEnum(self.LAYOUT, tr("Layout"), options=list(self.LAYOUTS),
                                                     defaultValue=0))
        self.addParameter(QgsProcessingParameterBoolean(
            self.PUBLIC, tr("Public-safe (generalised for publication)"), defaultValue=True))
        self.addParameter(compat.set_advanced(QgsProcessingParameterNumber(
            self.SMALL_COUNT_THRESHOLD, tr("Suppress counts below"), compat.NUMBER_INTEGER,
            defaultValue=5, minValue=1)))
        self.addParameter(QgsProcessingParameterBoolean(self.ATLAS, tr("District atlas (PDF)"), defaultValue=False))
        self.addParameter(compat.set_advanced(QgsProcessingParameterNumber(
            self.ALTERNATIVE, tr("Placement of the suggestions (0 = the suggestion, k = alternative k)"),
            compat.NUMBER_INTEGER, defaultValue=0, minValue=0, optional=True)))
        self.addParameter(QgsProcessingParameterEnum(
            self.LANGUAGE, tr("Language of the map texts (default: the QGIS interface language)"),
            options=["English (en)", "Deutsch (de)"], optional=True, defaultValue=None))
        self.add_working_crs_parameter(self.WORKING_CRS)
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, tr("Output file"), tr("PDF (*.pdf);;PNG (*.png);;SVG (*.svg)"), defaultValue=None))
        self.addOutput(QgsProcessingOutputNumber("PAGES", tr("Pages")))
        self.addOutput(QgsProcessingOutputString("LAYOUTS", tr("Layouts added to the project")))

    def _layout_name(self, parameters, context) -> str:
        value = parameters.get(self.LAYOUT)
        if isinstance(value, str) and value in self.LAYOUTS:
            return value
        index = self.parameterAsEnum(parameters, self.LAYOUT, context)
        if not 0 <= index < len(self.LAYOUTS):
            raise QgsProcessingException(tr("Unknown layout; choose one of {names}.").format(names=", ".join(self.LAYOUTS)))
        return self.LAYOUTS[index]

    def _language(self, parameters, context) -> str:
        """The LANGUAGE parameter ("en"/"de", also given by name); unset: QGIS's user locale."""
        from ..core.i18n import normalise_language
        from ..qgis_adapters.i18n import qgis_locale

        value = parameters.get(self.LANGUAGE)
        if value in (None, ""):
            return normalise_language(qgis_locale())
        if isinstance(value, str) and value in self.LANGUAGES:
            return value
        return self.LANGUAGES[self.parameterAsEnum(parameters, self.LANGUAGE, context)]

    def checkParameterValues(self, parameters, context):  # noqa: N802
        # allow LAYOUT given by name ("a3_portrait") as well as by index
        if isinstance(parameters.get(self.LAYOUT), str) and parameters[self.LAYOUT] in self.LAYOUTS:
            parameters = dict(parameters)
            parameters[self.LAYOUT] = self.LAYOUTS.index(parameters[self.LAYOUT])
        if isinstance(parameters.get(self.LANGUAGE), str) and parameters[self.LANGUAGE] in self.LANGUAGES:
            parameters = dict(parameters)
            parameters[self.LANGUAGE] = self.LANGUAGES.index(parameters[self.LANGUAGE])
        return super().checkParameterValues(parameters, context)

    def _run_layer(self, parameters, key: str, context):
        """The layer of source parameter ``key`` for the map (None when unset). When the source keeps only some
        features ("Selected features only", a feature limit or filter), a memory copy of just those features
        that carries the layer's name, metadata (sources line, illustrative note) and properties; the map and
        its counts then show what the source holds. Otherwise the layer itself (styles, project membership)."""
        from qgis.core import QgsFeatureRequest, QgsProcessingFeatureSourceDefinition

        layer, source = self.input_source(parameters, key, context)
        value = parameters.get(key)
        restricted = isinstance(value, QgsProcessingFeatureSourceDefinition) and (
            value.selectedFeaturesOnly or value.featureLimit > 0 or bool(getattr(value, "filterExpression", "")))
        if layer is None or source is None or not restricted:
            return layer
        from ..export.sources import layer_metadata

        copy = source.materialize(QgsFeatureRequest())
        copy.setName(layer.name())
        meta = layer_metadata(layer)
        md = layer.metadata()
        md.setAbstract(str(meta["source"] or ""))
        if meta["licence"]:
            md.setLicenses([str(meta["licence"])])
        if meta["date"]:
            md.setHistory(list(md.history()) + [str(meta["date"])])
        copy.setMetadata(md)
        for name in layer.customPropertyKeys():
            copy.setCustomProperty(name, layer.customProperty(name))
        if meta["illustrative"]:
            copy.setCustomProperty("dispersion/illustrative", "true")
        context.temporaryLayerStore().addMapLayer(copy)  # lives as long as the run's context
        return copy

    def execute(self, parameters, context, feedback, outputs):
        from ..export.insek import export_insek, project_layers

        districts = self.input_layer(parameters, self.DISTRICTS, context)
        if districts is None:
            raise QgsProcessingException(tr("The districts layer is required."))
        layers = {"districts": self._run_layer(parameters, self.DISTRICTS, context)}
        given = {kind: self._run_layer(parameters, key, context) for key, kind, _ in self.OPTIONAL}
        project = context.project()
        # unset layers come from the project only when the districts are a layer of that project:
        # a model or script that passes its own districts must not pick up unrelated project data
        in_project = project is not None and project.mapLayer(districts.id()) is not None
        fallback = project_layers(project) if in_project else {}
        for key, kind, _ in self.OPTIONAL:
            # unset: the planning set's layer (the parameter's default), else one detected in the project
            layer = given[kind] if parameters.get(key) not in (None, "") else \
                ((given[kind] if in_project else None) or fallback.get(kind))
            if layer is not None:
                layers[kind] = layer
                if parameters.get(key) in (None, ""):
                    feedback.pushInfo(tr("{kind}: using the project layer '{name}'.").format(kind=kind_title(kind), name=layer.name()))
        keys = {"districts": self.DISTRICTS, **{kind: key for key, kind, _ in self.OPTIONAL}}
        explicit = self.field_maps(parameters, context, {kind: (keys[kind], layers[kind]) for kind in self.CONTRACT_KINDS
                                                         if layers.get(kind) is not None}, feedback)
        run_maps = {layers[kind].id(): mapping for kind, mapping in explicit.items() if mapping}
        crs = self.target_crs(parameters, self.WORKING_CRS, context, layers.values())
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        public = self.parameterAsBool(parameters, self.PUBLIC, context)
        if not public:
            feedback.pushInfo(tr("Internal export: shelter locations are shown. Do not publish this file."))
        from ..qgis_adapters.layers import run_field_maps
        from ..qgis_adapters.working_crs import run_working_crs

        try:
            with run_field_maps(run_maps), run_working_crs(crs):
                result = export_insek(
                    layers, output, self.parameterAsString(parameters, self.TITLE, context),
                    layout=self._layout_name(parameters, context), public=public,
                    threshold=self.parameterAsInt(parameters, self.SMALL_COUNT_THRESHOLD, context),
                    atlas=self.parameterAsBool(parameters, self.ATLAS, context), feedback=feedback,
                    project=project, add_to_project=project is not None,
                    alternative=self.parameterAsInt(parameters, self.ALTERNATIVE, context),
                    language=self._language(parameters, context))
        except ValueError as exc:
            raise QgsProcessingException(str(exc)) from exc
        for note in result.notes:
            feedback.pushInfo(note)
        return {self.OUTPUT: result.path, "PAGES": result.pages, "LAYOUTS": "; ".join(result.layout_names)}
