"""The one Processing base: every output of a run appears together or not at all, whatever writes it.

Plain files in the plugin's own formats are staged by the plugin's OGR writer;
other formats (.xlsx, .fgb), memory layers and databases go through QGIS sinks,
which write in place, so the base spools the features and creates those outputs
only after the run has succeeded.
"""
import os

import pytest
from osgeo import ogr
from qgis.core import QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback

from test.fixtures.paths import SAMPLE_GPKG

ZENSUS = os.path.join(os.path.dirname(__file__), "..", "data", "io", "zensus_100m.csv")


def _run(alg_id, params, feedback=None):
    import processing

    return processing.run(alg_id, params, feedback=feedback or QgsProcessingFeedback())


class _CancelAfter(QgsProcessingFeedback):
    """Cancels once the algorithm has reported progress ``after`` times (the first report of the big grid
    comes after its first chunk: mid-write)."""

    def __init__(self, after: int):
        super().__init__()
        self.calls, self.after = 0, after

    def setProgress(self, value):  # noqa: N802
        super().setProgress(value)
        self.calls += 1
        if self.calls == self.after:
            self.cancel()


@pytest.fixture(scope="module")
def big_grid(tmp_path_factory):
    """50,000 cells: read in three chunks, so a cancel lands while cells are being written."""
    path = tmp_path_factory.mktemp("grid") / "big.csv"
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("GITTER_ID_100m;x_mp_100m;y_mp_100m;Einwohner\n")
        for i in range(50_000):
            n, e = 2900000 + (i // 400) * 100, 4150000 + (i % 400) * 100
            fh.write(f"CRS3035RES100mN{n}E{e};{e + 50};{n + 50};{i % 50}\n")
    return str(path)


def _leftovers(folder):
    return sorted(p for p in os.listdir(folder) if ".part-" in p or ".old-" in p)


@pytest.mark.parametrize("ext", [".xlsx", ".fgb", ".gpkg", ".geojson", ".shp", ".csv"])
def test_zensus_import_to_any_file_format(dispersion_provider, tmp_path, ext):
    """Every format: the output is complete, named like the target, and no staging file is left."""
    out = tmp_path / f"cells{ext}"
    result = _run("dispersion:importzensus", {"INPUT": ZENSUS, "OUTPUT": str(out)})
    assert result["OUTPUT"] == str(out)
    ds = ogr.Open(str(out))
    layer = ds.GetLayer(0)
    assert layer.GetFeatureCount() == 23
    if ext not in (".csv", ".xlsx"):  # CSV and spreadsheets have no geometry type of their own
        expected = "Multi Polygon" if ext != ".shp" else "Polygon"  # a shapefile reports polygons as Polygon
        assert ogr.GeometryTypeToName(layer.GetGeomType()) == expected
    if ext in (".xlsx", ".gpkg"):
        assert layer.GetName() == "cells"  # the target's name, not the staging name
    defn = layer.GetLayerDefn()
    assert {defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())} >= {"gitter_id", "einwohner"}
    ds = None
    assert _leftovers(tmp_path) == []


@pytest.mark.parametrize("ext", [".xlsx", ".fgb", ".gpkg", ".shp"])
def test_cancelled_import_leaves_no_file_and_keeps_an_earlier_one(dispersion_provider, tmp_path, ext, big_grid):
    out = tmp_path / f"cells{ext}"
    _run("dispersion:importzensus", {"INPUT": ZENSUS, "OUTPUT": str(out)})
    before = out.read_bytes()
    with pytest.raises(QgsProcessingException, match="Cancelled by the user"):
        _run("dispersion:importzensus", {"INPUT": big_grid, "OUTPUT": str(out)}, feedback=_CancelAfter(1))
    assert out.read_bytes() == before  # the earlier output is untouched
    assert _leftovers(tmp_path) == []
    fresh = tmp_path / f"new{ext}"
    with pytest.raises(QgsProcessingException, match="Cancelled by the user"):
        _run("dispersion:importzensus", {"INPUT": big_grid, "OUTPUT": str(fresh)}, feedback=_CancelAfter(1))
    assert not fresh.exists() and _leftovers(tmp_path) == []


def test_failed_run_writes_no_xlsx_half_done(dispersion_provider, tmp_path):
    """A bad line after the first cells: no spreadsheet appears (QGIS alone would leave the rows before it)."""
    bad = tmp_path / "bad.csv"
    with open(ZENSUS, encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    bad.write_text("\n".join(lines + ["not-a-grid-id;1;2;3"]) + "\n", encoding="utf-8")
    out = tmp_path / "cells.xlsx"
    with pytest.raises(QgsProcessingException, match="not-a-grid-id"):
        _run("dispersion:importzensus", {"INPUT": str(bad), "OUTPUT": str(out)})
    assert not out.exists() and _leftovers(tmp_path) == []


def test_memory_output_is_written_after_the_run(dispersion_provider, tmp_path):
    context = QgsProcessingContext()
    import processing

    result = processing.run("dispersion:importzensus", {"INPUT": ZENSUS, "OUTPUT": "memory:"}, context=context)
    layer = result["OUTPUT"]  # processing.run hands back the layer itself
    assert layer.featureCount() == 23
    assert layer.wkbType() == 6  # MultiPolygon, like every polygon output
    assert _leftovers(tmp_path) == []


def test_analysis_outputs_together_to_mixed_formats(dispersion_provider, tmp_path):
    """Own formats and QGIS-written formats in one run: all three outputs, the fields of the contract."""
    districts, shelters = f"{SAMPLE_GPKG}|layername=districts", f"{SAMPLE_GPKG}|layername=shelters"
    result = _run("dispersion:analyse", {"DISTRICTS": districts, "SHELTERS": shelters, "PERMUTATIONS": 9,
                                         "DISTRICT_METRICS": str(tmp_path / "dm.fgb"),
                                         "CITY_METRICS": str(tmp_path / "city.xlsx"),
                                         "REPORT": str(tmp_path / "r.html")})
    assert result["DISTRICT_METRICS"] == str(tmp_path / "dm.fgb")
    ds = ogr.Open(str(tmp_path / "dm.fgb"))
    defn = ds.GetLayer(0).GetLayerDefn()
    names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    assert names[:6] == ["district_id", "name", "population", "places", "shelters", "per_1000"]
    assert defn.GetFieldDefn(2).GetTypeName() == "Integer64"  # "int" is 64-bit in every output
    ds = ogr.Open(str(tmp_path / "city.xlsx"))
    metrics = {f.GetField("metric") for f in ds.GetLayer(0)}
    assert {"gini", "moran_i", "hhi"} <= metrics
    ds = None
    assert (tmp_path / "r.html").stat().st_size > 0
    assert _leftovers(tmp_path) == []


def test_target_crs_falls_back_to_the_default(dispersion_provider, tmp_path):
    out = tmp_path / "cells.gpkg"
    _run("dispersion:importzensus", {"INPUT": ZENSUS, "TARGET_CRS": None, "OUTPUT": str(out)})
    ds = ogr.Open(str(out))
    srs = ds.GetLayer(0).GetSpatialRef()
    assert srs.GetAuthorityCode(None) == "25832"


def test_missing_output_folder_is_created(dispersion_provider, tmp_path):
    out = tmp_path / "new" / "folder" / "cells.gpkg"
    _run("dispersion:importzensus", {"INPUT": ZENSUS, "OUTPUT": str(out)})
    assert out.exists()
