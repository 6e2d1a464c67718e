"""pyproj on QGIS's pooled worker threads, run after run (issue: QGIS 3.40 crashed on the second run).

pyproj 3.7.0-3.7.2 (Debian 13's QGIS 3.40 ships 3.7.1; the test venv has 3.7.2) frees its per-thread PROJ
context with Python's thread state, which a QThread loses after every task, and then hands the freed context
to PROJ on the next call on that thread: a segfault that kills QGIS (and this test process). Our tasks and
Processing algorithms keep the thread state (plugin.qgis_adapters.threads), so these runs must all succeed.
"""
from __future__ import annotations

import time

from test.fixtures.paths import ROOT
from test.fixtures.qgis_helpers import sample

GRID = ROOT / "resources" / "sample" / "zensus_alter_10jg_illustrativ.csv"


def wait(qgis_app, finished, seconds=60):
    deadline = time.time() + seconds
    while not finished() and time.time() < deadline:
        qgis_app.processEvents()
        time.sleep(0.01)
    assert finished()


def test_pyproj_in_our_tasks_run_after_run(qgis_app):
    from plugin.gui.tasks import CoreTask, start

    def work(progress, cancelled):
        from pyproj import CRS, Transformer

        crs = CRS.from_user_input("EPSG:25832")
        return crs.to_epsg(), Transformer.from_crs("EPSG:3035", crs, always_xy=True).transform(4162150.0, 2920150.0)

    for _ in range(4):
        out = {}
        task = CoreTask("pyproj", work, lambda result, error, out=out: out.update(result=result, error=error))
        start(task)
        wait(qgis_app, lambda out=out: "error" in out)
        assert out["error"] is None and out["result"][0] == 25832


def test_processing_in_the_background_run_after_run(dispersion_provider, qgis_app):
    """The Processing toolbox runs an algorithm as a QgsProcessingAlgRunnerTask; kitaaccess with a Zensus grid age
    table reprojects the cells with pyproj there."""
    from qgis.core import (
        QgsApplication,
        QgsProcessingAlgRunnerTask,
        QgsProcessingContext,
        QgsProcessingFeedback,
        QgsProject,
    )

    alg = QgsApplication.processingRegistry().createAlgorithmById("dispersion:kitaaccess")
    params = {"DISTRICTS": sample("districts"), "SHELTERS": sample("shelters"), "SERVICES": sample("services"),
              "AGE_TABLE": str(GRID), "DISTRICT_ACCESS": "memory:", "SHELTER_ACCESS": "memory:"}
    for _ in range(3):
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        feedback = QgsProcessingFeedback()
        out = {}
        task = QgsProcessingAlgRunnerTask(alg, params, context, feedback)
        task.executed.connect(lambda ok, results, out=out: out.update(ok=ok, results=results))
        QgsApplication.taskManager().addTask(task)
        wait(qgis_app, lambda out=out: "ok" in out)
        assert out["ok"], feedback.textLog()
