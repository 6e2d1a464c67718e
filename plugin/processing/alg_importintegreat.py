"""dispersion:importintegreat — Integreat locations JSON to a services layer of the data contract."""
from __future__ import annotations

import math

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
)

from .. import compat
from ..core.contract import SERVICE_CATEGORIES
from ..qgis_adapters.i18n import tr, tr_message
from .base import DispersionAlgorithm


class ImportIntegreatAlgorithm(DispersionAlgorithm):
    NAME = "importintegreat"
    HELP_SECTION = "import"
    TAGS_EN = ("import", "Integreat", "services", "counselling", "JSON")
    TAGS_DE = ("Import", "Integreat", "Angebote", "Beratung", "Kita", "Sprachkurs")
    GROUP = "data"
    STYLES = {"OUTPUT": "services"}
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
            "TARGET_CRS: coordinate system of the output, projected in metres (empty: the project's CRS when it "
            "is one, else the UTM zone of the locations).\n\n"
            "Temporarily closed locations and locations without coordinates are skipped; the log names them. "
            "Unmapped categories count as 'other' and are listed."
        ).format(categories=", ".join(SERVICE_CATEGORIES))

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFile(self.INPUT, tr("Integreat locations JSON"), extension="json"))
        self.addParameter(QgsProcessingParameterString(self.CATEGORY_MAP, tr("Category mapping (CSV file or a=b;c=d)"),
                                                       optional=True, multiLine=False))
        self.addParameter(QgsProcessingParameterCrs(self.TARGET_CRS, tr("Target CRS (empty: project CRS or UTM zone of the data)"),
                                                    defaultValue=None, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Services"), compat.SOURCE_VECTOR_POINT))

    def execute(self, parameters, context, feedback, outputs):
        from pyproj import Transformer
        from shapely.geometry import Point

        from ..io.integreat import SERVICE_FIELDS, parse_category_map, read_integreat

        layer = read_integreat(self.parameterAsFile(parameters, self.INPUT, context),
                               parse_category_map(self.parameterAsString(parameters, self.CATEGORY_MAP, context)))
        points = [raw.geometry for raw in layer.features if raw.geometry is not None]
        centre = ((min(p.x for p in points) + max(p.x for p in points)) / 2,
                  (min(p.y for p in points) + max(p.y for p in points)) / 2) if points else None
        crs = self.target_crs(parameters, self.TARGET_CRS, context, lonlat=centre)
        transform = Transformer.from_crs("EPSG:4326", self.crs_text(crs), always_xy=True).transform
        total = max(len(layer.features), 1)

        def features():
            for i, raw in enumerate(layer.features):
                x, y = transform(raw.geometry.x, raw.geometry.y)
                if not (math.isfinite(x) and math.isfinite(y)):
                    raise QgsProcessingException(tr(
                        "Integreat {item} ('{name}'): its position cannot be expressed in {crs}; choose another "
                        "target CRS.").format(item=raw.fid, name=raw.attributes.get("name"), crs=crs.authid()))
                feedback.setProgress(100.0 * (i + 1) / total)
                yield [raw.attributes.get(n) for n in SERVICE_FIELDS], Point(x, y).wkb

        fields = [(n, "int" if n == "barrier_free" else "text") for n in SERVICE_FIELDS]
        outputs.write_features(self.OUTPUT, fields, "point", crs, features())
        for note in layer.notes:
            feedback.pushInfo(tr_message(note))
        feedback.pushInfo(tr("{count} services written.").format(count=len(layer.features)))
        return {}
