"""Processing by QGIS conventions (issue 16), for every algorithm of the provider, in English and German.

QGIS's own algorithms are the model: help that renders as HTML and names parameters by the labels the dialog
shows, toolbox tags in both languages, a Help button that opens the bundled user guide, expert options folded
under "Advanced Parameters", whole numbers as Integer, doubles with sensible decimals, distances with a unit.
"""
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from qgis.core import (
    NULL,
    QgsProcessingParameterDistance,
    QgsProcessingParameterNumber,
)
from qgis.PyQt.QtCore import QUrl

from plugin import compat
from plugin.processing.base import help_html
from plugin.processing.provider import algorithm_classes

CLASSES = algorithm_classes()
IDS = [cls.NAME for cls in CLASSES]
# German words of the tags (the toolbox finds an algorithm by its tags in either language)
GERMAN = re.compile(r"[äöüßÄÖÜ]|ung\b|Unterkunft|Verteilung|Gefl|Karte|Tabelle|Zensus|Einwohner|Import|Beispiel")


class _Text(HTMLParser):
    """The text a rich-text view shows of an HTML fragment; records tags it opens."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.tags = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_data(self, data):
        self.parts.append(data)


def _shown(html_text: str):
    parser = _Text()
    parser.feed(html_text)
    parser.close()
    return "".join(parser.parts), set(parser.tags)


def _alg(cls):
    alg = cls()
    alg.initAlgorithm({})
    return alg


def _all_ids():
    ids = set()
    for cls in CLASSES:
        alg = _alg(cls)
        ids |= {d.name() for d in alg.parameterDefinitions()} | {d.name() for d in alg.outputDefinitions()}
    return ids


@pytest.fixture(params=["en", "de"])
def language(request, qgis_app):
    from plugin.qgis_adapters import i18n

    previous = i18n.ui_language()
    i18n.install_translator(request.param)
    yield request.param
    i18n.install_translator(previous)  # later tests expect the language they started with


@pytest.mark.parametrize("cls", CLASSES, ids=IDS)
def test_help_is_html_with_labels_not_ids(cls, language):
    alg = _alg(cls)
    text, tags = _shown(alg.shortHelpString())
    assert tags <= {"br", "i"}, f"{alg.name()}: text read as HTML tags {tags}"
    assert text.strip() and text.strip()[-1] in ".)", f"{alg.name()}: help cut short: ...{text[-60:]!r}"
    leftover = {word for word in re.findall(r"\b[A-Z][A-Z0-9_]+\b", text) if word in _all_ids() - {"CRS"}}
    assert not leftover, f"{alg.name()}: parameter ids in the help: {leftover}"
    for definition in alg.parameterDefinitions():
        if definition.name() in alg.help_text() and definition.name() != "CRS":
            assert definition.description() in text, f"{alg.name()}: {definition.name()} not named by its label"


def test_exportmap_help_keeps_the_privacy_rule(qgis_app, language):
    from plugin.processing.alg_exportmap import ExportMapAlgorithm

    text, _ = _shown(_alg(ExportMapAlgorithm).shortHelpString())
    assert "< 5" in text
    # the text after the rule is there too (it used to end at 'appear as “')
    assert text.rstrip().endswith(".") and len(text) > text.index("< 5") + 200


def test_help_html_escapes_and_names():
    out = help_html("A < 5 & B > 2\nUse LIMIT, not LIMITS or CRS; CRS (optional): x", {"LIMIT": "Limit <m>", "CRS": "C"})
    text, tags = _shown(out)
    assert tags == {"br", "i"}
    assert text == "A < 5 & B > 2Use Limit <m>, not LIMITS or CRS; CRS (optional): x"
    assert help_html("CRS (optional): x", {"CRS": "Coordinates"}) == "<i>Coordinates</i> (optional): x"


@pytest.mark.parametrize("cls", CLASSES, ids=IDS)
def test_tags_in_both_languages(cls, qgis_app):
    alg = _alg(cls)
    tags = alg.tags()
    assert cls.TAGS_EN and cls.TAGS_DE, f"{alg.name()}: needs its own English and German tags"
    assert set(cls.TAGS_EN) <= set(tags) and set(cls.TAGS_DE) <= set(tags)
    assert any(GERMAN.search(t) for t in cls.TAGS_DE), f"{alg.name()}: no German word in {cls.TAGS_DE}"
    for word in ("refugee", "Geflüchtete", "Unterkunft", "dispersion", "Verteilung"):
        assert word in tags


def test_tags_find_the_words_of_the_issue(qgis_app):
    every = {t.lower() for cls in CLASSES for t in cls().tags()}
    for word in ("gini", "unterkunft", "refugee", "geflüchtete", "dispersion", "verteilung"):
        assert any(word in t for t in every), word


@pytest.mark.parametrize("cls", CLASSES, ids=IDS)
def test_help_url_is_the_bundled_guide(cls, language):
    url = QUrl(_alg(cls).helpUrl())
    assert url.isLocalFile()
    page = Path(url.toLocalFile())
    assert page.is_file(), page
    anchor = url.fragment()
    assert anchor and f'id="{anchor}"' in page.read_text(encoding="utf-8")


EXPERT = {"analyse": {"PERMUTATIONS", "SEED"}, "suggest": {"TIME_LIMIT_S", "ALTERNATIVES", "MIX_GROUPS"},
          "exportmap": {"SMALL_COUNT_THRESHOLD", "ALTERNATIVE"},
          "capacityplan": {"TIME_LIMIT_S", "START_DATE", "MOVEOUT_WAIT_MIN", "MOVEOUT_WAIT_MAX", "MOVEOUT_WAIT_MEAN"}}
DISTANCES = {"analyse": {"SERVICE_DISTANCE_M", "KITA_MAX_DISTANCE"},
             "kitaaccess": {"SERVICE_DISTANCE_M", "KITA_MAX_DISTANCE"},
             "suggest": {"MIN_SPACING_M", "SERVICE_MAX_DISTANCE_M", "KITA_MAX_DISTANCE"},
             "fuse": {"MATCH_DISTANCE_M"}, "capacityplan": {"MIN_SPACING_M"}}


def _advanced(definition) -> bool:
    return bool(definition.flags() & compat.PARAMETER_FLAG_ADVANCED)


def _expert(alg, definition) -> bool:
    """Expert options: EXPERT, the working CRS and the explicit field parameters (SHELTERS_CAPACITY, ...; issue 14)."""
    name = definition.name()
    if name in EXPERT.get(alg.name(), set()) or name == "WORKING_CRS":
        return True
    parent = getattr(definition, "parentLayerParameterName", lambda: "")()
    return bool(parent) and name.startswith(parent + "_") and name not in ("POPULATION_FIELD", "PLACES_FIELD")


@pytest.mark.parametrize("cls", CLASSES, ids=IDS)
def test_numbers_advanced_and_distances(cls, qgis_app):
    alg = _alg(cls)
    for definition in alg.parameterDefinitions():
        name = definition.name()
        assert _advanced(definition) == _expert(alg, definition), f"{alg.name()}.{name} advanced"
        assert isinstance(definition, QgsProcessingParameterDistance) == (name in DISTANCES.get(alg.name(), set())), name
        if isinstance(definition, QgsProcessingParameterDistance):
            assert definition.defaultUnit() == compat.DISTANCE_METERS
        if isinstance(definition, QgsProcessingParameterNumber):
            default = definition.defaultValue()
            whole = definition.dataType() == compat.NUMBER_INTEGER
            if not whole:  # a double shows a few decimals, not "15.000000"
                decimals = (definition.metadata().get("widget_wrapper") or {}).get("decimals")
                assert decimals is not None and decimals <= 2, f"{alg.name()}.{name}: decimals {decimals}"
            elif default is not None:
                assert float(default) == int(default)


def test_parameter_names_unchanged(qgis_app):
    """README and scripts use these names: the conventions change types and flags, never names."""
    algs = {cls.NAME: _alg(cls) for cls in CLASSES}  # kept alive: the definitions belong to the algorithm
    # issue 14 adds WORKING_CRS and one field parameter per contract field (SHELTERS_CAPACITY, ...): the old
    # names keep their order around them
    added = {name: [d.name() for d in alg.parameterDefinitions() if _expert(alg, d) and d.name() not in EXPERT.get(name, ())]
             for name, alg in algs.items()}
    names = {name: [d.name() for d in alg.parameterDefinitions() if d.name() not in added[name]]
             for name, alg in algs.items()}
    assert {"WORKING_CRS", "DISTRICTS_POPULATION", "SHELTERS_CAPACITY", "SHELTERS_SHELTER_ID"} <= set(added["analyse"])
    assert {"WORKING_CRS", "CANDIDATES_MIN_PLACES", "DISTRICTS_NAME"} <= set(added["suggest"])
    assert {"WORKING_CRS", "SHELTERS_OCCUPIED"} <= set(added["exportmap"])
    assert names["analyse"] == ["DISTRICTS", "POPULATION_FIELD", "SHELTERS", "PLACES_FIELD", "HOTSPOTS", "SERVICES",
                                "PERMUTATIONS", "SEED", "SERVICE_DISTANCE_M",
                                # issue 18 (appended: the earlier names keep their order)
                                "NETWORK", "AGE_TABLE", "AGE_LAYER", "UNDER6_SHARE", "KITA_MAX_DISTANCE",
                                "DISTRICT_METRICS", "CITY_METRICS", "REPORT"]
    assert names["suggest"] == ["DISTRICTS", "POPULATION_FIELD", "SHELTERS", "PLACES_FIELD", "CANDIDATES", "HOTSPOTS",
                                "SERVICES", "RULES", "GROUP_DEMAND", "PLACES", "MAX_PER_1000", "MIN_SPACING_M",
                                "HOTSPOT_MAX_PLACES", "SERVICE_CATEGORIES", "SERVICE_MAX_DISTANCE_M", "TIME_LIMIT_S",
                                "ALTERNATIVES", "MIX_GROUPS",
                                # issue 18 (appended: the earlier names keep their order)
                                "NETWORK", "KITA_RULE", "KITA_UNDER6_SHARE", "KITA_MAX_DISTANCE", "AGE_TABLE",
                                "SUGGESTIONS", "DISTRICT_METRICS_AFTER", "REPORT"]
    assert "MATCH_DISTANCE_M" in names["fuse"]


def test_service_categories_are_a_multi_enum_that_still_takes_names(qgis_app):
    """The dialog offers a multi-select; scripts and qgis_process keep passing 'kita,school' (QGIS 3.22's enum
    takes indices only, so the names are read by the algorithm)."""
    from qgis.core import QgsProcessingContext, QgsProcessingParameterEnum

    from plugin.core.contract import SERVICE_CATEGORIES
    from plugin.processing.alg_suggest import SuggestAlgorithm, category_value

    alg = _alg(SuggestAlgorithm)
    definition = alg.parameterDefinition("SERVICE_CATEGORIES")
    assert isinstance(definition, QgsProcessingParameterEnum) and definition.allowMultiple()
    assert len(definition.options()) == len(SERVICE_CATEGORIES)
    assert all(f"({key})" in option for key, option in zip(SERVICE_CATEGORIES, definition.options()))
    assert category_value("kita, school") == ("kita", "school")
    assert category_value("") == ()
    assert category_value("0,2") is None and category_value([0, 2]) is None
    context = QgsProcessingContext()
    kita, school = SERVICE_CATEGORIES.index("kita"), SERVICE_CATEGORIES.index("school")
    for value, names in (("kita,school", ("kita", "school")), ([kita, school], ("kita", "school")),
                         (f"{kita},{school}", ("kita", "school")), ("", ()), (None, ()), ([], ()), (NULL, ())):
        assert alg._categories({"SERVICE_CATEGORIES": value}, context) == names, value
    ok, message = alg.checkParameterValues({"SERVICE_CATEGORIES": "kitas"}, context)
    assert not ok and "kitas" in message


def test_an_unloadable_optional_layer_is_an_error_not_ignored(dispersion_provider, tmp_path):
    """QGIS's convention (invalidSourceError): a layer that was given but cannot be loaded stops the run."""
    import processing
    from qgis.core import QgsProcessingException

    from test.fixtures.paths import SAMPLE_GPKG

    missing = tmp_path / "no_such_hotspots.gpkg"
    missing.write_text("not a GeoPackage", encoding="utf-8")  # exists, so QGIS's own value check lets it pass
    with pytest.raises(QgsProcessingException, match="HOTSPOTS|no_such_hotspots"):
        processing.run("dispersion:analyse", {
            "DISTRICTS": f"{SAMPLE_GPKG}|layername=districts", "SHELTERS": f"{SAMPLE_GPKG}|layername=shelters",
            "HOTSPOTS": str(missing), "PERMUTATIONS": 9,
            "DISTRICT_METRICS": "TEMPORARY_OUTPUT", "CITY_METRICS": "TEMPORARY_OUTPUT"})
    assert [p.name for p in tmp_path.iterdir()] == ["no_such_hotspots.gpkg"]
    # QGIS's value check catches it first on 3.22; the algorithm's own guard (a run that skips the check) too
    from qgis.core import QgsProcessingContext

    from plugin.processing.alg_analyse import AnalyseAlgorithm

    alg = _alg(AnalyseAlgorithm)
    with pytest.raises(QgsProcessingException, match="HOTSPOTS|no_such_hotspots"):
        alg.input_layer({"HOTSPOTS": str(missing)}, "HOTSPOTS", QgsProcessingContext())
    assert alg.input_layer({"HOTSPOTS": None}, "HOTSPOTS", QgsProcessingContext()) is None
