"""Start and stop QGIS without a GUI, for the headless command and scripts."""
from __future__ import annotations

import os
from contextlib import contextmanager
from typing import Iterator, Optional


@contextmanager
def qgis_application(language: Optional[str] = None) -> Iterator[object]:
    """A QgsApplication with providers and Processing initialised; reuses a running one.

    ``language`` (the headless command's --lang / LANG) picks the translator for Qt-side texts and the
    front-end language; without it, QGIS's locale.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    from .i18n import install_translator

    existing = QgsApplication.instance()
    if existing is not None:
        yield existing
        return
    app = QgsApplication([], False)
    app.initQgis()
    install_translator(language)
    try:
        from processing.core.Processing import Processing

        Processing.initialize()
    except ImportError:  # Processing plugin not installed: our own provider still works
        pass
    try:
        yield app
    finally:
        app.exitQgis()
