"""'Add planning layers…': open a city's files, map their fields to the contract, check and style them."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Dict, List, Optional

from qgis.core import Qgis, QgsProject, QgsProviderRegistry, QgsVectorLayer
from qgis.gui import QgsFileWidget
from qgis.PyQt.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..qgis_adapters.i18n import tr
from ..qgis_adapters.layers import layers_to_planning_data, stack_planning_layers, store_field_map
from ..qgis_adapters.loading import add_per_1000_field, layer_kind
from ..qgis_adapters.log import log_issues
from ..qgis_adapters.planning_set import PlanningSet, load_planning_set, save_planning_set
from ..qgis_adapters.styles import style_layer
from ..qgis_adapters.working_crs import working_crs_text
from .issue_list import IssueList
from .task_dialog import fit_to_screen
from .widgets import LayerFieldMapper, SourceWarning, add_help_button, kind_title, push_error

KINDS = ("districts", "shelters", "hotspots", "services", "candidates")


def open_vector_file(path: str) -> List[QgsVectorLayer]:
    """Open every vector sublayer of a GeoPackage/Shapefile/GeoJSON file."""
    layers = []
    details = QgsProviderRegistry.instance().querySublayers(path)
    if not details:
        layer = QgsVectorLayer(path, Path(path).stem, "ogr")
        return [layer] if layer.isValid() else []
    for d in details:
        if d.type() != 0:  # QgsMapLayerType.VectorLayer
            continue
        layer = QgsVectorLayer(d.uri(), d.name() or Path(path).stem, "ogr")
        if layer.isValid():
            layers.append(layer)
    return layers


class PlanningLayersDialog(QDialog):
    def __init__(self, iface, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.iface = iface
        self.setWindowTitle(tr("Add planning layers"))
        fit_to_screen(self, 760, 720)  # never larger than the screen (issue 16)
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Open your districts, shelters, hotspots, services and candidate sites (GeoPackage, Shapefile, "
                          "GeoJSON, or any layer already in the project, e.g. PostGIS or WFS), map fields whose names "
                          "differ, then check them against the data contract. Your files are never changed.") + " " +
                       tr("The choice is the project's planning set: every dialog, export and Processing tool starts "
                          "from it, and it is saved with the project."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.file_widget = QgsFileWidget(self)
        self.file_widget.setFilter(tr("Vector files (*.gpkg *.shp *.geojson *.json);;All files (*)"))
        self.file_widget.setToolTip(tr("A GeoPackage, Shapefile or GeoJSON file; all its layers are added to the project"))
        # choosing a file adds and inspects it at once (no second button); typed paths count once they name a file
        self._added_paths: List[str] = []
        self.file_widget.fileChanged.connect(self._file_chosen)
        row.addWidget(QLabel(tr("Vector file")))
        row.addWidget(self.file_widget, 1)
        layout.addLayout(row)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        inner = QWidget()
        grid = QGridLayout(inner)
        self.mappers: Dict[str, LayerFieldMapper] = {}
        stored = load_planning_set()
        for i, kind in enumerate(KINDS):
            mapper = LayerFieldMapper(kind, optional=kind != "districts", parent=inner)
            if not stored.is_empty() and (stored.layer(kind) is not None or mapper.optional):
                mapper.layer_combo.setLayer(stored.layer(kind))  # the stored set as it is, unset kinds empty
            self.mappers[kind] = mapper
            grid.addWidget(mapper, i // 2, i % 2)
        scroll.setWidget(inner)
        layout.addWidget(scroll, 3)
        self.source_warning = SourceWarning(self)
        layout.addWidget(self.source_warning)
        for mapper in self.mappers.values():
            mapper.choiceChanged.connect(self._update_source_warning)
        self._update_source_warning()

        self.issue_list = IssueList(self)
        self.issue_list.setToolTip(tr("Problems found: each names the layer, the feature and the field"))
        layout.addWidget(QLabel(tr("Check result")))
        layout.addWidget(self.issue_list, 1)

        buttons = QDialogButtonBox(self)
        self.check_button = buttons.addButton(tr("Check"), QDialogButtonBox.ButtonRole.ActionRole)
        self.check_button.setToolTip(tr("Validate the chosen layers against the data contract"))
        self.apply_button = buttons.addButton(tr("Use and style layers"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setToolTip(tr("Store these layers and field mappings as the project's planning set and "
                                        "apply the style presets"))
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.check_button.clicked.connect(self.check)
        self.apply_button.clicked.connect(self.apply)
        buttons.rejected.connect(self.reject)
        add_help_button(buttons, "planning-set")
        layout.addWidget(buttons)

    def _file_chosen(self, path: str) -> None:
        """A file was picked (or a typed path now names a file): add its layers, map them and check them."""
        if path and os.path.isfile(path) and path not in self._added_paths:
            self.add_file()

    def add_file(self) -> None:
        """Add the chosen file's layers to the project, put each in the picker of its kind, and check the set."""
        path = self.file_widget.filePath()
        if not path:
            return
        layers = open_vector_file(path)
        if not layers:
            push_error(self.iface, tr("No vector layer could be opened from {path}.").format(path=path))
            return
        self._added_paths.append(path)
        project = QgsProject.instance()
        group = project.layerTreeRoot().findGroup(tr("Planning layers")) or project.layerTreeRoot().insertGroup(0, tr("Planning layers"))
        for layer in layers:
            project.addMapLayer(layer, False)
            group.addLayer(layer)
        for mapper in self.mappers.values():
            for layer in layers:
                if layer_kind(layer) == mapper.kind:  # the one detector (core.contract.detect_kind)
                    mapper.layer_combo.setLayer(layer)
                    break
        self.check()  # inspect at once: what the file holds and what is missing

    def _update_source_warning(self) -> None:
        self.source_warning.update_for(self.selected())

    def planning_set(self) -> PlanningSet:
        """The planning set the dialog shows (a layer chosen for two kinds counts for the first only)."""
        planning_set = PlanningSet()
        seen = set()
        for kind, mapper in self.mappers.items():
            layer = mapper.layer()
            if layer is not None and layer.id() not in seen:
                seen.add(layer.id())
                planning_set.set(kind, layer, mapper.field_map())
        return planning_set

    def selected(self) -> Dict[str, Optional[QgsVectorLayer]]:
        return {kind: mapper.layer() for kind, mapper in self.mappers.items()}

    def check(self) -> bool:
        """Validate and list the issues; returns True when there is no error."""
        self.issue_list.clear()
        layers = self.selected()
        if layers.get("districts") is None:
            self._add_item("error", tr("Choose a districts layer."))
            return False
        maps = {kind: mapper.field_map_for_validation() for kind, mapper in self.mappers.items()}
        try:
            _, issues = layers_to_planning_data(layers, maps, target_crs=working_crs_text(layers.values()))
        except Exception as exc:  # an unreadable source must be reported, not crash the dialog
            push_error(self.iface, str(exc))
            return False
        log_issues(issues)
        self.issue_list.add_issues(issues)
        if not issues:
            self._add_item("info", tr("All layers meet the data contract."))
        return not any(i.severity == "error" for i in issues)

    def _add_item(self, severity: str, text: str) -> None:
        self.issue_list.add(severity, text)

    def apply(self) -> None:
        ok = self.check()
        layers = self.selected()
        seen: Dict[str, str] = {}
        for kind, layer in layers.items():
            if layer is None:
                continue
            if layer.id() in seen:
                self._add_item("error", tr("Layer '{layer}' is chosen both as {a} and as {b}; it keeps the first.").format(
                    layer=layer.name(), a=kind_title(seen[layer.id()]), b=kind_title(kind)))
                ok = False
                continue
            seen[layer.id()] = kind
            store_field_map(layer, kind, self.mappers[kind].field_map())  # styles and labels read it
            style_layer(layer, kind)
        save_planning_set(self.planning_set())  # the project's one choice for every dialog and Processing
        stack_planning_layers(layers)  # shelters and other points drawn above the districts
        if layers.get("districts") is not None and layers.get("shelters") is not None:
            fm_d, fm_s = self.mappers["districts"].field_map(), self.mappers["shelters"].field_map()
            add_per_1000_field(layers["districts"], layers["shelters"], fm_s.get("capacity", "capacity"),
                               fm_d.get("population", "population"))
        level = Qgis.MessageLevel.Success if ok else Qgis.MessageLevel.Warning
        text = tr("Planning set stored; layers styled and mapped.") if ok else \
            tr("Planning set stored and layers styled, but the check found errors: see the list.")
        self.iface.messageBar().pushMessage(tr("Dispersion Planner"), text, level, 6)
