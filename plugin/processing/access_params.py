"""Processing parameters of Kita access (issue 18), shared by dispersion:analyse and dispersion:kitaaccess.

NETWORK (optional line layer) with NETWORK_ONEWAY / NETWORK_WALKABLE / NETWORK_NOT_WALKABLE (optional field
parameters: explicit only, never guessed, because OSM's ``oneway`` is meant for vehicles), AGE_TABLE (the city's
age-group CSV, the plain table or a Zensus grid age table summed per district), AGE_LAYER (the same table as a
QGIS table layer), UNDER6_SHARE and KITA_MAX_DISTANCE. The services' Kita places come from the
services' contract field parameter SERVICES_CAPACITY (guessed from "Plätze", "Kapazität", ...).
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Tuple

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
)

from .. import compat
from ..core.metrics import fsca
from ..qgis_adapters.i18n import tr, tr_message
from .base import distance_parameter, with_decimals

NETWORK = "NETWORK"
NETWORK_FIELDS = (("NETWORK_ONEWAY", "oneway"), ("NETWORK_WALKABLE", "walkable"),
                  ("NETWORK_NOT_WALKABLE", "not_walkable"))
AGE_TABLE = "AGE_TABLE"
AGE_LAYER = "AGE_LAYER"
UNDER6_SHARE = "UNDER6_SHARE"
KITA_MAX_DISTANCE = "KITA_MAX_DISTANCE"
AGE_FILE_FILTER = "CSV (*.csv *.CSV *.txt *.TXT *.tsv *.TSV)"


def add_access_parameters(alg: Any, planning_set: Any = None) -> None:
    """Add the network, age-table and Kita parameters to ``alg`` (all optional; the network's field parameters
    under "Advanced Parameters", like every layer's field parameters)."""
    def add(parameter: Any, hide: bool = False) -> None:
        alg.addParameter(compat.set_advanced(parameter) if hide else parameter)

    add(QgsProcessingParameterFeatureSource(
        NETWORK, tr("Walking network (lines; empty: straight-line distances)"), [compat.SOURCE_VECTOR_LINE],
        optional=True, defaultValue=alg.layer_default("network", planning_set) if planning_set is not None else None))
    labels = {"oneway": tr("Walking network: one-way field (yes/1, -1, no)"),
              "walkable": tr("Walking network: walkable field (no/0 = not walkable, e.g. OSM foot)"),
              "not_walkable": tr("Walking network: not-walkable field (yes/1 = not walkable)")}
    for key, name in NETWORK_FIELDS:
        add(QgsProcessingParameterField(key, labels[name], None, NETWORK, optional=True), hide=True)
    # a file filter, not extension="csv": a city's export is as often .txt, and Processing refused any other ending
    add(QgsProcessingParameterFile(AGE_TABLE, tr("Children by age group (CSV: city format, district_id, age_from, "
                                                 "age_to, count, or a Zensus grid age table)"), optional=True,
                                   fileFilter=AGE_FILE_FILTER))
    add(QgsProcessingParameterFeatureSource(
        AGE_LAYER, tr("Children by age group as a table layer (instead of the CSV)"), [compat.SOURCE_VECTOR],
        optional=True))
    share = QgsProcessingParameterNumber(UNDER6_SHARE, tr("Share of shelter residents under 6 (assumption)"),
                                         compat.NUMBER_DOUBLE, fsca.DEFAULT_SHELTER_UNDER6_SHARE, minValue=0.0,
                                         maxValue=1.0)
    add(with_decimals(share, 2))
    add(distance_parameter(KITA_MAX_DISTANCE, tr("Kita distance, walking or straight line (m)"),
                           fsca.DEFAULT_MAX_DISTANCE_M))


def read_access_inputs(alg: Any, parameters: Dict[str, Any], context: Any, feedback: Any,
                       working_crs: str, data: Any = None) -> Dict[str, Any]:
    """The keyword arguments of ``analyse`` for Kita access: network (read in ``working_crs``), age_rows,
    age_points (the cells of a Zensus grid age table, summed per district of ``data``), under6_share,
    kita_max_distance_m. Input errors become one QgsProcessingException with the message."""
    from ..core.errors import InputError
    from ..qgis_adapters.network_layers import network_from_layer

    out: Dict[str, Any] = {
        "under6_share": alg.parameterAsDouble(parameters, UNDER6_SHARE, context),
        "kita_max_distance_m": alg.parameterAsDouble(parameters, KITA_MAX_DISTANCE, context),
    }
    layer, source = alg.input_source(parameters, NETWORK, context)
    if source is not None:
        names: Dict[str, Optional[str]] = {}
        for key, name in NETWORK_FIELDS:
            value = alg.parameterAsString(parameters, key, context)
            names[name] = value or None
        feedback.setProgressText(tr("Reading the walking network"))
        label = None
        if layer is not None:
            from ..qgis_adapters.layers import layer_label

            label = layer_label(layer)
        try:
            out["network"] = network_from_layer(source, working_crs, context.transformContext(), names["oneway"],
                                                names["walkable"], feedback, not_walkable_field=names["not_walkable"],
                                                name=label, report=False)  # the analysis' notes repeat them
        except InputError as exc:
            raise QgsProcessingException(tr_message(exc.message)) from None
    table = read_age_input(alg, parameters, context, working_crs, data)
    if table is not None:
        for note in table.notes:
            feedback.pushInfo(tr_message(note))
        out["age_rows"] = table.rows
        if table.points:
            out["age_points"] = table.points
    return out


def read_age_input(alg: Any, parameters: Dict[str, Any], context: Any, working_crs: str, data: Any = None) -> Any:
    """The AgeTable of AGE_TABLE (any file layout; a Zensus grid needs ``data``'s districts) or AGE_LAYER (a table
    layer with the same columns), None when neither is given; one QgsProcessingException for bad input."""
    from ..core.errors import InputError
    from ..io.age_tables import age_table_from_features, read_age_source

    path = alg.parameterAsFile(parameters, AGE_TABLE, context)
    layer, source = alg.input_source(parameters, AGE_LAYER, context) \
        if alg.parameterDefinition(AGE_LAYER) is not None else (None, None)
    if path and source is not None:
        raise QgsProcessingException(tr("Children by age group: choose either the CSV file or the table layer, "
                                        "not both."))
    try:
        if source is not None:
            from ..qgis_adapters.layers import layer_label

            label = layer_label(layer) if layer is not None else AGE_LAYER
            # "01" in the table and 1 in the districts are one district
            return age_table_from_features(label, source.fields().names(),
                                           ((f.id(), f.attributes()) for f in source.getFeatures()),
                                           None if data is None else [d.district_id for d in data.districts])
        if path:
            districts = [(d.district_id, d.geometry) for d in data.districts] if data is not None else None
            return read_age_source(path, districts, working_crs)
    except InputError as exc:
        raise QgsProcessingException(tr_message(exc.message)) from None
    return None


def access_field_names() -> List[Tuple[str, str]]:
    """(parameter id, contract field) of the network's field parameters (for tests and the help text)."""
    return list(NETWORK_FIELDS)
