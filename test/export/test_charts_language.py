"""Issue 15: charts at print resolution in the page's language, atlas profiles in German, bilingual sample notes.

- the charts (Lorenz curve, places per 1,000 against the city mean, before/after) speak the page's language, with
  its number notation, in their own SVG text;
- the summary page holds them as vector SVG pictures drawn for the item's size (no 86 ppi JPEG);
- a German atlas (summary and district pages) leaves no English word, numbers and dates in German notation;
- the sample's layer_metadata notes exist in both languages and the sources line picks the page's;
- suggested places with alternatives are counted once on the German atlas pages too;
- rebuilding the sample changed only layer_metadata: every feature table is byte for byte what it was.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
import shutil
import sqlite3
import subprocess

import pytest

from plugin.report.charts import load_chart, lorenz_chart
from test.fixtures.paths import SAMPLE_GPKG

# ---------------------------------------------------------------- chart texts (no QGIS needed)

DISTRICTS = [
    {"district_id": "01", "name": "Innenstadt-Ost", "per_1000": 12.4},
    {"district_id": "09", "name": "Kaiserslautern-West", "per_1000": 50.9},
    {"district_id": "11", "name": "Einsiedlerhof", "per_1000": 92.3},
    {"district_id": "12", "name": "Morlautern", "per_1000": 0.0},
]
LORENZ = [(0.0, 0.0), (0.42, 0.0), (0.6, 0.14), (0.77, 0.32), (0.88, 0.55), (1.0, 1.0)]
CHART_ENGLISH = re.compile(r"\b(cumulative|share|residents|places|equal|spread|city|before|after|cap|district|"
                           r"curve|against|per|without|withheld)\b", re.IGNORECASE)


def svg_texts(svg: bytes) -> list:
    """The texts of a matplotlib SVG: glyph paths carry their text as a comment, <text> elements their content."""
    text = svg.decode("utf-8")
    return [t.strip() for t in re.findall(r"<!-- (.*?) -->", text) + re.findall(r"<text[^>]*>([^<]*)</text>", text)
            if t.strip()]


def charts(language: str, horizontal: bool = False, **kw) -> list:
    return svg_texts(lorenz_chart(LORENZ, 0.622, language=language, **kw)) + svg_texts(
        load_chart(DISTRICTS, 14.8, after={"01": 20.5}, cap=25.0, language=language, horizontal=horizontal, **kw))


@pytest.mark.parametrize("print_size", [False, True], ids=["report", "print"])
def test_german_charts_have_german_words_and_numbers(print_size):
    kw = {"size": (3.2, 3.0), "tight": False, "horizontal": True, "font_size": 8} if print_size else {}
    texts = charts("de", **kw)
    joined = "\n".join(texts)
    assert not CHART_ENGLISH.search(joined), CHART_ENGLISH.search(joined).group(0)
    assert "Gini 0,62" in texts and "Stadt: 14,8" in texts and "Obergrenze 25,0" in texts
    assert "vorher" in texts and "nachher" in texts
    assert "Plätze je 1.000 Einwohner nach Stadtteil" in texts
    assert "20\u202f%" in texts  # Lorenz axes: German percentages
    numbers = [t for t in texts if re.fullmatch(r"[\d.,]+", t)]
    assert numbers and not any("." in t and not re.fullmatch(r"\d{1,3}(\.\d{3})+", t) for t in numbers), numbers


def test_english_charts_stay_english():
    texts = charts("en")
    assert "Gini 0.62" in texts and "city: 14.8" in texts and "20%" in texts
    assert "Places per 1,000 residents by district" in texts
    assert not any(re.search(r"\b(Plätze|Einwohner|Stadt|vorher|nachher)\b", t) for t in texts)


def test_print_chart_is_exactly_its_size_and_png_is_300_dpi():
    from plugin.export.charts_layout import inches

    width, height = inches(80, 60)
    svg = lorenz_chart(LORENZ, None, size=(width, height), tight=False).decode()
    w_pt, h_pt = (float(v) for v in re.search(r'<svg[^>]*width="([\d.]+)pt" height="([\d.]+)pt"', svg).groups())
    assert w_pt / 72 * 25.4 == pytest.approx(80, abs=0.1) and h_pt / 72 * 25.4 == pytest.approx(60, abs=0.1)
    image_module = pytest.importorskip("PIL.Image")
    png = load_chart(DISTRICTS, 14.8, fmt="png", size=(width, height), tight=False)  # default dpi raised to 300
    image = image_module.open(io.BytesIO(png))
    assert image.size[0] == pytest.approx(80 / 25.4 * 300, abs=2)  # 300 dots per inch on paper


def test_long_district_names_end_with_an_ellipsis():
    long = [{"district_id": "07", "name": "Lämmchesberg/Universitätswohnstadt", "per_1000": 3.0}]
    texts = svg_texts(load_chart(long, 2.0, language="de", horizontal=True, name_length=20))
    assert "07 Lämmchesberg/Uni\u2026" in texts


# ---------------------------------------------------------------- the sample: features unchanged, notes bilingual

# sha256 over each feature table's rows (fid order) of the sample as built before its notes became bilingual
FEATURE_DIGESTS = {
    "candidates": "776049f035734df49ddae1c1e9d9c934d9128d056067b3c3f8b15f55b5613c10",
    "districts": "621834c3c893de20bf879aa3642db4bc071c40844300e35ba752de82f7f260ca",
    "hotspots": "197de84b28ca7bb229be75ac97643cd40497dec51cfda8d8ae7a1896971fa7df",
    # issue 18: the services gained the Kita places (capacity), the walking network is a new table
    "services": "87c9107c2bbf20bda940bec3d5eedd6e625b4a4b91f93c19b61b796dc8ce861e",
    "shelters": "e72f828e94474a934aea913fdd5f544fcbf2e0b6295d15c14c932c793f787a11",
    "walking_network": "a4391914c6517f540085f56ea809fdb5094432ddd471591e7791b061d813877c",
}


def feature_digests(path) -> dict:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        out = {}
        for (table,) in con.execute("SELECT table_name FROM gpkg_contents WHERE data_type = 'features'"):
            h = hashlib.sha256()
            for row in con.execute(f'SELECT * FROM "{table}" ORDER BY 1'):
                h.update(repr(row).encode())
            out[table] = h.hexdigest()
        return out
    finally:
        con.close()


def metadata_rows(path) -> dict:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    con.row_factory = sqlite3.Row
    try:
        return {r["layer"]: dict(r) for r in con.execute("SELECT * FROM layer_metadata")}
    finally:
        con.close()


def test_sample_features_are_what_they_were():
    """Only the layer_metadata texts changed: every attribute and geometry of every feature table is the same."""
    assert feature_digests(SAMPLE_GPKG) == FEATURE_DIGESTS


def test_sample_notes_exist_in_both_languages():
    rows = metadata_rows(SAMPLE_GPKG)
    assert set(rows) == {"districts", "shelters", "hotspots", "services", "candidates", "walking_network"}
    for layer, row in rows.items():
        assert row["source"] and row["source_de"] and row["licence_de"], layer
        assert row["source"] != row["source_de"], layer
    assert "1,502 places, 1,344 occupied" in rows["shelters"]["source"]
    assert "1.502 Plätze, 1.344 belegt" in rows["shelters"]["source_de"]
    assert "28.11.2023" in rows["shelters"]["source_de"]


# ---------------------------------------------------------------- QGIS: sources, layouts, atlas pages


@pytest.mark.qgis
def test_sources_pick_the_export_language_and_fall_back(sample, tmp_path):
    from qgis.core import QgsVectorLayer

    from plugin.export.language import export_language
    from plugin.export.sources import gpkg_metadata, source_lines

    _project, layers = sample
    shelters = layers["shelters"]
    assert "1.502 Plätze" in gpkg_metadata(shelters, "de")["source"]
    assert "1,502 places" in gpkg_metadata(shelters, "en")["source"]
    assert gpkg_metadata(shelters, "de")["licence"] == "CC0 (Beispieldaten)"
    with export_language("de"):
        lines, illustrative = source_lines([("GU", shelters)])
    assert illustrative and "1.502 Plätze, 1.344 belegt" in lines[0] and "28.11.2023" in lines[0]
    with export_language("en"):
        lines, _ = source_lines([("Shelters", shelters)])
    assert "1,502 places, 1,344 occupied" in lines[0] and "2023-11-28" in lines[0]

    # a note missing in the page's language falls back to the other one, either way
    copy = tmp_path / "sample.gpkg"
    shutil.copy(SAMPLE_GPKG, copy)
    con = sqlite3.connect(copy)
    con.execute("UPDATE layer_metadata SET source_de = NULL WHERE layer = 'shelters'")
    con.execute("UPDATE layer_metadata SET source = '' WHERE layer = 'services'")
    con.commit()
    con.close()
    copied = {name: QgsVectorLayer(f"{copy}|layername={name}", name, "ogr") for name in ("shelters", "services")}
    assert "1,502 places" in gpkg_metadata(copied["shelters"], "de")["source"]
    assert gpkg_metadata(copied["services"], "en")["source"].startswith("Beispielhafte Standorte von Angeboten")


def _layout_of(project, name):
    layout = project.layoutManager().layoutByName(name)
    assert layout is not None, name
    return layout


@pytest.mark.qgis
@pytest.mark.parametrize("public", [True, False], ids=["public", "internal"])
def test_summary_charts_are_vector_svg_in_the_page_language(qgis_app, sample, tmp_path, public):
    from qgis.core import QgsLayoutItemPicture, QgsProject

    from plugin import compat
    from plugin.export.charts_layout import chart_svg
    from plugin.export.insek import export_insek

    _project, layers = sample
    project = QgsProject()
    try:
        out = tmp_path / "atlas.pdf"
        result = export_insek(dict(layers), str(out), "Kaiserslautern", public=public, atlas=True, language="de",
                              project=project, add_to_project=True)
        summary = _layout_of(project, result.layout_names[0])  # the summary page comes first
        found = {}
        for item in summary.items():
            if isinstance(item, QgsLayoutItemPicture) and item.id() in ("lorenz", "load_chart"):
                found[item.id()] = item
        assert set(found) == {"lorenz", "load_chart"}
        for item_id, item in found.items():
            assert item.mode() == compat.PICTURE_FORMAT_SVG, item_id
            svg = chart_svg(item)
            assert svg is not None, item_id
            size = item.sizeWithUnits()
            w_pt, h_pt = (float(v) for v in re.search(rb'<svg[^>]*width="([\d.]+)pt" height="([\d.]+)pt"',
                                                       svg).groups())
            # drawn for the item's size: fonts print at their point size
            assert w_pt / 72 * 25.4 == pytest.approx(size.width(), abs=0.5), item_id
            assert h_pt / 72 * 25.4 == pytest.approx(size.height(), abs=0.5), item_id
            texts = svg_texts(svg)
            joined = "\n".join(texts)
            assert not CHART_ENGLISH.search(joined), (item_id, CHART_ENGLISH.search(joined).group(0))
        assert "Plätze je 1.000 Einwohner nach Stadtteil" in svg_texts(chart_svg(found["load_chart"]))
        assert any(t.startswith("Stadt: ") and "," in t for t in svg_texts(chart_svg(found["load_chart"])))
        # public: the districts whose places are withheld have no bar, and the chart says so
        assert any("geheim gehaltene Stadtteile" in t for t in svg_texts(chart_svg(found["load_chart"]))) == public
        # the PDF's summary page holds no raster image (every chart is vector), or none below 300 ppi
        if shutil.which("pdfimages"):
            listing = subprocess.run(["pdfimages", "-list", "-f", "1", "-l", "1", str(out)], capture_output=True,
                                     text=True, check=True).stdout.splitlines()[2:]
            for line in listing:
                x_ppi = int(line.split()[12])
                assert x_ppi >= 300, line
    finally:
        project.clear()


GERMAN_SUGGESTED = re.compile(r"Vorgeschlagene neue Plätze: ([\d.]+)")
ENGLISH_PAGE_WORDS = ("occupied", "Childcare", "places", "Hot spot", "public", "Services", "Population", "Shelters",
                      "inhabitants", "rank", "nearest", "significant", "illustrative", "schematic", "figures",
                      "Sources", "district", "summary", "Suggested", "licence", "per 1,000", "capacity",
                      "suggestions")
ENGLISH_THOUSANDS = re.compile(r"(?<![\d.,])[1-9]\d{0,2}(?:,\d{3})+(?![\d.]*\d)")


@pytest.fixture(scope="module")
def suggestions(sample):
    """A suggestions layer with two placements: 0 (40 + 20 places) and an alternative 1 (300 places)."""
    from plugin.qgis_adapters.layers import memory_layer

    _project, layers = sample
    districts = {f["district_id"]: f.geometry().pointOnSurface().asPoint() for f in layers["districts"].getFeatures()}
    from shapely.geometry import Point

    rows = [({"site_id": "a", "places": 40, "alternative": 0}, Point(districts["06"].x(), districts["06"].y())),
            ({"site_id": "b", "places": 20, "alternative": 0}, Point(districts["12"].x(), districts["12"].y())),
            ({"site_id": "c", "places": 300, "alternative": 1}, Point(districts["06"].x(), districts["06"].y()))]
    return memory_layer("suggestions", "point", layers["districts"].crs().authid(),
                        [("site_id", "text"), ("places", "int"), ("alternative", "int")], rows)


@pytest.fixture(scope="module")
def german_atlases(sample, suggestions, tmp_path_factory):
    from plugin.export import extract
    from plugin.export.insek import export_insek

    _project, layers = sample
    out = tmp_path_factory.mktemp("atlas_de")
    found = {}
    for public in (True, False):
        path = out / f"atlas_{public}.pdf"
        export_insek(dict(layers, suggestions=suggestions), str(path), "Kaiserslautern", public=public, atlas=True,
                     language="de")
        found[public] = extract.pdf_text(path.read_bytes())
        found[public, "path"] = path
    return found


def english_left(text: str) -> list:
    return [w for w in ENGLISH_PAGE_WORDS if re.search(rf"\b{re.escape(w)}\b", text, re.IGNORECASE)]


@pytest.mark.qgis
@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) not installed")
@pytest.mark.parametrize("public", [True, False], ids=["public", "internal"])
def test_german_atlas_by_pdftotext(german_atlases, public):
    """The same check through poppler's reading of the file (what a reader's PDF viewer finds and copies)."""
    text = subprocess.run(["pdftotext", "-layout", str(german_atlases[public, "path"]), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert text.count("\f") >= 18
    assert not english_left(text), english_left(text)
    assert not ENGLISH_THOUSANDS.search(text), ENGLISH_THOUSANDS.search(text).group(0)
    assert "101.500" in text and dt.date.today().strftime("%d.%m.%Y") in text


@pytest.mark.qgis
@pytest.mark.parametrize("suffix", [".svg", ".pdf"])
@pytest.mark.parametrize("public", [True, False], ids=["public", "internal"])
def test_german_map_leaves_no_english(sample, suggestions, tmp_path, suffix, public):
    from plugin.export import extract
    from plugin.export.insek import export_insek

    _project, layers = sample
    path = tmp_path / f"map{suffix}"
    export_insek(dict(layers, suggestions=suggestions), str(path), "Kaiserslautern", public=public, language="de")
    text = extract.file_text(str(path))
    # metadata timestamps (the PDF's XMP on QGIS >= 3.40, the internal SVG's RDF) are no page text
    text = re.sub(r"\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:?\d{2})?", "", text)
    assert not english_left(text), english_left(text)
    assert not ENGLISH_THOUSANDS.search(text), ENGLISH_THOUSANDS.search(text).group(0)
    assert "Vorgeschlagene neue Plätze: 60" in text
    assert dt.date.today().isoformat() not in text


@pytest.mark.qgis
@pytest.mark.parametrize("public", [True, False], ids=["public", "internal"])
def test_german_atlas_pages_leave_no_english(german_atlases, public):
    pages = german_atlases[public]
    assert len(pages) == 19  # summary + 18 districts
    for number, page in enumerate(pages):
        text = "\n".join(page)
        assert not english_left(text), (number, english_left(text))
        assert not ENGLISH_THOUSANDS.search(text), (number, ENGLISH_THOUSANDS.search(text).group(0))
        assert dt.date.today().strftime("%d.%m.%Y") in text, number
        assert dt.date.today().isoformat() not in text, number
    district_page = "\n".join(pages[1])
    assert "Einwohner: 10.500" in district_page and "je 1.000 Einwohner" in district_page


@pytest.mark.qgis
@pytest.mark.parametrize("public", [True, False], ids=["public", "internal"])
def test_german_atlas_counts_the_chosen_placement_once(german_atlases, public):
    pages = german_atlases[public]
    summary = [int(n.replace(".", "")) for n in GERMAN_SUGGESTED.findall("\n".join(pages[0]))]
    assert summary == [60]
    by_district = [int(n.replace(".", "")) for page in pages[1:] for n in GERMAN_SUGGESTED.findall("\n".join(page))]
    assert sorted(by_district) == [20, 40]
