"""Plain-language readings of the dispersion figures, in English and German.

Planners read these lines in the report and the dialog; they say what a
number means for the question "is accommodation concentrated?", not how it
is computed. Thresholds are conventional reading aids, not legal limits.
"""
from __future__ import annotations

import math
from typing import Any, Dict, Mapping, Optional

from ..i18n import language, msg

MESSAGES: Dict[str, Dict[str, str]] = {
    # -- levels used inside sentences
    "level_even": {"en": "fairly evenly spread", "de": "recht gleichmäßig verteilt"},
    "level_moderate": {"en": "moderately concentrated", "de": "mäßig konzentriert"},
    "level_concentrated": {"en": "concentrated", "de": "deutlich konzentriert"},
    "level_strong": {"en": "strongly concentrated", "de": "stark konzentriert"},
    # -- one line per metric
    "per_1000_city": {
        "en": "{value} places per 1,000 residents citywide ({places} places, {population} residents).",
        "de": "Stadtweit {value} Plätze je 1.000 Einwohner ({places} Plätze, {population} Einwohner).",
    },
    "gini": {
        "en": "Gini {value}: accommodation is {level} across districts, relative to where people live (0 = every district carries places in proportion to its residents, 1 = all places in one district).",
        "de": "Gini {value}: Die Unterbringung ist im Verhältnis zur Einwohnerzahl {level} (0 = jeder Stadtteil trägt Plätze entsprechend seiner Einwohner, 1 = alle Plätze in einem Stadtteil).",
    },
    "dissimilarity": {
        "en": "Dissimilarity {value}: {percent} of places would have to move to another district for every district to carry the same places per resident.",
        "de": "Dissimilaritätsindex {value}: {percent} der Plätze müssten in einen anderen Stadtteil verlagert werden, damit alle Stadtteile gleich viele Plätze je Einwohner tragen.",
    },
    "hoover": {
        "en": "Hoover {value}: the same reading as the dissimilarity index ({percent} of places would have to move).",
        "de": "Hoover-Index {value}: gleiche Aussage wie der Dissimilaritätsindex ({percent} der Plätze müssten verlagert werden).",
    },
    "hhi": {
        "en": "HHI {value}: places are as concentrated as if they sat evenly in {equivalent} of the {count} inhabited districts.",
        "de": "HHI {value}: Die Plätze sind so konzentriert, als lägen sie gleichmäßig in {equivalent} von {count} bewohnten Stadtteilen.",
    },
    "theil": {
        "en": "Theil {value}: places are {level} relative to residents (0 = proportional; unbounded above, the largest possible value here is {maximum}).",
        "de": "Theil {value}: Die Plätze sind im Verhältnis zu den Einwohnern {level} (0 = proportional; nach oben offen, hier höchstens {maximum}).",
    },
    "cv_load": {
        "en": "CV {value}: districts' places per 1,000 residents typically differ from the city rate by {percent}.",
        "de": "Variationskoeffizient {value}: Die Plätze je 1.000 Einwohner der Stadtteile weichen typischerweise um {percent} vom städtischen Wert ab.",
    },
    "moran_cluster": {
        "en": "Moran's I {value} (p = {p}): districts with many places tend to border other districts with many places, so load clusters across district borders.",
        "de": "Moran's I {value} (p = {p}): Stadtteile mit vielen Plätzen grenzen gehäuft an Stadtteile mit vielen Plätzen; die Belastung ballt sich über Stadtteilgrenzen hinweg.",
    },
    "moran_disperse": {
        "en": "Moran's I {value} (p = {p}): heavily and lightly loaded districts alternate; neighbouring districts balance each other.",
        "de": "Moran's I {value} (p = {p}): Stark und schwach belastete Stadtteile wechseln sich ab; Nachbarstadtteile gleichen sich aus.",
    },
    "moran_none": {
        "en": "Moran's I {value} (p = {p}): no significant spatial pattern; loaded districts are not clustered next to each other.",
        "de": "Moran's I {value} (p = {p}): kein signifikantes räumliches Muster; belastete Stadtteile liegen nicht gehäuft nebeneinander.",
    },
    "moran_undefined": {
        "en": "Moran's I could not be computed: {reason}.",
        "de": "Moran's I ließ sich nicht berechnen: {reason}.",
    },
    "gi_star": {
        "en": "Gi*: {hot} district(s) are hot spots (they and their neighbours carry significantly many places), {cold} cold spot(s).",
        "de": "Gi*: {hot} Stadtteil(e) sind Hotspots (sie und ihre Nachbarn tragen signifikant viele Plätze), {cold} Coldspot(s).",
    },
    "clark_cluster": {
        "en": "Clark-Evans R {value} (p = {p}): shelters are clustered; they stand closer together than random locations would.",
        "de": "Clark-Evans R {value} (p = {p}): Die Unterkünfte liegen gehäuft, näher beieinander als bei zufälliger Lage.",
    },
    "clark_regular": {
        "en": "Clark-Evans R {value} (p = {p}): shelters are spread regularly across the city, further apart than random locations.",
        "de": "Clark-Evans R {value} (p = {p}): Die Unterkünfte sind regelmäßig über die Stadt verteilt, weiter auseinander als bei zufälliger Lage.",
    },
    "clark_random": {
        "en": "Clark-Evans R {value} (p = {p}): shelter locations do not differ significantly from random spacing.",
        "de": "Clark-Evans R {value} (p = {p}): Die Lage der Unterkünfte unterscheidet sich nicht signifikant von einer zufälligen Verteilung.",
    },
    "hotspots": {
        "en": "{percent} of places lie within the radius of a community hotspot.",
        "de": "{percent} der Plätze liegen im Umkreis eines Community-Treffpunkts.",
    },
    "access": {
        "en": "{percent} of places have {categories} within {distance} m (straight line).",
        "de": "{percent} der Plätze haben {categories} innerhalb von {distance} m (Luftlinie).",
    },
    "cat_kita": {"en": "childcare (Kita)", "de": "Kita"},
    "cat_school": {"en": "a school", "de": "Schule"},
    "cat_language_course": {"en": "a language course", "de": "Sprachkurs"},
    "cat_counselling": {"en": "counselling", "de": "Beratung"},
    "cat_jobcenter": {"en": "the job centre", "de": "Jobcenter"},
    "cat_authority": {"en": "an authority office", "de": "Behörde"},
    "cat_transit": {"en": "public transport", "de": "ÖPNV-Haltestelle"},
    "cat_health": {"en": "health care", "de": "Gesundheitsversorgung"},
    "cat_other": {"en": "other services", "de": "sonstige Angebote"},
    "and": {"en": "and", "de": "und"},
    "undefined": {
        "en": "not available: {reason}.",
        "de": "nicht verfügbar: {reason}.",
    },
}


def fmt(value: Optional[float], digits: int = 2) -> str:
    """Number in the current language's notation (German decimal comma and thousands dot)."""
    if value is None:
        return "–"
    text = f"{value:,.{digits}f}"
    if language() == "de":
        text = text.replace(",", "\u2009").replace(".", ",").replace("\u2009", ".")
    return text


def pct(share: Optional[float]) -> str:
    """Share 0..1 as a percentage, e.g. '35 %' / '35 %'."""
    if share is None:
        return "–"
    return f"{fmt(100.0 * share, 0)} %"


def category_list(categories) -> str:
    """'Kita, Schule und Sprachkurs' from category codes, in the current language."""
    names = [msg(MESSAGES, f"cat_{c}") if f"cat_{c}" in MESSAGES else str(c) for c in categories]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + f" {msg(MESSAGES, 'and')} " + names[-1]


def _level(value: float, cuts=(0.2, 0.4, 0.6)) -> str:
    key = "level_even" if value < cuts[0] else "level_moderate" if value < cuts[1] else "level_concentrated" if value < cuts[2] else "level_strong"
    return msg(MESSAGES, key)


def _p(p: Optional[float]) -> str:
    return fmt(p, 3) if p is not None else "–"


def interpret(city: Mapping[str, Any], context: Mapping[str, Any]) -> Dict[str, str]:
    """One line per available metric. ``city`` maps metric keys to values; ``context`` adds counts and settings."""
    out: Dict[str, str] = {}
    v = city.get
    if v("per_1000_city") is not None:
        out["per_1000_city"] = msg(MESSAGES, "per_1000_city", value=fmt(v("per_1000_city"), 1),
                                   places=fmt(context.get("places_analysed", 0), 0), population=fmt(v("population_total"), 0))
    if v("gini") is not None:
        out["gini"] = msg(MESSAGES, "gini", value=fmt(v("gini")), level=_level(v("gini")))
    if v("dissimilarity") is not None:
        out["dissimilarity"] = msg(MESSAGES, "dissimilarity", value=fmt(v("dissimilarity")), percent=pct(v("dissimilarity")))
        out["hoover"] = msg(MESSAGES, "hoover", value=fmt(v("hoover")), percent=pct(v("hoover")))
    if v("hhi") is not None and v("hhi") > 0:
        out["hhi"] = msg(MESSAGES, "hhi", value=fmt(v("hhi"), 3), equivalent=fmt(1.0 / v("hhi"), 1),
                         count=context.get("inhabited_districts", "?"))
    if v("theil") is not None:
        maximum = context.get("theil_max")
        # reading aid: 1 - exp(-T) maps Theil's unbounded scale onto 0..1 like Gini's
        rel = 1.0 - math.exp(-v("theil"))
        out["theil"] = msg(MESSAGES, "theil", value=fmt(v("theil"), 3), level=_level(rel), maximum=fmt(maximum, 2))
    if v("cv_load") is not None:
        out["cv_load"] = msg(MESSAGES, "cv_load", value=fmt(v("cv_load")), percent=pct(v("cv_load")))
    if v("moran_i") is not None:
        p = v("moran_p_sim") if v("moran_p_sim") is not None else v("moran_p_norm")
        key = "moran_none"
        if p is not None and p < 0.05:
            key = "moran_cluster" if v("moran_i") > v("moran_ei") else "moran_disperse"
        out["moran_i"] = msg(MESSAGES, key, value=fmt(v("moran_i"), 3), p=_p(p))
    elif context.get("moran_reason"):
        out["moran_i"] = msg(MESSAGES, "moran_undefined", reason=context["moran_reason"])
    if context.get("gi_hot") is not None:
        out["gi_star"] = msg(MESSAGES, "gi_star", hot=context["gi_hot"], cold=context["gi_cold"])
    if v("clark_evans_r") is not None:
        p = v("clark_evans_p")
        key = "clark_random"
        if p is not None and p < 0.05:
            key = "clark_cluster" if v("clark_evans_r") < 1 else "clark_regular"
        out["clark_evans_r"] = msg(MESSAGES, key, value=fmt(v("clark_evans_r")), p=_p(p))
    if v("share_places_near_hotspots") is not None:
        out["share_places_near_hotspots"] = msg(MESSAGES, "hotspots", percent=pct(v("share_places_near_hotspots")))
    if v("share_places_with_access") is not None:
        out["share_places_with_access"] = msg(MESSAGES, "access", percent=pct(v("share_places_with_access")),
                                              categories=category_list(context.get("access_categories", ())),
                                              distance=fmt(context.get("service_distance_m"), 0))
    return out
