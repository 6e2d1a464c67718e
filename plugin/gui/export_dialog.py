"""The "Export INSEK map" dialog: pick layers, layout and format; public-safe is the default."""
from __future__ import annotations

from pathlib import Path
from typing import Dict, Optional

from qgis.core import Qgis, QgsFeedback, QgsProject
from qgis.gui import QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QObject, Qt
from qgis.PyQt.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from .. import compat
from ..core.capacity.compare import ScenarioRecord
from ..core.errors import DispersionError
from ..qgis_adapters.i18n import tr, tr_message
from ..qgis_adapters.log import log
from .task_dialog import fit_to_screen
from .widgets import SourceWarning, add_help_button, picker_source_text, planning_set_layer, source_label

KINDS = (
    ("districts", compat.LAYER_FILTER_POLYGON, False),
    ("shelters", compat.LAYER_FILTER_POINT, True),
    ("hotspots", compat.LAYER_FILTER_VECTOR, True),
    ("services", compat.LAYER_FILTER_POINT, True),
    ("suggestions", compat.LAYER_FILTER_POINT, True),
    ("district_metrics", compat.LAYER_FILTER_POLYGON, True),
)
PLANNING_KINDS = ("districts", "shelters", "hotspots", "services")  # kinds of the planning set this dialog shows


# user input that must not reach the rest of QGIS while an export runs (events are processed between pages
# so that Cancel can be clicked; removing a layer or closing the project then would pull the data away)
BLOCKED_DURING_EXPORT = frozenset((
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick, QEvent.Type.Wheel,
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.Shortcut, QEvent.Type.ShortcutOverride, QEvent.Type.ContextMenu,
    QEvent.Type.Drop, QEvent.Type.DragEnter, QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
))


class _InputGuard(QObject):
    """Holds back user input to QGIS's other windows during an export, so that only the dialog reacts.

    It filters the other top-level windows' QWindow objects, where the window system's input arrives,
    and not the whole application: an application-wide Python event filter would see every object,
    including ones under construction, which crashes sip.
    """

    def __init__(self, dialog: QDialog):
        super().__init__(dialog)
        self.dialog = dialog
        self.windows: list = []

    def install(self) -> None:
        self.windows = [w.windowHandle() for w in QApplication.topLevelWidgets()
                        if w is not self.dialog and w.isVisible() and w.windowHandle() is not None]
        for window in self.windows:
            window.installEventFilter(self)

    def remove(self) -> None:
        for window in self.windows:
            try:
                window.removeEventFilter(self)
            except RuntimeError:  # the window was deleted meanwhile
                pass
        self.windows = []

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        kind = event.type()
        # a Close from the window system (e.g. quitting QGIS) is held back too
        return kind in BLOCKED_DURING_EXPORT or (kind == QEvent.Type.Close and event.spontaneous())


class ExportDialog(QDialog):
    """Export the INSEK map, or the district atlas, from the current project's layers.

    Export runs on the main thread: print layouts, fonts and the project's
    layout manager are main-thread objects, and a map export takes seconds.
    So that Cancel can be clicked, the feedback's progress (reported between
    steps and pages) processes pending events; meanwhile every other control is
    disabled and user input outside this dialog is held back (_InputGuard).
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
        self.source_labels: Dict[str, QLabel] = {}
        for kind, filters, optional in KINDS:
            combo = QgsMapLayerComboBox(self)
            combo.setFilters(filters)
            combo.setAllowEmptyLayer(optional)
            # the planning set's layer first (the planner's one choice), else what the project holds of this kind
            combo.setLayer(planning_set_layer(kind) if kind in PLANNING_KINDS and planning_set_layer(kind) is not None
                           else found.get(kind))
            self.combos[kind] = combo
            form.addRow(names[kind], combo)
            if kind in PLANNING_KINDS:  # where the layer comes from, in grey under its picker
                # one line shortened to fit (the full text in its tooltip): a wrapped label in a form row is cut
                label = self.source_labels[kind] = source_label(self, elide=True)
                form.addRow("", label)
                combo.layerChanged.connect(self._update_sources)
            if kind == "suggestions":
                self.alternative = QSpinBox(self)
                self.alternative.setSpecialValueText(tr("the suggestion"))
                self.alternative.setPrefix(tr("alternative "))
                self.alternative.setToolTip(tr("Which placement of the suggestions layer the map shows and counts: "
                                               "the suggestion, or one of its alternatives (field 'alternative')"))
                form.addRow(tr("Placement"), self.alternative)
                combo.layerChanged.connect(self._suggestions_changed)
                self._suggestions_changed(combo.currentLayer())
        self.source_warning = SourceWarning(self)  # the choices mix the sample with own data, files or CRSs
        self._update_sources()
        # the project's title where the planner gave one; never the sample's city on a planner's own map
        self.title = QLineEdit(QgsProject.instance().title() or tr("Shared accommodation by district"), self)
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
        # issue 17: the INSEK page of a capacity scenario saved in the project, as a further page of the PDF
        self.capacity = QComboBox(self)
        # long scenario names must not widen the dialog (the list shows them whole)
        self.capacity.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.capacity.setMinimumContentsLength(24)
        self.capacity.setToolTip(tr("The INSEK page of a capacity scenario saved in the project: a further page of "
                                    "the PDF, or its own file beside a PNG or SVG. Public-safe: districts only."))
        # grey, in the choice's place while there is none (one row, one line: the dialog is tight on 768 px)
        self.capacity_note = source_label(self)
        self.capacity_note.setWordWrap(False)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.capacity)
        row.addWidget(self.capacity_note, 1)
        form.addRow(tr("Capacity page"), row)
        self.fill_capacity()
        self.output = QgsFileWidget(self)
        self.output.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.output.setFilter(tr("PDF (*.pdf);;PNG (*.png);;SVG (*.svg)"))
        form.addRow(tr("Output file"), self.output)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Export"))
        self.buttons.accepted.connect(self.run)
        self.buttons.rejected.connect(self._close_or_cancel)
        self.help_button = add_help_button(self.buttons, "export")
        self._guard = _InputGuard(self)
        self._locked: list = []
        box = QVBoxLayout(self)
        box.addWidget(self.source_warning)  # above the form: seen first
        scroll = self._scrolling(form)
        box.addWidget(scroll)
        box.addWidget(self.progress)
        box.addWidget(self.buttons)
        # as tall as the whole form (a scroll area's own size hint stops at 24 lines), never larger than the screen
        height = self.sizeHint().height() - scroll.sizeHint().height() + scroll.widget().sizeHint().height()
        fit_to_screen(self, self.sizeHint().width(), height)

    def _scrolling(self, form: QFormLayout) -> QScrollArea:
        """The form in a vertical scroll area as tall as the form where the screen allows; why: every row fits a
        1366x768 screen today with a few pixels to spare, and a larger system font or one more row must scroll
        the form, never push the Export button off the screen."""
        content = QWidget(self)
        form.setContentsMargins(0, 0, 0, 0)  # the dialog's layout has the margins already
        content.setLayout(form)
        scroll = QScrollArea(self)
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(content.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width())
        return scroll

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name; the dialog is reused: scenarios may be new
        if self.feedback is None:
            self.fill_capacity()
        super().showEvent(event)

    def fill_capacity(self) -> None:
        """List the capacity scenarios saved in the project (keeping the current choice); off, with the reason in
        grey, when there are none. Why: the planner adds the capacity page to the INSEK export here too."""
        from .capacity_dialog import saved_records

        self.capacity_records = {r.name: r for r in saved_records()}
        current = self.capacity.currentData()
        self.capacity.clear()
        self.capacity.addItem(tr("no capacity page"), None)
        for name in self.capacity_records:
            self.capacity.addItem(name, name)
        index = self.capacity.findData(current) if current is not None else -1
        self.capacity.setCurrentIndex(max(index, 0))
        self.capacity.setEnabled(bool(self.capacity_records))
        self.capacity.setVisible(bool(self.capacity_records))
        self.capacity_note.setVisible(not self.capacity_records)
        self.capacity_note.setText("" if self.capacity_records else tr(
            "No capacity scenarios saved in the project – save one in “Capacity planning over time…”."))

    def capacity_record(self) -> Optional[ScenarioRecord]:
        """The chosen saved capacity scenario (a ScenarioRecord), or None."""
        name = self.capacity.currentData() if self.capacity.isEnabled() else None
        return self.capacity_records.get(name) if name is not None else None

    def _capacity_page(self, record: ScenarioRecord):
        """An extra page for export_insek: the capacity page of ``record``, audited like the capacity dialog's."""
        districts = self.combos["districts"].currentLayer()

        def build(public: bool, threshold: int, project, crs_id: str):
            from ..export.capacity_page import checked_layout

            return checked_layout(record, districts, public, threshold, project, crs_id or None)
        return build

    def _capacity_file(self, record: ScenarioRecord, path: str) -> str:
        """A PNG or SVG holds one page: the capacity page is written as its own file beside ``path``."""
        from ..export.capacity_page import export_capacity_page
        from ..qgis_adapters.working_crs import working_crs

        target = Path(path)
        beside = target.with_name(tr("{stem}_capacity{suffix}").format(stem=target.stem, suffix=target.suffix))
        districts = self.combos["districts"].currentLayer()
        crs = working_crs([districts]).authid() if districts is not None else ""
        return export_capacity_page(record, districts, str(beside), public=self.public.isChecked(),
                                    threshold=self.threshold.value(), project=QgsProject.instance(), crs=crs or None)

    def _update_sources(self, *_args) -> None:
        """Refresh the source lines and the mixed-source warning after a choice changed."""
        for kind, label in self.source_labels.items():
            label.setText(picker_source_text(kind, self.combos[kind].currentLayer()))
            label.setToolTip(picker_source_text(kind, self.combos[kind].currentLayer(), short=False))
        self.source_warning.update_for({kind: self.combos[kind].currentLayer() for kind in self.source_labels})

    def _suggestions_changed(self, layer) -> None:
        """Offer the placements the chosen suggestions layer holds (0 = the suggestion, k = alternative k)."""
        from ..export.insek import placements_held

        held = placements_held(layer) if layer is not None else []
        self.alternative.setRange(0, max(held) if held else 0)
        self.alternative.setValue(0)
        self.alternative.setEnabled(len(held) > 1)

    def _public_changed(self, checked: bool) -> None:
        self.warning.setVisible(not checked)
        self.threshold.setEnabled(checked)

    def _close_or_cancel(self) -> None:
        if self.feedback is not None:
            self.feedback.cancel()
            close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
            close.setText(tr("Cancelling…"))
            close.setEnabled(False)
        else:
            self.reject()

    def reject(self) -> None:  # Esc: cancels a running export instead of hiding the dialog under it
        if self.feedback is not None:
            self._close_or_cancel()
        else:
            super().reject()

    def closeEvent(self, event) -> None:  # noqa: N802 - the window's close box, likewise
        if self.feedback is not None:
            self._close_or_cancel()
            event.ignore()
        else:
            super().closeEvent(event)

    def _on_progress(self, value: float) -> None:
        self.progress.setValue(int(value))
        if self.feedback is not None:
            # between pages/steps: let the Cancel click (and repaints) through; the guard keeps the rest out
            QCoreApplication.processEvents()

    def _set_exporting(self, exporting: bool) -> None:
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        if exporting:
            controls = list(self.combos.values()) + [
                self.title, self.layout_combo, self.alternative, self.public, self.threshold, self.atlas, self.capacity,
                self.output,
                self.buttons.button(QDialogButtonBox.StandardButton.Ok)]
            self._locked = [w for w in controls if w.isEnabled()]
            for widget in self._locked:
                widget.setEnabled(False)
            close.setText(tr("Cancel"))
            close.setEnabled(True)
            self._guard.install()
        else:
            self._guard.remove()
            for widget in self._locked:
                widget.setEnabled(True)
            self._locked = []
            close.setText(tr("Close"))
            close.setEnabled(True)

    def layers(self) -> Dict[str, object]:
        return {kind: combo.currentLayer() for kind, combo in self.combos.items() if combo.currentLayer() is not None}

    def run(self) -> Optional[str]:
        """Export with the chosen settings; returns the written path (None on failure, which is reported)."""
        from ..core.errors import CancelledError
        from ..export.insek import export_insek

        if self.feedback is not None:  # already exporting (re-entered while events were processed)
            return None
        path = self.output.filePath().strip()
        if not path:
            self._message(tr("Choose an output file (.pdf, .png or .svg)."), Qgis.MessageLevel.Warning)
            return None
        if not Path(path).suffix:
            path += ".pdf"
        record = self.capacity_record()
        in_pdf = record is not None and Path(path).suffix.lower() == ".pdf"
        self.feedback = QgsFeedback(self)
        self.feedback.progressChanged.connect(self._on_progress)
        self.progress.setValue(0)
        self._set_exporting(True)
        try:
            result = export_insek(self.layers(), path, self.title.text().strip() or tr("INSEK map"),
                                  layout=self.layout_combo.currentData(), public=self.public.isChecked(),
                                  threshold=self.threshold.value(), atlas=self.atlas.isChecked(),
                                  feedback=self.feedback, project=QgsProject.instance(), add_to_project=True,
                                  alternative=self.alternative.value(),
                                  extra_pages=[self._capacity_page(record)] if in_pdf else [])
            beside = self._capacity_file(record, result.path) if record is not None and not in_pdf else None
        except CancelledError as exc:
            self.progress.setValue(0)
            self._message(exc.message, Qgis.MessageLevel.Info)
            return None
        except DispersionError as exc:
            self._message(exc.message, Qgis.MessageLevel.Critical)
            if exc.details:
                log(exc.details, Qgis.MessageLevel.Critical)
            return None
        except Exception as exc:  # unexpected: full traceback to the log, short text to the user
            import traceback

            log(traceback.format_exc(), Qgis.MessageLevel.Critical)
            self._message(tr("Export failed: {error}").format(error=exc), Qgis.MessageLevel.Critical)
            return None
        finally:
            self.feedback.progressChanged.disconnect(self._on_progress)
            self.feedback = None
            self._set_exporting(False)
        self.progress.setValue(100)
        for note in result.notes:
            log(note)
        self._message(tr("Written: {path} ({pages} page(s)); layouts added: {names}").format(
            path=result.path, pages=result.pages, names=", ".join(result.layout_names)), Qgis.MessageLevel.Success)
        if beside:
            self._message(tr("INSEK page written: {path}").format(path=beside), Qgis.MessageLevel.Success)
        return result.path

    def _message(self, text: str, level) -> None:
        text = tr_message(text)  # a core message in the user's language
        bar = getattr(self.iface, "messageBar", None)
        if callable(bar) and bar() is not None:
            bar().pushMessage(tr("INSEK export"), text, level, 8)
        log(text, level)
