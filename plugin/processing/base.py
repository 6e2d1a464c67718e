"""Common base of the plugin's Processing algorithms.

Keeps group, help and error handling in one place: core errors become
``QgsProcessingException`` with the core's message, validation issues are
reported through the feedback, and cancellation is wired to the core's
``is_cancelled`` callback.
"""
from __future__ import annotations

from typing import List, Mapping, Optional

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException, QgsProcessingFeedback

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
                feedback.pushWarning(issue.message) if hasattr(feedback, "pushWarning") else feedback.pushInfo(issue.message)
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
            raise QgsProcessingException(exc.message)
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


def write_sink(alg: QgsProcessingAlgorithm, parameters, key: str, context, feedback, fields, geometry: str, crs: str,
               rows) -> str:
    """Write (attributes, shapely geometry) rows to the feature sink ``key``; returns its destination id."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsFeature, QgsFeatureSink, QgsWkbTypes

    from ..qgis_adapters.layers import qgs_geometry

    wkb = {"point": QgsWkbTypes.Point, "polygon": QgsWkbTypes.MultiPolygon, "none": QgsWkbTypes.NoGeometry}[geometry]
    qfields = qgs_fields(fields)
    target = alg.parameterAsOutputLayer(parameters, key, context)
    if target and not target.startswith(("memory:", "ogr:", "postgres:", "TEMPORARY_OUTPUT")) and "/" in target:
        import os

        os.makedirs(os.path.dirname(target.split("|")[0]) or ".", exist_ok=True)
    sink, dest = alg.parameterAsSink(parameters, key, context, qfields, wkb, QgsCoordinateReferenceSystem(crs))
    if sink is None:
        raise QgsProcessingException(alg.invalidSinkError(parameters, key))
    names = [n for n, _ in fields]
    for attrs, geom in rows:
        if feedback.isCanceled():
            raise QgsProcessingException(tr("Cancelled by the user; the output is incomplete and was not loaded."))
        f = QgsFeature(qfields)
        f.setAttributes([attrs.get(n) for n in names])
        if geom is not None and geometry != "none":
            f.setGeometry(qgs_geometry(geom, geometry))
        sink.addFeature(f, QgsFeatureSink.FastInsert)
    return dest


def core_callbacks(feedback, start: float = 0.0, span: float = 100.0):
    """(progress, is_cancelled) callbacks for core functions, mapped into a share of the feedback's bar."""
    def progress(value: float) -> None:
        feedback.setProgress(start + span * value / 100.0)

    return progress, feedback.isCanceled
