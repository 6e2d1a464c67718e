"""The plugin loads and unloads cleanly: classFactory, initGui, unload with nothing left behind."""
import configparser

from qgis.core import Qgis, QgsApplication

from test.fixtures.paths import ROOT


def _plugin(iface):
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location("dispersion_planner", ROOT / "__init__.py",
                                                  submodule_search_locations=[str(ROOT)])
    module = importlib.util.module_from_spec(spec)
    sys.modules["dispersion_planner"] = module
    spec.loader.exec_module(module)
    return module.classFactory(iface)


def test_metadata_matches_running_qgis():
    meta = configparser.ConfigParser()
    meta.read(ROOT / "metadata.txt", encoding="utf-8")
    general = meta["general"]
    minimum = tuple(int(p) for p in general["qgisMinimumVersion"].split("."))
    assert minimum == (3, 22)
    assert Qgis.QGIS_VERSION_INT >= minimum[0] * 10000 + minimum[1] * 100
    assert general["hasProcessingProvider"] == "yes"
    assert (ROOT / general["icon"]).exists()


def test_init_gui_and_unload_leave_nothing_behind(plugin_iface):
    registry = QgsApplication.processingRegistry()
    had_provider = registry.providerById("dispersion") is not None
    plugin = _plugin(plugin_iface)
    plugin.initGui()
    try:
        assert registry.providerById("dispersion") is not None
        assert "dispersion:loadsample" in [a.id() for a in registry.providerById("dispersion").algorithms()]
        entries = sum(plugin_iface.plugin_menus.values(), [])
        assert len(entries) == 8  # with "Capacity planning over time…" (issue 17), menu and toolbar
        assert plugin.toolbar is not None and len(plugin.toolbar.actions()) == 6
    finally:
        plugin.unload()
    assert sum(plugin_iface.plugin_menus.values(), []) == []
    assert plugin.actions == []
    if not had_provider:
        assert registry.providerById("dispersion") is None


def test_init_processing_alone_registers_provider(plugin_iface):
    """qgis_process calls initProcessing without initGui."""
    registry = QgsApplication.processingRegistry()
    plugin = _plugin(plugin_iface)
    existing = registry.providerById("dispersion")
    if existing is not None:
        registry.removeProvider(existing)
    plugin.initProcessing()
    assert registry.providerById("dispersion") is plugin.provider
    plugin.unload()
    assert registry.providerById("dispersion") is None
