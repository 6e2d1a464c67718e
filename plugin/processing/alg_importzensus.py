"""dispersion:importzensus — Zensus 2022 grid CSV (100 m, 1 km, 10 km) to grid-cell polygons."""
from __future__ import annotations

import os

from qgis.core import (
    QgsProcessingParameterCrs,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
)

from .. import compat
from ..qgis_adapters.i18n import tr, tr_message
from .base import DispersionAlgorithm


class ImportZensusAlgorithm(DispersionAlgorithm):
    NAME = "importzensus"
    HELP_SECTION = "import"
    TAGS_EN = ("import", "Zensus", "census", "grid", "population")
    TAGS_DE = ("Import", "Zensus", "Gitter", "Raster", "Bevölkerung", "Einwohner")
    GROUP = "data"
    INPUT = "INPUT"
    TARGET_CRS = "TARGET_CRS"
    VALUE_FIELD = "VALUE_FIELD"
    EXTENT = "EXTENT"
    OUTPUT = "OUTPUT"

    def display_name(self) -> str:
        return tr("Import Zensus 2022 grid")

    def help_text(self) -> str:
        return tr(
            "Reads a Zensus 2022 grid table (CSV with GITTER_ID_100m, GITTER_ID_1km or GITTER_ID_10km, e.g. "
            "GITTER_ID_100m;x_mp_100m;y_mp_100m;Einwohner) and writes one polygon per grid cell.\n\n"
            "INPUT: the CSV as downloaded from the Zensus database (separator ';').\n"
            "TARGET_CRS: coordinate system of the output, projected in metres (empty: the project's CRS when it "
            "is one, else the UTM zone of EXTENT, else EPSG:25832); the cells are EPSG:3035 squares and their "
            "corners are reprojected.\n"
            "VALUE_FIELD: the column with the counts (default Einwohner).\n"
            "EXTENT (optional): keep only cells whose centre lies inside, e.g. the city's extent.\n\n"
            "OUTPUT fields: gitter_id, einwohner (empty where the Zensus suppressed the value, shown as '–'), "
            "einwohner_suppressed (true for those cells) and the CSV's other columns. Uninhabited cells are not in "
            "the Zensus file and so not in the output. The file is read in chunks; memory does not grow with its "
            "size. Source: Statistische Ämter des Bundes und der Länder, Zensus 2022, dl-de/by-2-0."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFile(self.INPUT, tr("Zensus grid CSV"), extension="csv"))
        self.addParameter(QgsProcessingParameterCrs(self.TARGET_CRS, tr("Target CRS (empty: project CRS or UTM zone of the data)"),
                                                    defaultValue=None, optional=True))
        self.addParameter(QgsProcessingParameterString(self.VALUE_FIELD, tr("Value column"), defaultValue="Einwohner",
                                                       optional=True))
        self.addParameter(QgsProcessingParameterExtent(self.EXTENT, tr("Keep only cells within"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Zensus grid cells"),
                                                            compat.SOURCE_VECTOR_POLYGON))

    def _extent_centre(self, parameters, context):
        """The centre of EXTENT in degrees (for the working CRS's UTM zone), None when unset."""
        if not parameters.get(self.EXTENT):
            return None
        from qgis.core import QgsCoordinateReferenceSystem

        rect = self.parameterAsExtent(parameters, self.EXTENT, context, QgsCoordinateReferenceSystem("EPSG:4326"))
        if rect.isNull():
            return None
        return rect.center().x(), rect.center().y()

    def execute(self, parameters, context, feedback, outputs):
        from ..io.zensus import ZensusStats, iter_zensus, write_zensus, zensus_schema

        path = self.parameterAsFile(parameters, self.INPUT, context)
        crs = self.target_crs(parameters, self.TARGET_CRS, context, lonlat=self._extent_centre(parameters, context))
        value_field = self.parameterAsString(parameters, self.VALUE_FIELD, context) or "Einwohner"
        extent = None
        if parameters.get(self.EXTENT):
            rect = self.parameterAsExtent(parameters, self.EXTENT, context, crs)
            if not rect.isNull() and not rect.isEmpty():
                extent = (rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum())
        stats = ZensusStats()
        schema = zensus_schema(path, value_field)
        progress = lambda f: feedback.setProgress(100.0 * f)  # noqa: E731
        # a GeoPackage target gets the bulk writer (SQLite inserts, several times faster than a feature sink)
        staged = outputs.own_file(self.OUTPUT, (".gpkg",))
        if staged:
            target = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
            write_zensus(path, staged, target_crs=self.crs_text(crs), value_field=value_field, chunk_rows=20_000,
                         extent=extent, progress=progress, is_cancelled=feedback.isCanceled,
                         layer_name=os.path.splitext(os.path.basename(target))[0], stats=stats)
        else:
            def features():
                for chunk in iter_zensus(path, self.crs_text(crs), schema, 20_000, extent, progress=progress,
                                         is_cancelled=feedback.isCanceled, stats=stats):
                    for gid, val, flag, others, wkb in zip(chunk.gitter_id, chunk.einwohner,
                                                           chunk.suppressed.tolist(), chunk.others, chunk.wkb()):
                        yield [gid, val, bool(flag), *others], wkb

            stats.written = outputs.write_features(self.OUTPUT, schema.out_fields, "polygon", crs, features())
        stats.finish()
        feedback.pushInfo(tr("{count} grid cells written.").format(count=stats.written))
        if stats.outside_extent:
            feedback.pushInfo(tr("{count} cells outside the extent were left out.").format(count=stats.outside_extent))
        for note in stats.notes:
            feedback.pushInfo(tr_message(note))
        return {}
