"""Red team, privacy: hostile text in every place a public map takes text from, exported as PDF, PNG and SVG.

Each case ends in a clean file (its extracted text holds no shelter name, id, operator, group label or
coordinate, no evaluated expression, no environment value) or in a refusal that names what would have
leaked, with no file at the target.
"""
from __future__ import annotations

import os
import shutil
import subprocess

import pytest
from qgis.core import QgsFeatureRequest, QgsProject, QgsVectorLayer

from plugin.core.errors import DispersionError
from plugin.core.privacy import Sensitive, find_disclosures
from plugin.export import extract
from plugin.export.insek import export_insek
from plugin.qgis_adapters.loading import load_sample
from test.fixtures.qgis_helpers import sensitive_of

pytestmark = pytest.mark.qgis
HOME = os.environ.get("HOME", "/root")
MARK = "[% 'EVAL' || 'UATED' %]"


# ------------------------------------------------------------------ helpers (used by test_public_property too)

def copy_layer(layer: QgsVectorLayer, name: str = None) -> QgsVectorLayer:
    copy = layer.materialize(QgsFeatureRequest())
    copy.setName(name or layer.name())
    return copy


def set_attr(layer: QgsVectorLayer, field: str, value, index: int = 0) -> None:
    feats = list(layer.getFeatures())
    layer.dataProvider().changeAttributeValues({feats[index].id(): {layer.fields().indexOf(field): value}})


def check_clean(path: str, sensitive: Sensitive, extra_forbidden=()) -> str:
    text = extract.file_text(path)
    assert find_disclosures(text, sensitive) == []
    for word in ("EVALUATED", HOME) + tuple(extra_forbidden):
        assert word not in text.replace("\u2060", ""), word
    if path.endswith(".pdf") and shutil.which("pdftotext"):
        poppler = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True, check=True).stdout
        assert find_disclosures(poppler, sensitive) == []
        assert "EVALUATED" not in poppler
    return text


# ------------------------------------------------------------------ fixtures

@pytest.fixture(scope="module")
def sample(qgis_app):
    project = QgsProject()
    layers = load_sample(project)
    yield layers
    project.clear()


@pytest.fixture(scope="module")
def secrets(sample):
    f = next(sample["shelters"].getFeatures())
    pt = f.geometry().asPoint()
    return {"name": str(f["name"]), "id": str(f["shelter_id"]), "operator": str(f["operator"]),
            "coord": f"{pt.x():.0f} {pt.y():.0f}", "coord_de": f"{pt.x():,.0f} / {pt.y():,.0f}".replace(",", ".")}


def hostile(sample, place: str, text: str):
    """The sample's layers, with ``text`` put in ``place``; returns (layers, title, subtitle)."""
    layers = dict(sample)
    title, subtitle = "INSEK", None
    if place == "district_name":
        d = copy_layer(sample["districts"])
        set_attr(d, "name", f"Nord {text}")
        layers["districts"] = d
    elif place == "layer_name":
        layers["districts"] = copy_layer(sample["districts"], f"Bezirke {text}")
    elif place.startswith("meta_"):
        d = copy_layer(sample["districts"])  # a memory layer: its QGIS metadata is read, not the GeoPackage table
        md = d.metadata()
        if place == "meta_source":
            md.setAbstract(text)
            d.setAbstract(text)
        elif place == "meta_title":
            md.setTitle(text)
        elif place == "meta_rights":
            md.setRights([text])
            md.setLicenses([text])
        d.setMetadata(md)
        layers["districts"] = d
    elif place == "title":
        title = f"INSEK {text}"
    elif place == "subtitle":
        subtitle = text
    elif place == "group_label":
        s = copy_layer(sample["shelters"])
        set_attr(s, "group_label", text)
        layers["shelters"] = s
    elif place == "service_name":
        s = copy_layer(sample["services"])
        set_attr(s, "name", text)
        set_attr(s, "category", text, 1)
        layers["services"] = s
    else:
        raise AssertionError(place)
    return layers, title, subtitle


EXPRESSIONS = {
    "marker": MARK,
    "env": "[% env('HOME') %]",
    "aggregate": "[% aggregate(layer:='Shelters (GU)', aggregate:='concatenate', expression:=\"name\" || ' ' || "
                 "to_string($x) || ' ' || to_string($y), concatenator:=', ') %] [% 'EVAL' || 'UATED' %]",
    "html": "<b>Nord</b><script>alert('x')</script> [% @layer_name || 'EVAL' || 'UATED' %]",
}
EXPR_PLACES = ("district_name", "layer_name", "meta_source", "meta_title", "meta_rights", "title", "subtitle",
               "group_label", "service_name")
FORMATS = ("pdf", "png", "svg")

# (place, which secret) -> expected: "refuse" (the text would be printed) or "clean" (never printed in public)
SECRET_CASES = [
    ("district_name", "name", "refuse"),
    ("title", "name", "refuse"),
    ("subtitle", "operator", "refuse"),
    ("title", "id", "refuse"),
    ("title", "coord", "refuse"),
    ("district_name", "coord_de", "refuse"),
    ("meta_source", "operator", "clean"),
    ("meta_source", "name", "clean"),
    ("meta_title", "name", "clean"),
    ("meta_rights", "operator", "clean"),
    ("group_label", "name", "clean"),
]


def _export(layers, path, title, subtitle, **kw):
    return export_insek(layers, str(path), title, subtitle=subtitle, public=True, **kw)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("place", EXPR_PLACES)
@pytest.mark.parametrize("payload", ["marker", "env"])
def test_expression_text_is_never_evaluated(sample, tmp_path, place, payload, fmt):
    layers, title, subtitle = hostile(sample, place, EXPRESSIONS[payload])
    result = _export(layers, tmp_path / f"m.{fmt}", title, subtitle)
    text = check_clean(result.path, sensitive_of(sample["shelters"]))
    if fmt != "png" and place in ("title", "subtitle"):  # (a long map label may be dropped by the labeling)
        shown = text.replace("\u2060", "")
        assert "'EVAL' || 'UATED'" in shown or "env('HOME')" in shown  # shown literally


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("place", ["district_name", "meta_source", "title"])
@pytest.mark.parametrize("payload", ["aggregate", "html"])
def test_hostile_expressions_and_html(sample, tmp_path, place, payload, fmt):
    layers, title, subtitle = hostile(sample, place, EXPRESSIONS[payload])
    result = _export(layers, tmp_path / f"m.{fmt}", title, subtitle)
    check_clean(result.path, sensitive_of(sample["shelters"]))


def test_atlas_with_expression_in_district_name_lists_nothing(sample, tmp_path):
    layers, title, subtitle = hostile(sample, "district_name", EXPRESSIONS["aggregate"])
    result = _export(layers, tmp_path / "atlas.pdf", title, subtitle, atlas=True)
    text = check_clean(result.path, sensitive_of(sample["shelters"]))
    assert "aggregate(" in text.replace("\u2060", "")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("place,secret,expected", SECRET_CASES)
def test_shelter_details_in_other_fields(sample, secrets, tmp_path, place, secret, expected, fmt):
    layers, title, subtitle = hostile(sample, place, secrets[secret])
    target = tmp_path / f"m.{fmt}"
    if expected == "refuse":
        with pytest.raises(DispersionError) as info:
            _export(layers, target, title, subtitle)
        message = str(info.value)
        assert "public export was stopped" in message and "Nothing was written" in message
        assert any(k in message for k in ("shelter name", "operator", "shelter id", "coordinate")), message
        assert list(tmp_path.iterdir()) == []
    else:
        result = _export(layers, target, title, subtitle)
        check_clean(result.path, sensitive_of(sample["shelters"]))


def test_metadata_free_text_is_not_printed_in_public_mode(sample, tmp_path):
    d = copy_layer(sample["districts"])
    md = d.metadata()
    md.setAbstract("Belegungsliste Träger X (Heim A, Haus B)")
    md.setLicenses(["CC BY 4.0 — Ansprechpartner Herr Y"])
    d.setMetadata(md)
    result = _export(dict(sample, districts=d), tmp_path / "m.svg", "INSEK", None)
    text = check_clean(result.path, sensitive_of(sample["shelters"]), ("Träger X", "Heim A", "Herr Y"))
    assert "CC BY 4.0" in text and "district boundaries and population figures" in text


def test_audit_reads_compressed_pdf_text(tmp_path, sample):
    """The PDF extractor decodes Qt's Flate streams and CID fonts like poppler does."""
    if not shutil.which("pdftotext"):
        pytest.skip("poppler-utils not installed")
    result = _export(sample, tmp_path / "m.pdf", "Grüße – Straße ‰ “x” 412.345 (a) [b] \\ c", "Ä Ö Ü ß é 10 994")
    text = extract.file_text(result.path)
    ours = "".join(text.replace("\ufb01", "fi").replace("\ufb00", "ff").split())
    poppler = subprocess.run(["pdftotext", result.path, "-"], capture_output=True, text=True, check=True).stdout
    assert poppler.strip(), "pdftotext found no text"
    for line in poppler.splitlines():  # same characters (poppler joins and spaces text objects its own way)
        words = "".join(line.replace("\ufb01", "fi").replace("\ufb00", "ff").split())
        if words:
            assert words in ours, words
    assert "Grüße – Straße ‰ “x” 412.345 (a) [b] \\ c" in " ".join(text.split())


def test_png_text_chunks_are_read(tmp_path):
    import struct
    import zlib

    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    png = (b"\x89PNG\r\n\x1a\n" + chunk(b"tEXt", b"Title\0Haus A") + chunk(b"zTXt", b"Author\0\0" + zlib.compress(b"ASZ"))
           + chunk(b"iTXt", b"Desc\0\0\0de\0Beschr\0Heim \xc3\x9c") + chunk(b"IEND", b""))
    text = extract.png_text(png)
    assert "Haus A" in text and "ASZ" in text and "Heim Ü" in text
