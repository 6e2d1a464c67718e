"""dispersion:importcsv — a CSV table with coordinate columns as a point layer, headless (issue 14).

The same reader as the CSV import dialog (``plugin.io.csv_table.read_points_csv``): encoding, separator,
decimal mark, coordinate columns and CRS are detected unless given; every row that can be kept is kept,
and what looks wrong (an unknown value, a placeholder position, swapped axes, a row far from the others)
is logged and flagged in the ``import_flags`` column.
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
)

from .. import compat
from ..core.contract import LAYERS
from ..qgis_adapters.i18n import tr, tr_message
from .base import DispersionAlgorithm

KINDS = tuple(k for k, spec in LAYERS.items() if spec.geometry in ("point", "point_or_polygon"))
SEPARATORS = {"tab": "\t", "\\t": "\t", "semicolon": ";", "comma": ",", "pipe": "|"}
FLAGS_FIELD = "import_flags"


def separator_of(value: str) -> Optional[str]:
    """The separator a SEPARATOR parameter names (';', ',', '|', 'tab'); None for empty (detect)."""
    value = (value or "").strip("\n\r")
    if not value:
        return None
    return SEPARATORS.get(value.strip().lower(), value)


class ImportCsvAlgorithm(DispersionAlgorithm):
    NAME = "importcsv"
    HELP_SECTION = "import"
    TAGS_EN = ("import", "CSV", "table", "coordinates", "points")
    TAGS_DE = ("Import", "Tabelle", "Koordinaten", "Punkte", "Trägerliste")
    GROUP = "data"  # no STYLES: the output keeps the table's own column names, which the kind's style does not know
    INPUT = "INPUT"
    KIND = "KIND"
    SEPARATOR = "SEPARATOR"
    DECIMAL = "DECIMAL"
    ENCODING = "ENCODING"
    X_FIELD = "X_FIELD"
    Y_FIELD = "Y_FIELD"
    CRS = "CRS"
    KEEP_UNKNOWN = "KEEP_UNKNOWN"
    DISTRICTS = "DISTRICTS"
    OUTPUT = "OUTPUT"

    def display_name(self) -> str:
        return tr("Import CSV table (points)")

    def help_text(self) -> str:
        return tr(
            "Reads a CSV table with coordinate columns (an operator's shelter list, a list of services or "
            "candidate sites) into a point layer, as the CSV import dialog does.\n\n"
            "KIND: what the rows are, by name ({kinds}); number columns of that kind (e.g. capacity) are read as numbers.\n"
            "SEPARATOR, DECIMAL, ENCODING (optional): detected when empty (separator ; , | or tab; decimal "
            "comma or point; UTF-8 with or without BOM, or cp1252).\n"
            "X_FIELD, Y_FIELD (optional): the coordinate columns (longitude in X, latitude in Y); guessed from "
            "names such as lon/lat, Länge/Breite, x/y, Rechtswert/Hochwert.\n"
            "CRS (optional): of the coordinates; guessed from their values (WGS84, UTM 32N, Gauss-Krüger, LAEA).\n"
            "KEEP_UNKNOWN (default on): a blank or 'k. A.' cell in an optional number column keeps its row with "
            "the value NULL; required columns are still checked.\n"
            "DISTRICTS (optional; default: the planning set's districts): rows more than 50 km outside the "
            "districts are flagged, even when all rows are off.\n\n"
            "OUTPUT: the table's columns, typed, in the CRS of the coordinates, plus import_flags naming what "
            "to check in a row (unknown value, placeholder position such as 0/0 or 1/1, swapped x/y, more than "
            "50 km outside the other rows). The log lists the same with file, line and column."
        ).format(kinds=", ".join(KINDS))

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFile(self.INPUT, tr("CSV file"), extension="csv"))
        self.addParameter(QgsProcessingParameterEnum(self.KIND, tr("The rows are"), options=list(KINDS),
                                                     defaultValue=KINDS[0], usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterString(self.SEPARATOR, tr("Separator (empty: detect)"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterString(self.DECIMAL, tr("Decimal mark (empty: detect)"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterString(self.ENCODING, tr("Encoding (empty: detect)"), optional=True))
        self.addParameter(QgsProcessingParameterString(self.X_FIELD, tr("X or longitude column (empty: guess)"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterString(self.Y_FIELD, tr("Y or latitude column (empty: guess)"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterCrs(self.CRS, tr("CRS of the coordinates (empty: guess)"),
                                                    optional=True))
        self.addParameter(QgsProcessingParameterBoolean(self.KEEP_UNKNOWN, tr("Keep rows with unknown values (NULL)"),
                                                        defaultValue=True))
        from qgis.core import QgsProcessingParameterFeatureSource

        self.addParameter(QgsProcessingParameterFeatureSource(
            self.DISTRICTS, tr("Districts (rows far outside them are flagged)"), [compat.SOURCE_VECTOR_POLYGON],
            defaultValue=self.layer_default("districts", self.planning_defaults()), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Imported points"),
                                                            compat.SOURCE_VECTOR_POINT))

    def _dialect(self, parameters, context, path: str) -> Any:
        """The detected dialect with the given SEPARATOR/DECIMAL/ENCODING and coordinate columns applied."""
        from ..io.csv_table import guess_xy, header_of, sniff_csv

        dialect = sniff_csv(path)
        changes: Dict[str, Any] = {}
        separator = separator_of(self.parameterAsString(parameters, self.SEPARATOR, context))
        if separator:
            changes["delimiter"] = separator
        decimal = self.parameterAsString(parameters, self.DECIMAL, context).strip()
        if decimal:
            if decimal not in (",", "."):
                raise QgsProcessingException(tr("DECIMAL must be ',' or '.', not '{value}'.").format(value=decimal))
            changes["decimal"] = decimal
        encoding = self.parameterAsString(parameters, self.ENCODING, context).strip()
        if encoding:
            changes["encoding"] = encoding
        if changes:
            dialect = dialect.replace(**changes)
            columns = header_of(path, dialect)
            x, y, _ = guess_xy(columns)
            dialect = dialect.replace(columns=columns, x_field=x, y_field=y)
            if changes.keys() & {"delimiter", "decimal"}:
                dialect = dialect.replace(crs_guess=None)  # guessed again from the values read
        x_field = self.parameterAsString(parameters, self.X_FIELD, context).strip()
        y_field = self.parameterAsString(parameters, self.Y_FIELD, context).strip()
        if x_field or y_field:
            dialect = dialect.replace(x_field=x_field or dialect.x_field, y_field=y_field or dialect.y_field,
                                      crs_guess=None)
        return dialect

    def _districts_extent(self, parameters, context):
        """(xmin, ymin, xmax, ymax, in the districts' CRS) and that CRS; (None, None) without districts."""
        from qgis.core import (
            QgsFeatureRequest,
            QgsProcessingFeatureSource,
            QgsProcessingFeatureSourceDefinition,
            QgsRectangle,
        )

        districts, source = self.input_source(parameters, self.DISTRICTS, context)
        if districts is None or not districts.crs().isValid():
            return None, None
        value = parameters.get(self.DISTRICTS)
        if isinstance(value, QgsProcessingFeatureSourceDefinition) and source is not None:
            # "Selected features only" or a filter: the extent of the features the source keeps
            extent = QgsRectangle()
            extent.setMinimal()
            request = QgsFeatureRequest().setNoAttributes()
            for feature in source.getFeatures(request, QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks):
                if feature.hasGeometry():
                    extent.combineExtentWith(feature.geometry().boundingBox())
        else:
            extent = districts.extent()
        if extent.isNull() or extent.isEmpty():
            return None, None
        return ((extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()),
                self.crs_text(districts.crs()))

    def execute(self, parameters, context, feedback, outputs):
        from ..core.contract import guess_field_map
        from ..io.csv_table import column_kinds, header_of, read_points_csv

        path = self.parameterAsFile(parameters, self.INPUT, context)
        kind = self.parameterAsEnumString(parameters, self.KIND, context) or KINDS[0]
        try:
            dialect = self._dialect(parameters, context, path)
            mapping = guess_field_map(kind, header_of(path, dialect))
            crs_param = self.parameterAsCrs(parameters, self.CRS, context)
            crs = self.crs_text(crs_param) if crs_param.isValid() else None
            reference_extent, reference_crs = self._districts_extent(parameters, context)
            layer = read_points_csv(path, kind, dialect, mapping, crs=crs,
                                    keep_unknown=self.parameterAsBool(parameters, self.KEEP_UNKNOWN, context),
                                    reference_extent=reference_extent, reference_crs=reference_crs)
        except (LookupError, UnicodeError, OSError) as exc:
            raise QgsProcessingException(tr("File '{file}' cannot be read ({reason}).").format(
                file=path, reason=exc)) from None
        fields = [(name, kind_) for name, kind_ in column_kinds(layer) if name != FLAGS_FIELD] + [(FLAGS_FIELD, "text")]
        names = [name for name, _ in fields[:-1]]
        total = max(len(layer.features), 1)

        def features():
            for i, raw in enumerate(layer.features):
                feedback.setProgress(100.0 * (i + 1) / total)
                flags = layer.row_flags.get(raw.fid)
                values: List[Any] = [raw.attributes.get(n) for n in names]
                yield values + ["; ".join(flags) if flags else None], raw.geometry.wkb

        from qgis.core import QgsCoordinateReferenceSystem

        outputs.write_features(self.OUTPUT, fields, "point", QgsCoordinateReferenceSystem(layer.crs), features())
        for note in layer.notes:
            feedback.pushWarning(tr_message(note))
        feedback.pushInfo(tr("{count} rows imported from '{file}' ({crs}).").format(
            count=len(layer.features), file=layer.name, crs=layer.crs))
        return {}
