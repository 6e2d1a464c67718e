"""Language selection for messages produced by the core.

The core runs without Qt (CLI, tests), so it cannot use Qt's translator. Core
messages are catalogued here in English and German; the plugin sets the
language from QGIS's locale, the CLI from ``--lang`` or ``LANG``.
"""
from __future__ import annotations

import os
from typing import Dict

SUPPORTED = ("en", "de")
_language = "en"


def set_language(code: str) -> str:
    """Use ``code`` ("de", "de_DE", "en_US", ...) for core messages; returns the one chosen."""
    global _language
    short = (code or "en").replace("-", "_").split("_")[0].lower()
    _language = short if short in SUPPORTED else "en"
    return _language


def language() -> str:
    """Two-letter code of the language in use."""
    return _language


def language_from_environment() -> str:
    """Pick the language from LANG/LC_ALL, as a headless command would."""
    return set_language(os.environ.get("LC_ALL") or os.environ.get("LANG") or "en")


def msg(catalogue: Dict[str, Dict[str, str]], key: str, **values: object) -> str:
    """Format message ``key`` of ``catalogue`` in the current language (English fallback)."""
    entry = catalogue[key]
    template = entry.get(_language) or entry["en"]
    return template.format(**values)
