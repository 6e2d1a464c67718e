"""Every difference between the QGIS (3.22 to 3.44, QGIS 4) and Qt (5, 6) versions the plugin runs on.

The rest of the plugin imports these names instead of asking for versions. Each choice is made by a
feature test (does the name exist, does the call accept the argument), never by comparing version
numbers: distributions patch, and QGIS 4 keeps some QGIS 3 names while dropping others.

Enums: QGIS moved many enums from their classes into ``Qgis`` (3.26-3.40), some with new member
names (``QgsProcessing.TypeVectorPolygon`` -> ``Qgis.ProcessingSourceType.VectorPolygon``). The
old unscoped names are kept as aliases on QGIS 3 only, and some of those aliases now point at a
different enum (on 3.40 ``QgsPalLayerSettings.OverPoint`` is a ``LabelPredefinedPointPosition``, which
``QgsPalLayerSettings.placement`` rejects). So each constant is the new scoped name where it exists,
else the QGIS 3.22 scoped one. Qt enums need no entry here: their scoped names
(``Qt.AlignmentFlag.AlignCenter``) are the same in PyQt5 5.15 and PyQt6.
"""
from __future__ import annotations

import re
from typing import Callable, Optional

from qgis.core import (
    Qgis,
    QgsField,
    QgsFieldProxyModel,
    QgsLayoutRenderContext,
    QgsLegendStyle,
    QgsMapLayer,
    QgsMapLayerProxyModel,
    QgsPalLayerSettings,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsRenderContext,
    QgsTextFormat,
    QgsUnitTypes,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QMetaType, QVariant
from qgis.PyQt.QtGui import QFont

try:  # Qt6: QAction moved to QtGui
    from qgis.PyQt.QtGui import QAction
except ImportError:  # Qt5
    from qgis.PyQt.QtWidgets import QAction

__all__ = ["QAction"]  # the rest is public by name


def _first(*candidates: Callable[[], object]):
    """The value of the first candidate that exists (each is a lambda naming an API)."""
    for candidate in candidates:
        try:
            return candidate()
        except AttributeError:
            continue
    raise AttributeError("none of the QGIS API candidates exists")


# ---------------------------------------------------------------- geometry and WKB types
GEOMETRY_POINT = _first(lambda: Qgis.GeometryType.Point, lambda: QgsWkbTypes.GeometryType.PointGeometry)
GEOMETRY_LINE = _first(lambda: Qgis.GeometryType.Line, lambda: QgsWkbTypes.GeometryType.LineGeometry)
GEOMETRY_POLYGON = _first(lambda: Qgis.GeometryType.Polygon, lambda: QgsWkbTypes.GeometryType.PolygonGeometry)
WKB_POINT = _first(lambda: Qgis.WkbType.Point, lambda: QgsWkbTypes.Type.Point)
WKB_POLYGON = _first(lambda: Qgis.WkbType.Polygon, lambda: QgsWkbTypes.Type.Polygon)
WKB_MULTIPOLYGON = _first(lambda: Qgis.WkbType.MultiPolygon, lambda: QgsWkbTypes.Type.MultiPolygon)
WKB_NO_GEOMETRY = _first(lambda: Qgis.WkbType.NoGeometry, lambda: QgsWkbTypes.Type.NoGeometry)

# ---------------------------------------------------------------- Processing
SOURCE_VECTOR = _first(lambda: Qgis.ProcessingSourceType.Vector, lambda: QgsProcessing.SourceType.TypeVector)
SOURCE_VECTOR_ANY_GEOMETRY = _first(lambda: Qgis.ProcessingSourceType.VectorAnyGeometry,
                                    lambda: QgsProcessing.SourceType.TypeVectorAnyGeometry)
SOURCE_VECTOR_POINT = _first(lambda: Qgis.ProcessingSourceType.VectorPoint,
                             lambda: QgsProcessing.SourceType.TypeVectorPoint)
SOURCE_VECTOR_POLYGON = _first(lambda: Qgis.ProcessingSourceType.VectorPolygon,
                               lambda: QgsProcessing.SourceType.TypeVectorPolygon)
NUMBER_INTEGER = _first(lambda: Qgis.ProcessingNumberParameterType.Integer,
                        lambda: QgsProcessingParameterNumber.Type.Integer)
NUMBER_DOUBLE = _first(lambda: Qgis.ProcessingNumberParameterType.Double,
                       lambda: QgsProcessingParameterNumber.Type.Double)
FIELD_PARAMETER_NUMERIC = _first(lambda: Qgis.ProcessingFieldParameterDataType.Numeric,
                                 lambda: QgsProcessingParameterField.DataType.Numeric)
ALGORITHM_NO_THREADING = _first(lambda: Qgis.ProcessingAlgorithmFlag.NoThreading,
                                lambda: QgsProcessingAlgorithm.Flag.FlagNoThreading)

# ---------------------------------------------------------------- layer and field filters (gui)
LAYER_FILTER_POINT = _first(lambda: Qgis.LayerFilter.PointLayer,
                            lambda: QgsMapLayerProxyModel.Filter.PointLayer)
LAYER_FILTER_POLYGON = _first(lambda: Qgis.LayerFilter.PolygonLayer,
                              lambda: QgsMapLayerProxyModel.Filter.PolygonLayer)
LAYER_FILTER_VECTOR = _first(lambda: Qgis.LayerFilter.VectorLayer,
                             lambda: QgsMapLayerProxyModel.Filter.VectorLayer)
LAYER_FILTER_NO_GEOMETRY = _first(lambda: Qgis.LayerFilter.NoGeometry,
                                  lambda: QgsMapLayerProxyModel.Filter.NoGeometry)
FIELD_FILTER_NUMERIC = _first(lambda: Qgis.FieldProxyModelFilter.Numeric, lambda: QgsFieldProxyModel.Filter.Numeric)
FIELD_FILTER_STRING = _first(lambda: Qgis.FieldProxyModelFilter.String, lambda: QgsFieldProxyModel.Filter.String)

# ---------------------------------------------------------------- labels, layouts, units
LABEL_PLACEMENT_OVER_POINT = _first(lambda: Qgis.LabelPlacement.OverPoint,
                                    lambda: QgsPalLayerSettings.Placement.OverPoint)
LABEL_MULTILINE_CENTER = _first(lambda: Qgis.LabelMultiLineAlignment.Center,
                                lambda: QgsPalLayerSettings.MultiLineAlign.MultiCenter)
TEXT_RENDER_ALWAYS_TEXT = _first(lambda: Qgis.TextRenderFormat.AlwaysText,
                                 lambda: QgsRenderContext.TextRenderFormat.TextFormatAlwaysText)
LAYOUT_FLAG_FORCE_VECTOR = _first(lambda: Qgis.LayoutRenderFlag.ForceVectorOutput,
                                  lambda: QgsLayoutRenderContext.Flag.FlagForceVectorOutput)
LAYOUT_FLAG_ANTIALIASING = _first(lambda: Qgis.LayoutRenderFlag.Antialiasing,
                                  lambda: QgsLayoutRenderContext.Flag.FlagAntialiasing)
LAYOUT_MILLIMETERS = _first(lambda: Qgis.LayoutUnit.Millimeters, lambda: QgsUnitTypes.LayoutUnit.LayoutMillimeters)
DISTANCE_METERS = _first(lambda: Qgis.DistanceUnit.Meters, lambda: QgsUnitTypes.DistanceUnit.DistanceMeters)
DISTANCE_KILOMETERS = _first(lambda: Qgis.DistanceUnit.Kilometers,
                             lambda: QgsUnitTypes.DistanceUnit.DistanceKilometers)
RENDER_POINTS = _first(lambda: Qgis.RenderUnit.Points, lambda: QgsUnitTypes.RenderUnit.RenderPoints)
LEGEND_TITLE = _first(lambda: Qgis.LegendComponent.Title, lambda: QgsLegendStyle.Style.Title)
LEGEND_GROUP = _first(lambda: Qgis.LegendComponent.Group, lambda: QgsLegendStyle.Style.Group)
LEGEND_SUBGROUP = _first(lambda: Qgis.LegendComponent.Subgroup, lambda: QgsLegendStyle.Style.Subgroup)
LEGEND_SYMBOL = _first(lambda: Qgis.LegendComponent.Symbol, lambda: QgsLegendStyle.Style.Symbol)
LEGEND_SYMBOL_LABEL = _first(lambda: Qgis.LegendComponent.SymbolLabel, lambda: QgsLegendStyle.Style.SymbolLabel)

# ---------------------------------------------------------------- style categories
STYLE_CATEGORIES_LOOK = (QgsMapLayer.StyleCategory.Symbology | QgsMapLayer.StyleCategory.Labeling
                         | QgsMapLayer.StyleCategory.Rendering | QgsMapLayer.StyleCategory.Diagrams
                         | QgsMapLayer.StyleCategory.Legend)


# ---------------------------------------------------------------- field types
def _qmetatype_fields() -> bool:
    """QgsField takes QMetaType.Type from QGIS 3.38 on (the QVariant.Type constructor is deprecated
    there, and QVariant.Type is gone in Qt6); QGIS 3.22-3.36 need QVariant.Type."""
    try:
        QgsField("probe", QMetaType.Type.Double)
    except (TypeError, AttributeError):
        return False
    return True


QMETATYPE_FIELDS = _qmetatype_fields()

# kind -> (QMetaType.Type member, QVariant.Type member)
_FIELD_TYPE_NAMES = {
    "string": ("QString", "String"),
    "int": ("Int", "Int"),
    "longlong": ("LongLong", "LongLong"),
    "double": ("Double", "Double"),
    "bool": ("Bool", "Bool"),
    "date": ("QDate", "Date"),
    "datetime": ("QDateTime", "DateTime"),
}


def field_type(kind: str):
    """The type value QgsField takes for ``kind`` (string, int, longlong, double, bool, date, datetime)."""
    metatype_name, variant_name = _FIELD_TYPE_NAMES[kind]
    if QMETATYPE_FIELDS:
        return getattr(QMetaType.Type, metatype_name)
    return getattr(QVariant, variant_name)


FIELD_STRING = field_type("string")
FIELD_INT = field_type("int")
FIELD_LONGLONG = field_type("longlong")
FIELD_DOUBLE = field_type("double")
FIELD_BOOL = field_type("bool")


def new_field(name: str, kind: str) -> QgsField:
    """A QgsField of ``kind`` through the constructor the running QGIS does not deprecate."""
    return QgsField(name, field_type(kind))


# ---------------------------------------------------------------- text formats (deprecated setFont)
def _format_from_font(fmt: QgsTextFormat, font: QFont) -> QgsTextFormat:
    fmt.setFont(font)
    if font.pointSizeF() > 0:
        fmt.setSize(font.pointSizeF())
        fmt.setSizeUnit(RENDER_POINTS)
    return fmt


def _font_from_format(fmt: QgsTextFormat) -> QFont:
    font = QFont(fmt.font())
    if fmt.sizeUnit() == RENDER_POINTS and fmt.size() > 0:
        font.setPointSizeF(fmt.size())
    return font


def _text_font(obj) -> QFont:
    """The font (with its point size) of a label item or legend style: from its text format where it has one
    (QgsLayoutItemLabel >= 3.24, QgsLegendStyle >= 3.30; font() is deprecated there)."""
    if hasattr(obj, "textFormat"):
        return _font_from_format(obj.textFormat())
    return QFont(obj.font())


def _set_text_font(obj, font: QFont) -> None:
    """setFont is deprecated where a text format exists (see _text_font): set the format there."""
    if hasattr(obj, "setTextFormat"):
        obj.setTextFormat(_format_from_font(obj.textFormat(), font))
    else:
        obj.setFont(font)


def label_font(item) -> QFont:
    """The font (with its point size) of a QgsLayoutItemLabel."""
    return _text_font(item)


def set_label_font(item, font: QFont) -> None:
    """Set a QgsLayoutItemLabel's font without the deprecated setFont."""
    _set_text_font(item, font)


def legend_style_font(style) -> QFont:
    """The font (with its point size) of a QgsLegendStyle."""
    return _text_font(style)


def set_legend_style_font(style, font: QFont) -> None:
    """Set a QgsLegendStyle's font without the deprecated setFont."""
    _set_text_font(style, font)


# ---------------------------------------------------------------- layer metadata
def layer_abstract(layer) -> str:
    """The layer's server abstract: QgsMapLayer.abstract() is deprecated from QGIS 3.38 on, where it
    moved to serverProperties()."""
    server = layer.serverProperties() if hasattr(layer, "serverProperties") else None
    if server is not None and hasattr(server, "abstract"):
        return server.abstract() or ""
    return layer.abstract() or ""


_ISO_DATE = re.compile(r"\b(\d{4}-\d{2}-\d{2})\b")


def metadata_date(md) -> str:
    """The publication (else creation) date of a QgsLayerMetadata as yyyy-MM-dd, or ''.

    QGIS >= 3.30 keeps dates by type (QgsAbstractMetadataBase.dateTime(Qgis.MetadataDateType)).
    Older versions have no such field: the start of the metadata's temporal extent, else an ISO date
    in the history entries, stands in for it.
    """
    date_types = getattr(Qgis, "MetadataDateType", None)
    if date_types is not None and hasattr(md, "dateTime"):
        for kind in (date_types.Published, date_types.Created):
            value = md.dateTime(kind)
            if value.isValid():
                return value.date().toString("yyyy-MM-dd")
    extent = md.extent() if hasattr(md, "extent") else None
    for period in (extent.temporalExtents() if extent is not None else []):
        for moment in (period.begin(), period.end()):
            if moment.isValid():
                return moment.date().toString("yyyy-MM-dd")
    for entry in md.history() if hasattr(md, "history") else []:
        found = _ISO_DATE.search(entry)
        if found:
            return found.group(1)
    return ""


def set_metadata_date(md, iso_date: str, published: bool = True) -> bool:
    """Store a date on a QgsLayerMetadata the way metadata_date() reads it (for tests and imports).
    Returns False where this QGIS has no typed dates (the date then goes to the history)."""
    from qgis.PyQt.QtCore import QDate, QDateTime, QTime

    value = QDateTime(QDate.fromString(iso_date, "yyyy-MM-dd"), QTime(0, 0, 0))
    date_types = getattr(Qgis, "MetadataDateType", None)
    if date_types is not None and hasattr(md, "setDateTime"):
        md.setDateTime(date_types.Published if published else date_types.Created, value)
        return True
    md.addHistoryItem(f"{'published' if published else 'created'} {iso_date}")
    return False



# ---------------------------------------------------------------- layouts: calls newer versions added
def exporter_error_message(exporter) -> str:
    """QgsLayoutExporter.errorMessage() (QGIS >= 3.26); '' where this QGIS has none."""
    message = getattr(exporter, "errorMessage", None)
    return message() if callable(message) else ""


def evaluated_legend_label(legend_node, context, label: str) -> Optional[str]:
    """What drawing makes of a legend node's label (QgsLayerTreeModelLegendNode.evaluateLabel, QGIS >= 3.24);
    None where this QGIS has no such call (3.22 evaluates the label while drawing only)."""
    evaluate = getattr(legend_node, "evaluateLabel", None)
    return evaluate(context, label) if callable(evaluate) else None


# ---------------------------------------------------------------- Processing parameter flags (brief M, issue 16)
# QGIS < 3.36: QgsProcessingParameterDefinition.Flag.FlagAdvanced; 3.36+: Qgis.ProcessingParameterFlag.Advanced.
from qgis.core import QgsProcessingParameterDefinition  # noqa: E402 - kept inside this delimited section

PARAMETER_FLAG_ADVANCED = _first(lambda: Qgis.ProcessingParameterFlag.Advanced,
                                 lambda: QgsProcessingParameterDefinition.Flag.FlagAdvanced)


def set_advanced(parameter):
    """Mark a Processing parameter as an expert option (folded under "Advanced Parameters"); returns it."""
    parameter.setFlags(parameter.flags() | PARAMETER_FLAG_ADVANCED)
    return parameter
# ---------------------------------------------------------------- end of brief M addition


# ---------------------------------------------------------------- picture formats (brief CHART, issue 15)
# A picture item given "base64:" data without its format guesses raster and prints an SVG chart as a 72-96 ppi
# JPEG; QGIS < 3.40: QgsLayoutItemPicture.Format.FormatSVG, later also Qgis.PictureFormat.SVG.
from qgis.core import QgsLayoutItemPicture  # noqa: E402 - kept inside this delimited section

PICTURE_FORMAT_SVG = _first(lambda: Qgis.PictureFormat.SVG, lambda: QgsLayoutItemPicture.Format.FormatSVG)
PICTURE_FORMAT_RASTER = _first(lambda: Qgis.PictureFormat.Raster, lambda: QgsLayoutItemPicture.Format.FormatRaster)
# ---------------------------------------------------------------- end of brief CHART addition


# ---------------------------------------------------------------- CARTO helper: label placement (3.22 .. 4)
LABEL_PLACEMENT_HORIZONTAL = _first(lambda: Qgis.LabelPlacement.Horizontal,
                                    lambda: QgsPalLayerSettings.Placement.Horizontal)
LABEL_PLACEMENT_AROUND_POINT = _first(lambda: Qgis.LabelPlacement.AroundPoint,
                                      lambda: QgsPalLayerSettings.Placement.AroundPoint)
try:  # QgsLabeling holds the polygon placement flags until they move to Qgis (3.32)
    from qgis.core import QgsLabeling as _QgsLabeling  # noqa: E402 - kept inside this delimited section
except ImportError:  # pragma: no cover - gone in a later API
    _QgsLabeling = None
LABEL_POLYGON_INSIDE = _first(lambda: Qgis.LabelPolygonPlacementFlag.AllowPlacementInsideOfPolygon,
                              lambda: _QgsLabeling.PolygonPlacementFlag.AllowPlacementInsideOfPolygon)
LABEL_POLYGON_OUTSIDE = _first(lambda: Qgis.LabelPolygonPlacementFlag.AllowPlacementOutsideOfPolygon,
                               lambda: _QgsLabeling.PolygonPlacementFlag.AllowPlacementOutsideOfPolygon)
LABEL_PROPERTY_ALWAYS_SHOW = QgsPalLayerSettings.Property.AlwaysShow  # scoped since 3.22 (and in Qt6)
from qgis.core import QgsSymbolLayer as _QgsSymbolLayer  # noqa: E402 - kept inside this delimited section

SYMBOL_PROPERTY_FILL_COLOR = _first(lambda: _QgsSymbolLayer.Property.FillColor,
                                    lambda: _QgsSymbolLayer.Property.PropertyFillColor)
SYMBOL_PROPERTY_STROKE_COLOR = _first(lambda: _QgsSymbolLayer.Property.StrokeColor,
                                      lambda: _QgsSymbolLayer.Property.PropertyStrokeColor)
# ---------------------------------------------------------------- end CARTO helper


# ---------------------------------------------------------------- accessui (issue 18): line layer filter
LAYER_FILTER_LINE = _first(lambda: Qgis.LayerFilter.LineLayer, lambda: QgsMapLayerProxyModel.Filter.LineLayer)
# ---------------------------------------------------------------- end accessui addition


# ---------------------------------------------------------------- capacity dialog: temporal layers (issue 17)
# The feature-date mode of QgsVectorLayerTemporalProperties and the month unit moved to the Qgis namespace
# (QGIS 3.30: Qgis.VectorTemporalMode, Qgis.TemporalUnit); 3.22 has them on the class and QgsUnitTypes.
from qgis.core import QgsUnitTypes as _QgsUnitTypes  # noqa: E402 - kept inside this delimited section
from qgis.core import QgsVectorLayerTemporalProperties as _QgsVectorLayerTemporalProperties  # noqa: E402

VECTOR_TEMPORAL_INSTANT_FROM_FIELD = _first(
    lambda: Qgis.VectorTemporalMode.FeatureDateTimeInstantFromField,
    lambda: _QgsVectorLayerTemporalProperties.TemporalMode.ModeFeatureDateTimeInstantFromField)
TEMPORAL_UNIT_MONTHS = _first(lambda: Qgis.TemporalUnit.Months, lambda: _QgsUnitTypes.TemporalUnit.TemporalMonths)


def set_feature_date_temporal(layer, field: str, months: float = 1.0) -> None:
    """Let the temporal controller animate ``layer``: each feature is shown from the date in ``field`` for
    ``months`` months (feature date mode); why: a districts × months layer then plays month by month."""
    props = layer.temporalProperties()
    props.setMode(VECTOR_TEMPORAL_INSTANT_FROM_FIELD)
    props.setStartField(field)
    props.setDurationUnits(TEMPORAL_UNIT_MONTHS)
    props.setFixedDuration(months)
    props.setIsActive(True)
# ---------------------------------------------------------------- end capacity dialog addition


# ---------------------------------------------------------------- access (issue 18): line sources for Processing
SOURCE_VECTOR_LINE = _first(lambda: Qgis.ProcessingSourceType.VectorLine,
                            lambda: QgsProcessing.SourceType.TypeVectorLine)
# ---------------------------------------------------------------- end access addition
