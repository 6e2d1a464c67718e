"""'Placement suggestions…': N new places, planner's rules, background optimisation, reasons and alternatives."""
from __future__ import annotations

import html
from typing import List, Optional

from qgis.core import Qgis, QgsField, QgsProject
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QScrollArea,
    QSlider,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from .. import compat
from ..core.contract import SERVICE_CATEGORIES
from ..core.display import display_name, format_value, table_tsv
from ..core.outputs import DISTRICTS_AFTER_FIELDS, SUGGESTION_FIELDS, districts_after_rows, suggestion_rows
from ..qgis_adapters.i18n import tr, tr_message, ui_language
from ..qgis_adapters.layers import add_result_layer, memory_layer
from ..qgis_adapters.styles import style_layer
from ..report.charts import load_chart
from ..report.html import data_sources, report_html
from .analysis_dialog import pixmap
from .table_editor import ContractTableEditor
from .task_dialog import TaskDialog
from .widgets import (
    LayerFieldMapper,
    SourceWarning,
    add_help_button,
    copy_text,
    save_report,
    save_report_interactively,
    table_widget_tsv,
)

SITE_TABLE_COLUMNS = ("site_id", "group_label", "places", "district_id", "reason")


class SliderSpin(QWidget):
    """A slider with a spin box showing the exact value (both edit the same number)."""

    def __init__(self, minimum: float, maximum: float, step: float, value: float, suffix: str, tip: str,
                 decimals: int = 1, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.step = step
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setRange(int(minimum / step), int(maximum / step))
        self.spin = QDoubleSpinBox(self)
        self.spin.setRange(minimum, maximum)
        self.spin.setSingleStep(step)
        self.spin.setDecimals(decimals)
        self.spin.setSuffix(suffix)
        for w in (self.slider, self.spin):
            w.setToolTip(tip)
        row.addWidget(self.slider, 1)
        row.addWidget(self.spin)
        self.slider.valueChanged.connect(lambda v: self.spin.setValue(v * self.step))
        self.spin.valueChanged.connect(lambda v: self.slider.setValue(int(round(v / self.step))))
        self.spin.setValue(value)

    def value(self) -> float:
        return self.spin.value()


class PlacementDialog(TaskDialog):
    def __init__(self, iface, parent: Optional[QWidget] = None):
        super().__init__(iface, parent)
        self.result = None
        self.params = None
        self.added_layers: List = []
        self.setWindowTitle(tr("Placement suggestions"))
        self.resize(1200, 820)
        outer = QHBoxLayout(self)

        left = QVBoxLayout()
        self.mappers = {
            "districts": LayerFieldMapper("districts", fields=("population",)),
            "shelters": LayerFieldMapper("shelters", fields=("capacity",)),
            "candidates": LayerFieldMapper("candidates", fields=()),
            "hotspots": LayerFieldMapper("hotspots", optional=True, fields=()),
            "services": LayerFieldMapper("services", optional=True, fields=()),
        }
        for mapper in self.mappers.values():
            left.addWidget(mapper)
            mapper.choiceChanged.connect(self._update_source_warning)
        self.source_warning = SourceWarning()  # the choices mix the sample with own data, files or CRSs
        left.addWidget(self.source_warning)
        self._update_source_warning()
        rules_box = QGroupBox(tr("Rules"))
        form = QFormLayout(rules_box)
        self.places = QSpinBox()
        self.places.setRange(1, 100000)
        self.places.setValue(300)
        self.places.setToolTip(tr("Number of new places to distribute (ignored when a group demand table is filled)"))
        form.addRow(tr("New places (N)"), self.places)
        self.cap = SliderSpin(0, 60, 0.5, 15.0, "", tr("District cap: existing plus new places per 1,000 inhabitants may not exceed this"))
        form.addRow(tr("Max. places per 1,000"), self.cap)
        self.spacing = SliderSpin(0, 5000, 50, 500, " m", tr("Opened sites keep at least this distance from each other and from existing shelters"), 0)
        form.addRow(tr("Min. spacing"), self.spacing)
        hot_row = QHBoxLayout()
        self.hotspot_on = QCheckBox(tr("limit"))
        self.hotspot_on.setToolTip(tr("Limit the places within each community hotspot's radius"))
        self.hotspot_limit = SliderSpin(0, 1000, 10, 100, "", tr("New plus existing places allowed within a hotspot's radius"), 0)
        self.hotspot_on.toggled.connect(self.hotspot_limit.setEnabled)
        self.hotspot_on.setChecked(False)  # as dispersion:suggest: no hotspot limit unless asked for
        self.hotspot_limit.setEnabled(False)
        hot_row.addWidget(self.hotspot_on)
        hot_row.addWidget(self.hotspot_limit, 1)
        form.addRow(tr("Hotspot limit"), hot_row)
        cat_row = QGridLayout()
        self.category_boxes = {}
        for i, cat in enumerate(SERVICE_CATEGORIES[:-1]):  # every category but "other"
            shown = display_name(f"category:{cat}", ui_language())
            box = QCheckBox(shown)
            box.setToolTip(tr("Every opened site must have a '{cat}' within the service distance").format(cat=shown))
            box.setChecked(False)
            self.category_boxes[cat] = box
            cat_row.addWidget(box, i // 3, i % 3)
        form.addRow(tr("Required services"), cat_row)
        self.service_distance = SliderSpin(0, 5000, 50, 1000, " m", tr("Maximum straight-line distance to each required service"), 0)
        form.addRow(tr("Service distance"), self.service_distance)
        self.alternatives = QSpinBox()
        self.alternatives.setRange(0, 10)
        self.alternatives.setValue(0)
        self.alternatives.setToolTip(tr("Also compute the next-best distinct placements, so that planners can choose"))
        form.addRow(tr("Alternatives"), self.alternatives)
        self.time_limit = QDoubleSpinBox()
        self.time_limit.setRange(0.5, 3600)
        self.time_limit.setValue(30)
        self.time_limit.setSuffix(" s")
        self.time_limit.setToolTip(tr("Stop the optimiser after this time and report the best placement found with its gap"))
        form.addRow(tr("Time limit"), self.time_limit)
        self.mix_groups = QCheckBox(tr("allow several groups at one site"))
        self.mix_groups.setToolTip(tr("Off: each site houses one group (language units). On: groups may share a site"))
        form.addRow(tr("Groups"), self.mix_groups)
        self.keep_check = QCheckBox(tr("Keep result"))
        self.keep_check.setToolTip(tr("Keep this run's result layers: the next run will not replace them"))
        form.addRow("", self.keep_check)
        left.addWidget(rules_box)
        self.rules_editor = ContractTableEditor("rules")
        self.rules_editor.setToolTip(tr("Planner-defined group rules; the plugin ships no assumption about which groups conflict"))
        self.demand_editor = ContractTableEditor("group_demand")
        self.demand_editor.setToolTip(tr("Places per group label; when filled it replaces N"))
        for title, editor in ((tr("Group rules"), self.rules_editor), (tr("Group demand"), self.demand_editor)):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(editor)
            editor.setMinimumHeight(150)
            left.addWidget(box)
        self.progress = QProgressBar()
        self.progress.setToolTip(tr("Progress of the optimisation"))
        left.addWidget(self.progress)
        buttons = QDialogButtonBox()
        self.run_button = buttons.addButton(tr("Suggest"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.run_button.setToolTip(tr("Compute a placement in the background"))
        self.cancel_button = buttons.addButton(tr("Cancel run"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setToolTip(tr("Stop the optimisation; nothing is added"))
        self.cancel_button.setEnabled(False)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setToolTip(tr("Close the dialog"))
        self.copy_button = buttons.addButton(tr("Copy table"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.setToolTip(tr("Copy the table shown as tab-separated text that pastes into a spreadsheet"))
        self.copy_button.setEnabled(False)
        self.copy_button.clicked.connect(self.copy_table)
        self.report_button = buttons.addButton(tr("Save report…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.report_button.setToolTip(tr("Save the placement report as HTML and PDF"))
        self.report_button.setEnabled(False)
        self.report_button.clicked.connect(self.ask_save_report)
        self.run_button.clicked.connect(self.run)
        self.cancel_button.clicked.connect(self.cancel)
        close.clicked.connect(self.close)
        add_help_button(buttons, "placement")
        left.addWidget(buttons)
        left_widget = QWidget()
        left_widget.setLayout(left)
        scroll = QScrollArea()
        scroll.setWidget(left_widget)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(540)
        scroll.setMaximumWidth(600)
        outer.addWidget(scroll)

        self.tabs = QTabWidget()
        self.summary = QTextBrowser()
        self.summary.setToolTip(tr("Status of the suggestion, and why no placement is possible when it is not"))
        self.tabs.addTab(self.summary, tr("Result"))
        self.error_view = self.summary
        self.sites_table = QTableWidget(0, 0)
        self.sites_table.setToolTip(tr("Suggested sites with the reason for each"))
        self.sites_table.setWordWrap(True)
        self.tabs.addTab(self.sites_table, tr("Sites and reasons"))
        districts_tab = QWidget()
        dl = QVBoxLayout(districts_tab)
        self.chart = QLabel()
        self.chart.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart.setToolTip(tr("Places per 1,000 inhabitants before and after, with the cap"))
        self.districts_table = QTableWidget(0, 0)
        self.districts_table.setToolTip(tr("Districts before and after the suggested placement"))
        dl.addWidget(self.chart)
        dl.addWidget(self.districts_table)
        self.tabs.addTab(districts_tab, tr("Before / after"))
        self.alternatives_table = QTableWidget(0, 0)
        self.alternatives_table.setToolTip(tr("Places per site in the suggestion and in each alternative, side by side"))
        self.tabs.addTab(self.alternatives_table, tr("Alternatives"))
        outer.addWidget(self.tabs, 1)

    def _update_source_warning(self) -> None:
        self.source_warning.update_for({kind: mapper.layer() for kind, mapper in self.mappers.items()})

    # --- running ----------------------------------------------------------
    def build_params(self):
        from ..core.placement import PlacementParams

        return PlacementParams(
            places=self.places.value(), max_per_1000=self.cap.value(), min_spacing_m=self.spacing.value(),
            hotspot_max_places=int(self.hotspot_limit.value()) if self.hotspot_on.isChecked() else None,
            service_categories=tuple(c for c, b in self.category_boxes.items() if b.isChecked()),
            service_max_distance_m=self.service_distance.value(), time_limit_s=self.time_limit.value(),
            alternatives=self.alternatives.value(), mix_groups=self.mix_groups.isChecked(),
        )

    def run(self) -> None:
        if not self.ready(self.mappers.values(), tr("Choose the districts, shelters and candidate sites layers."),
                          (self.rules_editor.raw_layer(), self.demand_editor.raw_layer())):
            return
        data, params = self.data, self.build_params()
        self.params = params

        def work(progress, cancelled):
            from ..core.placement import suggest

            return suggest(data, params, progress=progress, is_cancelled=cancelled)

        self.start_task(tr("Placement suggestions"), work)

    def cancelled_text(self) -> str:
        return tr("Suggestion cancelled; nothing was added.")

    def task_result(self, result) -> None:
        self.result = result
        self.show_result()
        if self.result.sites:
            self.add_layers()

    def closed_report(self, result):
        """A run without sites pushes nothing (the dialog shows why); with the dialog closed, the bar says it."""
        if result.sites:
            return None  # add_layers reported it
        return tr_message(result.message), Qgis.MessageLevel.Warning

    # --- showing ----------------------------------------------------------
    @staticmethod
    def _fill(table: QTableWidget, columns, rows) -> None:
        language = ui_language()
        table.setColumnCount(len(columns))
        table.setHorizontalHeaderLabels([display_name(c, language) for c in columns])
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, key in enumerate(columns):
                value = row.get(key)
                text = tr_message(value) if key == "reason" else format_value(key, value, language)
                item = QTableWidgetItem(text)
                item.setToolTip(item.text())
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                table.setItem(r, c, item)
        table.resizeColumnsToContents()
        header = table.horizontalHeader()
        if columns and columns[-1] == "reason":  # long text: wrap in the remaining width
            header.setSectionResizeMode(len(columns) - 1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(True)
        table.resizeRowsToContents()

    def show_result(self) -> None:
        r = self.result
        colour = {"optimal": "#238b45", "feasible": "#b35806", "infeasible": "#b2182b",
                  "timeout": "#6a51a3"}.get(str(r.status), "black")
        label = display_name(f"status:{r.status}", ui_language())  # "Optimal", "Nicht möglich", ...
        esc = html.escape
        lines = [f"<h3 style='color:{colour}'>{esc(label)}</h3><p>{esc(tr_message(r.message))}</p>"]
        if r.objective_max_per_1000 is not None:
            lines.append("<p>" + tr("Highest load among receiving districts: {v} places per 1,000 inhabitants.").format(
                v=format_value("per_1000", r.objective_max_per_1000, ui_language(), with_unit=False)) + "</p>")
        if r.gap:
            lines.append("<p>" + tr("Optimality gap at the time limit: {gap}").format(gap=f"{100 * r.gap:.2f} %") + "</p>")
        if r.diagnosis:
            heading = tr("Why no placement is possible") if str(r.status) == "infeasible" else tr("Diagnosis")
            lines.append("<h4>" + heading + "</h4><ul>" + "".join(f"<li>{esc(tr_message(d))}</li>" for d in r.diagnosis) + "</ul>")
        if r.sites:
            lines.append("<h4>" + tr("Suggested sites") + "</h4><ul>" + "".join(
                f"<li><b>{esc(site['site_id'])}</b>: {site['places']} — {esc(tr_message(site['reason']))}</li>" for site in r.sites) + "</ul>")
        if r.notes:
            lines.append("<ul>" + "".join(f"<li>{esc(tr_message(n))}</li>" for n in r.notes) + "</ul>")
        lines.append("<p><i>" + tr("The plugin suggests; planners decide.") + "</i></p>")
        self.summary.setHtml("".join(lines))
        self._fill(self.sites_table, SITE_TABLE_COLUMNS, r.sites)
        self._fill(self.districts_table, [f for f, _ in DISTRICTS_AFTER_FIELDS], r.districts_after)
        if r.districts_after:
            before = [{"district_id": d["district_id"], "name": d["name"], "per_1000": d["per_1000_before"]} for d in r.districts_after]
            after = {d["district_id"]: d["per_1000_after"] for d in r.districts_after if d.get("per_1000_after") is not None}
            self.chart.setPixmap(pixmap(load_chart(before, None, fmt="png", after=after, cap=self.params.max_per_1000, size=(7.5, 3.6),
                                                   language=ui_language())))
        self._fill_alternatives()
        self.copy_button.setEnabled(True)
        self.report_button.setEnabled(True)
        self.tabs.setCurrentIndex(0)

    # --- handing on -------------------------------------------------------
    def table_text(self) -> str:
        """The table on the current tab as tab-separated text (the sites on the Result tab)."""
        r, language = self.result, ui_language()
        current = self.tabs.currentIndex()
        if current == self.tabs.indexOf(self.alternatives_table):
            return table_widget_tsv(self.alternatives_table)
        if current == self.tabs.indexOf(self.districts_table.parentWidget()):
            return table_tsv(r.districts_after, [f for f, _ in DISTRICTS_AFTER_FIELDS], language)
        return table_tsv(r.sites, SITE_TABLE_COLUMNS, language)

    def copy_table(self) -> None:
        """Copy the visible table for a spreadsheet."""
        copy_text(self.table_text())
        self.iface.messageBar().pushMessage(tr("Dispersion Planner"), tr("Table copied."), Qgis.MessageLevel.Info, 3)

    def report_text(self) -> str:
        """The placement report as HTML in the UI language, with the rules used and the data sources."""
        origins = {kind: mapper.layer().name() for kind, mapper in self.mappers.items()
                   if mapper.layer() is not None and getattr(self.data, kind, None)}
        return report_html(placement=self.result, placement_params=self.params, language=ui_language(),
                           sources=data_sources(self.data, origins))

    def save_report(self, path: str):
        """Write the report as HTML at ``path`` and PDF beside it; returns both paths."""
        return save_report(self.report_text(), path)

    def ask_save_report(self) -> None:
        save_report_interactively(self, self.iface, tr("placement_report.html"), self.save_report)

    def _fill_alternatives(self) -> None:
        r = self.result
        sets = [(tr("Suggestion"), r.sites, r.objective_max_per_1000)] + [
            (tr("Alternative {k}").format(k=a.rank), a.sites, a.objective_max_per_1000) for a in r.alternatives]
        keys = sorted({(s["site_id"], s.get("group_label") or "") for _, sites, _ in sets for s in sites})
        rows = []
        for site_id, group in keys:
            row = {"site": f"{site_id} {group}".strip()}
            for title, sites, _ in sets:
                row[title] = sum(s["places"] for s in sites if s["site_id"] == site_id and (s.get("group_label") or "") == group) or None
            rows.append(row)
        rows.append({"site": tr("highest load"), **{title: round(obj, 2) if obj is not None else None for title, _, obj in sets}})
        self._fill(self.alternatives_table, ["site"] + [t for t, _, _ in sets], rows)

    def add_layers(self) -> None:
        """Add the suggestion and the districts after it as new, styled layers; inputs stay untouched."""
        project = QgsProject.instance()
        sugg = memory_layer(tr("Suggested sites"), "point", self.data.crs, SUGGESTION_FIELDS, suggestion_rows(self.result, with_alternatives=False, language=ui_language()))
        style_layer(sugg, "suggestions")
        after = memory_layer(tr("Districts after placement"), "polygon", self.data.crs, DISTRICTS_AFTER_FIELDS,
                             districts_after_rows(self.result, self.data))
        after.addExpressionField('"per_1000_after"', QgsField("per_1000", compat.FIELD_DOUBLE))
        style_layer(after, "districts")
        # results group, run's time, each replaces the previous unkept result of its kind
        keep = self.keep_check.isChecked()  # "Keep result": the next run will not replace these
        add_result_layer(after, "districts_after", keep=keep, project=project)
        add_result_layer(sugg, "suggestions", keep=keep, project=project)
        self.added_layers = [sugg, after]
        self.iface.messageBar().pushMessage(tr("Dispersion Planner"), tr_message(self.result.message), Qgis.MessageLevel.Success, 6)
