"""Runs inside the real QGIS desktop (qgis --code): drives the plugin and takes screenshots.

Steps come from the environment variable DISPERSION_E2E_STEPS (JSON list), results go to
DISPERSION_E2E_OUT/result.json; any exception is recorded and QGIS quits with the result.
Each step is "name" or "name:argument"; see STEPS below.
"""
import json
import os
import traceback

from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication
from qgis.utils import iface, plugins

OUT = os.environ["DISPERSION_E2E_OUT"]
STEPS = json.loads(os.environ.get("DISPERSION_E2E_STEPS", '["load_sample", "screenshot:desktop_sample"]'))
result = {"steps": [], "errors": [], "screenshots": []}


def plugin():
    return plugins["dispersion_planner"]


def screenshot(name):
    canvas = iface.mapCanvas()
    canvas.refreshAllLayers()
    canvas.waitWhileRendering()
    for _ in range(20):
        QApplication.processEvents()
    widget = QApplication.activeModalWidget() or QApplication.activeWindow() or iface.mainWindow()
    path = os.path.join(OUT, f"{name}.png")
    target = iface.mainWindow() if name.startswith("desktop") else widget
    target.grab().save(path)
    result["screenshots"].append(path)


def dialog_screenshot(args):
    key, name = args.split(",")
    dialog = plugin().dialogs[key]
    QApplication.processEvents()
    dialog.grab().save(os.path.join(OUT, f"{name}.png"))
    result["screenshots"].append(os.path.join(OUT, f"{name}.png"))


def open_dialog(key):
    plugin().open_dialog(key)
    if key not in plugin().dialogs or not plugin().dialogs[key].isVisible():
        raise RuntimeError(f"dialog {key} did not appear")


def call(args):
    """call:<dialog key>,<method>: call a method of an open dialog (e.g. run)."""
    key, method = args.split(",")
    getattr(plugin().dialogs[key], method)()


def wait_task(args):
    """wait_task:<dialog key>: wait until the dialog's background task has finished."""
    import time

    dialog = plugin().dialogs[args]
    deadline = time.time() + 300
    while getattr(dialog, "task_running", lambda: False)() and time.time() < deadline:
        QApplication.processEvents()
        time.sleep(0.05)
    for _ in range(20):
        QApplication.processEvents()
    if getattr(dialog, "last_error", None):
        raise RuntimeError(dialog.last_error)


def tick_shelter_lists(args):
    """tick_shelter_lists:<dialog key>: tick every list of the fusion dialog that looks like shelters."""
    import sys

    from qgis.core import QgsProject

    dialog = plugin().dialogs[args]
    looks_like_shelters = sys.modules[type(dialog).__module__].looks_like_shelters
    for layer_id in list(dialog.layer_ids):
        layer = QgsProject.instance().mapLayer(layer_id)
        if layer is not None and looks_like_shelters(layer):
            dialog.set_checked(layer, True)


def set_tab(args):
    """set_tab:<dialog key>,<index>: show a tab of the dialog's result tabs."""
    key, index = args.split(",")
    plugin().dialogs[key].tabs.setCurrentIndex(int(index))


def set_file(args):
    """set_file:<dialog key>,<path>: set the output file of a dialog."""
    key, path = args.split(",", 1)
    plugin().dialogs[key].output.setFilePath(path)


def set_value(args):
    """set_value:<dialog key>,<attribute>,<number>: set a spin box of a dialog (e.g. the capacity horizon)."""
    key, attribute, value = args.split(",")
    box = getattr(plugin().dialogs[key], attribute)
    box.setValue(type(box.value())(float(value)))


def save_scenario(args):
    """save_scenario:<dialog key>,<name>: keep the dialog's last run in the project under a name (capacity)."""
    key, name = args.split(",", 1)
    if plugin().dialogs[key].save_scenario(name) is None:
        raise RuntimeError(f"{key}: no run to save")


def temporal_frame(args):
    """temporal_frame:<n>: the temporal controller animates the project's time range in months, at frame n."""
    from qgis.core import QgsInterval, QgsProject, QgsUnitTypes

    nav = iface.mapCanvas().temporalController()
    nav.setTemporalExtents(QgsProject.instance().timeSettings().temporalRange())
    animated = getattr(getattr(nav, "NavigationMode", nav), "Animated", None)
    if animated is None:
        from qgis.core import Qgis

        animated = Qgis.TemporalNavigationMode.Animated
    nav.setNavigationMode(animated)
    months = getattr(getattr(QgsUnitTypes, "TemporalUnit", QgsUnitTypes), "TemporalMonths", None)
    nav.setFrameDuration(QgsInterval(1, months))
    nav.setCurrentFrameNumber(int(args or 0))


def record_title(args):
    """record_title:<dialog key>: keep the dialog's window title (to check the language)."""
    result.setdefault("titles", {})[args] = plugin().dialogs[args].windowTitle()


def screen_shot(name):
    """screen_shot:<name>: the whole X screen as the planner sees it (dialogs over the main window)."""
    for _ in range(20):
        QApplication.processEvents()
    path = os.path.join(OUT, f"{name}.png")
    QApplication.primaryScreen().grabWindow(0).save(path)
    result["screenshots"].append(path)


def _pickers(dialog):
    """kind -> layer combo of a dialog (layers/placement: mappers; analysis: attributes; export: combos)."""
    if hasattr(dialog, "mappers"):
        return {k: m.layer_combo for k, m in dialog.mappers.items()}
    if hasattr(dialog, "combos"):
        return dict(dialog.combos)
    return {k: getattr(dialog, k).layer_combo for k in ("districts", "shelters", "hotspots", "services", "candidates")
            if hasattr(dialog, k)}


def _is_sample(layer):
    return "kaiserslautern_demo" in layer.source()


def import_csv(path):
    """import_csv:<path>: the CSV dialog reads an operator list and imports it (as a planner clicks Import)."""
    open_dialog("csv")
    dialog = plugin().dialogs["csv"]
    if not dialog.load_file(path) or dialog.import_layer() is None:
        raise RuntimeError(f"CSV import failed: {dialog.last_error}")
    result.setdefault("csv_messages", []).extend(dialog.messages())


def add_file(path):
    """add_file:<path>: the planning-layers dialog opens a vector file (its layers go to the pickers by kind)."""
    dialog = plugin().dialogs["layers"]
    dialog.file_widget.setFilePath(path)
    QApplication.processEvents()
    if path not in getattr(dialog, "_added_paths", []):
        dialog.add_file()


def set_layer(args):
    """set_layer:<dialog key>,<kind>,<layer name>: pick the planner's own layer of that name (not the sample's)."""
    from qgis.core import QgsProject

    key, kind, name = args.split(",", 2)
    candidates = [lyr for lyr in QgsProject.instance().mapLayersByName(name) if not _is_sample(lyr)]
    if not candidates:
        raise RuntimeError(f"no own layer named {name!r}")
    _pickers(plugin().dialogs[key])[kind].setLayer(candidates[0])


def set_check(args):
    """set_check:<dialog key>,<attribute>,<0|1>: tick or untick a check box of a dialog."""
    key, attribute, value = args.split(",")
    getattr(plugin().dialogs[key], attribute).setChecked(value == "1")


def record_layers(key):
    """record_layers:<dialog key>: which layer (name, own or sample) each picker of the dialog holds."""
    chosen = {}
    for kind, combo in _pickers(plugin().dialogs[key]).items():
        layer = combo.currentLayer()
        chosen[kind] = None if layer is None else {"name": layer.name(), "sample": _is_sample(layer),
                                                   "source": layer.source()}
    result.setdefault("layers", {})[key] = chosen


def record_texts(key):
    """record_texts:<dialog key>: the dialog's visible texts and its size (to check language and fit)."""
    from qgis.PyQt.QtWidgets import QAbstractButton, QGroupBox, QLabel

    dialog = plugin().dialogs[key]
    texts = []
    for widget in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton):
        if widget.isVisible() and widget.text().strip():
            texts.append(widget.text())
    texts += [box.title() for box in dialog.findChildren(QGroupBox) if box.isVisible() and box.title()]
    screen = QApplication.primaryScreen().availableGeometry()
    frame = dialog.frameGeometry()
    result.setdefault("texts", {})[key] = texts
    result.setdefault("sizes", {})[key] = {"dialog": [frame.width(), frame.height()],
                                           "screen": [screen.width(), screen.height()],
                                           "inside": screen.contains(frame)}


def record_project(_):
    """record_project: the project's layers (name, sample or own, visible) and the stored planning set."""
    from qgis.core import QgsProject

    project = QgsProject.instance()
    root = project.layerTreeRoot()
    result["project_layers"] = [{"name": lyr.name(), "sample": _is_sample(lyr),
                                 "visible": bool(root.findLayer(lyr.id()) and root.findLayer(lyr.id()).isVisible())}
                                for lyr in root.layerOrder()]
    result["planning_set"] = project.readEntry("dispersion_planner", "planning_set", "")[0]


def record_messages(_):
    """record_messages: the message bar's current items (title and text), to check their language."""
    bar = iface.messageBar()
    items = bar.items() if hasattr(bar, "items") else []
    result["messages"] = [f"{item.title()}: {item.text()}" for item in items]


# ---- Kita access (issue 18, accessui) ----
def show_widget(args):
    """show_widget:<dialog key>,<attribute>: show the result tab that is the dialog's widget (e.g. kita_tab)."""
    key, attribute = args.split(",")
    dialog = plugin().dialogs[key]
    dialog.tabs.setCurrentWidget(getattr(dialog, attribute))


def open_group(args):
    """open_group:<dialog key>,<attribute>: expand a collapsible group of a dialog and scroll it into view."""
    from qgis.PyQt.QtWidgets import QScrollArea

    key, attribute = args.split(",")
    dialog = plugin().dialogs[key]
    group = getattr(dialog, attribute)
    group.setCollapsed(False)
    for _ in range(5):
        QApplication.processEvents()
    for area in dialog.findChildren(QScrollArea):
        area.ensureWidgetVisible(group, 0, 0)


def set_path(args):
    """set_path:<dialog key>,<attribute>.<file widget>,<path>: choose a file in a dialog (e.g. the age table)."""
    key, attribute, path = args.split(",", 2)
    widget = plugin().dialogs[key]
    for name in attribute.split("."):
        widget = getattr(widget, name)
    widget.setFilePath(path)


def record_kita(key):
    """record_kita:<dialog key>: the Kita view of the last run (method, network, rows) and the tab's texts."""
    dialog = plugin().dialogs[key]
    view = dialog.kita
    tab = dialog.kita_tab
    table = tab.district_table
    result["kita"] = {
        "method": view.method, "network": view.network_name, "capacity_aware": view.capacity_aware,
        "districts": view.districts, "shelters": view.shelters,
        "method_label": tab.method_label.text(), "readings": tab.readings.toPlainText(),
        "headers": [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())],
        "summary": dialog.kita_inputs.method_summary(),
        "layers": [lyr.name() for lyr in dialog.kita_layers if lyr is not None]}


def kita_map(_):
    """kita_map: the Kita access result over the walking network and the Kitas only, zoomed to the districts
    (the other layers are hidden and the services filtered to Kitas, for the map screenshot)."""
    from qgis.core import QgsProject

    project = QgsProject.instance()
    root = project.layerTreeRoot()
    shown = ("kita_access", "kita_access_shelters", "network", "services")
    legends = {}
    extent = None
    for layer in project.mapLayers().values():
        kind = layer.customProperty("dispersion_planner/kind", "")
        node = root.findLayer(layer.id())
        if node is None:
            continue
        node.setItemVisibilityChecked(kind in shown)
        if kind in shown:
            node.parent().setItemVisibilityChecked(True)
        if kind == "services":
            layer.setSubsetString("\"category\" = 'kita'")
        if kind == "kita_access":
            extent = layer.extent()
        if kind.startswith("kita_access"):
            model = iface.layerTreeView().layerTreeModel()
            legends[layer.name()] = [n.data(0) for n in model.layerLegendNodes(node)]
    result["kita_legend"] = legends
    # the point result on top (the results group lies below the sample's group, whose network would cover it),
    # the legend of the results in view: the sample's group folded, the browser closed, the message bar empty
    for layer in project.mapLayers().values():
        if layer.customProperty("dispersion_planner/kind", "") == "kita_access_shelters":
            node = root.findLayer(layer.id())
            clone = node.clone()
            root.insertChildNode(0, clone)
            node.parent().removeChildNode(node)
    for node in root.findLayers() + [g for g in root.children() if hasattr(g, "findLayerIds")]:
        ids = node.findLayerIds() if hasattr(node, "findLayerIds") else [node.layerId()]
        node.setExpanded(any(lyr.customProperty("dispersion_planner/kind", "").startswith("kita_access")
                             for lyr in [project.mapLayer(i) for i in ids] if lyr))
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtWidgets import QDockWidget

    for dock in iface.mainWindow().findChildren(QDockWidget):
        if dock.objectName().startswith("Browser"):
            dock.hide()
        elif dock.objectName() == "Layers":  # wide enough for the legend's class labels
            iface.mainWindow().resizeDocks([dock], [420], Qt.Orientation.Horizontal)
    iface.messageBar().clearWidgets()
    view = iface.layerTreeView()
    for layer in project.mapLayers().values():  # a moved node starts folded in the view: unfold it there too
        if layer.customProperty("dispersion_planner/kind", "").startswith("kita_access"):
            index = view.layerTreeModel().node2index(root.findLayer(layer.id()))
            proxy = getattr(view, "proxyModel", None)
            view.expand(proxy().mapFromSource(index) if callable(proxy) else index)
    if extent is not None:
        extent.scale(1.05)
        iface.mapCanvas().setExtent(extent)
    iface.mapCanvas().refreshAllLayers()
    for _ in range(10):
        QApplication.processEvents()
# ---- end Kita access


ACTIONS = {
    "record_messages": record_messages,
    "screen_shot": screen_shot,
    "import_csv": import_csv,
    "add_file": add_file,
    "set_layer": set_layer,
    "set_check": set_check,
    "record_layers": record_layers,
    "record_texts": record_texts,
    "record_project": record_project,
    "set_file": set_file,
    "record_title": record_title,
    "set_tab": set_tab,
    "set_value": set_value,
    "temporal_frame": temporal_frame,
    "save_scenario": save_scenario,
    "load_sample": lambda _: plugin().load_sample(),
    "screenshot": screenshot,
    "dialog_screenshot": dialog_screenshot,
    "open": open_dialog,
    "tick_shelter_lists": tick_shelter_lists,
    "call": call,
    "wait_task": wait_task,
    "zoom_full": lambda _: iface.mapCanvas().zoomToFullExtent(),
    "show_widget": show_widget,  # Kita access (issue 18)
    "open_group": open_group,
    "record_kita": record_kita,
    "set_path": set_path,
    "kita_map": kita_map,
}


def run():
    try:
        if "dispersion_planner" not in plugins:
            raise RuntimeError("plugin dispersion_planner is not loaded: " + ", ".join(plugins))
        for step in STEPS:
            name, _, arg = step.partition(":")
            ACTIONS[name](arg)
            for _ in range(10):
                QApplication.processEvents()
            result["steps"].append(step)
    except Exception:  # recorded for the test, which fails on it
        result["errors"].append(traceback.format_exc())
    with open(os.path.join(OUT, "result.json"), "w") as fh:
        json.dump(result, fh, indent=1)
    QTimer.singleShot(200, QApplication.instance().quit)


iface.mainWindow().showMaximized()
QTimer.singleShot(int(os.environ.get("DISPERSION_E2E_DELAY_MS", "4000")), run)
