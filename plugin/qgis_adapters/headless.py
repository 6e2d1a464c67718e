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

    from ..core import i18n
    from .i18n import install_translator

    existing = QgsApplication.instance()
    if existing is not None:
        yield existing
        return
    app = QgsApplication([], False)
    app.initQgis()
    install_translator(i18n.language())  # the headless command's --lang / LANG, for Qt-side texts too
    try:
        from processing.core.Processing import Processing

        Processing.initialize()
    except ImportError:  # Processing plugin not installed: our own provider still works
        pass
    try:
        yield app
    finally:
        app.exitQgis()
