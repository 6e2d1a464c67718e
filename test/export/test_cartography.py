"""INSEK cartography (issue 15): every district labelled, no label on another, text >= 6 pt, the scale bar
inside its frame, an inset that adds information, and exports that leave the project tidy."""
from __future__ import annotations

import html
import shutil
import subprocess
import unicodedata
from itertools import combinations

import pytest
from qgis.core import (
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemScaleBar,
    QgsProject,
    QgsSingleSymbolRenderer,
)
from shapely.affinity import translate

from plugin import compat
from plugin.export import layouts as L  # noqa: N812
from plugin.export.insek import export_insek
from plugin.qgis_adapters.layers import memory_layer
from plugin.qgis_adapters.loading import load_sample
from test.fixtures.synthetic_city import synthetic_city

pytestmark = pytest.mark.qgis
needs_poppler = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")

PARTS = ("Innenstadt", "Kaiserslautern", "Hohenecken", "Bännjerrück", "Grübentälchen", "Lämmchesberg",
         "Erzhütten", "Wiesenthalerhof", "Mölschbach", "Einsiedlerhof", "Süd", "Über")
ENDS = ("Ost", "Südwest", "Nordöstliche Vorstadt", "Karl-Pfaff-Siedlung", "Universitätswohnstadt", "Kotten",
        "Am Schäferbrunnen", "Weißer Hübel")


def german_names(n: int, seed: int):
    """Long German district names with hyphens and umlauts, all different."""
    names = []
    for i in range(n):
        a, b = PARTS[(i * 7 + seed) % len(PARTS)], ENDS[(i * 5 + seed * 3) % len(ENDS)]
        names.append(f"{a}-{b} {i + 1}" if i >= len(PARTS) else f"{a}-{b}")
    return names


def city_layers(seed: int, n_districts: int, size_m: float):
    """A generated city (many districts in a small area) as layers in the data contract."""
    data, _ = synthetic_city(n_sites=5, n_districts=n_districts, size_m=size_m, seed=seed, n_shelters=0,
                             n_hotspots=0)
    dx, dy = 410000.0, 5470000.0
    names = german_names(n_districts, seed)
    districts = memory_layer("Stadtteile", "polygon", "EPSG:25832",
                             [("district_id", "text"), ("name", "text"), ("population", "int")],
                             [({"district_id": d.district_id, "name": names[i], "population": d.population},
                               translate(d.geometry, dx, dy)) for i, d in enumerate(data.districts)])
    services = memory_layer("Angebote", "point", "EPSG:25832",
                            [("service_id", "text"), ("name", "text"), ("category", "text")],
                            [({"service_id": s.service_id, "name": s.name, "category": s.category},
                              translate(_pt(s.x, s.y), dx, dy)) for s in data.services[::4]])
    return {"districts": districts, "services": services}, names


def _pt(x, y):
    from shapely.geometry import Point

    return Point(x, y)


def plain(text: str) -> str:
    """Extracted text as a reader sees it: ligatures unfolded (pdftotext gives 'ﬀ' for 'ff'), joiners gone."""
    return unicodedata.normalize("NFKC", text).replace("\u2060", "")


CITIES = {"sample": None, "city_a": (1, 24, 4000.0), "city_b": (2, 36, 3000.0), "city_c": (3, 16, 2500.0)}


@pytest.fixture(scope="module")
def maps(sample, tmp_path_factory):
    """The public A4 portrait map of each city (PDF and SVG), with its layout kept in a project."""
    out = tmp_path_factory.mktemp("carto")
    result = {}
    for key, spec in CITIES.items():
        if spec is None:
            layers = sample[1]
            names = [f["name"] for f in layers["districts"].getFeatures()]
        else:
            layers, names = city_layers(*spec)
        project = QgsProject()
        exports = {}
        for ext in ("pdf", "svg"):
            exports[ext] = export_insek(layers, str(out / f"{key}.{ext}"), "Karte", layout="a4_portrait",
                                        language="de", project=project, add_to_project=True)
        layout = project.layoutManager().layoutByName(exports["pdf"].layout_names[0])
        result[key] = dict(project=project, layout=layout, names=names, pdf=out / f"{key}.pdf",
                           svg=out / f"{key}.svg", layers=layers)
    yield result
    for entry in result.values():
        entry["project"].clear()


@needs_poppler
@pytest.mark.parametrize("city", list(CITIES))
def test_every_district_name_is_printed(maps, city):
    entry = maps[city]
    pdf = plain(subprocess.run(["pdftotext", str(entry["pdf"]), "-"], check=True, capture_output=True,
                               text=True).stdout)
    svg = plain(html.unescape(entry["svg"].read_text(encoding="utf-8")))
    for name in entry["names"]:
        assert name in pdf, (city, name)
        assert name in svg, (city, name)


@pytest.mark.parametrize("city", list(CITIES))
def test_labels_do_not_overlap_and_none_is_dropped(maps, city):
    entry = maps[city]
    item = entry["layout"].itemById("map")
    labels = L.export_labels(item)
    rects = [r for _lid, _fid, _t, r in labels]
    for a, b in combinations(rects, 2):
        inter = a.intersect(b)
        assert inter.isEmpty() or inter.width() * inter.height() < 1e-6 * a.width() * a.height(), (city, a, b)
    districts = next(lyr for lyr in item.layers() if lyr.fields().indexFromName(L.KEYED_FIELD) >= 0)
    placed = {fid for lid, fid, _t, _r in labels if lid == districts.id()}
    assert placed == {f.id() for f in districts.getFeatures()}, city  # a name, or a number with a key line
    keyed = [f for f in districts.getFeatures() if f[L.KEYED_FIELD]]
    key = entry["layout"].itemById(L.KEY_ITEM)
    if keyed:
        assert key is not None
        for f in keyed:
            assert f"{f['label']} {f['name']}" in key.text()


def _text_sizes(layout):
    sizes = []
    for item in layout.items():
        if isinstance(item, QgsLayoutItemLabel) and item.isVisible() and item.text():
            sizes.append((item.id(), compat.label_font(item).pointSizeF()))
        elif isinstance(item, QgsLayoutItemLegend):
            for st in (compat.LEGEND_TITLE, compat.LEGEND_GROUP, compat.LEGEND_SUBGROUP, compat.LEGEND_SYMBOL_LABEL):
                sizes.append(("legend", compat.legend_style_font(item.style(st)).pointSizeF()))
        elif isinstance(item, QgsLayoutItemScaleBar):
            sizes.append(("scalebar", item.textFormat().size()))
        elif isinstance(item, QgsLayoutItemMap):
            for lyr in item.layers():
                if hasattr(lyr, "labelsEnabled") and lyr.labelsEnabled() and hasattr(lyr.labeling(), "settings"):
                    sizes.append((lyr.name(), lyr.labeling().settings().format().size()))
    return sizes


@pytest.mark.parametrize("city", list(CITIES))
def test_text_at_least_six_points(maps, city):
    sizes = _text_sizes(maps[city]["layout"])
    assert sizes and all(size >= L.MIN_TEXT_PT - 1e-6 for _name, size in sizes), sizes


def _inside(inner, outer) -> bool:
    a, b = inner.sceneBoundingRect(), outer.sceneBoundingRect()
    return a.left() >= b.left() and a.right() <= b.right() and a.top() >= b.top() and a.bottom() <= b.bottom()


@pytest.mark.parametrize("name", L.LAYOUTS)
def test_scalebar_inside_map_and_inset_shows_surroundings(sample, tmp_path, name):
    project = QgsProject()
    result = export_insek(sample[1], str(tmp_path / "m.pdf"), "T", layout=name, project=project,
                          add_to_project=True)
    layout = project.layoutManager().layoutByName(result.layout_names[0])
    main, scalebar, inset = layout.itemById("map"), layout.itemById("scalebar"), layout.itemById("overview")
    assert _inside(scalebar, main), name
    # the whole city on the main map: the inset shows it within its surroundings, with no frame
    assert not inset.overview().enabled()
    city = sample[1]["districts"].extent()
    assert inset.extent().width() >= 2.0 * city.width() and inset.extent().height() >= 2.0 * city.height()
    # the page is filled: no more than a tenth of the page's height is left below the lowest item
    bottom = max(i.sceneBoundingRect().bottom() for i in layout.items()
                 if hasattr(i, "id") and i.id() in ("legend", "overview", "profile", "map"))
    assert layout.itemById("sources").sceneBoundingRect().top() - bottom < 0.1 * L.page_size_mm(layout)[1]
    project.clear()


def test_atlas_inset_frame_and_highlight(sample, tmp_path):
    project = QgsProject()
    result = export_insek(sample[1], str(tmp_path / "atlas.pdf"), "T", layout="a4_portrait", atlas=True,
                          project=project, add_to_project=True)
    atlas = project.layoutManager().layoutByName(result.layout_names[-1])
    main, inset = atlas.itemById("map"), atlas.itemById("overview")
    frame = inset.overview()
    assert frame.enabled() and frame.linkedMap() is main
    assert main.atlasDriven()
    highlight = [lyr for lyr in main.layers() if isinstance(lyr.renderer(), QgsSingleSymbolRenderer)
                 and L.ATLAS_CURRENT in lyr.renderer().symbol().symbolLayer(0).dataDefinedProperties().property(
                     compat.SYMBOL_PROPERTY_FILL_COLOR).expressionString()]
    assert highlight, "the atlas map mutes every district but the page's own"
    legend_layers = [n.layer() for n in atlas.itemById("legend").model().rootGroup().findLayers()]
    assert highlight[0] not in legend_layers
    project.clear()


def test_reexport_keeps_the_layer_count(sample, tmp_path):
    project = QgsProject()
    layers = load_sample(project)
    before = len(project.mapLayers())
    tree_before = len(project.layerTreeRoot().findLayers())
    counts = []
    for _ in range(5):
        export_insek(layers, str(tmp_path / "m.pdf"), "Wiederholt", project=project, add_to_project=True)
        counts.append(len(project.mapLayers()))
    assert len(set(counts)) == 1 and counts[0] > before, counts
    assert len(project.layerTreeRoot().findLayers()) == tree_before  # nothing in the layer tree
    assert not [g for g in project.layerTreeRoot().findGroups() if "INSEK" in g.name()]
    from plugin.qgis_adapters.layers import is_generated

    added = [lyr for lid, lyr in project.mapLayers().items() if lid not in {x.id() for x in layers.values()}]
    assert added and all(is_generated(lyr) for lyr in added)
    project.clear()
