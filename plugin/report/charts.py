"""Charts for the report and the dialog: Lorenz curve and load per district.

matplotlib with the Agg backend only (no GUI toolkit), so charts render the
same in QGIS, qgis_process and the headless command.
"""
from __future__ import annotations

import io
from typing import Any, Dict, Optional, Sequence

from ..core.i18n import DEFAULT_LANGUAGE, catalogue, msg, number, render

TEXT = catalogue("chart", {
    "lorenz_title": "Lorenz curve: places against residents",
    "lorenz_x": "cumulative share of residents",
    "lorenz_y": "cumulative share of places",
    "equality": "equal spread",
    "districts": "districts (sorted by load)",
    "bar_title": "Places per 1,000 residents by district",
    "bar_y": "places per 1,000 residents",
    "city_mean": "city: {value}",
    "before": "before",
    "after": "after",
    "cap": "cap {value}",
})


def _text(key: str, language: str, **values: Any) -> str:
    return render(msg(TEXT, key, **values), language)


def _figure(size, figure=None):
    """A figure with its own Agg canvas: no pyplot, so QGIS's global matplotlib state stays untouched
    and charts can be drawn from Processing's worker threads. ``figure``: draw into this one instead (a
    dialog's canvas, gui/chart_widget.py)."""
    if figure is not None:
        return figure, figure.add_subplot(111)
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=size)
    FigureCanvasAgg(fig)
    return fig, fig.add_subplot(111)


def plain_label(text: str) -> str:
    """Data text shown literally by matplotlib: '$' would start mathtext (and kill the chart on a bad formula)."""
    return str(text).replace("$", r"\$")  # outside mathtext only '\$' is special


def _save(fig, fmt: str) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format=fmt, bbox_inches="tight", dpi=150)
    return buf.getvalue()


def lorenz_chart(lorenz: Sequence[Sequence[float]], gini: Optional[float], fmt: str = "svg", size=(4.6, 4.2),
                 language: str = DEFAULT_LANGUAGE, figure=None) -> bytes:
    """The population-weighted Lorenz curve with the line of equality (into ``figure`` when given: no bytes)."""
    fig, ax = _figure(size, figure)
    xs = [p[0] for p in lorenz] or [0, 1]
    ys = [p[1] for p in lorenz] or [0, 1]
    ax.plot([0, 1], [0, 1], color="#999999", linestyle="--", label=_text("equality", language))
    ax.fill_between(xs, ys, xs, color="#fdd49e", alpha=0.6)
    ax.plot(xs, ys, color="#d95f0e", linewidth=2, label=f"Gini {render(number(gini, 2), language)}" if gini is not None else "Lorenz")
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.set_xlabel(_text("lorenz_x", language))
    ax.set_ylabel(_text("lorenz_y", language))
    ax.set_title(_text("lorenz_title", language), fontsize=10)
    ax.legend(loc="upper left", fontsize=8)
    ax.set_aspect("equal")
    return _save(fig, fmt) if figure is None else b""


def load_chart(districts: Sequence[Dict[str, Any]], city_per_1000: Optional[float], fmt: str = "svg",
               after: Optional[Dict[str, float]] = None, cap: Optional[float] = None, size=(7.5, 4.2),
               language: str = DEFAULT_LANGUAGE, figure=None) -> bytes:
    """Bar chart of places per 1,000 per district against the city mean (and after a placement when given;
    into ``figure`` when given: no bytes)."""
    rows = sorted((d for d in districts if d.get("per_1000") is not None), key=lambda d: -d["per_1000"])
    fig, ax = _figure(size, figure)
    names = [plain_label(f"{d['district_id']} {d['name']}"[:28]) for d in rows]
    values = [d["per_1000"] for d in rows]
    positions = list(range(len(rows)))
    width = 0.4 if after else 0.75
    colours = ["#d95f0e" if city_per_1000 is not None and v > city_per_1000 else "#fec44f" for v in values]
    ax.bar([p - (width / 2 if after else 0) for p in positions], values, width=width, color=colours,
           label=_text("before", language) if after else None)
    if after:
        ax.bar([p + width / 2 for p in positions], [after.get(d["district_id"], d["per_1000"]) for d in rows],
               width=width, color="#41ab5d", label=_text("after", language))
    if city_per_1000 is not None:
        ax.axhline(city_per_1000, color="#2b8cbe", linestyle="--", linewidth=1.5,
                   label=_text("city_mean", language, value=number(city_per_1000, 1)))
    if cap is not None:
        ax.axhline(cap, color="#b2182b", linestyle=":", linewidth=1.5, label=_text("cap", language, value=number(cap, 1)))
    ax.set_xticks(positions)
    ax.set_xticklabels(names, rotation=60, ha="right", fontsize=7)
    ax.set_ylabel(_text("bar_y", language))
    ax.set_title(_text("bar_title", language), fontsize=10)
    ax.legend(fontsize=8)
    return _save(fig, fmt) if figure is None else b""
