"""Red team, input/output side: formula injection, odd field names, data loss, crashes, unclear statuses.

Every case asserts either a clear message naming the layer/file, the feature
or line and the field, or a correct result. Hostile files are generated here;
the slow ones (kill -9, full disk) run real subprocesses and a real tmpfs.
"""
from __future__ import annotations

import csv
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from plugin.core.errors import InputError
from plugin.core.validation import RawFeature, RawLayer, build_planning_data, errors
from plugin.io.safe_csv import csv_cell, csv_text, csv_uncell

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample" / "kaiserslautern_demo.gpkg"
SYS_PY = "/usr/bin/python3"


# --------------------------------------------------------------------------- helpers

def make_gpkg(path, districts=None, shelters=None, crs=25832, shelter_fields=None, district_fields=None):
    """A small contract GeoPackage; districts/shelters are lists of (attrs, WKT)."""
    from osgeo import ogr, osr

    ogr.UseExceptions()
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = None
    if crs:
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(crs)
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    districts = districts if districts is not None else [
        ({"district_id": "1", "name": "Nord", "population": 10000},
         "POLYGON((400000 5470000,410000 5470000,410000 5480000,400000 5480000,400000 5470000))"),
        ({"district_id": "2", "name": "Süd", "population": 20000},
         "POLYGON((410000 5470000,420000 5470000,420000 5480000,410000 5480000,410000 5470000))"),
    ]
    shelters = shelters if shelters is not None else [
        ({"shelter_id": "s1", "name": "Heim A", "capacity": 100, "occupied": 50}, "POINT(405000 5475000)"),
        ({"shelter_id": "s2", "name": "Haus B", "capacity": 50, "occupied": 20}, "POINT(415000 5475000)"),
    ]
    dfields = district_fields or [("district_id", ogr.OFTString), ("name", ogr.OFTString),
                                  ("population", ogr.OFTInteger64)]
    sfields = shelter_fields or [("shelter_id", ogr.OFTString), ("name", ogr.OFTString), ("capacity", ogr.OFTReal),
                                 ("occupied", ogr.OFTReal)]
    for table, gtype, fields, rows in (("districts", ogr.wkbPolygon, dfields, districts),
                                      ("shelters", ogr.wkbPoint, sfields, shelters)):
        lyr = ds.CreateLayer(table, srs, gtype)
        for name, ftype in fields:
            lyr.CreateField(ogr.FieldDefn(name, ftype))
        for attrs, wkt in rows:
            f = ogr.Feature(lyr.GetLayerDefn())
            for k, v in attrs.items():
                f.SetField(k, v)
            if isinstance(wkt, tuple):  # (x, y) for coordinates WKT cannot spell (inf, nan)
                geom = ogr.Geometry(ogr.wkbPoint)
                geom.AddPoint_2D(*wkt)
            else:
                geom = ogr.CreateGeometryFromWkt(wkt)
            f.SetGeometry(geom)
            lyr.CreateFeature(f)
        lyr = None
    ds = None
    return str(path)


def raw_layers(districts=None, shelters=None, crs="EPSG:25832"):
    from shapely import wkt

    d = districts or [({"district_id": "1", "name": "Nord", "population": 10000},
                       "POLYGON((400000 5470000,410000 5470000,410000 5480000,400000 5480000,400000 5470000))")]
    s = shelters or [({"shelter_id": "s1", "name": "A", "capacity": 10, "occupied": 5}, "POINT(405000 5475000)")]
    return [RawLayer("districts", "districts", [RawFeature(i + 1, a, wkt.loads(g)) for i, (a, g) in enumerate(d)], crs,
                     source_fields=["district_id", "name", "population"]),
            RawLayer("shelters", "shelters", [RawFeature(i + 1, a, wkt.loads(g)) for i, (a, g) in enumerate(s)], crs,
                     source_fields=["shelter_id", "name", "capacity", "occupied"])]


def zensus_csv(path, rows, header="GITTER_ID_100m;x_mp_100m;y_mp_100m;Einwohner"):
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(header + "\n")
        for r in rows:
            fh.write(r + "\n")
    return str(path)


def cell(i, value=5, north=2900000, east=4150000):
    n, e = north + (i // 400) * 100, east + (i % 400) * 100
    return f"CRS3035RES100mN{n}E{e};{e + 50};{n + 50};{value}"


def leftovers(folder):
    return sorted(p for p in os.listdir(folder) if ".part-" in p or ".old-" in p or p.endswith(("-journal", "-wal")))


# =========================================================================== CSV formula injection

FORMULAS = ["=1+2", "=HYPERLINK(\"http://x\",\"y\")", "+49 631 1234", "-2+3+cmd|' /C calc'!A0", "@SUM(A1:A9)",
            "\t=1", "\r=1", "=cmd|'/c calc'!A1", "-", "+", "@"]


@pytest.mark.parametrize("text", FORMULAS)
def test_csv_formula_cells_are_neutralised(text):
    out = csv_cell(text)
    assert out == "'" + text and csv_uncell(out) == text


@pytest.mark.parametrize("value,expected", [(-3.5, -3.5), ("-3.5", "-3.5"), ("+12", "+12"), (7, 7), ("1e3", "1e3"),
                                            ("Nord", "Nord"), (None, ""), (True, 1), (float("nan"), "")])
def test_csv_true_numbers_stay_numbers(value, expected):
    assert csv_cell(value) == expected


def test_csv_text_quotes_every_text_cell_and_leaves_numbers_bare():
    text = csv_text(["name", "value"], [["=1+2", -3.5], ['a "b"', 4]])
    lines = text.splitlines()
    assert lines[1] == '"\'=1+2",-3.5' and lines[2] == '"a ""b""",4'
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[1] == ["'=1+2", "-3.5"]


def test_cli_csv_writer_neutralises(tmp_path):
    from plugin.cli import write_csv

    path = tmp_path / "m.csv"
    write_csv(path, [("metric", "text"), ("value", "float")], [({"metric": "=evil()", "value": -1.5}, None)])
    rows = list(csv.reader(io.StringIO(Path(path).read_text(encoding="utf-8"))))
    assert rows[1] == ["'=evil()", "-1.5"]


def test_ogr_csv_writer_neutralises(tmp_path):
    from plugin.io.files import OutField, write_records

    path = tmp_path / "o.csv"
    write_records(str(path), "o", [{"name": "@SUM(1)", "n": -2}], [OutField("name"), OutField("n", "int")],
                  geometry="none")
    rows = list(csv.reader(io.StringIO(Path(path).read_text(encoding="utf-8"))))
    assert rows[1] == ["'@SUM(1)", "-2"]


def test_table_editor_round_trip_keeps_text(tmp_path):
    from plugin.io.safe_csv import SafeDictWriter

    path = tmp_path / "rules.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = SafeDictWriter(fh, ["group_a", "note"], delimiter=";")
        w.writeheader()
        w.writerow({"group_a": "=A1", "note": "-ok"})
    raw = Path(path).read_text(encoding="utf-8")
    assert "\"'=A1\"" in raw
    back = [csv_uncell(v) for v in list(csv.reader(io.StringIO(raw), delimiter=";"))[1]]
    assert back == ["=A1", "-ok"]


# =========================================================================== validation: numbers and geometry

@pytest.mark.parametrize("capacity", [1e19, 1e15, 1e300, 2**63, -1e19])
def test_absurd_capacity_refused_with_layer_feature_field(capacity):
    layers = raw_layers(shelters=[({"shelter_id": "s1", "name": "A", "capacity": capacity, "occupied": 5},
                                   "POINT(405000 5475000)")])
    _, issues = build_planning_data(layers)
    bad = errors(issues)
    assert bad and bad[0].layer == "shelters" and bad[0].feature == 1 and bad[0].field == "capacity"
    assert "Layer 'shelters', feature 1, field 'capacity'" in bad[0].message


@pytest.mark.parametrize("value", [float("inf"), float("nan"), "1e400"])
def test_non_finite_capacity_refused(value):
    layers = raw_layers(shelters=[({"shelter_id": "s1", "name": "A", "capacity": value, "occupied": 5},
                                   "POINT(405000 5475000)")])
    bad = errors(build_planning_data(layers)[1])
    assert bad and bad[0].field == "capacity"


def test_population_above_a_billion_refused():
    layers = raw_layers(districts=[({"district_id": "1", "name": "N", "population": 5e9},
                                    "POLYGON((400000 5470000,410000 5470000,410000 5480000,400000 5480000,400000 5470000))")])
    bad = errors(build_planning_data(layers)[1])
    assert bad and bad[0].field == "population" and "implausibly large" in bad[0].message


def test_large_shelter_is_warned_not_refused():
    layers = raw_layers(shelters=[({"shelter_id": "s1", "name": "A", "capacity": 6000, "occupied": 5},
                                   "POINT(405000 5475000)")])
    data, issues = build_planning_data(layers)
    assert not errors(issues) and len(data.shelters) == 1
    warn = [i for i in issues if i.code == "large_capacity"]
    assert warn and warn[0].feature == 1 and warn[0].field == "capacity" and "6,000" in warn[0].message


@pytest.mark.parametrize("wkt", ["POINT(inf 5475000)", "POINT(405000 nan)", "POINT(1e30 5475000)",
                                 "POINT(-1e12 5475000)"])
def test_bad_coordinates_refused_naming_feature_and_geometry(wkt):
    from shapely.geometry import Point

    x, y = wkt[6:-1].split()
    layers = raw_layers()
    layers[1].features[0] = RawFeature(7, dict(layers[1].features[0].attributes), Point(float(x), float(y)))
    bad = errors(build_planning_data(layers)[1])
    assert bad and bad[0].feature == 7 and bad[0].field == "geometry" and "feature 7" in bad[0].message


def test_overlapping_districts_warned():
    a = "POLYGON((400000 5470000,410000 5470000,410000 5480000,400000 5480000,400000 5470000))"
    b = "POLYGON((405000 5470000,415000 5470000,415000 5480000,405000 5480000,405000 5470000))"
    layers = raw_layers(districts=[({"district_id": "1", "name": "A", "population": 10}, a),
                                   ({"district_id": "2", "name": "B", "population": 10}, b)])
    issues = build_planning_data(layers)[1]
    warn = [i for i in issues if i.code == "districts_overlap"]
    assert warn and "features 1 and 2" in warn[0].message and "50,000,000" in warn[0].message


def test_touching_districts_not_warned():
    layers = raw_layers(districts=[
        ({"district_id": "1", "name": "A", "population": 10},
         "POLYGON((400000 5470000,410000 5470000,410000 5480000,400000 5480000,400000 5470000))"),
        ({"district_id": "2", "name": "B", "population": 10},
         "POLYGON((410000 5470000,420000 5470000,420000 5480000,410000 5480000,410000 5470000))")])
    assert not [i for i in build_planning_data(layers)[1] if i.code == "districts_overlap"]


# =========================================================================== CSV / Zensus / Integreat statuses

def test_latitude_149_is_out_of_range_not_swapped(tmp_path):
    from plugin.io.csv_table import read_points_csv

    path = tmp_path / "lat.csv"
    path.write_text("shelter_id;name;capacity;occupied;lat;lon\na;A;10;5;49,44;7,76\nb;B;10;5;149,44;7,77\n")
    with pytest.raises(InputError, match=r"'lat.csv', line 3, column 'lat': 149.44 is outside the valid range"):
        read_points_csv(str(path), "shelters")


@pytest.mark.parametrize("value", ["1e19", "10000000000000000000", "-5e12"])
def test_csv_absurd_counts_refused_at_import_with_line_and_column(tmp_path, value):
    from plugin.io.csv_table import read_points_csv

    path = tmp_path / "cap.csv"
    path.write_text(f"shelter_id;name;capacity;occupied;lat;lon\na;A;10;5;49,44;7,76\nb;B;{value};5;49,45;7,77\n")
    with pytest.raises(InputError, match=rf"'cap.csv', line 3, column 'capacity': {value} is outside the plausible"):
        read_points_csv(str(path), "shelters")


def test_zensus_grid_id_far_outside_refused(tmp_path):
    from plugin.io.zensus import iter_zensus

    path = zensus_csv(tmp_path / "z.csv", [cell(0), "CRS3035RES100mN1000000000000000000000000000000E4150000;1;1;5"])
    with pytest.raises(InputError, match=r"'z.csv', line 3, column 'GITTER_ID_100m'"):
        list(iter_zensus(path))


def test_zensus_duplicate_cells_counted_once(tmp_path):
    from plugin.io.zensus import ZensusStats, iter_zensus

    rows = [cell(i, 10) for i in range(30)] + [cell(3, 99), cell(29, 99)]
    path = zensus_csv(tmp_path / "d.csv", rows)
    stats = ZensusStats()
    chunks = list(iter_zensus(path, chunk_rows=7, stats=stats))
    values = [v for c in chunks for v in c.einwohner]
    assert len(values) == 30 and sum(values) == 300
    assert stats.duplicates == 2
    note = [n for n in stats.notes if "more than once" in n][0]
    assert "'d.csv'" in note and "line 5" in note and "line 32" in note and "GITTER_ID_100m" in note


def test_zensus_column_turning_decimal_after_row_1000_accepted(tmp_path):
    from plugin.io.zensus import iter_zensus

    rows = [cell(i) for i in range(1500)]
    rows[1200] = rows[1200].rsplit(";", 3)[0] + ";4150050,5;2903050;5"
    path = zensus_csv(tmp_path / "dec.csv", rows)
    chunks = list(iter_zensus(path, chunk_rows=400))
    assert sum(len(c) for c in chunks) == 1500
    xs = [o[0] for c in chunks for o in c.others]
    assert 4150050.5 in xs


def test_zensus_decimal_inhabitants_refused_with_line(tmp_path):
    from plugin.io.zensus import iter_zensus

    rows = [cell(i) for i in range(1200)]
    rows[1100] = cell(1100, "3,5")
    path = zensus_csv(tmp_path / "v.csv", rows)
    with pytest.raises(InputError, match=r"'v.csv', line 1102, column 'Einwohner': '3,5' is not a whole number"):
        list(iter_zensus(path))


def test_zensus_text_after_numbers_refused_clearly(tmp_path):
    from plugin.io.zensus import iter_zensus

    rows = [cell(i) for i in range(1200)]
    rows[1100] = rows[1100].replace(";", ";abc;", 1).rsplit(";", 4)[0] + ";abc;2911050;5"
    path = zensus_csv(tmp_path / "t.csv", rows)
    with pytest.raises(InputError, match=r"line 1102, column 'x_mp_100m': 'abc' is not a number, but the column"):
        list(iter_zensus(path))


@pytest.mark.parametrize("doc,match", [
    ("[" * 50000 + "]" * 50000, "nested too deeply"),
    (json.dumps([{"id": 1, "title": ["x"], "location": {"latitude": 49.4, "longitude": 7.7}}]),
     r"item 1, field 'title': expected text, found a list"),
    (json.dumps([{"id": 2, "title": "x", "category": {"name": {"a": 1}},
                  "location": {"latitude": 49.4, "longitude": 7.7}}]), r"item 2, field 'category.name'.*an object"),
    (json.dumps([{"id": 3, "title": "x", "location": {"latitude": 49.4, "longitude": 7.7, "town": True}}]),
     r"item 3, field 'location.town'.*true/false"),
    (json.dumps([{"id": {"x": 1}, "title": "x", "location": {"latitude": 49.4, "longitude": 7.7}}]),
     r"item #1, field 'id'"),
    (json.dumps([{"id": 4, "title": "x", "location": {"latitude": 149.4, "longitude": 7.7}}]),
     r"item 4 \('x'\): latitude 149.4"),
])
def test_integreat_hostile_json(tmp_path, doc, match):
    from plugin.io.integreat import read_integreat

    path = tmp_path / "loc.json"
    path.write_text(doc)
    with pytest.raises(InputError, match=match) as info:
        read_integreat(str(path))
    assert "'loc.json'" in info.value.message


def test_integreat_number_as_title_becomes_text(tmp_path):
    from plugin.io.integreat import read_integreat

    path = tmp_path / "n.json"
    path.write_text(json.dumps([{"id": 9, "title": 42, "location": {"latitude": 49.4, "longitude": 7.7}}]))
    assert read_integreat(str(path)).features[0].attributes["name"] == "42"


# =========================================================================== report and files: crashes

@pytest.mark.parametrize("name", ["Kosten $5", "$\\frac{$", "a$b$c$", "$$", "\\$x$"])
def test_dollar_in_district_name_does_not_kill_the_chart(name):
    from plugin.report.charts import load_chart

    svg = load_chart([{"district_id": "1", "name": name, "per_1000": 3.0},
                      {"district_id": "2", "name": "B", "per_1000": 5.0}], 4.0).decode("utf-8")
    assert "<svg" in svg


def test_report_into_a_folder_path_is_a_message(tmp_path):
    from plugin.report.html import write_text_atomic

    target = tmp_path / "report.html"
    target.mkdir()
    with pytest.raises(InputError, match=r"output '.*report.html' is a folder"):
        write_text_atomic(str(target), "<html/>")


def test_csv_into_a_folder_path_is_a_message(tmp_path):
    from plugin.io.safe_csv import write_csv

    (tmp_path / "x.csv").mkdir()
    with pytest.raises(InputError, match="is a folder"):
        write_csv(str(tmp_path / "x.csv"), ["a"], [[1]])


def test_output_under_a_file_is_a_message(tmp_path):
    from plugin.report.html import write_text_atomic

    (tmp_path / "file").write_text("x")
    with pytest.raises(InputError, match=r"Could not write '.*file/r.html'"):
        write_text_atomic(str(tmp_path / "file" / "r.html"), "<html/>")


@pytest.fixture
def readonly_dir(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    (folder / "report.html").write_text("GOOD")
    if os.geteuid() == 0:
        done = subprocess.run(["mount", "--bind", "-o", "ro", str(folder), str(folder)], capture_output=True)
        if done.returncode:
            pytest.skip("root without mount: a read-only folder cannot be made")
        subprocess.run(["mount", "-o", "remount,bind,ro", str(folder)], capture_output=True)
        try:
            (folder / "probe").write_text("x")
        except OSError:
            pass
        else:
            subprocess.run(["umount", str(folder)])
            pytest.skip("read-only bind mount not effective here")
        yield folder
        subprocess.run(["umount", str(folder)])
    else:
        folder.chmod(0o555)
        yield folder
        folder.chmod(0o755)


def test_read_only_report_folder_is_a_message_and_keeps_the_old_file(readonly_dir):
    from plugin.report.html import write_text_atomic

    with pytest.raises(InputError, match=r"Could not write '.*report.html' \(Read-only file system|Permission denied"):
        write_text_atomic(str(readonly_dir / "report.html"), "<html>new</html>")
    assert (readonly_dir / "report.html").read_text() == "GOOD"


def test_insek_export_error_without_error_message():
    pytest.importorskip("qgis.core")
    from qgis.core import QgsLayoutExporter

    from plugin.export.insek import _export_error

    class OldExporter:  # QGIS 3.22: no errorMessage()
        pass

    text = _export_error(OldExporter(), QgsLayoutExporter.ExportResult.FileError, Path("/x/map.pdf"))
    assert "cannot write the file '/x/map.pdf'" in text


# =========================================================================== atomic outputs, one set

def test_output_set_all_or_none_when_a_rename_fails(tmp_path, monkeypatch):
    from plugin.io import files

    a, b = tmp_path / "a.gpkg", tmp_path / "b.csv"
    a.write_text("OLD-A")
    b.write_text("OLD-B")
    outputs = files.OutputSet()
    ta, tb = outputs.stage(str(a)), outputs.stage(str(b))
    Path(ta).write_text("NEW-A")
    Path(tb).write_text("NEW-B")
    real = os.replace

    def flaky(src, dst):
        if src == tb:
            raise OSError(28, "No space left on device")
        return real(src, dst)

    monkeypatch.setattr(files.os, "replace", flaky)
    with pytest.raises(InputError, match="No space left on device"):
        outputs.commit()
    monkeypatch.setattr(files.os, "replace", real)
    assert a.read_text() == "OLD-A" and b.read_text() == "OLD-B"
    assert leftovers(tmp_path) == []


def test_stale_parts_of_killed_runs_are_cleaned(tmp_path):
    from plugin.io.files import atomic_output

    dead = 4_000_000  # beyond pid_max: no such process
    for name in (f".grid.part-{dead}-1.gpkg", f".grid.part-{dead}-1.gpkg-journal"):
        (tmp_path / name).write_text("junk")
    with atomic_output(str(tmp_path / "grid.gpkg")) as tmp:
        Path(tmp).write_text("new")
    assert sorted(os.listdir(tmp_path)) == ["grid.gpkg"]


def test_zensus_io_error_after_first_rows_keeps_good_output(tmp_path):
    from plugin.io.zensus import write_zensus

    good = zensus_csv(tmp_path / "good.csv", [cell(i) for i in range(50)])
    out = tmp_path / "grid.gpkg"
    write_zensus(good, str(out))
    before = out.read_bytes()
    rows = [cell(i) for i in range(30_000)]
    rows[25_000] = cell(25_000, "viele")
    bad = zensus_csv(tmp_path / "bad.csv", rows)
    with pytest.raises(InputError, match=r"'bad.csv', line 25002, column 'Einwohner'"):
        write_zensus(bad, str(out), chunk_rows=5_000)
    assert out.read_bytes() == before and leftovers(tmp_path) == []


# =========================================================================== QGIS: Processing and the CLI

@pytest.fixture
def qgis_env(qgis_app, qgis_processing):
    return qgis_app


def run_alg(alg_class, params):
    import processing

    return processing.run(alg_class().create(), params)


def _layers(path):
    from qgis.core import QgsVectorLayer

    d = QgsVectorLayer(f"{path}|layername=districts", "districts", "ogr")
    s = QgsVectorLayer(f"{path}|layername=shelters", "shelters", "ogr")
    assert d.isValid() and s.isValid()
    return d, s


def test_processing_zensus_late_error_keeps_good_output(qgis_env, tmp_path):
    from qgis.core import QgsProcessingException

    from plugin.processing.alg_importzensus import ImportZensusAlgorithm

    out = tmp_path / "grid.gpkg"
    run_alg(ImportZensusAlgorithm, {"INPUT": zensus_csv(tmp_path / "g.csv", [cell(i) for i in range(20)]),
                                    "OUTPUT": str(out)})
    before = out.read_bytes()
    rows = [cell(i) for i in range(45_000)]
    rows[44_000] = cell(44_000, "-")  # suppressed: fine
    rows[44_500] = cell(44_500, "x1")
    with pytest.raises(QgsProcessingException, match=r"line 44502, column 'Einwohner'"):
        run_alg(ImportZensusAlgorithm, {"INPUT": zensus_csv(tmp_path / "b.csv", rows), "OUTPUT": str(out)})
    assert out.read_bytes() == before and leftovers(tmp_path) == []


@pytest.mark.parametrize("ext", [".gpkg", ".shp", ".geojson", ".csv"])
def test_processing_formats_are_written_atomically(qgis_env, tmp_path, ext):
    from qgis.core import QgsVectorLayer

    from plugin.processing.alg_importzensus import ImportZensusAlgorithm

    out = tmp_path / f"grid{ext}"
    result = run_alg(ImportZensusAlgorithm, {"INPUT": zensus_csv(tmp_path / "g.csv", [cell(i) for i in range(12)]),
                                             "OUTPUT": str(out)})
    assert result["OUTPUT"] == str(out)
    if ext == ".csv":
        assert len(out.read_text().splitlines()) == 13
    else:
        layer = QgsVectorLayer(str(out), "g", "ogr")
        assert layer.isValid() and layer.featureCount() == 12
    assert leftovers(tmp_path) == []


def test_processing_analyse_csv_output_is_formula_safe(qgis_env, tmp_path):
    from plugin.processing.alg_analyse import AnalyseAlgorithm

    gpkg = make_gpkg(tmp_path / "in.gpkg", districts=[
        ({"district_id": "=1+1", "name": "@SUM(A1)", "population": 10000},
         "POLYGON((400000 5470000,410000 5470000,410000 5480000,400000 5480000,400000 5470000))"),
        ({"district_id": "2", "name": "-2+3+cmd|' /C calc'!A0", "population": 20000},
         "POLYGON((410000 5470000,420000 5470000,420000 5480000,410000 5480000,410000 5470000))")])
    d, s = _layers(gpkg)
    out = tmp_path / "out"
    run_alg(AnalyseAlgorithm, {"DISTRICTS": d, "SHELTERS": s, "PERMUTATIONS": 9,
                               "DISTRICT_METRICS": str(out / "dm.csv"), "CITY_METRICS": str(out / "cm.csv")})
    rows = list(csv.reader(io.StringIO((out / "dm.csv").read_text(encoding="utf-8"))))
    cells = [c for r in rows[1:] for c in r]
    assert "'=1+1" in cells and "'@SUM(A1)" in cells and "'-2+3+cmd|' /C calc'!A0" in cells
    assert not any(c.startswith(("=", "@", "+")) or (c.startswith("-") and not c.replace(".", "").lstrip("-").isdigit())
                   for c in cells)


def test_processing_analyse_is_all_or_none(qgis_env, tmp_path):
    """REPORT points at a folder: the run fails with a message and neither layer output appears."""
    from qgis.core import QgsProcessingException

    from plugin.processing.alg_analyse import AnalyseAlgorithm

    d, s = _layers(make_gpkg(tmp_path / "in.gpkg"))
    out = tmp_path / "out"
    out.mkdir()
    (out / "report.html").mkdir()
    with pytest.raises(QgsProcessingException, match=r"report.html' is a folder"):
        run_alg(AnalyseAlgorithm, {"DISTRICTS": d, "SHELTERS": s, "PERMUTATIONS": 9,
                                   "DISTRICT_METRICS": str(out / "dm.gpkg"), "CITY_METRICS": str(out / "cm.csv"),
                                   "REPORT": str(out / "report.html")})
    assert sorted(os.listdir(out)) == ["report.html"]


def test_processing_refuses_1e19_capacity_with_feature_and_field(qgis_env, tmp_path):
    from qgis.core import QgsProcessingException

    from plugin.processing.alg_analyse import AnalyseAlgorithm

    d, s = _layers(make_gpkg(tmp_path / "in.gpkg", shelters=[
        ({"shelter_id": "s1", "name": "A", "capacity": 1e19, "occupied": 5}, "POINT(405000 5475000)")]))
    with pytest.raises(QgsProcessingException, match=r"Layer 'shelters', feature 1, field 'capacity': 1e\+19"):
        run_alg(AnalyseAlgorithm, {"DISTRICTS": d, "SHELTERS": s, "PERMUTATIONS": 9,
                                   "DISTRICT_METRICS": "memory:", "CITY_METRICS": "memory:"})


def test_odd_field_names_keep_per_1000_working(qgis_env, tmp_path):
    from osgeo import ogr

    from plugin.qgis_adapters.loading import add_per_1000_field

    pop, places = 'Einwohner "2023"', "Plätze 'gesamt'"
    gpkg = make_gpkg(tmp_path / "odd.gpkg",
                     districts=[({"district_id": "1", "name": "N", pop: 2000},
                                 "POLYGON((400000 5470000,410000 5470000,410000 5480000,400000 5480000,400000 5470000))")],
                     shelters=[({"shelter_id": "s1", "name": "A", places: 30}, "POINT(405000 5475000)")],
                     district_fields=[("district_id", ogr.OFTString), ("name", ogr.OFTString), (pop, ogr.OFTInteger64)],
                     shelter_fields=[("shelter_id", ogr.OFTString), ("name", ogr.OFTString), (places, ogr.OFTInteger64)])
    d, s = _layers(gpkg)
    from qgis.core import QgsProject

    QgsProject.instance().addMapLayers([d, s], False)
    try:
        add_per_1000_field(d, s, places_field=places, population_field=pop)
        value = next(d.getFeatures())["per_1000"]
        assert value == pytest.approx(15.0)
    finally:
        QgsProject.instance().removeMapLayers([d.id(), s.id()])


def test_layer_named_after_its_file_is_reported_by_its_table(qgis_env):
    from qgis.core import QgsVectorLayer

    from plugin.qgis_adapters.layers import layer_label, layer_to_raw

    layer = QgsVectorLayer(f"{SAMPLE}|layername=shelters", "kaiserslautern_demo (2)", "ogr")
    assert layer_label(layer) == "shelters" and layer_to_raw(layer, "shelters").name == "shelters"
    named = QgsVectorLayer(f"{SAMPLE}|layername=shelters", "Unterkünfte Stand Mai", "ogr")
    assert layer_label(named) == "Unterkünfte Stand Mai"


def _cli(*args, timeout=240):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8")
    env.pop("PYTHONPATH", None)
    return subprocess.run([SYS_PY, "-m", "plugin", "--lang", "en", *args], cwd=str(ROOT), capture_output=True,
                          text=True, timeout=timeout, env=env)


@pytest.mark.skipif(not os.path.exists(SYS_PY), reason="needs the system Python with QGIS")
def test_cli_validate_sample_does_not_crash():
    done = _cli("validate", str(SAMPLE))
    assert done.returncode == 0, (done.returncode, done.stderr[-2000:])
    assert "meets the data contract" in done.stderr


@pytest.mark.skipif(not os.path.exists(SYS_PY), reason="needs the system Python with QGIS")
@pytest.mark.parametrize("case,expected", [
    ("nocrs", "Layer 'districts' has no coordinate reference system"),
    ("inf", "Layer 'shelters', feature 1, field 'geometry': a coordinate is not a finite number (inf)"),
    ("cap", "Layer 'shelters', feature 1, field 'capacity': 1e+300 is implausibly large"),
    ("folder", "is a folder, not a GeoPackage file"),
])
def test_cli_validate_hostile_files_give_messages(tmp_path, case, expected):
    if case == "folder":
        path = tmp_path / "x.gpkg"
        path.mkdir()
    elif case == "nocrs":
        path = make_gpkg(tmp_path / "n.gpkg", crs=None)
    elif case == "inf":
        from osgeo import gdal

        gdal.PushErrorHandler("CPLQuietErrorHandler")  # GDAL cannot store the inf extent; the point itself is written
        try:
            path = make_gpkg(tmp_path / "i.gpkg", shelters=[
                ({"shelter_id": "s1", "name": "A", "capacity": 1, "occupied": 1}, (float("inf"), 5475000.0))])
        except RuntimeError:
            path = str(tmp_path / "i.gpkg")
        finally:
            gdal.PopErrorHandler()
    else:
        path = make_gpkg(tmp_path / "c.gpkg", shelters=[
            ({"shelter_id": "s1", "name": "A", "capacity": 1e300, "occupied": 1}, "POINT(405000 5475000)")])
    done = _cli("validate", str(path))
    assert done.returncode in (1, 2), (done.returncode, done.stderr[-2000:])
    assert expected in done.stderr and "Traceback" not in done.stderr


# =========================================================================== kill -9 and a full disk

KILL_SCRIPT = textwrap.dedent("""
    import os, sys
    sys.path.insert(0, {root!r})
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from qgis.core import QgsApplication
    app = QgsApplication([], False); app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing
    Processing.initialize()
    import processing
    from plugin.processing.alg_importzensus import ImportZensusAlgorithm
    print("start", flush=True)
    processing.run(ImportZensusAlgorithm().create(), {{"INPUT": sys.argv[1], "OUTPUT": sys.argv[2]}})
    print("done", flush=True)
    os._exit(0)
""")


@pytest.mark.skipif(not os.path.exists(SYS_PY), reason="needs the system Python with QGIS")
def test_kill_9_during_zensus_import_leaves_nothing_at_output(tmp_path):
    big = tmp_path / "big.csv"
    with open(big, "w") as fh:
        fh.write("GITTER_ID_100m;x_mp_100m;y_mp_100m;Einwohner\n")
        for i in range(600_000):
            n, e = 2700000 + (i // 1000) * 100, 4100000 + (i % 1000) * 100
            fh.write(f"CRS3035RES100mN{n}E{e};{e + 50};{n + 50};{i % 40}\n")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "grid.gpkg"
    script = tmp_path / "run.py"
    script.write_text(KILL_SCRIPT.format(root=str(ROOT)))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen([SYS_PY, str(script), str(big), str(out)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, env=env)
    deadline = time.time() + 120
    staged = []
    while time.time() < deadline and proc.poll() is None:
        staged = [p for p in os.listdir(out_dir) if ".part-" in p and not p.endswith("-journal")]
        if staged and sum(os.path.getsize(out_dir / p) for p in staged) > 2_000_000:
            break
        time.sleep(0.05)
    assert proc.poll() is None, "the import finished before it could be killed; make the file bigger"
    assert staged, "no staged file beside OUTPUT"
    proc.send_signal(signal.SIGKILL)
    proc.wait(30)
    assert not out.exists(), "a killed import left a file at OUTPUT"
    assert not any(p.startswith("grid.gpkg") for p in os.listdir(out_dir)), os.listdir(out_dir)
    # the next run cleans the killed run's staging files and writes OUTPUT completely
    small = zensus_csv(tmp_path / "small.csv", [cell(i) for i in range(5)])
    done = subprocess.run([SYS_PY, str(script), small, str(out)], capture_output=True, text=True, env=env, timeout=120)
    assert "done" in done.stdout, done.stderr[-2000:]
    assert sorted(os.listdir(out_dir)) == ["grid.gpkg"]


@pytest.fixture
def tiny_disk(tmp_path):
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    mnt = tmp_path / "disk"
    mnt.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=400k", "tmpfs", str(mnt)], capture_output=True)
    if done.returncode:
        pytest.skip("cannot mount a tmpfs here")
    yield mnt
    subprocess.run(["umount", "-l", str(mnt)])


def test_full_disk_during_analysis_keeps_earlier_outputs(qgis_env, tmp_path, tiny_disk):
    from qgis.core import QgsProcessingException

    from plugin.processing.alg_analyse import AnalyseAlgorithm

    d, s = _layers(str(SAMPLE))
    targets = {"DISTRICT_METRICS": tiny_disk / "dm.gpkg", "CITY_METRICS": tiny_disk / "cm.csv",
               "REPORT": tiny_disk / "report.html"}
    for key, path in targets.items():
        path.write_text(f"GOOD {key}")
    free = shutil.disk_usage(tiny_disk).free
    (tiny_disk / "filler").write_bytes(b"\0" * max(free - 60_000, 0))  # ~60 KB left: the GeoPackage alone needs more
    with pytest.raises(QgsProcessingException, match=r"Could not write '.*(dm.gpkg|cm.csv|report.html)'.*"
                                                     r"(No space left on device|disk is full|full)") as info:
        run_alg(AnalyseAlgorithm, {"DISTRICTS": d, "SHELTERS": s, "PERMUTATIONS": 9,
                                   **{k: str(v) for k, v in targets.items()}})
    assert "nothing was written" in str(info.value)
    for key, path in targets.items():
        assert path.read_text() == f"GOOD {key}"
    assert leftovers(tiny_disk) == []


def test_full_disk_during_zensus_import_via_rlimit(tmp_path):
    """The same through RLIMIT_FSIZE in a subprocess (works without mount rights): a message, no partial file."""
    rows = [cell(i) for i in range(20_000)]
    csv_path = zensus_csv(tmp_path / "z.csv", rows)
    out = tmp_path / "grid.gpkg"
    out.write_text("GOOD")
    code = textwrap.dedent(f"""
        import resource, signal, sys
        sys.path.insert(0, {str(ROOT)!r})
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (300_000, 300_000))
        from plugin.core.errors import DispersionError
        from plugin.io.zensus import write_zensus
        try:
            write_zensus({csv_path!r}, {str(out)!r})
        except DispersionError as exc:
            print("MESSAGE:", exc.message)
    """)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert "MESSAGE: Could not write" in done.stdout and "grid.gpkg" in done.stdout, done.stdout + done.stderr[-1500:]
    assert "Traceback" not in done.stderr
    assert out.read_text() == "GOOD" and leftovers(tmp_path) == []


def test_exportmap_output_that_is_a_folder_is_a_message(qgis_env, tmp_path):
    from qgis.core import QgsProcessingException

    from plugin.processing.alg_exportmap import ExportMapAlgorithm

    d, _ = _layers(make_gpkg(tmp_path / "in.gpkg"))
    (tmp_path / "map.pdf").mkdir()
    with pytest.raises(QgsProcessingException, match=r"output '.*map.pdf' is a folder"):
        run_alg(ExportMapAlgorithm, {"DISTRICTS": d, "OUTPUT": str(tmp_path / "map.pdf")})


def test_fuse_names_file_named_layers_by_their_table(qgis_env, tmp_path):
    """qgis_process names layers after their file ('lists', 'lists (2)'); provenance uses the tables' names."""
    from osgeo import ogr
    from qgis.core import QgsVectorLayer

    from plugin.processing.alg_fuse import FuseSheltersAlgorithm

    path = tmp_path / "lists.gpkg"
    make_gpkg(path)
    ds = ogr.Open(str(path), 1)
    ds.CopyLayer(ds.GetLayerByName("shelters"), "operator_list")
    ds = None
    a = QgsVectorLayer(f"{path}|layername=shelters", "lists", "ogr")
    b = QgsVectorLayer(f"{path}|layername=operator_list", "lists (2)", "ogr")
    result = run_alg(FuseSheltersAlgorithm, {"SOURCES": [a, b], "OUTPUT": str(tmp_path / "fused.gpkg"),
                                             "CONFLICTS": str(tmp_path / "conflicts.csv")})
    fused = QgsVectorLayer(result["OUTPUT"], "f", "ogr")
    sources = {f["capacity_source"] for f in fused.getFeatures()}
    assert sources and sources <= {"shelters", "operator_list"}, sources
    assert (tmp_path / "conflicts.csv").exists() and leftovers(tmp_path) == []
