"""Issue 16 (dialog parts): Help buttons, closing a dialog during a run, German wording, the Add-layers dialog."""
import time
import xml.etree.ElementTree as ET
from types import SimpleNamespace

import pytest
from qgis.core import QgsProject
from qgis.PyQt.QtWidgets import QDialogButtonBox, QMessageBox

from test.fixtures.paths import ROOT
from test.fixtures.qgis_helpers import wait_for

# --- 1. Help -----------------------------------------------------------------------------------------------------

DIALOGS = [
    ("plugin.gui.analysis_dialog", "AnalysisDialog", "analysis"),
    ("plugin.gui.placement_dialog", "PlacementDialog", "placement"),
    ("plugin.gui.export_dialog", "ExportDialog", "export"),
    ("plugin.gui.layers_dialog", "PlanningLayersDialog", "planning-set"),
    ("plugin.gui.csv_import_dialog", "CsvImportDialog", "import"),
    ("plugin.gui.fusion_dialog", "FusionDialog", "import"),
    ("plugin.gui.capacity_dialog", "CapacityDialog", "capacity"),
]


def help_button(dialog):
    buttons = [b.button(QDialogButtonBox.StandardButton.Help) for b in dialog.findChildren(QDialogButtonBox)]
    found = [b for b in buttons if b is not None]
    assert len(found) == 1, f"{type(dialog).__name__}: {len(found)} Help buttons"
    return found[0]


@pytest.mark.parametrize("module, name, section", DIALOGS, ids=[d[1] for d in DIALOGS])
def test_every_dialog_has_a_help_button_that_opens_its_section(module, name, section, qgis_iface, qgis_new_project,
                                                               monkeypatch, german):
    import importlib

    from qgis.PyQt.QtGui import QDesktopServices

    from plugin.qgis_adapters import help as guide

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True)
    calls = []
    real_open_help = guide.open_help
    monkeypatch.setattr(guide, "open_help", lambda s="", lang=None: calls.append(s) or real_open_help(s, lang))
    monkeypatch.setattr("plugin.qgis_adapters.i18n.qgis_locale", lambda: "de_DE")
    dialog = getattr(importlib.import_module(module), name)(qgis_iface)
    button = help_button(dialog)
    assert button.toolTip() == "Das Benutzerhandbuch beim Thema dieses Dialogs öffnen"
    button.click()
    assert calls == [section]
    assert opened == [guide.help_url(section, "de")]
    assert opened[0].endswith(f"/resources/help/de/index.html#{section}")
    dialog.close()


def test_help_lives_outside_the_gui_for_processing():
    from plugin.qgis_adapters import help as guide

    assert not (ROOT / "plugin" / "gui" / "help.py").exists()
    assert "gui" not in guide.__name__.split(".")
    text = (ROOT / "plugin" / "qgis_adapters" / "help.py").read_text(encoding="utf-8")
    assert "QtWidgets" not in text and "from ..gui" not in text


# --- 2. Closing during a run ---------------------------------------------------------------------------------------

def two_lists():
    from shapely.geometry import Point

    from plugin.qgis_adapters.layers import memory_layer

    fields = [("id", "text"), ("name", "text"), ("capacity", "int"), ("occupied", "int")]
    for name, cap in (("shelters_a", 10), ("shelters_b", 12)):
        layer = memory_layer(name, "point", "EPSG:25832", fields,
                             [({"id": "1", "name": "GU A", "capacity": cap, "occupied": 5}, Point(0, 0))])
        QgsProject.instance().addMapLayer(layer)


def held_fusion(iface, monkeypatch, release):
    """A fusion dialog whose run waits until ``release()`` (or a cancel) lets it go on."""
    import plugin.gui.fusion_dialog as fd

    two_lists()
    dialog = fd.FusionDialog(iface)
    real_fuse = fd.fuse

    def slow_fuse(*args, **kwargs):
        deadline = time.time() + 30
        while not release() and not dialog.task.isCanceled() and time.time() < deadline:
            time.sleep(0.01)
        return real_fuse(*args, **kwargs)

    monkeypatch.setattr(fd, "fuse", slow_fuse)
    return dialog



def ask(monkeypatch, answer):
    asked = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_closing_during_a_run_asks_no_keeps_the_dialog_and_the_run(qgis_iface, qgis_new_project, qgis_app, bar,
                                                                    monkeypatch, german):
    go = []
    dialog = held_fusion(qgis_iface, monkeypatch, lambda: bool(go))
    dialog.show()
    dialog.run()
    assert dialog.task_running()
    asked = ask(monkeypatch, QMessageBox.StandardButton.No)
    dialog.close()  # the window's close box
    dialog.reject()  # Esc and the Close button
    assert len(asked) == 2 and "Berechnung läuft noch" in asked[0]
    assert dialog.isVisible() and dialog.task_running() and not dialog.task.isCanceled()
    go.append(True)
    wait_for(dialog, qgis_app)
    assert dialog.result is not None and dialog.fused_layer is not None
    asked = ask(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog.close()  # no run: closes without asking
    assert asked == [] and not dialog.isVisible()


def test_closing_during_a_run_with_yes_cancels_and_the_bar_says_so(qgis_iface, qgis_new_project, qgis_app, bar,
                                                                    monkeypatch, german):
    dialog = held_fusion(qgis_iface, monkeypatch, lambda: False)
    before = len(QgsProject.instance().mapLayers())
    dialog.show()
    dialog.run()
    asked = ask(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog.close()
    assert len(asked) == 1 and not dialog.isVisible()
    wait_for(dialog, qgis_app)
    assert dialog.result is None and len(QgsProject.instance().mapLayers()) == before
    assert any("abgebrochen" in text for _, text, _ in bar.messages), bar.messages


def test_a_run_that_finishes_after_its_dialog_closed_reports_in_the_bar(qgis_iface, qgis_new_project, qgis_app, bar,
                                                                         monkeypatch):
    from qgis.core import Qgis

    go = []
    dialog = held_fusion(qgis_iface, monkeypatch, lambda: bool(go))
    dialog.show()
    dialog.run()
    dialog.hide()  # gone without the question (e.g. hidden by QGIS): the run goes on
    go.append(True)
    wait_for(dialog, qgis_app)
    assert dialog.fused_layer is not None
    assert any(level in (Qgis.MessageLevel.Success, Qgis.MessageLevel.Warning) and "1 conflict" in text
               for _, text, level in bar.messages), bar.messages


def test_a_failed_run_after_close_reports_in_the_bar(qgis_iface, qgis_new_project, qgis_app, bar, monkeypatch):
    from qgis.core import Qgis

    import plugin.gui.fusion_dialog as fd

    two_lists()
    dialog = fd.FusionDialog(qgis_iface)

    def broken(*args, **kwargs):
        time.sleep(0.2)
        raise RuntimeError("disk gone")

    monkeypatch.setattr(fd, "fuse", broken)
    dialog.show()
    dialog.run()
    dialog.hide()
    wait_for(dialog, qgis_app)
    assert any(level == Qgis.MessageLevel.Critical and "disk gone" in text for _, text, level in bar.messages)


def test_placement_without_sites_after_close_reports_in_the_bar(qgis_iface, qgis_new_project, bar, monkeypatch):
    from qgis.core import Qgis

    from plugin.gui.placement_dialog import PlacementDialog

    dialog = PlacementDialog(qgis_iface)
    monkeypatch.setattr(dialog, "show_result", lambda: None)
    infeasible = SimpleNamespace(sites=[], message="No placement is possible.")
    dialog.task = object()  # as if a run had been going on
    dialog._task_done((None, infeasible), None)  # the dialog is not visible: closed (the run's params, result)
    [(_, text, level)] = bar.messages
    assert level == Qgis.MessageLevel.Warning and text == "No placement is possible."
    bar.messages.clear()
    dialog.show()
    dialog.task = object()
    dialog._task_done((None, infeasible), None)  # open: the dialog shows it, no extra message
    assert bar.messages == []
    dialog.task = None
    dialog.close()


# --- 3. German wording -----------------------------------------------------------------------------------------------

BANNED = ("Community-Hotspot", "Kandidatenfläche", "Angebotsradius", "Ortsbezirk")


def german_translations():
    root = ET.parse(ROOT / "i18n" / "de.ts").getroot()
    for message in root.iter("message"):
        comment = message.find("comment")
        yield (message.find("source").text or "", comment.text if comment is not None else "",
               message.find("translation").text or "")


def test_de_ts_uses_the_planners_words():
    checked = 0
    for source, code, text in german_translations():
        for word in BANNED:
            assert word not in text, f"{word!r} in the translation of {source!r}"
        if "Hotspot" in text:  # kept for Gi* only; community meeting points are "Treffpunkte"
            assert "Gi*" in text or "Gi*" in source or (code or "").startswith("display.gi_") or source == "hot spot", \
                f"'Hotspot' outside Gi*: {source!r} -> {text!r}"
        checked += 1
    assert checked > 900
    translations = {source: text for source, code, text in german_translations() if not code}
    assert translations["Community hotspots"] == "Community-Treffpunkte"
    assert translations["Candidate sites"] == "Potenzialflächen"
    assert translations["Service distance"] == "Max. Entfernung zu Angeboten (Luftlinie)"
    assert translations["Districts"] == "Stadtteile"


def test_dialogs_show_the_words_in_german(qgis_iface, qgis_new_project, german):
    from qgis.PyQt.QtWidgets import QLabel

    from plugin.gui.placement_dialog import PlacementDialog
    from plugin.qgis_adapters.i18n import kind_title

    assert kind_title("hotspots") == "Community-Treffpunkte"
    assert kind_title("candidates") == "Potenzialflächen"
    assert kind_title("districts") == "Stadtteile"
    dialog = PlacementDialog(qgis_iface)
    labels = " | ".join(w.text() for w in dialog.findChildren(QLabel))
    titles = " | ".join(m.title() for m in dialog.mappers.values())
    assert "Max. Entfernung zu Angeboten (Luftlinie)" in labels
    assert "Potenzialflächen" in titles and "Community-Treffpunkte" in titles
    for word in BANNED + ("Hotspot",):
        assert word not in labels and word not in titles, word
    dialog.close()


def test_check_messages_show_the_translated_severity(qgis_app, german):
    from plugin.gui.issue_list import IssueList, severity_label

    assert (severity_label("error"), severity_label("warning"), severity_label("info")) == \
        ("FEHLER", "WARNUNG", "HINWEIS")
    issues = IssueList()
    issues.add("error", "x")
    issues.add("warning", "y")
    assert issues.texts() == ["FEHLER: x", "WARNUNG: y"]
    assert not any(t.startswith(("ERROR", "WARNING", "NOTE")) for t in issues.texts())


# --- 4. Add-layers dialog -------------------------------------------------------------------------------------------

def test_required_fields_are_marked(qgis_iface, qgis_new_project, german):
    from plugin.core.contract import LAYERS
    from plugin.gui.layers_dialog import PlanningLayersDialog

    dialog = PlanningLayersDialog(qgis_iface)
    mapper = dialog.mappers["districts"]
    required = {f.name for f in LAYERS["districts"].required()}
    assert required and required <= set(mapper.field_labels)
    for name, label in mapper.field_labels.items():
        if name in required:
            assert label.text().endswith(" *") and label.font().bold(), name
            assert label.toolTip().startswith("Pflichtangabe"), name
        else:
            assert "*" not in label.text() and not label.font().bold(), name
    optional_shelter_fields = [f.name for f in LAYERS["shelters"].fields if not f.required]
    shelter_labels = dialog.mappers["shelters"].field_labels
    assert any(not shelter_labels[n].font().bold() for n in optional_shelter_fields if n in shelter_labels)
    dialog.close()


def test_choosing_a_file_adds_and_checks_it_at_once(qgis_iface, qgis_new_project, tmp_path, bar):
    from plugin.gui.layers_dialog import PlanningLayersDialog
    from test.qgis.test_layers_dialog import german_layers

    districts, shelters = german_layers(tmp_path)
    dialog = PlanningLayersDialog(qgis_iface)
    assert dialog.mappers["districts"].layer() is None
    dialog.file_widget.setFilePath(str(tmp_path / "bezirke"))  # typing: not a file yet, nothing happens
    assert dialog.issue_list.count() == 0 and bar.messages == []
    dialog.file_widget.setFilePath(str(districts))  # what the file picker does; no other button
    layer = dialog.mappers["districts"].layer()
    assert layer is not None and layer.name() == "bezirke"
    assert dialog.mappers["districts"].field_map()["population"] == "Einwohner"
    assert dialog.issue_list.count() > 0  # inspected at once
    dialog.file_widget.setFilePath(str(shelters))
    assert dialog.mappers["shelters"].layer() is not None
    assert any("occupied (60) exceeds capacity (50)" in t for t in dialog.issue_list.texts())
    count = len(QgsProject.instance().mapLayers())
    dialog.file_widget.setFilePath(str(districts))  # chosen again: not added twice
    assert len(QgsProject.instance().mapLayers()) == count
    dialog.close()
