"""Base of the dialogs that validate their inputs and then run one core job in the background."""
from __future__ import annotations

from typing import Any, Callable, List, Optional, Tuple

from qgis.core import Qgis
from qgis.PyQt.QtCore import QRect, QSize, Qt, pyqtSlot
from qgis.PyQt.QtGui import QGuiApplication
from qgis.PyQt.QtWidgets import QDialog, QFormLayout, QMessageBox, QScrollArea, QWidget

from ..core.errors import CancelledError, DispersionError
from ..core.validation import build_planning_data, raise_for_errors
from ..qgis_adapters.i18n import tr, tr_message
from ..qgis_adapters.layers import effective_field_map, layer_to_raw
from ..qgis_adapters.log import log_issues
from ..qgis_adapters.working_crs import working_crs_text
from .tasks import CoreTask, start
from .widgets import push_error

# room kept free around a dialog on the screen: the window frame and title bar, which Qt's sizes exclude
FRAME_MARGIN = QSize(16, 40)


def available_geometry(widget: QWidget) -> Optional[QRect]:
    """The usable area (without taskbars) of the screen ``widget`` shows on, or None without a screen.

    Why: dialogs must open no larger than a 1366×768 laptop screen. ``QWidget.screen`` (Qt ≥ 5.14) knows the
    screen of the parent window; otherwise the primary screen is the best guess.
    """
    screen = None
    for candidate in (widget.parentWidget(), widget):
        if candidate is not None and hasattr(candidate, "screen"):
            screen = candidate.screen()
            if screen is not None:
                break
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else None


def fit_to_screen(dialog: QWidget, width: int, height: int, available: Optional[QRect] = None) -> QSize:
    """Resize ``dialog`` to ``width``×``height``, capped to the available screen area minus the window frame.

    Why: one rule for the initial size of every dialog, so that Run and Close never open off-screen. Never below
    the dialog's minimum size hint (a layout that does not fit is a bug the fit test catches, not hidden here).
    ``available`` overrides the screen (tests). Returns the size set.
    """
    area = available if available is not None else available_geometry(dialog)
    if area is not None:
        width = min(width, area.width() - FRAME_MARGIN.width())
        height = min(height, area.height() - FRAME_MARGIN.height())
    size = QSize(width, height).expandedTo(dialog.minimumSizeHint())
    dialog.resize(size)
    return size


def wrap_form(form: QFormLayout) -> QFormLayout:
    """Let a form put a field below its label when both do not fit side by side; why: German labels such as
    "Max. Entfernung zu Angeboten (Luftlinie)" would otherwise make the form (and the dialog) too wide."""
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    return form


def form_column(content: QWidget, widest: int = 520) -> QScrollArea:
    """``content`` (a dialog's form) in a vertical scroll area at least as wide as the content needs and at most
    ``widest`` beyond that; why: the form scrolls on a low screen, but is never cut at the right edge or scrolled
    sideways, and leaves the results the rest of the width."""
    scroll = QScrollArea()
    scroll.setWidget(content)
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    width = content.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width() + 2 * scroll.frameWidth()
    scroll.setMinimumWidth(width)
    scroll.setMaximumWidth(max(width, min(widest, content.sizeHint().width()
                                          + scroll.verticalScrollBar().sizeHint().width() + 2 * scroll.frameWidth())))
    return scroll


class TaskDialog(QDialog):
    """Run/cancel/progress/error plumbing shared by the analysis and placement dialogs.

    Subclasses create ``progress``, ``run_button``, ``cancel_button``, ``tabs`` and
    ``error_view`` (a QTextBrowser), and implement ``task_result`` and ``cancelled_text``.
    """

    def __init__(self, iface, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.iface = iface
        self.task: Optional[CoreTask] = None
        self.last_error: Optional[str] = None
        self.data = None
        self.issues: List = []

    def task_running(self) -> bool:
        return self.task is not None

    def ready(self, mappers, required: str, extra=()) -> bool:
        """Copy the chosen layers (and extra raw tables) on the main thread and validate them.

        ``required`` is the message shown when a mandatory layer is not chosen;
        mappers with ``optional`` False are mandatory. Returns False (and shows
        why) when the job cannot start.
        """
        if self.task is not None:
            return False
        raws, chosen = [], []
        for mapper in mappers:
            layer = mapper.layer()
            if layer is None and not mapper.optional:
                self.fail(DispersionError(required))
                return False
            if layer is not None:
                chosen.append(layer)
                raws.append(layer_to_raw(layer, mapper.kind, effective_field_map(layer, mapper.kind, mapper.field_map())))
        # the working CRS: the project's when projected in metres, else the UTM zone of the chosen layers
        return self.validated(raws + [r for r in extra if r is not None], working_crs_text(chosen))

    def validated(self, raws, target_crs: Optional[str] = None) -> bool:
        """Validate copied inputs on the main thread (PROJ is not safe in QGIS worker threads), computing in
        ``target_crs`` (default: the working CRS rule, qgis_adapters.working_crs)."""
        self.last_error = None
        self.data, self.issues = build_planning_data(raws, target_crs or working_crs_text())
        log_issues(self.issues)
        try:
            raise_for_errors(self.issues)
        except DispersionError as exc:
            self.fail(exc)
            return False
        return True

    def start_task(self, description: str, work: Callable[[Callable[[float], None], Callable[[], bool]], Any]) -> None:
        self.progress.setValue(0)
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.task = CoreTask(description, work, self._task_done)
        self.task.progressChanged.connect(self._on_progress)
        start(self.task)

    @pyqtSlot(float)
    def _on_progress(self, value: float) -> None:
        """A slot of this QObject: Qt queues the task's progress to the GUI thread."""
        self.progress.setValue(int(value))

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def may_close(self) -> bool:
        """Whether the dialog may close now; why: closing must not leave a run going on unseen.

        Without a run (or with one already being cancelled) it may. During a run the planner is asked: Yes cancels the run (it then reports its end in
        the message bar) and lets the dialog close, No keeps the dialog open and the run going.
        """
        if self.task is None or self.task.isCanceled():  # nothing to ask (e.g. plugin unload cancels first)
            return True
        answer = QMessageBox.question(
            self, self.windowTitle(), tr("A run is still in progress. Cancel it and close the dialog?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.cancel()
        return True

    def reject(self) -> None:
        """Close, Esc and the window's close box all end here (QDialog.closeEvent calls reject)."""
        if self.may_close():
            super().reject()

    def _task_done(self, result: Any, error: Optional[BaseException]) -> None:
        from qgis.PyQt import sip

        if sip.isdeleted(self):  # the plugin was unloaded while the task ran
            return
        closed = not self.isVisible()
        self.task = None
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        if isinstance(error, CancelledError):
            self.progress.setValue(0)
            self.iface.messageBar().pushMessage(tr("Dispersion Planner"), self.cancelled_text(), Qgis.MessageLevel.Info, 5)
        elif error is not None:
            self.fail(error)
        else:
            self.progress.setValue(100)
            self.task_result(result)
            if closed:  # nobody sees the dialog: the message bar must say how the run ended
                report = self.closed_report(result)
                if report is not None:
                    text, level = report
                    self.iface.messageBar().pushMessage(tr("Dispersion Planner"), text, level, 10)

    def fail(self, error: BaseException) -> None:
        """Show an error in the dialog and the message bar; keep it for tests and the e2e driver."""
        text = tr_message(error.message if isinstance(error, DispersionError) else str(error))
        self.last_error = text
        details = getattr(error, "details", None)
        self.error_view.setPlainText(text + ("\n\n" + details if details else ""))
        self.tabs.setCurrentWidget(self.error_view)
        push_error(self.iface, text, details)

    def cancelled_text(self) -> str:
        raise NotImplementedError

    def closed_report(self, result: Any) -> Optional[Tuple[str, Any]]:
        """(text, Qgis.MessageLevel) to push when a run ends after its dialog was closed; why: errors and
        cancellations always reach the message bar, but a result may only be shown in the dialog.

        None (the default) means ``task_result`` already reported it in the message bar.
        """
        return None

    def task_result(self, result: Any) -> None:
        raise NotImplementedError
