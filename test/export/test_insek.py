"""INSEK export: templates, pages and texts, rendering, public-safe guarantees, bad input."""
from __future__ import annotations

import math
import random
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeedback,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QImage

from plugin.core.errors import CancelledError, DispersionError, InputError
from plugin.export import layouts as L
from plugin.export.insek import export_insek, project_layers

from . import leakcheck as lc

pytestmark = pytest.mark.qgis
POPPLER = shutil.which("pdftotext") and shutil.which("pdftoppm")
needs_poppler = pytest.mark.skipif(not POPPLER, reason="poppler-utils (pdftotext, pdftoppm) not installed")


def pdftext(path, page=None) -> str:
    args = ["pdftotext", "-layout"] + (["-f", str(page), "-l", str(page)] if page else []) + [str(path), "-"]
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


@pytest.fixture(scope="module")
def shelters(sample):
    layer = sample[1]["shelters"]
    return [(f.geometry().asPoint().x(), f.geometry().asPoint().y(), f["name"], f["shelter_id"], f["operator"])
            for f in layer.getFeatures()]


@pytest.fixture(scope="module")
def exports(sample, tmp_path_factory):
    project, layers = sample
    out = tmp_path_factory.mktemp("insek")
    results = {}
    for public in (True, False):
        for ext in ("pdf", "png", "svg"):
            name = f"{'public' if public else 'internal'}.{ext}"
            results[name] = export_insek(layers, str(out / name), "Kaiserslautern INSEK", public=public)
    results["atlas.pdf"] = export_insek(layers, str(out / "atlas.pdf"), "Kaiserslautern INSEK", public=True,
                                        atlas=True, layout="a4_portrait")
    results["dir"] = out
    return results


def test_templates_load_with_all_items(qgis_app):
    project = QgsProject()
    for name in L.LAYOUTS:
        layout = L.load_template(name, project)
        for item_id in L.ITEM_IDS:
            assert layout.itemById(item_id) is not None, (name, item_id)
        w, h = L.page_size_mm(layout)
        assert (w > h) == name.endswith("landscape")
        assert round(max(w, h)) == (420 if name.startswith("a3") else 297)


@needs_poppler
def test_public_pdf_texts(exports, shelters):
    text = pdftext(exports["public.pdf"].path)
    for expected in ("Kaiserslautern INSEK", "Generalised for publication", "Illustrative data", "Legend",
                     "Sources", "2023-11-28", "CC0", "km", "Einsiedlerhof", "50.9", "generalised for publication"):
        assert expected in text, expected
    for _, _, name, sid, _operator in shelters:
        assert name not in text and sid not in text
    assert "ASZ" not in text and "Diakonie" not in text and "ukrainian" not in text
    fonts = subprocess.run(["pdffonts", exports["public.pdf"].path], capture_output=True, text=True).stdout
    rows = [line.split() for line in fonts.splitlines()[2:] if line.strip()]
    assert rows and all("yes" in row[-5:-3] or row[-5] == "yes" for row in rows), fonts


@needs_poppler
def test_internal_pdf_says_internal(exports):
    text = pdftext(exports["internal.pdf"].path)
    assert "Not for" in text and "internal" in text


@needs_poppler
def test_atlas_has_summary_and_one_page_per_district(exports):
    result = exports["atlas.pdf"]
    assert result.pages == 19
    info = subprocess.run(["pdfinfo", result.path], capture_output=True, text=True).stdout
    assert re.search(r"Pages:\s+19\n", info)
    summary = pdftext(result.path, 1)
    assert "City summary" in summary and "Gini" in summary and "Places in active shelters: 1,502" in summary
    page = pdftext(result.path, 2)
    assert "Innenstadt-Ost" in page and "Population: 10,500" in page and "Places per 1,000" in page
    assert "Gi* class" in page and "Nearest services" in page and "Shelters: < 5" in page
    assert "Places: *" in page  # one shelter holds all of Innenstadt-Ost's places: withheld (dominance rule)
    assert "rank" in pdftext(result.path, 4)  # Innenstadt West/Kotten: two shelters, published with its rank


def _ink(image: QImage, x0: float, y0: float, x1: float, y1: float) -> int:
    """Non-white pixels in a fractional rectangle of the image (sampled)."""
    count = 0
    w, h = image.width(), image.height()
    for y in range(int(y0 * h), int(y1 * h), 2):
        for x in range(int(x0 * w), int(x1 * w), 2):
            c = image.pixelColor(x, y)
            if c.red() + c.green() + c.blue() < 690:
                count += 1
    return count


@needs_poppler
@pytest.mark.parametrize("name", ["public.pdf", "internal.pdf", "atlas.pdf"])
def test_rendered_pages_show_map_legend_and_scalebar(exports, name, tmp_path):
    result = exports[name]
    subprocess.run(["pdftoppm", "-r", "50", "-png", "-f", "1", "-l", "2", result.path, str(tmp_path / "p")], check=True)
    pngs = sorted(tmp_path.glob("p-*.png"))
    assert pngs
    image = QImage(str(pngs[-1]))
    assert _ink(image, 0, 0, 1, 1) > 2000  # not blank
    layout = L.load_template("a4_portrait" if name == "atlas.pdf" else "a4_landscape", QgsProject())
    pw, ph = L.page_size_mm(layout)
    for item_id in ("legend", "scalebar", "map"):
        item = layout.itemById(item_id)
        pos = item.positionWithUnits()
        size = item.sizeWithUnits()
        # A scale bar sizes itself to its content when drawn; its stored template size says nothing
        # (NaN wide on QGIS 3.22, 0 x 0 on 3.40+): look at the box a two-segment bar with its labels takes,
        # which stops short of the map frame's edge below it (so the frame alone does not pass).
        w = size.width() if math.isfinite(size.width()) and size.width() >= 20 else 50
        h = size.height() if math.isfinite(size.height()) and size.height() >= 5 else 9
        assert _ink(image, pos.x() / pw, pos.y() / ph, min(1, (pos.x() + w) / pw), min(1, (pos.y() + h) / ph)) > 20, item_id


def test_png_is_300_dpi(exports):
    image = QImage(exports["public.png"].path)
    assert image.width() == pytest.approx(3508, abs=2) and image.height() == pytest.approx(2480, abs=2)
    assert image.dotsPerMeterX() == pytest.approx(300 / 0.0254, rel=0.01)


def test_no_stray_files(exports):
    names = sorted(p.name for p in Path(exports["dir"]).iterdir())
    assert names == sorted(["public.pdf", "public.png", "public.svg", "internal.pdf", "internal.png", "internal.svg",
                            "atlas.pdf"])


# ------------------------------------------------------------------ public-safe guarantees

def _raw_text(path: str) -> str:
    raw = Path(path).read_bytes()
    if path.endswith(".pdf"):
        return "\n".join(body.decode("latin-1") + stream.decode("latin-1") for body, stream in lc.pdf_objects(raw).values())
    return raw.decode("latin-1")


@pytest.mark.parametrize("name", ["public.pdf", "public.svg", "public.png", "atlas.pdf"])
def test_public_files_hold_no_shelter_names_nor_world_coordinates(exports, shelters, name):
    from plugin.core.privacy import find_leaks

    text = _raw_text(exports[name].path)
    names = [s[2] for s in shelters] + [s[3] for s in shelters]
    assert find_leaks(text, names, [(s[0], s[1]) for s in shelters]) == []
    if name.endswith(".svg"):
        for word in ("Gemeinschaftsunterkunft", "GU-0", "ASZ", "Diakonie", "ukrainian"):
            assert word not in text


def test_checker_finds_shelters_in_the_internal_export(exports, shelters):
    """The page-to-world check works: every shelter shows up in the internal PDF and SVG."""
    xy = [(s[0], s[1]) for s in shelters]
    assert xy
    for ext, reader in (("pdf", lc.pdf_world_points), ("svg", lc.svg_world_points)):
        internal = reader(exports[f"internal.{ext}"].path, exports[f"internal.{ext}"].frames)
        public = reader(exports[f"public.{ext}"].path, exports[f"public.{ext}"].frames)
        for shelter in xy:
            assert _explained(internal, public, [shelter]), (ext, shelter)


def _shelter_copy(layer: QgsVectorLayer, districts: QgsVectorLayer, move: bool, seed: int = 7) -> QgsVectorLayer:
    """A memory copy of the shelters; with ``move``, each shelter goes elsewhere in its own district (>= 600 m away)."""
    rng = random.Random(seed)
    polys = [f.geometry() for f in districts.getFeatures()]
    copy = QgsVectorLayer(f"Point?crs={layer.crs().authid()}", "Shelters", "memory")
    copy.dataProvider().addAttributes(layer.fields().toList())
    copy.updateFields()
    feats = []
    for f in layer.getFeatures():
        g = QgsGeometry(f.geometry())
        if move:
            p = g.asPoint()
            poly = next(pg for pg in polys if pg.contains(g))
            box = poly.boundingBox()
            for _ in range(5000):
                q = QgsPointXY(rng.uniform(box.xMinimum(), box.xMaximum()), rng.uniform(box.yMinimum(), box.yMaximum()))
                if poly.contains(QgsGeometry.fromPointXY(q)) and q.distance(p) >= 600:
                    g = QgsGeometry.fromPointXY(q)
                    break
        nf = QgsFeature(copy.fields())
        nf.setAttributes(f.attributes())
        nf.setGeometry(g)
        feats.append(nf)
    copy.dataProvider().addFeatures(feats)
    return copy


@pytest.mark.parametrize("ext", ["pdf", "svg"])
def test_public_map_does_not_depend_on_where_shelters_are(sample, tmp_path, ext):
    """Moving every shelter within its district leaves the public file's drawing unchanged."""
    _, layers = sample
    real = _shelter_copy(layers["shelters"], layers["districts"], move=False)
    decoy = _shelter_copy(layers["shelters"], layers["districts"], move=True)
    base = dict(layers, shelters=real)
    a = export_insek(base, str(tmp_path / f"a.{ext}"), "T", public=True)
    b = export_insek(dict(layers, shelters=decoy), str(tmp_path / f"b.{ext}"), "T", public=True)
    if ext == "pdf":
        assert [c for _, _, c in lc.pdf_pages(Path(a.path).read_bytes())] == \
            [c for _, _, c in lc.pdf_pages(Path(b.path).read_bytes())]
    else:
        assert Path(a.path).read_text(encoding="utf-8") == Path(b.path).read_text(encoding="utf-8")
    # and the internal map does depend on it (the comparison is not vacuous)
    c = export_insek(base, str(tmp_path / f"c.{ext}"), "T", public=False)
    d = export_insek(dict(layers, shelters=decoy), str(tmp_path / f"d.{ext}"), "T", public=False)
    assert Path(c.path).read_bytes() != Path(d.path).read_bytes()


def _explained(real_points, decoy_points, shelters_xy, radius=250.0):
    """Points near a shelter that the export made with moved shelters does not also draw."""
    decoy = {(round(x), round(y)) for x, y in decoy_points}
    unexplained = []
    for x, y in lc.near(real_points, shelters_xy, radius):
        if not any((round(x) + dx, round(y) + dy) in decoy for dx in (-1, 0, 1) for dy in (-1, 0, 1)):
            unexplained.append((x, y))
    return unexplained


def test_public_atlas_draws_nothing_near_a_shelter_that_depends_on_it(sample, tmp_path, shelters):
    _, layers = sample
    real = _shelter_copy(layers["shelters"], layers["districts"], move=False)
    decoy = _shelter_copy(layers["shelters"], layers["districts"], move=True)
    a = export_insek(dict(layers, shelters=real), str(tmp_path / "a.pdf"), "T", public=True, atlas=True)
    b = export_insek(dict(layers, shelters=decoy), str(tmp_path / "b.pdf"), "T", public=True, atlas=True)
    xy = [(s[0], s[1]) for s in shelters]
    assert _explained(lc.pdf_world_points(a.path, a.frames), lc.pdf_world_points(b.path, b.frames), xy) == []


def _generated(seed: int):
    """Random districts (a 4 x 3 grid of 2 km cells) and shelters with tell-tale names."""
    rng = random.Random(seed)
    crs = "EPSG:25832"
    districts = QgsVectorLayer(f"Polygon?crs={crs}&field=district_id:string&field=name:string&field=population:integer",
                               "districts", "memory")
    feats = []
    for i in range(12):
        x0, y0 = 400000 + (i % 4) * 2000, 5470000 + (i // 4) * 2000
        f = QgsFeature(districts.fields())
        f.setAttributes([f"D{i:02d}", f"Bezirk {i}", rng.randint(0, 9000)])
        f.setGeometry(QgsGeometry.fromWkt(f"POLYGON(({x0} {y0},{x0+2000} {y0},{x0+2000} {y0+2000},{x0} {y0+2000},{x0} {y0}))"))
        feats.append(f)
    districts.dataProvider().addFeatures(feats)
    shelters = QgsVectorLayer(
        f"Point?crs={crs}&field=shelter_id:string&field=name:string&field=capacity:integer&field=occupied:integer"
        "&field=operator:string&field=group_label:string&field=status:string", "shelters", "memory")
    sfeats = []
    for i in range(rng.randint(3, 25)):
        f = QgsFeature(shelters.fields())
        cap = rng.choice([2, 3, 40, 120, 300])
        f.setAttributes([f"SECRET-{i}", f"Secret Shelter {i}", cap, cap // 2, "Träger Geheim", "grp-x", "active"])
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(400000 + rng.uniform(50, 7950), 5470000 + rng.uniform(50, 5950))))
        sfeats.append(f)
    shelters.dataProvider().addFeatures(sfeats)
    return districts, shelters


@needs_poppler
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_generated_data_public_export_is_clean(qgis_app, tmp_path, seed):
    districts, shelters = _generated(seed)
    xy = [(f.geometry().asPoint().x(), f.geometry().asPoint().y()) for f in shelters.getFeatures()]
    pdf = export_insek({"districts": districts, "shelters": shelters}, str(tmp_path / "g.pdf"), "Generated", public=True)
    svg = export_insek({"districts": districts, "shelters": shelters}, str(tmp_path / "g.svg"), "Generated", public=True)
    text = pdftext(pdf.path) + Path(svg.path).read_text(encoding="utf-8")
    for word in ("Secret", "SECRET", "Geheim", "grp-x"):
        assert word not in text
    # anything drawn near a shelter must also be drawn when the shelters sit elsewhere in their districts
    moved = _shelter_copy(shelters, districts, move=True, seed=seed)
    pdf_b = export_insek({"districts": districts, "shelters": moved}, str(tmp_path / "gb.pdf"), "Generated", public=True)
    svg_b = export_insek({"districts": districts, "shelters": moved}, str(tmp_path / "gb.svg"), "Generated", public=True)
    assert _explained(lc.pdf_world_points(pdf.path, pdf.frames), lc.pdf_world_points(pdf_b.path, pdf_b.frames), xy) == []
    assert _explained(lc.svg_world_points(svg.path, svg.frames), lc.svg_world_points(svg_b.path, svg_b.frames), xy) == []
    # and the internal export of the same data is caught by the same check
    internal = export_insek({"districts": districts, "shelters": shelters}, str(tmp_path / "i.pdf"), "G", public=False)
    internal_points = lc.pdf_world_points(internal.path, internal.frames)
    public_points = lc.pdf_world_points(pdf.path, pdf.frames)
    assert all(_explained(internal_points, public_points, [p]) for p in xy)


# ------------------------------------------------------------------ bad input

def test_bad_input_gives_clear_errors_and_no_file(sample, tmp_path):
    _, layers = sample
    empty = QgsVectorLayer("Polygon?crs=EPSG:25832&field=district_id:string&field=name:string&field=population:integer",
                           "empty", "memory")
    with pytest.raises(InputError, match="no features"):
        export_insek({"districts": empty}, str(tmp_path / "a.pdf"), "T")
    no_crs = QgsVectorLayer("Polygon?field=district_id:string&field=name:string&field=population:integer", "nocrs", "memory")
    f = QgsFeature(no_crs.fields())
    f.setAttributes(["01", "x", 1])
    f.setGeometry(QgsGeometry.fromWkt("POLYGON((0 0,1 0,1 1,0 0))"))
    no_crs.dataProvider().addFeatures([f])
    no_crs.setCrs(QgsCoordinateReferenceSystem())
    with pytest.raises(InputError, match="coordinate reference system"):
        export_insek({"districts": no_crs}, str(tmp_path / "a.pdf"), "T")
    with pytest.raises(DispersionError, match="missing"):
        export_insek(layers, str(tmp_path / "a.pdf"), "T", template_dir=str(tmp_path))
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(DispersionError, match="does not exist"):
        export_insek(layers, str(blocker / "a.pdf"), "T")
    with pytest.raises(DispersionError, match=r"\.pdf, \.png or \.svg"):
        export_insek(layers, str(tmp_path / "a.docx"), "T")
    with pytest.raises(DispersionError, match="one PDF"):
        export_insek(layers, str(tmp_path / "a.png"), "T", atlas=True)
    with pytest.raises(InputError):
        export_insek(layers, str(tmp_path / "a.pdf"), "T", threshold=0)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file"]


def test_cancel_leaves_nothing(sample, tmp_path):
    _, layers = sample
    feedback = QgsFeedback()
    feedback.cancel()
    with pytest.raises(CancelledError):
        export_insek(layers, str(tmp_path / "atlas.pdf"), "T", atlas=True, feedback=feedback)
    assert list(tmp_path.iterdir()) == []


def test_existing_file_is_kept_when_export_fails(sample, tmp_path):
    _, layers = sample
    target = tmp_path / "map.pdf"
    target.write_bytes(b"old")
    feedback = QgsFeedback()
    feedback.cancel()
    with pytest.raises(CancelledError):
        export_insek(layers, str(target), "T", atlas=True, feedback=feedback)
    assert target.read_bytes() == b"old" and [p.name for p in tmp_path.iterdir()] == ["map.pdf"]


def test_project_layers_and_layout_manager(sample, tmp_path):
    project, layers = sample
    found = project_layers(project)
    assert {"districts", "shelters", "services", "hotspots"} <= set(found)
    result = export_insek(project, str(tmp_path / "m.pdf"), "Managed", public=True, add_to_project=True)
    assert result.layout_names and project.layoutManager().layoutByName(result.layout_names[0]) is not None
    # generated layers are never picked up as inputs
    assert project_layers(project)["districts"] is found["districts"]


@pytest.mark.parametrize("name", L.LAYOUTS)
def test_legend_fits_its_frame(sample, tmp_path, name):
    """Every entry of the legend (internal has the most) fits the template's frame, in one piece."""
    project, layers = sample
    for public in (False, True):
        result = export_insek(layers, str(tmp_path / f"{public}.svg"), "Legend", public=public, layout=name,
                              project=project, add_to_project=True)
        legend = project.layoutManager().layoutByName(result.layout_names[0]).itemById("legend")
        template_layout = L.load_template(name, QgsProject())
        template = template_layout.itemById("legend")
        assert not legend.resizeToContents()
        frame, need = legend.sizeWithUnits(), L.legend_size_mm(legend)
        assert frame == template.sizeWithUnits()  # the frame stays where the template put it
        assert need.width() <= frame.width() and need.height() <= frame.height(), (name, public, need, frame)
        # shrunk only as far as needed: labels keep at least 85 % of the template's size on every format
        from plugin import compat

        label = compat.legend_style_font(legend.style(compat.LEGEND_SYMBOL_LABEL)).pointSizeF()
        assert label >= 0.85 * compat.legend_style_font(template.style(compat.LEGEND_SYMBOL_LABEL)).pointSizeF()


def test_cancel_mid_atlas_leaves_nothing(sample, tmp_path):
    _, layers = sample
    feedback = QgsFeedback()
    seen = []

    def progress(value):
        seen.append(value)
        if value >= 30:
            feedback.cancel()

    feedback.progressChanged.connect(progress)
    target = tmp_path / "atlas.pdf"
    with pytest.raises(CancelledError):
        export_insek(layers, str(target), "T", atlas=True, feedback=feedback)
    assert 30 <= seen[-1] < 40 and list(tmp_path.iterdir()) == []
