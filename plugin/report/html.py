"""Self-contained HTML reports (charts inline as SVG) for analysis and placement results."""
from __future__ import annotations

import datetime as _dt
import html
import math
from pathlib import Path
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple

from ..core.display import display_name, format_date, format_plain, format_value, has_display_name, is_technical
from ..core.i18n import DEFAULT_LANGUAGE, catalogue, msg, normalise_language, render
from .charts import load_chart, lorenz_chart

TEXT = catalogue("report", {
    "title": "Dispersion of refugee accommodation",
    "generated": "Generated {date} by the Dispersion Planner. Figures are aggregate counts; no data on persons.",
    "city": "City-wide figures",
    "metric": "Figure", "value": "Value",
    "reading": "What it means", "definition": "Definition",
    "districts": "Districts",
    "notes": "Notes on the data",
    "charts": "Charts",
    "placement": "Suggested placement",
    "status": "Status",
    "sites": "Suggested sites",
    "before_after": "Districts before and after",
    "diagnosis": "Why no placement is possible",
    "alternatives": "Alternatives",
    "disclaimer": "The plugin suggests; planners decide.",
    "details": "Details",
    "details_city": "Technical figures (test statistics, expected values, figures per meeting point)",
    "details_districts": "Gi* test statistics per district",
    "parameters": "Parameters",
    "parameters_analysis": "Analysis",
    "parameters_placement": "Placement",
    "sources": "Data sources",
    "source_layer": "Layer",
    "source": "Source",
    "no_sources": "The data sources were not recorded.",
    "result": "Result",
    "source_count": "{count} features",
    "source_origin": "{origin} ({count} features)",
})

DISTRICT_COLUMNS = ("district_id", "name", "population", "places", "shelters", "per_1000", "rank_per_1000", "lq",
                    "gi_star_z", "gi_star_p", "gi_class")
AFTER_COLUMNS = ("district_id", "name", "population", "places_before", "places_new", "places_after",
                 "per_1000_before", "per_1000_after", "cap")
SITE_COLUMNS = ("site_id", "group_label", "places", "district_id", "reason")
# the placement settings the report lists (PlacementParams attribute -> registry key)
PLACEMENT_PARAMETERS = (("places", "places_to_place"), ("max_per_1000", "max_per_1000"),
                        ("min_spacing_m", "min_spacing_m"), ("hotspot_max_places", "hotspot_max_places"),
                        ("service_categories", "service_categories"),
                        ("service_max_distance_m", "service_max_distance_m"), ("mix_groups", "mix_groups"),
                        ("alternatives", "alternatives"), ("places_field", "places_field"),
                        ("time_limit_s", "time_limit_s"), ("mip_rel_gap", "mip_rel_gap"),
                        ("close_pair_weight", "close_pair_weight"))

CSS = """body{font-family:DejaVu Sans,Arial,sans-serif;margin:2em;color:#222;max-width:1100px}
h1{font-size:1.6em}h2{font-size:1.2em;margin-top:1.6em;border-bottom:1px solid #ccc}
table{border-collapse:collapse;font-size:.85em;margin:.5em 0}td,th{border:1px solid #ddd;padding:3px 6px;text-align:left;vertical-align:top}
th{background:#f3f3f3}td.n{text-align:right;white-space:nowrap}.charts{display:flex;flex-wrap:wrap;gap:1em}.charts div{flex:1 1 420px}
.charts svg{max-width:100%;height:auto}details{margin:.5em 0}summary{cursor:pointer;color:#555}
.note{color:#555;font-size:.85em}.status-infeasible,.status-timeout{color:#b2182b}.status-optimal{color:#238b45}"""


def fmt_value(value: Any, language: str = DEFAULT_LANGUAGE) -> str:
    """A table cell without a known field in ``language``'s notation; messages rendered in ``language``.

    Cells of a known field go through :func:`plugin.core.display.format_value` (rounding and unit of the field).
    """
    if isinstance(value, float) and math.isfinite(value) and not value.is_integer():
        return format_plain(value, language, 3 if abs(value) < 1000 else 0)
    return format_plain(value, language)


def _cell(key: str, value: Any, language: str) -> str:
    numeric = isinstance(value, (int, float)) and not isinstance(value, bool)
    cls = ' class="n"' if numeric else ""
    return f"<td{cls}>{html.escape(format_value(key, value, language))}</td>"


def table(rows: Sequence[Dict[str, Any]], columns: Sequence[str], language: str = DEFAULT_LANGUAGE) -> str:
    """An HTML table of ``rows`` with readable headers and values rounded by the display registry."""
    head = "".join(f"<th>{html.escape(display_name(c, language))}</th>" for c in columns)
    body = ["<tr>" + "".join(_cell(c, row.get(c), language) for c in columns) + "</tr>" for row in rows]
    return f"<table><tr>{head}</tr>{''.join(body)}</table>"


def _svg(data: bytes) -> str:
    text = data.decode("utf-8")
    return text[text.find("<svg"):]


def _t(key: str, language: str, **values: Any) -> str:
    return html.escape(render(msg(TEXT, key, **values), language))


def _details(summary_key: str, content: str, language: str) -> str:
    return f"<details><summary>{_t('details', language)}: {_t(summary_key, language)}</summary>{content}</details>"


def _pairs_table(pairs: Sequence[Tuple[str, str]]) -> str:
    return "<table>" + "".join(f"<tr><th>{html.escape(k)}</th><td>{html.escape(v)}</td></tr>" for k, v in pairs) + "</table>"


def _hotspot_name(note: Any) -> Optional[str]:
    params = getattr(note, "params", None)
    return str(params["name"]) if isinstance(params, dict) and "name" in params else None


def city_rows(result, language: str = DEFAULT_LANGUAGE) -> List[Dict[str, Any]]:
    """The city figures as display rows (name, value text, reading, technical); why: report, dialogs and copied
    tables show the same words and rounding."""
    rows = []
    for metric, value, note in result.city:
        rows.append({
            "key": metric,
            "name": display_name(metric, language, name=_hotspot_name(note)),
            "value": format_value(metric, value, language),
            "reading": render(result.interpretation.get(metric, ""), language),
            "technical": is_technical(metric),
        })
    return rows


def _city_table(rows: Sequence[Dict[str, Any]], language: str, reading: bool = True) -> str:
    head = f"<th>{_t('metric', language)}</th><th>{_t('value', language)}</th>"
    head += f"<th>{_t('reading', language)}</th>" if reading else ""
    body = "".join(
        f"<tr><td>{html.escape(r['name'])}</td><td class='n'>{html.escape(r['value'])}</td>"
        + (f"<td>{html.escape(r['reading'])}</td>" if reading else "") + "</tr>" for r in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def analysis_section(result, language: str = DEFAULT_LANGUAGE) -> str:
    """The analysis part of the report: city figures (technical ones collapsed), charts, districts, notes."""
    rows = city_rows(result, language)
    main = [r for r in rows if not r["technical"]]
    technical = [r for r in rows if r["technical"]]
    city = _city_table(main, language)
    if technical:
        city += _details("details_city", _city_table(technical, language, reading=any(r["reading"] for r in technical)),
                         language)
    gini = result.city_dict().get("gini")
    per_city = result.city_dict().get("per_1000_city")
    charts = (f"<div class='charts'><div>{_svg(lorenz_chart(result.lorenz, gini, language=language))}</div>"
              f"<div>{_svg(load_chart(result.districts, per_city, language=language))}</div></div>")
    notes = "".join(f"<li>{html.escape(render(n, language))}</li>" for n in result.notes)
    district_main = [c for c in DISTRICT_COLUMNS if not is_technical(c)]
    district_tech = ["district_id", "name"] + [c for c in DISTRICT_COLUMNS if is_technical(c)]
    districts = (table(result.districts, district_main, language)
                 + _details("details_districts", table(result.districts, district_tech, language), language))
    return (f"<h2>{_t('city', language)}</h2>{city}<h2>{_t('charts', language)}</h2>{charts}"
            f"<h2>{_t('districts', language)}</h2>{districts}"
            + (f"<h2>{_t('notes', language)}</h2><ul>{notes}</ul>" if notes else ""))


def placement_section(result, per_city: Optional[float] = None, cap: Optional[float] = None,
                      language: str = DEFAULT_LANGUAGE) -> str:
    """The placement part of the report: status in words, diagnosis, sites, districts before and after."""
    raw_status = str(getattr(result.status, "value", result.status))
    status_text = html.escape(format_value("status", raw_status, language))
    parts = [f"<h2>{_t('placement', language)}</h2>",
             f"<p><b>{_t('status', language)}:</b> <span class='status-{html.escape(raw_status)}'>{status_text}</span>"
             f" — {html.escape(render(result.message, language))}</p>"]
    figures = [(display_name(k, language), format_value(k, getattr(result, k, None), language))
               for k in ("objective_max_per_1000", "cost") if getattr(result, k, None) is not None]
    if figures:
        parts.append(_pairs_table(figures))
    technical = [(display_name(k, language), format_value(k, getattr(result, k, None), language))
                 for k in ("gap", "spread", "solve_seconds") if getattr(result, k, None) is not None]
    if technical:
        parts.append(_details("result", _pairs_table(technical), language))
    if result.diagnosis:
        parts.append(f"<h3>{_t('diagnosis', language)}</h3><ul>" + "".join(f"<li>{html.escape(render(d, language))}</li>" for d in result.diagnosis) + "</ul>")
    if result.sites:
        parts.append(f"<h3>{_t('sites', language)}</h3>{table(result.sites, SITE_COLUMNS, language)}")
    if result.districts_after:
        after = {d["district_id"]: d["per_1000_after"] for d in result.districts_after if d.get("per_1000_after") is not None}
        before = [{"district_id": d["district_id"], "name": d["name"], "per_1000": d["per_1000_before"]}
                  for d in result.districts_after]
        parts.append(f"<div class='charts'><div>{_svg(load_chart(before, per_city, after=after, cap=cap, language=language))}</div></div>")
        parts.append(f"<h3>{_t('before_after', language)}</h3>{table(result.districts_after, AFTER_COLUMNS, language)}")
    for k, alt in enumerate(getattr(result, "alternatives", []) or [], start=1):
        sites = getattr(alt, "sites", None) or (alt.get("sites") if isinstance(alt, dict) else [])
        parts.append(f"<h3>{_t('alternatives', language)} {k}</h3>{table(sites, SITE_COLUMNS, language)}")
    parts.append(f"<p class='note'>{_t('disclaimer', language)}</p>")
    return "".join(parts)


def parameter_rows(analysis=None, placement_params=None, language: str = DEFAULT_LANGUAGE
                   ) -> List[Tuple[str, str, str]]:
    """(part, readable name, value) of the settings a run used; why: a report must say how it was computed."""
    rows: List[Tuple[str, str, str]] = []
    if analysis is not None:
        part = render(msg(TEXT, "parameters_analysis"), language)
        for key, value in (getattr(analysis, "parameters", None) or {}).items():
            rows.append((part, display_name(key, language), format_value(key, value, language)))
    if placement_params is not None:
        part = render(msg(TEXT, "parameters_placement"), language)
        get = placement_params.get if isinstance(placement_params, dict) else (
            lambda name, default=None: getattr(placement_params, name, default))
        for attr, key in PLACEMENT_PARAMETERS:
            value = get(attr, None)
            if value is None or (attr == "places" and not value):
                continue
            rows.append((part, display_name(key, language), format_value(key, value, language)))
    return rows


def parameters_section(analysis=None, placement_params=None, language: str = DEFAULT_LANGUAGE) -> str:
    rows = parameter_rows(analysis, placement_params, language)
    if not rows:
        return ""
    parts = [f"<h2>{_t('parameters', language)}</h2>"]
    for part in dict.fromkeys(p for p, _, _ in rows):
        parts.append(f"<h3>{html.escape(part)}</h3>" + _pairs_table([(n, v) for p, n, v in rows if p == part]))
    return "".join(parts)


def sources_section(sources: Optional[Mapping[str, Any]], language: str = DEFAULT_LANGUAGE) -> str:
    """The data sources: layer kind ("districts", ...) or any label -> source text (file, layer name, count, date)."""
    if not sources:
        return f"<h2>{_t('sources', language)}</h2><p class='note'>{_t('no_sources', language)}</p>"
    rows = []
    for kind, source in sources.items():
        label = (display_name(f"layer:{kind}", language) if has_display_name(f"layer:{kind}")
                 else display_name(str(kind), language) if has_display_name(str(kind)) else render(kind, language))
        rows.append(f"<tr><th>{html.escape(label)}</th><td>{html.escape(render(source, language))}</td></tr>")
    return (f"<h2>{_t('sources', language)}</h2><table><tr><th>{_t('source_layer', language)}</th>"
            f"<th>{_t('source', language)}</th></tr>{''.join(rows)}</table>")


def data_sources(data, origins: Optional[Mapping[str, str]] = None) -> Dict[str, Any]:
    """Layer kind -> what the report says about its source (origin and feature count) for the layers ``data`` holds.

    ``origins`` names where each layer came from (file path, layer name, URL);
    why: a report handed on must say which data it was computed from.
    """
    origins = dict(origins or {})
    out: Dict[str, Any] = {}
    for kind in ("districts", "shelters", "hotspots", "services", "candidates", "rules", "group_demand"):
        items = getattr(data, kind, None) or []
        if not items and kind not in origins:
            continue
        origin = origins.pop(kind, None)
        out[kind] = (msg(TEXT, "source_origin", origin=origin, count=len(items)) if origin
                     else msg(TEXT, "source_count", count=len(items)))
    out.update(origins)
    crs = getattr(data, "crs", None)
    if crs:
        out["crs"] = crs
    return out


def report_html(title: Optional[str] = None, analysis=None, placement=None, placement_cap: Optional[float] = None,
                language: str = DEFAULT_LANGUAGE, placement_params=None,
                sources: Optional[Mapping[str, Any]] = None, date: Optional[_dt.date] = None) -> str:
    """A complete HTML page for an analysis and/or a placement result, in ``language`` (the front end's).

    ``placement_params`` (PlacementParams or a dict) and ``sources`` (layer
    kind -> where the data came from) fill the "Parameters" and "Data sources"
    sections; names and values come from the display registry (plugin.core.display).
    """
    language = normalise_language(language)
    if placement_cap is None and placement_params is not None:
        placement_cap = (placement_params.get("max_per_1000") if isinstance(placement_params, dict)
                         else getattr(placement_params, "max_per_1000", None))
    title = render(title, language) if title else render(msg(TEXT, "title"), language)
    body = [f"<h1>{html.escape(title)}</h1>",
            f"<p class='note'>{_t('generated', language, date=format_date(date or _dt.date.today(), language))}</p>"]
    per_city = None
    if analysis is not None:
        body.append(analysis_section(analysis, language))
        per_city = analysis.city_dict().get("per_1000_city")
    if placement is not None:
        body.append(placement_section(placement, per_city, placement_cap, language))
    body.append(parameters_section(analysis, placement_params, language))
    body.append(sources_section(sources, language))
    return (f"<!DOCTYPE html><html lang='{html.escape(language)}'><head><meta charset='utf-8'><title>{html.escape(title)}</title>"
            f"<style>{CSS}</style></head><body>{''.join(body)}</body></html>")


def write_text_atomic(path: str, text: str, staged: Optional[str] = None) -> str:
    """Write ``text`` to ``path`` through a temporary file beside it, so readers never see half a file.

    A read-only folder, a full disk or a folder at ``path`` raise an InputError
    naming the file; an earlier file at ``path`` stays as it was. With
    ``staged`` (a path an OutputSet handed out) the text goes there and the
    set renames it with the run's other outputs.
    """
    if staged is not None:
        with open(staged, "w", encoding="utf-8") as fh:
            fh.write(text)
        return str(path)
    from ..io.files import atomic_output

    with atomic_output(str(path)) as tmp:
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(text)
    return str(Path(path))
