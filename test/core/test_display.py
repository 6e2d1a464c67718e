"""The display-name registry: every figure, field, category and status has a readable, translated name."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from plugin.core import display, i18n, outputs
from plugin.core.contract import FIELD_ALIASES, LAYERS, SERVICE_CATEGORIES, SHELTER_STATUSES
from plugin.core.metrics.analysis import analyse
from plugin.core.placement.params import PlacementParams, SolveStatus
from test.fixtures.metrics_data import planning_data

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def result():
    return analyse(planning_data(30, n_shelters=20, seed=3), permutations=99, seed=1)


def _output_fields():
    for fields in (outputs.DISTRICT_METRICS_FIELDS, outputs.CITY_METRICS_FIELDS, outputs.SUGGESTION_FIELDS,
                   outputs.DISTRICTS_AFTER_FIELDS):
        for name, _ in fields:
            yield name


def test_every_figure_of_analyse_has_a_display_name(result):
    keys = [m for m, _, _ in result.city] + list(result.districts[0]) + list(result.parameters)
    assert any(k.startswith("share_places_near_hotspot:") for k in keys)
    missing = sorted({k for k in keys if not display.has_display_name(k)})
    assert missing == [], f"figures without a display name in plugin/core/display.py: {missing}"


def test_every_output_and_contract_field_category_and_status_has_a_display_name():
    keys = set(_output_fields())
    keys |= {f.name for spec in LAYERS.values() for f in spec.fields} | set(FIELD_ALIASES)
    keys |= {f"layer:{kind}" for kind in LAYERS}
    keys |= {f"category:{c}" for c in SERVICE_CATEGORIES}
    keys |= {f"status:{s.value}" for s in SolveStatus} | {f"status:{s}" for s in SHELTER_STATUSES}
    keys |= {f"gi_class:{c}" for c in ("hot", "cold", "none")}
    keys |= {name for name in PlacementParams.__dataclass_fields__ if name not in ("solver", "places")}
    missing = sorted(k for k in keys if not display.has_display_name(k))
    assert missing == [], f"keys without a display name in plugin/core/display.py: {missing}"


def test_every_display_name_has_a_german_translation():
    de = i18n.read_ts(ROOT / "i18n" / "de.ts")
    missing = [key for key in display.keys()
               if (display.NAMES[key], display.NAMES.code(key)) not in de]
    assert missing == [], f"display names without a German translation in i18n/de.ts: {missing}"


def test_german_wording_of_the_issue():
    de = {key: display.display_name(key, "de") for key in display.keys()}
    assert de["share_places_near_hotspots"] == "Anteil der Plätze nahe Community-Treffpunkten"
    assert de["layer:hotspots"] == "Community-Treffpunkte"
    assert de["layer:candidates"] == "Potenzialflächen"
    assert de["district_id"] == "Stadtteil-Nr." and de["population"] == "Einwohner"
    assert de["category:kita"] == "Kita" and de["category:language_course"] == "Sprachkurs"
    assert de["status:optimal"] == "Optimal" and de["status:infeasible"] == "Nicht möglich"
    assert de["service_distance_m"] == "Max. Entfernung zu Angeboten (Luftlinie)"
    texts = " ".join(de.values())
    assert "Ortsbezirk" not in texts and "Kandidat" not in texts
    # "Hotspot" is reserved for Gi*
    assert all("Gi*" in text or key == "gi_class:hot" for key, text in de.items() if "Hotspot" in text)
    en = display.display_name("language_course", "en")  # not a key: shown readable, never raw
    assert en == "language course"
    assert display.display_name("category:language_course", "en") == "Language course"


def test_readable_names_have_no_internal_keys():
    for language in ("en", "de"):
        for key in display.keys():
            text = display.display_name(key, language, name="X")
            assert "_" not in text and "esda" not in text, (key, language, text)


def test_parametrised_hotspot_figure_takes_the_name(result):
    key = next(m for m, _, _ in result.city if m.startswith("share_places_near_hotspot:"))
    assert display.display_name("share_places_near_hotspot:H2", "en", name="Park") == \
        "Share of places near meeting point Park"
    assert display.display_name("share_places_near_hotspot:H2", "de", name="Park") == "Anteil der Plätze nahe Treffpunkt Park"
    assert display.display_name("share_places_near_hotspot:H2", "en") == "Share of places near meeting point H2"
    assert display.is_technical(key)


def test_technical_rows():
    for key in ("moran_ei", "moran_z_norm", "gi_star_z", "gi_star_p", "clark_evans_z", "share_places_near_hotspot:H1"):
        assert display.is_technical(key), key
    for key in ("per_1000_city", "gini", "moran_i", "population", "district_id", "status"):
        assert not display.is_technical(key), key


@pytest.mark.parametrize("key, value, de, en", [
    ("population", 101500, "101.500", "101,500"),
    ("population_total", 101500.0, "101.500", "101,500"),
    ("per_1000", 14.8123, "14,8", "14.8"),
    ("share_places", 0.1482, "14,8 %", "14.8 %"),
    ("gini", 0.41234, "0,41", "0.41"),
    ("moran_p_sim", 0.0123, "0,012", "0.012"),
    ("hhi", 0.0865513, "0,087", "0.087"),
    ("radius_m", 500.0, "500 m", "500 m"),
    ("date", dt.date(2026, 11, 30), "30.11.2026", "2026-11-30"),
    ("date", "2026-11-30", "30.11.2026", "2026-11-30"),
    ("status", "infeasible", "Nicht möglich", "Not possible"),
    ("status", SolveStatus.OPTIMAL, "Optimal", "Optimal"),
    ("category", "language_course", "Sprachkurs", "Language course"),
    ("service_categories", ("kita", "school"), "Kita, Schule", "Kita, School"),
    ("gi_class", "hot", "Hotspot", "Hotspot"),
    ("per_1000", None, "–", "–"),
    ("gini", float("nan"), "–", "–"),
    ("mix_groups", True, "Ja", "Yes"),
    ("mix_groups", False, "Nein", "No"),
    ("seed", 12345, "12345", "12345"),
    ("solve_seconds", 0.42, "0,4 s", "0.4 s"),
    ("cost", 3518000.0, "3.518.000", "3,518,000"),
    ("name", "Innenstadt", "Innenstadt", "Innenstadt"),
])
def test_format_value(key, value, de, en):
    assert display.format_value(key, value, "de") == de
    assert display.format_value(key, value, "en") == en


def test_one_number_formatter_shared_with_render():
    number = i18n.number(1234.56, 1)
    assert display.format_number(1234.56, 1, "de") == i18n.render(number, "de") == "1.234,6"
    assert display.format_value("per_1000", 12.0, "de", with_unit=False) == "12,0"
    assert display.label_with_unit("radius_m", "de") == "Radius (m)"
    assert display.format_value("unknown_figure", 0.123456, "de") == "0,12"


def test_table_tsv_pastes_into_a_spreadsheet():
    rows = [{"district_id": "01", "name": "Innenstadt\tOst", "population": 101500, "share_places": 0.1482},
            {"district_id": "02", "name": "Kotten", "population": None, "share_places": None}]
    text = display.table_tsv(rows, ["district_id", "name", "population", "share_places"], "de")
    lines = text.splitlines()
    assert lines[0] == "Stadtteil-Nr.\tName\tEinwohner\tAnteil an den Plätzen (%)"
    assert lines[1] == "01\tInnenstadt Ost\t101.500\t14,8"
    assert lines[2] == "02\tKotten\t\t"
    assert display.table_tsv(rows[:1], ["population"], "en") == "Residents\n101,500\n"
