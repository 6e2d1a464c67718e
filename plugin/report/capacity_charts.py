"""Charts of a capacity plan over time (issue 17): timeline, per-site Gantt, cost breakdown, district load.

Drawn from a saved run (:class:`plugin.core.capacity.compare.ScenarioRecord`), so the dialog, the
demo, the report and the INSEK page show the same pictures of the same numbers. matplotlib with the
Agg backend only, like report/charts.py (whose helpers are reused): every text in the reader's
language with its number notation; ``figure=`` draws into a dialog's canvas (gui/chart_widget.py)
and returns no bytes; otherwise the chart comes back as SVG or PNG bytes. ``tight=False`` keeps
the figure exactly ``size`` (print). ``public=True`` (timeline and district load) shows districts
only, never a site's name or position: the INSEK page uses it.
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Sequence

from ..core.capacity.compare import COST_KINDS, ScenarioRecord, district_names, status_text
from ..core.capacity.texts import Msg
from ..core.capacity.texts import fmt as num
from ..core.i18n import DEFAULT_LANGUAGE, number, render
from .charts import _figure, _localise_axis, _save, _short, _title, percent_text, plain_label

STATE_COLOURS = {"active": "#2b8cbe", "reserve": "#fdae61", "closed": "#bdbdbd", "not_opened": "#f7f7f7"}
COST_COLOURS = {"active": "#2b8cbe", "reserve": "#fdae61", "activation": "#d7191c", "opening": "#1a9641",
                "closing": "#7b3294"}
SCENARIO_COLOURS = {"low": "#969696", "mid": "#252525", "high": "#b2182b"}  # apart from the capacity colours


def _t(key: str, language: str, **values: Any) -> str:
    return render(Msg(key, values), language)


def _months(record: ScenarioRecord) -> List[int]:
    return list(range(1, record.horizon + 1))


def _no_plan(ax, record: ScenarioRecord, language: str) -> None:
    ax.text(0.5, 0.5, _t("ch_no_plan", language, status=status_text(record.status, language)),
            ha="center", va="center", transform=ax.transAxes)
    ax.set_axis_off()


def _month_axis(ax, record: ScenarioRecord, language: str, small: float) -> None:
    from matplotlib.ticker import MaxNLocator

    ax.set_xlabel(_t("ch_month", language), fontsize=small)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True, nbins=12))
    ax.set_xlim(0.5, record.horizon + 0.5)
    ax.tick_params(labelsize=small)


def timeline_chart(record: ScenarioRecord, fmt: str = "svg", size=(7.5, 4.0), language: str = DEFAULT_LANGUAGE,
                   figure=None, dpi: int = 150, tight: bool = True, font_size: float = 10,
                   scenarios: Optional[Sequence[str]] = None, public: bool = False) -> bytes:
    """Demand of the planning and high scenarios (people, per month) against what the places hold: active
    places and active plus reserve places, each times the occupancy allowed. Why: the planner sees at a
    glance where active places run close to demand and how much reserve covers the high scenario.

    ``scenarios``: which scenarios' demand to draw (default: planning and high, then the others).
    ``public``: nothing about sites is drawn either way; the flag is accepted for symmetry with the page.
    """
    del public  # the timeline shows city totals only
    fig, ax = _figure(size, figure, fixed=not tight)
    small = max(6.0, font_size - 2)
    p = record.params
    q = float(p.get("target_occupancy", 0.9))
    qh = float(p.get("high_occupancy") or q)
    months = _months(record)
    plan, high = str(p.get("planning_scenario", "mid")), str(p.get("high_scenario", "high"))
    names = list(scenarios) if scenarios is not None else (
        [n for n in (plan, high) if n in record.demand] + [n for n in record.demand if n not in (plan, high)])
    for n in names:
        series = record.demand.get(n)
        if not series:
            continue
        colour = SCENARIO_COLOURS.get(n, "#636363")
        ax.plot(months, series[:len(months)], color=colour, linewidth=2.2 if n in (plan, high) else 1.2,
                linestyle="-" if n in (plan, high) else "--", label=plain_label(_t("ch_demand", language, scenario=n)))
    if record.has_plan and record.active_total:
        act = [a * q for a in record.active_total]
        tot = [(a + r) * qh for a, r in zip(record.active_total, record.reserve_places)]
        ax.step(months, act, where="mid", color="#2b8cbe", linewidth=2,
                label=_t("ch_active_cap", language, occ=num(100 * q)))
        ax.fill_between(months, act, tot, step="mid", color="#fdae61", alpha=0.45)
        ax.step(months, tot, where="mid", color="#e66101", linewidth=1.5,
                label=_t("ch_total_cap", language, occ=num(100 * qh)))
    ax.set_ylabel(_t("ch_people", language), fontsize=small)
    ax.set_ylim(bottom=0)
    _month_axis(ax, record, language, small)
    _localise_axis(ax.yaxis, language)
    _title(fig, ax, _t("ch_timeline_title", language), font_size, fixed=not tight and figure is None)
    ax.legend(fontsize=small, loc="lower right")
    ax.grid(axis="y", color="#eeeeee")
    return _save(fig, fmt, dpi, tight) if figure is None else b""


def _site_labels(record: ScenarioRecord) -> Dict[str, str]:
    """Site id plus what tells the names apart: words all names start with ("Gemeinschaftsunterkunft …") are
    left out, so a shortened label keeps its distinguishing end; a name that only repeats the id is dropped."""
    sites = record.problem.get("sites", [])
    groups: Dict[str, List[List[str]]] = {}
    for s in sites:
        words = str(s.get("name") or "").split()
        if words:
            groups.setdefault(words[0], []).append(words)
    common: Dict[str, int] = {}
    for first, named in groups.items():
        n = 0
        while len(named) > 1 and all(len(w) > n + 1 and w[n] == named[0][n] for w in named):
            n += 1
        common[first] = n
    out = {}
    for s in sites:
        words = str(s.get("name") or "").split()
        name = " ".join(words[common.get(words[0], 0):]) if words else ""
        tail = name if name and name != s["site_id"] and not s["site_id"].endswith(name) else ""
        out[s["site_id"]] = plain_label(_short(f"{s['site_id']} {tail}".strip(), 26))
    return out


def gantt_chart(record: ScenarioRecord, fmt: str = "svg", size=None, language: str = DEFAULT_LANGUAGE,
                figure=None, dpi: int = 150, tight: bool = True, font_size: float = 10) -> bytes:
    """Per site a row of months coloured by state (active, reserve, closed, not opened), with the site labels.

    Why: the plan as a planner reads it, site by site. Not public (it names sites).
    """
    from matplotlib.patches import Patch

    sites = [s["site_id"] for s in record.problem.get("sites", []) if s["site_id"] in record.states]
    if size is None:
        size = (7.5, max(2.5, 0.6 + 0.28 * len(sites)))
    fig, ax = _figure(size, figure, fixed=not tight)
    small = max(6.0, font_size - 2)
    if not record.has_plan:
        _no_plan(ax, record, language)
        return _save(fig, fmt, dpi, tight) if figure is None else b""
    labels = _site_labels(record)
    for i, sid in enumerate(sites):
        seq = record.states[sid]
        for state in STATE_COLOURS:
            spans = []
            t = 0
            while t < len(seq):
                if seq[t] == state:
                    start = t
                    while t < len(seq) and seq[t] == state:
                        t += 1
                    spans.append((start + 0.5, t - start))
                else:
                    t += 1
            if spans:
                ax.broken_barh(spans, (i - 0.38, 0.76), facecolors=STATE_COLOURS[state], edgecolor="#969696",
                               linewidth=0.3)
    ax.set_yticks(range(len(sites)))
    ax.set_yticklabels([labels.get(s, s) for s in sites], fontsize=small)
    ax.set_ylim(len(sites) - 0.5, -0.5)
    _month_axis(ax, record, language, small)
    handles = [Patch(facecolor=c, edgecolor="#969696", label=_t(f"ch_state_{k}", language))
               for k, c in STATE_COLOURS.items()]
    ax.legend(handles=handles, fontsize=small, loc="upper center", bbox_to_anchor=(0.5, -0.12 if tight else -0.08),
              ncol=4, frameon=False)
    _title(fig, ax, _t("ch_gantt_title", language), font_size, fixed=not tight and figure is None)
    return _save(fig, fmt, dpi, tight) if figure is None else b""


def cost_chart(record: ScenarioRecord, fmt: str = "svg", size=(6.0, 3.6), language: str = DEFAULT_LANGUAGE,
               figure=None, dpi: int = 150, tight: bool = True, font_size: float = 10) -> bytes:
    """The total cost by kind (active places, reserve places, activation, opening, closing) as bars with values.

    Why: the trade-off of the city's own words, reserve places against cost, in one picture.
    """
    fig, ax = _figure(size, figure, fixed=not tight)
    small = max(6.0, font_size - 2)
    if not record.has_plan:
        _no_plan(ax, record, language)
        return _save(fig, fmt, dpi, tight) if figure is None else b""
    kinds = list(COST_KINDS)
    values = [float(record.cost_breakdown.get(k, 0.0)) for k in kinds]
    names = [_t(f"ch_cost_{k}", language) for k in kinds]
    pos = list(range(len(kinds)))
    ax.barh(pos, values, color=[COST_COLOURS[k] for k in kinds])
    ax.set_yticks(pos)
    ax.set_yticklabels(names, fontsize=small)
    ax.invert_yaxis()
    top = max(values + [1.0])
    for y, v in zip(pos, values):
        ax.text(v + top * 0.01, y, render(number(v, 0), language), va="center", fontsize=small)
    ax.set_xlim(0, top * 1.22)
    ax.set_xlabel(_t("ch_cost_axis", language), fontsize=small)
    _localise_axis(ax.xaxis, language)
    ax.tick_params(labelsize=small)
    total = record.cost if record.cost is not None else sum(values)
    _title(fig, ax, _t("ch_cost_title", language, months=record.horizon, total=num(total)), font_size,
           fixed=not tight and figure is None)
    return _save(fig, fmt, dpi, tight) if figure is None else b""


def district_load_chart(record: ScenarioRecord, fmt: str = "svg", size=(7.5, 4.0), language: str = DEFAULT_LANGUAGE,
                        figure=None, dpi: int = 150, tight: bool = True, font_size: float = 10,
                        max_lines: int = 12, public: bool = False) -> bytes:
    """Active places per 1,000 inhabitants per district and month, the highest district drawn bold, and the cap.

    Why: dispersion over time, the other side of the cost. ``max_lines``: the districts with the highest
    peak get their own line (the others are drawn thin and grey, unlabelled). Districts only: public-safe.
    """
    del public  # districts only either way
    fig, ax = _figure(size, figure, fixed=not tight)
    small = max(6.0, font_size - 2)
    if not record.has_plan:
        _no_plan(ax, record, language)
        return _save(fig, fmt, dpi, tight) if figure is None else b""
    months = _months(record)
    names = district_names(record)
    order = sorted(record.district_load, key=lambda d: -max(record.district_load[d] or [0.0]))
    import matplotlib

    cmap = matplotlib.colormaps["tab20"] if hasattr(matplotlib, "colormaps") else matplotlib.cm.get_cmap("tab20")
    for i, d in enumerate(order):
        series = record.district_load[d][:len(months)]
        if i < max_lines:
            ax.plot(months, series, color=cmap(i % 20), linewidth=1.1,
                    label=plain_label(_short(names.get(d, d), 22)))
        else:
            ax.plot(months, series, color="#d9d9d9", linewidth=0.7)
    ax.plot(months, record.max_district_load_over_time, color="#252525", linewidth=2.4,
            label=_t("ch_load_highest", language))
    cap = record.params.get("max_per_1000")
    if cap is not None:
        ax.axhline(float(cap), color="#b2182b", linestyle=":", linewidth=1.5,
                   label=_t("ch_cap", language, value=number(float(cap), 1)))
    ax.set_ylabel(_t("ch_load_axis", language), fontsize=small)
    ax.set_ylim(bottom=0)
    _month_axis(ax, record, language, small)
    _localise_axis(ax.yaxis, language)
    _title(fig, ax, _t("ch_load_title", language), font_size, fixed=not tight and figure is None)
    ax.legend(fontsize=max(5.0, small - 1), loc="center left", bbox_to_anchor=(1.01, 0.5), frameon=False)
    return _save(fig, fmt, dpi, tight) if figure is None else b""


__all__ = ["timeline_chart", "gantt_chart", "cost_chart", "district_load_chart", "percent_text"]
