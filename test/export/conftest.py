"""Fixtures shared by the export tests."""
import pytest


@pytest.fixture(scope="module")
def sample(qgis_app):
    """The bundled sample in a project of its own (per test module): (project, kind -> layer)."""
    from qgis.core import QgsProject

    from plugin.qgis_adapters.loading import load_sample

    project = QgsProject()
    layers = load_sample(project)
    yield project, layers
    project.clear()
