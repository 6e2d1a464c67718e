"""dispersion:capacityplan with tables as an operator sends them (issue 17).

CSV files given by path are read in their own encoding and dialect (cp1252, UTF-8 with BOM, ';' and decimal
commas) as the core's reader reads them, so the same file gives the same plan and the same row numbers in
Processing as in plugin.io.capacity_tables.load_problem.
"""
from __future__ import annotations

import pytest
from qgis.core import QgsProcessingException

from plugin.core.capacity import CapacityParams, MoveOut, plan_capacity
from plugin.io.capacity_tables import load_problem

SITES = ("Standort;Stadtteil;Kapazität;Zustand;Belegt;Kosten je Platz aktiv;Kosten je Platz Vorhalt;Vorlauf\n"
         "G1;A;1.200;aktiv;100;1.234,50;12,500;\n"
         "K1;B;80;Kandidat;;450;;2\n")
DISTRICTS = "Stadtteil;Einwohner\nA;10.000\nB;8.000\n"
SCENARIOS = "Szenario;Monat;Zugänge\n" + "".join(f"{n};{m};{v}\n" for n, v in (("low", "1,5"), ("mid", "2,5"),
                                                                              ("high", "3,5")) for m in (1, 2, 3))
FIELDS = {"SITES_SITE_ID": "Standort", "SITES_DISTRICT_ID": "Stadtteil", "SITES_CAPACITY": "Kapazität",
          "SITES_STATE": "Zustand", "SITES_OCCUPIED": "Belegt", "SITES_COST_ACTIVE": "Kosten je Platz aktiv",
          "SITES_COST_RESERVE": "Kosten je Platz Vorhalt", "SITES_OPENING_LEAD": "Vorlauf",
          "SCENARIOS_SCENARIO": "Szenario", "SCENARIOS_MONTH": "Monat", "SCENARIOS_ARRIVALS": "Zugänge",
          "DISTRICTS_DISTRICT_ID": "Stadtteil"}
ENGLISH = {"Standort": "site_id", "Stadtteil": "district_id", "Kapazität": "capacity", "Zustand": "state",
           "Belegt": "occupied", "Kosten je Platz aktiv": "cost_active", "Kosten je Platz Vorhalt": "cost_reserve",
           "Vorlauf": "opening_lead", "Szenario": "scenario", "Monat": "month", "Zugänge": "arrivals",
           "Einwohner": "population"}


def _write(folder, name, text, encoding):
    path = folder / name
    path.write_bytes(text.encode(encoding))
    return str(path)


def _english(text):
    head, rest = text.split("\n", 1)
    return ";".join(ENGLISH.get(c, c) for c in head.split(";")) + "\n" + rest


def _run(paths, **extra):
    import processing

    return processing.run("dispersion:capacityplan", {
        "SITES": paths["sites"], "DISTRICTS": paths["districts"], "SCENARIOS": paths["scenarios"], "HORIZON": 3,
        "MOVEOUT_RATE": 0.0, "TIME_LIMIT_S": 30, "PLAN": "memory:", "DISTRICT_LOAD": "memory:", **FIELDS, **extra})


@pytest.mark.parametrize("encoding", ["cp1252", "utf-8-sig"])
def test_german_csv_by_path_reads_as_the_core_reads_it(dispersion_provider, tmp_path, encoding):
    paths = {"sites": _write(tmp_path, "standorte.csv", SITES, encoding),
             "districts": _write(tmp_path, "stadtteile.csv", DISTRICTS, encoding),
             "scenarios": _write(tmp_path, "szenarien.csv", SCENARIOS, encoding)}
    core = {k: _write(tmp_path, f"core_{k}.csv", _english(v), encoding)
            for k, v in (("sites", SITES), ("districts", DISTRICTS), ("scenarios", SCENARIOS))}
    pb = load_problem(core["sites"], core["districts"], core["scenarios"], CapacityParams(horizon=3),
                      MoveOut(monthly_rate=0.0))
    # '12,500' in a ';' file with decimal commas is twelve and a half, '1.234,50' one thousand two hundred ...
    assert (pb.sites[0].capacity, pb.sites[0].cost_active, pb.sites[0].cost_reserve) == (1200, 1234.5, 12.5)
    want = plan_capacity(pb)
    res = _run(paths)
    assert res["STATUS"] == str(want.status) == "optimal"
    assert res["COST"] == pytest.approx(want.cost)
    # '10.000' inhabitants in a ';' file with no decimals in it are ten thousand (they were 10)
    assert {f["district_id"]: f["population"] for f in res["DISTRICT_LOAD"].getFeatures()} == {"A": 10000, "B": 8000}


def test_bad_value_in_a_cp1252_csv_names_file_line_and_own_field(dispersion_provider, tmp_path):
    sites = SITES.replace("K1;B;80;", "K1;B;achtzig;")
    paths = {"sites": _write(tmp_path, "standorte.csv", sites, "cp1252"),
             "districts": _write(tmp_path, "stadtteile.csv", DISTRICTS, "cp1252"),
             "scenarios": _write(tmp_path, "szenarien.csv", SCENARIOS, "cp1252")}
    with pytest.raises(QgsProcessingException, match=r"standorte.*row 3.*Kapazität \(capacity\).*'achtzig'"):
        _run(paths)


def _gpkg_sites(path, rows):
    """A GeoPackage point layer 'standorte' (EPSG:25832) with German fields and a real date field 'Mietende'
    (the OGR date field is set from text)."""
    from osgeo import ogr, osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(25832)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer("standorte", srs, ogr.wkbPoint)
    for name, kind in (("Standort", ogr.OFTString), ("Stadtteil", ogr.OFTString), ("Kapazität", ogr.OFTInteger),
                       ("Zustand", ogr.OFTString), ("Belegt", ogr.OFTInteger), ("Kosten je Platz aktiv", ogr.OFTReal),
                       ("Kosten je Platz Vorhalt", ogr.OFTReal), ("Mietende", ogr.OFTDate)):
        layer.CreateField(ogr.FieldDefn(name, kind))
    for values, (x, y) in rows:
        feat = ogr.Feature(layer.GetLayerDefn())
        for i, v in enumerate(values):
            if v is not None:
                feat.SetField(i, v)
        pt = ogr.Geometry(ogr.wkbPoint)
        pt.AddPoint_2D(x, y)
        feat.SetGeometry(pt)
        layer.CreateFeature(feat)
    ds = None
    return f"{path}|layername=standorte"


def test_geopackage_layer_with_a_lease_end_date_and_german_scenario_names(dispersion_provider, tmp_path):
    """The lease of G1 runs to 31 March 2026 (plan from January): G1 may close from April (month 4), not before;
    the scenarios are called niedrig, mittel and hoch."""
    sites = _gpkg_sites(tmp_path / "stadt.gpkg", [
        (("G1", "A", 100, "aktiv", 0, 100.0, 50.0, "2026/03/31"), (410000.0, 5480000.0)),
        (("G2", "B", 100, "aktiv", 0, 1.0, 1.0, None), (412000.0, 5480000.0))])
    scen = "Szenario;Monat;Zugänge\n" + "".join(f"{n};{m};0\n" for n in ("niedrig", "mittel", "hoch")
                                               for m in range(1, 7))
    paths = {"sites": sites, "districts": _write(tmp_path, "stadtteile.csv", DISTRICTS, "utf-8"),
             "scenarios": _write(tmp_path, "szenarien.csv", scen, "utf-8")}
    res = _run(paths, HORIZON=6, START_DATE="2026-01", SITES_EARLIEST_CLOSE="Mietende", SITES_OPENING_LEAD=None)
    assert res["STATUS"] == "optimal"
    states = {(f["site_id"], f["month"]): f["state"] for f in res["PLAN"].getFeatures()}
    g1 = [states[("G1", m)] for m in range(1, 7)]
    assert g1 == ["reserve"] * 3 + ["closed"] * 3, g1


def test_whole_problem_messages_name_the_layer_and_its_own_field(dispersion_provider, tmp_path):
    sites = SITES + "K1;A;40;Kandidat;;450;;\n"
    paths = {"sites": _write(tmp_path, "standorte.csv", sites, "cp1252"),
             "districts": _write(tmp_path, "stadtteile.csv", DISTRICTS, "cp1252"),
             "scenarios": _write(tmp_path, "szenarien.csv", SCENARIOS, "cp1252")}
    with pytest.raises(QgsProcessingException, match=r"standorte, row 4, field Standort \(site_id\): 'K1' appears "
                                                     r"more than once \(first in row 3\)"):
        _run(paths)


def _moveout_paths(tmp_path):
    sites = ("site_id;district_id;capacity;state;occupied;cost_active;cost_reserve;x;y\n"
             "G1;A;100;active;90;10;2;0;0\nG2;B;100;active;0;10;2;5000;0\n")
    scen = "scenario;month;arrivals\n" + "".join(f"{n};{m};{v}\n" for n, v in (("low", 0), ("mid", 2), ("high", 5))
                                                 for m in range(1, 7))
    return {"sites": _write(tmp_path, "sites.csv", sites, "utf-8"),
            "districts": _write(tmp_path, "districts.csv", "district_id;population\nA;10000\nB;8000\n", "utf-8"),
            "scenarios": _write(tmp_path, "scen.csv", scen, "utf-8")}


@pytest.mark.parametrize("text", ["5 %", "5%", "0,05", "0.05"])
def test_moveout_rate_as_percent_or_with_a_decimal_comma(dispersion_provider, tmp_path, text):
    """qgis_process hands MOVEOUT_RATE over as text: "5 %" and "0,05" were taken silently as 0 (nobody leaves)."""
    paths = _moveout_paths(tmp_path)
    blank = {k: None for k in FIELDS}
    want = _run(paths, HORIZON=6, MOVEOUT_RATE=0.05, **blank)
    got = _run(paths, HORIZON=6, MOVEOUT_RATE=text, **blank)
    assert got["STATUS"] == want["STATUS"] == "optimal"
    assert got["COST"] == pytest.approx(want["COST"])
    nobody = _run(paths, HORIZON=6, MOVEOUT_RATE=0.0, **blank)
    assert nobody["COST"] != pytest.approx(want["COST"])


@pytest.mark.parametrize("text", ["viel", "5", "150 %"])
def test_bad_moveout_rate_names_the_parameter(dispersion_provider, tmp_path, text):
    paths = _moveout_paths(tmp_path)
    with pytest.raises(QgsProcessingException, match="MOVEOUT_RATE"):
        _run(paths, HORIZON=6, MOVEOUT_RATE=text, **{k: None for k in FIELDS})


def test_target_occupancy_as_percent_is_refused_naming_the_parameter(dispersion_provider, tmp_path):
    """A required number: QGIS itself refuses the text before the run, and says which parameter."""
    with pytest.raises(QgsProcessingException, match="TARGET_OCCUPANCY"):
        _run(_moveout_paths(tmp_path), HORIZON=6, TARGET_OCCUPANCY="80 %", **{k: None for k in FIELDS})


def test_scenario_months_as_calendar_months_count_from_start_date(dispersion_provider, tmp_path):
    paths = _moveout_paths(tmp_path)
    blank = {k: None for k in FIELDS}
    want = _run(paths, HORIZON=6, **blank)
    scen = "scenario;month;arrivals\n" + "".join(f"{n};{m:02d}.2026;{v}\n" for n, v in (("low", 0), ("mid", 2),
                                                                                        ("high", 5))
                                                 for m in range(8, 2, -1))
    paths["scenarios"] = _write(tmp_path, "scen_months.csv", scen, "utf-8")
    got = _run(paths, HORIZON=6, START_DATE="2026-03", **blank)
    assert got["STATUS"] == want["STATUS"] == "optimal" and got["COST"] == pytest.approx(want["COST"])
    # counted from February, 08.2026 is month 7 (after the horizon: not used) and month 1 has no row
    with pytest.raises(QgsProcessingException, match=r"Table scen_months, scenario 'low', group '-': month 1 has no"):
        _run(paths, HORIZON=6, START_DATE="2026-02", **blank)


def test_arrival_group_no_site_has_is_noted_in_the_log(dispersion_provider, tmp_path):
    import processing
    from qgis.core import QgsProcessingFeedback

    class Log(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.lines = []

        def pushInfo(self, info):  # noqa: N802 - Qt override
            self.lines.append(info)

    paths = _moveout_paths(tmp_path)
    scen = "scenario;month;group_label;arrivals\n" + "".join(f"{n};{m};{g};1\n" for n in ("low", "mid", "high")
                                                              for m in (1, 2) for g in ("", "Syrer"))
    paths["scenarios"] = _write(tmp_path, "scen_groups.csv", scen, "utf-8")
    log = Log()
    res = processing.run("dispersion:capacityplan", {
        "SITES": paths["sites"], "DISTRICTS": paths["districts"], "SCENARIOS": paths["scenarios"], "HORIZON": 2,
        "PLAN": "memory:", "DISTRICT_LOAD": "memory:"}, feedback=log)
    assert res["STATUS"] == "optimal"
    assert any("group 'Syrer' match no group-only site" in line for line in log.lines), log.lines


@pytest.mark.parametrize("extra, same", [
    ({"MID": "2,5", "LOW": "1", "HIGH": "5,0"}, {"MID": 2.5, "LOW": 1.0, "HIGH": 5.0}),
    ({"MAX_PER_1000": "12,5"}, {"MAX_PER_1000": 12.5}),
    ({"MIN_SPACING_M": "1.500"}, {"MIN_SPACING_M": 1500.0}),
    ({"HOTSPOT_MAX_PLACES": "1.000"}, {"HOTSPOT_MAX_PLACES": 1000}),
    ({"TARGET_OCCUPANCY": "0,8"}, {"TARGET_OCCUPANCY": 0.8}),
    ({"HORIZON": "6"}, {"HORIZON": 6}),
])
def test_numbers_as_text_read_as_cities_write_them(dispersion_provider, tmp_path, extra, same):
    """qgis_process passes every value as text: "2,5" arrivals and a cap of "12,5" were read as 0, "1.500" m as
    1.5 m (parameterAsDouble), without a word."""
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    from plugin.processing.alg_capacityplan import CapacityPlanAlgorithm

    paths = _moveout_paths(tmp_path)
    alg = CapacityPlanAlgorithm()
    alg.initAlgorithm()
    base = {"SITES": paths["sites"], "DISTRICTS": paths["districts"], "HORIZON": 6, "PLAN": "memory:",
            "DISTRICT_LOAD": "memory:"}
    if "MID" not in extra:
        base["SCENARIOS"] = paths["scenarios"]
    context, feedback = QgsProcessingContext(), QgsProcessingFeedback()
    got = alg._problem({**base, **extra}, context, feedback)
    want = alg._problem({**base, **same}, context, feedback)
    assert got.params == want.params
    assert [s.arrivals for s in got.scenarios] == [s.arrivals for s in want.scenarios]


@pytest.mark.parametrize("key, text", [("MAX_PER_1000", "viele"), ("HOTSPOT_MAX_PLACES", "2,5"), ("MID", "x")])
def test_a_number_parameter_that_is_no_number_is_named(dispersion_provider, tmp_path, key, text):
    paths = _moveout_paths(tmp_path)
    params = {"LOW": 1, "MID": 2, "HIGH": 3} if key == "MID" else {"SCENARIOS": paths["scenarios"]}
    params.update({key: text}, **{k: None for k in FIELDS})
    with pytest.raises(QgsProcessingException, match=key):
        _run({**paths, "scenarios": None}, HORIZON=6, **params)


def test_empty_rows_of_a_spreadsheet_export_are_skipped(dispersion_provider, tmp_path):
    """A spreadsheet saved as CSV ends in rows of separators only; the core reader skips them, so must the run."""
    paths = _moveout_paths(tmp_path)
    for key in ("sites", "districts", "scenarios"):
        with open(paths[key], "a", encoding="utf-8") as fh:
            fh.write(";;;;\n;;;;\n")
    res = _run(paths, HORIZON=6, **{k: None for k in FIELDS})
    assert res["STATUS"] == "optimal"


def test_tab_separated_text_file(dispersion_provider, tmp_path):
    """A tab-separated export (.tsv, cp1252): the delimited-text provider took the tab for no separator."""
    paths = {"sites": _write(tmp_path, "standorte.tsv", SITES.replace(";", "\t"), "cp1252"),
             "districts": _write(tmp_path, "stadtteile.csv", DISTRICTS, "cp1252"),
             "scenarios": _write(tmp_path, "szenarien.csv", SCENARIOS, "cp1252")}
    want = _run({**paths, "sites": _write(tmp_path, "standorte.csv", SITES, "cp1252")})
    got = _run(paths)
    assert got["STATUS"] == want["STATUS"] == "optimal" and got["COST"] == pytest.approx(want["COST"])
