"""One translation mechanism: message codes in the core, one catalogue per language (i18n/<lang>.ts)."""
import re
import shutil
import sys
from pathlib import Path

import pytest

from plugin.core import i18n
from plugin.core.i18n import Message, MessageError, Number, message_from_json, number, render

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import i18n_extract  # noqa: E402


@pytest.fixture(scope="module")
def templates():
    return i18n.templates()


def test_every_code_has_a_finished_german_translation_with_the_same_parameters(templates):
    de = i18n.read_ts(ROOT / "i18n" / "de.ts")
    assert len(templates) >= 300
    missing = [code for code, template in templates.items() if not de.get((template, code))]
    assert missing == [], f"codes without a German translation in i18n/de.ts: {missing}"
    unfinished = i18n_extract.counts(ROOT / "i18n" / "de.ts")
    assert unfinished["core"] == len(templates)
    wrong = [code for code, template in templates.items()
             if i18n.placeholders(de[(template, code)]) != i18n.placeholders(template)]
    assert wrong == [], f"German translations whose parameters differ from the English template: {wrong}"


def test_english_catalogue_is_complete_and_finished(templates):
    counts = i18n_extract.counts(ROOT / "i18n" / "en.ts")
    assert counts["unfinished"] == 0 and counts["core"] == len(templates)
    en = i18n.read_ts(ROOT / "i18n" / "en.ts")
    assert all(en.get((t, c)) == t for c, t in templates.items())


def test_no_german_left_in_python_catalogues():
    offenders = [str(p.relative_to(ROOT)) for p in (ROOT / "plugin").rglob("*.py")
                 if re.search(r'"de":\s*"', p.read_text(encoding="utf-8"))]
    assert offenders == [], "German texts belong in i18n/de.ts"


def test_message_is_frozen_hashable_and_english_as_text():
    m = Message("placement.diag_all", placed=10, need=20)
    assert m == "All rules together leave room for 10 of 20 places." and str(m) == m
    assert m.code == "placement.diag_all" and m.params == {"placed": 10, "need": 20}
    assert hash(m) == hash(Message("placement.diag_all", {"placed": 10, "need": 20}))
    with pytest.raises(AttributeError):
        m.code = "x"
    assert render(m, "de") == "Alle Regeln zusammen lassen Raum für 10 von 20 Plätzen."
    assert render(m, "de_DE.UTF-8") == render(m, "de") and render(m, "fr") == str(m)


def test_missing_or_unknown_parameters_fail_loudly():
    with pytest.raises(MessageError, match="needs the parameter 'need'"):
        Message("placement.diag_all", placed=10)
    with pytest.raises(MessageError, match="unknown message code"):
        Message("placement.no_such_code")
    with pytest.raises(MessageError, match="registered twice"):
        i18n.catalogue("placement", {"diag_all": "something else"})


def test_numbers_and_nested_messages_follow_the_language():
    m = Message("placement.r_district", district="01 Mitte", before=number(1234.56, 1), after=Number(8.25, 2),
                cap=7.5)
    assert "1,234.6 → 8.25" in m and "(cap 7.5)" in m
    de = render(m, "de")
    assert "1.234,6 → 8,25" in de and "(Obergrenze 7,5)" in de
    outer = Message("placement.status_infeasible", first=Message("placement.diag_all", placed=1, need=2))
    assert render(outer, "de") == "Keine Verteilung erfüllt alle Regeln. Alle Regeln zusammen lassen Raum für 1 von 2 Plätzen."
    assert number(None) == "–" and render(None, "de") == ""


def test_stored_code_and_params_render_the_same_text():
    inner = Message("placement.r_shelter", name="GU 1", d=number(312.4, 0))
    m = Message("placement.reason", parts=(inner, Message("placement.r_no_shelter")))
    back = message_from_json(m.code, m.to_json())
    assert back == m and render(back, "de") == render(m, "de") == "Nächste Unterkunft: GU 1, 312 m. Keine bestehende Unterkunft."


def test_core_has_no_process_wide_language():
    assert not hasattr(i18n, "set_language") and not hasattr(i18n, "language")


def test_qt_translation_of_the_qm_gives_the_same_text(templates):
    from qgis.PyQt.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(ROOT / "i18n" / "de.qm"))
    for code in ("placement.status_optimal", "validation.negative", "fusion.field_capacity", "category.kita"):
        template = templates[code]
        assert translator.translate(i18n.CONTEXT, template, code) == i18n.translate_template(code, "de")


def test_extractor_keeps_translations_marks_changed_and_drops_unknown(tmp_path, templates, monkeypatch):
    ts = tmp_path / "de.ts"
    shutil.copy(ROOT / "i18n" / "de.ts", ts)
    unfinished_before = i18n_extract.counts(ts)["unfinished"]
    changed = dict(templates)
    changed["placement.diag_all"] = "All rules leave room for {placed} of {need} places."
    changed["placement.brand_new"] = "A new text {x}."
    del changed["placement.diag_unknown"]
    monkeypatch.setattr(i18n, "templates", lambda: changed)
    kept, added, changed_n, dropped = i18n_extract.update(ts)
    assert (added, changed_n, dropped) == (1, 1, 1) and kept == len(templates) - 2
    table = i18n.read_ts(ts)
    assert (changed["placement.brand_new"], "placement.brand_new") not in table  # empty: English until translated
    assert table[(changed["placement.diag_all"], "placement.diag_all")].startswith("Alle Regeln")  # kept, unfinished
    assert not any(code == "placement.diag_unknown" for _, code in table)
    assert i18n_extract.counts(ts)["unfinished"] == unfinished_before + 2
