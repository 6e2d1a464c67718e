"""The language of one export: texts, numbers and dates on maps, legends, atlas pages and summaries.

An export may be written in another language than the QGIS interface shows
(a German page from an English QGIS, or the reverse), and from a Processing
worker thread, so it never swaps the application's translator. Instead
:func:`export_language` sets the page language for the duration of one export
(a context variable: other threads and exports are not affected), and the
export modules translate with :func:`tr` and :func:`tr_message` from here,
which read i18n/<lang>.ts through the core catalogue (the same entries Qt's
translator uses). Outside an export they follow the interface language.
"""
from __future__ import annotations

import contextvars
import datetime as _dt
import re
from contextlib import contextmanager
from typing import Any, Iterator, Optional

from ..core import i18n as core_i18n
from ..core.display import format_date, format_number
from ..qgis_adapters import i18n as ui_i18n

_LANGUAGE: contextvars.ContextVar[Optional[str]] = contextvars.ContextVar("dispersion_export_language", default=None)
LANGUAGES = ("en", "de")


def current_language() -> str:
    """The language of the export being written (else the interface language)."""
    return _LANGUAGE.get() or ui_i18n.ui_language()


@contextmanager
def export_language(language: Optional[str]) -> Iterator[str]:
    """Write the texts of one export in ``language`` (None: QGIS's interface language); yields the language used."""
    chosen = core_i18n.normalise_language(language or ui_i18n.ui_language())
    token = _LANGUAGE.set(chosen)
    try:
        yield chosen
    finally:
        _LANGUAGE.reset(token)


def tr(text: str) -> str:
    """``text`` in the export's language: the i18n/<lang>.ts entry of the plugin's context, else ``text``."""
    language = current_language()
    if _LANGUAGE.get() is None:
        return ui_i18n.tr(text)
    if language == core_i18n.DEFAULT_LANGUAGE:
        return text
    return core_i18n.translations(language).get((text, None)) or text


def tr_message(value: Any) -> str:
    """A core message, number or value as text in the export's language."""
    return core_i18n.render(value, current_language())


def number(value: float, digits: int = 0) -> str:
    """``value`` in the export's notation ("101.500", "14,8" in German)."""
    return format_number(value, digits, current_language())


def date_text(value: Any) -> str:
    """A date in the export's notation ("30.11.2026" in German, "2026-11-30" in English)."""
    return format_date(value, current_language())


def today() -> str:
    """Today's date in the export's notation."""
    return date_text(_dt.date.today())


_PLAIN_NUMBER = re.compile(r"^(-?)(\d{1,3}(?:,\d{3})*|\d+)(?:\.(\d+))?$")


def localise_number_text(text: Any) -> Any:
    """A number already written in English notation ("1,502", "12.4") in the export's notation; other values kept.

    Why: district tables of the core (core.privacy) hold counts and rates as English text.
    """
    if not isinstance(text, str):
        return text
    match = _PLAIN_NUMBER.match(text.strip())
    if match is None or current_language() == core_i18n.DEFAULT_LANGUAGE:
        return text
    sign, whole, decimals = match.groups()
    value = float(whole.replace(",", "") + ("." + decimals if decimals else ""))
    return sign + number(value, len(decimals or ""))


def kind_names() -> dict:
    """Display names of the contract layer kinds in the export's language (as the interface names them)."""
    return {
        "districts": tr("Districts"), "shelters": tr("Shelters (GU)"), "hotspots": tr("Community hotspots"),
        "services": tr("Services"), "candidates": tr("Candidate sites"), "rules": tr("Group rules"),
        "group_demand": tr("Group demand"), "suggestions": tr("Suggested placements"),
    }


def preset_labels() -> tuple:
    """The legend labels of the bundled style presets (resources/styles/*.qml, tools/build_styles.py), translated;
    why: written out here so that pylupdate keeps them in i18n/*.ts for :func:`localise_legend`."""
    return (tr("Childcare (Kita)"), tr("School"), tr("Language course"), tr("Counselling"), tr("Job centre"),
            tr("Authority"), tr("Public transport"), tr("Health"), tr("Other"), tr("< 80 % occupied"),
            tr("80 – 95 % occupied"), tr("≥ 95 % occupied"), tr("Hot spot (Gi*, p < 0.05)"),
            tr("Cold spot (Gi*, p < 0.05)"), tr("Not significant"))


def localise_legend(layer: Any) -> None:
    """Legend labels of ``layer``'s categories and classes in the export's language; why: the presets are English."""
    renderer = layer.renderer() if layer is not None else None
    if renderer is None:
        return
    english = _legend_source(layer)
    if hasattr(renderer, "categories") and hasattr(renderer, "updateCategoryLabel"):
        for i, category in enumerate(renderer.categories()):
            renderer.updateCategoryLabel(i, _legend_label(english.get(("c", i), category.label())))
    if hasattr(renderer, "ranges") and hasattr(renderer, "updateRangeLabel"):
        for i, rng in enumerate(renderer.ranges()):
            renderer.updateRangeLabel(i, _legend_label(english.get(("r", i), rng.label())))


LEGEND_SOURCE = "dispersion_planner/legend_en"  # the preset's English labels, kept when the panel shows them translated


def keep_legend_source(layer: Any) -> None:
    """Remember the English labels of a freshly loaded preset, so a later export in another language translates
    from them and not from the interface language's words."""
    renderer = layer.renderer()
    entries = [label for kind in ("categories", "ranges") if hasattr(renderer, kind)
               for label in (f"{kind[0]}|{i}|{item.label()}" for i, item in enumerate(getattr(renderer, kind)()))]
    layer.setCustomProperty(LEGEND_SOURCE, "\n".join(entries))


def _legend_source(layer: Any) -> dict:
    """(kind, index) -> English label kept by :func:`keep_legend_source`, while the classes are still the preset's."""
    renderer = layer.renderer()
    kept = str(layer.customProperty(LEGEND_SOURCE, "") or "")
    out = {}
    for line in kept.splitlines():
        kind, index, label = line.split("|", 2)
        out[(kind, int(index))] = label
    counts = {"c": len(renderer.categories()) if hasattr(renderer, "categories") else 0,
              "r": len(renderer.ranges()) if hasattr(renderer, "ranges") else 0}
    if len(out) != counts["c"] + counts["r"] or any(i >= counts[kind] for kind, i in out):
        return {}  # the classes were changed since: translate what is there
    return out


def _legend_label(label: str) -> str:
    translated = tr(label)
    if translated != label:
        return translated
    return re.sub(r"\d+(?:[.,]\d+)*", lambda m: localise_number_text(m.group(0)), label)
