"""dispersion:capacityplan with a city's own field names, the hotspot rule and a real date field.

A small instance in EPSG:25832: one active shelter and two candidates, one of them cheap but next to a community
hotspot. The sites, districts and scenarios carry German field names ("Plätze", "Stadtteil", "Zugänge") that
only the explicit field parameters (SITES_CAPACITY, ...) map; a decoy column "capacity" must not be read.
"""
from __future__ import annotations

import csv

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from plugin import compat
from test.fixtures.qgis_helpers import qgis_process, system_env

X0, Y0 = 410_000.0, 5_480_000.0  # Kaiserslautern, EPSG:25832
SITES = [  # Standort, Stadtteil, Plätze, capacity (decoy), Zustand, Belegt, Kosten_aktiv, Eröffnung, x offset
    ("GU-A", "01", 40, 1, "aktiv", 36, 500.0, 0.0, 0.0),
    ("K-nah", "01", 40, 1, "Kandidat", 0, 400.0, 1000.0, 1000.0),
    ("K-fern", "02", 40, 1, "Kandidat", 0, 600.0, 1000.0, 5000.0),
]
SITE_PARAMS = {"SITES_SITE_ID": "Standort", "SITES_DISTRICT_ID": "Stadtteil", "SITES_CAPACITY": "Plätze",
               "SITES_STATE": "Zustand", "SITES_OCCUPIED": "Belegt", "SITES_COST_ACTIVE": "Kosten_aktiv",
               "SITES_OPENING_COST": "Eröffnung"}
OTHER_PARAMS = {"DISTRICTS_DISTRICT_ID": "Stadtteil", "DISTRICTS_POPULATION": "Bewohner",
                "SCENARIOS_SCENARIO": "Szenario", "SCENARIOS_MONTH": "Monat", "SCENARIOS_ARRIVALS": "Zugänge"}
MONTHS = 3


def _gpkg(path, name, geometry, fields, rows):
    """A GeoPackage layer in EPSG:25832: fields (name, OGR type), rows (values..., (x, y) or None)."""
    from osgeo import ogr, osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(25832)
    ds = ogr.Open(str(path), 1) if path.exists() else ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer(name, srs if geometry else None, ogr.wkbPoint if geometry else ogr.wkbNone)
    for fname, ftype in fields:
        layer.CreateField(ogr.FieldDefn(fname, ftype))
    for row in rows:
        feat = ogr.Feature(layer.GetLayerDefn())
        for i, value in enumerate(row[:len(fields)]):
            feat.SetField(i, value)
        if geometry:
            pt = ogr.Geometry(ogr.wkbPoint)
            pt.AddPoint_2D(*row[len(fields)])
            feat.SetGeometry(pt)
        layer.CreateFeature(feat)
    ds = None
    return f"{path}|layername={name}"


@pytest.fixture(scope="module")
def city(tmp_path_factory):
    """The instance as the city's GeoPackage layers (German field names)."""
    from osgeo import ogr

    folder = tmp_path_factory.mktemp("capproc")
    gpkg = folder / "kapazitaet.gpkg"
    text, whole, real = ogr.OFTString, ogr.OFTInteger, ogr.OFTReal
    sites = _gpkg(gpkg, "standorte", True,
                  [("Standort", text), ("Stadtteil", text), ("Plätze", whole), ("capacity", whole), ("Zustand", text),
                   ("Belegt", whole), ("Kosten_aktiv", real), ("Eröffnung", real)],
                  [row[:8] + ((X0 + row[8], Y0),) for row in SITES])
    districts = _gpkg(gpkg, "stadtteile", False, [("Stadtteil", text), ("Name", text), ("Bewohner", whole)],
                      [("01", "Innenstadt", 20000), ("02", "Siegelbach", 15000)])
    scenarios = _gpkg(gpkg, "szenarien", False, [("Szenario", text), ("Monat", whole), ("Zugänge", real)],
                      [(s, m, 10.0) for s in ("low", "mid", "high") for m in range(1, MONTHS + 1)])
    # the hotspot 100 m beyond the cheap candidate; its radius is guessed from "Umkreis", its id named explicitly
    hotspots = _gpkg(gpkg, "treffpunkte", True, [("TP", text), ("Umkreis", real)], [("H1", 300.0, (X0 + 1100, Y0))])
    return {"SITES": sites, "DISTRICTS": districts, "SCENARIOS": scenarios, "HOTSPOTS": hotspots, "folder": folder}


def _run(city, **extra):
    import processing

    params = {"SITES": city["SITES"], "DISTRICTS": city["DISTRICTS"], "SCENARIOS": city["SCENARIOS"],
              "HORIZON": MONTHS, "MOVEOUT_RATE": 0.0, "TIME_LIMIT_S": 30, "WORKING_CRS": "EPSG:25832",
              "START_DATE": "2026-01", "PLAN": "memory:", "DISTRICT_LOAD": "memory:", **SITE_PARAMS, **OTHER_PARAMS}
    params.update(extra)
    return processing.run("dispersion:capacityplan", params)


def _opened(result):
    """Candidates that hold active places in some month."""
    return {f["site_id"] for f in result["PLAN"].getFeatures()
            if f["site_id"].startswith("K-") and f["state"] == "active"}


def test_german_field_names_through_field_parameters(dispersion_provider, city):
    """Plätze, Stadtteil, Zugänge ... are read through the field parameters; the decoy 'capacity' (1) is not."""
    res = _run(city)
    assert res["STATUS"] == "optimal"
    assert _opened(res) == {"K-nah"}  # the cheap candidate, no hotspot rule yet
    plan = list(res["PLAN"].getFeatures())
    assert {f["site_id"] for f in plan} == {"GU-A", "K-nah", "K-fern"} and len(plan) == 3 * MONTHS
    active = {(f["site_id"], f["month"]): f["active_places"] for f in plan}
    assert active[("GU-A", 1)] == 40 and active[("K-nah", 1)] == 40  # the places of "Plätze", not the decoy's 1
    loads = {(f["district_id"], f["month"]): f for f in res["DISTRICT_LOAD"].getFeatures()}
    assert loads[("01", 1)]["population"] == 20000 and loads[("01", 1)]["name"] == "Innenstadt"
    assert loads[("01", 1)]["per_1000"] == pytest.approx(80 / 20.0)


def test_a_field_parameter_naming_a_missing_field_names_layer_and_field(dispersion_provider, city):
    with pytest.raises(QgsProcessingException, match=r"standorte.*Kapazität.*SITES_CAPACITY"):
        _run(city, SITES_CAPACITY="Kapazität")


def test_bad_value_names_layer_feature_and_own_field(dispersion_provider, city):
    """A text in the city's places column: the message names the table, the line an editor shows (as the core reader
    does) and 'Plätze (capacity)'."""
    path = city["folder"] / "standorte_fehler.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Standort", "Stadtteil", "Plätze", "Zustand", "Belegt", "Kosten_aktiv", "Eröffnung"])
        w.writerow(["GU-A", "01", "40", "aktiv", "36", "500", "0"])
        w.writerow(["K-nah", "01", "viele", "Kandidat", "0", "400", "1000"])
    with pytest.raises(QgsProcessingException, match=r"standorte_fehler.*row 3.*Plätze \(capacity\).*'viele'"):
        _run(city, SITES=str(path))


def test_hotspot_rule_refuses_an_opening_within_the_radius(dispersion_provider, city):
    """HOTSPOTS + HOTSPOT_MAX_PLACES as in suggest: the cheap candidate 100 m from the hotspot may not open."""
    hot = {"HOTSPOTS": city["HOTSPOTS"], "HOTSPOTS_HOTSPOT_ID": "TP"}
    refused = _run(city, **hot, HOTSPOT_MAX_PLACES=0)
    assert refused["STATUS"] == "optimal"
    assert _opened(refused) == {"K-fern"}
    assert refused["COST"] > _run(city)["COST"]
    roomy = _run(city, **hot, HOTSPOT_MAX_PLACES=40)  # room for the candidate's 40 places
    assert _opened(roomy) == {"K-nah"}
    unlimited = _run(city, **hot)  # no HOTSPOT_MAX_PLACES: no limit
    assert _opened(unlimited) == {"K-nah"}


def test_hotspot_radius_from_the_layer(dispersion_provider, city, tmp_path):
    """A radius smaller than the 100 m to the candidate leaves it outside: it opens despite HOTSPOT_MAX_PLACES=0."""
    from osgeo import ogr

    near = _gpkg(tmp_path / "h.gpkg", "treffpunkte", True, [("TP", ogr.OFTString), ("Umkreis", ogr.OFTReal)],
                 [("H1", 50.0, (X0 + 1100, Y0))])
    res = _run(city, HOTSPOTS=near, HOTSPOTS_HOTSPOT_ID="TP", HOTSPOT_MAX_PLACES=0)
    assert _opened(res) == {"K-nah"}


def test_date_is_a_date_field(dispersion_provider, city, tmp_path):
    """PLAN and DISTRICT_LOAD carry the month as a real date (memory layer and GeoPackage); CSV as ISO text."""
    from qgis.PyQt.QtCore import QDate

    out = {"PLAN": str(tmp_path / "plan.gpkg"), "DISTRICT_LOAD": str(tmp_path / "load.csv")}
    memory = _run(city)
    files = _run(city, **out)
    date_type = compat.field_type("date")
    plan = QgsVectorLayer(out["PLAN"], "plan", "ogr")
    assert plan.isValid()
    for layer in (memory["PLAN"], memory["DISTRICT_LOAD"], plan):
        field = layer.fields().field("date")
        assert field.type() == date_type, (layer.name(), field.typeName())
        dates = {f["month"]: f["date"] for f in layer.getFeatures()}
        assert dates == {1: QDate(2026, 1, 1), 2: QDate(2026, 2, 1), 3: QDate(2026, 3, 1)}
    with open(files["DISTRICT_LOAD"], newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["date"] for r in rows} == {"2026-01-01", "2026-02-01", "2026-03-01"}


def test_qgis_process_style_run(dispersion_provider, city, tmp_path):
    """Every value as text, as qgis_process passes them: the same plan as the typed run."""
    import processing

    params = {"SITES": city["SITES"], "DISTRICTS": city["DISTRICTS"], "SCENARIOS": city["SCENARIOS"],
              "HOTSPOTS": city["HOTSPOTS"], "HOTSPOTS_HOTSPOT_ID": "TP", "HOTSPOT_MAX_PLACES": "0",
              "HORIZON": str(MONTHS), "MOVEOUT_RATE": "0", "TIME_LIMIT_S": "30", "WORKING_CRS": "EPSG:25832",
              "START_DATE": "2026-01", **SITE_PARAMS, **OTHER_PARAMS,
              "PLAN": str(tmp_path / "plan.csv"), "DISTRICT_LOAD": str(tmp_path / "load.gpkg")}
    res = processing.run("dispersion:capacityplan", params)
    assert res["STATUS"] == "optimal"
    with open(res["PLAN"], newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["site_id"] for r in rows if r["state"] == "active" and r["site_id"].startswith("K-")} == {"K-fern"}
    load = QgsVectorLayer(res["DISTRICT_LOAD"], "load", "ogr")
    assert load.fields().field("date").type() == compat.field_type("date")


def test_qgis_process_subprocess(city, tmp_path):
    """The real qgis_process with the system interpreter: field parameters, hotspot rule, a dated GeoPackage."""
    env = system_env(tmp_path)
    assert qgis_process(["plugins", "enable", "dispersion_planner"], env).returncode == 0
    load = tmp_path / "load.gpkg"
    plan = tmp_path / "plan.csv"
    args = [f"{k}={v}" for k, v in {**SITE_PARAMS, **OTHER_PARAMS}.items()]
    run = qgis_process(["run", "dispersion:capacityplan", "--", f"SITES={city['SITES']}",
                        f"DISTRICTS={city['DISTRICTS']}", f"SCENARIOS={city['SCENARIOS']}",
                        f"HOTSPOTS={city['HOTSPOTS']}", "HOTSPOTS_HOTSPOT_ID=TP", "HOTSPOT_MAX_PLACES=0",
                        f"HORIZON={MONTHS}", "MOVEOUT_RATE=0", "WORKING_CRS=EPSG:25832", "START_DATE=2026-01",
                        *args, f"PLAN={plan}", f"DISTRICT_LOAD={load}"], env)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    assert "STATUS:\toptimal" in run.stdout
    rows = list(csv.DictReader(plan.read_text(encoding="utf-8").splitlines()))
    assert {r["site_id"] for r in rows if r["state"] == "active" and r["site_id"].startswith("K-")} == {"K-fern"}
    layer = QgsVectorLayer(str(load), "load", "ogr")
    assert layer.fields().field("date").type() == compat.field_type("date")


def test_polygon_hotspot_is_measured_from_its_outline_as_in_suggest(dispersion_provider, city, tmp_path):
    """A long hotspot area (a park strip running south) whose corner is 100 m from the cheap candidate but whose
    inner point is 2 km away: within 300 m of the area, the candidate may not open (a point inside the area
    would have let it)."""
    from osgeo import ogr, osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(25832)
    path = tmp_path / "flaeche.gpkg"
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer("treffpunkte", srs, ogr.wkbPolygon)
    for fname, ftype in (("TP", ogr.OFTString), ("Umkreis", ogr.OFTReal)):
        layer.CreateField(ogr.FieldDefn(fname, ftype))
    feat = ogr.Feature(layer.GetLayerDefn())
    feat.SetField(0, "Park")
    feat.SetField(1, 300.0)
    x0, x1, y0, y1 = X0 + 1100, X0 + 1200, Y0 - 4000, Y0
    feat.SetGeometry(ogr.CreateGeometryFromWkt(f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"))
    layer.CreateFeature(feat)
    ds = None
    area = f"{path}|layername=treffpunkte"
    refused = _run(city, HOTSPOTS=area, HOTSPOTS_HOTSPOT_ID="TP", HOTSPOT_MAX_PLACES=0)
    assert _opened(refused) == {"K-fern"}
    assert _opened(_run(city, HOTSPOTS=area, HOTSPOTS_HOTSPOT_ID="TP")) == {"K-nah"}
