"""QGIS entry point of the Dispersion Planner plugin.

Only ``classFactory`` lives here so that QGIS can import the package cheaply;
everything else is imported lazily when QGIS asks for the plugin instance.
"""


def classFactory(iface):  # noqa: N802 (QGIS API name)
    """Return the plugin instance for QGIS."""
    from .plugin.main import DispersionPlannerPlugin

    return DispersionPlannerPlugin(iface)
