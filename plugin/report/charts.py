"""Charts for the report and the dialog: Lorenz curve and load per district.

matplotlib with the Agg backend only (no GUI toolkit), so charts render the
same in QGIS, qgis_process and the headless command.
"""
from __future__ import annotations

import io
from typing import Any, Dict, Optional, Sequence

from ..core.i18n import msg

TEXT = {
    "lorenz_title": {"en": "Lorenz curve: places against residents", "de": "Lorenzkurve: Plätze im Verhältnis zu Einwohnern"},
    "lorenz_x": {"en": "cumulative share of residents", "de": "kumulierter Anteil der Einwohner"},
    "lorenz_y": {"en": "cumulative share of places", "de": "kumulierter Anteil der Plätze"},
    "equality": {"en": "equal spread", "de": "Gleichverteilung"},
    "districts": {"en": "districts (sorted by load)", "de": "Stadtteile (nach Belastung sortiert)"},
    "bar_title": {"en": "Places per 1,000 residents by district", "de": "Plätze je 1.000 Einwohner nach Stadtteil"},
    "bar_y": {"en": "places per 1,000 residents", "de": "Plätze je 1.000 Einwohner"},
    "city_mean": {"en": "city: {value}", "de": "Stadt: {value}"},
    "before": {"en": "before", "de": "vorher"},
    "after": {"en": "after", "de": "nachher"},
    "cap": {"en": "cap {value}", "de": "Obergrenze {value}"},
}


def _figure(size):
    """A figure with its own Agg canvas: no pyplot, so QGIS's global matplotlib state stays untouched
    and charts can be drawn from Processing's worker threads."""
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


def lorenz_chart(lorenz: Sequence[Sequence[float]], gini: Optional[float], fmt: str = "svg", size=(4.6, 4.2)) -> bytes:
    """The population-weighted Lorenz curve with the line of equality."""
    fig, ax = _figure(size)
    xs = [p[0] for p in lorenz] or [0, 1]
    ys = [p[1] for p in lorenz] or [0, 1]
    ax.plot([0, 1], [0, 1], color="#999999", linestyle="--", label=msg(TEXT, "equality"))
    ax.fill_between(xs, ys, xs, color="#fdd49e", alpha=0.6)
    ax.plot(xs, ys, color="#d95f0e", linewidth=2, label=f"Gini {gini:.2f}" if gini is not None else "Lorenz")
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.set_xlabel(msg(TEXT, "lorenz_x"))
    ax.set_ylabel(msg(TEXT, "lorenz_y"))
    ax.set_title(msg(TEXT, "lorenz_title"), fontsize=10)
    ax.legend(loc="upper left", fontsize=8)
    ax.set_aspect("equal")
    return _save(fig, fmt)


def load_chart(districts: Sequence[Dict[str, Any]], city_per_1000: Optional[float], fmt: str = "svg",
               after: Optional[Dict[str, float]] = None, cap: Optional[float] = None, size=(7.5, 4.2)) -> bytes:
    """Bar chart of places per 1,000 per district against the city mean (and after a placement when given)."""
    rows = sorted((d for d in districts if d.get("per_1000") is not None), key=lambda d: -d["per_1000"])
    fig, ax = _figure(size)
    names = [plain_label(f"{d['district_id']} {d['name']}"[:28]) for d in rows]
    values = [d["per_1000"] for d in rows]
    positions = list(range(len(rows)))
    width = 0.4 if after else 0.75
    colours = ["#d95f0e" if city_per_1000 is not None and v > city_per_1000 else "#fec44f" for v in values]
    ax.bar([p - (width / 2 if after else 0) for p in positions], values, width=width, color=colours,
           label=msg(TEXT, "before") if after else None)
    if after:
        ax.bar([p + width / 2 for p in positions], [after.get(d["district_id"], d["per_1000"]) for d in rows],
               width=width, color="#41ab5d", label=msg(TEXT, "after"))
    if city_per_1000 is not None:
        ax.axhline(city_per_1000, color="#2b8cbe", linestyle="--", linewidth=1.5,
                   label=msg(TEXT, "city_mean", value=f"{city_per_1000:.1f}"))
    if cap is not None:
        ax.axhline(cap, color="#b2182b", linestyle=":", linewidth=1.5, label=msg(TEXT, "cap", value=f"{cap:g}"))
    ax.set_xticks(positions)
    ax.set_xticklabels(names, rotation=60, ha="right", fontsize=7)
    ax.set_ylabel(msg(TEXT, "bar_y"))
    ax.set_title(msg(TEXT, "bar_title"), fontsize=10)
    ax.legend(fontsize=8)
    return _save(fig, fmt)
