"""The "Export INSEK map" dialog: pick layers, layout and format; public-safe is the default."""
from __future__ import annotations

from pathlib import Path
from typing import Dict, Optional

from qgis.core import Qgis, QgsFeedback, QgsMapLayerProxyModel, QgsProject
from qgis.gui import QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QProgressBar, QSpinBox,
    QVBoxLayout,
)

from ..core.errors import DispersionError
from ..qgis_adapters.i18n import tr
from ..qgis_adapters.log import log

KINDS = (
    ("districts", QgsMapLayerProxyModel.PolygonLayer, False),
    ("shelters", QgsMapLayerProxyModel.PointLayer, True),
    ("hotspots", QgsMapLayerProxyModel.VectorLayer, True),
    ("services", QgsMapLayerProxyModel.PointLayer, True),
    ("suggestions", QgsMapLayerProxyModel.PointLayer, True),
    ("district_metrics", QgsMapLayerProxyModel.PolygonLayer, True),
)


class ExportDialog(QDialog):
    """Export the INSEK map, or the district atlas, from the current project's layers.

    Export runs on the main thread: print layouts, fonts and the project's
    layout manager are main-thread objects, and a map export takes seconds.
    """

    def __init__(self, iface, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.feedback: Optional[QgsFeedback] = None
        self.setWindowTitle(tr("Export INSEK map"))
        self.setMinimumWidth(520)
        form = QFormLayout()
        names = {"districts": tr("Districts"), "shelters": tr("Shelters"), "hotspots": tr("Community hotspots"),
                 "services": tr("Services"), "suggestions": tr("Suggested placements"),
                 "district_metrics": tr("District metrics")}
        self.combos: Dict[str, QgsMapLayerComboBox] = {}
        from ..export.insek import project_layers

        found = project_layers(QgsProject.instance())
        for kind, filters, optional in KINDS:
            combo = QgsMapLayerComboBox(self)
            combo.setFilters(filters)
            combo.setAllowEmptyLayer(optional)
            combo.setLayer(found.get(kind))
            self.combos[kind] = combo
            form.addRow(names[kind], combo)
        self.title = QLineEdit(tr("Shared accommodation in Kaiserslautern"), self)
        form.addRow(tr("Title"), self.title)
        self.layout_combo = QComboBox(self)
        from ..export.layouts import LAYOUTS, describe_layouts

        for key in LAYOUTS:
            self.layout_combo.addItem(describe_layouts()[key], key)
        form.addRow(tr("Layout"), self.layout_combo)
        self.public = QCheckBox(tr("Public-safe: generalise shelters to districts (for anything leaving the office)"), self)
        self.public.setChecked(True)
        self.public.toggled.connect(self._public_changed)
        form.addRow("", self.public)
        self.warning = QLabel(tr("<b>Internal map:</b> shelter locations will be visible. Do not publish it."), self)
        self.warning.setStyleSheet("color: #8b1a1a")
        self.warning.setVisible(False)
        form.addRow("", self.warning)
        self.threshold = QSpinBox(self)
        self.threshold.setRange(1, 100)
        self.threshold.setValue(5)
        form.addRow(tr("Suppress counts below"), self.threshold)
        self.atlas = QCheckBox(tr("District atlas: one page per district plus a city summary (PDF)"), self)
        form.addRow("", self.atlas)
        self.output = QgsFileWidget(self)
        self.output.setStorageMode(QgsFileWidget.SaveFile)
        self.output.setFilter(tr("PDF (*.pdf);;PNG (*.png);;SVG (*.svg)"))
        form.addRow(tr("Output file"), self.output)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Close, self)
        self.buttons.button(QDialogButtonBox.Ok).setText(tr("Export"))
        self.buttons.accepted.connect(self.run)
        self.buttons.rejected.connect(self._close_or_cancel)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.progress)
        box.addWidget(self.buttons)

    def _public_changed(self, checked: bool) -> None:
        self.warning.setVisible(not checked)
        self.threshold.setEnabled(checked)

    def _close_or_cancel(self) -> None:
        if self.feedback is not None:
            self.feedback.cancel()
        else:
            self.reject()

    def layers(self) -> Dict[str, object]:
        return {kind: combo.currentLayer() for kind, combo in self.combos.items() if combo.currentLayer() is not None}

    def run(self) -> Optional[str]:
        """Export with the chosen settings; returns the written path (None on failure, which is reported)."""
        from ..export.insek import export_insek

        path = self.output.filePath().strip()
        if not path:
            self._message(tr("Choose an output file (.pdf, .png or .svg)."), Qgis.Warning)
            return None
        if not Path(path).suffix:
            path += ".pdf"
        self.feedback = QgsFeedback()
        self.feedback.progressChanged.connect(lambda value: self.progress.setValue(int(value)))
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(False)
        try:
            result = export_insek(self.layers(), path, self.title.text().strip() or tr("INSEK map"),
                                  layout=self.layout_combo.currentData(), public=self.public.isChecked(),
                                  threshold=self.threshold.value(), atlas=self.atlas.isChecked(),
                                  feedback=self.feedback, project=QgsProject.instance(), add_to_project=True)
        except DispersionError as exc:
            self._message(exc.message, Qgis.Critical)
            if exc.details:
                log(exc.details, Qgis.Critical)
            return None
        except Exception as exc:  # unexpected: full traceback to the log, short text to the user
            import traceback

            log(traceback.format_exc(), Qgis.Critical)
            self._message(tr("Export failed: {error}").format(error=exc), Qgis.Critical)
            return None
        finally:
            self.feedback = None
            self.buttons.button(QDialogButtonBox.Ok).setEnabled(True)
        self.progress.setValue(100)
        for note in result.notes:
            log(note)
        self._message(tr("Written: {path} ({pages} page(s)); layouts added: {names}").format(
            path=result.path, pages=result.pages, names=", ".join(result.layout_names)), Qgis.Success)
        return result.path

    def _message(self, text: str, level) -> None:
        bar = getattr(self.iface, "messageBar", None)
        if callable(bar) and bar() is not None:
            bar().pushMessage(tr("INSEK export"), text, level, 8)
        log(text, level)
