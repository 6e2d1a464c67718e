"""dispersion:fuse — fuse shelter lists of several sources into one layer with provenance and conflicts."""
from __future__ import annotations

from typing import Dict

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
)
from shapely.geometry import Point

from .. import compat
from ..qgis_adapters.i18n import tr, tr_message, ui_language
from ..qgis_adapters.layers import layer_label, layer_to_raw
from .base import DispersionAlgorithm, distance_parameter


def parse_pairs(text: str) -> Dict[str, str]:
    """'a=b;c=d' -> {'a': 'b', 'c': 'd'} (blank entries ignored)."""
    out = {}
    for entry in (text or "").replace("\n", ";").split(";"):
        if "=" in entry:
            key, value = entry.split("=", 1)
            if key.strip():
                out[key.strip()] = value.strip()
        elif entry.strip():
            raise QgsProcessingException(tr("'{entry}' is not of the form name=value.").format(entry=entry.strip()))
    return out


class FuseSheltersAlgorithm(DispersionAlgorithm):
    NAME = "fuse"
    GROUP = "data"
    HELP_SECTION = "import"
    TAGS_EN = ("merge", "fuse", "deduplicate", "shelter list", "operator", "conflicts")
    TAGS_DE = ("zusammenführen", "Abgleich", "Dubletten", "Unterkunftsliste", "Träger", "Widersprüche")
    STYLES = {"OUTPUT": "shelters"}
    SOURCES = "SOURCES"
    MATCH_DISTANCE_M = "MATCH_DISTANCE_M"
    FIELD_MAP = "FIELD_MAP"
    SOURCE_DATES = "SOURCE_DATES"
    TARGET_CRS = "TARGET_CRS"
    OUTPUT = "OUTPUT"
    CONFLICTS = "CONFLICTS"

    def display_name(self) -> str:
        return tr("Fuse shelter lists")

    def help_text(self) -> str:
        return tr(
            "Fuses shelter lists from several sources (e.g. each operator's list and the city's list) into one "
            "shelter layer and a table of conflicts. Records are the same shelter when they share an id, or lie "
            "within MATCH_DISTANCE_M metres with similar names, or (without a position) have very similar names.\n\n"
            "SOURCES: the lists, highest priority first; German or English column names are recognised "
            "(Nr, Bezeichnung, Plätze, belegt, frei, Auslastung, Träger, Stand, ...).\n"
            "FIELD_MAP (optional): extra mappings 'capacity=Kapazität gesamt;occupied=Belegung' applied to every "
            "source that has the field.\n"
            "SOURCE_DATES (optional): 'layer name=2023-11-28;...' for lists without a date column. A list "
            "without either has an unknown date: it never wins over a dated list.\n\n"
            "Each field takes the value of the newest source (ties: the earlier source) and records it in "
            "<field>_source and <field>_date. CONFLICTS lists differing capacities, occupied > capacity and stated "
            "utilisation or free places that contradict the counts, in English and German. The sources are never "
            "changed."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterMultipleLayers(self.SOURCES, tr("Shelter lists"),
                                                               compat.SOURCE_VECTOR))
        self.addParameter(distance_parameter(self.MATCH_DISTANCE_M, tr("Match distance (m)"), 150.0))
        self.addParameter(QgsProcessingParameterString(self.FIELD_MAP, tr("Field mapping (contract=source;...)"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterString(self.SOURCE_DATES, tr("Dates of the lists (layer=date;...)"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterCrs(self.TARGET_CRS, tr("Target CRS (empty: project CRS or UTM zone of the data)"),
                                                    defaultValue=None, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Fused shelters"),
                                                            compat.SOURCE_VECTOR_POINT))
        self.addParameter(QgsProcessingParameterFeatureSink(self.CONFLICTS, tr("Conflicts"), compat.SOURCE_VECTOR))

    def execute(self, parameters, context, feedback, outputs):
        from ..core.fusion import CONFLICT_FIELDS, OUTPUT_FIELDS, ShelterSource, fuse, unique_source_names

        layers = self.parameterAsLayerList(parameters, self.SOURCES, context)
        if not layers:
            raise QgsProcessingException(tr("No shelter lists were given."))
        distance = self.parameterAsDouble(parameters, self.MATCH_DISTANCE_M, context)
        extra = parse_pairs(self.parameterAsString(parameters, self.FIELD_MAP, context))
        dates = parse_pairs(self.parameterAsString(parameters, self.SOURCE_DATES, context))
        crs = self.target_crs(parameters, self.TARGET_CRS, context, layers)
        sources = []
        # qgis_process names file inputs after the file ("lists (2)"); same names are numbered apart
        names = unique_source_names(layer_label(layer) for layer in layers)
        for layer, name in zip(layers, names):
            raw = layer_to_raw(layer, "shelters", is_cancelled=feedback.isCanceled)
            fmap = {k: v for k, v in extra.items() if v in (raw.source_fields or [])}
            sources.append(ShelterSource.from_layer(raw, name, dates.get(name, dates.get(layer.name())), fmap))
        result = fuse(sources, distance, self.crs_text(crs))
        feedback.setProgress(50)
        outputs.write(self.OUTPUT, OUTPUT_FIELDS, "point", crs,
                      ((s.attributes(), Point(s.x, s.y) if s.x is not None else None) for s in result.shelters))
        outputs.write(self.CONFLICTS, CONFLICT_FIELDS, "none", crs, ((row, None) for row in result.conflict_rows(ui_language())))
        for conflict in result.conflicts:
            feedback.pushInfo(tr_message(conflict.message))
        feedback.pushInfo(tr("{shelters} shelters from {sources} lists; {conflicts} conflict(s).").format(
            shelters=len(result.shelters), sources=len(sources), conflicts=len(result.conflicts)))
        return {}
