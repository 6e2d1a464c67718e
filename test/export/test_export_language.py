"""INSEK pages in the chosen language (issue 15 item 2): German texts with German number and date formats."""
from __future__ import annotations

import datetime as dt
import re

import pytest

from plugin.export.extract import file_text
from plugin.export.insek import export_insek
from plugin.export.language import current_language, export_language, localise_number_text

pytestmark = pytest.mark.qgis

ENGLISH_WORDS = ("occupied", "Childcare", "places", "Hot spot", "public", "Services")
GERMAN_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d,]*\d)")
ENGLISH_THOUSANDS = re.compile(r"(?<![\d.,])[1-9]\d{0,2}(?:,\d{3})+(?![\d.]*\d)")


@pytest.fixture(scope="module")
def texts(sample, tmp_path_factory):
    project, layers = sample
    out = tmp_path_factory.mktemp("language")
    found = {}
    for language in ("de", "en"):
        for atlas in (False, True):
            path = out / f"map_{language}_{'atlas' if atlas else 'map'}.pdf"
            export_insek(dict(layers), str(path), "Kaiserslautern", public=True, atlas=atlas, language=language)
            found[language, atlas] = file_text(str(path))
    return found


@pytest.mark.parametrize("atlas", [False, True], ids=["map", "atlas"])
def test_german_pages_have_german_numbers_and_dates(texts, atlas):
    text = texts["de", atlas]
    assert GERMAN_THOUSANDS.search(text), "no '101.500'-style number in the German pages"
    assert not ENGLISH_THOUSANDS.search(text), ENGLISH_THOUSANDS.search(text).group(0)
    assert dt.date.today().strftime("%d.%m.%Y") in text
    # the PDF's XMP metadata (QGIS >= 3.40) carries ISO timestamps like 2026-11-30T19:10:52Z; the pages must not
    assert dt.date.today().isoformat() not in re.sub(r"\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:?\d{2})?", "", text)


@pytest.mark.parametrize("atlas", [False, True], ids=["map", "atlas"])
def test_german_pages_leave_no_english_legend_word(texts, atlas):
    text = texts["de", atlas]
    left = [w for w in ENGLISH_WORDS if re.search(rf"\b{re.escape(w)}\b", text, re.IGNORECASE)]
    assert not left, left


@pytest.mark.parametrize("atlas", [False, True], ids=["map", "atlas"])
def test_english_pages_stay_english(texts, atlas):
    text = texts["en", atlas]
    assert ENGLISH_THOUSANDS.search(text)
    assert dt.date.today().isoformat() in text
    assert "Services" in text
    assert not re.search(r"\b(Plätze|Einwohner|Quellen|Dienste)\b", text)


def test_language_is_scoped_to_the_export(qgis_app):
    before = current_language()
    with export_language("de") as chosen:
        assert chosen == "de" and current_language() == "de"
        assert localise_number_text("101,500") == "101.500"
        assert localise_number_text("14.8") == "14,8"
        assert localise_number_text("< 5") == "< 5"
    assert current_language() == before
    with export_language("en"):
        assert localise_number_text("101,500") == "101,500"


def test_exportmap_takes_a_language(qgis_app, qgis_processing, sample, tmp_path):
    import processing
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback

    from plugin.processing.alg_exportmap import ExportMapAlgorithm
    from plugin.processing.provider import DispersionProvider

    class LanguageProvider(DispersionProvider):
        def id(self):
            return "dispersion_language_test"

        def loadAlgorithms(self):  # noqa: N802
            self.addAlgorithm(ExportMapAlgorithm())

    provider = LanguageProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    try:
        project, layers = sample
        alg = QgsApplication.processingRegistry().algorithmById("dispersion_language_test:exportmap")
        assert alg.parameterDefinition("LANGUAGE") is not None
        for language, word in (("de", "Angebote"), (1, "Angebote"), ("en", "Services")):
            context = QgsProcessingContext()
            context.setProject(project)
            out = tmp_path / f"map_{language}.pdf"
            processing.run("dispersion_language_test:exportmap", {
                "DISTRICTS": layers["districts"], "SERVICES": layers["services"], "TITLE": "KL",
                "LANGUAGE": language, "OUTPUT": str(out)}, context=context, feedback=QgsProcessingFeedback())
            assert word in file_text(str(out)), language
    finally:
        QgsApplication.processingRegistry().removeProvider(provider)
