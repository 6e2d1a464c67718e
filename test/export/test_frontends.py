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
        # issue 14 adds WORKING_CRS and the field parameters (DISTRICTS_NAME, SHELTERS_CAPACITY, ...) among these
        names = [p.name() for p in alg.parameterDefinitions()
                 if p.name() != "WORKING_CRS" and not any(p.name().startswith(k + "_") for k in
                                                          ("DISTRICTS", "SHELTERS", "HOTSPOTS", "SERVICES"))]
        assert alg.parameterDefinition("SHELTERS_CAPACITY").parentLayerParameterName() == "SHELTERS"
        assert names == ["DISTRICTS", "SHELTERS", "HOTSPOTS", "SERVICES", "SUGGESTIONS", "DISTRICT_METRICS", "TITLE",
                         "LAYOUT", "PUBLIC", "SMALL_COUNT_THRESHOLD", "ATLAS", "ALTERNATIVE", "LANGUAGE", "OUTPUT"]
        assert alg.parameterDefinition("PUBLIC").defaultValue() is True
        from qgis.core import QgsProcessingException

        # a missing output folder is made (as every algorithm's outputs); one that cannot be made is a message
        blocker = tmp_path / "a_file"
        blocker.write_text("x")
        with pytest.raises(QgsProcessingException):
            processing.run("dispersion_export_test:exportmap", {
                "DISTRICTS": layers["districts"], "OUTPUT": str(blocker / "map.pdf")}, context=context,
                feedback=QgsProcessingFeedback())
        processing.run("dispersion_export_test:exportmap", {
            "DISTRICTS": layers["districts"], "OUTPUT": str(tmp_path / "new" / "map.pdf")}, context=context,
            feedback=QgsProcessingFeedback())
        assert (tmp_path / "new" / "map.pdf").is_file()
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
        # one rule for every output (io.files.check_target): a missing folder is made, one that cannot be is a message
        dialog.output.setFilePath(str(tmp_path / "missing" / "x.pdf"))
        assert dialog.run() == str(tmp_path / "missing" / "x.pdf")
        (tmp_path / "a_file").write_text("x")
        dialog.output.setFilePath(str(tmp_path / "a_file" / "x.pdf"))
        assert dialog.run() is None
        iface.messageBar().pushMessage.assert_called()
    finally:
        project.clear()


def _click(widget) -> None:
    """Queue a click (press + release) on ``widget`` the way the window system delivers it, through its
    window: delivered only if someone processes events."""
    from qgis.PyQt.QtCore import QCoreApplication, QEvent, QPointF, Qt
    from qgis.PyQt.QtGui import QMouseEvent

    window = widget.window().windowHandle()
    pos = QPointF(widget.mapTo(widget.window(), widget.rect().center()))
    for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
        QCoreApplication.postEvent(window, QMouseEvent(kind, pos, pos, QPointF(widget.mapToGlobal(
            widget.rect().center())), Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton if kind == QEvent.Type.MouseButtonPress
            else Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier))


def test_dialog_cancel_click_reaches_a_running_atlas_export(qgis_app, tmp_path):
    """The export runs on the main thread; Cancel is clicked mid-atlas and must stop it with no file left."""
    from qgis.PyQt.QtCore import QCoreApplication
    from qgis.PyQt.QtWidgets import QDialogButtonBox, QPushButton

    from plugin.gui.export_dialog import ExportDialog

    project = QgsProject.instance()
    load_sample(project)
    try:
        iface = MagicMock()
        dialog = ExportDialog(iface)
        dialog.atlas.setChecked(True)
        dialog.layout_combo.setCurrentIndex(dialog.layout_combo.findData("a4_portrait"))
        dialog.output.setFilePath(str(tmp_path / "atlas.pdf"))
        outside = QPushButton("elsewhere in QGIS")  # stands for the main window: must not react meanwhile
        outside_clicks = []
        outside.clicked.connect(lambda: outside_clicks.append(1))
        outside.show()
        dialog.show()
        QCoreApplication.processEvents()
        cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Close)
        export = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        seen = []

        def on_progress(value):
            if dialog.feedback is None:  # (the bar is reset after the export)
                return
            seen.append((value, dialog.feedback.isCanceled(), export.isEnabled(), dialog.atlas.isEnabled(),
                         dialog.combos["districts"].isEnabled(), cancel.isEnabled(), cancel.text()))
            if len(seen) == 4:  # a few pages in: the user clicks Cancel, and something outside the dialog
                _click(cancel)
                _click(outside)
                _click(export)

        dialog.progress.valueChanged.connect(on_progress)
        try:
            assert dialog.run() is None
        finally:
            dialog.progress.valueChanged.disconnect(on_progress)
        pages = [s for s in seen if s[0] > 4]  # the pages of the atlas (after the 2 % / 4 % steps)
        assert pages and not any(s[1] for s in seen[:4]), seen
        assert seen[-1][0] < 100, "the export ran to the end despite the click"
        # while exporting: everything but Cancel is disabled
        assert all(not ok and not atlas and not combo and can and text == "Cancel"
                   for _, _, ok, atlas, combo, can, text in seen[:4]), seen
        assert outside_clicks == []
        assert list(tmp_path.iterdir()) == []  # no file, no temp part
        assert export.isEnabled() and dialog.atlas.isEnabled() and dialog.combos["districts"].isEnabled()
        assert cancel.isEnabled() and cancel.text() == "Close" and dialog.feedback is None
        assert dialog.isVisible() and dialog.result() == 0
        iface.messageBar().pushMessage.assert_called()
        # the guard is gone: the same outside click now goes through, and a new export works
        _click(outside)
        QCoreApplication.processEvents()
        assert outside_clicks == [1]
        dialog.atlas.setChecked(False)
        dialog.output.setFilePath(str(tmp_path / "map.svg"))
        assert dialog.run() == str(tmp_path / "map.svg")
        assert [p.name for p in tmp_path.iterdir()] == ["map.svg"]
        dialog.close()
        outside.close()
    finally:
        project.clear()


def _suggested(lines) -> list:
    """The numbers after 'Suggested new places:' in a page's text lines."""
    import re

    return [int(n.replace(",", "")) for n in re.findall(r"Suggested new places: ([\d,]+)", "\n".join(lines))]


def test_suggested_places_count_the_chosen_placement_only(dispersion_provider, tmp_path):
    """Issue 15: ALTERNATIVES=2 writes the suggestion and two alternatives into one layer; the map, the atlas and
    the profiles count one placement (0 by default, or the one chosen), never all three."""
    import processing
    from qgis.core import QgsVectorLayer

    from plugin.export import extract
    from test.fixtures.qgis_helpers import sample

    project = QgsProject.instance()
    layers = load_sample(project)
    try:
        result = processing.run("dispersion:suggest", {
            "DISTRICTS": sample("districts"), "SHELTERS": sample("shelters"), "CANDIDATES": sample("candidates"),
            "HOTSPOTS": sample("hotspots"), "SERVICES": sample("services"), "PLACES": 300, "MAX_PER_1000": 15,
            "MIN_SPACING_M": 500, "HOTSPOT_MAX_PLACES": 100, "SERVICE_CATEGORIES": "kita,school",
            "SERVICE_MAX_DISTANCE_M": 1500, "ALTERNATIVES": 2, "SUGGESTIONS": str(tmp_path / "s.gpkg"),
            "DISTRICT_METRICS_AFTER": str(tmp_path / "after.gpkg")})
        suggestions = QgsVectorLayer(result["SUGGESTIONS"], "suggestions", "ogr")
        places = {}
        for f in suggestions.getFeatures():
            places[f["alternative"]] = places.get(f["alternative"], 0) + f["places"]
        assert sorted(places) == [0, 1, 2] and places[0] == 300
        planned = sum(f["capacity"] for f in layers["shelters"].getFeatures() if f["status"] == "planned")
        base = {"DISTRICTS": layers["districts"], "SHELTERS": layers["shelters"], "SUGGESTIONS": suggestions}

        for public in (True, False):
            out = tmp_path / f"map_{public}.pdf"
            processing.run("dispersion:exportmap", dict(base, PUBLIC=public, OUTPUT=str(out)))
            assert _suggested(extract.pdf_all_text(out.read_bytes()).splitlines()) == [300 + planned], public

        # internal atlas: the summary page's total and the district pages' profiles add up to one placement
        out = tmp_path / "atlas.pdf"
        processing.run("dispersion:exportmap", dict(base, PUBLIC=False, ATLAS=True, OUTPUT=str(out)))
        pages = extract.pdf_text(out.read_bytes())
        assert _suggested(pages[0]) == [300 + planned]
        by_district = [n for page in pages[1:] for n in _suggested(page)]
        assert sum(by_district) == 300 + planned and len(by_district) >= 2

        # the planner may choose an alternative instead (ALTERNATIVE); one that is not there is a message
        from qgis.core import QgsProcessingException

        from plugin.core.errors import InputError
        from plugin.export.insek import export_insek

        out = tmp_path / "alt.pdf"
        processing.run("dispersion:exportmap", dict(base, PUBLIC=False, ALTERNATIVE=2, OUTPUT=str(out)))
        assert _suggested(extract.file_text(str(out)).splitlines()) == [places[2] + planned]
        with pytest.raises(QgsProcessingException, match="no placement 3"):
            processing.run("dispersion:exportmap", dict(base, ALTERNATIVE=3, OUTPUT=str(tmp_path / "none.pdf")))
        with pytest.raises(InputError, match="no placement 3"):
            export_insek(dict(base_layers(layers), suggestions=suggestions), str(tmp_path / "none.pdf"), "X",
                         alternative=3)
        assert not (tmp_path / "none.pdf").exists()
        assert suggestions.subsetString() == ""  # the planner's layer keeps its (absent) filter
    finally:
        project.clear()


def base_layers(layers) -> dict:
    return {"districts": layers["districts"], "shelters": layers["shelters"]}


def test_dialog_offers_the_placements_of_the_suggestions_layer(qgis_app, tmp_path):
    from shapely.geometry import Point

    from plugin.export import extract
    from plugin.gui.export_dialog import ExportDialog
    from plugin.qgis_adapters.layers import memory_layer

    project = QgsProject.instance()
    layers = load_sample(project)
    try:
        centre = next(layers["districts"].getFeatures()).geometry().pointOnSurface().asPoint()
        rows = [({"site_id": f"c{k}", "places": 10 * (k + 1), "alternative": k}, Point(centre.x(), centre.y()))
                for k in range(3)]
        suggestions = memory_layer("suggestions", "point", layers["districts"].crs().authid(),
                                   [("site_id", "text"), ("places", "int"), ("alternative", "int")], rows)
        project.addMapLayer(suggestions)
        dialog = ExportDialog(MagicMock())
        dialog.combos["suggestions"].setLayer(suggestions)
        assert dialog.alternative.isEnabled() and dialog.alternative.maximum() == 2
        assert dialog.alternative.value() == 0 and dialog.alternative.text() == "the suggestion"
        dialog.alternative.setValue(1)
        dialog.public.setChecked(False)
        dialog.output.setFilePath(str(tmp_path / "alt.svg"))
        assert dialog.run() == str(tmp_path / "alt.svg")
        assert "Suggested new places: 20" in extract.file_text(str(tmp_path / "alt.svg"))
        dialog.combos["suggestions"].setLayer(None)
        assert not dialog.alternative.isEnabled() and dialog.alternative.value() == 0
        dialog.close()
    finally:
        project.clear()
