"""Charts for the report, the dialogs and print layouts: Lorenz curve and load per district.

matplotlib with the Agg backend only (no GUI toolkit), so charts render the
same in QGIS, qgis_process and the headless command. Every text of a chart
(titles, axis labels, tick numbers, legend) is in the reader's language with
its number notation ("14,8" and "20 %" in German). For print, a chart is drawn
at the item's size (``tight=False``: the figure is exactly ``size``, so fonts
keep their point size on paper), as SVG or as PNG at ``dpi`` (at least 300).
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

PRINT_DPI = 300  # raster charts on paper: at least this resolution


def _text(key: str, language: str, **values: Any) -> str:
    return render(msg(TEXT, key, **values), language)


def _figure(size, figure=None, fixed: bool = False):
    """A figure with its own Agg canvas: no pyplot, so QGIS's global matplotlib state stays untouched
    and charts can be drawn from Processing's worker threads. ``figure``: draw into this one instead (a
    dialog's canvas, gui/chart_widget.py). ``fixed``: laid out inside exactly ``size`` (constrained layout)
    instead of being cropped to its content when saved (print: the item's size in mm)."""
    if figure is not None:
        return figure, figure.add_subplot(111)
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=size, layout="constrained") if fixed else Figure(figsize=size)
    FigureCanvasAgg(fig)
    return fig, fig.add_subplot(111)


def plain_label(text: str) -> str:
    """Data text shown literally by matplotlib: '$' would start mathtext (and kill the chart on a bad formula)."""
    return str(text).replace("$", r"\$")  # outside mathtext only '\$' is special


def percent_text(value: float, language: str) -> str:
    """A whole percentage in the reader's notation: "20%" in English, "20 %" (narrow no-break space) in German."""
    text = render(number(value, 0), language)
    return text + ("\u202f%" if language == "de" else "%")


def _tick_digits(value: float) -> int:
    """Decimals a tick value needs (ticks are round numbers: 20, 2.5, 0.25)."""
    for digits in (0, 1, 2):
        if abs(value * 10 ** digits - round(value * 10 ** digits)) < 1e-6:
            return digits
    return 3


def _localise_axis(axis, language: str, percent: bool = False) -> None:
    """Tick numbers in the reader's notation: matplotlib writes "0.2" and "1000" whatever the language."""
    from matplotlib.ticker import FuncFormatter

    def fmt(value, _pos=None):
        if percent:
            return percent_text(value * 100.0, language)
        return render(number(value, _tick_digits(value)), language)

    axis.set_major_formatter(FuncFormatter(fmt))


def _short(text: str, length: int) -> str:
    """``text`` cut to ``length`` characters, with an ellipsis when cut (a name that just stops reads as a typo)."""
    return text if len(text) <= length else text[:length - 1].rstrip() + "\u2026"


def _title(fig, ax, text: str, size: float, fixed: bool) -> None:
    """The chart's title: over the axes, or, on a figure of fixed size, over the whole figure; why: an axes title
    is centred on the plot and runs past the picture's edge when long district names push the plot right."""
    if fixed:
        fig.suptitle(text, fontsize=size)
    else:
        ax.set_title(text, fontsize=size)


def _save(fig, fmt: str, dpi: int = 150, tight: bool = True) -> bytes:
    buf = io.BytesIO()
    if tight:
        fig.savefig(buf, format=fmt, bbox_inches="tight", dpi=dpi)
    else:  # print size: a raster chart never below PRINT_DPI on paper
        fig.savefig(buf, format=fmt, dpi=max(dpi, PRINT_DPI))
    return buf.getvalue()


def lorenz_chart(lorenz: Sequence[Sequence[float]], gini: Optional[float], fmt: str = "svg", size=(4.6, 4.2),
                 language: str = DEFAULT_LANGUAGE, figure=None, dpi: int = 150, tight: bool = True,
                 font_size: float = 10) -> bytes:
    """The population-weighted Lorenz curve with the line of equality (into ``figure`` when given: no bytes)."""
    fig, ax = _figure(size, figure, fixed=not tight)
    small = max(6.0, font_size - 2)
    xs = [p[0] for p in lorenz] or [0, 1]
    ys = [p[1] for p in lorenz] or [0, 1]
    ax.plot([0, 1], [0, 1], color="#999999", linestyle="--", label=_text("equality", language))
    ax.fill_between(xs, ys, xs, color="#fdd49e", alpha=0.6)
    ax.plot(xs, ys, color="#d95f0e", linewidth=2, label=f"Gini {render(number(gini, 2), language)}" if gini is not None else "Lorenz")
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.set_xlabel(_text("lorenz_x", language), fontsize=small)
    ax.set_ylabel(_text("lorenz_y", language), fontsize=small)
    _localise_axis(ax.xaxis, language, percent=True)
    _localise_axis(ax.yaxis, language, percent=True)
    ax.tick_params(labelsize=small)
    _title(fig, ax, _text("lorenz_title", language), font_size, fixed=not tight and figure is None)
    ax.legend(loc="upper left", fontsize=small)
    ax.set_aspect("equal")
    return _save(fig, fmt, dpi, tight) if figure is None else b""


def load_chart(districts: Sequence[Dict[str, Any]], city_per_1000: Optional[float], fmt: str = "svg",
               after: Optional[Dict[str, float]] = None, cap: Optional[float] = None, size=(7.5, 4.2),
               language: str = DEFAULT_LANGUAGE, figure=None, dpi: int = 150, tight: bool = True,
               horizontal: bool = False, font_size: float = 10, name_length: int = 28,
               note: Optional[str] = None) -> bytes:
    """Bar chart of places per 1,000 per district against the city mean (and after a placement when given;
    into ``figure`` when given: no bytes). ``horizontal`` lists the districts down the side, highest first:
    readable names on a narrow print column. ``note``: a line under the value axis (e.g. which districts a
    public page leaves out)."""
    rows = sorted((d for d in districts if d.get("per_1000") is not None), key=lambda d: -d["per_1000"])
    fig, ax = _figure(size, figure, fixed=not tight)
    small = max(6.0, font_size - 2)
    names = [plain_label(_short(f"{d['district_id']} {d['name']}", name_length)) for d in rows]
    values = [d["per_1000"] for d in rows]
    positions = list(range(len(rows)))
    width = 0.4 if after else 0.75
    shift = (width / 2 if after else 0) * (1 if horizontal else -1)  # "before" first: left, or above
    colours = ["#d95f0e" if city_per_1000 is not None and v > city_per_1000 else "#fec44f" for v in values]
    bars, line = (ax.barh, ax.axvline) if horizontal else (ax.bar, ax.axhline)
    bars([p + shift for p in positions], values, width, color=colours,
         label=_text("before", language) if after else None)
    if after:
        bars([p - shift for p in positions], [after.get(d["district_id"], d["per_1000"]) for d in rows],
             width, color="#41ab5d", label=_text("after", language))
    if city_per_1000 is not None:
        line(city_per_1000, color="#2b8cbe", linestyle="--", linewidth=1.5,
             label=_text("city_mean", language, value=number(city_per_1000, 1)))
    if cap is not None:
        line(cap, color="#b2182b", linestyle=":", linewidth=1.5, label=_text("cap", language, value=number(cap, 1)))
    if horizontal:
        ax.set_yticks(positions)
        ax.set_yticklabels(names, fontsize=small)
        ax.invert_yaxis()
        ax.set_xlabel(_text("bar_y", language) + (f"\n{plain_label(note)}" if note else ""), fontsize=small)
        _localise_axis(ax.xaxis, language)
        ax.tick_params(axis="x", labelsize=small)
    else:
        ax.set_xticks(positions)
        ax.set_xticklabels(names, rotation=60, ha="right", fontsize=7)
        ax.set_ylabel(_text("bar_y", language))
        if note:
            ax.set_xlabel(plain_label(note), fontsize=small)
        _localise_axis(ax.yaxis, language)
    _title(fig, ax, _text("bar_title", language), font_size, fixed=not tight and figure is None)
    ax.legend(fontsize=small, loc="lower right" if horizontal else "best")
    return _save(fig, fmt, dpi, tight) if figure is None else b""
