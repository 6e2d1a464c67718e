"""'Capacity planning over time…' (issue 17): active and reserve places month by month under arrival scenarios.

Inputs come from the project's planning set (districts with their population; shelters with capacity and
occupancy; candidate sites) or from a sites table file (the columns of io.capacity_tables.SITE_FIELDS); the
cost and lead-time defaults of the form apply to every site whose table has no value of its own. The plan
runs as a QgsTask (core.capacity.plan_capacity); the result is shown as charts (report.capacity_charts,
drawn from a ScenarioRecord), the reasons for each state change, and, when no plan exists, the months short
and the smallest change that helps. Saved scenarios live in the project (``QgsProject.writeEntry`` under
the plugin's scope), so they survive saving and reopening the .qgz, and are compared side by side.
"""
from __future__ import annotations

import datetime
import html
from dataclasses import dataclass, replace
from typing import Any, Dict, List, Optional, Sequence, Tuple

from qgis.core import Qgis, QgsFeature, QgsField, QgsFields, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QDate, Qt
from qgis.PyQt.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
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
from ..core.capacity import CapacityParams, CapacityProblem, DistrictPop, MoveOut, Site, hotspot_areas, validate
from ..core.capacity.compare import (
    ScenarioRecord,
    comparison_rows,
    from_json,
    problem_from_record,
    record_from,
    to_json,
)
from ..core.capacity.scenarios import three_scenarios, waiting_pmf
from ..core.errors import CancelledError, DispersionError, InputError
from ..core.i18n import Message
from ..qgis_adapters.i18n import tr, tr_message, ui_language
from ..qgis_adapters.layers import add_result_layer, qgs_geometry
from ..qgis_adapters.planning_set import SCOPE
from .chart_widget import ChartWidget
from .task_dialog import TaskDialog, fit_to_screen, form_column, wrap_form
from .widgets import LayerFieldMapper, SourceWarning, add_help_button

SCENARIOS_KEY = "capacity_scenarios"  # the project entry (scope dispersion_planner) holding the saved scenarios
SCENARIO_COLUMNS = ("scenario", "month", "arrivals", "group_label")
COST_FIELDS = ("cost_active", "cost_reserve", "activation_lead", "activation_cost", "opening_lead", "opening_cost",
               "closing_cost")
RESERVE_STATUSES = ("reserve", "standby", "passive", "passiv", "vorhalte", "vorhaltung", "reserviert")
LOAD_LAYER_FIELDS = (("district_id", "string"), ("name", "string"), ("month", "int"), ("date", "date"),
                     ("active_places", "int"), ("population", "int"), ("per_1000", "double"))


# ----------------------------------------------------------------------------- saved scenarios in the project

def saved_records(project: Any = None) -> List[ScenarioRecord]:
    """The capacity scenarios saved in ``project`` (default: the current one); empty when none or unreadable.

    Why: a project whose entry a later version wrote, or that was edited by hand, must still open the dialog; the
    problem is logged instead of raised.
    """
    project = project or QgsProject.instance()
    entry = project.readEntry(SCOPE, SCENARIOS_KEY, "")
    text = entry[0] if isinstance(entry, tuple) else entry
    if not text:
        return []
    try:
        return from_json(text)
    except DispersionError as exc:
        from ..qgis_adapters.log import log

        log(tr_message(exc.message), Qgis.MessageLevel.Warning)
        return []


def store_records(records: Sequence[ScenarioRecord], project: Any = None) -> None:
    """Write ``records`` into ``project``'s entry (saved with the .qgz; the project becomes dirty)."""
    project = project or QgsProject.instance()
    if records:
        project.writeEntry(SCOPE, SCENARIOS_KEY, to_json(list(records)))
    else:
        project.removeEntry(SCOPE, SCENARIOS_KEY)


# ----------------------------------------------------------------------------- inputs into the core problem

@dataclass(frozen=True)
class SiteDefaults:
    """Costs (per place and month, or per event for a site) and lead times (months) for sites without their own."""

    cost_active: float = 650.0
    cost_reserve: float = 120.0
    activation_lead: int = 1
    activation_cost: float = 15000.0
    opening_lead: int = 3
    opening_cost: float = 50000.0
    closing_cost: float = 10000.0


def _month_dates(horizon: int, start: Optional[datetime.date] = None) -> List[datetime.date]:
    """The first day of months 1..horizon, month 1 being the month after ``start`` (default: today)."""
    start = start or datetime.date.today()
    out = []
    for t in range(1, horizon + 1):
        k = start.month - 1 + t
        out.append(datetime.date(start.year + k // 12, k % 12 + 1, 1))
    return out


def candidate_cost_factors(candidates: Sequence[Any]) -> Dict[str, float]:
    """Per candidate site id, its ``cost_per_place`` divided by the mean of the candidates that have one.

    Why a ratio: the data contract's cost per place is in "any unit, the same for all sites" (the sample holds
    one-off building costs of 10,000-15,000 per place), so it cannot be a monthly cost in euros; what it does say
    is which site is dearer than another. Candidates without a value (and all of them when the mean is 0) are
    left out: they pay the form's costs.
    """
    costs = {c.site_id: float(c.cost_per_place) for c in candidates
             if getattr(c, "cost_per_place", None) is not None and float(c.cost_per_place) >= 0}
    mean = sum(costs.values()) / len(costs) if costs else 0.0
    if mean <= 0:
        return {}
    return {site_id: cost / mean for site_id, cost in costs.items()}


def sites_from_planning(data: Any, defaults: SiteDefaults) -> Tuple[List[Site], List[str]]:
    """Sites from validated planning data: shelters (active, or reserve by their status; others may reopen as
    candidates) and candidate sites (capacity = their max. places), each in the district it lies in, with the
    defaults' costs and lead times. Returns the sites and the ids of those outside every district (left out).

    A candidate's ``module`` (more than 1 place) makes it open in steps of that many places; its capacity is
    then its max. places rounded down to whole modules, as placement builds them. Its ``cost_per_place`` scales
    the monthly cost of an active and of a reserve place (candidate_cost_factors): a site 20 % dearer than the
    candidates' mean pays 20 % more than the form's costs.

    Why here: the dialog's planning-set path; a sites table file brings its own columns instead.
    """
    from ..core.geometry import locate_points

    points = [(s.shelter_id, s.x, s.y) for s in data.shelters] + [(c.site_id, c.x, c.y) for c in data.candidates]
    where = locate_points([p[1] for p in points], [p[2] for p in points], [d.geometry for d in data.districts])
    costs = {name: getattr(defaults, name) for name in COST_FIELDS}
    sites: List[Site] = []
    outside: List[str] = []
    n = len(data.shelters)
    factors = candidate_cost_factors(data.candidates)
    for i, (site_id, x, y) in enumerate(points):
        if where[i] < 0:
            outside.append(site_id)
            continue
        district = data.districts[int(where[i])].district_id
        if i < n:
            s = data.shelters[i]
            status = (s.status or "active").strip().lower()
            state = "active" if status == "active" else "reserve" if status in RESERVE_STATUSES else "candidate"
            sites.append(Site(site_id, district, int(s.capacity), state, int(s.occupied) if state == "active" else 0,
                              s.group_label or None, x=x, y=y, name=s.name or "", **costs))
        else:
            c = data.candidates[i - n]
            module = int(c.module) if c.module is not None and int(c.module) > 1 else None
            capacity = int(c.max_places) // module * module if module else int(c.max_places)
            own = dict(costs)
            if site_id in factors:
                own.update(cost_active=costs["cost_active"] * factors[site_id],
                           cost_reserve=costs["cost_reserve"] * factors[site_id])
            sites.append(Site(site_id, district, capacity, "candidate", 0, None, x=x, y=y, name=c.name or "",
                              module=module, **own))
    return sites, outside


def sites_from_file(path: str, defaults: SiteDefaults, issues: List[Message]) -> List[Site]:
    """Sites from a sites table (CSV or GeoPackage, io.capacity_tables.SITE_FIELDS); a cost or lead-time cell
    left empty (or a missing column) takes the default. Problems are appended to ``issues``."""
    from ..io.capacity_tables import _blank, read_table, sites_from_table

    table = read_table(path)
    sites = sites_from_table(table, issues)
    records = {row: rec for row, rec in table.rows}
    out = []
    for site in sites:
        rec = records.get(site.row, {})
        missing = {name: getattr(defaults, name) for name in COST_FIELDS if _blank(rec.get(name))}
        out.append(replace(site, **missing) if missing else site)
    return out


def district_pops(data: Any) -> List[DistrictPop]:
    """The planning data's districts with their population (0 where unknown: no cap and no load there)."""
    return [DistrictPop(d.district_id, int(d.population or 0), d.name or "") for d in data.districts]


def load_layer_rows(record: ScenarioRecord, geometries: Dict[str, Any],
                    start: Optional[datetime.date] = None) -> List[Tuple[Dict[str, Any], Any]]:
    """(attributes, geometry) per district and month of a saved run: active places and places per 1,000
    inhabitants, with the first day of the month as date (month 1 = next month). Districts without a geometry
    are left out."""
    from ..core.capacity.compare import district_active_places, district_names

    dates = _month_dates(record.horizon, start)
    places = district_active_places(record)
    names = district_names(record)
    pops = {d["district_id"]: int(d.get("population") or 0) for d in record.problem.get("districts", [])}
    rows = []
    for district_id, series in places.items():
        geom = geometries.get(district_id)
        if geom is None:
            continue
        pop = pops.get(district_id, 0)
        for t, n in enumerate(series):
            rows.append(({"district_id": district_id, "name": names.get(district_id, district_id), "month": t + 1,
                          "date": dates[t], "active_places": int(n), "population": pop,
                          "per_1000": 1000.0 * n / pop if pop > 0 else None}, geom))
    return rows


def load_layer(name: str, crs: str, rows: Sequence[Tuple[Dict[str, Any], Any]]) -> QgsVectorLayer:
    """A memory polygon layer of districts × months that the temporal controller animates (feature date mode),
    styled as the places-per-1,000 choropleth."""
    layer = QgsVectorLayer(f"MultiPolygon?crs={crs}", name, "memory")
    fields = QgsFields()
    for fname, kind in LOAD_LAYER_FIELDS:
        fields.append(QgsField(fname, compat.field_type(kind)))
    provider = layer.dataProvider()
    provider.addAttributes(fields.toList())
    layer.updateFields()
    feats = []
    for attrs, geom in rows:
        f = QgsFeature(layer.fields())
        values = []
        for fname, _kind in LOAD_LAYER_FIELDS:
            v = attrs.get(fname)
            values.append(QDate(v.year, v.month, v.day) if isinstance(v, datetime.date) else v)
        f.setAttributes(values)
        f.setGeometry(qgs_geometry(geom, "polygon"))
        feats.append(f)
    provider.addFeatures(feats)
    layer.updateExtents()
    compat.set_feature_date_temporal(layer, "date", 1.0)
    from ..qgis_adapters.styles import apply_preset

    apply_preset(layer, "districts_per_1000", "district_metrics")  # graduated by per_1000, round classes
    return layer


# ----------------------------------------------------------------------------- the dialog

def _limit_row(form: QFormLayout, label: str, spin: Any, tip: str) -> QCheckBox:
    """A form row "label [ ] limit [spin]" whose spin box counts only when ticked (off by default); returns the
    check box. Why one helper: the district cap and the hotspot limit are both optional limits."""
    on = QCheckBox(tr("limit"))
    on.setToolTip(tip)
    spin.setToolTip(tip)
    on.toggled.connect(spin.setEnabled)
    on.setChecked(False)
    spin.setEnabled(False)
    row = QHBoxLayout()
    row.addWidget(on)
    row.addWidget(spin, 1)
    form.addRow(label, row)
    return on


def _spin(minimum: float, maximum: float, value: float, suffix: str = "", decimals: int = 0, step: float = 1.0,
          tip: str = "") -> Any:
    box = QSpinBox() if decimals == 0 and float(step).is_integer() else QDoubleSpinBox()
    if isinstance(box, QDoubleSpinBox):
        box.setDecimals(decimals)
    box.setRange(int(minimum) if isinstance(box, QSpinBox) else minimum,
                 int(maximum) if isinstance(box, QSpinBox) else maximum)
    box.setSingleStep(int(step) if isinstance(box, QSpinBox) else step)
    box.setValue(int(value) if isinstance(box, QSpinBox) else value)
    if suffix:
        box.setSuffix(suffix)
    if maximum >= 10000:
        box.setGroupSeparatorShown(True)  # 50.000 €, not 50000 €
    if tip:
        box.setToolTip(tip)
    return box


class CapacityDialog(TaskDialog):
    """Capacity planning over time: inputs on the left, results and the comparison in tabs on the right."""

    def __init__(self, iface, parent: Optional[QWidget] = None):
        super().__init__(iface, parent)
        self.result = None
        self.problem: Optional[CapacityProblem] = None
        self.record: Optional[ScenarioRecord] = None
        self.geometries: Dict[str, Any] = {}
        self.crs = ""
        self.added_layers: List[QgsVectorLayer] = []
        self.notes: List[str] = []
        self.setWindowTitle(tr("Capacity planning over time"))
        page = QVBoxLayout(self)
        outer = QHBoxLayout()
        page.addLayout(outer, 1)
        left = QVBoxLayout()
        self.source_warning = SourceWarning()
        left.addWidget(self.source_warning)
        self.mappers = {
            "districts": LayerFieldMapper("districts", fields=("population",)),
            "shelters": LayerFieldMapper("shelters", fields=("capacity", "occupied")),
            "candidates": LayerFieldMapper("candidates", optional=True, fields=("max_places",)),
            "hotspots": LayerFieldMapper("hotspots", optional=True, fields=("radius_m",)),
        }
        self.mappers["hotspots"].setToolTip(tr("Community hotspots (points or areas) for the hotspot rule: newly "
                                               "opened places within their radius are limited"))
        self.mappers["districts"].setToolTip(tr("Districts and their population: the district cap and the load"))
        left.addWidget(self.mappers["districts"])
        left.addWidget(self._sites_box())
        left.addWidget(self._costs_box())
        left.addWidget(self._settings_box())
        left.addWidget(self._scenario_box())
        for mapper in self.mappers.values():
            mapper.choiceChanged.connect(self._update_source_warning)
        self._update_source_warning()
        left_widget = QWidget()
        left_widget.setLayout(left)
        outer.addWidget(form_column(left_widget, widest=460))
        outer.addWidget(self._result_tabs(), 1)
        self.progress = QProgressBar()
        self.progress.setToolTip(tr("Progress of the capacity plan"))
        page.addWidget(self.progress)
        page.addWidget(self._buttons())
        self.fill_scenarios()
        self.refresh_compare()
        fit_to_screen(self, 1300, 820)

    # --- building the form --------------------------------------------------
    def _sites_box(self) -> QGroupBox:
        box = QGroupBox(tr("Sites"))
        lay = QVBoxLayout(box)
        self.from_planning = QRadioButton(tr("Shelters and candidate sites of the planning set"))
        self.from_planning.setToolTip(tr("Existing shelters (capacity, occupancy) and candidate sites from the "
                                         "project's planning layers"))
        self.from_file = QRadioButton(tr("Sites table (CSV or GeoPackage)"))
        self.from_file.setToolTip(tr("A table with the columns site_id, district_id, capacity, state, occupied, "
                                     "cost_active, … (one row per shelter or candidate site)"))
        group = QButtonGroup(box)
        group.addButton(self.from_planning)
        group.addButton(self.from_file)
        self.from_planning.setChecked(True)
        lay.addWidget(self.from_planning)
        lay.addWidget(self.mappers["shelters"])
        lay.addWidget(self.mappers["candidates"])
        lay.addWidget(self.from_file)
        row = QHBoxLayout()
        self.sites_path = QLineEdit()
        self.sites_path.setPlaceholderText(tr("sites.csv or .gpkg"))
        self.sites_path.setToolTip(tr("Path of the sites table"))
        browse = QPushButton(tr("Browse…"))
        browse.setToolTip(tr("Choose the sites table"))
        browse.clicked.connect(self._browse_sites)
        row.addWidget(self.sites_path, 1)
        row.addWidget(browse)
        lay.addLayout(row)
        self.from_file.toggled.connect(self._sites_source_changed)
        self._sites_source_changed()
        return box

    def _costs_box(self) -> QGroupBox:
        box = QGroupBox(tr("Costs and lead times (defaults)"))
        box.setToolTip(tr("Apply to every site whose table has no value of its own; a candidate site's cost per "
                          "place makes its place costs dearer or cheaper than these in proportion"))
        form = wrap_form(QFormLayout(box))
        d = SiteDefaults()
        money = " €"
        self.cost_active = _spin(0, 1e6, d.cost_active, money, 2, 10, tr("Monthly cost of one active place"))
        self.cost_reserve = _spin(0, 1e6, d.cost_reserve, money, 2, 10, tr("Monthly cost of one reserve place"))
        self.activation_lead = _spin(0, 60, d.activation_lead, tr(" months"),
                                     tip=tr("Months from the decision until a reserve site is active"))
        self.activation_cost = _spin(0, 1e9, d.activation_cost, money, 0, 1000, tr("One-off cost of activating a site"))
        self.opening_lead = _spin(0, 60, d.opening_lead, tr(" months"),
                                  tip=tr("Months from the decision until a candidate site can take people"))
        self.opening_cost = _spin(0, 1e9, d.opening_cost, money, 0, 1000, tr("One-off cost of opening a candidate site"))
        self.closing_cost = _spin(0, 1e9, d.closing_cost, money, 0, 1000, tr("One-off cost of closing a site"))
        form.addRow(tr("Active place per month"), self.cost_active)
        form.addRow(tr("Reserve place per month"), self.cost_reserve)
        form.addRow(tr("Activation lead time"), self.activation_lead)
        form.addRow(tr("Activation cost"), self.activation_cost)
        form.addRow(tr("Opening lead time"), self.opening_lead)
        form.addRow(tr("Opening cost"), self.opening_cost)
        form.addRow(tr("Closing cost"), self.closing_cost)
        return box

    def _settings_box(self) -> QGroupBox:
        box = QGroupBox(tr("Settings"))
        form = wrap_form(QFormLayout(box))
        self.horizon = _spin(1, 240, 24, tr(" months"), tip=tr("Number of months planned (month 1 is next month)"))
        self.horizon.valueChanged.connect(lambda _v: self._horizon_changed())
        form.addRow(tr("Horizon"), self.horizon)
        self.occupancy = _spin(1, 100, 90, " %", tip=tr("Active places may be filled up to this share"))
        form.addRow(tr("Target occupancy"), self.occupancy)
        self.by_wait = QRadioButton(tr("waiting time"))
        self.by_wait.setToolTip(tr("After a request people wait between the shortest and the longest time, "
                                   "on average the mean, before they move out"))
        self.by_rate = QRadioButton(tr("monthly rate"))
        self.by_rate.setToolTip(tr("A fixed share of the people moves out every month"))
        group = QButtonGroup(box)
        group.addButton(self.by_wait)
        group.addButton(self.by_rate)
        self.by_wait.setChecked(True)
        wait_row = QHBoxLayout()
        self.wait_low = _spin(1, 120, 3, tip=tr("Shortest waiting time (months)"))
        self.wait_high = _spin(1, 120, 6, tip=tr("Longest waiting time (months)"))
        self.wait_mean = _spin(1, 120, 4.5, "", 1, 0.5, tr("Mean waiting time (months)"))
        wait_row.addWidget(self.by_wait)
        for label, w in ((tr("from"), self.wait_low), (tr("to"), self.wait_high), (tr("mean"), self.wait_mean)):
            wait_row.addWidget(QLabel(label))
            wait_row.addWidget(w)
        wait_row.addStretch(1)
        form.addRow(tr("Move-out"), wait_row)
        rate_row = QHBoxLayout()
        self.rate = _spin(0, 100, 20, " %", 1, 1, tr("Share of the people moving out each month"))
        rate_row.addWidget(self.by_rate)
        rate_row.addWidget(self.rate)
        rate_row.addStretch(1)
        form.addRow("", rate_row)
        self.cap = _spin(0, 1000, 15, "", 1, 0.5)
        self.cap_on = _limit_row(form, tr("Max. places per 1,000"), self.cap, tr(
            "Active places (and the reserve activated in the high scenario) per 1,000 inhabitants may not exceed "
            "this in any district and month"))
        self.spacing = _spin(0, 10000, 0, " m", tip=tr("Newly opened sites keep at least this distance from each "
                                                        "other and from existing shelters (0: no rule)"))
        form.addRow(tr("Min. spacing"), self.spacing)
        # the hotspot rule as in the placement: places newly opened near a hotspot (of the layer below)
        self.hotspot_max = _spin(0, 100000, 60, "", 0, 10)
        self.hotspot_on = _limit_row(form, tr("Max. places near hotspots"), self.hotspot_max, tr(
            "Places of newly opened sites within a hotspot's radius (of its area) may not exceed this, less the "
            "places of existing shelters there"))
        self.hotspot_on.toggled.connect(self.mappers["hotspots"].setEnabled)
        self.hotspot_on.toggled.connect(lambda _on: self._update_source_warning())
        self.mappers["hotspots"].setEnabled(False)
        form.addRow(self.mappers["hotspots"])
        self.time_limit = _spin(1, 3600, 30, " s", 0, 5, tr("Stop the optimiser after this time and report the "
                                                           "best plan found with its gap"))
        form.addRow(tr("Time limit"), self.time_limit)
        return box

    def _scenario_box(self) -> QGroupBox:
        box = QGroupBox(tr("Arrival scenarios"))
        lay = QVBoxLayout(box)
        form = wrap_form(QFormLayout())
        three = QHBoxLayout()
        self.low = _spin(0, 1e6, 70, "", 0, 10, tr("Arrivals per month in the low scenario"))
        self.mid = _spin(0, 1e6, 130, "", 0, 10, tr("Arrivals per month in the mid scenario"))
        self.high = _spin(0, 1e6, 200, "", 0, 10, tr("Arrivals per month in the high scenario"))
        for w in (self.low, self.mid, self.high):
            three.addWidget(w)
        fill = QPushButton(tr("Fill table"))
        fill.setToolTip(tr("Replace the table with the low, mid and high scenarios (the same arrivals every month)"))
        fill.clicked.connect(self.fill_scenarios)
        three.addWidget(fill)
        form.addRow(tr("Arrivals per month (low, mid, high)"), three)
        lay.addLayout(form)
        self.scenario_table = QTableWidget(0, len(SCENARIO_COLUMNS))
        self.scenario_table.setHorizontalHeaderLabels([tr("Scenario"), tr("Month"), tr("Arrivals"),
                                                       tr("Group (optional)")])
        header = self.scenario_table.horizontalHeader()
        for c, mode in enumerate((QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.ResizeToContents,
                                  QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch)):
            header.setSectionResizeMode(c, mode)
        self.scenario_table.setToolTip(tr("Arrivals (people) per scenario and month; edit any cell, or load a CSV "
                                          "with the columns scenario, month, arrivals (and group_label)"))
        self.scenario_table.setMinimumHeight(140)
        self.scenario_table.itemChanged.connect(lambda _item: self._scenario_names_changed())
        lay.addWidget(self.scenario_table)
        buttons = QHBoxLayout()
        load = QPushButton(tr("Load CSV…"))
        load.setToolTip(tr("Replace the table with the rows of a scenario CSV file"))
        load.clicked.connect(self._load_scenarios_dialog)
        save = QPushButton(tr("Save CSV…"))
        save.setToolTip(tr("Save the scenario table as a CSV file"))
        save.clicked.connect(self._save_scenarios_dialog)
        buttons.addWidget(load)
        buttons.addWidget(save)
        buttons.addStretch(1)
        lay.addLayout(buttons)
        roles = wrap_form(QFormLayout())
        self.planning_scenario = QComboBox()
        self.planning_scenario.setToolTip(tr("Active places must cover this scenario's demand every month"))
        self.high_scenario = QComboBox()
        self.high_scenario.setToolTip(tr("Active plus activatable reserve places must cover this scenario's demand"))
        roles.addRow(tr("Planning scenario"), self.planning_scenario)
        roles.addRow(tr("High scenario"), self.high_scenario)
        lay.addLayout(roles)
        return box

    def _result_tabs(self) -> QTabWidget:
        self.tabs = QTabWidget()
        result_tab = QSplitter(Qt.Orientation.Vertical)
        self.summary = QTextBrowser()
        self.summary.setToolTip(tr("Status of the plan; when no plan exists, the months short and what would help"))
        self.summary.setPlainText(tr("Fill in the scenarios and press Plan."))
        self.reasons_table = QTableWidget(0, 0)
        self.reasons_table.setToolTip(tr("Why each site changes its state, month by month"))
        self.reasons_table.setWordWrap(True)
        result_tab.addWidget(self.summary)
        result_tab.addWidget(self.reasons_table)
        self.reasons_table.hide()  # shown with a plan's state changes
        result_tab.setStretchFactor(0, 1)
        result_tab.setStretchFactor(1, 2)
        result_tab.setChildrenCollapsible(False)
        self.result_tab = result_tab
        self.error_view = self.summary
        self.tabs.addTab(result_tab, tr("Result"))
        placeholder = tr("Press Plan to see the chart.")
        self.timeline_chart = ChartWidget(placeholder, tr("Demand per scenario against active and reserve places"),
                                          tr("capacity_timeline.png"))
        self.gantt_chart = ChartWidget(placeholder, tr("The state of each site month by month"),
                                       tr("capacity_sites.png"))
        self.cost_chart = ChartWidget(placeholder, tr("Total cost over the horizon by kind"), tr("capacity_cost.png"))
        self.load_chart = ChartWidget(placeholder, tr("Active places per 1,000 inhabitants per district and month"),
                                      tr("capacity_district_load.png"))
        self.tabs.addTab(self.timeline_chart, tr("Timeline"))
        self.tabs.addTab(self.gantt_chart, tr("Sites"))
        self.tabs.addTab(self.cost_chart, tr("Cost"))
        self.tabs.addTab(self.load_chart, tr("District load"))
        self.tabs.addTab(self._compare_tab(), tr("Compare"))
        return self.tabs

    def _compare_tab(self) -> QWidget:
        tab = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        lay = QVBoxLayout(top)
        lay.setContentsMargins(0, 0, 0, 0)
        self.compare_table = QTableWidget(0, 0)
        self.compare_table.setToolTip(tr("Saved scenarios side by side"))
        self.compare_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectColumns)
        self.compare_table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        lay.addWidget(self.compare_table, 1)
        row = QHBoxLayout()
        self.load_button = QPushButton(tr("Load inputs"))
        self.load_button.setToolTip(tr("Fill the form with the inputs of the selected saved scenario"))
        self.load_button.clicked.connect(self.load_selected)
        self.rename_button = QPushButton(tr("Rename…"))
        self.rename_button.setToolTip(tr("Rename the selected saved scenario"))
        self.rename_button.clicked.connect(self.rename_selected)
        self.delete_button = QPushButton(tr("Delete"))
        self.delete_button.setToolTip(tr("Delete the selected saved scenario from the project"))
        self.delete_button.clicked.connect(self.delete_selected)
        for b in (self.load_button, self.rename_button, self.delete_button):
            row.addWidget(b)
        row.addStretch(1)
        lay.addLayout(row)
        tab.addWidget(top)
        self.compare_chart = ChartWidget(tr("Save scenarios to compare them."),
                                         tr("The highest district load month by month, one line per saved scenario"),
                                         tr("capacity_compare.png"))
        tab.addWidget(self.compare_chart)
        self.compare_table.setMinimumHeight(120)
        tab.setSizes([300, 300])  # the table's seven rows without scrolling, the chart below
        tab.setChildrenCollapsible(False)
        self.compare_tab = tab
        return tab

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox()
        self.buttons = buttons
        self.run_button = buttons.addButton(tr("Plan"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.run_button.setToolTip(tr("Compute the capacity plan in the background"))
        self.cancel_button = buttons.addButton(tr("Cancel run"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setToolTip(tr("Stop the plan; nothing is added"))
        self.cancel_button.setEnabled(False)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setToolTip(tr("Close the dialog"))
        self.layer_button = buttons.addButton(tr("Add load layer"), QDialogButtonBox.ButtonRole.ActionRole)
        self.layer_button.setToolTip(tr("Add the districts × months load layer; the temporal controller plays it "
                                        "month by month"))
        self.save_button = buttons.addButton(tr("Save scenario"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setToolTip(tr("Keep the inputs and the result in the project for the comparison"))
        self.export_button = buttons.addButton(tr("Export INSEK page…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setToolTip(tr("Export the plan as a page for the INSEK (chart and table by district, "
                                         "public-safe)"))
        for b in (self.layer_button, self.save_button, self.export_button):
            b.setEnabled(False)
        self.run_button.clicked.connect(self.run)
        self.cancel_button.clicked.connect(self.cancel)
        close.clicked.connect(self.close)
        self.layer_button.clicked.connect(self.add_load_layer)
        self.save_button.clicked.connect(self.ask_save_scenario)
        self.export_button.clicked.connect(self.ask_export_page)
        self.help_button = add_help_button(buttons, "capacity")
        return buttons

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Re-read the saved scenarios: the project may have been reopened or changed since the dialog was hidden."""
        super().showEvent(event)
        self.refresh_compare()

    # --- form behaviour -----------------------------------------------------
    def _update_source_warning(self) -> None:
        chosen = {"districts": self.mappers["districts"].layer()}
        if self.from_planning.isChecked():
            chosen.update({k: self.mappers[k].layer() for k in ("shelters", "candidates")})
        if getattr(self, "hotspot_on", None) is not None and self.hotspot_on.isChecked():
            chosen["hotspots"] = self.mappers["hotspots"].layer()
        self.source_warning.update_for(chosen)

    def _sites_source_changed(self) -> None:
        planning = not self.from_file.isChecked()
        for k in ("shelters", "candidates"):
            self.mappers[k].setEnabled(planning)
        self.sites_path.setEnabled(not planning)
        if hasattr(self, "source_warning"):
            self._update_source_warning()

    def _browse_sites(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Sites table"), self.sites_path.text(),
                                              tr("Tables (*.csv *.txt *.gpkg)"))
        if path:
            self.sites_path.setText(path)
            self.from_file.setChecked(True)

    def _horizon_changed(self) -> None:
        """A new horizon refills a table that still holds the three numbers' scenarios (edited tables are kept)."""
        if getattr(self, "_filled_rows", None) == self.scenario_rows():
            self.fill_scenarios()

    def fill_scenarios(self) -> None:
        """Low/mid/high from the three numbers into the table (every month the same arrivals)."""
        try:
            scenarios = three_scenarios(float(self.low.value()), float(self.mid.value()), float(self.high.value()),
                                        int(self.horizon.value()))
        except ValueError as exc:
            self.fail(exc)
            return
        rows = [{"scenario": sc.name, "month": str(t), "arrivals": _plain_number(v), "group_label": ""}
                for sc in scenarios for t, v in enumerate(sc.total(), start=1)]
        self.set_scenario_rows(rows)
        self.planning_scenario.setCurrentText("mid")
        self.high_scenario.setCurrentText("high")
        self._filled_rows = self.scenario_rows()

    def set_scenario_rows(self, rows: Sequence[Dict[str, Any]]) -> None:
        """Replace the scenario table's rows (keys scenario, month, arrivals, group_label)."""
        table = self.scenario_table
        table.blockSignals(True)
        table.setRowCount(0)
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, key in enumerate(SCENARIO_COLUMNS):
                value = row.get(key)
                table.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))
        table.blockSignals(False)
        self._scenario_names_changed()

    def scenario_rows(self) -> List[Dict[str, str]]:
        """The scenario table's non-empty rows as text."""
        out = []
        for r in range(self.scenario_table.rowCount()):
            row = {}
            for c, key in enumerate(SCENARIO_COLUMNS):
                item = self.scenario_table.item(r, c)
                row[key] = item.text().strip() if item is not None else ""
            if any(row.values()):
                out.append(row)
        return out

    def _scenario_names_changed(self) -> None:
        names = []
        for row in self.scenario_rows():
            if row["scenario"] and row["scenario"] not in names:
                names.append(row["scenario"])
        for combo, default in ((self.planning_scenario, "mid"), (self.high_scenario, "high")):
            current = combo.currentText()
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(names)
            pick = current if current in names else default if default in names else (names[-1] if names else "")
            combo.setCurrentText(pick)
            combo.blockSignals(False)

    def load_scenarios(self, path: str) -> None:
        """Replace the scenario table with a scenario CSV (or GeoPackage table): scenario, month, arrivals[, group_label]."""
        from ..io.capacity_tables import read_table

        table = read_table(path)
        missing = [c for c in ("scenario", "month", "arrivals") if c not in table.columns]
        if missing:
            raise InputError(tr("The scenario table {table} lacks the column(s) {columns}.").format(
                table=table.label, columns=", ".join(missing)))
        self.set_scenario_rows([{k: rec.get(k) for k in SCENARIO_COLUMNS} for _row, rec in table.rows])
        self._filled_rows = None

    def save_scenarios(self, path: str) -> None:
        """Write the scenario table as a ; separated CSV (UTF-8), renamed into place when complete."""
        from ..io.files import atomic_output
        from ..io.safe_csv import SafeDictWriter

        with atomic_output(path) as tmp:
            with open(tmp, "w", newline="", encoding="utf-8") as fh:
                writer = SafeDictWriter(fh, list(SCENARIO_COLUMNS), delimiter=";")
                writer.writeheader()
                writer.writerows(self.scenario_rows())

    def _load_scenarios_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Load scenarios"), "", tr("Tables (*.csv *.txt *.gpkg)"))
        if path:
            try:
                self.load_scenarios(path)
            except Exception as exc:  # noqa: BLE001 - the planner must see why; the table keeps its rows
                self.fail(exc)

    def _save_scenarios_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("Save scenarios"), tr("scenarios.csv"), tr("CSV files (*.csv)"))
        if path:
            try:
                self.save_scenarios(path)
            except Exception as exc:  # noqa: BLE001
                self.fail(exc)

    # --- the problem --------------------------------------------------------
    def site_defaults(self) -> SiteDefaults:
        return SiteDefaults(float(self.cost_active.value()), float(self.cost_reserve.value()),
                            int(self.activation_lead.value()), float(self.activation_cost.value()),
                            int(self.opening_lead.value()), float(self.opening_cost.value()),
                            float(self.closing_cost.value()))

    def build_params(self) -> CapacityParams:
        return CapacityParams(
            horizon=int(self.horizon.value()), target_occupancy=float(self.occupancy.value()) / 100.0,
            planning_scenario=self.planning_scenario.currentText(), high_scenario=self.high_scenario.currentText(),
            max_per_1000=float(self.cap.value()) if self.cap_on.isChecked() else None,
            min_spacing_m=float(self.spacing.value()), time_limit_s=float(self.time_limit.value()),
            hotspot_max_places=int(self.hotspot_max.value()) if self.hotspot_on.isChecked() else None)

    def build_moveout(self) -> MoveOut:
        if self.by_rate.isChecked():
            return MoveOut(monthly_rate=float(self.rate.value()) / 100.0)
        return MoveOut(wait_pmf=waiting_pmf(float(self.wait_mean.value()), int(self.wait_low.value()),
                                            int(self.wait_high.value())))

    def build_problem(self) -> Optional[CapacityProblem]:
        """Read the layers (main thread) and the form into a checked problem; None (and the reasons shown) if not."""
        from ..core.capacity.texts import Msg
        from ..io.capacity_tables import Table, scenarios_from_table

        planning = self.from_planning.isChecked()
        mappers = [self.mappers["districts"]] + ([self.mappers["shelters"], self.mappers["candidates"]] if planning else [])
        if self.hotspot_on.isChecked():
            mappers.append(self.mappers["hotspots"])
        if not self.ready(mappers, tr("Choose the districts and shelters layers.")):
            return None
        data = self.data
        self.crs = data.crs
        self.geometries = {d.district_id: d.geometry for d in data.districts}
        issues: List[Message] = []
        self.notes = []
        try:
            defaults = self.site_defaults()
            if planning:
                sites, outside = sites_from_planning(data, defaults)
                if outside:
                    self.notes.append(tr("Left out (outside every district): {ids}").format(ids=", ".join(outside)))
            else:
                path = self.sites_path.text().strip()
                if not path:
                    raise InputError(tr("Choose the sites table."))
                sites = sites_from_file(path, defaults, issues)
            params = self.build_params()
            rows = [(i + 1, row) for i, row in enumerate(self.scenario_rows())]
            table = Table(tr("Scenario table"), list(SCENARIO_COLUMNS), rows, ".")
            later: List[Message] = []
            scenarios = scenarios_from_table(table, int(params.horizon), issues, notes=later)
            self.notes.extend(tr_message(n) for n in later)
            if params.hotspot_max_places is not None and not data.hotspots:
                raise InputError(tr("Choose the hotspots layer for the hotspot rule, or switch the limit off."))
            problem = CapacityProblem(sites, district_pops(data), scenarios, params, self.build_moveout(),
                                      hotspot_areas(data.hotspots) if params.hotspot_max_places is not None else [])
            if not issues:
                issues = validate(problem)
            if issues:
                texts = [tr_message(m) for m in issues]
                raise InputError(Msg("in_invalid", {"n": len(texts)}), issues, "\n".join(texts))
        except (DispersionError, ValueError, OSError) as exc:
            self.fail(exc)
            return None
        return problem

    # --- running ----------------------------------------------------------
    def run(self) -> None:
        if self.task is not None:
            return
        problem = self.build_problem()
        if problem is None:
            return
        self.pending = problem

        def work(progress, cancelled):
            return solve_cancellable(problem, progress, cancelled)

        self.start_task(tr("Capacity planning over time"), work)

    def cancelled_text(self) -> str:
        return tr("Capacity plan cancelled; nothing was added.")

    def task_result(self, result) -> None:
        self.problem = self.pending
        self.result = result
        self.record = record_from(self.problem, result, self.default_name())
        self.show_result()

    def closed_report(self, result):
        """None: show_result already said how the run ended in the message bar."""
        return None

    def default_name(self) -> str:
        """A name for the run: planning scenario, cap and time ("mid, 15/1000, 14:05")."""
        p = self.problem.params
        cap = "" if p.max_per_1000 is None else f", {p.max_per_1000:g}/1000"
        return f"{p.planning_scenario}/{p.high_scenario}{cap}, {datetime.datetime.now():%H:%M}"

    # --- showing ----------------------------------------------------------
    def show_result(self) -> None:
        r, language = self.result, ui_language()
        status = str(r.status)
        has_plan = status in ("optimal", "feasible")
        self.summary.setHtml(self.summary_html())
        self.fill_reasons()
        self.draw_charts()
        for b in (self.layer_button, self.export_button):
            b.setEnabled(has_plan)
        self.save_button.setEnabled(True)
        self.tabs.setCurrentIndex(0)
        level = Qgis.MessageLevel.Success if has_plan else Qgis.MessageLevel.Warning
        self.iface.messageBar().pushMessage(tr("Dispersion Planner"), tr_message(r.message, language), level, 6)

    def summary_html(self) -> str:
        """Status, cost, gap and message; the months short and the changes that help when no plan exists."""
        from ..core.display import display_name, format_value

        r, language, esc = self.result, ui_language(), html.escape
        status = str(r.status)
        colour = {"optimal": "#238b45", "feasible": "#b35806", "infeasible": "#b2182b", "timeout": "#6a51a3"}.get(
            status, "black")
        lines = [f"<h3 style='color:{colour}'>{esc(display_name(f'status:{status}', language))}</h3>",
                 f"<p>{esc(tr_message(r.message, language))}</p>"]
        if r.cost is not None and self.record is not None:
            held = self.record.reserve_places_held
            lines.append("<p>" + esc(tr("Reserve places held: at most {max}, on average {mean} per month.").format(
                max=tr_message(_number(held.get("max", 0), 0), language),
                mean=tr_message(_number(held.get("mean", 0), 1), language))) + "</p>")
            if r.max_load is not None:
                lines.append("<p>" + esc(tr("Highest district load: {v} places per 1,000 inhabitants.").format(
                    v=format_value("per_1000", r.max_load, language, with_unit=False))) + "</p>")
        if r.shortfall:
            lines.append("<h4>" + esc(tr("Months short")) + "</h4><ul>" + "".join(
                f"<li>{esc(_render(x, language))}</li>" for x in r.shortfall) + "</ul>")
        if r.fixes:
            lines.append("<h4>" + esc(tr("What would make it possible")) + "</h4><ul>" + "".join(
                f"<li>{esc(_render(x, language))}</li>" for x in r.fixes) + "</ul>")
        if r.violations:
            lines.append("<ul>" + "".join(f"<li>{esc(tr_message(v, language))}</li>" for v in r.violations) + "</ul>")
        if self.notes:
            lines.append("<ul>" + "".join(f"<li>{esc(n)}</li>" for n in self.notes) + "</ul>")
        lines.append("<p><i>" + esc(tr("The plugin suggests; planners decide.")) + "</i></p>")
        return "".join(lines)

    def fill_reasons(self) -> None:
        """One row per state change: site, month, from, to and the reason in the reader's language."""
        r, language = self.result, ui_language()
        names = {s.site_id: s.name for s in self.problem.sites}
        headers = [tr("Site"), tr("Month"), tr("From"), tr("To"), tr("Reason")]
        table = self.reasons_table
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(r.changes))
        for i, ch in enumerate(sorted(r.changes, key=lambda c: (c["month"], c["site_id"]))):
            site = ch["site_id"]
            values = [site, str(ch["month"]), state_text(ch["from"]), state_text(ch["to"]), _render(ch, language)]
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(f"{site} {names[site]}" if c == 0 and names.get(site) else text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                table.setItem(i, c, item)
        table.resizeColumnsToContents()
        header = table.horizontalHeader()
        header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
        table.resizeRowsToContents()
        table.setVisible(bool(r.changes))

    def draw_charts(self) -> None:
        from ..report.capacity_charts import cost_chart, district_load_chart, gantt_chart, timeline_chart

        rec, language = self.record, ui_language()
        self.timeline_chart.draw(lambda fig: timeline_chart(rec, language=language, figure=fig))
        shown = gantt_record(rec)
        self.gantt_chart.draw(lambda fig: gantt_chart(shown, language=language, figure=fig))
        self.cost_chart.draw(lambda fig: cost_chart(rec, language=language, figure=fig))
        self.load_chart.draw(lambda fig: district_load_chart(rec, language=language, figure=fig))

    # --- the load layer -----------------------------------------------------
    def add_load_layer(self) -> Optional[QgsVectorLayer]:
        """The districts × months layer (active places per 1,000 inhabitants), animated by the temporal
        controller, into the results group; the project's time range is set to the horizon."""
        if self.record is None or not self.record.has_plan:
            return None
        rows = load_layer_rows(self.record, self.geometries)
        layer = load_layer(tr("District load over time"), self.crs, rows)
        add_result_layer(layer, "capacity_load", project=QgsProject.instance())
        self.added_layers = [layer]
        _set_project_time_range(rows)
        self.iface.messageBar().pushMessage(
            tr("Dispersion Planner"), tr("District load layer added: {n} districts × {t} months. Open the temporal "
                                         "controller to play it.").format(n=len({a['district_id'] for a, _ in rows}),
                                                                          t=self.record.horizon),
            Qgis.MessageLevel.Success, 6)
        return layer

    # --- saved scenarios and the comparison ------------------------------------------
    def ask_save_scenario(self) -> None:
        if self.record is None:
            return
        name, ok = QInputDialog.getText(self, tr("Save scenario"), tr("Name of the scenario"), text=self.record.name)
        if ok and name.strip():
            self.save_scenario(name.strip())

    def save_scenario(self, name: Optional[str] = None) -> Optional[ScenarioRecord]:
        """Keep the last run (inputs and result) in the project under ``name`` (replacing one of that name)."""
        if self.record is None:
            return None
        record = replace(self.record, name=name or self.record.name)
        records = [r for r in saved_records() if r.name != record.name] + [record]
        store_records(records)
        self.refresh_compare()
        self.iface.messageBar().pushMessage(tr("Dispersion Planner"), tr("Scenario saved in the project: {name}").format(
            name=record.name), Qgis.MessageLevel.Info, 4)
        return record

    def refresh_compare(self) -> None:
        """The saved scenarios side by side, and their highest district load over time in one chart."""
        records = saved_records()
        language = ui_language()
        rows = comparison_rows(records, language)
        from ..core.capacity.compare import COLUMNS, column_titles

        titles = column_titles(language)
        measures = [c for c in COLUMNS if c != "scenario"]
        table = self.compare_table  # side by side: one column per saved scenario, one row per measure
        table.setColumnCount(len(rows))
        table.setRowCount(len(measures))
        table.setHorizontalHeaderLabels([row["text"]["scenario"] for row in rows])
        table.setVerticalHeaderLabels([titles[m] for m in measures])
        for c, row in enumerate(rows):
            for r, key in enumerate(measures):
                item = QTableWidgetItem(str(row["text"][key]))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setTextAlignment(int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter))
                table.setItem(r, c, item)
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(False)
        for b in (self.load_button, self.rename_button, self.delete_button):
            b.setEnabled(bool(records))
        if records:
            self.compare_chart.draw(lambda fig: compare_load_chart(records, language, fig))

    def compare_texts(self) -> List[List[str]]:
        """The comparison table's cells as shown (for tests and copying)."""
        t = self.compare_table
        return [[t.horizontalHeaderItem(c).text()] + [t.item(r, c).text() for r in range(t.rowCount())]
                for c in range(t.columnCount())]

    def _selected(self) -> Optional[int]:
        columns = sorted({i.column() for i in self.compare_table.selectedIndexes()})
        if columns:
            return columns[0]
        return 0 if self.compare_table.columnCount() == 1 else None

    def delete_selected(self) -> None:
        i = self._selected()
        records = saved_records()
        if i is None or i >= len(records):
            return
        answer = QMessageBox.question(self, tr("Delete"), tr("Delete the saved scenario “{name}”?").format(
            name=records[i].name))
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_record(i)

    def delete_record(self, index: int) -> None:
        records = saved_records()
        del records[index]
        store_records(records)
        self.refresh_compare()

    def rename_selected(self) -> None:
        i = self._selected()
        records = saved_records()
        if i is None or i >= len(records):
            return
        name, ok = QInputDialog.getText(self, tr("Rename…"), tr("Name of the scenario"), text=records[i].name)
        if ok and name.strip():
            self.rename_record(i, name.strip())

    def rename_record(self, index: int, name: str) -> None:
        records = saved_records()
        records[index] = replace(records[index], name=name)
        store_records(records)
        self.refresh_compare()

    def load_selected(self) -> None:
        i = self._selected()
        records = saved_records()
        if i is not None and i < len(records):
            self.load_record(records[i])

    def load_record(self, record: ScenarioRecord) -> None:
        """Fill the form with a saved scenario's inputs: settings, move-out, costs (of its first site) and the
        scenario table; the sites themselves come from the layers or the table chosen."""
        problem = problem_from_record(record)
        p = problem.params
        self.horizon.blockSignals(True)
        _set(self.horizon, p.horizon)
        self.horizon.blockSignals(False)
        _set(self.occupancy, 100 * p.target_occupancy)
        self.cap_on.setChecked(p.max_per_1000 is not None)
        if p.max_per_1000 is not None:
            _set(self.cap, p.max_per_1000)
        _set(self.spacing, p.min_spacing_m)
        self.hotspot_on.setChecked(p.hotspot_max_places is not None)
        if p.hotspot_max_places is not None:
            _set(self.hotspot_max, p.hotspot_max_places)
        _set(self.time_limit, p.time_limit_s)
        mo = problem.moveout
        if mo.monthly_rate is not None:
            self.by_rate.setChecked(True)
            _set(self.rate, 100.0 * mo.monthly_rate)
        else:
            self.by_wait.setChecked(True)
            months = [w for w, _ in mo.wait_pmf]
            _set(self.wait_low, min(months))
            _set(self.wait_high, max(months))
            _set(self.wait_mean, sum(w * q for w, q in mo.wait_pmf))
        if problem.sites:
            s = problem.sites[0]
            for name in COST_FIELDS:
                _set(getattr(self, name), getattr(s, name))
        rows = [{"scenario": sc.name, "month": str(t), "arrivals": _plain_number(v), "group_label": g}
                for sc in problem.scenarios for g, series in sc.arrivals.items()
                for t, v in enumerate(series, start=1)]
        self.set_scenario_rows(rows)
        self._filled_rows = None
        self.planning_scenario.setCurrentText(p.planning_scenario)
        self.high_scenario.setCurrentText(p.high_scenario)

    # --- the INSEK page ------------------------------------------------------
    def ask_export_page(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("Export INSEK page"), tr("capacity_insek.pdf"),
                                              tr("PDF (*.pdf);;PNG image (*.png);;SVG image (*.svg)"))
        if path:
            self.export_page(path)

    def export_page(self, path: str, public: bool = True) -> Any:
        """The INSEK page of the last run (public-safe by default: districts, not sites) at ``path``."""
        if self.record is None:
            return None
        try:
            from ..export.capacity_page import export_capacity_page

            written = export_capacity_page(self.record, None, path, public=public, language=ui_language(),
                                           crs=self.crs or None)
        except Exception as exc:  # noqa: BLE001 - shown in the dialog and the message bar
            self.fail(exc)
            return None
        self.iface.messageBar().pushMessage(tr("Dispersion Planner"), tr("INSEK page written: {path}").format(
            path=written if isinstance(written, str) else path), Qgis.MessageLevel.Success, 6)
        return written


# ----------------------------------------------------------------------------- small helpers

def solve_cancellable(problem: CapacityProblem, progress: Any, cancelled: Any, poll_s: float = 0.1) -> Any:
    """plan_capacity in a worker thread, so that Cancel answers at once; why: HiGHS cannot be interrupted, and a
    planner should not wait up to the time limit for a run they stopped. A cancelled run's solver finishes
    unseen (within its time limit) and its result is dropped. Progress follows the time limit."""
    import threading
    import time

    from ..core.capacity import plan_capacity

    box: Dict[str, Any] = {}

    def solve() -> None:
        try:
            box["result"] = plan_capacity(problem)
        except BaseException as exc:  # noqa: BLE001 - handed to the task, which reports it
            box["error"] = exc

    start, limit = time.monotonic(), max(1.0, float(problem.params.time_limit_s))
    worker = threading.Thread(target=solve, name="capacity-plan", daemon=True)
    worker.start()
    while worker.is_alive():
        worker.join(poll_s)
        if cancelled():
            raise CancelledError()
        progress(min(95.0, 2.0 + 93.0 * (time.monotonic() - start) / limit))
    if cancelled():
        raise CancelledError()
    if "error" in box:
        raise box["error"]
    progress(100.0)
    return box["result"]


def gantt_record(record: ScenarioRecord) -> ScenarioRecord:
    """``record`` with only the sites that are held in some month; why: on a city's list most candidate sites
    are never opened, and 46 empty rows squeeze the few that matter into an unreadable chart."""
    sites = record.problem.get("sites", [])
    used = [s for s in sites if any(st != "not_opened" for st in record.states.get(s["site_id"], []))]
    if not used or len(used) == len(sites):
        return record
    return replace(record, problem={**record.problem, "sites": used})


def state_text(state: str) -> str:
    """A month state (active, reserve, closed, not_opened) in the reader's language."""
    return {"active": tr("active"), "reserve": tr("reserve"), "closed": tr("closed"), "not_opened": tr("not opened"),
            "candidate": tr("not opened")}.get(state, state)


def _render(record: Dict[str, Any], language: str) -> str:
    """A core record's message (code and parameters, e.g. a reason or a fix) in ``language``; its English text if
    the code cannot be rendered."""
    from ..core.i18n import render

    try:
        return render(Message(record["code"], record.get("params") or {}), language)
    except (KeyError, ValueError, TypeError):
        return str(record.get("text", ""))


def _number(value: float, digits: int) -> Any:
    from ..core.i18n import number

    return number(float(value), digits)


def _set(box: Any, value: float) -> None:
    """Set a spin box (integer or decimal) to ``value``."""
    box.setValue(int(round(float(value))) if isinstance(box, QSpinBox) else float(value))


def _plain_number(value: float) -> str:
    return f"{float(value):g}"


def _set_project_time_range(rows: Sequence[Tuple[Dict[str, Any], Any]]) -> None:
    """The project's time range covers the layer's months, so the temporal controller starts at month 1."""
    if not rows:
        return
    try:
        from qgis.core import QgsDateTimeRange
        from qgis.PyQt.QtCore import QDateTime, QTime

        dates = sorted({a["date"] for a, _ in rows})
        last = _month_dates(1, dates[-1])[0]
        begin = QDateTime(QDate(dates[0].year, dates[0].month, 1), QTime(0, 0))
        end = QDateTime(QDate(last.year, last.month, 1), QTime(0, 0))
        QgsProject.instance().timeSettings().setTemporalRange(QgsDateTimeRange(begin, end))
    except Exception as exc:  # noqa: BLE001 - the layer works without it; the planner sets the range by hand
        from ..qgis_adapters.log import log

        log(f"time range not set: {exc}", Qgis.MessageLevel.Info)


def compare_load_chart(records: Sequence[ScenarioRecord], language: str, figure: Any) -> None:
    """The highest district load per month of each saved scenario in one chart (private: report.capacity_charts
    has no overlay yet)."""
    from ..core.capacity.texts import Msg
    from ..core.i18n import render
    from ..report.charts import _localise_axis, plain_label

    ax = figure.add_subplot(111)
    for r in records:
        series = r.max_district_load_over_time
        if series:
            ax.plot(range(1, len(series) + 1), series, linewidth=1.8, label=plain_label(r.name))
    ax.set_xlabel(render(Msg("ch_month"), language), fontsize=8)
    ax.set_ylabel(render(Msg("ch_load_axis"), language), fontsize=8)
    ax.tick_params(labelsize=8)
    ax.set_ylim(bottom=0)
    _localise_axis(ax.yaxis, language)
    ax.set_title(tr("Highest district load per month, by saved scenario"), fontsize=10)
    if ax.lines:
        ax.legend(fontsize=8)
    ax.grid(axis="y", color="#eeeeee")
