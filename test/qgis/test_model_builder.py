"""The algorithms work as steps of a model (the model builder): analyse feeds its metrics into exportmap."""
from qgis.core import (
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelParameter,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterVectorLayer,
)

from test.fixtures.paths import SAMPLE_GPKG


def with_defaults(child: QgsProcessingModelChildAlgorithm) -> QgsProcessingModelChildAlgorithm:
    """What the model builder's dialog does: every parameter left alone keeps its default value."""
    from qgis.core import QgsApplication

    alg = QgsApplication.processingRegistry().algorithmById(child.algorithmId())
    for definition in alg.parameterDefinitions():
        if definition.name() not in child.parameterSources() and not definition.isDestination():
            child.addParameterSources(definition.name(),
                                      [QgsProcessingModelChildParameterSource.fromStaticValue(definition.defaultValue())])
    return child


def build_model() -> QgsProcessingModelAlgorithm:
    model = QgsProcessingModelAlgorithm("INSEK pipeline", "dispersion")
    for name in ("districts", "shelters"):
        model.addModelParameter(QgsProcessingParameterVectorLayer(name, name), QgsProcessingModelParameter(name))
    model.addModelParameter(QgsProcessingParameterFileDestination("map", "map", "PDF (*.pdf)"),
                            QgsProcessingModelParameter("map"))
    analyse = QgsProcessingModelChildAlgorithm("dispersion:analyse")
    analyse.setChildId("analyse")
    analyse.addParameterSources("DISTRICTS", [QgsProcessingModelChildParameterSource.fromModelParameter("districts")])
    analyse.addParameterSources("SHELTERS", [QgsProcessingModelChildParameterSource.fromModelParameter("shelters")])
    analyse.addParameterSources("PERMUTATIONS", [QgsProcessingModelChildParameterSource.fromStaticValue(99)])
    model.addChildAlgorithm(with_defaults(analyse))
    export = QgsProcessingModelChildAlgorithm("dispersion:exportmap")
    export.setChildId("export")
    export.addParameterSources("DISTRICTS", [QgsProcessingModelChildParameterSource.fromModelParameter("districts")])
    export.addParameterSources("DISTRICT_METRICS", [QgsProcessingModelChildParameterSource.fromChildOutput("analyse", "DISTRICT_METRICS")])
    export.addParameterSources("TITLE", [QgsProcessingModelChildParameterSource.fromStaticValue("Model INSEK")])
    export.addParameterSources("PUBLIC", [QgsProcessingModelChildParameterSource.fromStaticValue(True)])
    export.addParameterSources("OUTPUT", [QgsProcessingModelChildParameterSource.fromModelParameter("map")])
    model.addChildAlgorithm(with_defaults(export))
    return model


def test_model_runs_analyse_then_exportmap(dispersion_provider, qgis_new_project, tmp_path):
    import processing

    model = build_model()
    ok, errors = model.validate()
    assert ok, errors
    out = tmp_path / "model_map.pdf"
    processing.run(model, {"districts": f"{SAMPLE_GPKG}|layername=districts",
                                    "shelters": f"{SAMPLE_GPKG}|layername=shelters", "map": str(out)})
    assert out.exists() and out.stat().st_size > 10_000
