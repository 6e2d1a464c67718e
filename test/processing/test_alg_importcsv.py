"""dispersion:importcsv: CSV import headless, through processing.run and qgis_process on the system Python."""
import pytest

pytest.importorskip("qgis.core")

from qgis.core import NULL, QgsProcessingException, QgsVectorLayer  # noqa: E402

from test.fixtures.qgis_helpers import qgis_process, system_env  # noqa: E402

pytestmark = pytest.mark.qgis

BOM = b"\xef\xbb\xbf"
OPERATOR_LIST = ("Nr;Bezeichnung;Träger;Plätze;belegt;Breite;Länge\n"
                 "A1;GU Kotten;ASZ;120;98;49,4447;7,7689\n"
                 ";;;;;;\n"  # an Excel row of empty cells
                 "A2;GU Fischerrück;ASZ;1.200;;49,4401;7,7502\n"  # occupancy unknown
                 "A3;GU Betzenberg;ASZ;80;40;1;1\n"  # placeholder position
                 "A4;GU Lauterstraße;ASZ;60;30;49,4465;7,7601\n")


def _operator_csv(tmp_path):
    path = tmp_path / "unterkuenfte_asz.csv"
    path.write_bytes(BOM + OPERATOR_LIST.encode("cp1252"))  # Excel: cp1252 with a BOM
    return str(path)


def _features(path):
    layer = QgsVectorLayer(path, "out", "ogr")
    assert layer.isValid()
    return layer, {f["Nr"]: f for f in layer.getFeatures()}


def test_importcsv_keeps_rows_and_flags_them(dispersion_provider, tmp_path):
    import processing

    out = str(tmp_path / "gu.gpkg")
    processing.run("dispersion:importcsv", {"INPUT": _operator_csv(tmp_path), "KIND": "shelters", "OUTPUT": out})
    layer, rows = _features(out)
    assert layer.fields().names()[:4] == ["fid", "Nr", "Bezeichnung", "Träger"]  # no 'ï»¿' before Nr
    assert sorted(rows) == ["A1", "A2", "A3", "A4"]  # the empty row is no row
    assert layer.crs().authid() == "EPSG:4326"
    assert rows["A2"]["Plätze"] == 1200 and rows["A2"]["Bezeichnung"] == "GU Fischerrück"
    assert rows["A3"]["import_flags"] == "placeholder position"
    assert not rows["A1"]["import_flags"]
    assert abs(rows["A1"].geometry().asPoint().x() - 7.7689) < 1e-9


def test_importcsv_explicit_dialect_columns_and_crs(dispersion_provider, tmp_path):
    import processing

    path = tmp_path / "sites.csv"
    path.write_text("id|Name|Plaetze_min|Plaetze_max|Modul|RW|HW\nC1|Wiese|0|40|k. A.|409000.5|5477000\n"
                    "C2|Halle|10|60|10|409500|5477200\n", encoding="utf-8")
    out = str(tmp_path / "c.gpkg")
    processing.run("dispersion:importcsv", {"INPUT": str(path), "KIND": "candidates", "SEPARATOR": "|",
                                            "DECIMAL": ".", "X_FIELD": "RW", "Y_FIELD": "HW",
                                            "CRS": "EPSG:25832", "OUTPUT": out})
    layer = QgsVectorLayer(out, "c", "ogr")
    feats = {f["id"]: f for f in layer.getFeatures()}
    assert layer.crs().authid() == "EPSG:25832" and feats["C1"].geometry().asPoint().x() == 409000.5
    assert feats["C1"]["Modul"] in (None, NULL) or not feats["C1"]["Modul"]  # NULL
    assert feats["C1"]["import_flags"] == "Modul unknown" and feats["C2"]["Modul"] == 10


def test_importcsv_keep_unknown_off_keeps_the_text(dispersion_provider, tmp_path):
    import processing

    path = tmp_path / "sites.csv"
    path.write_text("site_id;min_places;max_places;module;lat;lon\nC1;0;40;k. A.;49,44;7,76\n", encoding="utf-8")
    out = str(tmp_path / "c.gpkg")
    processing.run("dispersion:importcsv", {"INPUT": str(path), "KIND": "candidates", "KEEP_UNKNOWN": False,
                                            "OUTPUT": out})
    feat = next(QgsVectorLayer(out, "c", "ogr").getFeatures())
    assert feat["module"] == "k. A." and not feat["import_flags"]


def test_importcsv_names_the_problem(dispersion_provider, tmp_path):
    import processing

    path = tmp_path / "bad.csv"
    path.write_text("id;lat;lon\n1;49,4;7,7\n2;;\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match=r"'bad.csv': 1 row\(s\) without coordinates, at line\(s\) 3"):
        processing.run("dispersion:importcsv", {"INPUT": str(path), "KIND": "shelters", "OUTPUT": "memory:"})


def test_importcsv_via_qgis_process_on_system_python(tmp_path):
    env = system_env(tmp_path)
    assert qgis_process(["plugins", "enable", "dispersion_planner"], env).returncode == 0
    out = tmp_path / "gu.gpkg"
    run = qgis_process(["run", "dispersion:importcsv", "--", f"INPUT={_operator_csv(tmp_path)}", "KIND=shelters",
                        f"OUTPUT={out}"], env)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    assert "placeholder" in run.stdout + run.stderr
    _, rows = _features(str(out))
    assert sorted(rows) == ["A1", "A2", "A3", "A4"]
