"""Reusable widgets: a contract layer picker with field mapping, and error reporting helpers."""
from __future__ import annotations

import os
from typing import Any, Dict, Mapping, Optional, Tuple

from qgis.core import Qgis, QgsApplication, QgsProject, QgsVectorLayer
from qgis.gui import QgsFieldComboBox, QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import compat
from ..core.contract import LAYERS, guess_field_map
from ..core.display import display_name
from ..qgis_adapters.i18n import kind_title, tr, tr_message, ui_language
from ..qgis_adapters.layers import KIND_PROPERTY, generated_layers, is_generated
from ..qgis_adapters.loading import layer_kind
from ..qgis_adapters.planning_set import load_planning_set, mixed_source_warnings, source_text

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


def planning_set_layer(kind: str, project: Optional[QgsProject] = None) -> Optional[QgsVectorLayer]:
    """The planning set's layer of ``kind`` (None when unset, removed or a generated layer); why: every dialog
    starts from the planner's one choice, not from "some layer of this kind"."""
    layer = load_planning_set(project).layer(kind, project)
    return layer if layer is not None and not is_generated(layer) else None


def default_layer(kind: str, project: Optional[QgsProject] = None) -> Optional[QgsVectorLayer]:
    """The layer a picker of ``kind`` starts with: the planning set's, else find_layer_of_kind's."""
    return planning_set_layer(kind, project) or find_layer_of_kind(kind, project)


def planning_field_map(kind: str, layer: Optional[QgsVectorLayer], project: Optional[QgsProject] = None) -> Dict[str, str]:
    """The planning set's mapping for ``kind`` when ``layer`` is the set's layer of that kind (else empty),
    restricted to fields the layer has."""
    if not isinstance(layer, QgsVectorLayer):
        return {}
    planning_set = load_planning_set(project)
    if planning_set.layer_ids.get(kind) != layer.id():
        return {}
    names = set(layer.fields().names())
    return {k: v for k, v in planning_set.field_map(kind).items() if v in names}


class ElidedLabel(QLabel):
    """A one-line label that shortens its text in the middle ("…") to the width it gets; why: a wrapped label in a
    form row is cut off, and an unwrapped long one widens the whole dialog. ``text()`` is the full text."""

    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._full = text
        self._elide()

    def text(self) -> str:
        return self._full

    def _elide(self) -> None:
        width = max(self.width(), 40)
        super().setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideMiddle, width))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._elide()


def source_label(parent: Optional[QWidget] = None, elide: bool = False) -> QLabel:
    """A small grey label for where a layer comes from (set with source_text): wrapping, or one line shortened in
    the middle with ``elide`` (for form rows)."""
    label = ElidedLabel(parent) if elide else QLabel(parent)
    label.setWordWrap(not elide)
    label.setStyleSheet("color: #666666; font-size: small")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setProperty("source_label", True)
    return label


def picker_source_text(kind: str, layer: Optional[QgsVectorLayer], project: Optional[QgsProject] = None,
                       short: bool = True) -> str:
    """source_text(layer) (the file's name without its folder when ``short``), noting when the planning set
    holds another layer of this kind."""
    text = source_text(layer, short=short)
    chosen = planning_set_layer(kind, project)
    if chosen is not None and isinstance(layer, QgsVectorLayer) and chosen.id() != layer.id():
        text += " — " + tr("not the planning set's layer ('{name}')").format(name=chosen.name())
    return text


class SourceWarning(QWidget):
    """A warning line (icon and wrapping text) listing mixed_source_warnings of a dialog's current choices;
    hidden while the choices are consistent. Why: a dialog must say when it mixes the sample with own data."""

    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.icon = QLabel(self)
        self.icon.setPixmap(QgsApplication.getThemeIcon("/mIconWarning.svg").pixmap(16, 16))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setStyleSheet("color: #8a4b00")
        row.addWidget(self.icon)
        row.addWidget(self.label, 1)
        self.warnings: list = []
        self.setVisible(False)

    def update_for(self, layers: Mapping[str, Optional[QgsVectorLayer]]) -> list:
        """Show the warnings for ``layers`` (kind -> layer); returns them."""
        self.warnings = mixed_source_warnings(layers)
        self.label.setText("\n".join(self.warnings))
        self.setToolTip("\n".join(self.warnings))
        self.setVisible(bool(self.warnings))
        return self.warnings

    def text(self) -> str:
        return self.label.text() if self.warnings else ""


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
    """Pick the layer for one contract kind and map its fields: it starts from the planning set's layer and
    mapping, else guesses by name and aliases; a grey line says where the chosen layer comes from."""

    choiceChanged = pyqtSignal()  # noqa: N815 - Qt's naming: the layer (and so its source) changed

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
            shown = display_name(fs.name, ui_language())  # "Einwohner", not "population"
            combo.setToolTip(tr("Field of the layer that holds '{field}' ({kind}{req}).").format(
                field=f"{shown} ({fs.name})", kind=fs.kind, req=tr(", required") if fs.required else tr(", optional")))
            self.field_combos[fs.name] = combo
            label = required_label(shown) if fs.required else QLabel(shown + " " + tr("(optional)"))
            self.field_labels[fs.name] = label
            form.addRow(label, combo)
        layout.addLayout(form)
        self.source_label = source_label(self)
        layout.addWidget(self.source_label)
        self.layer_combo.layerChanged.connect(self._layer_changed)
        default = default_layer(kind)
        if default is not None:
            self.layer_combo.setLayer(default)
        elif optional:
            self.layer_combo.setLayer(None)
        self._layer_changed(self.layer_combo.currentLayer())

    def _layer_changed(self, layer) -> None:
        guessed = {}
        if isinstance(layer, QgsVectorLayer):
            guessed = guess_field_map(self.kind, [f.name() for f in layer.fields()])
            guessed.update(planning_field_map(self.kind, layer))  # the planning set's choice wins over the guess
        for name, combo in self.field_combos.items():
            combo.setLayer(layer)
            combo.setField(guessed.get(name, ""))
        chosen = layer if isinstance(layer, QgsVectorLayer) else None
        self.source_label.setText(picker_source_text(self.kind, chosen))
        self.source_label.setToolTip(picker_source_text(self.kind, chosen, short=False))
        self.choiceChanged.emit()

    def layer(self) -> Optional[QgsVectorLayer]:
        layer = self.layer_combo.currentLayer()
        return layer if isinstance(layer, QgsVectorLayer) else None

    def field_map(self) -> Dict[str, str]:
        """Contract name -> source field: the fields chosen here, and for fields this picker does not show the
        planning set's mapping (when the layer is the set's); why: the dialogs hand an explicit mapping on."""
        mapping = {k: v for k, v in planning_field_map(self.kind, self.layer()).items() if k not in self.field_combos}
        mapping.update({name: combo.currentField() for name, combo in self.field_combos.items() if combo.currentField()})
        return mapping

    def field_map_for_validation(self) -> Dict[str, str]:
        """The full mapping for a check: guessed from the names, then the planning set's, then the chosen fields."""
        layer = self.layer()
        mapping = guess_field_map(self.kind, [f.name() for f in layer.fields()]) if layer is not None else {}
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


# --- handing results on (issue 16): sortable display cells, copying tables, saving reports -----------------------

SORT_ROLE = 0x0100 + 1  # Qt.UserRole + 1: the raw value a display cell sorts by


class DisplayItem(QTableWidgetItem):
    """A read-only table cell that shows rounded text but sorts by its raw value; why: "14,8 %" sorts as a number."""

    def __init__(self, text: str, sort_value: Any = None):
        super().__init__(text)
        self.setData(SORT_ROLE, sort_value)
        self.setFlags(self.flags() & ~Qt.ItemFlag.ItemIsEditable)

    def __lt__(self, other) -> bool:  # noqa: D105 - Qt's sort hook
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if isinstance(mine, (int, float)) and isinstance(theirs, (int, float)):
            return mine < theirs
        if isinstance(mine, (int, float)) != isinstance(theirs, (int, float)):
            return isinstance(mine, (int, float))  # numbers before empty cells
        return super().__lt__(other)


def table_widget_tsv(table: QTableWidget) -> str:
    """The rows and columns a table widget shows, as tab-separated text; why: "Copy table" for tables without keys."""
    def clean(text: str) -> str:
        return " ".join(str(text).replace("\t", " ").splitlines())

    columns = [c for c in range(table.columnCount()) if not table.isColumnHidden(c)]
    header = []
    for c in columns:
        item = table.horizontalHeaderItem(c)
        header.append(clean(item.text() if item is not None else ""))
    lines = ["\t".join(header)]
    for r in range(table.rowCount()):
        if table.isRowHidden(r):
            continue
        cells = []
        for c in columns:
            item = table.item(r, c)
            cells.append(clean(item.text()) if item is not None else "")
        lines.append("\t".join(cells))
    return "\n".join(lines) + "\n"


def copy_text(text: str) -> None:
    """Put ``text`` on the system clipboard; why: a copied table pastes into a spreadsheet."""
    QApplication.clipboard().setText(text)


def write_pdf_atomic(html_text: str, path: str) -> str:
    """Print ``html_text`` to a PDF at ``path`` through a file beside it; why: a report handed on as one file.

    Qt's rich text renders the HTML (charts as inline SVG are left out of the PDF; the HTML keeps them).
    """
    from qgis.PyQt.QtGui import QTextDocument
    from qgis.PyQt.QtPrintSupport import QPrinter

    from ..io.files import atomic_output

    document = QTextDocument()
    document.setHtml(html_text)
    with atomic_output(str(path)) as tmp:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(tmp)
        print_document = getattr(document, "print_", None) or document.print  # PyQt5 / PyQt6
        print_document(printer)
        if not os.path.exists(tmp) or os.path.getsize(tmp) == 0:
            raise OSError(f"no PDF written to {tmp}")
    return str(path)


def save_report(html_text: str, path: str) -> Tuple[str, str]:
    """Write the report as HTML at ``path`` and as PDF beside it (same name, .pdf), each renamed into place when
    complete; why: "Save report…" hands a run on in both forms. Returns (html path, pdf path)."""
    from ..report.html import write_text_atomic

    base, ext = os.path.splitext(str(path))
    html_path = str(path) if ext.lower() in (".html", ".htm") else base + ".html"
    pdf_path = os.path.splitext(html_path)[0] + ".pdf"
    write_text_atomic(html_path, html_text)
    write_pdf_atomic(html_text, pdf_path)
    return html_path, pdf_path


def ask_report_path(parent: QWidget, default_name: str) -> Optional[str]:
    """Ask where to save a report (HTML; the PDF goes beside it); None when the user cancels."""
    from qgis.PyQt.QtWidgets import QFileDialog

    path, _ = QFileDialog.getSaveFileName(parent, tr("Save report"), default_name, tr("HTML report (*.html)"))
    return path or None


def save_report_interactively(dialog: QWidget, iface: Any, default_name: str, save: Any) -> None:
    """"Save report…": ask for a path, call ``save(path)`` (returns the HTML and PDF paths) and tell the
    message bar; a file that cannot be written is reported, never raised into the event loop."""
    from ..core.errors import DispersionError

    path = ask_report_path(dialog, default_name)
    if not path:
        return
    try:
        html_path, pdf_path = save(path)
    except (OSError, DispersionError) as exc:  # an InputError names the file that could not be written
        push_error(iface, getattr(exc, "message", None) or str(exc))
        return
    iface.messageBar().pushMessage(tr("Dispersion Planner"), tr("Report saved: {html} and {pdf}").format(
        html=html_path, pdf=pdf_path), Qgis.MessageLevel.Success, 6)
