"""Kita access in the analysis dialog (issue 18): the inputs ("Walking routes and Kita places") and the result tab.

The inputs say which distance the analysis uses: a walking network layer (optional; the planning set's by
default) or, without one, the straight line. The tab shows per district the Kita places per child in reach and
the shortfall, per shelter the walking against the straight-line distance to the nearest Kita, the core's plain
readings and a bar chart. The numbers are the core's (``analyse(network=...)``); this module only shows them.
"""
from __future__ import annotations

from typing import Any, List, Optional, Tuple

from qgis.core import QgsVectorLayer
from qgis.gui import QgsCollapsibleGroupBox, QgsFieldComboBox, QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QWidget,
)

from .. import compat
from ..core.contract import guess_field_map
from ..core.metrics.fsca import DEFAULT_DEMAND_RATES, DEFAULT_MAX_DISTANCE_M, DEFAULT_SHELTER_UNDER6_SHARE
from ..qgis_adapters.i18n import tr
from ..qgis_adapters.layers import KIND_PROPERTY, generated_layers, is_generated
from .task_dialog import wrap_form

# result layer fields (contract-style names; the style "kita_access" reads kita_per_child / kita_in_reach)
KITA_DISTRICT_FIELDS: Tuple[Tuple[str, str], ...] = (
    ("district_id", "text"), ("name", "text"), ("children", "float"), ("kita_places", "float"),
    ("kita_per_child", "float"), ("kita_shortfall", "float"), ("kita_per_child_straight", "float"),
    ("access_method", "text"))
KITA_SHELTER_FIELDS: Tuple[Tuple[str, str], ...] = (
    ("shelter_id", "text"), ("name", "text"), ("district_id", "text"), ("children", "float"),
    ("kita_per_child", "float"), ("kita_shortfall", "float"), ("kita_in_reach", "bool"),
    ("kita_walk_m", "float"), ("kita_straight_m", "float"), ("access_method", "text"))


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
        self.not_walkable = QgsFieldComboBox(self)
        self.not_walkable.setAllowEmptyFieldName(True)
        self.not_walkable.setToolTip(tr("Field that marks lines nobody may walk on (yes/1: left out); "
                                        "empty: every line is walkable"))
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
                                    "(GebietsID;Gebietsname;von;BisKleinerAls;Männlich;Weiblich) or "
                                    "district_id;age_from;age_to;count. Empty: the children field below"))
        form.addRow(tr("Age table (optional)"), self.age_file)
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
        layer = layer if isinstance(layer, QgsVectorLayer) else None
        guessed = guess_field_map("network", [f.name() for f in layer.fields()]) if layer is not None else {}
        for combo, key in ((self.oneway, "oneway"), (self.not_walkable, "not_walkable")):
            combo.setLayer(layer)
            combo.setField(guessed.get(key, ""))
        if layer is not None and not self.not_walkable.currentField() and guessed.get("walkable"):
            self.not_walkable.setField("")  # a "walkable" field (foot=no) is read by its own rule, see params()
        self._walkable_field = guessed.get("walkable") if layer is not None else None
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

    def walkable_field(self) -> Optional[str]:
        """A "walkable" field of the network (OSM ``foot``) found by name, read beside "not walkable"."""
        return getattr(self, "_walkable_field", None)

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
