"""A self-contained HTML report of one capacity plan (issue 17): summary, charts inline as SVG, reasons.

Written by dispersion:capacityplan (REPORT) and the demo from a saved run
(:class:`plugin.core.capacity.compare.ScenarioRecord`), in the reader's language.
"""
from __future__ import annotations

import html
from typing import List, Optional, Sequence

from ..core.capacity.compare import ScenarioRecord, comparison_rows, record_message
from ..core.capacity.texts import Msg
from ..core.capacity.texts import fmt as num
from ..core.i18n import DEFAULT_LANGUAGE, Message, _from_jsonable, render
from .capacity_charts import cost_chart, district_load_chart, gantt_chart, timeline_chart
from .html import CSS


def _t(key: str, language: str, **values) -> str:
    return html.escape(render(Msg(key, values), language))


def _svg(data: bytes) -> str:
    text = data.decode("utf-8")
    return text[text.find("<svg"):] if "<svg" in text else text


def _stored(m: object, language: str) -> str:
    """A stored message ({"code", "params", "text"}) in ``language``."""
    if isinstance(m, dict) and m.get("code"):
        try:
            return render(Message(m["code"], _from_jsonable(m.get("params") or {})), language)
        except (KeyError, ValueError, TypeError):
            return str(m.get("text", ""))
    if isinstance(m, dict):
        return str(m.get("text", ""))
    return str(m or "")


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    head = "".join(f"<th>{h}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def report_html(record: ScenarioRecord, language: str = DEFAULT_LANGUAGE,
                others: Optional[Sequence[ScenarioRecord]] = None) -> str:
    """The report of ``record`` (and, with ``others``, the comparison table of all); why: one file to pass on."""
    p = record.params
    sites = record.problem.get("sites", [])
    lang = html.escape(language)
    parts: List[str] = [f"<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\">",
                        f"<title>{_t('rp_title', language, months=record.horizon, name=record.name)}</title>",
                        f"<style>{CSS}</style></head><body>",
                        f"<h1>{_t('rp_title', language, months=record.horizon, name=record.name)}</h1>",
                        f"<p>{html.escape(record_message(record, language))}</p>",
                        "<p>" + _t("rp_inputs", language, sites=len(sites),
                                   existing=sum(1 for s in sites if s.get("state0") in ("active", "reserve")),
                                   districts=len(record.problem.get("districts", [])),
                                   scenarios=", ".join(sc["name"] for sc in record.problem.get("scenarios", [])),
                                   planning=p.get("planning_scenario", ""), high=p.get("high_scenario", ""),
                                   occ=num(100 * float(p.get("target_occupancy", 0.9)))) + "</p>"]
    rows = comparison_rows(list(others) if others else [record], language)
    keys = [k for k in rows[0]["titles"]]
    parts.append(_table([html.escape(rows[0]["titles"][k]) for k in keys],
                        [[html.escape(str(r["text"][k])) for k in keys] for r in rows]))
    for chart in (timeline_chart, gantt_chart, cost_chart, district_load_chart):
        parts.append(f"<div class=\"chart\">{_svg(chart(record, fmt='svg', language=language))}</div>")
    if record.shortfall:
        parts.append(f"<h2>{_t('rp_shortfall', language)}</h2><ul>")
        parts += [f"<li>{html.escape(_stored(x.get('text', x), language))}</li>" for x in record.shortfall]
        parts.append("</ul>")
    if record.changes:
        parts.append(f"<h2>{_t('rp_changes', language)}</h2>")
        parts.append(_table([_t("rp_site", language), _t("rp_month", language), _t("rp_change", language),
                             _t("rp_reason", language)],
                            [[html.escape(str(c.get("site_id", ""))), str(c.get("month", "")),
                              html.escape(f"{_state(c.get('from'), language)} → {_state(c.get('to'), language)}"),
                              html.escape(_stored(c.get("text", ""), language))] for c in record.changes]))
    parts.append(f"<p><em>{_t('rp_note', language)}</em></p></body></html>")
    return "\n".join(parts)


def _state(state: object, language: str) -> str:
    key = {"candidate": "not_opened"}.get(str(state), str(state))
    if key in ("active", "reserve", "closed", "not_opened"):
        return render(Msg(f"ch_state_{key}"), language)
    return str(state)
