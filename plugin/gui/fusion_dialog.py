"""'Fuse shelter lists…': several shelter layers -> one shelter layer with provenance, plus a conflict table.

Calls the same core function as ``dispersion:fuse`` (``plugin.core.fusion.fuse``
on ``ShelterSource.from_layer`` of each layer). The source layers are copied,
never edited.
"""
from __future__ import annotations

import datetime as _dt
from typing import Dict, List, Optional

from qgis.core import Qgis, QgsCoordinateReferenceSystem, QgsProject, QgsVectorLayer
from qgis.gui import QgsProjectionSelectionWidget
from qgis.PyQt.QtCore import QDate, Qt
from qgis.PyQt.QtGui import QBrush
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import compat
from ..core.contract import DEFAULT_CRS, find_field
from ..core.errors import CancelledError, DispersionError
from ..core.fusion import (
    CONFLICT_FIELDS,
    MATCH_DISTANCE_M,
    OUTPUT_FIELDS,
    FusionResult,
    ShelterSource,
    fuse,
    in_target_crs,
    unique_source_names,
)
from ..core.parsing import date_or_none
from ..qgis_adapters.i18n import tr, tr_message, ui_language
from ..qgis_adapters.layers import is_generated, layer_to_raw, mark_kind, memory_layer, stored_field_map
from ..qgis_adapters.loading import layer_kind
from ..qgis_adapters.log import log
from ..qgis_adapters.styles import style_layer
from ..qgis_adapters.working_crs import working_crs
from .issue_list import severity_colour, severity_label
from .task_dialog import TaskDialog, fit_to_screen
from .widgets import add_help_button, planning_field_map, push_error

COL_USE, COL_DATE, COL_RECORD_DATES, COL_FEATURES = range(4)


def date_field(layer: QgsVectorLayer) -> Optional[str]:
    """The layer's field with the list's date ('Stand', 'Datum', 'date', ...), if any."""
    return find_field("date", [f.name() for f in layer.fields()])  # the one alias registry (core.contract)


def newest_date(layer: QgsVectorLayer, field: str) -> Optional[_dt.date]:
    """Newest readable date in ``field`` (the source is only read)."""
    index = layer.fields().indexFromName(field)
    if index < 0:
        return None
    dates = []
    for value in layer.uniqueValues(index, 100_000):  # lists carry few distinct dates: read those, not every row
        if value is None or (hasattr(value, "isNull") and value.isNull()):
            continue
        d = date_or_none(value)
        if d is not None:
            dates.append(d)
    return max(dates) if dates else None


def is_bundled(layer: QgsVectorLayer) -> bool:
    """An output of an earlier bundling (it has the provenance fields)."""
    names = set(layer.fields().names())
    return {"capacity_source", "n_sources"} <= names


def looks_like_shelters(layer: QgsVectorLayer) -> bool:
    """Ticked by default: marked or named as shelters, and not itself a bundled result."""
    if is_bundled(layer) or is_generated(layer):  # results and export copies are never ticked
        return False
    return layer_kind(layer) == "shelters"  # its mark, else core.contract.detect_kind


class FusionDialog(TaskDialog):
    """Pick two or more shelter layers, date them, fuse them and review the conflicts."""

    def __init__(self, iface, parent: Optional[QWidget] = None):
        super().__init__(iface, parent)
        self.result: Optional[FusionResult] = None
        self._run: tuple = ()
        self.fused_layer: Optional[QgsVectorLayer] = None
        self.conflict_layer: Optional[QgsVectorLayer] = None
        self.layer_ids: List[str] = []
        self.setWindowTitle(tr("Fuse shelter lists"))
        fit_to_screen(self, 920, 700)  # never larger than the screen (issue 16)
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Merge shelter lists from several sources (each operator's list, the city's list) into one "
                          "shelter layer. Each field takes the value of the newest list (ties: the list higher up) "
                          "and records where it came from; disagreements are listed as conflicts. The lists "
                          "themselves are never changed."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        layout.addWidget(QLabel(tr("Shelter lists (tick two or more; higher rows win ties)")))
        row = QHBoxLayout()
        self.source_table = QTableWidget(0, 4, self)
        self.source_table.setHorizontalHeaderLabels([tr("Layer"), tr("Date of the list"), tr("Record dates"),
                                                     tr("Features")])
        self.source_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.source_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.source_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.source_table.verticalHeader().setVisible(False)
        header = self.source_table.horizontalHeader()
        header.setSectionResizeMode(COL_USE, QHeaderView.ResizeMode.Stretch)
        for col in (COL_DATE, COL_RECORD_DATES, COL_FEATURES):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.source_table.setToolTip(tr("Point layers of the project. Tick the shelter lists to fuse; the order is "
                                        "the priority when two lists have the same date"))
        row.addWidget(self.source_table, 1)
        moves = QVBoxLayout()
        self.up_button = QPushButton(tr("Up"), self)
        self.up_button.setToolTip(tr("Move the selected list up: it wins ties against lists below it"))
        self.down_button = QPushButton(tr("Down"), self)
        self.down_button.setToolTip(tr("Move the selected list down"))
        self.refresh_button = QPushButton(tr("Refresh"), self)
        self.refresh_button.setToolTip(tr("Read the project's layers again"))
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.refresh_button.clicked.connect(self.populate)
        for b in (self.up_button, self.down_button, self.refresh_button):
            moves.addWidget(b)
        moves.addStretch(1)
        row.addLayout(moves)
        layout.addLayout(row, 2)

        form = QFormLayout()
        self.distance_spin = QDoubleSpinBox(self)
        self.distance_spin.setRange(0.0, 10000.0)
        self.distance_spin.setDecimals(0)
        self.distance_spin.setSingleStep(25.0)
        self.distance_spin.setSuffix(" m")
        self.distance_spin.setValue(MATCH_DISTANCE_M)
        self.distance_spin.setMaximumWidth(140)
        self.distance_spin.setToolTip(tr("MATCH_DISTANCE_M: records of different lists closer than this, with "
                                         "similar names, are taken as the same shelter. Records with the same id "
                                         "always match"))
        form.addRow(tr("Match distance"), self.distance_spin)
        self.crs_widget = QgsProjectionSelectionWidget(self)  # set to the working CRS once the lists are known
        self.crs_widget.setToolTip(tr("Projected CRS in metres of the fused layer; distances are measured in it"))
        form.addRow(tr("Target CRS"), self.crs_widget)
        layout.addLayout(form)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        result_box = QWidget(splitter)
        rv = QVBoxLayout(result_box)
        rv.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel(result_box)
        self.summary.setWordWrap(True)
        self.summary.setToolTip(tr("Result of the last run"))
        rv.addWidget(self.summary)
        self.conflict_table = QTableWidget(0, 4, result_box)
        self.conflict_table.setHorizontalHeaderLabels([tr("Shelter"), tr("Field"), tr("Severity"), tr("Message")])
        self.conflict_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.conflict_table.setWordWrap(True)
        self.conflict_table.verticalHeader().setVisible(False)
        ch = self.conflict_table.horizontalHeader()
        for col in range(3):
            ch.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        ch.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.conflict_table.setToolTip(tr("Disagreements between the lists and within each list; hover a row for "
                                          "the values of every source"))
        rv.addWidget(self.conflict_table, 1)
        splitter.addWidget(result_box)
        layout.addWidget(splitter, 3)

        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setToolTip(tr("Progress of the fusion, which runs in the background"))
        layout.addWidget(self.progress)
        buttons = QDialogButtonBox(self)
        self.run_button = buttons.addButton(tr("Run"), QDialogButtonBox.ButtonRole.ActionRole)
        self.run_button.setToolTip(tr("Fuse the ticked lists and add the shelter layer and the conflict table to "
                                      "the project"))
        self.cancel_button = buttons.addButton(tr("Cancel"), QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button.setToolTip(tr("Stop the fusion; nothing is added"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setToolTip(tr("Close the dialog; layers already added stay in the project"))
        self.run_button.clicked.connect(self.run)
        buttons.rejected.connect(self.reject)
        add_help_button(buttons, "import")  # the guide describes fusion under loading data
        layout.addWidget(buttons)
        self.populate()
        # the working CRS: the project's when projected in metres, else the UTM zone of the ticked lists
        self.crs_widget.setCrs(working_crs(self.selected_sources()))

    # ------------------------------------------------------------------ sources

    def populate(self) -> None:
        """List the project's point layers; lists that look like shelters come first and are ticked."""
        previous = self._state()
        project = QgsProject.instance()
        # generated layers (results, an export's copies outside the layer tree) are no lists to fuse
        layers = [lyr for lyr in project.mapLayers().values()
                  if isinstance(lyr, QgsVectorLayer) and lyr.geometryType() == compat.GEOMETRY_POINT
                  and not is_generated(lyr)]
        order = {lid: i for i, lid in enumerate(self.layer_ids)}
        layers.sort(key=lambda lyr: (order.get(lyr.id(), len(order)), not looks_like_shelters(lyr), lyr.name().lower()))
        self.source_table.setRowCount(0)
        self.layer_ids = []
        for layer in layers:
            self._add_row(layer, previous.get(layer.id()))

    def _state(self) -> Dict[str, dict]:
        out = {}
        for r, lid in enumerate(self.layer_ids):
            out[lid] = {"checked": self.source_table.item(r, COL_USE).checkState() == Qt.CheckState.Checked,
                        "date": self.source_table.cellWidget(r, COL_DATE).date(),
                        "record_dates": self.source_table.cellWidget(r, COL_RECORD_DATES).isChecked()}
        return out

    def _add_row(self, layer: QgsVectorLayer, state: Optional[dict] = None) -> None:
        r = self.source_table.rowCount()
        self.source_table.insertRow(r)
        self.layer_ids.append(layer.id())
        use = QTableWidgetItem(layer.name())
        use.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        checked = state["checked"] if state else looks_like_shelters(layer)
        use.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        use.setToolTip(tr("Tick to fuse '{layer}' ({crs}); it is read, never changed").format(
            layer=layer.name(), crs=layer.crs().authid()))
        self.source_table.setItem(r, COL_USE, use)
        field = date_field(layer)
        edit = QDateEdit(self.source_table)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd.MM.yyyy")
        edit.setSpecialValueText(tr("unknown"))  # the minimum date: no date, never wins over a dated list
        if state:
            edit.setDate(state["date"])
        else:
            newest = newest_date(layer, field) if field else None
            edit.setDate(QDate(newest.year, newest.month, newest.day) if newest else edit.minimumDate())
        if field:
            edit.setToolTip(tr("Date of this list, taken from field '{field}' (newest value); it applies to records "
                               "without their own date, or to all records when 'Record dates' is off").format(field=field))
        else:
            edit.setToolTip(tr("Date of this list (the layer has no date field; unknown by default, and a list of "
                               "unknown date never wins over a dated one). Newer lists win when values differ"))
        self.source_table.setCellWidget(r, COL_DATE, edit)
        record_dates = QCheckBox(field or tr("none"), self.source_table)
        record_dates.setEnabled(bool(field))
        record_dates.setChecked(state["record_dates"] if state else bool(field))
        record_dates.setToolTip(tr("Use each record's own date from field '{field}'; untick to date every record "
                                   "with the list date").format(field=field) if field else
                                tr("The layer has no date field; every record gets the list date"))
        self.source_table.setCellWidget(r, COL_RECORD_DATES, record_dates)
        count = QTableWidgetItem(str(layer.featureCount()))
        count.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        count.setTextAlignment(int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter))
        count.setToolTip(tr("Number of features in the layer"))
        self.source_table.setItem(r, COL_FEATURES, count)

    def move_selected(self, step: int) -> None:
        rows = self.source_table.selectionModel().selectedRows()
        if not rows:
            return
        r = rows[0].row()
        target = r + step
        if not 0 <= target < len(self.layer_ids):
            return
        state = self._state()
        self.layer_ids[r], self.layer_ids[target] = self.layer_ids[target], self.layer_ids[r]
        ids = list(self.layer_ids)
        self.source_table.setRowCount(0)
        self.layer_ids = []
        project = QgsProject.instance()
        for lid in ids:
            layer = project.mapLayer(lid)
            if layer is not None:
                self._add_row(layer, state.get(lid))
        self.source_table.selectRow(target)

    def row_of(self, layer: QgsVectorLayer) -> int:
        return self.layer_ids.index(layer.id())

    def set_checked(self, layer: QgsVectorLayer, checked: bool = True) -> None:
        self.source_table.item(self.row_of(layer), COL_USE).setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def set_date(self, layer: QgsVectorLayer, date: _dt.date) -> None:
        self.source_table.cellWidget(self.row_of(layer), COL_DATE).setDate(QDate(date.year, date.month, date.day))

    def date_edit(self, layer: QgsVectorLayer) -> QDateEdit:
        return self.source_table.cellWidget(self.row_of(layer), COL_DATE)

    def selected_sources(self) -> List[QgsVectorLayer]:
        project = QgsProject.instance()
        out = []
        for r, lid in enumerate(self.layer_ids):
            if self.source_table.item(r, COL_USE).checkState() == Qt.CheckState.Checked:
                layer = project.mapLayer(lid)
                if layer is not None:
                    out.append(layer)
        return out

    # ------------------------------------------------------------------ run

    def _fail(self, text: str) -> None:
        import html

        text = tr_message(text)  # a core message in the user's language
        self.last_error = text
        self.summary.setText(f"<span style='color:#b2182b'>{html.escape(text)}</span>")
        push_error(self.iface, text)

    def fail(self, error: BaseException) -> None:
        """A failed run is shown in the summary line (TaskDialog calls this for errors of the task)."""
        self._fail(error.message if isinstance(error, DispersionError) else str(error))

    def target_crs(self) -> Optional[QgsCoordinateReferenceSystem]:
        """The chosen target CRS (the working CRS when none is chosen); None, with the reason shown, if not in metres."""
        crs = self.crs_widget.crs()
        if not crs.isValid():
            crs = working_crs(self.selected_sources())
        if crs.isGeographic():
            self._fail(tr("The target CRS {crs} is not in metres; choose a projected CRS such as EPSG:25832.").format(
                crs=crs.authid()))
            return None
        return crs

    def sources(self, layers: List[QgsVectorLayer], target: str) -> List[ShelterSource]:
        """Copy the ticked lists into core sources on the main thread, dated and named as dispersion:fuse does."""
        sources = []
        for layer, name in zip(layers, unique_source_names(layer.name() for layer in layers)):
            r = self.row_of(layer)
            edit = self.source_table.cellWidget(r, COL_DATE)
            qdate = edit.date()
            date = None if qdate == edit.minimumDate() else _dt.date(qdate.year(), qdate.month(), qdate.day())
            raw = layer_to_raw(layer, "shelters")
            # the planner's own mapping wins over guesses: the planning set's for its shelters layer, else the one
            # the CSV import stored on the list it made
            mapping = stored_field_map(layer)
            mapping.update(planning_field_map("shelters", layer))
            source = ShelterSource.from_layer(raw, name, date, mapping)
            if not self.source_table.cellWidget(r, COL_RECORD_DATES).isChecked():
                source.field_map = {k: v for k, v in source.field_map.items() if k != "date"}
            sources.append(in_target_crs(source, target))  # PROJ here, never in the task's thread
        return sources

    def run(self) -> None:
        """Fuse the ticked lists in a background task (the same core call as dispersion:fuse).

        The lists are copied here, on the main thread; when the task ends, ``task_result`` adds the bundled layer
        and the conflict table to the project and ``result`` holds the FusionResult. Errors go to ``last_error``.
        """
        if self.task is not None:
            return
        self.last_error = None
        self.result = None
        self.conflict_table.setRowCount(0)
        layers = self.selected_sources()
        if len(layers) < 2:
            self._fail(tr("Tick at least two shelter lists to fuse."))
            return
        crs = self.target_crs()
        if crs is None:
            return
        target = crs.authid() or crs.toWkt()
        try:
            sources = self.sources(layers, target)
        except Exception as exc:  # an unreadable list or CRS is reported, not raised into Qt
            self.fail(exc)
            return
        distance = self.distance_spin.value()
        self._run = (crs, target, len(sources))

        def work(progress, cancelled):
            if cancelled():
                raise CancelledError()
            progress(5.0)
            result = fuse(sources, distance, target)
            if cancelled():
                raise CancelledError()
            return result

        self.summary.setText(tr("Fusing {n} lists…").format(n=len(sources)))
        self.start_task(tr("Fuse shelter lists"), work)

    def cancelled_text(self) -> str:
        return tr("Fusion cancelled; nothing was added.")

    def task_result(self, result: FusionResult) -> None:
        crs, target, n_sources = self._run
        self.result = result
        self._add_layers(result, crs, target)
        self._show_result(result, n_sources)

    def _add_layers(self, result: FusionResult, crs: QgsCoordinateReferenceSystem, target: str) -> None:
        from shapely.geometry import Point

        authid = crs.authid()
        rows = [(s.attributes(), Point(s.x, s.y) if s.x is not None else None) for s in result.shelters]
        fused = memory_layer(tr("Fused shelters"), "point", authid or DEFAULT_CRS, OUTPUT_FIELDS, rows)
        if not authid:
            fused.setCrs(crs)
        mark_kind(fused, "shelters")
        style_layer(fused, "shelters")
        conflicts = memory_layer(tr("Shelter conflicts"), "none", target, CONFLICT_FIELDS,
                                 [(row, None) for row in result.conflict_rows(ui_language())])
        mark_kind(conflicts, "fusion_conflicts")
        project = QgsProject.instance()
        project.addMapLayer(fused)
        project.addMapLayer(conflicts)
        self.fused_layer, self.conflict_layer = fused, conflicts

    def _show_result(self, result: FusionResult, n_sources: int) -> None:
        text = tr("{shelters} shelters from {sources} lists; {conflicts} conflict(s).").format(
            shelters=len(result.shelters), sources=n_sources, conflicts=len(result.conflicts))
        self.summary.setText(text)
        log(text)
        self.conflict_table.setRowCount(len(result.conflicts))
        for r, conflict in enumerate(result.conflicts):
            values = conflict.values_text()
            cells = (conflict.shelter_id, conflict.field, severity_label(conflict.severity),
                     tr_message(conflict.message))
            for c, value in enumerate(cells):
                item = QTableWidgetItem(str(value))
                item.setToolTip(f"{tr_message(conflict.message)}\n{values}" if values else tr_message(conflict.message))
                if c == 2:
                    item.setForeground(QBrush(severity_colour(conflict.severity)))
                self.conflict_table.setItem(r, c, item)
        self.conflict_table.resizeRowsToContents()
        if self.iface is not None:
            level = Qgis.MessageLevel.Warning if result.conflicts else Qgis.MessageLevel.Success
            self.iface.messageBar().pushMessage(tr("Dispersion Planner"), text, level, 6)

    def conflict_messages(self) -> List[str]:
        return [self.conflict_table.item(r, 3).text() for r in range(self.conflict_table.rowCount())]
