"""Shared pytest set-up: headless Qt, versions in the report header, repository paths."""
from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# Shared generators and helpers live in test/fixtures/ (paths, metrics_data, synthetic_city, oracles, qgis_helpers).
from test.fixtures.paths import SAMPLE_GPKG  # noqa: E402,F401  (kept importable from here)


def pytest_report_header(config):
    lines = [f"python {sys.version.split()[0]}"]
    try:
        from osgeo import gdal
        from qgis.core import Qgis
        from qgis.PyQt.QtCore import QT_VERSION_STR

        lines.append(f"QGIS {Qgis.QGIS_VERSION}, GDAL {gdal.__version__}, Qt {QT_VERSION_STR}")
    except ImportError:
        lines.append("QGIS bindings not importable")
    return lines


import pytest  # noqa: E402


@pytest.fixture
def plugin_iface(qgis_iface, monkeypatch):
    """pytest-qgis' mock iface, completed with the menu methods the plugin uses, recording menu entries."""
    menus: dict = {}

    def add_menu(name, action):
        menus.setdefault(name, []).append(action)

    def remove_menu(name, action):
        menus.get(name, []).remove(action)

    monkeypatch.setattr(qgis_iface, "addPluginToMenu", add_menu, raising=False)
    monkeypatch.setattr(qgis_iface, "removePluginMenu", remove_menu, raising=False)
    qgis_iface.plugin_menus = menus
    return qgis_iface


_PROVIDERS: list = []


@pytest.fixture
def dispersion_provider(qgis_app, qgis_processing):
    """The plugin's Processing provider, registered as initProcessing does (re-registered if a test removed it)."""
    from qgis.core import QgsApplication

    from plugin.processing.provider import DispersionProvider

    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("dispersion")
    if provider is None:
        provider = DispersionProvider()
        registry.addProvider(provider)
        _PROVIDERS.append(provider)  # keep the Python side alive
    assert [a for a in provider.algorithms()], "provider has no algorithms"
    yield provider


@pytest.fixture(autouse=True, scope="session")
def _release_qgis_objects_before_exit_qgis(qgis_app):
    """Delete the QGIS layers that tests leave alive while QGIS still runs.

    pytest-qgis calls QgsApplication.exitQgis() when its session fixture ends (this fixture ends just
    before). A Python-owned layer still alive then is otherwise destroyed during interpreter shutdown,
    after exitQgis has closed GDAL: QgsOgrProvider's destructor closes its dataset through a dead GDAL
    and the run ends in a segmentation fault after every test passed (QGIS 3.22, seen after
    test_fuse_duplicate_id_error: the layer in processing.run's parameters stays referenced by the frames
    of the exception raised from processAlgorithm, and that traceback is held outside any Python container,
    so neither the test's end nor gc frees it). Clearing the project and sys.last_* plus a collection frees
    most; what remains is deleted explicitly. The run then ends through pytest-qgis's exitQgis, no os._exit.
    """
    yield
    import gc
    import sys

    from qgis.core import QgsMapLayer, QgsProject
    from qgis.PyQt import sip

    QgsProject.instance().clear()
    for name in ("last_exc", "last_type", "last_value", "last_traceback"):
        if hasattr(sys, name):
            setattr(sys, name, None)
    gc.collect()
    for obj in gc.get_objects():
        if isinstance(obj, QgsMapLayer) and not sip.isdeleted(obj) and sip.ispyowned(obj):
            sip.delete(obj)
