"""An editable table for the rules and group demand tables, with CSV load and save."""
from __future__ import annotations

import os
from typing import Dict, List, Optional, Sequence

from qgis.PyQt.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.contract import LAYERS, RULE_RELATIONS
from ..core.validation import RawFeature, RawLayer
from ..qgis_adapters.i18n import tr


class ContractTableEditor(QWidget):
    """Rows of a no-geometry contract table ("rules" or "group_demand") that planners edit in place."""

    def __init__(self, kind: str, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.kind = kind
        self.columns = [f.name for f in LAYERS[kind].fields]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, len(self.columns), self)
        self.table.setHorizontalHeaderLabels(self.columns)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        for text, tip, slot in (
            (tr("Add row"), tr("Add an empty row"), lambda: self.add_row({})),
            (tr("Remove row"), tr("Remove the selected rows"), self.remove_selected),
            (tr("Load CSV…"), tr("Replace the rows with those of a CSV file (; or , separated)"), self.load_dialog),
            (tr("Save CSV…"), tr("Save the rows to a CSV file"), self.save_dialog),
        ):
            button = QPushButton(text, self)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            row.addWidget(button)
        layout.addLayout(row)

    def add_row(self, values: Dict[str, object]) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        for c, name in enumerate(self.columns):
            value = values.get(name)
            if name == "relation":
                combo = QComboBox(self.table)
                combo.addItems(RULE_RELATIONS)
                combo.setToolTip(tr("separate: keep group_a at least distance_m from group_b; near: place group_a within "
                                    "distance_m of a hotspot or shelter of group_b"))
                if value in RULE_RELATIONS:
                    combo.setCurrentText(str(value))
                self.table.setCellWidget(r, c, combo)
            else:
                self.table.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))

    def remove_selected(self) -> None:
        for r in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(r)

    def rows(self) -> List[Dict[str, str]]:
        out = []
        for r in range(self.table.rowCount()):
            values = {}
            for c, name in enumerate(self.columns):
                widget = self.table.cellWidget(r, c)
                if isinstance(widget, QComboBox):
                    values[name] = widget.currentText()
                else:
                    item = self.table.item(r, c)
                    values[name] = item.text().strip() if item is not None else ""
            if any(values.values()):
                out.append(values)
        return out

    def set_rows(self, rows: Sequence[Dict[str, object]]) -> None:
        self.table.setRowCount(0)
        for row in rows:
            self.add_row(row)

    def raw_layer(self) -> Optional[RawLayer]:
        """The rows as a RawLayer for validation (None when the table is empty)."""
        rows = self.rows()
        if not rows:
            return None
        name = tr("Group rules") if self.kind == "rules" else tr("Group demand")
        return RawLayer(name, self.kind, [RawFeature(i + 1, row) for i, row in enumerate(rows)], crs=None,
                        source_fields=self.columns)

    def load_csv(self, path: str) -> None:
        from ..io.csv_table import header_of, iter_records, sniff_csv

        dialect = sniff_csv(path)
        header = [h.strip() for h in header_of(path, dialect)]
        from ..io.safe_csv import csv_uncell

        self.set_rows([dict(zip(header, map(csv_uncell, fields))) for _, fields in iter_records(path, dialect)])

    def save_csv(self, path: str) -> None:
        tmp = f"{path}.part"
        try:
            with open(tmp, "w", newline="", encoding="utf-8") as fh:
                from ..io.safe_csv import SafeDictWriter  # formula-like text neutralised (OWASP)

                writer = SafeDictWriter(fh, self.columns, delimiter=";")
                writer.writeheader()
                writer.writerows(self.rows())
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)

    def load_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Load table"), "", tr("CSV files (*.csv *.txt)"))
        if path:
            self._guarded(self.load_csv, path, tr("The table could not be loaded; it keeps its rows."))

    def save_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("Save table"), "", tr("CSV files (*.csv)"))
        if path:
            self._guarded(self.save_csv, path, tr("The table could not be saved."))

    def _guarded(self, action, path: str, title: str) -> None:
        """Run a load or save; on failure tell the user in a message box and in the log."""
        try:
            action(path)
        except Exception as exc:  # the user must see why, the table stays as it was
            from ..qgis_adapters.log import log

            text = str(getattr(exc, "message", exc))
            log(f"{title} {path}: {text}")
            QMessageBox.warning(self, title, f"{path}\n\n{text}")
