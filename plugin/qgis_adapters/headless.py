"""Start and stop QGIS without a GUI, for the headless command and scripts."""
from __future__ import annotations

import os
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def qgis_application() -> Iterator[object]:
    """A QgsApplication with providers and Processing initialised; reuses a running one."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    existing = QgsApplication.instance()
    if existing is not None:
        yield existing
        return
    app = QgsApplication([], False)
    app.initQgis()
    try:
        from processing.core.Processing import Processing

        Processing.initialize()
    except ImportError:  # Processing plugin not installed: our own provider still works
        pass
    try:
        yield app
    finally:
        app.exitQgis()
