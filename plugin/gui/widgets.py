"""Reusable widgets: a contract layer picker with field mapping, and error reporting helpers."""
from __future__ import annotations

from typing import Dict, Optional

from qgis.core import Qgis, QgsProject, QgsVectorLayer
from qgis.gui import QgsFieldComboBox, QgsMapLayerComboBox
from qgis.PyQt.QtWidgets import QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from .. import compat
from ..core.contract import LAYERS, guess_field_map
from ..qgis_adapters.i18n import kind_title, tr, tr_message
from ..qgis_adapters.layers import KIND_PROPERTY, generated_layers, is_generated, stored_field_map
from ..qgis_adapters.loading import layer_kind

GEOMETRY_FILTERS = {
    "polygon": compat.LAYER_FILTER_POLYGON,
    "point": compat.LAYER_FILTER_POINT,
    "point_or_polygon": compat.LAYER_FILTER_POINT | compat.LAYER_FILTER_POLYGON,
    "none": compat.LAYER_FILTER_NO_GEOMETRY,
}


def find_layer_of_kind(kind: str, project: Optional[QgsProject] = None) -> Optional[QgsVectorLayer]:
    """A project layer marked with ``kind``, else one the core detector takes for it whose required fields map."""
    project = project or QgsProject.instance()
    layers = [lyr for lyr in project.mapLayers().values() if isinstance(lyr, QgsVectorLayer) and not is_generated(lyr)]
    for layer in layers:
        if layer.customProperty(KIND_PROPERTY, "") == kind:
            return layer
    required = [f.name for f in LAYERS[kind].required()]
    for layer in layers:
        if layer_kind(layer) != kind:  # core.contract.detect_kind: fields, geometry and name
            continue
        mapping = guess_field_map(kind, [f.name() for f in layer.fields()])
        if all(r in mapping for r in required):
            return layer
    return None


def required_label(text: str) -> QLabel:
    """A form label for a required input: bold, with " *" and a tooltip; why: planners see what they must fill."""
    label = QLabel(text + " *")
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.setToolTip(tr("Required: the check fails without it"))
    label.setProperty("required", True)
    return label


class LayerFieldMapper(QGroupBox):
    """Pick the layer for one contract kind and map its fields; guesses by name and aliases."""

    def __init__(self, kind: str, optional: bool = False, parent: Optional[QWidget] = None,
                 fields: Optional[tuple] = None):
        super().__init__(kind_title(kind), parent)
        self.kind = kind
        self.optional = optional
        spec = LAYERS[kind]
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.layer_combo = QgsMapLayerComboBox(self)
        self.layer_combo.setFilters(GEOMETRY_FILTERS[spec.geometry])
        self.layer_combo.setAllowEmptyLayer(optional)
        self.layer_combo.setExceptedLayerList(generated_layers())  # results and export copies are never inputs
        self.layer_combo.setToolTip(tr("Layer used as {kind}. Its data are read, never changed.").format(kind=kind_title(kind)))
        form.addRow(QLabel(tr("Layer")) if optional else required_label(tr("Layer")), self.layer_combo)
        self.field_combos: Dict[str, QgsFieldComboBox] = {}
        self.field_labels: Dict[str, QLabel] = {}
        for fs in spec.fields:
            if fields is not None and fs.name not in fields:
                continue
            combo = QgsFieldComboBox(self)
            if fs.kind in ("int", "float"):
                combo.setFilters(compat.FIELD_FILTER_NUMERIC | compat.FIELD_FILTER_STRING)
            combo.setAllowEmptyFieldName(not fs.required)
            combo.setToolTip(tr("Field of the layer that holds '{field}' ({kind}{req}).").format(
                field=fs.name, kind=fs.kind, req=tr(", required") if fs.required else tr(", optional")))
            self.field_combos[fs.name] = combo
            label = required_label(fs.name) if fs.required else QLabel(fs.name + " " + tr("(optional)"))
            self.field_labels[fs.name] = label
            form.addRow(label, combo)
        layout.addLayout(form)
        self.layer_combo.layerChanged.connect(self._layer_changed)
        default = find_layer_of_kind(kind)
        if default is not None:
            self.layer_combo.setLayer(default)
        elif optional:
            self.layer_combo.setLayer(None)
        self._layer_changed(self.layer_combo.currentLayer())

    def _layer_changed(self, layer) -> None:
        guessed = {}
        if isinstance(layer, QgsVectorLayer):
            guessed = guess_field_map(self.kind, [f.name() for f in layer.fields()])
            guessed.update(stored_field_map(layer))
        for name, combo in self.field_combos.items():
            combo.setLayer(layer)
            combo.setField(guessed.get(name, ""))

    def layer(self) -> Optional[QgsVectorLayer]:
        layer = self.layer_combo.currentLayer()
        return layer if isinstance(layer, QgsVectorLayer) else None

    def field_map(self) -> Dict[str, str]:
        """Contract name -> chosen source field (only where a field is chosen)."""
        return {name: combo.currentField() for name, combo in self.field_combos.items() if combo.currentField()}

    def field_map_for_validation(self) -> Dict[str, str]:
        """Field map plus stored mappings of fields this widget does not show."""
        mapping = stored_field_map(self.layer())
        mapping.update(self.field_map())
        return mapping


def push_error(iface, text: str, details: Optional[str] = None) -> None:
    from ..qgis_adapters.log import log

    text = tr_message(text)  # a core message in the user's language

    log(f"{text}\n{details or ''}".strip(), Qgis.MessageLevel.Critical)
    if iface is not None:
        iface.messageBar().pushMessage(tr("Dispersion Planner"), text, Qgis.MessageLevel.Critical, 10)


def add_help_button(buttons: QDialogButtonBox, section: str) -> QPushButton:
    """Add the standard Help button to a dialog's button box; why: every dialog opens the bundled guide at its topic.

    ``section`` is one of ``qgis_adapters.help.SECTIONS`` (checked now, so a mistyped anchor fails when the dialog
    is built, not when a planner clicks). The click looks ``open_help`` up at call time, so tests can replace it.
    """
    from ..qgis_adapters import help as guide

    guide.help_url(section)  # raises ValueError for an unknown section
    button = buttons.addButton(QDialogButtonBox.StandardButton.Help)
    button.setToolTip(tr("Open the user guide at this dialog's topic"))
    button.setProperty("help_section", section)
    button.clicked.connect(lambda _checked=False: guide.open_help(section))
    return button
