"""A real PostGIS: districts, shelters and services loaded with ogr2ogr, opened as QGIS postgres layers,
converted through qgis_adapters.layers and analysed; results equal those from the GeoPackage."""
import glob
import os
import shutil
import socket
import subprocess
import tempfile

import pytest

from test.fixtures.paths import ROOT, SAMPLE_GPKG

SCRIPT = ROOT / "tools" / "postgis_server.sh"
LAYERS = ("districts", "shelters", "services")


def _binaries_missing():
    missing = []
    if not glob.glob("/usr/lib/postgresql/*/bin/initdb"):
        missing.append("PostgreSQL server (initdb)")
    if not glob.glob("/usr/share/postgresql/*/extension/postgis.control"):
        missing.append("PostGIS extension")
    if not shutil.which("ogr2ogr"):
        missing.append("ogr2ogr (gdal-bin)")
    return missing


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def postgis():
    """Start a throwaway server for the session; yields connection settings."""
    missing = _binaries_missing()
    if missing:
        pytest.skip("PostGIS test needs " + ", ".join(missing) + ": run `make setup` "
                    "(tools/install_system_deps.sh installs postgresql and postgis)")
    base = tempfile.mkdtemp(prefix="dispersion-pg-")
    os.chmod(base, 0o755)  # the server runs as user postgres when we are root
    folder = os.path.join(base, "pg")
    port = _free_port()
    run = subprocess.run(["bash", str(SCRIPT), "start", folder, str(port)], capture_output=True, text=True, timeout=180)
    if run.returncode != 0:
        shutil.rmtree(base, ignore_errors=True)
        pytest.fail(f"could not start PostGIS: {run.stdout}\n{run.stderr}")
    try:
        yield {"host": "127.0.0.1", "port": str(port), "dbname": "dispersion", "user": "postgres"}
    finally:
        subprocess.run(["bash", str(SCRIPT), "stop", folder], capture_output=True, timeout=120)
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture(scope="session")
def loaded(postgis):
    """The sample's districts, shelters and services copied into PostGIS (schema public)."""
    assert SAMPLE_GPKG.exists(), f"sample missing: {SAMPLE_GPKG} (make sample)"
    pg = "PG:host={host} port={port} dbname={dbname} user={user}".format(**postgis)
    for name in LAYERS:
        cmd = ["ogr2ogr", "-f", "PostgreSQL", pg, str(SAMPLE_GPKG), name, "-nln", name, "-lco", "GEOMETRY_NAME=geom",
               "-lco", "FID=fid", "-overwrite"]
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
    return postgis


def pg_layer(settings, table):
    from qgis.core import QgsDataSourceUri, QgsVectorLayer

    uri = QgsDataSourceUri()
    uri.setConnection(settings["host"], settings["port"], settings["dbname"], settings["user"], "")
    uri.setDataSource("public", table, "geom", "", "fid")
    layer = QgsVectorLayer(uri.uri(False), table, "postgres")
    assert layer.isValid(), f"postgres layer {table} invalid: {layer.error().summary()}"
    return layer


def gpkg_layer(table):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(f"{SAMPLE_GPKG}|layername={table}", table, "ogr")
    assert layer.isValid()
    return layer


@pytest.mark.qgis
def test_postgres_layers_open(qgis_app, loaded):
    for table in LAYERS:
        pg, gp = pg_layer(loaded, table), gpkg_layer(table)
        assert pg.featureCount() == gp.featureCount() > 0
        assert pg.crs().authid() == gp.crs().authid() == "EPSG:25832"


@pytest.mark.qgis
def test_postgres_layers_convert_and_validate(qgis_app, loaded):
    from plugin.core.validation import build_planning_data, errors
    from plugin.qgis_adapters.layers import layer_to_raw

    raws = [layer_to_raw(pg_layer(loaded, t), t) for t in LAYERS]
    data, issues = build_planning_data(raws)
    assert not errors(issues), [str(i) for i in errors(issues)]
    assert len(data.districts) == 18 and len(data.shelters) == 10
    assert sum(s.occupied for s in data.shelters) == 1344  # the figures of 28 Nov 2023


@pytest.mark.qgis
def test_analysis_on_postgis_equals_geopackage(qgis_app, loaded):
    from plugin.core.metrics.analysis import analyse
    from plugin.core.validation import build_planning_data
    from plugin.qgis_adapters.layers import layer_to_raw

    def run(open_layer):
        data, _ = build_planning_data([layer_to_raw(open_layer(t), t) for t in LAYERS])
        return analyse(data, "capacity", permutations=99, seed=7)

    from_pg = run(lambda t: pg_layer(loaded, t))
    from_gpkg = run(gpkg_layer)
    pg_city, gp_city = from_pg.city_dict(), from_gpkg.city_dict()
    assert pg_city.keys() == gp_city.keys()
    for key, value in gp_city.items():
        if value is None:
            assert pg_city[key] is None, key
        else:
            assert pg_city[key] == pytest.approx(value, rel=1e-9, abs=1e-12), key
    assert pg_city["places_total"] == gp_city["places_total"] > 0
    by_id = {d["district_id"]: d for d in from_pg.districts}
    assert len(by_id) == 18


@pytest.mark.qgis
def test_fuse_reads_postgis_sources(qgis_app, qgis_processing, loaded):
    """dispersion:fuse with the PostGIS shelter table and the same table from the GeoPackage: all match."""
    import processing

    from plugin.processing.alg_fuse import FuseSheltersAlgorithm

    result = processing.run(FuseSheltersAlgorithm().create(), {
        "SOURCES": [pg_layer(loaded, "shelters"), gpkg_layer("shelters")], "MATCH_DISTANCE_M": 10,
        "OUTPUT": "memory:", "CONFLICTS": "memory:"})
    assert result["OUTPUT"].featureCount() == 10
    assert all(f["n_sources"] == 2 for f in result["OUTPUT"].getFeatures())
    assert result["CONFLICTS"].featureCount() == 0
