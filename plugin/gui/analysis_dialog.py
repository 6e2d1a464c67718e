"""'Dispersion analysis…': pick layers, run in the background, read indices, charts and districts."""
from __future__ import annotations

from typing import Optional

from qgis.core import Qgis
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QProgressBar,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..core.display import display_name, format_value, table_tsv
from ..core.outputs import DISTRICT_METRICS_FIELDS, district_metric_rows
from ..qgis_adapters.i18n import tr, tr_message, ui_language
from ..qgis_adapters.layers import add_result_layer, memory_layer
from ..qgis_adapters.styles import style_layer
from ..report.charts import load_chart, lorenz_chart
from ..report.html import city_rows, data_sources, report_html
from .access_view import KitaAccessTab, KitaInputs, add_kita_layers, kita_view, read_age_file, straight_line_access
from .chart_widget import ChartWidget
from .task_dialog import TaskDialog, fit_to_screen, form_column, wrap_form
from .widgets import (
    DisplayItem,
    LayerFieldMapper,
    SourceWarning,
    add_help_button,
    copy_text,
    save_report,
    save_report_interactively,
    table_widget_tsv,
)

# city metrics shown first, in this order, in the dialog
HEADLINE = ("per_1000_city", "gini", "dissimilarity", "hoover", "theil", "hhi", "cv_load", "moran_i", "moran_p_sim",
            "clark_evans_r", "share_places_near_hotspots", "share_places_with_access")
NAME_WIDTH = 260  # px: the widest the "Figure" column starts; longer names wrap


class AnalysisDialog(TaskDialog):
    def __init__(self, iface, parent: Optional[QWidget] = None):
        super().__init__(iface, parent)
        self.result = None
        self.metrics_layer = None
        self.kita = None  # the Kita access view of the last run (issue 18)
        self.kita_straight = None
        self.kita_layers = (None, None)
        self.setWindowTitle(tr("Dispersion analysis"))
        page = QVBoxLayout(self)  # the form and the results above, progress and buttons below (never scrolled away)
        outer = QHBoxLayout()
        page.addLayout(outer, 1)

        left = QVBoxLayout()
        self.districts = LayerFieldMapper("districts", fields=("district_id", "name", "population"))
        self.shelters = LayerFieldMapper("shelters", fields=("shelter_id", "capacity", "occupied"))
        self.hotspots = LayerFieldMapper("hotspots", optional=True, fields=())
        self.services = LayerFieldMapper("services", optional=True, fields=())
        for w in (self.districts, self.shelters, self.hotspots, self.services):
            left.addWidget(w)
            w.choiceChanged.connect(self._update_source_warning)
        self.source_warning = SourceWarning()  # the choices mix the sample with own data, files or CRSs
        left.insertWidget(0, self.source_warning)  # on top: seen without scrolling
        self._update_source_warning()
        form = wrap_form(QFormLayout())
        places_row = QHBoxLayout()
        self.capacity_radio = QRadioButton(tr("capacity"))
        self.occupied_radio = QRadioButton(tr("occupied"))
        self.capacity_radio.setChecked(True)
        self.capacity_radio.setToolTip(tr("Count the places available in each shelter"))
        self.occupied_radio.setToolTip(tr("Count the places currently occupied"))
        group = QButtonGroup(self)
        group.addButton(self.capacity_radio)
        group.addButton(self.occupied_radio)
        places_row.addWidget(self.capacity_radio)
        places_row.addWidget(self.occupied_radio)
        form.addRow(tr("Places counted"), places_row)
        self.permutations = QSpinBox()
        self.permutations.setRange(0, 99999)
        self.permutations.setValue(999)
        self.permutations.setToolTip(tr("Random permutations for the pseudo p-values of Moran's I and Gi* (0 = analytical only)"))
        form.addRow(tr("Permutations"), self.permutations)
        self.seed = QSpinBox()
        self.seed.setRange(0, 2**31 - 1)
        self.seed.setValue(12345)
        self.seed.setToolTip(tr("Seed of the random permutations: the same seed gives the same p-values"))
        form.addRow(tr("Seed"), self.seed)
        self.distance = QDoubleSpinBox()
        self.distance.setRange(0, 50000)
        self.distance.setSingleStep(100)
        self.distance.setValue(1000)
        self.distance.setSuffix(" m")
        self.distance.setToolTip(tr("A shelter has access when a kita, a school and a language course lie within this distance"))
        form.addRow(tr("Service distance"), self.distance)
        self.distance_form = form  # its row name follows the walking network choice (_distance_wording)
        self.keep_check = QCheckBox(tr("Keep result"))
        self.keep_check.setToolTip(tr("Keep this run's result layer: the next run will not replace it"))
        form.addRow("", self.keep_check)
        left.addLayout(form)
        # issue 18: walking network and Kita places (collapsed: the dialog fits 1366×768)
        self.kita_inputs = KitaInputs(self.districts, self.services)
        self.kita_inputs.network.layerChanged.connect(self._distance_wording)
        self._distance_wording()
        left.addWidget(self.kita_inputs)
        left.addStretch(1)
        self.progress = QProgressBar()
        self.progress.setToolTip(tr("Progress of the analysis"))
        self.buttons = QDialogButtonBox()
        self.run_button = self.buttons.addButton(tr("Run"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.run_button.setToolTip(tr("Run the analysis in the background"))
        self.cancel_button = self.buttons.addButton(tr("Cancel run"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setToolTip(tr("Stop the running analysis; nothing is added"))
        self.cancel_button.setEnabled(False)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setToolTip(tr("Close the dialog"))
        self.copy_button = self.buttons.addButton(tr("Copy table"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.setToolTip(tr("Copy the table shown as tab-separated text that pastes into a spreadsheet"))
        self.copy_button.setEnabled(False)
        self.copy_button.clicked.connect(self.copy_table)
        self.report_button = self.buttons.addButton(tr("Save report…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.report_button.setToolTip(tr("Save the analysis report as HTML and PDF"))
        self.report_button.setEnabled(False)
        self.report_button.clicked.connect(self.ask_save_report)
        self.run_button.clicked.connect(self.run)
        self.cancel_button.clicked.connect(self.cancel)
        close.clicked.connect(self.close)
        add_help_button(self.buttons, "analysis")
        left_widget = QWidget()
        left_widget.setLayout(left)
        outer.addWidget(form_column(left_widget))

        self.tabs = QTabWidget()
        city_tab = QWidget()
        city_layout = QVBoxLayout(city_tab)
        city_layout.setContentsMargins(0, 0, 0, 0)
        self.city_table = QTableWidget(0, 3)
        self.city_table.setHorizontalHeaderLabels([tr("Figure"), tr("Value"), tr("What it means")])
        self.city_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.city_table.setWordWrap(True)
        self.city_table.setTextElideMode(Qt.TextElideMode.ElideNone)  # readings wrap, never end in "…"
        # names at most NAME_WIDTH wide and readings in the rest, both wrapping: no sideways scrolling; rows follow
        self.city_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.city_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.city_table.setToolTip(tr("City-wide indices with a one-line reading each"))
        city_layout.addWidget(self.city_table)
        self.details_check = QCheckBox(tr("Details"))
        self.details_check.setToolTip(tr("Also show the technical figures (expected values, z-values, shares per meeting point)"))
        self.details_check.toggled.connect(self._show_details)
        city_layout.addWidget(self.details_check)
        self.tabs.addTab(city_tab, tr("City indices"))
        charts = QWidget()
        grid = QGridLayout(charts)
        self.lorenz_chart = ChartWidget(tr("Run the analysis to see the Lorenz curve."),
                                        tr("Lorenz curve: the further below the diagonal, the more concentrated"),
                                        tr("lorenz_curve.png"))
        self.bar_chart = ChartWidget(tr("Run the analysis to see places per 1,000 by district."),
                                     tr("Places per 1,000 inhabitants per district against the city mean"),
                                     tr("places_per_1000.png"))
        grid.addWidget(self.lorenz_chart, 0, 0)
        grid.addWidget(self.bar_chart, 0, 1)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        self.tabs.addTab(charts, tr("Charts"))
        self.district_table = QTableWidget(0, 0)
        self.district_table.setToolTip(tr("Metrics per district; sort by clicking a column header"))
        self.district_table.setSortingEnabled(True)
        self.tabs.addTab(self.district_table, tr("Districts"))
        self.kita_tab = KitaAccessTab()
        self.tabs.addTab(self.kita_tab, tr("Kita access"))
        self.notes = QTextBrowser()
        self.notes.setToolTip(tr("What was excluded, repaired or reprojected"))
        self.tabs.addTab(self.notes, tr("Notes"))
        self.error_view = self.notes
        outer.addWidget(self.tabs, 1)
        page.addWidget(self.progress)
        page.addWidget(self.buttons)
        fit_to_screen(self, 1300, 800)  # the Kita tab (issue 18) needs the width; capped to the screen

    def _distance_wording(self, *_args) -> None:
        """The service distance's row and tip say which distance access uses (walking or straight line); why: the
        German row name says "Luftlinie", which misleads once a walking network is chosen."""
        walk = self.kita_inputs.network_layer() is not None
        self.distance.setToolTip(
            tr("A shelter has access when a kita, a school and a language course lie within this walking distance "
               "on the network") if walk else
            tr("A shelter has access when a kita, a school and a language course lie within this distance"))
        label = self.distance_form.labelForField(self.distance)
        if label is not None:
            label.setText(tr("Service distance on foot") if walk else tr("Service distance"))

    def _update_source_warning(self) -> None:
        self.source_warning.update_for({"districts": self.districts.layer(), "shelters": self.shelters.layer(),
                                        "hotspots": self.hotspots.layer(), "services": self.services.layer()})

    # --- running ----------------------------------------------------------
    def run(self) -> None:
        services = self.kita_inputs.services_with_capacity(self.services)
        if not self.ready((self.districts, self.shelters, self.hotspots, services),
                          tr("Choose a districts layer and a shelters layer.")):
            return
        kita = self.kita_inputs.analysis_params(self.data, self.districts, self.fail)
        if kita is None:  # a bad network layer or age table: fail() said why, naming it
            return
        self.kita_network_name = kita.pop("network_name", None)
        data = self.data
        params = dict(places_field="occupied" if self.occupied_radio.isChecked() else "capacity",
                      permutations=self.permutations.value(), seed=self.seed.value(),
                      service_distance_m=self.distance.value(), **kita)

        def work(progress, cancelled):
            from ..core.metrics.analysis import analyse

            read_age_file(params, data, lambda f: progress(10.0 * f), cancelled)
            result = analyse(data, progress=lambda v: progress(10.0 + 0.9 * v), is_cancelled=cancelled, **params)
            # the straight-line Kita figures beside the walking ones, and the children per district (issue 18)
            return result, straight_line_access(data, params)

        self.start_task(tr("Dispersion analysis"), work)

    def cancelled_text(self) -> str:
        return tr("Analysis cancelled; nothing was added.")

    def task_result(self, result) -> None:
        self.result, self.kita_straight = result
        self.show_result(self.issues)
        self.add_metrics_layer()
        if self.kita is not None:
            self.kita_layers = add_kita_layers(self.kita, self.data, keep=self.keep_check.isChecked())

    # --- showing ----------------------------------------------------------
    def show_result(self, issues) -> None:
        r = self.result
        language = ui_language()
        city = r.city_dict()
        by_key = {row["key"]: row for row in city_rows(r, language)}
        keys = [k for k in HEADLINE if k in by_key] + [k for k in by_key if k not in HEADLINE]
        self.city_rows = [by_key[k] for k in keys]
        self.city_table.setRowCount(len(keys))
        for row, shown in enumerate(self.city_rows):
            for col, text in enumerate((shown["name"], shown["value"], shown["reading"])):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if col == 2:
                    item.setToolTip(text)
                self.city_table.setItem(row, col, item)
        self.city_table.resizeColumnsToContents()
        self.city_table.setColumnWidth(0, min(self.city_table.columnWidth(0), NAME_WIDTH))
        self.city_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.city_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self._show_details(self.details_check.isChecked())
        self.lorenz_chart.draw(lambda fig: lorenz_chart(r.lorenz, city.get("gini"), language=language, figure=fig))
        self.bar_chart.draw(lambda fig: load_chart(r.districts, city.get("per_1000_city"), language=language, figure=fig))
        columns = [f for f, _ in DISTRICT_METRICS_FIELDS]
        self.district_columns = columns
        self.district_table.setSortingEnabled(False)
        self.district_table.setColumnCount(len(columns))
        self.district_table.setHorizontalHeaderLabels([display_name(c, language) for c in columns])
        for col, key in enumerate(columns):
            self.district_table.horizontalHeaderItem(col).setToolTip(key)  # the field name in the layer
        self.district_table.setRowCount(len(r.districts))
        for row, d in enumerate(r.districts):
            for col, key in enumerate(columns):
                value = d.get(key)
                sort_value = value if isinstance(value, (int, float)) and not isinstance(value, bool) else str(value or "")
                self.district_table.setItem(row, col, DisplayItem(format_value(key, value, language), sort_value))
        self.district_table.resizeColumnsToContents()
        self.district_table.setSortingEnabled(True)
        lines = [tr_message(line) for line in [i.message for i in issues] + list(self.data.notes) + list(r.notes)]
        self.notes.setPlainText("\n".join(lines) if lines else tr("No notes: all inputs were used as given."))
        self.kita = kita_view(r, self.data, getattr(self, "kita_network_name", None),
                              getattr(self, "kita_straight", None))
        if self.kita is not None:
            self.kita_tab.show_view(self.kita, language)
        self.copy_button.setEnabled(True)
        self.report_button.setEnabled(True)
        self.tabs.setCurrentIndex(0)

    def _show_details(self, shown: bool) -> None:
        """Technical rows (expected I, z-values, per-hotspot shares) only with "Details" ticked."""
        for row, city_row in enumerate(getattr(self, "city_rows", [])):
            self.city_table.setRowHidden(row, bool(city_row["technical"]) and not shown)
        self.city_table.resizeRowsToContents()

    # --- handing on -------------------------------------------------------
    def table_text(self) -> str:
        """The table on the current tab as tab-separated text (the districts with bare numbers, units in headers)."""
        if self.result is not None and self.tabs.currentWidget() is self.district_table:
            return table_tsv(self.result.districts, self.district_columns, ui_language())
        if self.kita is not None and self.tabs.currentWidget() is self.kita_tab:
            return self.kita_tab.table_text()
        return table_widget_tsv(self.city_table)

    def copy_table(self) -> None:
        """Copy the visible table for a spreadsheet."""
        copy_text(self.table_text())
        self.iface.messageBar().pushMessage(tr("Dispersion Planner"), tr("Table copied."), Qgis.MessageLevel.Info, 3)

    def report_text(self) -> str:
        """The analysis report as HTML in the UI language, with the parameters and the data sources."""
        origins = {}
        for kind, mapper in (("districts", self.districts), ("shelters", self.shelters),
                             ("hotspots", self.hotspots), ("services", self.services)):
            layer = mapper.layer()
            if layer is not None and getattr(self.data, kind, None):
                origins[kind] = layer.name()
        return report_html(analysis=self.result, language=ui_language(), sources=data_sources(self.data, origins))

    def save_report(self, path: str):
        """Write the report as HTML at ``path`` and PDF beside it; returns both paths."""
        return save_report(self.report_text(), path)

    def ask_save_report(self) -> None:
        save_report_interactively(self, self.iface, tr("analysis_report.html"), self.save_report)

    def add_metrics_layer(self) -> None:
        """Add the district metrics as a new layer styled by Gi* class (inputs are untouched)."""
        layer = memory_layer(tr("District metrics"), "polygon", self.data.crs, DISTRICT_METRICS_FIELDS,
                             district_metric_rows(self.result, self.data))
        style_layer(layer, "district_metrics")
        # results group, run's time, replaces the previous unkept one; "Keep result" keeps this one
        add_result_layer(layer, "district_metrics", keep=self.keep_check.isChecked())
        self.metrics_layer = layer
        self.iface.messageBar().pushMessage(
            tr("Dispersion Planner"), tr("Analysis finished: layer 'District metrics' added."), Qgis.MessageLevel.Success, 5)
