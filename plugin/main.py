"""The plugin class: menu, toolbar, Processing provider and translator."""
from __future__ import annotations

from typing import Callable, List, Optional

from qgis.core import Qgis, QgsApplication
from qgis.PyQt.QtGui import QIcon

from .compat import QAction
from .dependencies import install_hint, missing_packages
from .qgis_adapters.i18n import install_translator, remove_translator, tr
from .qgis_adapters.log import log
from .qgis_adapters.styles import STYLE_DIR

ICON_DIR = STYLE_DIR.parent / "icons"


class DispersionPlannerPlugin:
    """Registers the menu, the toolbar and the Processing provider; opens the dialogs on demand."""

    def __init__(self, iface):
        self.iface = iface
        self.actions: List[QAction] = []
        self.toolbar = None
        self.provider = None
        self.dialogs: dict = {}
        self.missing = missing_packages()
        install_translator()
        self.menu_title = tr("&Dispersion Planner")

    # --- Processing -------------------------------------------------------
    def initProcessing(self):  # noqa: N802
        if self.missing:
            log(install_hint(self.missing), Qgis.MessageLevel.Critical)
            return
        from .processing.provider import DispersionProvider

        provider = DispersionProvider()
        # addProvider deletes the provider and returns False when the id is taken (e.g. a reload)
        self.provider = provider if QgsApplication.processingRegistry().addProvider(provider) else None
        if self.provider is None:
            log(tr("A Processing provider 'dispersion' is already registered; keeping it."), Qgis.MessageLevel.Warning)

    # --- GUI --------------------------------------------------------------
    def initGui(self):  # noqa: N802
        self.initProcessing()
        self.toolbar = self.iface.addToolBar(tr("Dispersion Planner"))
        self.toolbar.setObjectName("DispersionPlannerToolbar")
        self._add_action("load_sample.svg", tr("Load sample data"), self.load_sample,
                         tr("Add the Kaiserslautern sample layers (illustrative) to the project, styled"))
        self._add_action("add_layers.svg", tr("Add planning layers…"), self.add_planning_layers,
                         tr("Load your own districts, shelters, hotspots, services and candidate sites and check them"))
        self._add_action("analysis.svg", tr("Dispersion analysis…"), lambda: self.open_dialog("analysis"),
                         tr("Measure how concentrated accommodation is, per district and city-wide"))
        self._add_action("placement.svg", tr("Placement suggestions…"), lambda: self.open_dialog("placement"),
                         tr("Suggest where new places should go so that no district is overloaded"))
        self._add_action("placement.svg", tr("Capacity planning over time…"), lambda: self.open_dialog("capacity"),
                         tr("Plan active and reserve places month by month under arrival scenarios, at least cost"))
        self._add_action("export.svg", tr("Export INSEK map…"), lambda: self.open_dialog("export"),
                         tr("Export maps and district profiles (PDF/PNG/SVG), with a public-safe mode"))
        self._add_action("add_layers.svg", tr("Import CSV with coordinates…"), lambda: self.open_dialog("csv"),
                         tr("Import a shelter, service or candidate list from a spreadsheet (CSV), with a preview"),
                         toolbar=False)
        self._add_action("add_layers.svg", tr("Fuse shelter lists…"), lambda: self.open_dialog("fusion"),
                         tr("Merge shelter lists from several sources with provenance and conflict flags"),
                         toolbar=False)
        if self.missing:
            self.iface.messageBar().pushMessage(tr("Dispersion Planner"), install_hint(self.missing), Qgis.MessageLevel.Critical, 0)

    def _add_action(self, icon: str, text: str, callback: Callable, tip: str, toolbar: bool = True) -> QAction:
        action = QAction(QIcon(str(ICON_DIR / icon)), text, self.iface.mainWindow())
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(callback)
        action.setEnabled(not self.missing)
        self.iface.addPluginToMenu(self.menu_title, action)
        if toolbar:
            self.toolbar.addAction(action)
        self.actions.append(action)
        return action

    def unload(self):
        for action in self.actions:
            self.iface.removePluginMenu(self.menu_title, action)
            if self.toolbar is not None:
                self.toolbar.removeAction(action)
        self.actions = []
        if self.toolbar is not None:
            self.toolbar.deleteLater()
            self.toolbar = None
        for dialog in self.dialogs.values():
            if hasattr(dialog, "cancel"):
                dialog.cancel()  # a running task must not report to a deleted dialog
            dialog.close()
            dialog.deleteLater()
        self.dialogs = {}
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translator()

    # --- actions ----------------------------------------------------------
    def _report(self, exc: Exception) -> None:
        from .core.errors import DispersionError

        text = exc.message if isinstance(exc, DispersionError) else str(exc)
        details = getattr(exc, "details", None)
        log(f"{text}\n{details or ''}", Qgis.MessageLevel.Critical)
        self.iface.messageBar().pushMessage(tr("Dispersion Planner"), text, Qgis.MessageLevel.Critical, 10)

    def load_sample(self) -> Optional[dict]:
        from pathlib import Path

        from qgis.core import QgsApplication

        from .core.errors import DispersionError
        from .qgis_adapters.loading import load_sample, profile_sample

        try:  # from a copy in the profile: the desktop opens a GeoPackage for writing, never the shipped one
            folder = Path(QgsApplication.qgisSettingsDirPath()) / "dispersion_planner" / "sample"
            layers = load_sample(path=profile_sample(folder))
        except OSError as exc:
            self._report(exc)
            return None
        except DispersionError as exc:
            self._report(exc)
            return None
        canvas = self.iface.mapCanvas()
        if canvas is not None and "districts" in layers:
            from qgis.core import QgsCoordinateTransform, QgsProject

            extent = layers["districts"].extent()
            xform = QgsCoordinateTransform(layers["districts"].crs(), canvas.mapSettings().destinationCrs(), QgsProject.instance())
            canvas.setExtent(xform.transformBoundingBox(extent))
            canvas.refresh()
        self.iface.messageBar().pushMessage(
            tr("Dispersion Planner"),
            tr("Sample loaded: {n} layers. The data are illustrative (schematic boundaries and positions).").format(n=len(layers)),
            Qgis.MessageLevel.Success, 6)
        return layers

    def add_planning_layers(self) -> None:
        self.open_dialog("layers")

    def open_dialog(self, key: str) -> None:
        """Open (or raise) one of the plugin's dialogs."""
        try:
            dialog = self.dialogs.get(key)
            if dialog is None:
                dialog = self._create_dialog(key)
                self.dialogs[key] = dialog
            dialog.show()
            dialog.raise_()
            dialog.activateWindow()
        except Exception as exc:  # a dialog that cannot open must say why, not vanish
            self._report(exc)

    def _create_dialog(self, key: str):
        if key == "layers":
            from .gui.layers_dialog import PlanningLayersDialog

            return PlanningLayersDialog(self.iface, self.iface.mainWindow())
        if key == "analysis":
            from .gui.analysis_dialog import AnalysisDialog

            return AnalysisDialog(self.iface, self.iface.mainWindow())
        if key == "placement":
            from .gui.placement_dialog import PlacementDialog

            return PlacementDialog(self.iface, self.iface.mainWindow())
        if key == "csv":
            from .gui.csv_import_dialog import CsvImportDialog

            return CsvImportDialog(self.iface, self.iface.mainWindow())
        if key == "fusion":
            from .gui.fusion_dialog import FusionDialog

            return FusionDialog(self.iface, self.iface.mainWindow())
        if key == "capacity":
            from .gui.capacity_dialog import CapacityDialog

            return CapacityDialog(self.iface, self.iface.mainWindow())
        if key == "export":
            from .gui.export_dialog import ExportDialog

            return ExportDialog(self.iface, self.iface.mainWindow())
        raise KeyError(key)
