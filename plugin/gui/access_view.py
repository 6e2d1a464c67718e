"""Kita access in the analysis dialog (issue 18): the inputs ("Walking routes and Kita places") and the result tab.

The inputs say which distance the analysis uses: a walking network layer (optional; the planning set's by
default) or, without one, the straight line. The tab shows per district the Kita places per child in reach and
the shortfall, per shelter the walking against the straight-line distance to the nearest Kita, the core's plain
readings and a bar chart. The numbers are the core's (``analyse(network=...)``); this module only shows them.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional, Sequence, Tuple

from qgis.core import QgsVectorLayer
from qgis.gui import QgsCollapsibleGroupBox, QgsFieldComboBox, QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from .. import compat
from ..core.contract import guess_field_map
from ..core.metrics.fsca import DEFAULT_DEMAND_RATES, DEFAULT_MAX_DISTANCE_M, DEFAULT_SHELTER_UNDER6_SHARE
from ..qgis_adapters.i18n import tr
from ..qgis_adapters.layers import KIND_PROPERTY, generated_layers, is_generated
from .chart_widget import ChartWidget
from .task_dialog import wrap_form
from .widgets import DisplayItem

# result layer fields (contract-style names; the style "kita_access" reads kita_per_child / kita_in_reach)
KITA_DISTRICT_FIELDS: Tuple[Tuple[str, str], ...] = (
    ("district_id", "text"), ("name", "text"), ("children", "float"),
    ("kita_per_child", "float"), ("kita_shortfall", "float"), ("kita_per_child_straight", "float"),
    ("access_method", "text"))
KITA_SHELTER_FIELDS: Tuple[Tuple[str, str], ...] = (
    ("shelter_id", "text"), ("name", "text"), ("district_id", "text"), ("children", "float"),
    ("kita_per_child", "float"), ("kita_shortfall", "float"), ("kita_in_reach", "bool"),
    ("kita_walk_m", "float"), ("kita_straight_m", "float"), ("access_method", "text"))


KITA_MAX_AGE = 6.0  # demand rates cover children under 6 (fsca.DEFAULT_DEMAND_RATES)
# the sample's illustrative age table (city format); chosen explicitly like any other file, never by default:
# the same districts as the planner's own copy must give the same numbers
SAMPLE_AGES = Path(__file__).resolve().parents[2] / "resources" / "sample" / "kaiserslautern_ages.csv"


def method_text(method: Optional[str]) -> str:
    """The distance method in the reader's words (Fußweg / Luftlinie)."""
    from ..qgis_adapters.styles import kita_method_text

    return kita_method_text(method)


def default_network_layer(project: Any = None) -> Optional[QgsVectorLayer]:
    """The walking network a picker starts with: the planning set's, else a line layer marked "network"; None
    (straight line) otherwise. Why not any line layer: a planner's roads layer is not a walking network unless
    chosen, and a silent guess would change the analysis' distances."""
    from qgis.core import QgsProject

    from ..qgis_adapters.planning_set import load_planning_set

    project = project or QgsProject.instance()
    layer = load_planning_set(project).layer("network", project)
    if layer is not None and not is_generated(layer):
        return layer
    for candidate in project.mapLayers().values():
        if isinstance(candidate, QgsVectorLayer) and not is_generated(candidate) \
                and candidate.customProperty(KIND_PROPERTY, "") == "network":
            return candidate
    return None


def _percent_box(value: float, tip: str) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0.0, 100.0)
    box.setDecimals(1)
    box.setSingleStep(1.0)
    box.setSuffix(" %")
    box.setValue(value * 100.0)
    box.setToolTip(tip)
    return box


class KitaInputs(QgsCollapsibleGroupBox):
    """The group "Walking routes and Kita places": network and its fields, Kita places, children, rates."""

    def __init__(self, districts_picker: Any, services_picker: Any, parent: Optional[QWidget] = None):
        super().__init__(tr("Walking routes and Kita places"), parent)
        self.districts_picker = districts_picker
        self.services_picker = services_picker
        form = wrap_form(QFormLayout(self))
        self.network = QgsMapLayerComboBox(self)
        self.network.setFilters(compat.LAYER_FILTER_LINE)
        self.network.setAllowEmptyLayer(True, tr("none (straight line)"))
        self.network.setExceptedLayerList(generated_layers())
        self.network.setToolTip(tr("Line layer of paths and roads to measure walking distances on; empty: "
                                   "straight-line distance. Its data are read, never changed."))
        form.addRow(tr("Walking network"), self.network)
        self.method_label = QLabel()
        self.method_label.setWordWrap(True)
        self.method_label.setStyleSheet("color: palette(mid);")
        form.addRow(self.method_label)
        self.oneway = QgsFieldComboBox(self)
        self.oneway.setAllowEmptyFieldName(True)
        self.oneway.setToolTip(tr("Field saying a line is one-way (yes/1 along, -1 against its direction); "
                                  "empty: every line both ways"))
        form.addRow(tr("One-way (field)"), self.oneway)
        self.walkable = QgsFieldComboBox(self)
        self.walkable.setAllowEmptyFieldName(True)
        self.walkable.setToolTip(tr("Field saying whether people may walk a line (no/0: left out, as OSM "
                                    "foot=no); empty: every line is walkable"))
        form.addRow(tr("Walkable (field)"), self.walkable)
        self.not_walkable = QgsFieldComboBox(self)
        self.not_walkable.setAllowEmptyFieldName(True)
        self.not_walkable.setToolTip(tr("Field that marks lines nobody may walk on (yes/1: left out); "
                                        "empty: no line is left out"))
        form.addRow(tr("Not walkable (field)"), self.not_walkable)
        self.capacity = QgsFieldComboBox(self)
        self.capacity.setAllowEmptyFieldName(True)
        self.capacity.setFilters(compat.FIELD_FILTER_NUMERIC | compat.FIELD_FILTER_STRING)
        self.capacity.setToolTip(tr("Field of the services layer with each Kita's places; empty: only the "
                                    "distance to the nearest Kita is checked"))
        form.addRow(tr("Kita places (field)"), self.capacity)
        self.age_file = QgsFileWidget(self)
        self.age_file.setFilter(tr("Age tables (*.csv *.txt);;All files (*)"))
        self.age_file.setToolTip(tr("Children by age group per district: the city's statistics export "
                                    "(GebietsID;Gebietsname;von;BisKleinerAls;Männlich;Weiblich), "
                                    "district_id;age_from;age_to;count, or a Zensus grid age table "
                                    "(GITTER_ID_100m;...;Unter10;a10bis19;...), whose cells are summed per "
                                    "district and show where the children live. Empty: the table layer or the "
                                    "children field below"))
        form.addRow(tr("Age table (optional)"), self.age_file)
        self.age_layer = QgsMapLayerComboBox(self)
        self.age_layer.setFilters(compat.LAYER_FILTER_NO_GEOMETRY)
        self.age_layer.setAllowEmptyLayer(True)
        self.age_layer.setLayer(None)
        self.age_layer.setToolTip(tr("The same age table as a table layer of the project (a CSV or GeoPackage "
                                     "table with the city's or the plain columns); used when no age table file "
                                     "is chosen"))
        form.addRow(tr("Age table layer (optional)"), self.age_layer)
        self.children = QgsFieldComboBox(self)
        self.children.setAllowEmptyFieldName(True)
        self.children.setFilters(compat.FIELD_FILTER_NUMERIC | compat.FIELD_FILTER_STRING)
        self.children.setToolTip(tr("Field of the districts layer with the children under 6; used when no "
                                    "age table is given"))
        form.addRow(tr("Children under 6 (field)"), self.children)
        rates = {round(a1): rate for a0, a1, rate in DEFAULT_DEMAND_RATES}
        self.rate_under2 = _percent_box(rates.get(2, 0.265), tr("Share of children under 2 who need a place"))
        self.rate_2to3 = _percent_box(rates.get(3, 0.75), tr("Share of 2-year-olds who need a place"))
        self.rate_3to6 = _percent_box(rates.get(6, 0.99), tr("Share of 3- to 5-year-olds who need a place"))
        rate_row = QHBoxLayout()
        for box in (self.rate_under2, self.rate_2to3, self.rate_3to6):
            rate_row.addWidget(box)
        form.addRow(tr("Demand: under 2 / 2–3 / 3–6 years"), rate_row)
        self.under6 = _percent_box(DEFAULT_SHELTER_UNDER6_SHARE, tr(
            "Assumed share of shelter residents under 6 (a planner's figure, not a statistic)"))
        form.addRow(tr("Under 6 in shelters"), self.under6)
        self.max_distance = QDoubleSpinBox()
        self.max_distance.setRange(50, 20000)
        self.max_distance.setSingleStep(100)
        self.max_distance.setDecimals(0)
        self.max_distance.setSuffix(" m")
        self.max_distance.setValue(DEFAULT_MAX_DISTANCE_M)
        self.max_distance.setToolTip(tr("A Kita farther away than this (on foot, or straight line without a "
                                        "network) is out of reach"))
        form.addRow(tr("Max. walking distance"), self.max_distance)
        self.network.layerChanged.connect(self._network_changed)
        services_picker.layer_combo.layerChanged.connect(self._services_changed)
        districts_picker.layer_combo.layerChanged.connect(self._districts_changed)
        self.network.setLayer(default_network_layer())
        self._network_changed(self.network.currentLayer())
        self._services_changed(services_picker.layer())
        self._districts_changed(districts_picker.layer())
        self.setCollapsed(True)  # the dialog must fit a 1366×768 screen; the title says what is inside

    # --- following the chosen layers -------------------------------------------------------------
    def _network_changed(self, layer: Any) -> None:
        from .widgets import planning_field_map

        layer = layer if isinstance(layer, QgsVectorLayer) else None
        # never guessed from names (as in Processing): OSM's "oneway" binds vehicles, not people on foot, so a
        # field is used only when the planner (or the planning set) chooses it; every front end walks alike
        chosen = planning_field_map("network", layer) if layer is not None else {}
        for combo, key in ((self.oneway, "oneway"), (self.walkable, "walkable"), (self.not_walkable, "not_walkable")):
            combo.setLayer(layer)
            combo.setField(chosen.get(key, ""))
        self.method_label.setText(self.method_summary())

    def _services_changed(self, layer: Any) -> None:
        layer = layer if isinstance(layer, QgsVectorLayer) else None
        self.capacity.setLayer(layer)
        mapping = guess_field_map("services", [f.name() for f in layer.fields()]) if layer is not None else {}
        self.capacity.setField(mapping.get("capacity", ""))

    def _districts_changed(self, layer: Any) -> None:
        layer = layer if isinstance(layer, QgsVectorLayer) else None
        self.children.setLayer(layer)
        names = [f.name() for f in layer.fields()] if layer is not None else []
        wanted = ("children_u6", "kinder_u6", "kinder_unter_6", "children_under_6", "unter_6", "u6")
        self.children.setField(next((n for n in names if n.lower() in wanted), ""))

    # --- reading -----------------------------------------------------------------------------------
    def network_layer(self) -> Optional[QgsVectorLayer]:
        layer = self.network.currentLayer()
        return layer if isinstance(layer, QgsVectorLayer) else None

    def method_summary(self) -> str:
        """One line saying which distance the analysis will use."""
        layer = self.network_layer()
        if layer is None:
            return tr("Distances: straight line (no walking network chosen)")
        return tr("Distances: on foot over '{layer}'").format(layer=layer.name())

    def demand_rates(self) -> Tuple[Tuple[float, float, float], ...]:
        """The editable demand rates as (age_from, age_to, share) like fsca.DEFAULT_DEMAND_RATES."""
        return ((0.0, 2.0, self.rate_under2.value() / 100.0), (2.0, 3.0, self.rate_2to3.value() / 100.0),
                (3.0, 6.0, self.rate_3to6.value() / 100.0))

    def services_with_capacity(self, mapper: Any) -> Any:
        """The services picker with the chosen Kita places field in its mapping (what the dialog validates)."""
        field_name = self.capacity.currentField()
        return _MapperWith(mapper, {"capacity": field_name} if field_name else {})

    def analysis_params(self, data: Any, districts_mapper: Any, fail: Any) -> Optional[Dict[str, Any]]:
        """The Kita keywords of ``analyse`` (network, age rows, rates, share, distance) plus ``network_name``
        (an empty "Kita places" field clears the places of ``data``'s services);
        None after ``fail(error)`` when the network layer or the age table cannot be read (the message names
        it). Runs on the main thread: reading a layer and reprojecting (PROJ) are not safe in a worker."""
        from qgis.core import QgsProject

        from ..core.errors import DispersionError

        if not self.capacity.currentField() and any(s.capacity is not None for s in data.services):
            from dataclasses import replace

            # the planner emptied "Kita places": no places, even where a column's name was guessed as places
            data.services = [replace(s, capacity=None) for s in data.services]
        params: Dict[str, Any] = {"demand_rates": self.demand_rates(), "under6_share": self.under6.value() / 100.0,
                                  "kita_max_distance_m": self.max_distance.value(), "network": None,
                                  "age_rows": None, "network_name": None}
        layer = self.network_layer()
        try:
            if layer is not None:
                from ..qgis_adapters.network_layers import network_from_layer

                params["network"] = network_from_layer(
                    layer, data.crs, QgsProject.instance().transformContext(),
                    oneway_field=self.oneway.currentField() or None, walkable_field=self.walkable.currentField() or None,
                    not_walkable_field=self.not_walkable.currentField() or None)
                params["network_name"] = layer.name()
            path = self.age_file.filePath().strip()
            if path:  # read in the run's task (a national Zensus grid takes seconds): see read_age_file
                params["age_file"] = path
            elif (table := self.age_layer_table(data)) is not None:
                params.update(age_params(table))
            else:
                id_field = districts_mapper.field_map_for_validation().get("district_id")
                params["age_rows"] = self.children_rows(districts_mapper.layer(), id_field)
        except (DispersionError, OSError, ValueError) as exc:
            fail(exc)
            return None
        return params

    def age_layer_table(self, data: Any) -> Any:
        """The AgeTable of the chosen table layer, its district ids written as ``data``'s where they differ only
        by leading zeros (as a file's are); None without one. Main thread only (a layer is read here; a chosen
        file is read in the run's task instead, through read_age_file)."""
        layer = self.age_layer.currentLayer()
        if layer is None:
            return None
        from ..io.age_tables import age_table_from_features

        return age_table_from_features(layer.name(), layer.fields().names(),
                                       ((f.id(), f.attributes()) for f in layer.getFeatures()),
                                       [d.district_id for d in data.districts])

    def children_rows(self, district_layer: Optional[QgsVectorLayer], id_field: Optional[str]
                      ) -> Optional[List[Tuple[str, float, float, float]]]:
        """Age rows (district_id, 0, 6, children) from the districts' children field; None without one."""
        field = self.children.currentField()
        if district_layer is None or not field or not id_field:
            return None
        rows = []
        for feature in district_layer.getFeatures():
            value = feature[field]
            try:
                count = float(value) if value is not None and not (hasattr(value, "isNull") and value.isNull()) else 0.0
            except (TypeError, ValueError):
                count = 0.0
            rows.append((str(feature[id_field]), 0.0, 6.0, count))
        return rows


def age_params(table: Any) -> Dict[str, Any]:
    """The run parameters of an AgeTable: ``age_rows`` and, for a Zensus grid, ``age_points`` (its cells show
    where each district's children live). Only the groups that start below 6 count for Kita demand; the city's
    open last group ("65 and older", up to infinity) is left out, so every consumer gets finite groups."""
    out: Dict[str, Any] = {"age_rows": [row for row in table.rows if float(row[1]) < KITA_MAX_AGE]}
    if table.points:
        out["age_points"] = list(table.points)
    return out


def read_age_file(params: Dict[str, Any], data: Any, progress: Optional[Callable[[float], None]] = None,
                  is_cancelled: Optional[Callable[[], bool]] = None) -> Dict[str, Any]:
    """Replace ``params``' "age_file" by the rows (and cells) the file holds, in place, and return ``params``;
    why here and not in analysis_params: a national Zensus grid file takes seconds, which belong in the run's
    task, with progress (0..1) and cancel. Reads no layer and no QGIS object, so any thread may call it."""
    path = params.pop("age_file", None)
    if path:
        from ..io.age_tables import read_age_source

        table = read_age_source(path, [(d.district_id, d.geometry) for d in data.districts], data.crs,
                                progress=progress, is_cancelled=is_cancelled)
        params.update(age_params(table))
    return params


class _MapperWith:
    """A layer picker seen with extra field choices (``TaskDialog.ready`` reads ``kind``, ``optional``, ``layer()``
    and ``field_map()``); why: the Kita places field is chosen in the Kita group, not in the services picker."""

    def __init__(self, mapper: Any, extra: Dict[str, str]):
        self.mapper = mapper
        self.kind = mapper.kind
        self.optional = mapper.optional
        self.extra = extra

    def layer(self) -> Optional[QgsVectorLayer]:
        return self.mapper.layer()

    def field_map(self) -> Dict[str, str]:
        mapping = dict(self.mapper.field_map())
        mapping.update(self.extra)
        return mapping


# ----------------------------------------------------------------------------- the result tab

@dataclass
class KitaView:
    """What the "Kita access" tab shows, in plain values (from the core's result; see ``kita_view``)."""

    method: str  # "network" or "straight_line"
    districts: List[Dict[str, Any]]  # district_id, name, children, places, per_child, per_child_straight, shortfall
    shelters: List[Dict[str, Any]]  # shelter_id, name, district_id, walk_m, straight_m, per_child, in_reach
    readings: List[Any] = field(default_factory=list)  # core messages (rendered in the reader's language)
    network_name: Optional[str] = None
    max_distance: Optional[float] = None
    capacity_aware: bool = True  # False: distance-only check (no places or no children)

    def has_both(self) -> bool:
        """Both walking and straight-line numbers are there (a network was used)."""
        return self.method == "network" and any(d.get("per_child_straight") is not None for d in self.districts)


def _two_lines(text: str, width: int = 12) -> str:
    """A column title longer than ``width`` broken at the space nearest its middle; why: German titles such as
    "Plätze je Kind (Fußweg)" would make every column as wide as its title."""
    if len(text) <= width or " " not in text:
        return text
    middle = len(text) // 2
    spaces = [i for i, ch in enumerate(text) if ch == " "]
    cut = min(spaces, key=lambda i: abs(i - middle))
    return text[:cut] + "\n" + text[cut + 1:]


def _short(text: str, length: int = 18) -> str:
    """A chart label cut to ``length`` characters with an ellipsis (the table has the full name)."""
    text = str(text).replace("$", r"\$")
    return text if len(text) <= length else text[:length - 1].rstrip() + "…"


def _fmt(value: Any, digits: int, language: str) -> str:
    from ..core.display import format_plain

    return format_plain(float(value), language, digits) if value is not None else "–"


def _item(text: str, sort_value: Any = None) -> DisplayItem:
    item = DisplayItem(text, sort_value if sort_value is not None else text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


def kita_chart(figure: Any, view: KitaView, language: str) -> None:
    """Horizontal bars of Kita places per child by district against the demand (1 place per child); straight line
    beside walking when both exist. Why horizontal: district names stay readable at any dialog width."""
    if not view.capacity_aware:
        _distance_chart(figure, view, language)
        return
    ax = figure.add_subplot(111)
    rows = list(view.districts)
    names = [str(d.get("name") or d.get("district_id")) for d in rows]
    pos = list(range(len(rows)))
    both = view.has_both()
    height = 0.4 if both else 0.7
    walking = [float(d.get("per_child") or 0.0) for d in rows]
    if both:
        straight = [float(d.get("per_child_straight") or 0.0) for d in rows]
        ax.barh([p - height / 2 for p in pos], straight, height=height, color="#bdbdbd",
                label=method_text("straight_line"))
        ax.barh([p + height / 2 for p in pos], walking, height=height, color="#2166ac", label=method_text("network"))
    else:
        ax.barh(pos, walking, height=height, color="#2166ac", label=method_text(view.method))
    ax.axvline(1.0, color="#b2182b", linewidth=1.2, linestyle="--", label=tr("demand: 1 place per child"))
    ax.set_yticks(pos)
    ax.set_yticklabels([_short(n, 28) for n in names], fontsize=7)
    ax.invert_yaxis()
    ax.set_xlabel(tr("Kita places per child in reach"), fontsize=8)
    ax.tick_params(axis="x", labelsize=7)
    if language == "de":
        from matplotlib.ticker import FuncFormatter

        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _p=None: f"{v:g}".replace(".", ",")))
    ax.set_title(tr("Kita places per child by district ({method})").format(
        method=" / ".join(method_text(m) for m in (("straight_line", "network") if both else (view.method,)))),
        fontsize=9)
    ax.legend(fontsize=7, loc="lower right")


def _distance_chart(figure: Any, view: KitaView, language: str) -> None:
    """Without places or children (the distance-only check): each shelter's distance to the nearest Kita, on
    foot beside the straight line when both exist, against the walking limit."""
    ax = figure.add_subplot(111)
    rows = list(view.shelters)
    names = [_short(s.get("name") or s.get("shelter_id"), 28) for s in rows]
    pos = list(range(len(rows)))
    both = view.method == "network"
    height = 0.4 if both else 0.7
    straight = [float(s["straight_m"]) if s.get("straight_m") is not None else 0.0 for s in rows]
    if both:
        walk = [float(s["walk_m"]) if s.get("walk_m") is not None else 0.0 for s in rows]
        ax.barh([p - height / 2 for p in pos], straight, height=height, color="#bdbdbd",
                label=method_text("straight_line"))
        ax.barh([p + height / 2 for p in pos], walk, height=height, color="#2166ac", label=method_text("network"))
    else:
        ax.barh(pos, straight, height=height, color="#2166ac", label=method_text("straight_line"))
    if view.max_distance:
        ax.axvline(float(view.max_distance), color="#b2182b", linewidth=1.2, linestyle="--",
                   label=tr("limit: {limit} m").format(limit=_fmt(view.max_distance, 0, language)))
    ax.set_yticks(pos)
    ax.set_yticklabels(names, fontsize=7)
    ax.invert_yaxis()
    ax.set_xlabel(tr("Distance to the nearest Kita (m)"), fontsize=8)
    ax.tick_params(axis="x", labelsize=7)
    ax.set_title(tr("Nearest Kita per shelter (no places or children given)"), fontsize=9)
    ax.legend(fontsize=7, loc="lower right")


class KitaAccessTab(QWidget):
    """The result tab "Kita access": the distance used, readings, district and shelter tables, and the chart."""

    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.view: Optional[KitaView] = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.method_label = QLabel(tr("Run the analysis to see Kita places per child and distances to the nearest Kita."))
        self.method_label.setWordWrap(True)
        font = self.method_label.font()
        font.setBold(True)
        self.method_label.setFont(font)
        layout.addWidget(self.method_label)
        self.readings = QTextBrowser()
        self.readings.setToolTip(tr("What the Kita figures say, and which distance they use"))
        self.readings.setMaximumHeight(124)
        layout.addWidget(self.readings)
        # districts, shelters and the chart as sub-tabs, each with the tab's full width: German column titles and
        # 18 district names stay readable on a 1366×768 screen
        self.tables = QTabWidget()
        self.district_table = QTableWidget(0, 0)
        self.district_table.setToolTip(tr("Kita places per child in reach and the shortfall per district; sort by "
                                          "clicking a column header"))
        self.shelter_table = QTableWidget(0, 0)
        self.shelter_table.setToolTip(tr("Distance from each shelter to the nearest Kita, on foot and in a straight "
                                         "line"))
        for table in (self.district_table, self.shelter_table):
            table.setSortingEnabled(True)
            table.verticalHeader().setVisible(False)
            table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)  # compact rows
        self.chart = ChartWidget(tr("Run the analysis to see Kita places per child by district."),
                                 tr("Kita places per child in reach by district against the demand"),
                                 tr("kita_places_per_child.png"))
        self.tables.addTab(self.district_table, tr("Per district"))
        self.tables.addTab(self.shelter_table, tr("Per shelter"))
        self.tables.addTab(self.chart, tr("Chart"))
        layout.addWidget(self.tables, 1)

    def show_view(self, view: KitaView, language: str) -> None:
        """Fill the tab from ``view`` in ``language``."""
        from ..qgis_adapters.i18n import tr_message

        self.view = view
        if view.method == "network":
            self.method_label.setText(tr("Distances on foot over the walking network '{layer}' (Kita within {limit} m)")
                                      .format(layer=view.network_name or "", limit=_fmt(view.max_distance, 0, language)))
        else:
            self.method_label.setText(tr("Distances in a straight line: no walking network was chosen (Kita within "
                                         "{limit} m)").format(limit=_fmt(view.max_distance, 0, language)))
        self.readings.setPlainText("\n".join(tr_message(r) for r in view.readings))
        both = view.has_both()
        d_cols: List[Tuple[str, str, int]] = [
            ("name", tr("District"), -1), ("children", tr("Children needing a place"), 0),
            ("per_child", tr("Places per child ({method})").format(
                method=method_text(view.method)), 2)]
        if both:
            d_cols.append(("per_child_straight", tr("Places per child ({method})").format(
                method=method_text("straight_line")), 2))
        d_cols.append(("shortfall", tr("Shortfall (places)"), 0))
        self._fill(self.district_table, d_cols, view.districts, language)
        # distance only (no places or children): the districts have no figures, the shelters' distances say it
        self.tables.setTabEnabled(0, view.capacity_aware)
        self.tables.setCurrentIndex(0 if view.capacity_aware else 2)
        from ..core.display import display_name

        # the id first: shelter names often differ only at their end ("Gemeinschaftsunterkunft 07")
        s_cols: List[Tuple[str, str, int]] = [("shelter_id", display_name("shelter_id", language), -1),
                                              ("name", tr("Shelter"), -1), ("district_name", tr("District"), -1)]
        if view.method == "network":
            s_cols.append(("walk_m", tr("Nearest Kita on foot (m)"), 0))
        s_cols += [("straight_m", tr("Nearest Kita, straight line (m)"), 0),
                   ("per_child", tr("Places per child"), 2), ("in_reach", tr("Kita in reach"), -2)]
        self._fill(self.shelter_table, s_cols, view.shelters, language)
        self.chart.draw(lambda fig: kita_chart(fig, view, language))

    @staticmethod
    def _fill(table: QTableWidget, columns: Sequence[Tuple[str, str, int]], rows: Sequence[Dict[str, Any]],
              language: str) -> None:
        table.setSortingEnabled(False)
        table.clear()
        table.setColumnCount(len(columns))
        table.setHorizontalHeaderLabels([_two_lines(title) for _, title, _ in columns])
        for c, (_, title, _) in enumerate(columns):
            table.horizontalHeaderItem(c).setToolTip(title)
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, (key, _, digits) in enumerate(columns):
                value = row.get(key)
                if digits == -1:
                    text = str(value if value is not None else "–")
                    item = _item(text)
                    item.setToolTip(text)
                    table.setItem(r, c, item)
                elif digits == -2:
                    table.setItem(r, c, _item(tr("yes") if value else tr("no"), int(bool(value))))
                else:
                    number = float(value) if value is not None else None
                    text = _fmt(number, digits, language)
                    table.setItem(r, c, _item(text, number if number is not None else -1.0))
        table.resizeColumnsToContents()
        for c, (_, _, digits) in enumerate(columns):  # long names are cut (full text in the tooltip)
            table.setColumnWidth(c, min(table.columnWidth(c), 190 if digits == -1 else 150))
        table.setSortingEnabled(True)

    def table_text(self) -> str:
        """The shown table (the districts' when the chart is shown) as tab-separated text for a spreadsheet."""
        from .widgets import table_widget_tsv

        shown = self.tables.currentWidget()
        return table_widget_tsv(shown if isinstance(shown, QTableWidget) else self.district_table)


# ----------------------------------------------------------------------------- from the core's result

def straight_line_access(data: Any, params: Dict[str, Any]) -> Any:
    """The core's Kita access step in a straight line with the run's Kita parameters (``metrics.kita``); why: the
    tab compares walking with straight-line places per child, and gives the children per district (the same
    for both methods). Pure core: safe in the worker thread."""
    from ..core.metrics.kita import service_access

    kwargs = {k: params[k] for k in ("age_rows", "age_points", "demand_rates", "under6_share",
                                     "kita_max_distance_m")
              if params.get(k) is not None}
    if "demand_rates" in kwargs:
        kwargs["demand_rates"] = tuple(kwargs["demand_rates"])
    return service_access(data, data.active_shelters(), (), float(params.get("service_distance_m", 1000.0)),
                          network=None, **kwargs)


def kita_view(result: Any, data: Any, network_name: Optional[str] = None, straight: Any = None) -> Optional[KitaView]:
    """The tab's view of an ``AnalysisResult`` (``straight``: ``straight_line_access``'s result); None when the
    result carries no Kita access (an analysis without the access step)."""
    parameters = getattr(result, "parameters", {}) or {}
    method = parameters.get("access_method")
    if method is None:
        return None
    from ..core.geometry import locate_points

    category = parameters.get("kita_category", "kita")
    limit = parameters.get("kita_max_distance_m")
    straight_values = getattr(straight, "district_values", {}) if straight is not None else {}
    names = {str(d.district_id): d.name or str(d.district_id) for d in data.districts}
    districts = []
    for row in result.districts:
        key = str(row["district_id"])
        other = straight_values.get(key, {})
        districts.append({"district_id": key, "name": names.get(key, key),
                          "children": row.get("kita_children", other.get("kita_children")),
                          "per_child": row.get("kita_per_child"), "shortfall": row.get("kita_shortfall"),
                          "per_child_straight": other.get("kita_per_child") if method == "network" else None})
    shelters_by_id = {str(s.shelter_id): s for s in data.shelters}
    active = [shelters_by_id.get(str(r["shelter_id"])) for r in result.access]
    where = locate_points([s.x if s else float("nan") for s in active], [s.y if s else float("nan") for s in active],
                          [d.geometry for d in data.districts]) if active else []
    shelters = []
    for k, row in enumerate(result.access):
        shelter = active[k]
        home = str(data.districts[where[k]].district_id) if k < len(where) and where[k] >= 0 else None
        walk = row.get(f"dist_{category}")
        straight_m = row.get("kita_straight_m", walk if method != "network" else None)
        shelters.append({"shelter_id": str(row["shelter_id"]), "name": shelter.name if shelter else str(row["shelter_id"]),
                         "district_id": home, "district_name": names.get(home, "–") if home else "–",
                         "children": row.get("kita_children"), "per_child": row.get("kita_per_child"),
                         "shortfall": row.get("kita_shortfall"),
                         "in_reach": walk is not None and limit is not None and walk <= float(limit),
                         "walk_m": walk if method == "network" else None, "straight_m": straight_m})
    interpretation = getattr(result, "interpretation", {}) or {}
    readings = [interpretation[k] for k in ("kita_per_child", "kita_nearest_median_m") if k in interpretation]
    return KitaView(method=method, districts=districts, shelters=shelters, readings=readings,
                    network_name=network_name, max_distance=limit,
                    capacity_aware=any(d["per_child"] is not None for d in districts))


# ----------------------------------------------------------------------------- result layers

def kita_layer_rows(view: KitaView, data: Any) -> Tuple[List[Tuple[Dict[str, Any], Any]], List[Tuple[Dict[str, Any], Any]]]:
    """(district rows, shelter rows) for ``layers.memory_layer``: the view's numbers with the data's geometries."""
    from shapely.geometry import Point

    geoms = {str(d.district_id): d.geometry for d in data.districts}
    points = {str(s.shelter_id): Point(s.x, s.y) for s in data.shelters}
    districts = []
    for d in view.districts:
        attrs = {"district_id": str(d["district_id"]), "name": d.get("name"), "children": d.get("children"),
                 "kita_per_child": d.get("per_child"),
                 "kita_shortfall": d.get("shortfall"), "kita_per_child_straight": d.get("per_child_straight"),
                 "access_method": view.method}
        districts.append((attrs, geoms.get(str(d["district_id"]))))
    shelters = []
    for s in view.shelters:
        attrs = {"shelter_id": str(s["shelter_id"]), "name": s.get("name"), "district_id": s.get("district_id"),
                 "children": s.get("children"), "kita_per_child": s.get("per_child"),
                 "kita_shortfall": s.get("shortfall"), "kita_in_reach": bool(s.get("in_reach")),
                 "kita_walk_m": s.get("walk_m"), "kita_straight_m": s.get("straight_m"), "access_method": view.method}
        shelters.append((attrs, points.get(str(s["shelter_id"]))))
    return districts, shelters


def add_kita_layers(view: KitaView, data: Any, keep: bool = False) -> Tuple[Any, Any]:
    """Add the result layers "Kita access (<method>)" (districts) and the shelters' Kita access, styled
    "kita_access"; why: the map shows where places per child fall short, with the distance used in the name."""
    from ..qgis_adapters.layers import add_result_layer, memory_layer
    from ..qgis_adapters.styles import apply_kita_access, kita_access_note, kita_legend_title

    district_rows, shelter_rows = kita_layer_rows(view, data)
    title = tr("Kita access ({method})").format(method=method_text(view.method))
    districts = memory_layer(title, "polygon", data.crs, KITA_DISTRICT_FIELDS, district_rows)
    apply_kita_access(districts, view.method)
    _abstract(districts, kita_access_note(view.method))
    add_result_layer(districts, "kita_access", keep=keep)
    shelters = None
    if shelter_rows:
        shelters = memory_layer(tr("Shelters: Kita access ({method})").format(method=method_text(view.method)),
                                "point", data.crs, KITA_SHELTER_FIELDS, shelter_rows)
        apply_kita_access(shelters, view.method)
        add_result_layer(shelters, "kita_access_shelters", keep=keep)
    for layer in (districts, shelters):
        if layer is not None:
            from qgis.core import QgsProject

            node = QgsProject.instance().layerTreeRoot().findLayer(layer.id())
            if node is not None:  # the legend title of print layouts (the layer name carries the time)
                node.setCustomProperty("legend/title-label", kita_legend_title(view.method))
    return districts, shelters


def _abstract(layer: Any, text: str) -> None:
    metadata = layer.metadata()
    metadata.setAbstract(text)
    layer.setMetadata(metadata)
