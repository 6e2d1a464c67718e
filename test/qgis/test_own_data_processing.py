"""Every Processing algorithm of the provider "dispersion" on a planner's own files (issue 14).

The own files (test/fixtures/own_data.py) hold the sample's numbers under German layer and field names, in
WGS84, with the shelters as an operator's cp1252 CSV. Each algorithm runs on them with guessed fields (no
field parameters) and, where it has layer inputs, with explicit field parameters (SHELTERS_CAPACITY=...;
shared_api.md item 3) on files whose names no guesser knows; the results must equal the sample-named run.
One real `qgis_process run dispersion:analyse` subprocess runs on the own files too.
"""
from __future__ import annotations

import json
import subprocess

import pytest
from qgis.core import QgsApplication, QgsProcessingException, QgsVectorLayer

from test.fixtures.own_data import assert_same, make_own_data, moved_csv
from test.fixtures.qgis_helpers import qgis_process, sample, system_env

# algorithm id -> the test(s) below that run it on the own data; a new algorithm must be added here
COVERED = {
    "analyse": "test_analyse_own_equals_sample",
    "suggest": "test_suggest_own_equals_sample",
    "exportmap": "test_exportmap_on_own_data",
    "importcsv": "test_importcsv_operator_list",
    "fuse": "test_fuse_own_list_with_sample_list",
    "zensuspopulation": "test_zensuspopulation_on_own_districts",
    "importzensus": "test_importzensus_within_own_districts",
    "importintegreat": "test_importintegreat_beside_own_data",
    "loadsample": "test_loadsample_is_the_reference",
    "capacityplan": "test_capacityplan_on_own_districts",
    "kitaaccess": "test_kitaaccess_on_own_data",
}

# own field names no alias knows: only explicit field parameters can map them
ODD_FIELDS = {
    "districts": {"district_id": "Schluessel", "name": "Bez_Text", "population": "EW_2023"},
    "shelters": {"shelter_id": "Lfd", "name": "Objektbez", "capacity": "Soll", "occupied": "Ist",
                 "operator": "Org", "status": "Betrieb", "stand": "Datum"},
    "hotspots": {"hotspot_id": "TP", "name": "TP_Text", "community": "Herkunft", "radius_m": "Meter"},
    "services": {"service_id": "AN", "name": "AN_Text", "category": "Sorte"},
    "candidates": {"site_id": "FL", "name": "FL_Text", "min_places": "Untergrenze", "max_places": "Obergrenze",
                   "module": "Schritt", "cost_per_place": "Euro_je_Platz"},
}


@pytest.fixture(scope="module")
def own(tmp_path_factory):
    """German own files with guessable names, the shelters both as the operator CSV and a GeoPackage layer."""
    return make_own_data(tmp_path_factory.mktemp("own"), shelters_layer=True)


@pytest.fixture(scope="module")
def odd(tmp_path_factory):
    """Own files whose field names no guesser knows."""
    return make_own_data(tmp_path_factory.mktemp("odd"), fields=ODD_FIELDS, shelters_layer=True)


def layer(uri: str, name: str = "x") -> QgsVectorLayer:
    out = QgsVectorLayer(uri, name, "ogr")
    assert out.isValid(), uri
    return out


def explicit(own_data, kinds) -> dict:
    """The explicit field parameters f"{P}_{FIELD.upper()}" for the own files' field names."""
    params = {}
    for kind in kinds:
        for contract, source in own_data.field_map(kind).items():
            params[f"{kind.upper()}_{contract.upper()}"] = source
    return params


def districts_of(result_layer) -> dict:
    names = result_layer.fields().names()
    return {f["district_id"]: {n: f[n] for n in names if n != "fid"} for f in result_layer.getFeatures()}


def city_of(result_layer) -> dict:
    """metric -> value; a CSV written by qgis_process reads back as text: numbers become floats again."""
    out = {}
    for f in result_layer.getFeatures():
        value = f["value"]
        if isinstance(value, str):
            try:
                value = float(value) if value.strip() else None
            except ValueError:
                pass
        out[f["metric"]] = value
    return out


def analyse(districts, shelters, hotspots, services, **extra) -> tuple:
    import processing

    params = {"DISTRICTS": districts, "SHELTERS": shelters, "HOTSPOTS": hotspots, "SERVICES": services,
              "PERMUTATIONS": 99, "SEED": 7, "DISTRICT_METRICS": "memory:", "CITY_METRICS": "memory:"}
    params.update(extra)
    result = processing.run("dispersion:analyse", params)
    return districts_of(result["DISTRICT_METRICS"]), city_of(result["CITY_METRICS"])


def sample_analysis(**extra) -> tuple:
    return analyse(sample("districts"), sample("shelters"), sample("hotspots"), sample("services"), **extra)


def import_csv(path, **extra) -> QgsVectorLayer:
    import processing

    params = {"INPUT": str(path), "OUTPUT": "memory:"}
    params.update(extra)
    return processing.run("dispersion:importcsv", params)["OUTPUT"]


def test_every_algorithm_is_covered(dispersion_provider):
    ids = {alg.name() for alg in QgsApplication.processingRegistry().providerById("dispersion").algorithms()}
    assert ids == set(COVERED), f"algorithms without an own-data test: {sorted(ids - set(COVERED))}"


@pytest.mark.parametrize("shelters_from", ["csv", "gpkg"])
def test_analyse_own_equals_sample(dispersion_provider, own, shelters_from):
    shelters = import_csv(own.shelters_csv) if shelters_from == "csv" else layer(own.uri("shelters"))
    got = analyse(layer(own.uri("districts")), shelters, layer(own.uri("hotspots")), layer(own.uri("services")))
    want = sample_analysis()
    assert len(got[0]) == 18
    assert_same(got[0], want[0])
    assert_same(got[1], want[1])
    assert float(got[1]["places_total"]) == 1502


def test_analyse_explicit_field_params(dispersion_provider, odd):
    d, s, h, v = (layer(odd.uri(k)) for k in ("districts", "shelters", "hotspots", "services"))
    with pytest.raises(QgsProcessingException):  # nothing to guess from: the run must refuse, not invent
        analyse(d, s, h, v)
    got = analyse(d, s, h, v, **explicit(odd, ("districts", "shelters", "hotspots", "services")))
    want = sample_analysis()
    assert_same(got[0], want[0])
    assert_same(got[1], want[1])


def test_explicit_occupied_field_equals_places_field(dispersion_provider, own):
    """SHELTERS_OCCUPIED with PLACES_FIELD on the occupied column gives the sample's occupied-places run."""
    got = analyse(layer(own.uri("districts")), layer(own.uri("shelters")), None, None,
                  SHELTERS_CAPACITY="Kapazität", SHELTERS_OCCUPIED="Belegt", PLACES_FIELD="Belegt")
    want = analyse(sample("districts"), sample("shelters"), None, None, PLACES_FIELD="occupied")
    assert_same(got[0], want[0])
    assert float(got[1]["places_total"]) == float(want[1]["places_total"]) < 1502


def suggest(kinds_uri: dict, tmp_path, tag: str, **extra) -> dict:
    import processing

    params = {"DISTRICTS": kinds_uri["districts"], "SHELTERS": kinds_uri["shelters"],
              "CANDIDATES": kinds_uri["candidates"], "HOTSPOTS": kinds_uri["hotspots"],
              "SERVICES": kinds_uri["services"], "PLACES": 300, "MAX_PER_1000": 15, "MIN_SPACING_M": 500,
              "HOTSPOT_MAX_PLACES": 100, "SERVICE_CATEGORIES": "kita,school", "SERVICE_MAX_DISTANCE_M": 1500,
              "SUGGESTIONS": "memory:", "DISTRICT_METRICS_AFTER": "memory:"}
    params.update(extra)
    result = processing.run("dispersion:suggest", params)
    sites = sorted((f["site_id"], f["group_label"], f["places"], f["district_id"])
                   for f in result["SUGGESTIONS"].getFeatures())
    after = districts_of(result["DISTRICT_METRICS_AFTER"])
    return {"status": result["STATUS"], "objective": result["OBJECTIVE_MAX_PER_1000"], "sites": sites, "after": after}


def sample_uris() -> dict:
    return {k: sample(k) for k in ("districts", "shelters", "candidates", "hotspots", "services")}


def test_suggest_own_equals_sample(dispersion_provider, own, tmp_path):
    got = suggest({k: layer(own.uri(k)) for k in sample_uris()}, tmp_path, "own")
    want = suggest(sample_uris(), tmp_path, "sample")
    assert got["status"] == want["status"] == "optimal"
    assert got["sites"] and sum(s[2] for s in got["sites"]) == 300
    assert_same(got, want)


def test_suggest_explicit_field_params(dispersion_provider, odd, tmp_path):
    layers = {k: layer(odd.uri(k)) for k in sample_uris()}
    got = suggest(layers, tmp_path, "odd", **explicit(odd, list(sample_uris())))
    want = suggest(sample_uris(), tmp_path, "sample")
    assert_same(got, want)


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout


def district_names() -> list:
    return sorted(f["name"] for f in layer(sample("districts")).getFeatures())


@pytest.mark.parametrize("public", [False, True])
def test_exportmap_on_own_data(dispersion_provider, own, tmp_path, public):
    import processing

    own_pdf, sample_pdf = tmp_path / "own.pdf", tmp_path / "sample.pdf"
    common = {"TITLE": "Gemeinschaftsunterkünfte", "PUBLIC": public, "LANGUAGE": 1, "LAYOUT": 0}
    processing.run("dispersion:exportmap", dict(common, OUTPUT=str(own_pdf), **{
        k.upper(): layer(own.uri(k), own.names[k]) for k in ("districts", "shelters", "hotspots", "services")}))
    processing.run("dispersion:exportmap", dict(common, OUTPUT=str(sample_pdf), **{
        k.upper(): layer(sample(k), k) for k in ("districts", "shelters", "hotspots", "services")}))
    import shutil

    from test.fixtures.paths import ROOT

    keep = ROOT / "test" / "artifacts" / "own_data"
    keep.mkdir(parents=True, exist_ok=True)
    shutil.copy(own_pdf, keep / f"exportmap_own_{'public' if public else 'internal'}.pdf")
    shutil.copy(sample_pdf, keep / f"exportmap_sample_{'public' if public else 'internal'}.pdf")
    own_text, sample_text = pdf_text(own_pdf), pdf_text(sample_pdf)
    assert own_text.strip()
    labelled = [n for n in district_names() if n in own_text]
    assert len(labelled) >= 9, own_text[:1500]  # district labels from the 'Stadtteil' column
    if public:
        assert "Gemeinschaftsunterkunft" not in own_text  # shelter names never in a public export
    # the page's figures are the sample's, whichever names the files used: labels, city block, legend counts
    assert figures(own_text) == figures(sample_text) and figures(own_text)


def figures(text: str) -> list:
    """The page's numbers in context: '350 (31,8 je 1.000 EW)', 'Plätze: 1.502', '1 ... Kotten: 350', ..."""
    import re

    found = re.findall(r"\d[\d.]*\s*\(\d+(?:,\d+)?\s+je 1\.000 EW\)", text)
    found += re.findall(r"^(?:Stadtteile|Einwohner|Gemeinschaftsunterkünfte|Plätze|Plätze je 1\.000 Einwohner|"
                        r"Belegt|Treffpunkte|Angebote)[^:\n]*: [\d.,]+$", text, flags=re.M)
    return sorted(found)


def page_difference(a, b, tmp_path) -> float:
    """Share of pixels that differ between the first pages of two PDFs (rendered at 30 dpi)."""
    from qgis.PyQt.QtGui import QImage

    images = []
    for i, pdf in enumerate((a, b)):
        subprocess.run(["pdftoppm", "-r", "30", "-png", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                        str(tmp_path / f"page{i}")], check=True)
        images.append(QImage(str(tmp_path / f"page{i}.png")))
    one, two = images
    assert one.size() == two.size()
    differ = 0
    for y in range(one.height()):
        for x in range(one.width()):
            p, q = one.pixel(x, y), two.pixel(x, y)
            if max(abs(((p >> s) & 255) - ((q >> s) & 255)) for s in (0, 8, 16)) > 40:
                differ += 1
    return differ / (one.width() * one.height())


def test_exportmap_own_page_looks_like_the_sample_page(dispersion_provider, own, tmp_path):
    """The internal page drawn from the own files looks like the sample's (only source lines differ)."""
    import processing

    pdfs = []
    for tag, uri, names in (("own", own.uri, own.names), ("sample", sample, {k: k for k in own.names})):
        pdf = tmp_path / f"{tag}.pdf"
        processing.run("dispersion:exportmap", {"TITLE": "Karte", "PUBLIC": False, "LANGUAGE": 1, "OUTPUT": str(pdf),
                                                **{k.upper(): layer(uri(k), names[k]) for k in
                                                   ("districts", "shelters", "hotspots", "services")}})
        pdfs.append(pdf)
    share = page_difference(*pdfs, tmp_path)
    print(f"pixels that differ: {share:.1%}")
    assert share < 0.03


def test_exportmap_explicit_field_params(dispersion_provider, odd, tmp_path):
    import processing

    pdf = tmp_path / "odd.pdf"
    processing.run("dispersion:exportmap", dict({
        "TITLE": "Karte", "PUBLIC": True, "LANGUAGE": 1, "OUTPUT": str(pdf),
        **{k.upper(): layer(odd.uri(k), odd.names[k]) for k in ("districts", "shelters", "hotspots", "services")}},
        **explicit(odd, ("districts", "shelters", "hotspots", "services"))))
    text = pdf_text(pdf)
    assert sum(n in text for n in district_names()) >= 9


def test_importcsv_operator_list(dispersion_provider, own):
    out = import_csv(own.shelters_csv)
    assert out.featureCount() == 10 and out.crs().authid() == "EPSG:4326"
    names = out.fields().names()
    assert names[0] == "GU_Nr"  # the BOM did not stick to the first column name
    for name in ("Bezeichnung", "Kapazität", "Belegt", "Träger"):
        assert name in names
    rows = {f["GU_Nr"]: f for f in out.getFeatures()}
    assert rows["GU-01"]["Kapazität"] == 220 and rows["GU-01"]["Belegt"] == 205
    reference = {f["shelter_id"]: f.geometry().asPoint() for f in layer(sample("shelters")).getFeatures()}
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject

    tr = QgsCoordinateTransform(out.crs(), QgsCoordinateReferenceSystem("EPSG:25832"), QgsProject.instance())
    for sid, point in reference.items():
        moved = tr.transform(rows[sid].geometry().asPoint())
        assert moved.distance(point) < 0.01, sid  # the decimal commas were read as such


class Recorder:
    """A Processing feedback that keeps its info and warning lines (made lazily: QGIS must be up)."""

    def __new__(cls):
        from qgis.core import QgsProcessingFeedback

        class _Recorder(QgsProcessingFeedback):
            def __init__(self):
                super().__init__()
                self.lines = []

            def pushWarning(self, warning):  # noqa: N802
                self.lines.append(warning)

            def pushInfo(self, info):  # noqa: N802
                self.lines.append(info)

        return _Recorder()


def test_importcsv_names_one_swapped_row(dispersion_provider, own, tmp_path):
    import processing

    bad = moved_csv(own, tmp_path / "vertauscht.csv", [3], swap=True)  # GU-03
    feedback = Recorder()
    processing.run("dispersion:importcsv", {"INPUT": str(bad), "OUTPUT": "memory:"}, feedback=feedback)
    assert any("line 4" in line and "swapped" in line for line in feedback.lines), feedback.lines


def test_importcsv_names_a_list_far_from_the_districts(dispersion_provider, own, tmp_path):
    """The whole list 1° north: only the districts' extent shows it lies elsewhere (shared_api item 4)."""
    import processing

    bad = moved_csv(own, tmp_path / "verschoben.csv", range(1, 11), shift=(1.0, 0.0))
    alone, beside = Recorder(), Recorder()
    processing.run("dispersion:importcsv", {"INPUT": str(bad), "OUTPUT": "memory:"}, feedback=alone)
    processing.run("dispersion:importcsv", {"INPUT": str(bad), "DISTRICTS": layer(own.uri("districts")),
                                            "OUTPUT": "memory:"}, feedback=beside)
    warned = [line for line in beside.lines if line not in alone.lines and "imported" not in line
              and "Results" not in line]
    assert warned, beside.lines


def test_fuse_own_list_with_sample_list(dispersion_provider, own):
    import processing

    operator = import_csv(own.shelters_csv)
    operator.setName("Betreiberliste")
    city = layer(sample("shelters"), "Stadtliste")
    result = processing.run("dispersion:fuse", {"SOURCES": [city, operator], "MATCH_DISTANCE_M": 50,
                                                "OUTPUT": "memory:", "CONFLICTS": "memory:"})
    fused = {f["shelter_id"]: f for f in result["OUTPUT"].getFeatures()}
    assert len(fused) == 10  # the same ten shelters, matched across the two lists' names and CRSs
    assert all(f["n_sources"] == 2 for f in fused.values())
    assert {sid: f["capacity"] for sid, f in fused.items()} == {
        f["shelter_id"]: f["capacity"] for f in city.getFeatures()}
    assert result["CONFLICTS"].featureCount() == 0


def test_zensuspopulation_on_own_districts(dispersion_provider, own, tmp_path):
    import processing
    from shapely import wkb

    from test.qgis.test_zensus_population import write_grid

    reference = layer(sample("districts"))
    districts = [(f["district_id"], wkb.loads(bytes(f.geometry().asWkb()))) for f in reference.getFeatures()]
    expected = write_grid(tmp_path / "zensus_1km.csv", districts)
    own_out = processing.run("dispersion:zensuspopulation", {
        "INPUT": str(tmp_path / "zensus_1km.csv"), "DISTRICTS": layer(own.uri("districts")), "OUTPUT": "memory:"})
    sample_out = processing.run("dispersion:zensuspopulation", {
        "INPUT": str(tmp_path / "zensus_1km.csv"), "DISTRICTS": reference, "OUTPUT": "memory:"})
    own_layer, sample_layer = own_out["OUTPUT"], sample_out["OUTPUT"]
    id_field = "district_id" if "district_id" in own_layer.fields().names() else "Stadtteil_Nr"
    got = {f[id_field]: f["population_zensus"] for f in own_layer.getFeatures()}
    assert got == {f["district_id"]: f["population_zensus"] for f in sample_layer.getFeatures()} == expected


def test_importzensus_within_own_districts(dispersion_provider, own):
    """The own districts' extent (in WGS84) keeps the same grid cells as the sample's (in UTM)."""
    import processing

    from test.fixtures.paths import ROOT

    grid = ROOT / "test" / "data" / "io" / "zensus_100m.csv"

    def cells(districts) -> set:
        ext = districts.extent()
        extent = f"{ext.xMinimum()},{ext.xMaximum()},{ext.yMinimum()},{ext.yMaximum()} [{districts.crs().authid()}]"
        out = processing.run("dispersion:importzensus", {"INPUT": str(grid), "TARGET_CRS": "EPSG:25832",
                                                          "EXTENT": extent, "OUTPUT": "memory:"})["OUTPUT"]
        return {f["gitter_id"] for f in out.getFeatures()}

    everything = processing.run("dispersion:importzensus", {"INPUT": str(grid), "TARGET_CRS": "EPSG:25832",
                                                             "OUTPUT": "memory:"})["OUTPUT"].featureCount()
    own_cells = cells(layer(own.uri("districts")))
    sample_cells = cells(layer(sample("districts")))
    assert own_cells and len(own_cells) <= everything
    # a WGS84 box around the districts is a little larger than the UTM one: it holds all of its cells
    assert sample_cells <= own_cells


def test_importintegreat_beside_own_data(dispersion_provider, own):
    """Integreat services imported into the own data's working CRS can stand in for the own services."""
    import processing

    from test.fixtures.paths import ROOT

    out = processing.run("dispersion:importintegreat", {
        "INPUT": str(ROOT / "test" / "data" / "io" / "integreat_locations.json"),
        "CATEGORY_MAP": "Freizeittreff=counselling", "TARGET_CRS": "EPSG:25832", "OUTPUT": "memory:"})["OUTPUT"]
    assert out.featureCount() > 0 and out.crs().authid() == "EPSG:25832"
    d, c = analyse(layer(own.uri("districts")), layer(own.uri("shelters")), None, out, PERMUTATIONS=0)
    assert len(d) == 18 and float(c["places_total"]) == 1502


def test_loadsample_is_the_reference(dispersion_provider, tmp_path):
    """The sample the own data were made from, loaded by its algorithm, gives the sample-named numbers."""
    import processing

    out = processing.run("dispersion:loadsample", {"LOAD": False, "OUTPUT": str(tmp_path / "sample")})["OUTPUT"]
    gpkg = next(p for p in (tmp_path / "sample").rglob("*.gpkg")) if not str(out).endswith(".gpkg") else out
    got = analyse(*(layer(f"{gpkg}|layername={k}") for k in ("districts", "shelters", "hotspots", "services")))
    assert_same(got, sample_analysis())


def test_qgis_process_analyse_on_own_files(own, tmp_path):
    """qgis_process (system Python, no venv) on the own files: the same numbers as processing.run on the sample."""
    env = system_env(tmp_path)
    enabled = qgis_process(["plugins", "enable", "dispersion_planner"], env)
    assert enabled.returncode == 0, enabled.stdout + enabled.stderr
    csv_out = tmp_path / "gu.gpkg"
    imported = qgis_process(["run", "dispersion:importcsv", "--", f"INPUT={own.shelters_csv}",
                             f"OUTPUT={csv_out}"], env)
    assert imported.returncode == 0, imported.stdout[-2000:] + imported.stderr[-2000:]
    dm, city = tmp_path / "dm.gpkg", tmp_path / "city.csv"
    run = qgis_process(["run", "dispersion:analyse", "--", f"DISTRICTS={own.uri('districts')}",
                        f"SHELTERS={csv_out}", f"HOTSPOTS={own.uri('hotspots')}", f"SERVICES={own.uri('services')}",
                        "PERMUTATIONS=99", "SEED=7", f"DISTRICT_METRICS={dm}", f"CITY_METRICS={city}"], env)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    assert "Traceback" not in run.stderr
    got = (districts_of(layer(str(dm))), city_of(layer(str(city))))
    want = sample_analysis()
    assert_same(got[0], want[0])
    assert_same(got[1], want[1])


def test_fixture_variants_other_crs_and_shapefile(dispersion_provider, tmp_path):
    """The fixture's variants (Web Mercator, a Shapefile with short field names) give the same numbers."""
    variant = make_own_data(tmp_path / "v", crs="EPSG:3857", districts_format="shp", coordinates="utm",
                            names={"districts": "Ortsbezirke"}, shelters_layer=True)
    assert json.dumps(variant.field_map("districts")) == json.dumps({"district_id": "Nr", "name": "Stadtteil",
                                                                     "population": "Einwohner"})
    got = analyse(layer(variant.uri("districts")), import_csv(variant.shelters_csv), None, None, PERMUTATIONS=0)
    want = analyse(sample("districts"), sample("shelters"), None, None, PERMUTATIONS=0)
    assert_same(got, want)


def test_working_crs_parameter_on_own_data(dispersion_provider, own):
    """WORKING_CRS: the UTM zone the rule picks gives the sample's numbers; a CRS in degrees is refused clearly."""
    d, s = layer(own.uri("districts")), layer(own.uri("shelters"))
    got = analyse(d, s, None, None, PERMUTATIONS=0, WORKING_CRS="EPSG:25832")
    want = analyse(sample("districts"), sample("shelters"), None, None, PERMUTATIONS=0)
    assert_same(got, want)
    with pytest.raises(QgsProcessingException, match="EPSG:4326|metre|Meter|projected|projiziert"):
        analyse(d, s, None, None, PERMUTATIONS=0, WORKING_CRS="EPSG:4326")


def test_fuse_explicit_field_map(dispersion_provider, odd):
    """FIELD_MAP names the own columns no guesser knows; the fused list equals the sample's shelters."""
    import processing

    operator = layer(odd.uri("shelters"), "Betreiberliste")
    city_list = layer(sample("shelters"), "Stadtliste")
    mapping = ";".join(f"{k}={v}" for k, v in odd.field_map("shelters").items())
    result = processing.run("dispersion:fuse", {"SOURCES": [city_list, operator], "MATCH_DISTANCE_M": 50,
                                                "FIELD_MAP": mapping, "OUTPUT": "memory:", "CONFLICTS": "memory:"})
    fused = {f["shelter_id"]: f for f in result["OUTPUT"].getFeatures()}
    assert len(fused) == 10 and all(f["n_sources"] == 2 for f in fused.values())
    assert {sid: (f["capacity"], f["occupied"]) for sid, f in fused.items()} == {
        f["shelter_id"]: (f["capacity"], f["occupied"]) for f in city_list.getFeatures()}


def test_zensuspopulation_explicit_district_id(dispersion_provider, odd, tmp_path):
    import processing
    from shapely import wkb

    from test.qgis.test_zensus_population import write_grid

    reference = layer(sample("districts"))
    districts = [(f["district_id"], wkb.loads(bytes(f.geometry().asWkb()))) for f in reference.getFeatures()]
    expected = write_grid(tmp_path / "zensus_1km.csv", districts)
    out = processing.run("dispersion:zensuspopulation", {
        "INPUT": str(tmp_path / "zensus_1km.csv"), "DISTRICTS": layer(odd.uri("districts")),
        **explicit(odd, ("districts",)), "OUTPUT": "memory:"})["OUTPUT"]
    id_field = "district_id" if "district_id" in out.fields().names() else "Schluessel"
    assert {f[id_field]: f["population_zensus"] for f in out.getFeatures()} == expected


def test_capacityplan_on_own_districts(dispersion_provider, own, tmp_path):
    """The city's own districts layer (Stadtteil_Nr, Einwohner, WGS84) gives the plan of the sample's district table."""
    import processing

    from test.fixtures.paths import ROOT

    folder = ROOT / "resources" / "sample" / "capacity"
    common = {"SITES": str(folder / "sites.csv"), "LOW": 150, "MID": 180, "HIGH": 210, "HORIZON": 12,
              "MAX_PER_1000": 25, "TIME_LIMIT_S": 60, "PLAN": "memory:", "DISTRICT_LOAD": "memory:"}
    got = processing.run("dispersion:capacityplan", dict(common, DISTRICTS=own.uri("districts")))
    want = processing.run("dispersion:capacityplan", dict(common, DISTRICTS=str(folder / "districts.csv")))
    assert want["STATUS"] == "optimal"
    assert got["STATUS"] == want["STATUS"] and got["COST"] == pytest.approx(want["COST"])
    loads = {(f["district_id"], f["month"]): f["per_1000"] for f in got["DISTRICT_LOAD"].getFeatures()}
    assert loads == pytest.approx({(f["district_id"], f["month"]): f["per_1000"]
                                   for f in want["DISTRICT_LOAD"].getFeatures()})


def test_kitaaccess_on_own_data(dispersion_provider, own):
    """Issue 18: Kita access on the own files (WGS84, German names, 'Plätze' guessed as Kita places) with the
    sample's walking network and age table gives the sample's numbers; explicit SERVICES_CAPACITY works too."""
    import processing

    from test.fixtures.paths import ROOT

    ages = str(ROOT / "resources" / "sample" / "kaiserslautern_ages.csv")

    def run(districts, shelters, services, **extra):
        out = processing.run("dispersion:kitaaccess", dict({
            "DISTRICTS": districts, "SHELTERS": shelters, "SERVICES": services, "NETWORK": sample("walking_network"),
            "AGE_TABLE": ages, "DISTRICT_ACCESS": "memory:", "SHELTER_ACCESS": "memory:"}, **extra))
        shelters_out = {f["shelter_id"]: {n: f[n] for n in f.fields().names()} for f in out["SHELTER_ACCESS"].getFeatures()}
        return districts_of(out["DISTRICT_ACCESS"]), shelters_out

    got = run(layer(own.uri("districts")), layer(own.uri("shelters")), layer(own.uri("services")))
    want = run(sample("districts"), sample("shelters"), sample("services"))
    assert len(got[0]) == 18 and len(got[1]) == 10
    assert {d["access_method"] for d in got[0].values()} == {"network"}
    assert_same(got, want, rel=1e-5)
    explicit_run = run(layer(own.uri("districts")), layer(own.uri("shelters")), layer(own.uri("services")),
                       SERVICES_CAPACITY="Plätze")
    assert_same(explicit_run, want, rel=1e-5)
