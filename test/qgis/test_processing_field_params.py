"""Issue 14, points 3 and 6: explicit field parameters and the working CRS in Processing.

A small German copy of the sample (``Stadtteil_Nr``, ``Einwohner``, ``Nr.``, ``Kapazität`` ...) and one with
names no guess knows are analysed with guessed and with explicit field parameters; both must give the
sample-named run's numbers. A bad explicit field is a clear error, the hidden layer property is ignored,
WORKING_CRS is respected, and the working CRS rule picks the project's or the data's UTM zone.
"""
from __future__ import annotations

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)

from test.fixtures.paths import SAMPLE_GPKG
from test.fixtures.qgis_helpers import qgis_process, sample, system_env

GERMAN = {  # sample field -> German name the guess knows
    "districts": {"district_id": "Stadtteil_Nr", "name": "Stadtteil", "population": "Einwohner"},
    "shelters": {"shelter_id": "Nr.", "name": "Bezeichnung", "capacity": "Kapazität", "occupied": "Belegt",
                 "operator": "Träger_in", "group_label": "Gruppe", "status": "Status"},
    "candidates": {"site_id": "Flaeche_Nr", "name": "Bezeichnung", "min_places": "Plaetze_min",
                   "max_places": "Plaetze_max", "module": "Modul", "cost_per_place": "Kosten_pro_Platz"},
}
OBSCURE = {  # names no alias matches: only explicit field parameters map them
    "districts": {"district_id": "Schluessel", "name": "Gebiet", "population": "EW_2023"},
    "shelters": {"shelter_id": "Objekt-Nr", "name": "Titel_intern", "capacity": "Kap", "occupied": "Pers"},
    "candidates": {"site_id": "Parzelle", "name": "Lage", "min_places": "Untergrenze", "max_places": "Obergrenze",
                   "module": "Raster", "cost_per_place": "EUR_je_Platz"},
}


def _copy(tmp_path, table: str, renames: dict, name: str) -> str:
    """The sample's ``table`` with fields renamed, as a layer of a GeoPackage in tmp_path (the URI)."""
    from osgeo import gdal

    path = tmp_path / f"{name}.gpkg"
    columns = ", ".join(f'"{src}" AS "{dst}"' for src, dst in renames.items())
    gdal.VectorTranslate(str(path), str(SAMPLE_GPKG), format="GPKG", layerName=table,
                         SQLStatement=f"SELECT {columns}, geom FROM {table}", SQLDialect="SQLite",
                         accessMode="append" if path.exists() else None)
    return f"{path}|layername={table}"


@pytest.fixture(scope="module")
def own(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("own")
    return {"german": {k: _copy(tmp, k, GERMAN[k], "german") for k in ("districts", "shelters", "candidates")},
            "obscure": {k: _copy(tmp, k, OBSCURE[k], "obscure") for k in ("districts", "shelters", "candidates")}}


def _analyse(tmp_path, districts, shelters, tag, **extra):
    import processing

    result = processing.run("dispersion:analyse", dict({
        "DISTRICTS": districts, "SHELTERS": shelters, "PERMUTATIONS": 99, "SEED": 1,
        "DISTRICT_METRICS": str(tmp_path / f"dm_{tag}.gpkg"), "CITY_METRICS": str(tmp_path / f"city_{tag}.csv")}, **extra))
    dm = QgsVectorLayer(result["DISTRICT_METRICS"], "dm", "ogr")
    city = QgsVectorLayer(result["CITY_METRICS"], "c", "ogr")
    per = {str(f["district_id"]): (f["places"], round(f["per_1000"] or 0, 9), round(f["gi_star_z"] or 0, 9))
           for f in dm.getFeatures()}
    metrics = {f["metric"]: f["value"] for f in city.getFeatures()}
    return per, {k: metrics[k] for k in ("places_total", "population_total", "gini", "moran_i", "theil")}, dm.crs().authid()


def _explicit(layer_key: str, mapping: dict) -> dict:
    return {f"{layer_key}_{field.upper()}": source for field, source in mapping.items()}


def test_guessed_and_explicit_give_the_sample_numbers(dispersion_provider, tmp_path, own):
    want = _analyse(tmp_path, sample("districts"), sample("shelters"), "sample")
    assert want[1]["places_total"] not in (None, "", "0")
    guessed = _analyse(tmp_path, own["german"]["districts"], own["german"]["shelters"], "german")
    explicit = _analyse(tmp_path, own["german"]["districts"], own["german"]["shelters"], "german_explicit",
                        **_explicit("DISTRICTS", GERMAN["districts"]), **_explicit("SHELTERS", GERMAN["shelters"]))
    obscure = _analyse(tmp_path, own["obscure"]["districts"], own["obscure"]["shelters"], "obscure",
                       **_explicit("DISTRICTS", OBSCURE["districts"]), **_explicit("SHELTERS", OBSCURE["shelters"]))
    assert guessed == want
    assert explicit == want
    assert obscure == want


def test_one_normalisation_rule_for_explicit_names(dispersion_provider, tmp_path, own):
    """'Nr' names the column 'Nr.' (parsing.normalise_name), as in the dialogs; 'kapazitaet' names 'Kapazität'."""
    want = _analyse(tmp_path, sample("districts"), sample("shelters"), "sample")
    got = _analyse(tmp_path, own["german"]["districts"], own["german"]["shelters"], "norm",
                   SHELTERS_SHELTER_ID="Nr", SHELTERS_CAPACITY="KAPAZITÄT")
    assert got == want


def test_places_field_and_explicit_parameter_agree(dispersion_provider, tmp_path, own):
    """PLACES_FIELD (kept for scripts) counting occupied places works with explicit parameters beside it."""
    want = _analyse(tmp_path, sample("districts"), sample("shelters"), "occ_sample", PLACES_FIELD="occupied")
    got = _analyse(tmp_path, own["obscure"]["districts"], own["obscure"]["shelters"], "occ_obscure",
                   PLACES_FIELD="Pers", **_explicit("DISTRICTS", OBSCURE["districts"]),
                   **_explicit("SHELTERS", OBSCURE["shelters"]))
    assert got == want


def test_bad_explicit_field_names_layer_parameter_and_field(dispersion_provider, tmp_path, own):
    with pytest.raises(QgsProcessingException) as err:
        _analyse(tmp_path, own["german"]["districts"], own["german"]["shelters"], "bad", SHELTERS_CAPACITY="Plaetze_gesamt")
    text = str(err.value)
    assert "Plaetze_gesamt" in text and "SHELTERS_CAPACITY" in text and "capacity" in text
    assert "shelters" in text  # the layer (its table name)
    assert "Kapazität" in text  # the fields it has


def test_hidden_layer_property_is_ignored(dispersion_provider, tmp_path, own):
    """A mapping stored on the layer (the old hidden property) no longer changes what Processing reads."""
    from plugin.qgis_adapters.layers import store_field_map

    want = _analyse(tmp_path, sample("districts"), sample("shelters"), "sample")
    shelters = QgsVectorLayer(own["german"]["shelters"], "Unterkünfte", "ogr")
    districts = QgsVectorLayer(own["german"]["districts"], "Stadtteile", "ogr")
    store_field_map(shelters, "shelters", {"capacity": "Belegt"})  # would count occupied places
    assert _analyse(tmp_path, districts, shelters, "hidden") == want


def test_working_crs_parameter(dispersion_provider, tmp_path, own):
    default = _analyse(tmp_path, sample("districts"), sample("shelters"), "crs_default")
    assert default[2] == "EPSG:25832"  # no project CRS: the sample's UTM zone
    other = _analyse(tmp_path, sample("districts"), sample("shelters"), "crs_31467", WORKING_CRS="EPSG:31467")
    assert other[2] == "EPSG:31467"
    assert other[1]["places_total"] == default[1]["places_total"]
    with pytest.raises(QgsProcessingException, match="EPSG:4326"):
        _analyse(tmp_path, sample("districts"), sample("shelters"), "crs_4326", WORKING_CRS="EPSG:4326")


def test_field_parameters_have_their_parent_layer(dispersion_provider):
    """In the model builder each field parameter hangs on its layer (its widget lists that layer's fields)."""
    from qgis.core import QgsApplication, QgsProcessingParameterCrs, QgsProcessingParameterField

    from plugin.core.contract import LAYERS

    expected = {"dispersion:analyse": ("DISTRICTS", "SHELTERS", "HOTSPOTS", "SERVICES"),
                "dispersion:suggest": ("DISTRICTS", "SHELTERS", "CANDIDATES", "HOTSPOTS", "SERVICES"),
                "dispersion:exportmap": ("DISTRICTS", "SHELTERS", "HOTSPOTS", "SERVICES")}
    for alg_id, layer_keys in expected.items():
        alg = QgsApplication.processingRegistry().algorithmById(alg_id)
        for key in layer_keys:
            for spec in LAYERS[key.lower()].fields:
                definition = alg.parameterDefinition(f"{key}_{spec.name.upper()}")
                assert isinstance(definition, QgsProcessingParameterField), (alg_id, key, spec.name)
                assert definition.parentLayerParameterName() == key
                assert key in definition.dependsOnOtherParameters()
                assert definition.flags() & definition.FlagOptional
        assert isinstance(alg.parameterDefinition("WORKING_CRS"), QgsProcessingParameterCrs)


def test_model_with_explicit_field_parameters(dispersion_provider, qgis_new_project, tmp_path, own):
    """A model passes the field parameters to its analyse step and gets the sample's numbers."""
    import processing
    from qgis.core import (
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelChildParameterSource,
        QgsProcessingModelOutput,
        QgsProcessingModelParameter,
        QgsProcessingParameterVectorLayer,
    )

    from test.qgis.test_model_builder import with_defaults

    model = QgsProcessingModelAlgorithm("German analysis", "dispersion")
    for name in ("districts", "shelters"):
        model.addModelParameter(QgsProcessingParameterVectorLayer(name, name), QgsProcessingModelParameter(name))
    child = QgsProcessingModelChildAlgorithm("dispersion:analyse")
    child.setChildId("analyse")
    child.addParameterSources("DISTRICTS", [QgsProcessingModelChildParameterSource.fromModelParameter("districts")])
    child.addParameterSources("SHELTERS", [QgsProcessingModelChildParameterSource.fromModelParameter("shelters")])
    for key, value in {"PERMUTATIONS": 99, "SEED": 1, **_explicit("DISTRICTS", OBSCURE["districts"]),
                       **_explicit("SHELTERS", OBSCURE["shelters"])}.items():
        child.addParameterSources(key, [QgsProcessingModelChildParameterSource.fromStaticValue(value)])
    outputs = {}
    for key in ("DISTRICT_METRICS", "CITY_METRICS"):
        output = QgsProcessingModelOutput(key.lower())
        output.setChildId("analyse")
        output.setChildOutputName(key)
        outputs[key.lower()] = output
    child.setModelOutputs(outputs)
    model.addChildAlgorithm(with_defaults(child))
    ok, errors = model.validate()
    assert ok, errors
    result = processing.run(model, {"districts": own["obscure"]["districts"], "shelters": own["obscure"]["shelters"],
                                    "analyse:district_metrics": str(tmp_path / "m_dm.gpkg"),
                                    "analyse:city_metrics": str(tmp_path / "m_city.csv")})
    city = QgsVectorLayer(str(tmp_path / "m_city.csv"), "c", "ogr")
    assert result
    got = {f["metric"]: f["value"] for f in city.getFeatures()}
    want = _analyse(tmp_path, sample("districts"), sample("shelters"), "sample")[1]
    assert {k: got[k] for k in want} == want


def test_planning_set_gives_the_defaults(dispersion_provider, qgis_new_project, own):
    """With a planning set in the project, the layer parameters default to its layers, the field parameters
    to its mapping; a new project without one leaves them empty."""
    planning = pytest.importorskip("plugin.qgis_adapters.planning_set")
    from plugin.processing.alg_analyse import AnalyseAlgorithm

    project = QgsProject.instance()
    districts = QgsVectorLayer(own["obscure"]["districts"], "Gebiete", "ogr")
    shelters = QgsVectorLayer(own["obscure"]["shelters"], "Heime", "ogr")
    project.addMapLayers([districts, shelters])
    try:
        alg = AnalyseAlgorithm()
        alg.initAlgorithm({})
        assert alg.parameterDefinition("DISTRICTS").defaultValue() in (None, "")
        assert alg.parameterDefinition("SHELTERS_CAPACITY").defaultValue() in (None, "")
        ps = planning.load_planning_set(project)
        ps.set("districts", districts, OBSCURE["districts"])
        ps.set("shelters", shelters, OBSCURE["shelters"])
        planning.save_planning_set(ps, project)
        alg = AnalyseAlgorithm()
        alg.initAlgorithm({})
        assert alg.parameterDefinition("DISTRICTS").defaultValue() == districts.id()
        assert alg.parameterDefinition("SHELTERS").defaultValue() == shelters.id()
        assert alg.parameterDefinition("SHELTERS_CAPACITY").defaultValue() == "Kap"
        assert alg.parameterDefinition("DISTRICTS_POPULATION").defaultValue() == "EW_2023"
        assert alg.parameterDefinition("HOTSPOTS").defaultValue() in (None, "")
    finally:
        project.removeEntry("dispersion_planner", "planning_set")
        project.removeMapLayers([districts.id(), shelters.id()])


def test_planning_set_default_field_missing_in_another_layer_falls_back_to_the_guess(dispersion_provider, tmp_path, own):
    """A planning-set default field that the chosen (other) layer lacks is not an error: the guess fills it."""
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    from plugin.processing.alg_analyse import AnalyseAlgorithm

    alg = AnalyseAlgorithm()
    alg.initAlgorithm({})
    alg.parameterDefinition("SHELTERS_CAPACITY").setDefaultValue("Kap")  # as from a planning set
    layer = QgsVectorLayer(own["german"]["shelters"], "Unterkünfte", "ogr")
    feedback = QgsProcessingFeedback()
    mapping = alg.field_map({"SHELTERS": layer}, QgsProcessingContext(), "SHELTERS", "shelters", layer, feedback)
    assert "capacity" not in mapping
    with pytest.raises(QgsProcessingException, match="Kap"):
        alg.field_map({"SHELTERS": layer, "SHELTERS_CAPACITY": "Kap"}, QgsProcessingContext(), "SHELTERS", "shelters",
                      layer, feedback)


def test_qgis_process_with_explicit_field_parameters(own, tmp_path):
    """One real qgis_process run (system Python): explicit field parameters on names no guess knows."""
    env = system_env(tmp_path)
    enabled = qgis_process(["plugins", "enable", "dispersion_planner"], env)
    assert enabled.returncode == 0, enabled.stdout + enabled.stderr
    city = tmp_path / "city_qp.csv"
    args = ["run", "dispersion:analyse", "--", f"DISTRICTS={own['obscure']['districts']}",
            f"SHELTERS={own['obscure']['shelters']}", "PERMUTATIONS=99", "SEED=1",
            f"DISTRICT_METRICS={tmp_path / 'dm_qp.gpkg'}", f"CITY_METRICS={city}", "WORKING_CRS=EPSG:25832"]
    args += [f"{k}={v}" for k, v in {**_explicit("DISTRICTS", OBSCURE["districts"]),
                                     **_explicit("SHELTERS", OBSCURE["shelters"])}.items()]
    run = qgis_process(args, env)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    got = {f["metric"]: f["value"] for f in QgsVectorLayer(str(city), "c", "ogr").getFeatures()}
    import processing

    want = {f["metric"]: f["value"] for f in QgsVectorLayer(processing.run("dispersion:analyse", {
        "DISTRICTS": sample("districts"), "SHELTERS": sample("shelters"), "PERMUTATIONS": 99, "SEED": 1,
        "DISTRICT_METRICS": str(tmp_path / "dm_s.gpkg"), "CITY_METRICS": str(tmp_path / "city_s.csv")})["CITY_METRICS"],
        "c", "ogr").getFeatures()}
    for key in ("places_total", "population_total", "gini", "moran_i"):
        assert got[key] == want[key], key


# ----------------------------------------------------------------------------- the working CRS rule

def _points(lon: float, lat: float) -> QgsVectorLayer:
    layer = QgsVectorLayer("Point?crs=EPSG:4326", "p", "memory")
    feats = []
    for dx, dy in ((0, 0), (0.05, 0.03)):
        f = QgsFeature()
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(lon + dx, lat + dy)))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    layer.updateExtents()
    return layer


@pytest.fixture
def project():
    p = QgsProject()
    yield p
    p.clear()


def test_working_crs_rule(qgis_app, project):
    from plugin.qgis_adapters.working_crs import working_crs, working_crs_text

    project.setCrs(QgsCoordinateReferenceSystem("EPSG:25833"))
    assert working_crs_text([_points(7.77, 49.44)], project) == "EPSG:25833"  # the project's metric CRS
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    assert working_crs_text([_points(7.77, 49.44)], project) == "EPSG:25832"  # Kaiserslautern
    assert working_crs_text([_points(13.7, 51.05)], project) == "EPSG:25833"  # Dresden
    assert working_crs_text([_points(-74.0, 40.7)], project) == "EPSG:32618"  # New York
    assert working_crs_text([_points(151.2, -33.9)], project) == "EPSG:32756"  # Sydney
    assert working_crs_text([None, _points(13.7, 51.05)], project) == "EPSG:25833"
    assert working_crs_text([], project) == "EPSG:25832"  # nothing to go by: DEFAULT_CRS
    assert working_crs_text([], project, lonlat=(13.7, 51.05)) == "EPSG:25833"
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:3857"))  # an OSM background's CRS measures badly
    assert working_crs_text([_points(-74.0, 40.7)], project) == "EPSG:32618"
    # the override wins, as a CRS or as text
    assert working_crs_text([_points(-74.0, 40.7)], project, "EPSG:25832") == "EPSG:25832"
    assert working_crs([_points(-74.0, 40.7)], project, QgsCoordinateReferenceSystem("EPSG:31467")).authid() == "EPSG:31467"
    assert working_crs_text([_points(13.7, 51.05)], project, "") == "EPSG:25833"  # empty text: no override


def test_geographic_override_is_a_clear_error(qgis_app, project):
    from plugin.core.errors import InputError
    from plugin.qgis_adapters.working_crs import working_crs

    with pytest.raises(InputError, match="EPSG:4326.*metres"):
        working_crs([_points(7.77, 49.44)], project, "EPSG:4326")
    with pytest.raises(InputError, match="metres"):
        working_crs([], project, "EPSG:2249")  # Massachusetts State Plane in US feet


def test_layers_in_other_crs_and_zone_edges(qgis_app, project):
    """The centre is taken in degrees whatever the layers' CRS; data across two zones goes by its centre."""
    from plugin.qgis_adapters.working_crs import working_crs_text

    dresden_utm = QgsVectorLayer("Point?crs=EPSG:25833", "d", "memory")
    f = QgsFeature()
    f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(411000, 5655000)))  # Dresden in zone 33 metres
    dresden_utm.dataProvider().addFeatures([f])
    dresden_utm.updateExtents()
    assert working_crs_text([dresden_utm], project) == "EPSG:25833"
    assert working_crs_text([_points(11.5, 50.0), _points(12.6, 50.0)], project) == "EPSG:25833"  # centre 12.05°E


def test_importcsv_flags_rows_outside_the_districts(dispersion_provider, tmp_path):
    """dispersion:importcsv with DISTRICTS: a list that is entirely in another town is flagged row by row."""
    import processing

    path = tmp_path / "frankfurt.csv"
    path.write_text("Nr;Name;Plätze;belegt;Breite;Länge\n"
                    + "".join(f"F{i};X;10;5;{50.11 + i / 100:.2f};{8.68 + i / 100:.2f}\n" for i in range(4)),
                    encoding="utf-8")
    alone = processing.run("dispersion:importcsv", {"INPUT": str(path), "KIND": "shelters",
                                                    "OUTPUT": str(tmp_path / "alone.gpkg")})
    flags = [f["import_flags"] for f in QgsVectorLayer(alone["OUTPUT"], "a", "ogr").getFeatures()]
    assert not any(flags)
    checked = processing.run("dispersion:importcsv", {"INPUT": str(path), "KIND": "shelters",
                                                      "DISTRICTS": sample("districts"),
                                                      "OUTPUT": str(tmp_path / "checked.gpkg")})
    flags = [f["import_flags"] for f in QgsVectorLayer(checked["OUTPUT"], "c", "ogr").getFeatures()]
    assert flags == ["far outside the districts"] * 4


def test_exportmap_with_explicit_field_parameters(dispersion_provider, qgis_new_project, tmp_path, own):
    """exportmap reads names no guess knows through its field parameters (the INSEK export gets the mapping
    of the run, never the hidden property), in the WORKING_CRS given."""
    import processing

    out = tmp_path / "obscure.pdf"
    params = {"DISTRICTS": own["obscure"]["districts"], "SHELTERS": own["obscure"]["shelters"], "TITLE": "Eigene Daten",
              "PUBLIC": True, "OUTPUT": str(out), "LANGUAGE": "de"}
    with pytest.raises(QgsProcessingException):  # without the mapping the districts have no id
        processing.run("dispersion:exportmap", dict(params, OUTPUT=str(tmp_path / "unmapped.pdf")))
    result = processing.run("dispersion:exportmap", dict(params, WORKING_CRS="EPSG:25832",
                                                         **_explicit("DISTRICTS", OBSCURE["districts"]),
                                                         **_explicit("SHELTERS", OBSCURE["shelters"])))
    assert out.exists() and out.stat().st_size > 10_000 and result["PAGES"] == 1


def test_exportmap_draws_in_the_working_crs(dispersion_provider, qgis_new_project, tmp_path):
    import processing
    from qgis.core import QgsLayoutItemMap

    result = processing.run("dispersion:exportmap", {"DISTRICTS": sample("districts"), "TITLE": "CRS",
                                                     "OUTPUT": str(tmp_path / "crs.pdf"), "WORKING_CRS": "EPSG:31467"})
    manager = QgsProject.instance().layoutManager()
    layout = manager.layoutByName(result["LAYOUTS"].split("; ")[0])
    assert layout is not None
    maps = [item for item in layout.items() if isinstance(item, QgsLayoutItemMap)]
    assert maps and maps[0].crs().authid() == "EPSG:31467"


def _suggest(tmp_path, layers, tag, **extra):
    import processing

    result = processing.run("dispersion:suggest", dict({
        "DISTRICTS": layers["districts"], "SHELTERS": layers["shelters"], "CANDIDATES": layers["candidates"],
        "PLACES": 200, "MAX_PER_1000": 15.0, "MIN_SPACING_M": 500.0, "TIME_LIMIT_S": 20.0,
        "SUGGESTIONS": str(tmp_path / f"s_{tag}.gpkg"), "DISTRICT_METRICS_AFTER": str(tmp_path / f"a_{tag}.gpkg")},
        **extra))
    sites = QgsVectorLayer(result["SUGGESTIONS"], "s", "ogr")
    return result["STATUS"], sorted((str(f["site_id"]), f["places"]) for f in sites.getFeatures())


def test_suggest_with_german_and_explicit_names(dispersion_provider, tmp_path, own):
    want = _suggest(tmp_path, {k: sample(k) for k in ("districts", "shelters", "candidates")}, "sample")
    assert want[0] == "optimal" and want[1]
    assert _suggest(tmp_path, own["german"], "german") == want
    explicit = {**_explicit("DISTRICTS", OBSCURE["districts"]), **_explicit("SHELTERS", OBSCURE["shelters"]),
                **_explicit("CANDIDATES", OBSCURE["candidates"])}
    assert _suggest(tmp_path, own["obscure"], "obscure", **explicit) == want
