"""Charts of a capacity plan (issue 17): they draw the numbers of the core's result, in the reader's language."""
from __future__ import annotations

import re

import pytest

from plugin.core import i18n
from plugin.core.capacity import CapacityResult, CapacityStatus, plan_capacity
from plugin.core.capacity.compare import record_from
from plugin.core.capacity.texts import Msg
from plugin.report.capacity_charts import cost_chart, district_load_chart, gantt_chart, timeline_chart
from test.fixtures.capacity_instances import generated


def svg_texts(svg: bytes) -> list:
    """The texts of a matplotlib SVG: glyph paths carry their text as a comment, <text> elements their content."""
    text = svg.decode("utf-8")
    return [t.strip() for t in re.findall(r"<!-- (.*?) -->", text) + re.findall(r"<text[^>]*>([^<]*)</text>", text)
            if t.strip()]


@pytest.fixture(scope="module")
def run():
    pb = generated(3, sites=10, months=12)
    res = plan_capacity(pb)
    assert str(res.status) == "optimal"
    return pb, res, record_from(pb, res, "mid")


def _figure():
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(7, 4))
    FigureCanvasAgg(fig)
    return fig


def test_timeline_draws_demand_and_capacity(run):
    pb, res, rec = run
    fig = _figure()
    assert timeline_chart(rec, figure=fig) == b""
    ax = fig.axes[0]
    lines = {ln.get_label(): ln for ln in ax.get_lines()}
    q = pb.params.target_occupancy
    assert list(lines["demand, mid scenario"].get_ydata()) == pytest.approx(res.demand["mid"])
    assert list(lines["demand, high scenario"].get_ydata()) == pytest.approx(res.demand["high"])
    active = [sum(v[t] for v in res.active_places.values()) * q for t in range(12)]
    assert list(lines["active places × 90 % occupancy"].get_ydata()) == pytest.approx(active)
    total = [(a / q + r) * q for a, r in zip(active, rec.reserve_places)]
    assert list(lines["active and reserve places × 90 % occupancy"].get_ydata()) == pytest.approx(total)
    # the plan keeps the rules it draws: active capacity covers the planning scenario every month
    assert all(a + 1e-6 >= d for a, d in zip(active, res.demand["mid"]))


def test_gantt_has_a_bar_per_site_and_month(run):
    pb, res, rec = run
    fig = _figure()
    gantt_chart(rec, figure=fig)
    ax = fig.axes[0]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    # names "Site k" only repeat the id after their shared first word, so the id alone labels each row
    assert labels == [s.site_id for s in pb.sites]
    months = 0.0
    for coll in ax.collections:
        for path in coll.get_paths():
            xs = path.vertices[:, 0]
            months += xs.max() - xs.min()
    assert months == pytest.approx(len(pb.sites) * 12)
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == ["active", "reserve", "closed", "not opened"]


def test_cost_chart_bars_equal_the_breakdown(run):
    _, res, rec = run
    fig = _figure()
    cost_chart(rec, figure=fig)
    ax = fig.axes[0]
    widths = [p.get_width() for p in ax.patches]
    assert widths == pytest.approx([res.cost_breakdown[k] for k in ("active", "reserve", "activation", "opening",
                                                                     "closing")])
    assert sum(widths) == pytest.approx(res.cost)


def test_district_load_lines_and_cap(run):
    pb, res, rec = run
    fig = _figure()
    district_load_chart(rec, figure=fig)
    ax = fig.axes[0]
    lines = {ln.get_label(): ln for ln in ax.get_lines()}
    assert list(lines["highest district"].get_ydata()) == pytest.approx(
        [max(v[t] for v in res.district_load.values()) for t in range(12)])
    for d in pb.districts:
        if d.district_id in res.district_load:
            assert list(lines[d.name].get_ydata()) == pytest.approx(res.district_load[d.district_id])
    cap = f"cap {pb.params.max_per_1000:.1f}"
    assert list(lines[cap].get_ydata()) == pytest.approx([pb.params.max_per_1000] * 2)


def test_charts_render_as_svg_and_png(run):
    _, _, rec = run
    for chart in (timeline_chart, gantt_chart, cost_chart, district_load_chart):
        assert chart(rec, fmt="png").startswith(b"\x89PNG")
        texts = svg_texts(chart(rec, fmt="svg", size=(6, 3.5), tight=False, font_size=8))
        assert texts and all("$" not in t for t in texts)


def test_german_charts(run):
    """German notation of every number, and each text through the German catalogue (i18n/de.ts)."""
    _, _, rec = run
    texts = svg_texts(cost_chart(rec, fmt="svg", language="de"))
    expected = i18n.render(Msg("ch_cost_title", {"months": 12, "total": i18n.Number(rec.cost, 0)}), "de")
    assert expected in texts and f"{rec.cost:,.0f}".replace(",", ".") in expected
    timeline = svg_texts(timeline_chart(rec, fmt="svg", language="de"))
    assert i18n.render(Msg("ch_month"), "de") in timeline
    assert i18n.render(Msg("ch_active_cap", {"occ": i18n.Number(90, 0)}), "de") in timeline
    if max(rec.active_total) * 0.9 >= 1000:  # axis ticks with a thousands dot
        assert any(re.fullmatch(r"\d\.\d{3}", t) for t in timeline)
    load = svg_texts(district_load_chart(rec, fmt="svg", language="de"))
    cap = rec.params["max_per_1000"]
    label = i18n.render(Msg("ch_cap", {"value": i18n.Number(cap, 1)}), "de")
    assert label in load and f"{cap:.1f}".replace(".", ",") in label  # "8,0": the decimal comma


def test_no_plan_says_so():
    pb = generated(3, sites=4, months=3)
    rec = record_from(pb, CapacityResult(status=CapacityStatus.INFEASIBLE), "x")
    for chart in (gantt_chart, cost_chart, district_load_chart):
        assert "No plan (infeasible)" in svg_texts(chart(rec, fmt="svg"))
    timeline_chart(rec, fmt="svg")  # demand only


def test_site_labels_keep_what_tells_the_names_apart():
    """A shared leading word is dropped so a shortened label keeps the distinguishing end (the sample's
    „Gemeinschaftsunterkunft 01 … 10“ were all cut to „GU-01 Gemeinschaftsunterk…“)."""
    from types import SimpleNamespace

    from plugin.report.capacity_charts import _site_labels

    record = SimpleNamespace(problem={"sites": [
        {"site_id": "GU-01", "name": "Gemeinschaftsunterkunft 01"},
        {"site_id": "GU-02", "name": "Gemeinschaftsunterkunft Am Hauptbahnhof Süd"},
        {"site_id": "H1", "name": "Hotel Post"}, {"site_id": "X", "name": ""}]})
    assert _site_labels(record) == {"GU-01": "GU-01", "GU-02": "GU-02 Am Hauptbahnhof Süd",
                                    "H1": "H1 Hotel Post", "X": "X"}
