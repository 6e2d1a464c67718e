"""dispersion:loadsample through processing.run and through qgis_process.bin on the system Python."""
import os

from qgis.core import QgsVectorLayer

from test.fixtures.paths import ROOT
from test.fixtures.qgis_helpers import qgis_process, system_env


def test_loadsample_processing_run(dispersion_provider, tmp_path):
    import processing

    result = processing.run("dispersion:loadsample", {"OUTPUT": str(tmp_path), "LOAD": False})
    assert os.path.exists(result["GPKG"])
    lyr = QgsVectorLayer(result["SHELTERS"], "s", "ogr")
    assert lyr.isValid() and lyr.featureCount() == 10


def test_loadsample_via_qgis_process_on_system_python(tmp_path):
    env = system_env(tmp_path)
    enabled = qgis_process(["plugins", "enable", "dispersion_planner"], env)
    assert enabled.returncode == 0, enabled.stderr
    listed = qgis_process(["list"], env)
    assert "dispersion:loadsample" in listed.stdout
    out = tmp_path / "out"
    run = qgis_process(["run", "dispersion:loadsample", "--", f"OUTPUT={out}", "LOAD=false"], env)
    assert run.returncode == 0, run.stdout + run.stderr
    assert (out / "kaiserslautern_demo.gpkg").exists()


def test_analyse_suggest_export_via_qgis_process(tmp_path):
    """The commands documented in README.md work on the sample with the system Python."""
    env = system_env(tmp_path)
    assert qgis_process(["plugins", "enable", "dispersion_planner"], env).returncode == 0
    listed = qgis_process(["list"], env).stdout
    for alg in ("analyse", "suggest", "exportmap", "importzensus", "importintegreat", "fuse"):
        assert f"dispersion:{alg}" in listed, alg
    s = ROOT / "resources" / "sample" / "kaiserslautern_demo.gpkg"
    layer = lambda name: f"{s}|layername={name}"  # noqa: E731
    out = tmp_path / "out"
    out.mkdir()
    run = qgis_process(["run", "dispersion:analyse", "--", f"DISTRICTS={layer('districts')}", f"SHELTERS={layer('shelters')}",
                        f"HOTSPOTS={layer('hotspots')}", f"SERVICES={layer('services')}", "PLACES_FIELD=capacity",
                        "PERMUTATIONS=99", f"DISTRICT_METRICS={out / 'dm.gpkg'}", f"CITY_METRICS={out / 'city.csv'}",
                        f"REPORT={out / 'report.html'}"], env)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    assert "gini" in (out / "city.csv").read_text()
    run = qgis_process(["run", "dispersion:suggest", "--", f"DISTRICTS={layer('districts')}", f"SHELTERS={layer('shelters')}",
                        f"CANDIDATES={layer('candidates')}", f"HOTSPOTS={layer('hotspots')}", f"SERVICES={layer('services')}",
                        "PLACES=300", "MAX_PER_1000=15", "MIN_SPACING_M=500", "HOTSPOT_MAX_PLACES=100",
                        "SERVICE_CATEGORIES=kita,school", "SERVICE_MAX_DISTANCE_M=1500",
                        f"SUGGESTIONS={out / 's.gpkg'}", f"DISTRICT_METRICS_AFTER={out / 'after.gpkg'}"], env)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    assert "STATUS:\toptimal" in run.stdout
    run = qgis_process(["run", "dispersion:exportmap", "--", f"DISTRICTS={layer('districts')}", f"SHELTERS={layer('shelters')}",
                        "TITLE=INSEK", "LAYOUT=a4_landscape", "PUBLIC=true", f"OUTPUT={out / 'map.pdf'}"], env)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    assert (out / "map.pdf").stat().st_size > 10_000


def test_running_twice_and_loading_results_styles_both_times(dispersion_provider, qgis_new_project, qgis_iface,
                                                             monkeypatch, tmp_path):
    """Post-processors belong to one run: a second run must not reuse a deleted one."""
    import processing
    from qgis.core import QgsLayerTreeModel, QgsProject
    from qgis.gui import QgsLayerTreeView

    # Processing's result loading asks the interface for its layer tree view from QGIS 3.26 on (to keep the
    # user's selected group); pytest-qgis' mock interface has none, so it gets a real view of the project.
    view = QgsLayerTreeView()
    view.setModel(QgsLayerTreeModel(QgsProject.instance().layerTreeRoot(), view))
    monkeypatch.setattr(qgis_iface, "layerTreeView", lambda: view, raising=False)
    for i in range(2):
        processing.runAndLoadResults("dispersion:loadsample", {"OUTPUT": str(tmp_path / f"run{i}"), "LOAD": True})
    loaded = [lyr for lyr in QgsProject.instance().mapLayers().values() if lyr.name() == "Districts"]
    assert len(loaded) >= 2
    assert all(lyr.renderer().type() == "graduatedSymbol" for lyr in loaded)
