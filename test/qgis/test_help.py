"""The bundled user guide: both languages, every anchor dialogs link to, links that resolve, offline, in the zip."""
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from plugin.qgis_adapters import help as guide
from test.fixtures.paths import ROOT
from tools import package

HELP = ROOT / "resources" / "help"
PAGES = {lang: HELP / lang / "index.html" for lang in guide.LANGUAGES}


def parse(path: Path) -> ET.Element:
    """The page as XML: parsing fails on any unescaped '<' or '&' in text, so this also proves the escaping."""
    text = path.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>\n"), path
    return ET.fromstring(text[len("<!DOCTYPE html>\n"):])


def ids(root: ET.Element) -> list:
    return [e.get("id") for e in root.iter() if e.get("id")]


def text_outside_code(root: ET.Element) -> str:
    """The page's prose: everything but <code> and <pre> (field names such as 'ortsbezirk' are data, not wording)."""
    parts = []

    def walk(e):
        if e.tag not in ("code", "pre"):
            parts.append(e.text or "")
            for child in e:
                walk(child)
        parts.append(e.tail or "")

    walk(root)
    return " ".join(parts)


def test_both_languages_exist_and_name_their_language():
    for lang, page in PAGES.items():
        assert page.is_file(), page
        root = parse(page)
        assert root.get("lang") == lang
        assert root.find("head/title").text.startswith("Dispersion Planner")
    assert (HELP / "help.css").is_file()


def test_every_section_anchor_exists_once_in_both_languages():
    per_language = {}
    for lang, page in PAGES.items():
        found = ids(parse(page))
        assert len(found) == len(set(found)), f"{lang}: duplicate ids"
        for section in guide.SECTIONS:
            assert section in found, f"{lang}: anchor #{section} missing"
        per_language[lang] = set(found)
    # the brief's anchors (dialogs and Processing help link to them)
    for section in ("analysis", "placement", "export", "planning-set", "processing", "privacy", "import"):
        assert section in guide.SECTIONS
    assert per_language["de"] == per_language["en"], "the languages must offer the same anchors"


def test_links_inside_the_guide_resolve():
    checked = 0
    for page in PAGES.values():
        root = parse(page)
        for element in root.iter():
            for attr in ("href", "src"):
                link = element.get(attr)
                if link is None:
                    continue
                parts = urlsplit(link)
                assert not parts.scheme and not parts.netloc, f"{page}: external link {link}"
                target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
                assert target.is_file(), f"{page}: {link} does not resolve"
                assert HELP.resolve() in target.parents, f"{page}: {link} leaves the guide"
                if parts.fragment:
                    assert target.suffix == ".html" and parts.fragment in ids(parse(target)), f"{page}: {link}"
                checked += 1
    assert checked > 40  # the tables of contents, the cross references and the stylesheet


def test_no_external_urls_scripts_or_fonts():
    files = sorted(p for p in HELP.rglob("*") if p.is_file())
    assert {p.suffix for p in files} == {".html", ".css"}
    for path in files:
        text = path.read_text(encoding="utf-8")
        for pattern in (r"https?:", r"ftp:", r"//[\w.-]+\.\w", r"\bwww\.", r"<script", r"<iframe", r"<object",
                        r"<embed", r"@import", r"url\(", r"\son\w+=", r"javascript:"):
            assert not re.search(pattern, text, re.I), f"{path.name}: {pattern}"


def test_german_wording():
    prose = text_outside_code(parse(PAGES["de"]))
    assert "Stadtteil" in prose and "Community-Treffpunkt" in prose and "Potenzialfläche" in prose
    for banned in ("Ortsbezirk", "Community-Hotspot", "Kandidatenfläche", "Angebotsradius"):
        assert banned not in prose, banned
    # "Hotspot" is kept for Gi*: every paragraph, list item or table row that says it is about Gi*
    for block in parse(PAGES["de"]).iter():
        if block.tag in ("p", "li", "dt", "dd", "tr", "h2", "h3"):
            words = text_outside_code(block)
            if "Hotspot" in words:
                assert "Gi*" in words, words


def test_the_guide_ships_in_the_zip():
    shipped = [p.relative_to(ROOT).as_posix() for p in HELP.rglob("*") if p.is_file()]
    assert len(shipped) == 3
    for path in shipped:
        assert package.wanted(path), f"{path} would be left out of the plugin zip"


def test_help_url_points_at_the_page_of_the_language():
    de = guide.help_url("analysis", "de")
    assert de.startswith("file://") and de.endswith("/resources/help/de/index.html#analysis")
    assert guide.help_url("#privacy", "de_DE").endswith("/de/index.html#privacy")
    assert guide.help_url("", "en").endswith("/en/index.html")
    for other in ("fr", "fr_FR", "pt-BR", "xx"):
        assert guide.help_url("export", other).endswith("/en/index.html#export"), other
    assert Path(unquote(urlsplit(guide.help_url(language="de")).path)) == PAGES["de"].resolve()
    with pytest.raises(ValueError, match="unknown help section"):
        guide.help_url("hotspots", "de")


def test_help_url_follows_the_qgis_interface_language(monkeypatch):
    from plugin.qgis_adapters import i18n

    monkeypatch.setattr(i18n, "qgis_locale", lambda: "de_DE")
    assert guide.help_url("placement").endswith("/de/index.html#placement")
    monkeypatch.setattr(i18n, "qgis_locale", lambda: "it")
    assert guide.help_url("placement").endswith("/en/index.html#placement")


def test_open_help_hands_the_url_to_the_desktop(monkeypatch, qgis_app):
    from qgis.PyQt.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True)
    assert guide.open_help("export", "en") is True
    assert opened == [guide.help_url("export", "en")]
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    assert guide.open_help("export", "de") is False  # logged with the file's location, no exception


def alias_table(root: ET.Element) -> list:
    """(field, alias) pairs of the guide's table of recognised field names (the table after #field-mapping)."""
    body = root.find("body")
    children = list(body)
    start = next(i for i, e in enumerate(children) if e.get("id") == "field-mapping")
    table = next(e for e in children[start:] if e.tag == "table")
    pairs = []
    for row in table.findall("tr")[1:]:
        field_cell, alias_cell = row.findall("td")
        field = field_cell.find("code").text
        pairs += [(field, code.text) for code in alias_cell.findall("code")]
    return pairs


def test_the_field_names_the_guide_promises_are_recognised():
    from plugin.core import contract

    for lang, page in PAGES.items():
        pairs = alias_table(parse(page))
        assert len(pairs) > 50, lang
        for field, alias in pairs:
            kinds = [k for k, spec in contract.LAYERS.items() if field in spec.field_names()]
            assert kinds, f"{lang}: {field} is no contract field"
            assert any(contract.guess_field_map(k, [alias]).get(field) == alias for k in kinds), \
                f"{lang}: the guide says '{alias}' is recognised as {field}, but it is not"


# The city figures of the public interface (docs/architecture.md, CITY_METRICS) and those the dialog shows.
CITY_FIGURES = ("places_total", "places_in_districts", "population_total", "per_1000_city", "districts_analysed",
                "gini", "theil", "hoover", "dissimilarity", "hhi", "cv_load", "moran_i", "moran_ei", "moran_z_norm",
                "moran_p_norm", "moran_p_sim", "gi_hot_districts", "gi_cold_districts", "clark_evans_r",
                "clark_evans_z", "clark_evans_p", "share_places_near_hotspots", "share_places_with_access")


def test_every_figure_of_the_analysis_is_explained():
    from plugin.core.outputs import DISTRICT_METRICS_FIELDS, DISTRICTS_AFTER_FIELDS

    for lang, page in PAGES.items():
        root = parse(page)
        markup = ET.tostring(root, encoding="unicode")
        codes = {e.text for e in root.iter("code")}
        for name in [f for f, _ in DISTRICT_METRICS_FIELDS if f not in ("district_id", "name")] + list(CITY_FIGURES):
            assert name in codes, f"{lang}: figure {name} is not explained"
        for name, _ in DISTRICTS_AFTER_FIELDS:
            assert name in codes or name in ("district_id", "name", "population"), f"{lang}: {name}"
        assert "share_places_near_hotspot:&lt;" in markup  # the per-meeting-point rows
