"""Self-contained HTML reports (charts inline as SVG) for analysis and placement results."""
from __future__ import annotations

import datetime as _dt
import html
from pathlib import Path
from typing import Any, Dict, Optional, Sequence

from ..core.i18n import DEFAULT_LANGUAGE, Message, Number, catalogue, msg, render
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
})

DISTRICT_COLUMNS = ("district_id", "name", "population", "places", "shelters", "per_1000", "rank_per_1000", "lq",
                    "gi_star_z", "gi_star_p", "gi_class")
AFTER_COLUMNS = ("district_id", "name", "population", "places_before", "places_new", "places_after",
                 "per_1000_before", "per_1000_after", "cap")
SITE_COLUMNS = ("site_id", "group_label", "places", "district_id", "reason")

CSS = """body{font-family:DejaVu Sans,Arial,sans-serif;margin:2em;color:#222;max-width:1100px}
h1{font-size:1.6em}h2{font-size:1.2em;margin-top:1.6em;border-bottom:1px solid #ccc}
table{border-collapse:collapse;font-size:.85em;margin:.5em 0}td,th{border:1px solid #ddd;padding:3px 6px;text-align:left;vertical-align:top}
th{background:#f3f3f3}td.n{text-align:right}.charts{display:flex;flex-wrap:wrap;gap:1em}.charts div{flex:1 1 420px}
.note{color:#555;font-size:.85em}.status-infeasible{color:#b2182b}.status-optimal{color:#238b45}"""


def fmt_value(value: Any, language: str = DEFAULT_LANGUAGE) -> str:
    """A table cell in ``language``'s notation; messages rendered in ``language``."""
    if isinstance(value, (Message, Number)):
        return render(value, language)
    if value is None:
        return "–"
    if isinstance(value, bool):
        return "✓" if value else "–"
    if isinstance(value, int):
        return f"{value:,}".replace(",", "." if language == "de" else ",")
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return fmt_value(int(value), language)
    if isinstance(value, float):
        text = f"{value:,.3f}" if abs(value) < 1000 else f"{value:,.0f}"
        if language == "de":
            text = text.replace(",", "_").replace(".", ",").replace("_", ".")
        return text
    return str(value)


def table(rows: Sequence[Dict[str, Any]], columns: Sequence[str], language: str = DEFAULT_LANGUAGE) -> str:
    head = "".join(f"<th>{html.escape(c)}</th>" for c in columns)
    body = []
    for row in rows:
        cells = []
        for c in columns:
            v = row.get(c)
            cls = ' class="n"' if isinstance(v, (int, float)) and not isinstance(v, bool) else ""
            cells.append(f"<td{cls}>{html.escape(fmt_value(v, language))}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><tr>{head}</tr>{''.join(body)}</table>"


def _svg(data: bytes) -> str:
    text = data.decode("utf-8")
    return text[text.find("<svg"):]


def _t(key: str, language: str, **values: Any) -> str:
    return html.escape(render(msg(TEXT, key, **values), language))


def analysis_section(result, language: str = DEFAULT_LANGUAGE) -> str:
    rows = []
    for metric, value, note in result.city:
        reading = render(result.interpretation.get(metric, ""), language)
        rows.append(f"<tr><td>{html.escape(metric)}</td><td class='n'>{html.escape(fmt_value(value, language))}</td>"
                    f"<td>{html.escape(reading)}</td><td class='note'>{html.escape(render(note, language))}</td></tr>")
    city = (f"<table><tr><th>{_t('metric', language)}</th><th>{_t('value', language)}</th><th>{_t('reading', language)}</th>"
            f"<th>{_t('definition', language)}</th></tr>{''.join(rows)}</table>")
    gini = result.city_dict().get("gini")
    per_city = result.city_dict().get("per_1000_city")
    charts = (f"<div class='charts'><div>{_svg(lorenz_chart(result.lorenz, gini, language=language))}</div>"
              f"<div>{_svg(load_chart(result.districts, per_city, language=language))}</div></div>")
    notes = "".join(f"<li>{html.escape(render(n, language))}</li>" for n in result.notes)
    return (f"<h2>{_t('city', language)}</h2>{city}<h2>{_t('charts', language)}</h2>{charts}"
            f"<h2>{_t('districts', language)}</h2>{table(result.districts, DISTRICT_COLUMNS, language)}"
            + (f"<h2>{_t('notes', language)}</h2><ul>{notes}</ul>" if notes else ""))


def placement_section(result, per_city: Optional[float] = None, cap: Optional[float] = None,
                      language: str = DEFAULT_LANGUAGE) -> str:
    status = html.escape(result.status)
    parts = [f"<h2>{_t('placement', language)}</h2>",
             f"<p><b>{_t('status', language)}:</b> <span class='status-{status}'>{status}</span> — {html.escape(render(result.message, language))}</p>"]
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


def report_html(title: Optional[str] = None, analysis=None, placement=None, placement_cap: Optional[float] = None,
                language: str = DEFAULT_LANGUAGE) -> str:
    """A complete HTML page for an analysis and/or a placement result, in ``language`` (the front end's)."""
    title = render(title, language) if title else render(msg(TEXT, "title"), language)
    body = [f"<h1>{html.escape(title)}</h1>",
            f"<p class='note'>{_t('generated', language, date=_dt.date.today().isoformat())}</p>"]
    per_city = None
    if analysis is not None:
        body.append(analysis_section(analysis, language))
        per_city = analysis.city_dict().get("per_1000_city")
    if placement is not None:
        body.append(placement_section(placement, per_city, placement_cap, language))
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
