"""Combined placement messages stay messages (issue 13): joined parts keep their codes and render in German."""
from __future__ import annotations

from dataclasses import replace

import pytest

from plugin.core import i18n
from plugin.core.errors import InputError
from plugin.core.i18n import Message, render
from plugin.core.model import GroupDemand, Rule
from plugin.core.placement import solve as solve_module
from plugin.core.placement import suggest
from test.core.test_placement_rules import params, two_districts


def test_status_with_violations_renders_fully_german(monkeypatch):
    # the verifier finds nothing on a correct solve: make it report one violation to reach the joined status
    monkeypatch.setattr(solve_module, "verify", lambda data, p, sites: ["site c0: a made-up violation"])
    res = suggest(two_districts(), params())
    assert isinstance(res.message, Message) and res.message.code == i18n.JOIN
    english = render(res.message, "en")
    assert english == str(res.message)  # the text is still the English rendering
    assert english.startswith("Optimal placement") and "Warning: the verifier found 1 rule violation" in english
    german = render(res.message, "de")
    assert german.startswith("Optimale Verteilung") and "Warnung: Die Prüfung fand 1 Regelverstöße" in german
    assert "Optimal placement" not in german and "Warning" not in german


def test_input_error_lists_its_problems_in_german():
    with pytest.raises(InputError) as err:
        suggest(two_districts(), params(places=0))
    message = err.value.message
    assert isinstance(message, Message) and message.code == i18n.JOIN
    english = render(message, "en")
    assert english.startswith("The placement cannot start: 1 problem(s) in the input.\n")
    assert "PLACES" in english and english == str(message)
    german = render(message, "de")
    assert german.startswith("Die Platzierung kann nicht starten: 1 Problem(e) in den Eingaben.\n")
    assert "The placement cannot start" not in german and "The number of new places" not in german


def test_unplaceable_group_error_renders_german_parts():
    data = replace(two_districts(), group_demand=[GroupDemand("X", 10)], rules=[Rule("X", "Y", "near", 100.0)])
    with pytest.raises(InputError) as err:
        suggest(data, params())
    german = render(err.value.message, "de")
    assert german.startswith("Die Platzierung kann nicht starten")
    assert "no candidate site may hold it" in str(err.value.message)
    assert "no candidate site may hold it" not in german and "The placement cannot start" not in german


def test_repeated_rules_note_names_the_rules_in_german():
    data = replace(two_districts(), group_demand=[GroupDemand("A", 20), GroupDemand("B", 20)],
                   rules=[Rule("A", "B", "separate", 100.0), Rule("B", "A", "separate", 200.0)])
    res = suggest(data, params())
    notes = [n for n in res.notes if isinstance(n, Message) and n.code == "placement.note_rule_repeated"]
    assert len(notes) == 1
    assert "rule 1 ('A' separate 'B', 100 m); rule 2 ('B' separate 'A', 200 m)" in str(notes[0])
    german = render(notes[0], "de")
    assert "Regel 1 („A“ separate „B“, 100 m); Regel 2 („B“ separate „A“, 200 m)" in german
    assert "rule 1" not in german
