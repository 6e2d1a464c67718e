"""Fixtures shared by the dialog tests: the German UI and a recording message bar."""
import pytest


@pytest.fixture
def german():
    """The plugin's translator in German for one test (then back to what it was)."""
    from plugin.qgis_adapters import i18n

    previous = i18n.ui_language()
    i18n.install_translator("de")
    yield
    i18n.install_translator(previous)


class Bar:
    """Stands in for the message bar: records (title, text, level)."""

    def __init__(self):
        self.messages = []

    def pushMessage(self, title, text, level=None, duration=None):  # noqa: N802 - Qt's name
        self.messages.append((title, text, level))


@pytest.fixture
def bar(qgis_iface, monkeypatch):
    recorder = Bar()
    monkeypatch.setattr(qgis_iface, "messageBar", lambda: recorder)
    return recorder


@pytest.fixture(autouse=True)
def no_planning_set_left_over():
    """Each test starts and ends without a stored planning set (issue 14); why: pytest-qgis's new project only
    removes layers, so a set one test stored would otherwise reach the next test's dialogs."""
    from qgis.core import QgsProject

    from plugin.qgis_adapters.planning_set import KEY, SCOPE

    QgsProject.instance().removeEntry(SCOPE, KEY)
    yield
    QgsProject.instance().removeEntry(SCOPE, KEY)


@pytest.fixture
def capacity_project(qgis_new_project):
    """The sample loaded into a fresh project with no capacity scenario saved in it, before and after the test."""
    from qgis.core import QgsProject

    from plugin.gui.capacity_dialog import SCENARIOS_KEY
    from plugin.qgis_adapters.loading import load_sample
    from plugin.qgis_adapters.planning_set import SCOPE

    QgsProject.instance().removeEntry(SCOPE, SCENARIOS_KEY)
    load_sample(QgsProject.instance())
    yield QgsProject.instance()
    QgsProject.instance().removeEntry(SCOPE, SCENARIOS_KEY)
    QgsProject.instance().clear()
