"""'Placement suggestions…': N new places, planner's rules, background optimisation, reasons and alternatives."""
from __future__ import annotations

import html
import math
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
    QPushButton,
    QSlider,
    QSpinBox,
    QSplitter,
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
from .access_view import KitaInputs, read_age_file
from .chart_widget import ChartWidget
from .table_editor import ContractTableEditor
from .task_dialog import TaskDialog, fit_to_screen, form_column, wrap_form
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
# diagnosis lines that propose a value; the dialog shows them as its own lines with an Apply button
RELAXATION_CODES = ("placement.diag_cap", "placement.diag_spacing", "placement.diag_hotspot", "placement.diag_service",
                    "placement.diag_service_walk", "placement.diag_rule", "placement.diag_places")


def rule_label(row) -> str:
    """A rules-table row as the diagnosis names it (core/placement/diagnose.py): "<a> <relation> <b> <distance> m"."""
    try:
        distance = f"{float(str(row.get('distance_m', '')).replace(',', '.')):g}"
    except ValueError:
        distance = str(row.get("distance_m", ""))
    return f"{row.get('group_a', '')} {row.get('relation', '')} {row.get('group_b', '')} {distance} m"


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
        self.slider.valueChanged.connect(self._from_slider)
        self.spin.valueChanged.connect(lambda v: self.slider.setValue(int(round(v / self.step))))
        self.spin.setValue(value)

    def _from_slider(self, position: int) -> None:
        # only a slider the planner moved sets the number: following a spin box value between two slider steps
        # (60.1 with steps of 0.5) must not round that value away
        if int(round(self.spin.value() / self.step)) != position:
            self.spin.setValue(position * self.step)

    def value(self) -> float:
        return self.spin.value()

    def setValue(self, value: float) -> None:  # noqa: N802 - Qt's name
        """Set ``value``, widening the range first when it lies outside (see ``admit``)."""
        self.admit(value)
        self.spin.setValue(value)

    def admit(self, value: float) -> None:
        """Widen the range so that it holds ``value``; why: the diagnosis may propose a value beyond the
        initial range (a cap of 60.1 with a slider ending at 60), and the control must be able to take it."""
        if value > self.spin.maximum():
            top = math.ceil(value / self.step) * self.step
            self.spin.setMaximum(top)
            self.slider.setMaximum(int(round(top / self.step)))
        if value < self.spin.minimum():
            bottom = math.floor(value / self.step) * self.step
            self.spin.setMinimum(bottom)
            self.slider.setMinimum(int(round(bottom / self.step)))


class PlacementDialog(TaskDialog):
    def __init__(self, iface, parent: Optional[QWidget] = None):
        super().__init__(iface, parent)
        self.result = None
        self.params = None
        self.added_layers: List = []
        self.setWindowTitle(tr("Placement suggestions"))
        page = QVBoxLayout(self)  # the form and the results above, progress and buttons below (never scrolled away)
        outer = QHBoxLayout()
        page.addLayout(outer, 1)

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
        left.insertWidget(0, self.source_warning)  # on top: seen without scrolling
        self._update_source_warning()
        rules_box = QGroupBox(tr("Rules"))
        form = wrap_form(QFormLayout(rules_box))
        self.rules_form = form  # its labels name the controls in the diagnosis
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
        self.hotspot_row = hot_row
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
        self.category_grid = cat_row
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
        # issue 18: the Kita rule (its network, places field, children and reach in the collapsed group below)
        kita_row = QHBoxLayout()
        self.kita_rule = QCheckBox(tr("Consider Kita places"))
        self.kita_rule.setToolTip(tr("The expected children of the new places must fit into free places of Kitas "
                                     "within reach (walking distance when a network is chosen); set the Kitas' "
                                     "places field and the children by age under 'Walking routes and Kita places'"))
        kita_row.addWidget(self.kita_rule)
        self.kita_row = kita_row
        self.kita_share_label = QLabel(tr("under 6:"))
        kita_row.addWidget(self.kita_share_label)
        form.addRow(tr("Kita places"), kita_row)
        self.mix_groups = QCheckBox(tr("allow several groups at one site"))
        self.mix_groups.setToolTip(tr("Off: each site houses one group (language units). On: groups may share a site"))
        form.addRow(tr("Groups"), self.mix_groups)
        self.keep_check = QCheckBox(tr("Keep result"))
        self.keep_check.setToolTip(tr("Keep this run's result layers: the next run will not replace them"))
        form.addRow("", self.keep_check)
        left.addWidget(rules_box)
        # walking network (planning set default) and the Kita inputs, shared with the analysis dialog
        self.kita_inputs = KitaInputs(self.mappers["districts"], self.mappers["services"])
        self.kita_inputs.setToolTip(tr("Walking distances for the service and Kita rules, and the Kita places and "
                                       "children the Kita rule counts"))
        # the share of residents under 6 sits beside the Kita rule's switch (the planner's main assumption)
        share_label = self.kita_inputs.layout().labelForField(self.kita_inputs.under6)
        if share_label is not None:
            share_label.hide()
        self.kita_share = self.kita_inputs.under6
        kita_row.addWidget(self.kita_share, 1)
        self.kita_share.setEnabled(False)
        self.kita_rule.toggled.connect(self.kita_share.setEnabled)
        self.kita_inputs.network.layerChanged.connect(self._distance_wording)
        left.addWidget(self.kita_inputs)
        self.rules_editor = ContractTableEditor("rules")
        self.rules_editor.setToolTip(tr("Planner-defined group rules; the plugin ships no assumption about which groups conflict"))
        self.demand_editor = ContractTableEditor("group_demand")
        self.demand_editor.setToolTip(tr("Places per group label; when filled it replaces N"))
        for title, editor in ((tr("Group rules"), self.rules_editor), (tr("Group demand"), self.demand_editor)):
            box = QGroupBox(title)
            editor.setProperty("box_title", title)  # names the table in the diagnosis
            QVBoxLayout(box).addWidget(editor)
            editor.setMinimumHeight(150)
            left.addWidget(box)
        self.progress = QProgressBar()
        self.progress.setToolTip(tr("Progress of the optimisation"))
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
        left_widget = QWidget()
        left_widget.setLayout(left)
        outer.addWidget(form_column(left_widget))

        self.tabs = QTabWidget()
        self.summary = QTextBrowser()
        self.summary.setToolTip(tr("Status of the suggestion, and why no placement is possible when it is not"))
        result_tab = QWidget()
        result_layout = QVBoxLayout(result_tab)
        result_layout.setContentsMargins(0, 0, 0, 0)
        result_layout.addWidget(self.summary, 1)
        self.relax_box = QGroupBox(tr("What would make it possible"))
        self.relax_box.setToolTip(tr("Each line changes one rule; Apply sets the value in the form, Suggest runs again"))
        self.relax_layout = QGridLayout(self.relax_box)
        self.relax_layout.setColumnStretch(0, 1)
        self.relax_box.hide()
        result_layout.addWidget(self.relax_box)
        self.relaxation_rows: List = []  # (core code, text, apply function) per proposal shown
        self.tabs.addTab(result_tab, tr("Result"))
        self.error_view = self.summary
        self.sites_table = QTableWidget(0, 0)
        self.sites_table.setToolTip(tr("Suggested sites with the reason for each"))
        self.sites_table.setWordWrap(True)
        self.tabs.addTab(self.sites_table, tr("Sites and reasons"))
        districts_tab = QWidget()
        dl = QVBoxLayout(districts_tab)
        self.chart = ChartWidget(tr("Run a suggestion to see the districts before and after."),
                                 tr("Places per 1,000 inhabitants before and after, with the cap"),
                                 tr("places_before_after.png"))
        self.districts_table = QTableWidget(0, 0)
        self.districts_table.setToolTip(tr("Districts before and after the suggested placement"))
        split = QSplitter(Qt.Orientation.Vertical)  # the planner decides how much chart and how much table
        split.addWidget(self.chart)
        split.addWidget(self.districts_table)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        dl.addWidget(split)
        self.tabs.addTab(districts_tab, tr("Before / after"))
        self.districts_tab = districts_tab
        self.alternatives_table = QTableWidget(0, 0)
        self.alternatives_table.setToolTip(tr("Places per site in the suggestion and in each alternative, side by side"))
        self.tabs.addTab(self.alternatives_table, tr("Alternatives"))
        outer.addWidget(self.tabs, 1)
        page.addWidget(self.progress)
        page.addWidget(buttons)
        self._distance_wording()
        fit_to_screen(self, 1200, 820)

    def _distance_wording(self, *_args) -> None:
        """The service distance's tip says which distance the rule will use (walking or straight line)."""
        walk = self.kita_inputs.network_layer() is not None
        tip = tr("Maximum walking distance on the network to each required service") if walk else \
            tr("Maximum straight-line distance to each required service")
        self.service_distance.spin.setToolTip(tip)
        self.service_distance.slider.setToolTip(tip)
        label = self.rules_form.labelForField(self.service_distance)
        if label is not None:  # the row's name says it too (the straight-line wording would mislead)
            label.setText(tr("Service distance on foot") if walk else tr("Service distance"))

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
            kita_rule=self.kita_rule.isChecked(), kita_under6_share=self.kita_share.value() / 100.0,
            kita_rates=self.kita_inputs.demand_rates(), kita_max_distance_m=self.kita_inputs.max_distance.value(),
        )

    def run(self) -> None:
        mappers = [self.kita_inputs.services_with_capacity(m) if kind == "services" else m
                   for kind, m in self.mappers.items()]
        if not self.ready(mappers, tr("Choose the districts, shelters and candidate sites layers."),
                          (self.rules_editor.raw_layer(), self.demand_editor.raw_layer())):
            return
        # the network and the children are read here, on the main thread (layers and PROJ are not thread-safe)
        kita = self.kita_inputs.analysis_params(self.data, self.mappers["districts"], self.fail)
        if kita is None:  # a bad network layer or age table: fail() said why, naming it
            return
        from dataclasses import replace

        data, network = self.data, kita["network"]
        self.params = base = self.build_params()
        self.network_name = kita["network_name"]

        def work(progress, cancelled):
            from ..core.placement import suggest

            params = base
            if params.kita_rule:  # an age file is read here, in the task (a national grid takes seconds)
                read_age_file(kita, data, lambda f: progress(10.0 * f), cancelled)
                params = replace(params, kita_age_rows=tuple(tuple(r) for r in (kita["age_rows"] or ())),
                                 kita_age_points=tuple(tuple(p) for p in (kita.get("age_points") or ())))
            return params, suggest(data, params, progress=lambda v: progress(10.0 + 0.9 * v), is_cancelled=cancelled,
                                   network=network)

        self.start_task(tr("Placement suggestions"), work)

    def cancelled_text(self) -> str:
        return tr("Suggestion cancelled; nothing was added.")

    def task_result(self, result) -> None:
        self.params, self.result = result  # the params with the age file's rows, as the run used them
        self.show_result()
        if self.result.sites:
            self.add_layers()

    def closed_report(self, result):
        """A run without sites pushes nothing (the dialog shows why); with the dialog closed, the bar says it."""
        _, suggestion = result
        if suggestion.sites:
            return None  # add_layers reported it
        return tr_message(suggestion.message), Qgis.MessageLevel.Warning

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
        diagnosis = self.diagnosis_lines(r)
        if diagnosis:
            heading = tr("Why no placement is possible") if str(r.status) == "infeasible" else tr("Diagnosis")
            lines.append("<h4>" + heading + "</h4><ul>" + "".join(f"<li>{esc(d)}</li>" for d in diagnosis) + "</ul>")
        self.show_relaxations(r)
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
            cap, language = self.params.max_per_1000, ui_language()
            self.chart.draw(lambda fig: load_chart(before, None, after=after, cap=cap, language=language, figure=fig))
        self._fill_alternatives()
        self.copy_button.setEnabled(True)
        self.report_button.setEnabled(True)
        self.tabs.setCurrentIndex(0)

    # --- diagnosis you can act on ------------------------------------------
    def control_label(self, control) -> str:
        """The label the form shows for ``control`` (a widget or a row layout); why: the diagnosis names what the
        planner sees, not the Processing parameter."""
        label = self.rules_form.labelForField(control)
        return label.text().rstrip(" :*") if label is not None else ""

    def rule_name(self, family: str) -> str:
        """A rule family ("district_cap", "spacing", ...) named by the dialog's control, in the UI language."""
        names = {
            "district_cap": (tr("district cap (“{control}”)"), self.control_label(self.cap)),
            "spacing": (tr("spacing rule (“{control}”)"), self.control_label(self.spacing)),
            "hotspot": (tr("meeting point rule (“{control}”)"), self.control_label(self.hotspot_row)),
            "services": (tr("service rule (“{control}”)"), self.control_label(self.category_grid)),
            "groups": (tr("group rules (table “{control}”)"), self.rules_editor.property("box_title") or ""),
            "kita": (tr("Kita rule (“{control}”)"), self.control_label(self.kita_row)),
        }
        template, control = names.get(family, ("{control}", family))
        return template.format(control=control)

    def diagnosis_lines(self, r) -> List[str]:
        """The core's diagnosis in the UI language, rules named by the dialog's controls; the proposals with a
        value are left to ``relaxations`` (they get an Apply button)."""
        from ..core.i18n import Message

        shown = {code for code, _, _ in self.relaxations(r)}
        out = []
        for d in r.diagnosis:
            code = getattr(d, "code", "")
            if code in shown:  # the dialog's own line with an Apply button says it
                continue
            if code == "placement.diag_places" and int(d.params.get("value") or 0) < 1:
                continue  # "reduce to at most 0 places" is no proposal; show_relaxations says what is left
            rule = d.params.get("rule") if isinstance(d, Message) else None
            rule_code = getattr(rule, "code", "")
            if rule_code.startswith("placement.rule_"):
                d = Message(code, {**d.params, "rule": self.rule_name(rule_code[len("placement.rule_"):])})
            out.append(tr_message(d))
        return out

    def relaxations(self, r) -> List:
        """(core code, text, apply) per concrete proposal of the diagnosis: the text names the control and the value, and
        ``apply()`` sets that value in the form (widening the control's range when the value lies beyond it)."""
        rx, p = r.relaxations or {}, self.params
        if p is None:
            return []

        def number(value, digits):
            from ..core.i18n import number as core_number

            return tr_message(core_number(value, digits))

        out = []
        if "max_per_1000" in rx:
            v = float(rx["max_per_1000"])
            out.append(("placement.diag_cap", tr("Raise “{control}” to at least {value} (now {now}).").format(
                control=self.control_label(self.cap), value=number(v, 1), now=number(p.max_per_1000, 1)),
                lambda v=v: self.cap.setValue(v)))
        if "min_spacing_m" in rx:
            v = float(rx["min_spacing_m"])
            out.append(("placement.diag_spacing", tr("Lower “{control}” to at most {value} m (now {now} m).").format(
                control=self.control_label(self.spacing), value=number(v, 0), now=number(p.min_spacing_m, 0)),
                lambda v=v: self.spacing.setValue(v)))
        if "hotspot_max_places" in rx:
            v = int(rx["hotspot_max_places"])
            out.append(("placement.diag_hotspot", tr("Raise “{control}” to at least {value} (now {now}).").format(
                control=self.control_label(self.hotspot_row), value=number(v, 0),
                now=number(p.hotspot_max_places or 0, 0)),
                lambda v=v: (self.hotspot_on.setChecked(True), self.hotspot_limit.setValue(v))))
        if "service_max_distance_m" in rx:
            v = float(rx["service_max_distance_m"])
            walked = any(getattr(d, "code", "") == "placement.diag_service_walk" for d in r.diagnosis)
            out.append(("placement.diag_service_walk" if walked else "placement.diag_service", tr("Raise “{control}” to at least {value} m (now {now} m).").format(
                control=self.control_label(self.service_distance), value=number(v, 0),
                now=number(p.service_max_distance_m, 0)),
                lambda v=v: self.service_distance.setValue(v)))
        for label in rx.get("drop_rules", ()):
            out.append(("placement.diag_rule", tr("Remove the rule “{rule}” from the table “{control}”.").format(
                rule=label, control=self.rules_editor.property("box_title") or ""),
                lambda label=label: self.drop_rule(label)))
        places_asked = any(getattr(d, "code", "") == "placement.diag_places" for d in r.diagnosis)
        if places_asked and int(rx.get("places", 0)) >= 1:  # only without a group demand table (N is used)
            v = int(rx["places"])
            out.append(("placement.diag_places", tr("Lower “{control}” to at most {value} (now {now}).").format(
                control=self.control_label(self.places), value=number(v, 0), now=number(p.places, 0)),
                lambda v=v: self.places.setValue(v)))
        return out

    def show_relaxations(self, r) -> None:
        """One line per proposal with an Apply button; the controls' ranges are widened to admit each value."""
        while self.relax_layout.count():
            item = self.relax_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.relaxation_rows = self.relaxations(r)
        rx = r.relaxations or {}
        if "max_per_1000" in rx:
            self.cap.admit(float(rx["max_per_1000"]))
        if "hotspot_max_places" in rx:
            self.hotspot_limit.admit(float(rx["hotspot_max_places"]))
        if "service_max_distance_m" in rx:
            self.service_distance.admit(float(rx["service_max_distance_m"]))
        for row, (_code, text, apply) in enumerate(self.relaxation_rows):
            label = QLabel(text)
            label.setWordWrap(True)
            button = QPushButton(tr("Apply"))
            button.setToolTip(tr("Set this value in the form; then press Suggest again"))
            button.clicked.connect(lambda _checked=False, apply=apply: apply())
            self.relax_layout.addWidget(label, row, 0)
            self.relax_layout.addWidget(button, row, 1, Qt.AlignmentFlag.AlignTop)
        if not self.relaxation_rows and str(r.status) == "infeasible" and r.diagnosis:
            # the core found no single value that makes room (several rules block together): say so plainly
            label = QLabel(tr("No single change makes room for all places: the rules named above block together. "
                              "Relax several of them at once, or ask for fewer places."))
            label.setWordWrap(True)
            self.relax_layout.addWidget(label, 0, 0, 1, 2)
        self.relax_box.setVisible(self.relax_layout.count() > 0)

    def drop_rule(self, label: str) -> None:
        """Remove the rules table's row the diagnosis names as "<a> <relation> <b> <distance> m"."""
        table = self.rules_editor.table
        for row in reversed(range(table.rowCount())):
            values = {}
            for col, name in enumerate(self.rules_editor.columns):
                widget, item = table.cellWidget(row, col), table.item(row, col)
                values[name] = widget.currentText() if hasattr(widget, "currentText") else (item.text().strip() if item else "")
            if rule_label(values) == label:
                table.removeRow(row)

    # --- handing on -------------------------------------------------------
    def table_text(self) -> str:
        """The table on the current tab as tab-separated text (the sites on the Result tab)."""
        r, language = self.result, ui_language()
        current = self.tabs.currentIndex()
        if current == self.tabs.indexOf(self.alternatives_table):
            return table_widget_tsv(self.alternatives_table)
        if current == self.tabs.indexOf(self.districts_tab):
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
