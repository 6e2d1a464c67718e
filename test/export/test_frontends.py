"""dispersion:exportmap through Processing, and the export dialog."""
from __future__ import annotations

from unittest.mock import MagicMock

import pytest
from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback, QgsProject

from plugin.qgis_adapters.loading import load_sample

pytestmark = pytest.mark.qgis


@pytest.fixture()
def provider(qgis_app, qgis_processing):
    from plugin.processing.alg_exportmap import ExportMapAlgorithm
    from plugin.processing.provider import DispersionProvider

    class TestProvider(DispersionProvider):
        def id(self):
            return "dispersion_export_test"

        def loadAlgorithms(self):  # noqa: N802
            self.addAlgorithm(ExportMapAlgorithm())

    prov = TestProvider()
    QgsApplication.processingRegistry().addProvider(prov)
    yield prov
    QgsApplication.processingRegistry().removeProvider(prov)


def test_exportmap_via_processing(provider, tmp_path):
    import processing

    project = QgsProject.instance()
    layers = load_sample(project)
    try:
        context = QgsProcessingContext()
        context.setProject(project)
        out = tmp_path / "map.pdf"
        result = processing.run("dispersion_export_test:exportmap", {
            "DISTRICTS": layers["districts"], "TITLE": "Processing", "LAYOUT": "a3_portrait", "PUBLIC": True,
            "SMALL_COUNT_THRESHOLD": 5, "ATLAS": False, "OUTPUT": str(out)}, context=context,
            feedback=QgsProcessingFeedback())
        assert out.exists() and result["PAGES"] == 1 and result["OUTPUT"] == str(out)
        assert "public" in result["LAYOUTS"]
        alg = QgsApplication.processingRegistry().algorithmById("dispersion_export_test:exportmap")
        names = [p.name() for p in alg.parameterDefinitions()]
        assert names == ["DISTRICTS", "SHELTERS", "HOTSPOTS", "SERVICES", "SUGGESTIONS", "DISTRICT_METRICS", "TITLE",
                         "LAYOUT", "PUBLIC", "SMALL_COUNT_THRESHOLD", "ATLAS", "OUTPUT"]
        assert alg.parameterDefinition("PUBLIC").defaultValue() is True
        from qgis.core import QgsProcessingException

        with pytest.raises(QgsProcessingException):
            processing.run("dispersion_export_test:exportmap", {
                "DISTRICTS": layers["districts"], "OUTPUT": str(tmp_path / "nope" / "map.pdf")}, context=context,
                feedback=QgsProcessingFeedback())
    finally:
        project.clear()


def test_dialog_exports(qgis_app, tmp_path):
    from plugin.gui.export_dialog import ExportDialog

    project = QgsProject.instance()
    load_sample(project)
    try:
        iface = MagicMock()
        dialog = ExportDialog(iface)
        assert dialog.public.isChecked() and dialog.combos["districts"].currentLayer() is not None
        dialog.output.setFilePath(str(tmp_path / "dialog.svg"))
        assert dialog.run() == str(tmp_path / "dialog.svg")
        dialog.public.setChecked(False)
        assert dialog.warning.isVisibleTo(dialog)
        dialog.output.setFilePath(str(tmp_path / "missing" / "x.pdf"))
        assert dialog.run() is None
        iface.messageBar().pushMessage.assert_called()
    finally:
        project.clear()
