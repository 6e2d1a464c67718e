"""Output schemas (the public field names of docs/architecture.md) and rows built from core results.

One place for the output contract: Processing sinks, dialog layers, the CLI's
GeoPackages and the report all take their fields and rows from here.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, Iterable, List, NamedTuple, Sequence, Tuple

from .i18n import DEFAULT_LANGUAGE, render
from .model import PlanningData

if TYPE_CHECKING:  # annotations only: outputs stays importable without numpy-heavy modules
    from .metrics.analysis import AnalysisResult
    from .placement.params import PlacementResult

# The one vocabulary of field kinds for every output (OGR files, QGIS sinks, memory layers, CSV):
# "int" is a 64-bit integer everywhere (counts of people and places can pass 2**31 in grids);
# "bool" is stored as an integer with a boolean subtype where the format has one;
# "date" (a datetime.date) is a real date field (GeoPackage, memory layers), ISO text in CSV.
FIELD_KINDS = ("text", "int", "float", "bool", "date")


class OutField(NamedTuple):
    """A field of an output layer: name and kind (one of FIELD_KINDS).

    A named tuple, so the plain ``(name, kind)`` pairs of the schemas below are
    the same type: ``for name, kind in fields`` works on either.
    """

    name: str
    kind: str = "text"


Fields = Sequence[Tuple[str, str]]


def out_fields(fields: Iterable[Tuple[str, str]]) -> List[OutField]:
    """``fields`` as OutField records, refusing a kind outside FIELD_KINDS (a typo would change a file's schema)."""
    out = [OutField(str(name), str(kind)) for name, kind in fields]
    bad = [f"{f.name}: {f.kind}" for f in out if f.kind not in FIELD_KINDS]
    if bad:
        raise ValueError(f"unknown field kind(s) {', '.join(bad)}; use one of {', '.join(FIELD_KINDS)}")
    return out

DISTRICT_METRICS_FIELDS: Fields = (
    ("district_id", "text"), ("name", "text"), ("population", "int"), ("places", "int"), ("shelters", "int"),
    ("per_1000", "float"), ("lq", "float"), ("share_places", "float"), ("share_population", "float"),
    ("rank_per_1000", "int"), ("gi_star_z", "float"), ("gi_star_p", "float"), ("gi_class", "text"),
    # issue 18: Kita places per child in reach (E2SFCA), places missing, and how distances were measured
    ("kita_per_child", "float"), ("kita_shortfall", "float"), ("access_method", "text"),
)
# Per shelter: the distance to the nearest service of each assessed category (``dist_<category>``, added by
# shelter_access_fields), on foot or straight line (``access_method``), and the shelter's Kita figures.
SHELTER_ACCESS_FIELDS: Fields = (
    ("shelter_id", "text"), ("places", "int"), ("access_method", "text"), ("has_access", "int"),
    ("kita_straight_m", "float"), ("kita_children", "float"), ("kita_per_child", "float"), ("kita_shortfall", "float"),
    ("kita_in_reach", "int"),  # 1/0: QGIS 3.22's memory layers refuse boolean fields from Processing sinks
)
CITY_METRICS_FIELDS: Fields = (("metric", "text"), ("value", "float"), ("note", "text"), ("reading", "text"))
SUGGESTION_FIELDS: Fields = (
    ("site_id", "text"), ("name", "text"), ("group_label", "text"), ("places", "int"), ("district_id", "text"),
    ("reason", "text"), ("reason_code", "text"), ("reason_params", "text"), ("alternative", "int"),
)
DISTRICTS_AFTER_FIELDS: Fields = (
    ("district_id", "text"), ("name", "text"), ("population", "int"), ("places_before", "int"), ("places_new", "int"),
    ("places_after", "int"), ("per_1000_before", "float"), ("per_1000_after", "float"), ("cap", "float"),
)

Row = Tuple[Dict[str, Any], Any]


def _geometries(data: PlanningData) -> Dict[str, Any]:
    return {d.district_id: d.geometry for d in data.districts}


def district_metric_rows(result: AnalysisResult, data: PlanningData) -> List[Row]:
    """(attributes, polygon) per district of an AnalysisResult."""
    geoms = _geometries(data)
    names = [f for f, _ in DISTRICT_METRICS_FIELDS]
    return [({k: d.get(k) for k in names}, geoms.get(d["district_id"])) for d in result.districts]


# Per district, the Kita figures alone (dispersion:kitaaccess)
KITA_DISTRICT_FIELDS: Fields = (
    ("district_id", "text"), ("name", "text"), ("population", "int"), ("kita_children", "float"),
    ("kita_per_child", "float"), ("kita_shortfall", "float"), ("access_method", "text"),
)


def kita_district_rows(result: AnalysisResult, data: PlanningData) -> List[Row]:
    """(attributes, polygon) per district with its Kita figures (None where not computed)."""
    geoms = _geometries(data)
    names = [f for f, _ in KITA_DISTRICT_FIELDS]
    rows = []
    for d in result.districts:
        attrs = {k: d.get(k) for k in names}
        attrs["kita_children"] = result.kita.get(str(d["district_id"]), {}).get("kita_children")
        rows.append((attrs, geoms.get(d["district_id"])))
    return rows


def shelter_access_fields(categories: Sequence[str]) -> List[OutField]:
    """SHELTER_ACCESS fields for the assessed ``categories``: a ``dist_<category>`` per category after the id."""
    base = out_fields(SHELTER_ACCESS_FIELDS)
    return base[:2] + [OutField(f"dist_{c}", "float") for c in categories] + base[2:]


def shelter_access_rows(result: AnalysisResult, data: PlanningData) -> List[Row]:
    """(attributes, point) per active shelter of an AnalysisResult: its distances and Kita figures."""
    from shapely.geometry import Point

    where = {s.shelter_id: (s.x, s.y) for s in data.active_shelters()}
    names = [f.name for f in shelter_access_fields(result.parameters.get("access_categories", ()))]
    def value(v: Any) -> Any:
        return int(v) if type(v).__name__ in ("bool", "bool_") else v  # numpy's bool too

    return [({k: value(row.get(k)) for k in names},
             Point(*where[row["shelter_id"]]) if row["shelter_id"] in where else None) for row in result.access]


def city_metric_rows(result: AnalysisResult, language: str = DEFAULT_LANGUAGE) -> List[Row]:
    """CITY_METRICS rows; ``note`` and ``reading`` rendered in ``language`` (the run's)."""
    return [({"metric": m, "value": v, "note": render(note, language),
              "reading": render(result.interpretation.get(m, ""), language)}, None)
            for m, v, note in result.city]


def suggestion_rows(result: PlacementResult, with_alternatives: bool = True, language: str = DEFAULT_LANGUAGE) -> List[Row]:
    """Suggested sites as points; ``alternative`` is 0 for the suggestion and k for the k-th alternative.

    ``reason`` is rendered in ``language`` (the run's); ``reason_code``/``reason_params`` keep the message.
    """
    from shapely.geometry import Point

    names = [f for f, _ in SUGGESTION_FIELDS]
    sets = [(0, result.sites)]
    if with_alternatives:
        sets += [(alt.rank, alt.sites) for alt in result.alternatives]
    rows = []
    for rank, sites in sets:
        for s in sites:
            attrs = {k: s.get(k) for k in names}
            attrs["reason"] = render(s.get("reason"), language) if s.get("reason") is not None else None
            attrs["alternative"] = rank
            rows.append((attrs, Point(s["x"], s["y"])))
    return rows


def districts_after_rows(result: PlacementResult, data: PlanningData) -> List[Row]:
    geoms = _geometries(data)
    names = [f for f, _ in DISTRICTS_AFTER_FIELDS]
    return [({k: d.get(k) for k in names}, geoms.get(d["district_id"])) for d in result.districts_after]
