"""Common base of the plugin's Processing algorithms.

Keeps group, help and error handling in one place: core errors become
``QgsProcessingException`` with the core's message, validation issues are
reported through the feedback, and cancellation is wired to the core's
``is_cancelled`` callback.
"""
from __future__ import annotations

from typing import List, Mapping, Optional

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException, QgsProcessingFeedback

from .. import compat
from ..core.errors import CancelledError, DispersionError, InputError
from ..core.model import PlanningData
from ..core.validation import Issue, errors
from ..qgis_adapters.i18n import tr
from ..qgis_adapters.layers import layers_to_planning_data


class DispersionAlgorithm(QgsProcessingAlgorithm):
    """Base class: subclasses set NAME, and implement display_name(), help_text() and the Processing API."""

    NAME = ""
    GROUP = "planning"

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
        return self.help_text()

    def createInstance(self):  # noqa: N802
        return type(self)()

    def tr(self, text: str) -> str:
        return tr(text)

    @staticmethod
    def report_issues(issues: List[Issue], feedback: QgsProcessingFeedback) -> None:
        for issue in issues:
            if issue.severity == "error":
                feedback.reportError(issue.message, False)
            elif issue.severity == "warning":
                feedback.pushWarning(issue.message)
            else:
                feedback.pushInfo(issue.message)

    def planning_data(self, layers: Mapping[str, object], feedback: QgsProcessingFeedback,
                      field_maps: Optional[Mapping[str, Mapping[str, str]]] = None, target_crs: str = "EPSG:25832") -> PlanningData:
        """Validate the input layers; raise QgsProcessingException naming the first error."""
        for kind, layer in layers.items():
            if layer is None and kind == "districts":
                raise QgsProcessingException(tr("The districts layer is required."))
        try:
            data, issues = layers_to_planning_data(layers, field_maps, target_crs, is_cancelled=feedback.isCanceled)
        except CancelledError as exc:
            raise QgsProcessingException(exc.message) from exc
        self.report_issues(issues, feedback)
        bad = errors(issues)
        if bad:
            raise QgsProcessingException(tr("{count} input problem(s), first: {first}").format(count=len(bad), first=bad[0].message))
        return data

    @staticmethod
    def fail(exc: DispersionError) -> QgsProcessingException:
        """Turn a core error into the Processing exception users see."""
        text = exc.message
        if isinstance(exc, InputError) and exc.issues:
            text += "\n" + "\n".join(str(i) for i in exc.issues[:20])
        return QgsProcessingException(text)


def qgs_fields(fields):
    """QgsFields from an output schema: (name, kind) pairs of plugin.core.outputs or io OutField records."""
    from qgis.core import QgsField, QgsFields

    from ..qgis_adapters.layers import QVARIANT_TYPES

    out = QgsFields()
    for field in fields:
        name, kind = (field.name, field.kind) if hasattr(field, "kind") else field
        out.append(QgsField(name, QVARIANT_TYPES[kind]))
    return out


OWN_FORMATS = (".gpkg", ".shp", ".geojson", ".json", ".csv")


def _plain_file(target: str) -> bool:
    """True for a destination that is a plain file path in a format the plugin writes itself."""
    import os
    import re

    if not target or "|" in target or re.match(r"^[A-Za-z][A-Za-z0-9_]+:", target):
        return False  # memory:, ogr:, postgres:, spatialite:, layer options ...
    return os.path.splitext(target)[1].lower() in OWN_FORMATS


class OutputSink:
    """One output layer of a run: ``add(values, wkb)`` with attribute values in field order and WKB or None."""

    def __init__(self, dest: str, count_label: str):
        self.dest = dest
        self.count = 0
        self.label = count_label

    def add(self, values, wkb=None) -> None:
        raise NotImplementedError

    def add_rows(self, rows, names, feedback=None) -> None:
        """Add (attributes dict, shapely geometry) rows."""
        for attrs, geom in rows:
            if feedback is not None and feedback.isCanceled():
                raise CancelledRun()
            self.add([attrs.get(n) for n in names], bytes(geom.wkb) if geom is not None else None)

    def close(self, error: bool = False) -> None:
        pass


class CancelledRun(Exception):
    """The user cancelled while outputs were being written: nothing is committed."""


class _FileSink(OutputSink):
    def __init__(self, dest: str, staged: str, fields, geometry: str, crs: str):
        super().__init__(dest, dest)
        import os

        from ..io.files import OgrWriter, OutField

        kinds = [OutField(f[0], f[1]) if not hasattr(f, "kind") else f for f in fields]
        geom = {"point": "point", "polygon": "multipolygon", "multipolygon": "multipolygon",
                "polygon_single": "polygon", "none": "none"}[geometry]
        layer_name = os.path.splitext(os.path.basename(dest))[0]
        options = []
        if dest.lower().endswith(".gpkg") and any(f.name.lower() == "fid" for f in kinds):
            # a copied 'fid' attribute stays an ordinary field; the GeoPackage's own key gets another name
            names = {f.name.lower() for f in kinds}
            options.append("FID=" + next(n for n in ("fid_1", "fid_2", "ogc_fid", "_fid") if n not in names))
        self.writer = OgrWriter(staged, layer_name, kinds, geom, crs, atomic=False, options=options).__enter__()

    def add(self, values, wkb=None) -> None:
        self.writer.add(values, wkb)
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
    def __init__(self, dest: str, staged: str, fields):
        super().__init__(dest, dest)
        from ..io.safe_csv import csv_line

        self._line = csv_line
        self.fh = open(staged, "w", encoding="utf-8", newline="")
        self.fh.write(csv_line([f.name if hasattr(f, "kind") else f[0] for f in fields]) + "\n")

    def add(self, values, wkb=None) -> None:
        self.fh.write(self._line(values) + "\n")
        self.count += 1

    def close(self, error: bool = False) -> None:
        if self.fh is not None:
            fh, self.fh = self.fh, None
            fh.close()


class _QgisSink(OutputSink):
    def __init__(self, dest: str, sink, qfields, geometry: str):
        super().__init__(dest, dest)
        self.sink, self.qfields, self.geometry = sink, qfields, geometry

    def add(self, values, wkb=None) -> None:
        from qgis.core import QgsFeature, QgsFeatureSink, QgsGeometry, QgsWkbTypes

        f = QgsFeature(self.qfields)
        f.setAttributes(list(values))
        if wkb is not None and self.geometry != "none":
            g = QgsGeometry()
            g.fromWkb(wkb)
            if self.geometry == "polygon" and not QgsWkbTypes.isMultiType(g.wkbType()):
                g.convertToMultiType()
            f.setGeometry(g)
        if not self.sink.addFeature(f, QgsFeatureSink.Flag.FastInsert):
            error = getattr(self.sink, "lastError", lambda: "")()
            raise QgsProcessingException(tr("Could not write to '{dest}': {error}").format(dest=self.dest, error=error))
        self.count += 1

    def close(self, error: bool = False) -> None:
        self.sink = None  # QGIS flushes and closes the sink when it is deleted


class RunOutputs:
    """All outputs of one algorithm run, written beside their targets and renamed into place as one set.

    File destinations in the formats of ``OWN_FORMATS`` are written by the
    plugin itself (GDAL/OGR; CSV through ``io.safe_csv``) under a temporary
    name in the target's folder; ``commit()`` (the end of the ``with`` block)
    renames every output at once, so a failed, cancelled or killed run leaves
    either all outputs or none, and an earlier file at a target survives a
    failing run. Memory and database destinations go through QGIS's sinks.
    """

    def __init__(self, alg: QgsProcessingAlgorithm, parameters, context, feedback):
        from ..io.files import OutputSet

        self.alg, self.parameters, self.context, self.feedback = alg, parameters, context, feedback
        self.files = OutputSet()
        self.sinks = []
        self.results = {}

    def _load_on_completion(self, key: str, dest: str) -> None:
        from qgis.core import QgsProcessingContext, QgsProcessingOutputLayerDefinition

        value = self.parameters.get(key)
        if isinstance(value, QgsProcessingOutputLayerDefinition) and value.destinationProject is not None:
            name = value.destinationName or self.alg.parameterDefinition(key).description()
            self.context.addLayerToLoadOnCompletion(
                dest, QgsProcessingContext.LayerDetails(name, value.destinationProject, key))

    def sink(self, key: str, fields, geometry: str, crs) -> OutputSink:
        """The output layer ``key`` with ``fields`` ((name, kind) pairs or OutField).

        ``geometry``: "point", "polygon" (written as MultiPolygon), "polygon_single" or "none".
        """
        from qgis.core import QgsCoordinateReferenceSystem

        crs_obj = crs if isinstance(crs, QgsCoordinateReferenceSystem) else QgsCoordinateReferenceSystem(crs or "")
        crs_text = crs_obj.authid() or crs_obj.toWkt() if crs_obj.isValid() else (crs if isinstance(crs, str) else None)
        target = self.alg.parameterAsOutputLayer(self.parameters, key, self.context)
        out: OutputSink
        if _plain_file(target):
            staged = self._stage(target)
            try:
                if target.lower().endswith(".csv"):
                    out = _CsvSink(target, staged, fields)
                else:
                    out = _FileSink(target, staged, fields, geometry, crs_text)
            except DispersionError as exc:
                raise self.alg.fail(exc) from None
            self._load_on_completion(key, target)
        else:
            wkb = {"point": compat.WKB_POINT, "polygon": compat.WKB_MULTIPOLYGON,
                   "multipolygon": compat.WKB_MULTIPOLYGON, "polygon_single": compat.WKB_POLYGON,
                   "none": compat.WKB_NO_GEOMETRY}[geometry]
            qfields = qgs_fields(fields)
            sink, dest = self.alg.parameterAsSink(self.parameters, key, self.context, qfields, wkb, crs_obj)
            if sink is None:
                raise QgsProcessingException(self.alg.invalidSinkError(self.parameters, key))
            out = _QgisSink(dest, sink, qfields, "polygon" if geometry == "multipolygon" else geometry)
        self.sinks.append(out)
        self.results[key] = out.dest
        return out

    def _stage(self, target: str) -> str:
        try:
            return self.files.stage(target)
        except DispersionError as exc:
            raise self.alg.fail(exc) from None

    def file(self, key: str):
        """(target, staged path) for the file destination ``key``, or (None, None) when it is not set."""
        target = self.alg.parameterAsFileOutput(self.parameters, key, self.context)
        if not target:
            return None, None
        staged = self._stage(target)
        self.results[key] = target
        return target, staged

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
            except BaseException as error:  # noqa: BLE001 - turned into a message below
                exc = error
        targets = [t for _, t in self.files.staged] or [s.dest for s in self.sinks] or ["?"]
        for sink in self.sinks:
            try:
                sink.close(error=True)
            except Exception:  # noqa: BLE001 - the first error is the one to report
                pass
        self.files.abort()
        if isinstance(exc, CancelledRun):
            raise QgsProcessingException(tr("Cancelled by the user; no output was written.")) from None
        if isinstance(exc, DispersionError):
            raise self.alg.fail(exc) from None
        if isinstance(exc, WRITE_ERRORS):
            raise self.alg.fail(write_error(targets[0], exc)) from None
        if exc_type is None:
            raise exc
        return False


def write_sink(alg: QgsProcessingAlgorithm, parameters, key: str, context, feedback, fields, geometry: str, crs: str,
               rows, outputs: RunOutputs = None) -> str:
    """Write (attributes, shapely geometry) rows to the output ``key``; returns its destination id.

    With ``outputs`` the file is staged in that run's set; without, it is
    committed on its own.
    """
    names = [n for n, _ in fields]
    if outputs is not None:
        sink = outputs.sink(key, fields, geometry, crs)
        sink.add_rows(rows, names, feedback)
        return sink.dest
    with RunOutputs(alg, parameters, context, feedback) as own:
        sink = own.sink(key, fields, geometry, crs)
        sink.add_rows(rows, names, feedback)
    return sink.dest


def core_callbacks(feedback, start: float = 0.0, span: float = 100.0):
    """(progress, is_cancelled) callbacks for core functions, mapped into a share of the feedback's bar."""
    def progress(value: float) -> None:
        feedback.setProgress(start + span * value / 100.0)

    return progress, feedback.isCanceled
