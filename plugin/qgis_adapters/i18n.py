"""Translation for the QGIS side: one ``tr`` with one fixed context.

A single context keeps pylupdate5 and the runtime in agreement (context
mismatches broke translations in QGIS itself). The translator follows QGIS's
locale (``locale/userLocale``) with a two-letter fallback. The core's messages
(codes with parameters, ``plugin.core.i18n``) are translated from the same
i18n/<lang>.ts: :func:`tr_message` renders them in the language installed here,
the front end's default (the core itself has no language switch).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from ..core import i18n as core_i18n

CONTEXT = core_i18n.CONTEXT
I18N_DIR = Path(__file__).resolve().parents[2] / "i18n"
_translator: Optional[QTranslator] = None
_language: str = core_i18n.DEFAULT_LANGUAGE


def tr(text: str) -> str:
    """Translate ``text`` in the plugin's context."""
    return QCoreApplication.translate(CONTEXT, text)


def ui_language() -> str:
    """The language the QGIS front end shows (set by :func:`install_translator`)."""
    return _language


def tr_message(value: Any, language: Optional[str] = None) -> str:
    """A core message (or any value) as text in the front end's language; why: the core returns codes, not texts."""
    return core_i18n.render(value, language or _language)


def kind_title(kind: str) -> str:
    """Display name of a contract layer kind, in the user's language."""
    return {
        "districts": tr("Districts"), "shelters": tr("Shelters (GU)"), "hotspots": tr("Community hotspots"),
        "services": tr("Services"), "candidates": tr("Candidate sites"), "rules": tr("Group rules"),
        "group_demand": tr("Group demand"),
    }.get(kind, kind)


def qgis_locale() -> str:
    """The locale QGIS uses for its interface, e.g. "de" or "en_US"."""
    settings = QgsSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        value = settings.value("locale/userLocale", "") or ""
    else:
        value = settings.value("locale/userLocale", "") or QLocale.system().name()
    return str(value) or "en"


def install_translator(locale: Optional[str] = None) -> str:
    """Load the .qm for ``locale`` (default: QGIS's) and make it the front end's language; returns the language."""
    global _translator, _language
    locale = locale or qgis_locale()
    language = _language = core_i18n.normalise_language(locale)
    remove_translator()
    qm = I18N_DIR / f"{language}.qm"
    if qm.exists():
        translator = QTranslator()
        if translator.load(str(qm)):
            QCoreApplication.installTranslator(translator)
            _translator = translator
    return language


def remove_translator() -> None:
    """Uninstall the plugin's translator (plugin unload)."""
    global _translator
    if _translator is not None:
        QCoreApplication.removeTranslator(_translator)
        _translator = None
