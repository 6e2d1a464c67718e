"""A chart in a dialog: an embedded matplotlib canvas that scales with the dialog, with "Save chart…".

The drawing is report.charts' (the same charts as in the report); this widget only hosts the figure. Why a canvas
and not a picture: a fixed-size image made the analysis dialog 1840 px wide after a run (issue 16).
"""
from __future__ import annotations

import os
from typing import Any, Callable, Optional

from qgis.core import Qgis
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ..qgis_adapters.i18n import tr
from .widgets import push_error

# the smallest a chart gets: still readable, and small enough for a 1366×768 screen beside the form
MIN_WIDTH, MIN_HEIGHT = 240, 200
FORMATS = ("png", "svg")


def canvas_class() -> Any:
    """matplotlib's Qt canvas class; why: ``backend_qtagg`` (matplotlib ≥ 3.5) follows the Qt binding QGIS loaded
    (Qt5 or Qt6), ``backend_qt5agg`` is the older name that only knows Qt5."""
    try:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    except ImportError:
        from matplotlib.backends.backend_qt5agg import FigureCanvasQTAgg
    return FigureCanvasQTAgg


def chart_path(path: str, chosen_filter: str = "") -> str:
    """``path`` with a .png or .svg ending: the one typed, else the one of the chosen file type (PNG by default)."""
    ext = os.path.splitext(path)[1].lower().lstrip(".")
    if ext in FORMATS:
        return path
    return path + (".svg" if "svg" in (chosen_filter or "").lower() else ".png")


class ChartWidget(QWidget):
    """One chart: a canvas filling the space it is given, a "Save chart…" button below.

    ``draw(painter)`` calls ``painter(figure)``, which draws into the (cleared) figure, e.g.
    ``lambda fig: lorenz_chart(..., figure=fig)``.
    """

    def __init__(self, placeholder: str, tip: str, default_name: str, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.default_name = default_name
        self.figure = None
        self.canvas = None
        self.drawn = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.placeholder = QLabel(placeholder)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setToolTip(tip)
        layout.addWidget(self.placeholder, 1)
        try:
            from matplotlib.figure import Figure

            self.figure = Figure(figsize=(5, 4), layout="constrained")
            self.canvas = canvas_class()(self.figure)
        except Exception as exc:  # noqa: BLE001 - no matplotlib (or no Qt canvas): the dialog still works without charts
            self.placeholder.setText(tr("Charts need matplotlib: {error}").format(error=exc))
        if self.canvas is not None:
            self.canvas.setToolTip(tip)
            self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            self.canvas.setMinimumSize(MIN_WIDTH, MIN_HEIGHT)
            self.canvas.hide()
            layout.addWidget(self.canvas, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.save_button = QPushButton(tr("Save chart…"))
        self.save_button.setToolTip(tr("Save this chart as a PNG or SVG image"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.ask_save)
        row.addWidget(self.save_button)
        layout.addLayout(row)

    def draw(self, painter: Callable[[Any], Any]) -> None:
        """Draw the chart anew with ``painter(figure)``; shows the canvas in place of the placeholder."""
        if self.figure is None:
            return
        self.figure.clear()
        painter(self.figure)
        for ax in self.figure.axes:  # a title longer than a narrow chart wraps instead of being cut
            ax.title.set_wrap(True)
        self.placeholder.hide()
        self.canvas.show()
        self.canvas.draw_idle()
        self.drawn = True
        self.save_button.setEnabled(True)

    def save(self, path: str) -> str:
        """Write the chart at ``path`` as PNG or SVG by its ending, renamed into place when complete; returns the
        path written. Why: a chart handed on (a slide, a memo) must not be a half-written file."""
        from ..io.files import atomic_output, check_target

        path = check_target(path)
        fmt = os.path.splitext(path)[1].lower().lstrip(".")
        if fmt not in FORMATS:
            raise ValueError(f"a chart is saved as .png or .svg, not '{path}'")
        with atomic_output(path) as tmp:
            self.figure.savefig(tmp, format=fmt, dpi=150, bbox_inches="tight")
        return path

    def ask_save(self) -> None:
        """"Save chart…": ask for a file (PNG or SVG), write it, and say where in the message bar."""
        from qgis.PyQt.QtWidgets import QFileDialog

        from ..core.errors import DispersionError
        from ..qgis_adapters.i18n import tr_message

        path, chosen = QFileDialog.getSaveFileName(self, tr("Save chart"), self.default_name,
                                                   tr("PNG image (*.png);;SVG image (*.svg)"))
        if not path:
            return
        iface = self._iface()
        try:
            written = self.save(chart_path(path, chosen))
        except (OSError, ValueError, DispersionError) as exc:
            push_error(iface, tr_message(getattr(exc, "message", None) or str(exc)))
            return
        if iface is not None:
            iface.messageBar().pushMessage(tr("Dispersion Planner"), tr("Chart saved: {path}").format(path=written),
                                           Qgis.MessageLevel.Success, 6)

    def _iface(self) -> Any:
        """The QGIS interface of the dialog this chart sits in (None outside one)."""
        widget = self.parentWidget()
        while widget is not None and not hasattr(widget, "iface"):
            widget = widget.parentWidget()
        return getattr(widget, "iface", None)
