"""The one OGR writer (io.files): one geometry table, one field vocabulary, atomic files."""
import os

import pytest
from osgeo import ogr
from shapely.geometry import MultiPolygon, Point, box

from plugin.core.errors import CancelledError
from plugin.core.outputs import FIELD_KINDS, OutField, out_fields
from plugin.core.validation import RawFeature, RawLayer
from plugin.io.files import GEOMETRY_TYPES, OgrWriter, Table, check_target, write_raw_layer, write_records, write_tables


def _layer_info(path, name=None):
    ds = ogr.Open(str(path))
    layer = ds.GetLayerByName(name) if name else ds.GetLayer(0)
    defn = layer.GetLayerDefn()
    info = (ogr.GeometryTypeToName(layer.GetGeomType()),
            {defn.GetFieldDefn(i).GetName(): defn.GetFieldDefn(i).GetTypeName() for i in range(defn.GetFieldCount())},
            [f.GetGeometryRef().ExportToWkt() if f.GetGeometryRef() else None for f in layer])
    ds = None
    return info


def test_one_geometry_table_polygon_is_multipolygon():
    assert GEOMETRY_TYPES == {"point": "wkbPoint", "polygon": "wkbMultiPolygon", "line": "wkbMultiLineString",
                              "none": "wkbNone"}  # line: the walking network (issue 18)


def test_one_field_vocabulary():
    assert FIELD_KINDS == ("text", "int", "float", "bool", "date")  # date: capacityplan's months
    assert out_fields([("a", "int")]) == [OutField("a", "int")]
    assert OutField("a", "int") == ("a", "int")  # the schemas' plain pairs are the same type
    with pytest.raises(ValueError, match="int64"):
        out_fields([("a", "int64")])


def test_write_tables_polygons_and_kinds(tmp_path):
    path = tmp_path / "t.gpkg"
    fields = [("id", "text"), ("n", "int"), ("x", "float"), ("ok", "bool")]
    write_tables(str(path), [
        Table("poly", "polygon", fields, [({"id": "a", "n": 2**40, "x": 1.5, "ok": True}, box(0, 0, 1, 1)),
                                          ({"id": "b"}, MultiPolygon([box(2, 2, 3, 3), box(4, 4, 5, 5)]))]),
        Table("meta", "none", [("k", "text")], [({"k": "v"}, None)], crs=None),
    ])
    gtype, kinds, geoms = _layer_info(path, "poly")
    assert gtype == "Multi Polygon" and all(g.startswith("MULTIPOLYGON") for g in geoms)
    assert kinds == {"id": "String", "n": "Integer64", "x": "Real", "ok": "Integer"}
    ds = ogr.Open(str(path))
    first = ds.GetLayerByName("poly").GetNextFeature()
    assert first.GetField("n") == 2**40
    assert ds.GetLayerByName("poly").GetSpatialRef().GetAuthorityCode(None) == "25832"
    ds = None
    assert not [p for p in os.listdir(tmp_path) if p.startswith(".")]


def test_raw_layer_polygons_are_multipolygons(tmp_path):
    layer = RawLayer("d", "districts", [RawFeature(1, {"id": "a", "pop": 3}, box(0, 0, 1, 1))], crs="EPSG:25832")
    write_raw_layer(str(tmp_path / "d.gpkg"), layer)
    gtype, kinds, geoms = _layer_info(tmp_path / "d.gpkg")
    assert gtype == "Multi Polygon" and geoms[0].startswith("MULTIPOLYGON") and kinds["pop"] == "Integer64"


def test_records_and_cancel_leave_nothing(tmp_path):
    out = tmp_path / "p.geojson"
    n = write_records(str(out), "p", [{"name": "a"}], [OutField("name")], "point", "EPSG:25832",
                      geometry_of=lambda r: Point(1, 2).wkb)
    assert n == 1 and out.exists()
    before = out.read_bytes()
    with pytest.raises(CancelledError):
        with OgrWriter(str(out), "p", [OutField("name")], "point", "EPSG:25832") as w:
            w.add(["b"], Point(0, 0).wkb)
            raise CancelledError()
    assert out.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["p.geojson"]


def test_unknown_kind_or_geometry_is_refused(tmp_path):
    with pytest.raises(ValueError, match="kind"):
        write_tables(str(tmp_path / "x.gpkg"), [Table("t", "point", [("a", "datetime")], [])])
    with pytest.raises(ValueError, match="geometry"):
        write_tables(str(tmp_path / "x.gpkg"), [Table("t", "multipolygon", [("a", "text")], [])])
    assert list(tmp_path.iterdir()) == []


def test_check_target_creates_the_folder_and_refuses_what_it_cannot(tmp_path):
    from plugin.core.errors import InputError

    target = tmp_path / "a" / "b" / "out.gpkg"
    assert check_target(str(target)) == str(target) and target.parent.is_dir()
    with pytest.raises(InputError, match="is a folder"):
        check_target(str(tmp_path / "a"))
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(InputError, match="does not exist and cannot be created"):
        check_target(str(blocker / "out.pdf"))
