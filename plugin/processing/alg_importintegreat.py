"""dispersion:importintegreat — Integreat locations JSON to a services layer of the data contract."""
from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem, QgsFeature, QgsFeatureSink, QgsGeometry, QgsPointXY, QgsProcessing,
    QgsProcessingException, QgsProcessingParameterCrs, QgsProcessingParameterFeatureSink, QgsProcessingParameterFile,
    QgsProcessingParameterString, QgsWkbTypes,
)
from .. import compat

from ..core.contract import DEFAULT_CRS, SERVICE_CATEGORIES
from ..core.errors import DispersionError
from ..io.files import OutField
from ..qgis_adapters.i18n import tr
from .base import DispersionAlgorithm, qgs_fields
from .postprocess import style_on_completion


class ImportIntegreatAlgorithm(DispersionAlgorithm):
    NAME = "importintegreat"
    GROUP = "data"
    INPUT = "INPUT"
    CATEGORY_MAP = "CATEGORY_MAP"
    TARGET_CRS = "TARGET_CRS"
    OUTPUT = "OUTPUT"

    def display_name(self) -> str:
        return tr("Import Integreat locations")

    def help_text(self) -> str:
        return tr(
            "Reads the locations of the Integreat app (the JSON of /api/v3/<region>/<language>/locations/, saved "
            "to a file) into a services layer with service_id, name and category.\n\n"
            "CATEGORY_MAP (optional): how Integreat category names become service categories, as a CSV file with "
            "two columns (Integreat category; category) or as text like 'Beratung=counselling;Freizeit=other'. "
            "Entries extend the built-in German/English mapping. Categories: {categories}.\n"
            "TARGET_CRS: coordinate system of the output (default EPSG:25832).\n\n"
            "Temporarily closed locations and locations without coordinates are skipped; the log names them. "
            "Unmapped categories count as 'other' and are listed."
        ).format(categories=", ".join(SERVICE_CATEGORIES))

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFile(self.INPUT, tr("Integreat locations JSON"), extension="json"))
        self.addParameter(QgsProcessingParameterString(self.CATEGORY_MAP, tr("Category mapping (CSV file or a=b;c=d)"),
                                                       optional=True, multiLine=False))
        self.addParameter(QgsProcessingParameterCrs(self.TARGET_CRS, tr("Target CRS"),
                                                    defaultValue=DEFAULT_CRS, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Services"), compat.SOURCE_VECTOR_POINT))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from pyproj import Transformer

        from ..io.integreat import SERVICE_FIELDS, parse_category_map, read_integreat

        path = self.parameterAsFile(parameters, self.INPUT, context)
        spec = self.parameterAsString(parameters, self.CATEGORY_MAP, context)
        crs = self.parameterAsCrs(parameters, self.TARGET_CRS, context)
        if not crs.isValid():
            crs = QgsCoordinateReferenceSystem(DEFAULT_CRS)
        try:
            layer = read_integreat(path, parse_category_map(spec))
        except DispersionError as exc:
            raise self.fail(exc)
        fields = qgs_fields([OutField(n, "int" if n == "barrier_free" else "text") for n in SERVICE_FIELDS])
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, compat.WKB_POINT, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        transform = Transformer.from_crs("EPSG:4326", crs.authid() or crs.toWkt(), always_xy=True).transform
        total = max(len(layer.features), 1)
        for i, raw in enumerate(layer.features):
            if feedback.isCanceled():
                return {}
            x, y = transform(raw.geometry.x, raw.geometry.y)
            feat = QgsFeature(fields)
            feat.setAttributes([raw.attributes.get(n) for n in SERVICE_FIELDS])
            feat.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
            sink.addFeature(feat, QgsFeatureSink.Flag.FastInsert)
            feedback.setProgress(100.0 * (i + 1) / total)
        for note in layer.notes:
            feedback.pushInfo(note)
        feedback.pushInfo(tr("{count} services written.").format(count=len(layer.features)))
        style_on_completion(context, dest_id, "services")
        return {self.OUTPUT: dest_id}
