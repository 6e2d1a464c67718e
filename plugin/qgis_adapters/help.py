"""The bundled user guide: where it lies and how a dialog or a Processing algorithm opens it.

It lives in qgis_adapters (not gui) because nothing here is GUI-only: Processing's helpUrl() uses help_url too.

The guide ships in the plugin zip (resources/help/<language>/index.html, one shared
help.css, no scripts, no external links), so it works offline from file://. Each
topic has a fixed anchor (SECTIONS) that dialogs and Processing help link to;
test/qgis/test_help.py checks that every anchor exists in every language.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

HELP_DIR = Path(__file__).resolve().parents[2] / "resources" / "help"
LANGUAGES = ("de", "en")
FALLBACK_LANGUAGE = "en"
# Anchors every language of the guide provides (the page's sections).
SECTIONS = ("about", "planning-set", "field-mapping", "import", "analysis", "placement", "capacity", "kita-access",
            "export", "privacy", "processing", "troubleshooting")


def _ui_language() -> str:
    """QGIS's interface language ("de_DE" -> "de"); English when QGIS cannot be asked."""
    try:
        from .i18n import qgis_locale
        return qgis_locale()
    except Exception:  # noqa: BLE001 - no QGIS settings (e.g. a script without an application): use English
        return FALLBACK_LANGUAGE


def help_path(language: Optional[str] = None) -> Path:
    """The guide's page for ``language`` (a code like "de" or "de_DE"; default: the QGIS interface language).

    Languages the guide is not written in fall back to English, so a Help button always opens a page.
    """
    code = (language or _ui_language() or FALLBACK_LANGUAGE).replace("-", "_").split("_")[0].lower()
    page = HELP_DIR / code / "index.html"
    if code not in LANGUAGES or not page.is_file():
        page = HELP_DIR / FALLBACK_LANGUAGE / "index.html"
    return page


def help_url(section: str = "", language: Optional[str] = None) -> str:
    """file:// URL of the bundled guide in the UI language (English fallback), at ``section`` if given.

    ``section`` is one of SECTIONS (with or without a leading "#"); an unknown one raises ValueError so that a
    mistyped anchor is found by the caller's test rather than by a planner landing at the top of the page.
    """
    anchor = (section or "").lstrip("#")
    if anchor and anchor not in SECTIONS:
        raise ValueError(f"unknown help section {section!r}; known: {', '.join(SECTIONS)}")
    url = help_path(language).as_uri()
    return f"{url}#{anchor}" if anchor else url


def open_help(section: str = "", language: Optional[str] = None) -> bool:
    """Open the guide at ``section`` in the system's browser (what a dialog's Help button calls).

    Returns whether the desktop accepted the URL; when it did not, the QGIS log says where the guide lies.
    """
    from qgis.PyQt.QtCore import QUrl
    from qgis.PyQt.QtGui import QDesktopServices

    url = help_url(section, language)
    opened = bool(QDesktopServices.openUrl(QUrl(url)))
    if not opened:
        from qgis.core import Qgis

        from .i18n import tr
        from .log import log
        log(tr("The user guide could not be opened in a browser; open it by hand: {url}").format(url=url),
            Qgis.MessageLevel.Warning)
    return opened
