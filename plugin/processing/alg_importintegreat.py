"""dispersion:importintegreat — Integreat locations JSON to a services layer of the data contract."""
from __future__ import annotations

import math

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingException,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
)

from .. import compat
from ..core.contract import DEFAULT_CRS, SERVICE_CATEGORIES
from ..core.errors import DispersionError
from ..io.files import OutField
from ..qgis_adapters.i18n import tr
from .base import CancelledRun, DispersionAlgorithm, RunOutputs
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
        from shapely.geometry import Point

        from ..io.integreat import SERVICE_FIELDS, parse_category_map, read_integreat

        path = self.parameterAsFile(parameters, self.INPUT, context)
        spec = self.parameterAsString(parameters, self.CATEGORY_MAP, context)
        crs = self.parameterAsCrs(parameters, self.TARGET_CRS, context)
        if not crs.isValid():
            crs = QgsCoordinateReferenceSystem(DEFAULT_CRS)
        try:
            layer = read_integreat(path, parse_category_map(spec))
        except DispersionError as exc:
            raise self.fail(exc) from exc
        fields = [OutField(n, "int" if n == "barrier_free" else "text") for n in SERVICE_FIELDS]
        transform = Transformer.from_crs("EPSG:4326", crs.authid() or crs.toWkt(), always_xy=True).transform
        total = max(len(layer.features), 1)
        with RunOutputs(self, parameters, context, feedback) as outputs:
            sink = outputs.sink(self.OUTPUT, fields, "point", crs)
            for i, raw in enumerate(layer.features):
                if feedback.isCanceled():
                    raise CancelledRun()
                x, y = transform(raw.geometry.x, raw.geometry.y)
                if not (math.isfinite(x) and math.isfinite(y)):
                    raise QgsProcessingException(tr(
                        "Integreat {item} ('{name}'): its position cannot be expressed in {crs}; choose another "
                        "target CRS.").format(item=raw.fid, name=raw.attributes.get("name"), crs=crs.authid()))
                sink.add([raw.attributes.get(n) for n in SERVICE_FIELDS], Point(x, y).wkb)
                feedback.setProgress(100.0 * (i + 1) / total)
        dest_id = outputs.results[self.OUTPUT]
        for note in layer.notes:
            feedback.pushInfo(note)
        feedback.pushInfo(tr("{count} services written.").format(count=len(layer.features)))
        style_on_completion(context, dest_id, "services")
        return {self.OUTPUT: dest_id}
