"""Translation for the QGIS side: one ``tr`` with one fixed context.

A single context keeps pylupdate5 and the runtime in agreement (context
mismatches broke translations in QGIS itself). The translator follows QGIS's
locale (``locale/userLocale``) with a two-letter fallback; the core's own
message catalogue is switched to the same language.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from ..core import i18n as core_i18n

CONTEXT = "DispersionPlanner"
I18N_DIR = Path(__file__).resolve().parents[2] / "i18n"
_translator: Optional[QTranslator] = None


def tr(text: str) -> str:
    """Translate ``text`` in the plugin's context."""
    return QCoreApplication.translate(CONTEXT, text)


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
    """Load the .qm for ``locale`` (default: QGIS's) and switch the core language; returns the language."""
    global _translator
    locale = locale or qgis_locale()
    language = core_i18n.set_language(locale)
    remove_translator()
    qm = I18N_DIR / f"{language}.qm"
    if qm.exists():
        translator = QTranslator()
        if translator.load(str(qm)):
            QCoreApplication.installTranslator(translator)
            _translator = translator
    return language


def remove_translator() -> None:
    global _translator
    if _translator is not None:
        QCoreApplication.removeTranslator(_translator)
        _translator = None
