"""District profiles and city figures for maps and the atlas (metrics layer, core analysis or a fallback)."""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Sequence, Tuple

from qgis.core import QgsVectorLayer

from ..core import privacy
from ..core.display import display_message, display_name, format_value, unit
from ..core.i18n import DEFAULT_LANGUAGE, Message
from ..core.model import PlanningData
from ..core.privacy import DistrictAggregate, find_leaks, format_count, lorenz_points
from .language import current_language, localise_number_text, number, tr, tr_message

SERVICE_ORDER = ("kita", "school", "language_course", "counselling", "jobcenter", "authority", "transit", "health")


@dataclass
class Figures:
    """What the export knows beyond the aggregates: Gi* classes, city indices, Lorenz curve, notes."""

    district_metrics: Dict[str, Dict[str, Any]] = field(default_factory=dict)  # district_id -> fields
    city: List[Tuple[str, Optional[float], str]] = field(default_factory=list)
    lorenz: List[Tuple[float, float]] = field(default_factory=list)
    interpretation: Dict[str, str] = field(default_factory=dict)
    notes: List[str] = field(default_factory=list)


def service_label(category: str) -> str:
    return {
        "kita": tr("childcare (Kita)"), "school": tr("school"), "language_course": tr("language course"),
        "counselling": tr("counselling"), "jobcenter": tr("job centre"), "authority": tr("authority"),
        "transit": tr("public transport"), "health": tr("health"), "other": tr("other"),
    }.get(category, category)


def gi_label(value: Any) -> str:
    return {"hot": tr("hot spot"), "cold": tr("cold spot"), "none": tr("not significant")}.get(
        str(value).lower() if value is not None else "", tr("n/a"))


def metrics_from_layer(layer: QgsVectorLayer) -> Dict[str, Dict[str, Any]]:
    """DISTRICT_METRICS attributes by district_id (fields as in docs/architecture.md)."""
    names = [f.name() for f in layer.fields()]
    out: Dict[str, Dict[str, Any]] = {}
    for feat in layer.getFeatures():
        row = {}
        for name in names:
            value = feat[name]
            row[name] = None if value is None or (hasattr(value, "isNull") and value.isNull()) else value
        if row.get("district_id") is not None:
            out[str(row["district_id"])] = row
    return out


def compute_figures(data: PlanningData, aggregates: Sequence[DistrictAggregate], places_field: str,
                    metrics_layer: Optional[QgsVectorLayer] = None, is_cancelled=None) -> Figures:
    """Gi* classes and city indices from the metrics layer or the core analysis; a plain fallback otherwise."""
    figures = Figures()
    if metrics_layer is not None:
        figures.district_metrics = metrics_from_layer(metrics_layer)
    try:
        from ..core.metrics.analysis import analyse  # lazy: the analysis core is optional here

        # the defaults of dispersion:analyse, so that the atlas shows the same p-values as the report
        result = analyse(data, places_field=places_field, is_cancelled=is_cancelled)
        if not figures.district_metrics:
            figures.district_metrics = {str(d["district_id"]): dict(d) for d in result.districts}
        figures.city = list(result.city)
        figures.lorenz = list(result.lorenz)
        figures.interpretation = dict(result.interpretation)
    except ImportError:
        figures.notes.append(tr("City indices are not shown: the analysis module is not available in this "
                                "installation."))
    except Exception as exc:  # the map must still be produced; say why the indices are missing
        from ..core.errors import CancelledError

        if isinstance(exc, CancelledError):
            raise
        figures.notes.append(tr("City indices could not be computed: {error}").format(error=exc))
    if not figures.lorenz:
        figures.lorenz = lorenz_points([a.places for a in aggregates], [a.population or 0 for a in aggregates])
    return figures


POINT_KEYS = ("clark_evans_r", "share_places_near_hotspots")


def compute_public_figures(data: PlanningData, aggregates: Sequence[DistrictAggregate], table: privacy.PublicTable,
                           places_field: str, is_cancelled=None) -> Figures:
    """Figures for a public output: every index, the Lorenz curve and the Gi* classes are computed from the
    public view of the district table (published places exact, withheld ones sharing the withheld remainder by
    population), so they add nothing to what the table says; point-pattern figures are withheld below
    ``privacy.POINT_STATS_MIN_SHELTERS`` shelters and rounded to 0.1 otherwise; no metrics layer is read."""
    from ..core.errors import CancelledError
    from ..core.model import Shelter

    figures = Figures()
    n_shelters = sum(a.shelters for a in aggregates)
    try:
        from ..core.metrics.analysis import analyse
    except ImportError:
        figures.notes.append(tr("City indices are not shown: the analysis module is not available in this "
                                "installation."))
        return figures
    city: Dict[str, Tuple[Optional[float], str]] = {}
    try:
        if table.view is not None:
            pseudo = []
            for i, (district, places) in enumerate(zip(data.districts, table.view)):
                if places > 0:
                    pt = district.geometry.representative_point()
                    pseudo.append(Shelter(f"view-{i}", "", pt.x, pt.y, places, places))
            view_data = PlanningData(districts=list(data.districts), shelters=pseudo, crs=data.crs)
            result = analyse(view_data, places_field="capacity", is_cancelled=is_cancelled)
            figures.district_metrics = {str(d["district_id"]): dict(d) for d in result.districts}
            city = {m: (v, n) for m, v, n in result.city}
            figures.lorenz = list(result.lorenz)
            figures.interpretation = {k: v for k, v in result.interpretation.items() if k not in POINT_KEYS}
            if table.places.kinds:
                figures.notes.append(tr_message(privacy.public_view_note()))
        else:
            figures.notes.append(tr("City indices are withheld: the city total itself is withheld."))
        real = analyse(data, places_field=places_field, permutations=0, is_cancelled=is_cancelled) \
            if n_shelters >= privacy.POINT_STATS_MIN_SHELTERS else None
        real_city = {m: (v, n) for m, v, n in real.city} if real is not None else {}
        for key in POINT_KEYS:
            value, note = real_city.get(key, (None, ""))
            coarse, why = privacy.coarse_point_statistic(value, n_shelters)
            city[key] = (coarse, why or note)
    except CancelledError:
        raise
    except Exception as exc:  # the map must still be produced; say why the indices are missing
        figures.notes.append(tr("City indices could not be computed: {error}").format(error=exc))
    figures.city = [(k, v, n) for k, (v, n) in city.items()]
    return figures


def nearest_services(centre: Tuple[float, float], services: Sequence[Tuple[float, float, str]]) -> List[Tuple[str, float]]:
    """Distance (m) from a district's centre to the nearest service of each category present."""
    best: Dict[str, float] = {}
    for x, y, cat in services:
        d = math.hypot(x - centre[0], y - centre[1])
        if d < best.get(cat, math.inf):
            best[cat] = d
    order = {c: i for i, c in enumerate(SERVICE_ORDER)}
    return sorted(best.items(), key=lambda kv: order.get(kv[0], 99))


def profile_text(row: Dict[str, Any], metrics: Dict[str, Any], n_ranked: int, services: List[Tuple[str, float]],
                 public: bool, threshold: int) -> str:
    """The district profile shown next to the atlas map (plain text, one fact a line)."""
    pop = row.get("population")
    lines = [
        tr("Population: {value}").format(
            value=localise_number_text(format_count(pop, threshold, public=False)) if pop is not None else "\u2013"),
        tr("Shelters: {value}").format(value=row["shelters_text"]),
        tr("Places: {value}").format(value=row["places_text"]),
    ]
    rank = row.get("rank_per_1000")
    rank_text = tr(" (rank {rank} of {count})").format(rank=rank, count=n_ranked) if rank else ""
    lines.append(tr("Places per 1,000 inhabitants: {value}{rank}").format(value=row["per_1000_text"], rank=rank_text))
    lines.append(tr("Gi* class: {value}").format(value=gi_label(metrics.get("gi_class"))))
    if row.get("planned_text") not in (None, "0"):
        lines.append(tr("Suggested new places: {value}").format(value=row["planned_text"]))
    if row.get("groups_text"):
        lines.append(tr("Groups: {value}").format(value=row["groups_text"]))
    if row.get("operators_text"):
        lines.append(tr("Operators: {value}").format(value=row["operators_text"]))
    if services:
        parts = [f"{service_label(cat)} {number(dist / 1000, 1)} km" for cat, dist in services[:6]]
        lines.append(tr("Nearest services from the district centre: {value}").format(value=", ".join(parts)))
    return "\n".join(lines)


def city_lines(figures: Figures, public: bool, sensitive_names: Sequence[str],
               table: Optional[privacy.PublicTable] = None) -> List[str]:
    """Index lines for the summary page; in public mode sentences naming a shelter are dropped, totals come
    from the protected table (withheld: "*") and point-pattern figures show one decimal."""
    keys = ("places_total", "population_total", "per_1000_city", "gini", "theil", "hoover", "dissimilarity", "hhi",
            "moran_i", "moran_p_sim", "clark_evans_r", "share_places_near_hotspots")
    values = {m: (v, n) for m, v, n in figures.city}
    if public and table is not None:
        rate = table.places_total * 1000.0 / table.population_total \
            if table.places_total is not None and table.population_total else None
        values["places_total"] = (table.places_total, "")
        values["population_total"] = (float(table.population_total), "")
        values["per_1000_city"] = (rate, "")
    lines = []
    for key in keys:
        if key not in values:
            continue
        value, note = values[key]
        if value is None:
            text = privacy.MARK if public and key in ("places_total", "per_1000_city") else "\u2013"
        elif public and key in POINT_KEYS and not unit(key):
            text = number(value, 1)  # rounded to 0.1 for publication: no more digits than that
        else:
            # the registry's rounding and unit ("14,8", "46,1 %"): a German "14,798" reads as fourteen thousand
            text = format_value(key, value, current_language())
            if unit(key):
                text = text.replace(" " + unit(key), "\u00a0" + unit(key))  # "42,1 %" never broken before "%"
        sentence = tr_message(_readable_field(figures.interpretation.get(key) or note or ""))
        if public and find_leaks(sentence, sensitive_names):
            sentence = ""
        lines.append(f"{display_name(key, current_language())}: {text}" + (f" \u2014 {sentence}" if sentence else ""))
    return lines


def _readable_field(note: Any) -> Any:
    """A core note naming the counted field ("places (capacity) of active shelters") names it as the interface
    does in a translated page ("Plätze (Kapazität) aktiver Unterkünfte"): the raw field name is English."""
    field_name = note.params.get("field") if isinstance(note, Message) else None
    if field_name not in ("capacity", "occupied") or current_language() == DEFAULT_LANGUAGE:
        return note
    return Message(note.code, dict(note.params, field=display_message(f"places_field:{field_name}")))
