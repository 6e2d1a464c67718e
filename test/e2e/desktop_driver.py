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


def set_tab(args):
    """set_tab:<dialog key>,<index>: show a tab of the dialog's result tabs."""
    key, index = args.split(",")
    plugin().dialogs[key].tabs.setCurrentIndex(int(index))


def set_file(args):
    """set_file:<dialog key>,<path>: set the output file of a dialog."""
    key, path = args.split(",", 1)
    plugin().dialogs[key].output.setFilePath(path)


def record_title(args):
    """record_title:<dialog key>: keep the dialog's window title (to check the language)."""
    result.setdefault("titles", {})[args] = plugin().dialogs[args].windowTitle()


ACTIONS = {
    "set_file": set_file,
    "record_title": record_title,
    "set_tab": set_tab,
    "load_sample": lambda _: plugin().load_sample(),
    "screenshot": screenshot,
    "dialog_screenshot": dialog_screenshot,
    "open": open_dialog,
    "call": call,
    "wait_task": wait_task,
    "zoom_full": lambda _: iface.mapCanvas().zoomToFullExtent(),
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
