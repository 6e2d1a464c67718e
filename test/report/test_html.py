"""The HTML report: readable names, rounded values, the language passed in, parameters and data sources."""
from __future__ import annotations

import re

import pytest

from plugin.core import display
from plugin.core.metrics.analysis import analyse
from plugin.core.placement.params import PlacementResult, SolveStatus
from plugin.report.html import city_rows, parameter_rows, report_html, write_text_atomic
from test.fixtures.metrics_data import planning_data

pytest.importorskip("matplotlib")


@pytest.fixture(scope="module")
def result():
    return analyse(planning_data(30, n_shelters=20, seed=3), permutations=99, seed=1)


def _visible_text(page: str) -> str:
    page = re.sub(r"<svg.*?</svg>", "", page, flags=re.S)
    page = re.sub(r"<style>.*?</style>", "", page, flags=re.S)
    return re.sub(r"<[^>]+>", " ", page)


@pytest.mark.parametrize("language", ["en", "de"])
def test_analysis_report_has_no_raw_keys(result, language):
    page = report_html(analysis=result, language=language, sources={"districts": "stadtteile.gpkg (30)"})
    text = _visible_text(page)
    assert "esda" not in text
    for key in [m for m, _, _ in result.city] + list(result.districts[0]):
        if "_" in key:
            assert key not in text, key
    assert display.display_name("per_1000_city", language) in text
    assert f"lang='{language}'" in page
    assert "<details>" in page  # technical rows behind a toggle


def test_german_report_rounds_and_localises(result):
    page = report_html(analysis=result, language="de", sources={"districts": "stadtteile.gpkg"})
    text = _visible_text(page)
    assert "Gesamtstadt" in text and "Stadtteil-Nr." in text and "Einwohner" in text
    assert "Parameter" in text and "Datenquellen" in text and "Stadtteile" in text and "stadtteile.gpkg" in text
    assert "Permutationen" in text and "Max. Entfernung zu Angeboten (Luftlinie)" in text
    # no long floats such as 0.0865513: at most three decimals
    assert not re.search(r"(?<![.\d])\d+[.,]\d{4,}", text)
    rows = {r["key"]: r for r in city_rows(result, "de")}
    assert rows["per_1000_city"]["value"] == display.format_value("per_1000_city", result.city_value("per_1000_city"), "de")
    hotspot = next(r for k, r in rows.items() if k.startswith("share_places_near_hotspot:"))
    assert hotspot["technical"] and "Treffpunkt" in hotspot["name"] and hotspot["value"].endswith("%")


def test_placement_report_status_in_words_and_parameters():
    from plugin.core.placement.params import PlacementParams

    placement = PlacementResult(status=SolveStatus.INFEASIBLE, message="No placement satisfies all rules.",
                                diagnosis=["Raise the upper limit."])
    params = PlacementParams(places=120, max_per_1000=15.0, service_categories=("kita", "language_course"))
    page = report_html(placement=placement, placement_params=params, language="de")
    text = _visible_text(page)
    assert "Nicht möglich" in text and "infeasible" not in text
    assert "Sprachkurs" in text and "language_course" not in text
    names = [name for _, name, _ in parameter_rows(placement_params=params, language="de")]
    assert "Obergrenze je 1.000 Einwohner" in names and "Zu verteilende Plätze" in names
    assert "Die Datenquellen wurden nicht festgehalten." in text


def test_report_is_written_atomically(tmp_path, result):
    target = tmp_path / "report.html"
    write_text_atomic(str(target), report_html(analysis=result, language="en"))
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]


def test_data_sources_name_origin_count_and_crs():
    from plugin.report.html import data_sources

    data = planning_data(10, n_shelters=5, seed=2)
    sources = data_sources(data, {"shelters": "gu_liste.csv"})
    page = report_html(language="de", sources=sources)
    text = _visible_text(page)
    assert "Unterkünfte" in text and "gu_liste.csv (5 Objekte)" in text
    assert "Community-Treffpunkte" in text and "2 Objekte" in text
    assert "Koordinatenbezugssystem" in text and data.crs in text
    assert "Potenzialflächen" not in text  # no candidates in the data: not listed
