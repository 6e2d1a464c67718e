"""Common base of the plugin's Processing algorithms: the plumbing every algorithm shares.

``DispersionAlgorithm.processAlgorithm`` runs the subclass's ``execute`` inside
one ``RunOutputs`` and owns what each algorithm used to repeat:

- sink writing: ``outputs.write``/``outputs.write_features`` for layers,
  ``outputs.text`` for HTML reports; every output of a run appears together
  or not at all (see ``RunOutputs``);
- the working CRS (``working_crs``: the WORKING_CRS/TARGET_CRS override, else the project's metric CRS, else
  the UTM zone of the input layers, qgis_adapters.working_crs);
- explicit field parameters per input layer (``add_field_parameters``, ``field_maps``) and the planning
  set's layers and mapping as defaults (``planning_defaults``);
- feedback: progress callbacks for the core (``callbacks``), validation issues
  (``report_issues``), styles of the outputs loaded on completion (``STYLES``);
- cancellation: the core's ``CancelledError`` and a cancel while writing end
  the run with one message and no output;
- error conversion: core errors become ``QgsProcessingException`` with the
  core's message.

So an algorithm module keeps only its parameters and its call into the core.
"""
from __future__ import annotations

import contextlib
import os
import pickle  # nosec B403 - only our own spool file of this run, written and read by this process
import re
import tempfile
from typing import IO, Any, Callable, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingFeedback,
)

from .. import compat
from ..core.errors import CancelledError, DispersionError, InputError
from ..core.model import PlanningData
from ..core.outputs import out_fields
from ..core.validation import Issue, errors
from ..qgis_adapters.i18n import tr, tr_message
from ..qgis_adapters.layers import layers_to_planning_data
from ..qgis_adapters.threads import keep_thread_state

Fields = Sequence[Tuple[str, str]]
Feature = Tuple[Sequence[Any], Optional[bytes]]  # attribute values in field order, WKB or None


def cancelled_message() -> str:
    """The one message of a cancelled run (core cancel or cancel while writing)."""
    return tr("Cancelled by the user; no output was written.")


class DispersionAlgorithm(QgsProcessingAlgorithm):
    """Base class: subclasses set NAME (and GROUP, STYLES) and implement display_name, help_text,
    initAlgorithm and ``execute``."""

    NAME = ""
    GROUP = "planning"
    STYLES: Mapping[str, str] = {}  # output key -> style kind, applied when Processing loads the output
    HELP_SECTION = "processing"  # anchor of the bundled user guide (qgis_adapters.help.SECTIONS)
    # Toolbox search words, in English and German (not translated: both languages find the algorithm in any UI)
    TAGS_EN: Sequence[str] = ()
    TAGS_DE: Sequence[str] = ()
    COMMON_TAGS_EN = ("dispersion", "refugee", "accommodation", "shelter")
    COMMON_TAGS_DE = ("Verteilung", "Geflüchtete", "Unterkunft", "Unterbringung")

    def name(self) -> str:
        return self.NAME

    def displayName(self) -> str:  # noqa: N802
        return self.display_name()

    def display_name(self) -> str:
        raise NotImplementedError

    def help_text(self) -> str:
        raise NotImplementedError

    def group(self) -> str:
        return {"planning": tr("Planning"), "data": tr("Data import"), "export": tr("Export")}[self.GROUP]

    def groupId(self) -> str:  # noqa: N802
        return self.GROUP

    def shortHelpString(self) -> str:  # noqa: N802
        """The help as HTML: escaped (so "< 5" stays text) and naming parameters by their labels."""
        return help_html(self.help_text() + self.mapping_help(), self.id_labels())

    def mapping_help(self) -> str:
        """The help's paragraph on the field parameters and WORKING_CRS, for the algorithms that have them."""
        if not self.parameterDefinitions():
            self.initAlgorithm({})
        fields = [d.name() for d in self.parameterDefinitions()
                  if getattr(d, "parentLayerParameterName", lambda: "")()
                  and d.name().startswith(d.parentLayerParameterName() + "_")]
        text = ""
        if fields:
            example = next((f for f in fields if f.endswith("_CAPACITY")), fields[0])
            text += "\n\n" + tr(
                "Field parameters (advanced), such as {example}: the field of an input layer that holds a field of "
                "the data contract; empty: guessed from the field names (German and English names are recognised). "
                "In a project with a planning set, the layers and fields default to it.").format(example=example)
        if self.parameterDefinition("WORKING_CRS") is not None:
            text += ("\n" if fields else "\n\n") + tr(
                "WORKING_CRS: the coordinate system distances are computed in, projected in metres (empty: the "
                "project's CRS when it is one, else the UTM zone of the input layers).")
        return text

    def tags(self) -> List[str]:
        """Search words of the toolbox in both languages (QGIS searches tags as well as names)."""
        words = list(self.TAGS_EN) + list(self.TAGS_DE) + list(self.COMMON_TAGS_EN) + list(self.COMMON_TAGS_DE)
        return list(dict.fromkeys(words))

    def helpUrl(self) -> str:  # noqa: N802
        """The bundled user guide at this algorithm's section (the dialog's Help button)."""
        from ..qgis_adapters.help import help_url

        return help_url(self.HELP_SECTION)

    def id_labels(self) -> Dict[str, str]:
        """Parameter and output ids -> their labels: this algorithm's first, then those of the provider's others
        (help texts mention e.g. "POPULATION_FIELD of dispersion:analyse")."""
        from .provider import algorithm_classes

        labels: Dict[str, str] = {}
        for alg in [self] + [cls() for cls in algorithm_classes() if cls is not type(self)]:
            if not alg.parameterDefinitions() and not alg.outputDefinitions():
                alg.initAlgorithm({})
            for definition in list(alg.parameterDefinitions()) + list(alg.outputDefinitions()):
                labels.setdefault(definition.name(), definition.description())
        return labels

    def createInstance(self):  # noqa: N802
        return type(self)()

    def tr(self, text: str) -> str:
        return tr(text)

    # ------------------------------------------------------------------ the run

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        """Run ``execute`` with this run's outputs: commit them on success, remove them on any error or cancel."""
        keep_thread_state()  # the Processing toolbox runs this on a pooled QThread: see qgis_adapters.threads
        outputs = RunOutputs(self, parameters, context, feedback)
        try:
            with outputs:
                results = dict(self.execute(parameters, context, feedback, outputs) or {})
        except CancelledError:
            raise QgsProcessingException(cancelled_message()) from None
        except DispersionError as exc:
            raise self.fail(exc) from None
        results.update(outputs.results)
        from .postprocess import style_on_completion

        for key, kind in self.STYLES.items():
            if results.get(key):
                style_on_completion(context, results[key], kind)
        feedback.setProgress(100)
        return results

    def execute(self, parameters, context, feedback: QgsProcessingFeedback, outputs: RunOutputs) -> Dict[str, Any]:
        """The algorithm: read parameters, call the core, write through ``outputs``; returns extra results."""
        raise NotImplementedError

    # ------------------------------------------------------------------ helpers for execute

    def target_crs(self, parameters, key: str, context, layers: Iterable[Any] = (),
                   lonlat: Optional[Tuple[float, float]] = None) -> QgsCoordinateReferenceSystem:
        """The working CRS of this run: the CRS parameter ``key`` when set (projected in metres, else a clear
        error), else the rule of qgis_adapters.working_crs over ``layers`` (or the data's centre ``lonlat``)
        and the run's project."""
        from ..qgis_adapters.working_crs import working_crs

        override = self.parameterAsCrs(parameters, key, context) if self.parameterDefinition(key) is not None else None
        if override is not None and not override.isValid():
            override = None
        try:
            return working_crs([lyr for lyr in layers if lyr is not None], context.project(), override, lonlat=lonlat)
        except InputError as exc:
            raise QgsProcessingException(tr_message(exc.message)) from None

    def add_working_crs_parameter(self, key: str = "WORKING_CRS", label: Optional[str] = None,
                                  advanced: bool = True) -> None:
        """The optional CRS parameter the run computes in; empty = the working CRS rule (target_crs)."""
        from qgis.core import QgsProcessingParameterCrs

        parameter = QgsProcessingParameterCrs(key, label or tr("Working CRS (empty: project CRS or UTM zone of the data)"),
                                              defaultValue=None, optional=True)
        self.addParameter(compat.set_advanced(parameter) if advanced else parameter)

    # ------------------------------------------------------------------ field parameters and planning set

    @staticmethod
    def field_parameter_name(layer_key: str, field: str) -> str:
        """The id of the field parameter of contract ``field`` for layer parameter ``layer_key``: SHELTERS_CAPACITY."""
        return f"{layer_key}_{field.upper()}"

    def planning_defaults(self) -> Any:
        """The current project's planning set (its layers and mapping are the parameters' defaults), or None:
        no project, no set (qgis_process without a project), or no planning_set module."""
        try:
            from qgis.core import QgsProject

            from ..qgis_adapters.planning_set import load_planning_set

            planning_set = load_planning_set(QgsProject.instance())
        except Exception:  # noqa: BLE001 - defaults are a convenience; without them the parameters stay empty
            return None
        return planning_set

    def layer_default(self, kind: str, planning_set: Any = None) -> Optional[str]:
        """The planning set's layer of ``kind`` as a parameter default (its id), None when unset."""
        if planning_set is None:
            return None
        try:
            layer = planning_set.layer(kind)
        except Exception:  # noqa: BLE001 - a set naming removed layers: no default
            return None
        return layer.id() if layer is not None else None

    def add_field_parameters(self, layer_key: str, kind: str, planning_set: Any = None,
                             fields: Optional[Sequence[str]] = None, title: Optional[str] = None) -> None:
        """One optional, advanced QgsProcessingParameterField per contract field of ``kind``, child of the
        layer parameter ``layer_key`` (named SHELTERS_CAPACITY, ...). Empty = guessed from the field names
        (core.contract.guess_field_map); default = the planning set's mapping when the set has this layer.
        ``fields``/``title``: the columns and display name of a table outside the contract (capacityplan's
        SITES), so such tables get the same parameters instead of a second mechanism."""
        from qgis.core import QgsProcessingParameterField

        from ..core.contract import LAYERS
        from ..qgis_adapters.i18n import kind_title

        mapping: Dict[str, str] = {}
        if planning_set is not None and self.layer_default(kind, planning_set):
            try:
                mapping = dict(planning_set.field_map(kind) or {})
            except Exception:  # noqa: BLE001
                mapping = {}
        for field in (LAYERS[kind].field_names() if fields is None else fields):
            parameter = QgsProcessingParameterField(
                self.field_parameter_name(layer_key, field),
                tr("{layer}: field for '{field}'").format(layer=title or kind_title(kind), field=field),
                defaultValue=mapping.get(field) or None, parentLayerParameterName=layer_key, optional=True)
            self.addParameter(compat.set_advanced(parameter))

    def _field_value(self, parameters, name: str, context) -> Tuple[str, bool]:
        """(value of field parameter ``name``, whether it is the parameter's default); '' when empty."""
        value = parameters.get(name)
        if isinstance(value, (list, tuple)):
            value = value[0] if value else None
        if value is None or value == "" or getattr(value, "isNull", lambda: False)():
            definition = self.parameterDefinition(name)
            default = definition.defaultValue() if definition is not None else None
            if isinstance(default, (list, tuple)):
                default = default[0] if default else None
            return (str(default) if default not in (None, "") else ""), True
        if not isinstance(value, str):
            value = self.parameterAsString(parameters, name, context)
        return str(value or ""), False

    def field_map(self, parameters, context, layer_key: str, kind: str, layer, feedback=None,
                  fields: Optional[Sequence[str]] = None) -> Dict[str, str]:
        """The explicit mapping of ``layer`` (contract field -> its field) from the field parameters of
        ``layer_key``; empty parameters are left out (the guess fills them). A field the layer lacks is a
        clear error naming the layer, the parameter and the field; a planning-set default the layer lacks
        (another layer was chosen) falls back to the guess. ``fields``: as in ``add_field_parameters``."""
        from ..core.contract import LAYERS
        from ..qgis_adapters.layers import layer_label, resolve_field

        mapping: Dict[str, str] = {}
        if layer is None:
            return mapping
        for target in (LAYERS[kind].field_names() if fields is None else fields):
            name = self.field_parameter_name(layer_key, target)
            if self.parameterDefinition(name) is None:
                continue
            value, is_default = self._field_value(parameters, name, context)
            if not value:
                continue
            found = resolve_field(layer, value)
            if found is None:
                if is_default:
                    if feedback is not None:
                        feedback.pushInfo(tr("{layer}: the planning set's field '{field}' is not in this layer; "
                                             "guessing '{target}' from the field names.").format(
                            layer=layer_label(layer), field=value, target=target))
                    continue
                label = self.parameterDefinition(name).description()
                raise QgsProcessingException(
                    tr("Layer '{layer}' has no field '{field}' (parameter '{parameter}', {id}). Its fields: {fields}.").format(
                        layer=layer_label(layer), field=value, parameter=label, id=name,
                        fields=", ".join(f.name() for f in layer.fields())))
            mapping[target] = found
        return mapping

    def field_maps(self, parameters, context, layers: Mapping[str, Tuple[str, Any]],
                   feedback=None) -> Dict[str, Dict[str, str]]:
        """kind -> explicit mapping for ``layers`` (kind -> (layer parameter id, layer))."""
        return {kind: self.field_map(parameters, context, key, kind, layer, feedback)
                for kind, (key, layer) in layers.items()}

    def read_inputs(self, parameters, context, feedback=None, extra: Tuple[Tuple[str, str], ...] = ()
                    ) -> Tuple[Dict[str, Any], Dict[str, Any], Dict[str, Dict[str, str]]]:
        """(kind -> layer, kind -> feature source, kind -> explicit field mapping) of ``self.INPUTS`` plus
        ``extra`` ((parameter id, kind) pairs read without field parameters): the one way an algorithm reads
        its planning layers, so selection, filters and field parameters apply alike everywhere."""
        inputs = {kind: self.input_source(parameters, key, context) for key, kind in tuple(self.INPUTS) + extra}
        layers = {kind: layer for kind, (layer, _) in inputs.items()}
        sources = {kind: source for kind, (_, source) in inputs.items()}
        explicit = self.field_maps(parameters, context, {kind: (key, layers[kind]) for key, kind in self.INPUTS},
                                   feedback)
        return layers, sources, explicit

    def checked_data(self, parameters, context, feedback, layers: Mapping[str, Any], sources: Mapping[str, Any],
                     maps: Mapping[str, Mapping[str, str]]) -> PlanningData:
        """The validated planning data of ``read_inputs``' layers in the working CRS, its notes in the log."""
        crs = self.target_crs(parameters, self.WORKING_CRS, context, layers.values())
        feedback.setProgressText(tr("Checking the input layers"))
        data = self.planning_data(layers, feedback, maps, target_crs=self.crs_text(crs), context=context,
                                  sources=sources)
        for note in data.notes:
            feedback.pushInfo(tr_message(note))
        return data

    def input_layer(self, parameters, key: str, context):
        """The vector layer of parameter ``key``, None when it is unset; a value that names no loadable layer
        raises QGIS's own message (invalidSourceError) instead of being silently ignored."""
        return self.input_source(parameters, key, context)[0]

    def input_source(self, parameters, key: str, context) -> Tuple[Any, Any]:
        """(vector layer, feature source) of the FeatureSource parameter ``key``; (None, None) when it is unset.

        The source (parameterAsSource) is what the run reads, so "Selected features only", a feature filter
        and a feature limit of the Processing dialog apply; the layer gives names, fields and the project
        (layer_label, planning-set warnings). A value that gives no source raises invalidSourceError.
        """
        value = parameters.get(key)
        given = value not in (None, "") and not getattr(value, "isNull", lambda: False)()
        if self.parameterDefinition(key) is not None and \
                self.parameterDefinition(key).type() in ("source", "vector"):
            source = self.parameterAsSource(parameters, key, context)
        else:
            source = None
        from qgis.core import QgsProcessingFeatureSourceDefinition

        if isinstance(value, QgsProcessingFeatureSourceDefinition):  # 3.22 does not unwrap it for a layer
            layer = self.parameterAsVectorLayer(dict(parameters, **{key: value.source}), key, context)
        else:
            layer = self.parameterAsVectorLayer(parameters, key, context)
        if (given or source is not None) and (layer is None or source is None):
            raise QgsProcessingException(self.invalidSourceError(parameters, key))
        return layer, source

    @staticmethod
    def crs_text(crs: QgsCoordinateReferenceSystem) -> str:
        """'AUTH:CODE' of ``crs``, or its WKT when it has no authority id (what the core and GDAL take)."""
        return crs.authid() or crs.toWkt()

    @staticmethod
    def callbacks(feedback, start: float = 0.0, span: float = 100.0):
        """(progress, is_cancelled) callbacks for core functions, mapped into a share of the feedback's bar."""
        def progress(value: float) -> None:
            feedback.setProgress(start + span * value / 100.0)

        return progress, feedback.isCanceled

    @staticmethod
    def report_issues(issues: List[Issue], feedback: QgsProcessingFeedback) -> None:
        for issue in issues:
            if issue.severity == "error":
                feedback.reportError(tr_message(issue.message), False)
            elif issue.severity == "warning":
                feedback.pushWarning(tr_message(issue.message))
            else:
                feedback.pushInfo(tr_message(issue.message))

    def planning_data(self, layers: Mapping[str, object], feedback: QgsProcessingFeedback,
                      field_maps: Optional[Mapping[str, Mapping[str, str]]] = None,
                      target_crs: Optional[str] = None, context=None,
                      sources: Optional[Mapping[str, Any]] = None) -> PlanningData:
        """Validate the input layers; raise QgsProcessingException naming the first error.

        ``field_maps`` are explicit (the field parameters); fields they leave out are guessed from the names,
        never read from the hidden layer property. ``target_crs`` None: the working CRS rule over ``layers``
        and ``context``'s project. ``sources`` (kind -> feature source, ``input_source``) are read instead
        of the layers; ``context``'s transform context reprojects where the project chose a datum transformation.
        """
        from ..qgis_adapters.layers import run_field_maps
        from ..qgis_adapters.working_crs import crs_text, working_crs

        if layers.get("districts", True) is None:
            raise QgsProcessingException(tr("The districts layer is required."))
        if target_crs is None:
            project = context.project() if context is not None else None
            target_crs = crs_text(working_crs([lyr for lyr in layers.values() if lyr is not None], project))
        from ..qgis_adapters.planning_set import mixed_source_warnings

        for warning in mixed_source_warnings(dict(layers)):  # the dialogs' warning, in the log of a run
            feedback.pushWarning(warning)
        with run_field_maps({}):
            self.report_field_maps(layers, field_maps or {}, feedback)
            data, issues = layers_to_planning_data(
                layers, field_maps, target_crs, is_cancelled=feedback.isCanceled, sources=sources,
                transform_context=context.transformContext() if context is not None else None)
        self.report_issues(issues, feedback)
        bad = errors(issues)
        if bad:
            raise QgsProcessingException(tr("{count} input problem(s), first: {first}").format(count=len(bad), first=tr_message(bad[0].message)))
        return data

    @staticmethod
    def report_field_maps(layers: Mapping[str, Any], field_maps: Mapping[str, Mapping[str, str]],
                          feedback: QgsProcessingFeedback) -> None:
        """Log which field of each layer holds which contract field (explicit or guessed); why: the planner
        sees the columns a run used, the same the dialogs show, and a wrong guess is caught in the log."""
        from ..core.display import display_name
        from ..qgis_adapters.i18n import ui_language
        from ..qgis_adapters.layers import effective_field_map, layer_label

        for kind, layer in layers.items():
            if layer is None:
                continue
            mapping = effective_field_map(layer, kind, field_maps.get(kind))
            pairs = ", ".join(f"{display_name(target, ui_language())} ← {source}" for target, source in mapping.items())
            feedback.pushInfo(tr("Fields of '{layer}': {pairs}").format(layer=layer_label(layer), pairs=pairs or "–"))

    @staticmethod
    def fail(exc: DispersionError) -> QgsProcessingException:
        """Turn a core error into the Processing exception users see."""
        text = tr_message(exc.message)
        if isinstance(exc, InputError) and exc.issues:
            text += "\n" + "\n".join(tr_message(i) for i in exc.issues[:20])
        return QgsProcessingException(text)


_COMMON_WORDS = {"CRS"}  # ids that are also words of the text: named by their label only where a line starts with them
_ID = re.compile(r"(?<![\w:<])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*(?![\w>])")


def help_html(text: str, labels: Mapping[str, str]) -> str:
    """Plain help text as the HTML Processing shows: escaped, line breaks kept, ids named by their labels.

    QGIS renders shortHelpString() as rich text, so a raw "< 5" would start a tag and cut the help there.
    An id of ``labels`` (e.g. SMALL_COUNT_THRESHOLD) becomes its label in italics, the words the dialog shows.
    """
    import html

    def named(line: str) -> str:
        def name(match: re.Match) -> str:
            word = match.group(0)
            if word not in labels or (word in _COMMON_WORDS and match.start() > 0):
                return word
            return f"<i>{html.escape(labels[word], quote=False)}</i>"

        return _ID.sub(name, html.escape(line, quote=False))

    return "<br>".join(named(line) for line in text.split("\n"))


def with_decimals(parameter, decimals: int):
    """Show a Double parameter with ``decimals`` places (the default widget shows six: "15.000000")."""
    metadata = dict(parameter.metadata() or {})
    metadata["widget_wrapper"] = dict(metadata.get("widget_wrapper") or {}, decimals=decimals)
    parameter.setMetadata(metadata)
    return parameter


def distance_parameter(name: str, description: str, default: float, optional: bool = False, decimals: int = 0):
    """A distance in metres (QgsProcessingParameterDistance, shown with its unit).

    Not bound to an input layer on purpose: the core measures in metres in the planning CRS (EPSG:25832) whatever
    the input layer's CRS is, so a parent layer in degrees would make the widget show a wrong unit.
    """
    from qgis.core import QgsProcessingParameterDistance

    parameter = QgsProcessingParameterDistance(name, description, default, "", optional, 0)
    parameter.setDefaultUnit(compat.DISTANCE_METERS)
    return with_decimals(parameter, decimals)


def core_callbacks(feedback, start: float = 0.0, span: float = 100.0):
    """(progress, is_cancelled) callbacks for core functions (``DispersionAlgorithm.callbacks``)."""
    return DispersionAlgorithm.callbacks(feedback, start, span)


def qgs_fields(fields: Fields):
    """QgsFields from an output schema ((name, kind) pairs or OutField, one kind vocabulary)."""
    from qgis.core import QgsField, QgsFields

    from ..qgis_adapters.layers import QVARIANT_TYPES

    out = QgsFields()
    for name, kind in out_fields(fields):
        out.append(QgsField(name, QVARIANT_TYPES[kind]))
    return out


# ---------------------------------------------------------------------- outputs

OWN_FORMATS = (".gpkg", ".shp", ".geojson", ".json", ".csv")
_WKB_TYPES = {"point": "WKB_POINT", "polygon": "WKB_MULTIPOLYGON", "none": "WKB_NO_GEOMETRY"}


def _plain_file(target: str) -> bool:
    """True for a destination that is a plain file path (not memory:, ogr:, postgres:, layer options ...)."""
    return bool(target) and "|" not in target and not re.match(r"^[A-Za-z][A-Za-z0-9_]+:", target)


class OutputSink:
    """One output layer of a run: ``add(values, wkb)`` with attribute values in field order and WKB or None."""

    def __init__(self, dest: str):
        self.dest = dest
        self.count = 0

    def add(self, values: Sequence[Any], wkb: Optional[bytes] = None) -> None:
        raise NotImplementedError

    def close(self, error: bool = False) -> None:
        """Finish the output (``error``: drop it); a file output is renamed into place by the run's OutputSet."""


class _FileSink(OutputSink):
    """GeoPackage, Shapefile, GeoJSON: written by the plugin's OGR writer to a staged file beside the target."""

    def __init__(self, dest: str, staged: str, fields: Fields, geometry: str, crs: Optional[str]):
        super().__init__(dest)
        from ..io.files import OgrWriter, write_error

        fields = out_fields(fields)
        options = []
        if dest.lower().endswith(".gpkg") and any(f.name.lower() == "fid" for f in fields):
            # a copied 'fid' attribute stays an ordinary field; the GeoPackage's own key gets another name
            names = {f.name.lower() for f in fields}
            options.append("FID=" + next(n for n in ("fid_1", "fid_2", "ogc_fid", "_fid") if n not in names))
        layer_name = os.path.splitext(os.path.basename(dest))[0]
        self._error = write_error
        self.writer: Optional[OgrWriter] = OgrWriter(staged, layer_name, fields, geometry, crs, atomic=False,
                                                     options=options).__enter__()

    def add(self, values: Sequence[Any], wkb: Optional[bytes] = None) -> None:
        from ..io.files import WRITE_ERRORS

        assert self.writer is not None
        try:
            self.writer.add(values, wkb)
        except WRITE_ERRORS as exc:
            raise self._error(self.dest, exc) from None
        self.count += 1

    def close(self, error: bool = False) -> None:
        if self.writer is None:
            return
        writer, self.writer = self.writer, None
        if error:
            writer.__exit__(RuntimeError, RuntimeError("aborted"), None)
        else:
            writer.__exit__(None, None, None)


class _CsvSink(OutputSink):
    """CSV: written through ``io.safe_csv`` (formula-like text neutralised) to a staged file beside the target."""

    def __init__(self, dest: str, staged: str, fields: Fields):
        super().__init__(dest)
        from ..io.safe_csv import csv_line

        self._line = csv_line
        self.fh: Optional[IO[str]] = open(staged, "w", encoding="utf-8", newline="")  # noqa: SIM115 - closed in close()
        self.fh.write(csv_line([name for name, _ in fields]) + "\n")

    def add(self, values: Sequence[Any], wkb: Optional[bytes] = None) -> None:
        from ..io.files import write_error

        assert self.fh is not None
        try:
            self.fh.write(self._line(values) + "\n")
        except OSError as exc:
            raise write_error(self.dest, exc) from None
        self.count += 1

    def close(self, error: bool = False) -> None:
        if self.fh is not None:
            fh, self.fh = self.fh, None
            fh.close()


class _QgisSink(OutputSink):
    """Any other destination (memory, PostGIS, .xlsx, .fgb, ...): written through QGIS, only once the run succeeded.

    QGIS sinks write in place as features arrive, so a cancelled or failed
    run would leave half a table or file. Here the features go to a spool file
    in the temporary folder first; ``close()`` creates the QGIS sink and copies
    them in only when the whole run has succeeded. A file destination is
    created under a staging name beside the target (the layer keeps the
    target's name) and renamed into place with the run's other outputs.
    """

    def __init__(self, outputs: RunOutputs, key: str, target: str, fields: Fields, geometry: str,
                 crs: QgsCoordinateReferenceSystem):
        super().__init__(target)
        self.outputs, self.key, self.target = outputs, key, target
        self.fields, self.geometry, self.crs = out_fields(fields), geometry, crs
        self.spool: Optional[IO[bytes]] = tempfile.TemporaryFile(prefix="dispersion-sink-")  # noqa: SIM115

    def add(self, values: Sequence[Any], wkb: Optional[bytes] = None) -> None:
        assert self.spool is not None
        pickle.dump((list(values), wkb), self.spool, protocol=pickle.HIGHEST_PROTOCOL)
        self.count += 1

    def _features(self) -> Iterable[Feature]:
        assert self.spool is not None
        self.spool.seek(0)
        for _ in range(self.count):
            yield pickle.load(self.spool)  # nosec B301 - our own spool, see the import

    def _create(self):
        """(QGIS sink, destination id, target to report) for this output."""
        from qgis.core import QgsProcessingOutputLayerDefinition

        alg, parameters, context = self.outputs.alg, self.outputs.parameters, self.outputs.context
        qfields = qgs_fields(self.fields)
        wkb_type = getattr(compat, _WKB_TYPES[self.geometry])
        if not _plain_file(self.target):
            sink, dest = alg.parameterAsSink(parameters, self.key, context, qfields, wkb_type, self.crs)
            return sink, dest, dest
        staged = self.outputs.stage(self.target)
        given = parameters.get(self.key)
        definition = QgsProcessingOutputLayerDefinition(staged)  # no destination project: we load the target
        options = dict(given.createOptions) if isinstance(given, QgsProcessingOutputLayerDefinition) else {}
        options["layerName"] = os.path.splitext(os.path.basename(self.target))[0]  # not the staging name
        definition.createOptions = options
        sink, _ = alg.parameterAsSink(dict(parameters, **{self.key: definition}), self.key, context, qfields,
                                      wkb_type, self.crs)
        self.outputs.load_on_completion(self.key, self.target)
        return sink, self.target, self.target

    def close(self, error: bool = False) -> None:
        if self.spool is None:
            return
        try:
            if not error:
                self._write()
        finally:
            spool, self.spool = self.spool, None
            spool.close()

    def _write(self) -> None:
        from qgis.core import QgsFeature, QgsFeatureSink, QgsGeometry, QgsWkbTypes

        sink, dest, self.dest = self._create()
        if sink is None:
            raise QgsProcessingException(self.outputs.alg.invalidSinkError(self.outputs.parameters, self.key))
        self.outputs.results[self.key] = dest
        qfields = qgs_fields(self.fields)
        dates = [i for i, field in enumerate(self.fields) if field.kind == "date"]
        try:
            for values, wkb in self._features():
                f = QgsFeature(qfields)
                f.setAttributes(_qdates(list(values), dates))
                if wkb is not None and self.geometry != "none":
                    g = QgsGeometry()
                    g.fromWkb(wkb)
                    if self.geometry == "polygon" and not QgsWkbTypes.isMultiType(g.wkbType()):
                        g.convertToMultiType()
                    f.setGeometry(g)
                if not sink.addFeature(f, QgsFeatureSink.Flag.FastInsert):
                    error = getattr(sink, "lastError", lambda: "")()
                    raise QgsProcessingException(tr("Could not write to '{dest}': {error}").format(dest=self.target, error=error))
        finally:
            del sink  # QGIS flushes and closes the sink when it is deleted: before the rename


def _qdates(values: List[Any], indices: Sequence[int]) -> List[Any]:
    """``values`` with the datetime.date at ``indices`` as QDate: a QGIS sink does not convert Python dates."""
    import datetime

    from qgis.PyQt.QtCore import QDate

    for i in indices:
        v = values[i]
        if isinstance(v, datetime.date):
            values[i] = QDate(v.year, v.month, v.day)
    return values


class RunOutputs:
    """All outputs of one algorithm run, written beside their targets and renamed into place as one set.

    File destinations in ``OWN_FORMATS`` are written by the plugin itself (the
    OGR writer of ``io.files``; CSV through ``io.safe_csv``) under a temporary
    name in the target's folder. Other destinations go through QGIS's sinks
    after the run has succeeded (``_QgisSink``). Leaving the ``with`` block
    without an error commits: every file output is renamed at once, so a
    failed, cancelled or killed run leaves either all outputs or none, and an
    earlier file at a target survives a failing run.
    """

    def __init__(self, alg: QgsProcessingAlgorithm, parameters, context, feedback):
        from ..io.files import OutputSet

        self.alg, self.parameters, self.context, self.feedback = alg, parameters, context, feedback
        self.files = OutputSet()
        self.sinks: List[OutputSink] = []
        self.results: Dict[str, Any] = {}

    def stage(self, target: str) -> str:
        """A staging path beside ``target`` that the commit renames to ``target``."""
        return self.files.stage(target)

    def load_on_completion(self, key: str, dest: str) -> None:
        """Ask Processing to load ``dest`` as the output ``key`` when the user asked for it."""
        from qgis.core import QgsProcessingContext, QgsProcessingOutputLayerDefinition

        value = self.parameters.get(key)
        if isinstance(value, QgsProcessingOutputLayerDefinition) and value.destinationProject is not None:
            name = value.destinationName or self.alg.parameterDefinition(key).description()
            self.context.addLayerToLoadOnCompletion(
                dest, QgsProcessingContext.LayerDetails(name, value.destinationProject, key))

    def sink(self, key: str, fields: Fields, geometry: str, crs) -> OutputSink:
        """The output layer ``key`` with ``fields`` ((name, kind) pairs of ``core.outputs``).

        ``geometry``: "point", "polygon" (written as MultiPolygon, see ``io.files.GEOMETRY_TYPES``) or "none".
        ``crs``: a QgsCoordinateReferenceSystem or its text ('EPSG:25832', WKT).
        """
        crs_obj = crs if isinstance(crs, QgsCoordinateReferenceSystem) else QgsCoordinateReferenceSystem(crs or "")
        crs_text = (crs_obj.authid() or crs_obj.toWkt()) if crs_obj.isValid() else (crs if isinstance(crs, str) else None)
        target = self.alg.parameterAsOutputLayer(self.parameters, key, self.context)
        out: OutputSink
        if _plain_file(target) and os.path.splitext(target)[1].lower() in OWN_FORMATS:
            staged = self.stage(target)
            if target.lower().endswith(".csv"):
                out = _CsvSink(target, staged, fields)
            else:
                out = _FileSink(target, staged, fields, geometry, crs_text)
            self.load_on_completion(key, target)
            self.results[key] = target
        else:
            out = _QgisSink(self, key, target, fields, geometry, crs_obj)
        self.sinks.append(out)
        return out

    def write_features(self, key: str, fields: Fields, geometry: str, crs, features: Iterable[Feature]) -> int:
        """Write (values in field order, WKB or None) features to the output ``key``; returns their number.

        Checks for cancellation at every feature.
        """
        sink = self.sink(key, fields, geometry, crs)
        cancelled = self.feedback.isCanceled
        for values, wkb in features:
            if cancelled():
                raise CancelledError()
            sink.add(values, wkb)
        return sink.count

    def write(self, key: str, fields: Fields, geometry: str, crs, rows: Iterable[Tuple[Mapping[str, Any], Any]]) -> int:
        """Write (attributes by name, shapely geometry or None) rows, the form of ``core.outputs``."""
        names = [name for name, _ in fields]
        return self.write_features(key, fields, geometry, crs, (
            ([attrs.get(n) for n in names], bytes(geom.wkb) if geom is not None else None) for attrs, geom in rows))

    def own_file(self, key: str, extensions: Sequence[str]) -> Optional[str]:
        """A staging path for output ``key`` when its target is a plain file ending in ``extensions``, else None.

        For writers faster than a feature sink (the Zensus bulk GeoPackage writer): the
        caller writes the complete file there; the commit renames it with the other outputs.
        """
        target = self.alg.parameterAsOutputLayer(self.parameters, key, self.context)
        if not (_plain_file(target) and target.lower().endswith(tuple(extensions))):
            return None
        staged = self.stage(target)
        self.results[key] = target
        self.load_on_completion(key, target)
        return staged

    def text(self, key: str, make_text: Callable[[], str]) -> Optional[str]:
        """Write ``make_text()`` to the file destination ``key`` (e.g. the HTML report) when it is set."""
        target = self.alg.parameterAsFileOutput(self.parameters, key, self.context)
        if not target:
            return None
        from ..io.files import write_error

        staged = self.stage(target)
        self.results[key] = target
        try:
            with open(staged, "w", encoding="utf-8") as fh:
                fh.write(make_text())
        except OSError as exc:
            raise write_error(target, exc) from None
        return target

    def __enter__(self) -> RunOutputs:
        return self

    def __exit__(self, exc_type, exc, tb) -> bool:
        from ..io.files import WRITE_ERRORS, write_error

        if exc is None:
            try:
                for sink in self.sinks:
                    sink.close()
                self.files.commit()
                return False
            except WRITE_ERRORS as error:
                target = next((t for _, t in self.files.staged), None) or next((s.dest for s in self.sinks), "?")
                self._abort()
                raise write_error(target, error) from None
            except BaseException:
                self._abort()
                raise
        self._abort()
        return False

    def _abort(self) -> None:
        for sink in self.sinks:
            with contextlib.suppress(Exception):  # the first error is the one to report
                sink.close(error=True)
        self.files.abort()
        self.results.clear()
