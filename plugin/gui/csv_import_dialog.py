"""'Import points from CSV…': a city's spreadsheet export as a styled point layer of the data contract.

The dialog sniffs the file (``plugin.io.csv_table.sniff_csv``), shows what it
detected (encoding, separator, decimal mark, coordinate columns, CRS) in
widgets the planner can correct, previews the first rows with the corrected
settings, and on Import reads the whole file with ``read_points_csv`` (the
same reader as the CLI and the Python API), validates it against the contract
and adds a styled memory layer. The CSV file itself is only read.
"""
from __future__ import annotations

import csv
import os
from itertools import islice
from typing import Dict, List, Optional, Tuple

from qgis.core import Qgis, QgsCoordinateReferenceSystem, QgsProject, QgsVectorLayer
from qgis.gui import QgsFileWidget, QgsProjectionSelectionWidget
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QBrush, QColor
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.contract import LAYERS, detect_kind, guess_field_map
from ..core.errors import DispersionError
from ..core.validation import build_planning_data
from ..io.csv_table import (
    DELIMITERS,
    CsvDialect,
    column_kinds,
    coordinate_pairs,
    guess_crs,
    guess_xy,
    open_text,
    read_points_csv,
    sniff_csv,
)
from ..qgis_adapters.i18n import tr, tr_message
from ..qgis_adapters.layers import memory_layer, store_field_map
from ..qgis_adapters.log import log_issues
from ..qgis_adapters.styles import style_layer
from ..qgis_adapters.working_crs import working_crs_text
from .issue_list import IssueList, severity_colour
from .task_dialog import fit_to_screen
from .widgets import add_help_button, default_layer, kind_title, push_error

KINDS = ("shelters", "services", "candidates", "hotspots")


def districts_reference() -> Tuple[Optional[QgsVectorLayer], Optional[Tuple[float, float, float, float]], Optional[str]]:
    """The planning set's districts (else the project's districts layer), their extent (xmin, ymin, xmax, ymax)
    and CRS text; why: an imported row far outside the districts, or with swapped axes, is named at once."""
    layer = default_layer("districts")
    if layer is None or not layer.isSpatial() or not layer.crs().isValid():
        return layer, None, None
    extent = layer.extent()
    if extent.isNull() or extent.isEmpty():
        return layer, None, None
    crs = layer.crs()
    return layer, (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()), \
        crs.authid() or crs.toWkt()
ENCODINGS = ("utf-8", "utf-8-sig", "cp1252", "latin-1")
PREVIEW_ROWS = 20
COORD_COLOUR = QColor("#dbe9f6")


def _delimiter_label(delimiter: str) -> str:
    return tr("Tab") if delimiter == "\t" else delimiter


def _coord(value: float) -> str:
    """A coordinate for reading, in the interface's notation (German "49,43573"): metres without decimals,
    degrees with up to five."""
    from ..core.i18n import number
    from ..qgis_adapters.i18n import ui_language

    if abs(value) >= 1000:
        return str(number(value, 0).text(ui_language()))
    text = str(number(value, 5).text(ui_language()))
    return text.rstrip("0").rstrip(".,") if text[-6:-5] in ".," else text


class CsvImportDialog(QDialog):
    """Choose a CSV file, correct what was detected, preview, import as a contract point layer."""

    def __init__(self, iface, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.iface = iface
        self.dialect: Optional[CsvDialect] = None
        self.columns: List[str] = []
        self.preview_rows: List[List[str]] = []
        self.last_error: Optional[str] = None
        self.notes: List[str] = []
        self.imported_layer: Optional[QgsVectorLayer] = None
        self._loading = False
        self._crs_from_user = False
        self._xy_from_user: Tuple[Optional[str], Optional[str]] = (None, None)
        self.setWindowTitle(tr("Import points from CSV"))
        fit_to_screen(self, 900, 760)  # never larger than the screen (issue 16)

        layout = QVBoxLayout(self)
        intro = QLabel(tr("Read a spreadsheet export (CSV) with coordinate columns as a planning layer. The detected "
                          "settings are shown below: correct any that are wrong, check the preview, then import. "
                          "The file itself is never changed."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        top = QFormLayout()
        self.file_widget = QgsFileWidget(self)
        self.file_widget.setFilter(tr("CSV files (*.csv *.txt);;All files (*)"))
        self.file_widget.setToolTip(tr("The CSV file to import; it is read, never changed"))
        self.file_widget.fileChanged.connect(self.load_file)
        top.addRow(tr("CSV file"), self.file_widget)
        self.kind_combo = QComboBox(self)
        for kind in KINDS:
            self.kind_combo.addItem(kind_title(kind), kind)
        self.kind_combo.setToolTip(tr("Which layer of the data contract the rows are: this decides the fields to "
                                      "map, which columns are read as numbers and the style"))
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        top.addRow(tr("Import as"), self.kind_combo)
        self.name_edit = QLineEdit(self)
        self.name_edit.setToolTip(tr("Name of the new layer in the project (default: the file name)"))
        top.addRow(tr("Layer name"), self.name_edit)
        layout.addLayout(top)

        settings = QGroupBox(tr("Detected settings (correct them if the preview looks wrong)"), self)
        grid = QGridLayout(settings)
        self.encoding_combo = QComboBox(settings)
        self.encoding_combo.setEditable(True)
        self.encoding_combo.addItems(ENCODINGS)
        self.encoding_combo.setToolTip(tr("Text encoding of the file. Umlauts shown as 'Ã¤' mean UTF-8 read as "
                                          "cp1252; '�' means cp1252 read as UTF-8"))
        self.delimiter_combo = QComboBox(settings)
        for d in DELIMITERS:
            self.delimiter_combo.addItem(_delimiter_label(d), d)
        self.delimiter_combo.setToolTip(tr("Character that separates the columns; if the preview shows a single "
                                           "column, the separator is wrong"))
        self.decimal_combo = QComboBox(settings)
        self.decimal_combo.addItem(tr("comma (7,75)"), ",")
        self.decimal_combo.addItem(tr("point (7.75)"), ".")
        self.decimal_combo.setToolTip(tr("Decimal mark of numbers in the file; German spreadsheets use a comma and "
                                         "a point as thousands separator (1.344)"))
        self.x_combo = QComboBox(settings)
        self.x_combo.setToolTip(tr("Column with the x coordinate: longitude, easting or Rechtswert"))
        self.y_combo = QComboBox(settings)
        self.y_combo.setToolTip(tr("Column with the y coordinate: latitude, northing or Hochwert"))
        self.crs_widget = QgsProjectionSelectionWidget(settings)
        self.crs_widget.setOptionVisible(QgsProjectionSelectionWidget.CrsOption.CrsNotSet, True)
        self.crs_widget.setNotSetText(tr("not recognised: choose the CRS"))
        self.crs_widget.setToolTip(tr("Coordinate reference system of the coordinate columns, e.g. EPSG:4326 for "
                                      "latitude/longitude, EPSG:25832 for UTM 32N, EPSG:31466/31467 for "
                                      "Gauss-Krüger"))
        self.skip_missing = QCheckBox(tr("Skip rows without coordinates"), settings)
        self.skip_missing.setToolTip(tr("Import the other rows and list the skipped lines; otherwise rows without "
                                        "coordinates stop the import"))
        self.keep_unknown = QCheckBox(tr("Keep rows with unknown values (NULL)"), settings)
        self.keep_unknown.setChecked(True)
        self.keep_unknown.setToolTip(tr("A blank or 'k. A.' cell in an optional number column keeps its row with "
                                        "the value unknown and a warning naming the line; required columns are "
                                        "still checked"))
        for col, (label, widget) in enumerate(((tr("Encoding"), self.encoding_combo),
                                               (tr("Separator"), self.delimiter_combo),
                                               (tr("Decimal mark"), self.decimal_combo))):
            grid.addWidget(QLabel(label, settings), 0, 2 * col)
            grid.addWidget(widget, 0, 2 * col + 1)
        grid.addWidget(QLabel(tr("x / longitude"), settings), 1, 0)
        grid.addWidget(self.x_combo, 1, 1)
        grid.addWidget(QLabel(tr("y / latitude"), settings), 1, 2)
        grid.addWidget(self.y_combo, 1, 3)
        grid.addWidget(QLabel(tr("CRS"), settings), 2, 0)
        grid.addWidget(self.crs_widget, 2, 1, 1, 5)
        grid.addWidget(self.skip_missing, 3, 0, 1, 3)
        grid.addWidget(self.keep_unknown, 3, 3, 1, 3)
        for c in (1, 3, 5):
            grid.setColumnStretch(c, 1)

        self.mapping_box = QGroupBox(tr("Fields"), self)
        self.mapping_box.setToolTip(tr("Which column holds each field of the data contract; the mapping is stored "
                                       "with the layer, the columns keep their names"))
        self.mapping_form = QGridLayout(self.mapping_box)
        self.field_combos: Dict[str, QComboBox] = {}

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        # the settings and fields scroll in the splitter's first pane: the dialog fits a 1366×768 screen (issue 16)
        upper = QScrollArea(splitter)
        upper.setWidgetResizable(True)
        upper_box = QWidget(upper)
        ul = QVBoxLayout(upper_box)
        ul.setContentsMargins(0, 0, 0, 0)
        ul.addWidget(settings)
        ul.addWidget(self.mapping_box)
        upper.setWidget(upper_box)
        preview_box = QWidget(splitter)
        pv = QVBoxLayout(preview_box)
        pv.setContentsMargins(0, 0, 0, 0)
        self.coord_label = QLabel(preview_box)
        self.coord_label.setWordWrap(True)
        self.coord_label.setToolTip(tr("Coordinates of the preview rows read with the settings above"))
        pv.addWidget(QLabel(tr("Preview (first {n} rows, coordinate columns highlighted)").format(n=PREVIEW_ROWS)))
        self.preview = QTableWidget(preview_box)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setToolTip(tr("The first rows of the file as read with the settings above; nothing here is "
                                   "written back"))
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        pv.addWidget(self.preview, 1)
        pv.addWidget(self.coord_label)
        messages_box = QWidget(splitter)
        mv = QVBoxLayout(messages_box)
        mv.setContentsMargins(0, 0, 0, 0)
        mv.addWidget(QLabel(tr("Messages")))
        self.message_list = IssueList(messages_box)
        self.message_list.setToolTip(tr("Notes and problems of the detection and the import, each naming the file "
                                        "and line"))
        mv.addWidget(self.message_list, 1)
        splitter.addWidget(preview_box)
        splitter.addWidget(messages_box)
        for pane, stretch in enumerate((2, 3, 1)):  # settings and fields, preview, messages
            splitter.setStretchFactor(pane, stretch)
        layout.addWidget(splitter, 1)

        buttons = QDialogButtonBox(self)
        self.import_button = buttons.addButton(tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setToolTip(tr("Read the whole file with these settings, check it against the data "
                                         "contract and add it to the project as a styled layer"))
        self.import_button.setEnabled(False)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setToolTip(tr("Close without importing"))
        self.import_button.clicked.connect(self.import_layer)
        buttons.rejected.connect(self.reject)
        add_help_button(buttons, "import")
        layout.addWidget(buttons)

        for combo in (self.encoding_combo, self.delimiter_combo):
            combo.currentIndexChanged.connect(self._reread)
        self.encoding_combo.lineEdit().editingFinished.connect(self._reread)
        self.decimal_combo.currentIndexChanged.connect(self._settings_changed)
        self.x_combo.currentIndexChanged.connect(self._xy_chosen)
        self.y_combo.currentIndexChanged.connect(self._xy_chosen)
        self.crs_widget.crsChanged.connect(self._crs_changed)
        self._build_mapping()

    # ------------------------------------------------------------------ loading and detection

    def path(self) -> str:
        return self.file_widget.filePath()

    def kind(self) -> str:
        return self.kind_combo.currentData()

    def load_file(self, path: Optional[str] = None) -> bool:
        """Sniff ``path`` (default: the file widget's) and show what was found; False if it cannot be read."""
        if path is not None and path != self.file_widget.filePath():
            self.file_widget.setFilePath(path)  # emits fileChanged, which calls back here
            return self.dialect is not None
        path = self.path()
        self.message_list.clear()
        self.last_error = None
        self.dialect = None
        self.import_button.setEnabled(False)
        if not path:
            return False
        try:
            dialect = sniff_csv(path, preview=PREVIEW_ROWS)
        except DispersionError as exc:
            self._show_error(str(exc))
            self._set_preview([], [])
            return False
        self.dialect = dialect
        self._loading = True
        try:
            self._select(self.encoding_combo, dialect.encoding, editable=True)
            self._select(self.delimiter_combo, dialect.delimiter)
            self._select(self.decimal_combo, dialect.decimal)
            self._set_columns(dialect.columns, dialect.x_field, dialect.y_field)
            self._set_crs(dialect.crs_guess)
            self._crs_from_user = False
            self._xy_from_user = (None, None)
            self.name_edit.setText(os.path.splitext(os.path.basename(path))[0])
            detected = detect_kind(dialect.columns, "point", os.path.basename(path))  # the one detector (core)
            if detected in KINDS:
                self.kind_combo.setCurrentIndex(self.kind_combo.findData(detected))
        finally:
            self._loading = False
        self.preview_rows = [list(r) for r in dialect.preview_rows]
        self._build_mapping()
        self._refresh_preview()
        for note in dialect.notes:
            self._add_message("warning", note)
        if dialect.crs_guess is None and dialect.x_field and dialect.y_field:
            self._add_message("warning", tr("The coordinate system could not be recognised from the values of "
                                            "'{x}'/'{y}': choose the CRS.").format(x=dialect.x_field, y=dialect.y_field))
        self.import_button.setEnabled(True)
        return True

    @staticmethod
    def _select(combo: QComboBox, value: str, editable: bool = False) -> None:
        index = combo.findData(value)
        if index < 0:
            index = combo.findText(value)
        if index < 0 and editable:
            combo.addItem(value)
            index = combo.count() - 1
        if index >= 0:
            combo.setCurrentIndex(index)

    def _set_columns(self, columns: List[str], x: Optional[str], y: Optional[str]) -> None:
        self.columns = list(columns)
        for combo, value in ((self.x_combo, x), (self.y_combo, y)):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(tr("(choose a column)"), "")
            for c in columns:
                combo.addItem(c, c)
            combo.setCurrentIndex(max(combo.findData(value or ""), 0))
            combo.blockSignals(False)

    def _set_crs(self, authid: Optional[str]) -> None:
        self.crs_widget.blockSignals(True)
        self.crs_widget.setCrs(QgsCoordinateReferenceSystem(authid) if authid else QgsCoordinateReferenceSystem())
        self.crs_widget.blockSignals(False)

    def current_dialect(self) -> Optional[CsvDialect]:
        """The sniffed dialect with every correction the user made in the dialog."""
        if self.dialect is None:
            return None
        crs = self.crs_widget.crs()
        return self.dialect.replace(
            encoding=self.encoding_combo.currentText().strip() or self.dialect.encoding,
            delimiter=self.delimiter_combo.currentData() or self.dialect.delimiter,
            decimal=self.decimal_combo.currentData(),
            columns=list(self.columns), preview_rows=[list(r) for r in self.preview_rows],
            x_field=self.x_combo.currentData() or None, y_field=self.y_combo.currentData() or None,
            crs_guess=(crs.authid() or crs.toWkt()) if crs.isValid() else None, notes=[])

    def _read_head(self, encoding: str, delimiter: str) -> Tuple[List[str], List[List[str]]]:
        """Header and first rows with the chosen encoding and separator (undecodable bytes shown as '�')."""
        try:
            with open_text(self.path(), encoding, "replace") as fh:
                rows = list(islice(csv.reader(fh, delimiter=delimiter, quotechar='"'), PREVIEW_ROWS + 1))
        except LookupError as exc:
            raise DispersionError(tr("'{encoding}' is not a known text encoding.").format(encoding=encoding)) from exc
        except (OSError, csv.Error) as exc:
            raise DispersionError(tr("File '{file}' cannot be read ({reason}).").format(
                file=os.path.basename(self.path()), reason=exc)) from exc
        rows = [r for r in rows if r]
        if not rows:
            return [], []
        return [c.strip() for c in rows[0]], rows[1:]

    def _reread(self, *_args) -> None:
        """Encoding or separator changed: read header and preview again, keep choices that still exist."""
        if self._loading or self.dialect is None:
            return
        self.message_list.clear()
        self.last_error = None
        try:
            columns, rows = self._read_head(self.encoding_combo.currentText().strip(),
                                            self.delimiter_combo.currentData())
        except DispersionError as exc:
            self._show_error(str(exc))
            return
        gx, gy, _ = guess_xy(columns)
        # the planner's own choice survives a detour over a wrong separator
        ux, uy = self._xy_from_user
        x = ux if ux in columns else self.x_combo.currentData() if self.x_combo.currentData() in columns else gx
        y = uy if uy in columns else self.y_combo.currentData() if self.y_combo.currentData() in columns else gy
        self._set_columns(columns, x, y)
        self.preview_rows = rows
        if len(columns) < 2:
            self._add_message("warning", tr("With separator '{sep}' the file has a single column: choose another "
                                            "separator.").format(sep=_delimiter_label(self.delimiter_combo.currentData())))
        self._build_mapping()
        self._xy_changed()

    def _settings_changed(self, *_args) -> None:
        if not self._loading:
            self._refresh_preview()

    def _xy_chosen(self, *_args) -> None:
        if self._loading:
            return
        self._xy_from_user = (self.x_combo.currentData() or None, self.y_combo.currentData() or None)
        self._xy_changed()

    def _xy_changed(self, *_args) -> None:
        """New coordinate columns: re-guess the CRS from their values unless the user chose one."""
        if self._loading:
            return
        if not self._crs_from_user:
            xs, ys = self._coordinates()
            crs, _ = guess_crs(xs, ys)
            self._set_crs(crs)
        self._refresh_preview()

    def _crs_changed(self, *_args) -> None:
        if not self._loading:
            self._crs_from_user = True
            self._refresh_preview()

    def _kind_changed(self, *_args) -> None:
        self._build_mapping()

    # ------------------------------------------------------------------ preview and mapping

    def _coordinates(self) -> Tuple[List[float], List[float]]:
        return coordinate_pairs(self.columns, self.preview_rows, self.x_combo.currentData(),
                                self.y_combo.currentData(), self.decimal_combo.currentData())

    def _refresh_preview(self) -> None:
        self._set_preview(self.columns, self.preview_rows)
        xs, ys = self._coordinates()
        x, y = self.x_combo.currentData(), self.y_combo.currentData()
        if not x or not y:
            self.coord_label.setText(tr("Choose the x and y coordinate columns."))
            return
        if not xs:
            self.coord_label.setText(tr("No preview row has numbers in '{x}' and '{y}' with this decimal mark.").format(
                x=x, y=y))
            return
        crs = self.crs_widget.crs()
        text = tr("{n} of {total} preview rows have coordinates: {x} from {x0} to {x1}, {y} from {y0} to {y1}"
                  ).format(n=len(xs), total=len(self.preview_rows), x=x, y=y, x0=_coord(min(xs)),
                           x1=_coord(max(xs)), y0=_coord(min(ys)), y1=_coord(max(ys)))
        guessed, swapped = guess_crs(xs, ys)
        if crs.isValid() and swapped and guessed == crs.authid():
            text += " — " + tr("these look swapped (x holds y values); they will be read swapped")
        elif crs.isValid() and guessed and guessed != crs.authid():
            text += " — " + tr("the values look like {guess}, not {crs}").format(guess=guessed, crs=crs.authid())
        self.coord_label.setText(text + ".")

    def _set_preview(self, columns: List[str], rows: List[List[str]]) -> None:
        self.preview.clear()
        self.preview.setColumnCount(len(columns))
        self.preview.setRowCount(len(rows))
        self.preview.setHorizontalHeaderLabels(columns)
        coord = {self.x_combo.currentData(), self.y_combo.currentData()} - {"", None}
        for r, row in enumerate(rows):
            for c in range(len(columns)):
                item = QTableWidgetItem(row[c] if c < len(row) else "")
                if columns[c] in coord:
                    item.setBackground(QBrush(COORD_COLOUR))
                self.preview.setItem(r, c, item)
            if len(row) != len(columns):
                tip = tr("This row has {count} fields, the header {expected}.").format(count=len(row),
                                                                                     expected=len(columns))
                for c in range(len(columns)):
                    self.preview.item(r, c).setForeground(QBrush(severity_colour("error")))
                    self.preview.item(r, c).setToolTip(tip)
        self.preview.resizeColumnsToContents()

    def _build_mapping(self) -> None:
        """One combo per contract field of the chosen kind, preset by name and known German aliases."""
        while self.mapping_form.count():
            item = self.mapping_form.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.field_combos = {}
        kind = self.kind()
        guessed = guess_field_map(kind, self.columns) if self.columns else {}  # the one alias registry
        self.mapping_box.setTitle(tr("Fields of {kind}").format(kind=kind_title(kind)))
        for i, spec in enumerate(LAYERS[kind].fields):
            combo = QComboBox(self.mapping_box)
            combo.addItem(tr("(none)") if not spec.required else tr("(choose a column)"), "")
            for c in self.columns:
                combo.addItem(c, c)
            combo.setCurrentIndex(max(combo.findData(guessed.get(spec.name, "")), 0))
            combo.setToolTip(tr("Column that holds '{field}' ({kind}{req}).").format(
                field=spec.name, kind=spec.kind, req=tr(", required") if spec.required else tr(", optional")))
            label = QLabel(spec.name + ("" if spec.required else " " + tr("(optional)")), self.mapping_box)
            label.setToolTip(combo.toolTip())
            self.field_combos[spec.name] = combo
            row, col = divmod(i, 3)
            self.mapping_form.addWidget(label, row, 2 * col)
            self.mapping_form.addWidget(combo, row, 2 * col + 1)
            self.mapping_form.setColumnStretch(2 * col + 1, 1)

    def field_map(self) -> Dict[str, str]:
        """Contract field -> chosen column (only fields with a column)."""
        return {name: combo.currentData() for name, combo in self.field_combos.items() if combo.currentData()}

    # ------------------------------------------------------------------ import

    def _add_message(self, severity: str, text: str) -> None:
        self.message_list.add(severity, text)

    def _show_error(self, text: str) -> None:
        text = tr_message(text)  # a core message in the user's language
        self.last_error = text
        self._add_message("error", text)
        push_error(self.iface, text)

    def messages(self) -> List[str]:
        return self.message_list.texts()

    def import_layer(self) -> Optional[QgsVectorLayer]:
        """Read, validate and add the layer; returns it, or None with the reason in ``last_error``."""
        self.message_list.clear()
        self.last_error = None
        self.notes = []
        self.imported_layer = None
        dialect = self.current_dialect()
        if dialect is None:
            self._show_error(tr("Choose a CSV file first."))
            return None
        kind = self.kind()
        mapping = self.field_map()
        x, y = dialect.x_field, dialect.y_field
        if not x or not y:
            self._show_error(tr("File '{file}': choose the x and y coordinate columns.").format(
                file=os.path.basename(self.path())))
            return None
        if x == y:
            self._show_error(tr("File '{file}': x and y are both column '{column}'; choose two columns.").format(
                file=os.path.basename(self.path()), column=x))
            return None
        # the planning set's districts: a row (or the whole list) far outside them, swapped or at a placeholder is named
        districts, extent, reference_crs = districts_reference()
        try:
            raw = read_points_csv(self.path(), kind, dialect, dict(mapping, x=x, y=y), crs=dialect.crs_guess,
                                  skip_missing=self.skip_missing.isChecked(),
                                  keep_unknown=self.keep_unknown.isChecked(),
                                  reference_extent=extent, reference_crs=reference_crs)
        except DispersionError as exc:
            self._show_error(str(exc))
            return None
        except (OSError, LookupError, UnicodeError) as exc:
            self._show_error(tr("File '{file}' cannot be read ({reason}).").format(
                file=os.path.basename(self.path()), reason=exc))
            return None
        self.notes = list(raw.notes)
        for note in raw.notes:
            self._add_message("warning", note)
        _, issues = build_planning_data([raw], working_crs_text([districts]))
        log_issues(issues)
        # info notes of validation speak of the later analysis (e.g. reprojection to EPSG:25832), not of the import
        issues = [i for i in issues if i.severity != "info"]
        errors = [i for i in issues if i.severity == "error"]
        for issue in issues:
            self._add_message(issue.severity, issue.message)
        if errors:
            self.last_error = errors[0].message
            push_error(self.iface, tr("File '{file}' was not imported: {count} error(s) against the data contract; "
                                      "see the dialog.").format(file=os.path.basename(self.path()),
                                                               count=len(errors)))
            return None
        layer = self._make_layer(raw, self.name_edit.text().strip() or raw.name)
        store_field_map(layer, kind, mapping)  # also marks the layer's kind for the other dialogs
        style_layer(layer, kind)
        QgsProject.instance().addMapLayer(layer)
        self.imported_layer = layer
        text = tr("{count} {kind} imported from '{file}' as layer '{layer}' ({crs}).").format(
            count=len(raw.features), kind=kind_title(kind), file=os.path.basename(self.path()), layer=layer.name(),
            crs=layer.crs().authid() or layer.crs().description())
        self._add_message("info", text)
        if self.iface is not None:
            level = Qgis.MessageLevel.Warning if (self.notes or issues) else Qgis.MessageLevel.Success
            self.iface.messageBar().pushMessage(tr("Dispersion Planner"), text, level, 6)
        return layer

    @staticmethod
    def _make_layer(raw, name: str) -> QgsVectorLayer:
        """A memory layer with the CSV's columns (numbers typed where every value is one)."""
        kinds = column_kinds(raw)
        qcrs = QgsCoordinateReferenceSystem(raw.crs)
        if not qcrs.isValid():
            qcrs = QgsCoordinateReferenceSystem.fromWkt(raw.crs)
        authid = qcrs.authid()
        layer = memory_layer(name, "point", authid or "EPSG:4326", kinds,
                             ((f.attributes, f.geometry) for f in raw.features))
        if not authid:
            layer.setCrs(qcrs)
        return layer
