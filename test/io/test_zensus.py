"""Zensus 2022 grid import: ids, suppressed values, reprojection, streaming, aggregation."""
import tracemalloc

import numpy as np
import pytest
from shapely.geometry import box

from plugin.core.errors import CancelledError, InputError
from plugin.io.files import read_vector
from plugin.io.zensus import (
    gitter_id,
    iter_zensus,
    parse_gitter_id,
    write_zensus,
    zensus_population_by_district,
    zensus_schema,
)


def test_parse_gitter_id_2022_and_2011():
    assert parse_gitter_id("CRS3035RES100mN2691700E4341100") == (100, 2691700, 4341100)
    assert parse_gitter_id("CRS3035RES1000mN2691000E4341000") == (1000, 2691000, 4341000)
    assert parse_gitter_id("CRS3035RES10000mN2690000E4340000") == (10000, 2690000, 4340000)
    assert parse_gitter_id("100mN26917E43411") == (100, 2691700, 4341100)
    assert parse_gitter_id("1kmN2691E4341") == (1000, 2691000, 4341000)
    assert gitter_id(100, 2691700, 4341100) == "CRS3035RES100mN2691700E4341100"
    with pytest.raises(ValueError):
        parse_gitter_id("E4341100N2691700")


def test_schema_finds_columns(data_dir):
    s = zensus_schema(str(data_dir / "zensus_100m.csv"))
    assert (s.id_field, s.value_field, s.resolution) == ("GITTER_ID_100m", "Einwohner", 100)
    assert [f.name for f in s.out_fields] == ["gitter_id", "einwohner", "einwohner_suppressed", "x_mp_100m", "y_mp_100m"]


def test_cells_in_3035_are_exact_squares_with_sw_corner(data_dir):
    chunks = list(iter_zensus(str(data_dir / "zensus_100m.csv"), "EPSG:3035", chunk_rows=5))
    assert len(chunks) == 5  # 23 cells in chunks of 5
    c = chunks[0]
    ring = c.corners[0]
    assert tuple(ring[0]) == (4159000, 2928000)  # SW corner: E from the id, N from the id
    assert tuple(ring[2]) == (4159100, 2928100)
    assert (c.cx[0], c.cy[0]) == (4159050, 2928050)  # matches x_mp/y_mp of the file


def test_write_gpkg_in_25832(data_dir, tmp_path):
    out = tmp_path / "grid.gpkg"
    stats = write_zensus(str(data_dir / "zensus_100m.csv"), str(out))
    assert stats.written == 23 and stats.suppressed == 3
    layer = read_vector(str(out), "districts")
    assert layer.crs == "EPSG:25832"
    first = layer.features[0]
    assert first.attributes["gitter_id"] == "CRS3035RES100mN2928000E4159000"
    assert first.attributes["einwohner"] == 12 and first.attributes["einwohner_suppressed"] == 0
    assert first.attributes["x_mp_100m"] == 4159050
    assert first.geometry.area == pytest.approx(10_000, rel=0.01)  # 100 m cell, tiny scale distortion
    supp = [f for f in layer.features if f.attributes["einwohner_suppressed"]]
    assert len(supp) == 3 and all(f.attributes["einwohner"] is None for f in supp)
    assert not list(tmp_path.glob(".grid*"))  # no temporary leftovers


def test_ogr_reader_without_pyogrio_gives_same(data_dir, tmp_path):
    out = tmp_path / "grid.gpkg"
    write_zensus(str(data_dir / "zensus_100m.csv"), str(out))
    a = read_vector(str(out), "x", prefer_pyogrio=True)
    b = read_vector(str(out), "x", prefer_pyogrio=False)
    assert [f.attributes for f in a.features] == [f.attributes for f in b.features]
    assert a.crs == b.crs and all(x.geometry.equals(y.geometry) for x, y in zip(a.features, b.features))


def test_one_km_grid_and_extent(data_dir, tmp_path):
    chunks = list(iter_zensus(str(data_dir / "zensus_1km.csv"), "EPSG:3035", extent=(4159000, 2928000, 4160000, 2929000)))
    cells = sum(len(c) for c in chunks)
    assert cells == 1 and chunks[0].einwohner == [2512]


def test_failed_import_leaves_no_file(write, tmp_path):
    path = write("z.csv", "GITTER_ID_100m;Einwohner\nCRS3035RES100mN2928000E4159000;5\nCRS3035RES100mN2928000E4159100;viele\n")
    out = tmp_path / "out.gpkg"
    with pytest.raises(InputError, match=r"line 3, column 'Einwohner': 'viele'"):
        write_zensus(path, str(out), chunk_rows=1)
    assert not out.exists() and not list(tmp_path.glob(".out*"))


def test_existing_output_survives_failure(write, tmp_path, data_dir):
    out = tmp_path / "out.gpkg"
    write_zensus(str(data_dir / "zensus_100m.csv"), str(out))
    bad = write("bad.csv", "GITTER_ID_100m;Einwohner\nNOPE;5\n")
    with pytest.raises(InputError, match="grid id"):
        write_zensus(bad, str(out))
    assert len(read_vector(str(out), "x").features) == 23


def test_cancel_raises_and_writes_nothing(data_dir, tmp_path):
    out = tmp_path / "c.gpkg"
    with pytest.raises(CancelledError):
        write_zensus(str(data_dir / "zensus_100m.csv"), str(out), chunk_rows=2, is_cancelled=lambda: True)
    assert not out.exists()


def test_mixed_resolution_rejected(write):
    path = write("z.csv", "GITTER_ID_100m;Einwohner\nCRS3035RES100mN2928000E4159000;5\nCRS3035RES1000mN2928000E4159000;5\n")
    with pytest.raises(InputError, match="line 3.*1000 m"):
        list(iter_zensus(path))


def test_not_a_zensus_file(write):
    with pytest.raises(InputError, match="not a Zensus grid table"):
        zensus_schema(write("z.csv", "id;value\n1;2\n"))


def test_streaming_memory_is_bounded(tmp_path):
    """100,000 cells through the generator: peak Python memory stays far below the file's in-memory size."""
    path = tmp_path / "big.csv"
    with open(path, "w") as fh:
        fh.write("GITTER_ID_100m;x_mp_100m;y_mp_100m;Einwohner\n")
        for i in range(100_000):
            n, e = 2900000 + (i // 400) * 100, 4150000 + (i % 400) * 100
            fh.write(f"CRS3035RES100mN{n}E{e};{e + 50};{n + 50};{i % 50 if i % 17 else '–'}\n")
    tracemalloc.start()
    total = 0
    progress = []
    for chunk in iter_zensus(str(path), chunk_rows=5_000, progress=progress.append):
        total += len(chunk)
        chunk.wkb()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert total == 100_000
    assert peak < 40 * 2**20, peak  # whole-file lists of ids, WKB and attributes would take > 60 MB
    assert progress and progress[-1] == 1.0 and progress == sorted(progress)


def test_population_by_district(data_dir):
    from pyproj import Transformer

    tr = Transformer.from_crs("EPSG:3035", "EPSG:25832", always_xy=True)
    x0, y0 = tr.transform(4159000, 2928000)
    x1, y1 = tr.transform(4159300, 2928400)
    # west half / east half of the 6x4 sample grid (split at the 300 m line)
    west, east = box(x0 - 50, y0 - 50, x1, y1 + 50), box(x1, y0 - 50, x1 + 400, y1 + 50)
    result = zensus_population_by_district(str(data_dir / "zensus_100m.csv"), [("W", west), ("E", east)])
    vals = [12, 3, None, 45, 0, 7, 88, None, 23, 5, 9, 14, 31, 2, "absent", 60, None, 4, 17, 19, 21, 6, 8, 10]
    grid = np.array([0 if v in (None, "absent") else v for v in vals]).reshape(4, 6)
    assert result.counts == {"W": int(grid[:, :3].sum()), "E": int(grid[:, 3:].sum())}
    assert result.suppressed_cells == {"W": 2, "E": 1}
    assert result.outside_cells == 0


def test_bulk_gpkg_equals_feature_by_feature_ogr(data_dir, tmp_path):
    from osgeo import ogr

    a, b = str(tmp_path / "bulk.gpkg"), str(tmp_path / "ogr.gpkg")
    write_zensus(str(data_dir / "zensus_100m.csv"), a, bulk=True)
    write_zensus(str(data_dir / "zensus_100m.csv"), b, bulk=False)
    la, lb = read_vector(a, "x", prefer_pyogrio=False), read_vector(b, "x", prefer_pyogrio=False)
    assert [f.attributes for f in la.features] == [f.attributes for f in lb.features]
    assert all(x.geometry.equals_exact(y.geometry, 1e-9) for x, y in zip(la.features, lb.features))
    ds = ogr.Open(a)
    assert ds.ExecuteSQL("SELECT HasSpatialIndex('bulk', 'geom')").GetNextFeature().GetField(0) == 1
    lyr = ds.GetLayer(0)
    # extents agree to the last digits only: with GDAL 3.10 (Debian 13) the two writers differ in the last ulp
    assert lyr.GetFeatureCount() == 23 and lyr.GetExtent() == pytest.approx(ogr.Open(b).GetLayer(0).GetExtent(), abs=1e-6)
    lyr.SetSpatialFilterRect(*la.features[0].geometry.centroid.buffer(1).bounds)
    assert [f["gitter_id"] for f in lyr] == [la.features[0].attributes["gitter_id"]]


@pytest.mark.parametrize("target", ["EPSG:25832", "EPSG:3035", "EPSG:4326"])
def test_extent_keeps_exactly_the_cells_whose_centre_lies_inside(tmp_path, target):
    """Cells far outside the extent are skipped before their values are read (a national file against a city's
    districts); the cells kept are exactly those an exact test of every centre keeps, in any target CRS."""
    from pyproj import Transformer

    rng = np.random.default_rng(7)
    north = rng.integers(29000, 29400, 4000) * 100
    east = rng.integers(41000, 41400, 4000) * 100
    path = tmp_path / "grid.csv"
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("GITTER_ID_100m;Einwohner\n")
        seen = set()
        for n, e in zip(north.tolist(), east.tolist()):
            if (n, e) not in seen:
                seen.add((n, e))
                fh.write(f"CRS3035RES100mN{n}E{e};{int(rng.integers(3, 90))}\n")
    to_target = Transformer.from_crs("EPSG:3035", target, always_xy=True)
    cx, cy = to_target.transform(np.array([e + 50.0 for _n, e in seen]), np.array([n + 50.0 for n, _e in seen]))
    mx, my = float(np.median(cx)), float(np.median(cy))
    span = (max(cx) - min(cx)) / 6
    extent = (mx - span, my - span, mx + span, my + span)
    kept = {g for chunk in iter_zensus(str(path), target, extent=extent) for g in chunk.gitter_id}
    every = [(g, x, y) for chunk in iter_zensus(str(path), target)
             for g, x, y in zip(chunk.gitter_id, chunk.cx, chunk.cy)]
    exact = {g for g, x, y in every if extent[0] <= x <= extent[2] and extent[1] <= y <= extent[3]}
    assert kept == exact and 0 < len(kept) < len(every)
