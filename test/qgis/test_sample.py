"""The bundled sample reproduces the facts of CONTEXT.md and tiles the city."""
import pytest
from qgis.core import QgsVectorLayer
from shapely import wkb
from shapely.ops import unary_union

from test.fixtures.paths import SAMPLE_GPKG


def layer(name):
    lyr = QgsVectorLayer(f"{SAMPLE_GPKG}|layername={name}", name, "ogr")
    assert lyr.isValid(), name
    return lyr


def rows(name):
    lyr = layer(name)
    return [{f.name(): feat[f.name()] for f in lyr.fields()} for feat in lyr.getFeatures()]


def test_districts_are_the_18_ortsbezirke():
    lyr = layer("districts")
    assert lyr.crs().authid() == "EPSG:25832"
    ds = rows("districts")
    assert len(ds) == 18
    assert sorted(d["district_id"] for d in ds) == [f"{i:02d}" for i in range(1, 19)]
    by_id = {d["district_id"]: d for d in ds}
    assert by_id["09"]["name"] == "Kaiserslautern-West"
    assert by_id["12"]["population"] == 3108  # public figure
    assert sum(d["population"] for d in ds) == pytest.approx(101500, abs=500)


def test_districts_tile_the_city_without_gaps_or_overlaps():
    geoms = [wkb.loads(bytes(f.geometry().asWkb())) for f in layer("districts").getFeatures()]
    union = unary_union(geoms)
    total = sum(g.area for g in geoms)
    assert total == pytest.approx(union.area, rel=1e-9)  # no overlaps
    assert union.geom_type == "Polygon" and len(union.interiors) == 0  # no gaps
    assert union.area / 1e6 == pytest.approx(139.7, rel=0.01)


def test_shelters_reproduce_the_28_nov_2023_figures():
    ss = rows("shelters")
    assert len(ss) == 10
    assert sum(s["capacity"] for s in ss) == 1502
    assert sum(s["occupied"] for s in ss) == 1344
    assert sum(1 for s in ss if s["operator"] == "ASZ") == 7
    assert sum(1 for s in ss if s["operator"] == "Diakonie") == 3
    assert sum(1 for s in ss if s["group_label"] == "ukrainian") == 3
    assert all(s["name"].startswith("Gemeinschaftsunterkunft") for s in ss)  # generic names


def test_shelters_concentrate_in_the_west_and_inner_city():
    from plugin.core.geometry import locate_points

    districts = list(layer("districts").getFeatures())
    polys = [wkb.loads(bytes(f.geometry().asWkb())) for f in districts]
    shelters = list(layer("shelters").getFeatures())
    where = locate_points([f.geometry().asPoint().x() for f in shelters], [f.geometry().asPoint().y() for f in shelters], polys)
    assert (where >= 0).all()
    ids = [districts[i]["district_id"] for i in where]
    assert ids.count("09") == 3 and ids.count("03") == 2


def test_other_layers_and_metadata():
    assert len(rows("hotspots")) >= 5
    cats = {s["category"] for s in rows("services")}
    assert {"kita", "school", "language_course", "counselling", "jobcenter", "authority", "transit"} <= cats
    cands = rows("candidates")
    assert 30 <= len(cands) <= 60
    assert all(c["min_places"] <= c["max_places"] and c["max_places"] % c["module"] == 0 for c in cands)
    meta = {m["layer"]: m for m in rows("layer_metadata")}
    assert set(meta) == {"districts", "shelters", "hotspots", "services", "candidates", "walking_network"}
    assert all(m["illustrative"] == 1 and m["licence"] and m["date"] for m in meta.values())


def test_kita_places_walking_network_and_age_table_are_illustrative():
    """Issue 18: the Kitas share the public 3,989 places, the network is schematic and connected with a railway
    barrier, the age table is in the city's format and readable."""
    from plugin.core.network import od_matrix
    from plugin.io.age_tables import read_age_table
    from plugin.qgis_adapters.network_layers import network_from_layer
    from test.fixtures.paths import ROOT

    kitas = [s for s in rows("services") if s["category"] == "kita"]
    assert sum(k["capacity"] for k in kitas) == 3989 and all(k["capacity"] > 0 for k in kitas)
    assert not any(isinstance(s["capacity"], int) for s in rows("services") if s["category"] != "kita")
    meta = {m["layer"]: m for m in rows("layer_metadata")}
    assert "3,989" in meta["services"]["source"] and "60 Kitas" in meta["services"]["source"]
    assert "Wegenetz (schematisch, illustrativ)" in meta["walking_network"]["source_de"]
    net_layer = layer("walking_network")
    assert net_layer.crs().authid() == "EPSG:25832"
    net = network_from_layer(net_layer, "EPSG:25832")
    assert net.n_components == 1 and net.n_segments > 3000
    assert {r["kind"] for r in rows("walking_network")} == {"street", "underpass"}
    # the railway: a Kita under 800 m away in a straight line is more than 2 km on foot
    shelters = [(f.geometry().asPoint().x(), f.geometry().asPoint().y()) for f in layer("shelters").getFeatures()]
    kita_xy = [(f.geometry().asPoint().x(), f.geometry().asPoint().y()) for f in layer("services").getFeatures()
               if f["category"] == "kita"]
    walk = od_matrix(shelters, kita_xy, net).dense()
    line = od_matrix(shelters, kita_xy).dense()
    assert ((line <= 800) & (walk >= 2000)).any()
    table = read_age_table(str(ROOT / "resources" / "sample" / "kaiserslautern_ages.csv"))
    assert table.layout == "city" and {r[0] for r in table.rows} == {f"{i:02d}" for i in range(1, 19)}
    raw = (ROOT / "resources" / "sample" / "kaiserslautern_ages.csv").read_bytes()
    assert raw.startswith("GebietsID;Gebietsname;von;BisKleinerAls;Männlich;Weiblich".encode("cp1252"))


def test_sample_passes_validation_without_issues():
    from plugin.qgis_adapters.layers import layers_to_planning_data

    layers = {k: layer(k) for k in ("districts", "shelters", "hotspots", "services", "candidates")}
    data, issues = layers_to_planning_data(layers)
    assert [i.message for i in issues] == []
    assert len(data.districts) == 18 and len(data.shelters) == 10


def test_sample_builder_is_deterministic(tmp_path):
    import subprocess
    import sys

    from test.fixtures.paths import ROOT

    out = tmp_path / "s.gpkg"
    subprocess.run([sys.executable, str(ROOT / "resources/sample/build_sample.py"), str(out)], check=True)
    a = QgsVectorLayer(f"{out}|layername=shelters", "a", "ogr")
    b = layer("shelters")
    assert [f.geometry().asWkt(1) for f in a.getFeatures()] == [f.geometry().asWkt(1) for f in b.getFeatures()]
