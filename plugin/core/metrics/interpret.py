"""Plain-language readings of the dispersion figures, as messages (English here; translations in i18n/<lang>.ts).

Planners read these lines in the report and the dialog; they say what a
number means for the question "is accommodation concentrated?", not how it
is computed. Thresholds are conventional reading aids, not legal limits.
"""
from __future__ import annotations

import math
from typing import Any, Dict, Iterable, Mapping, Optional, Tuple

from ..i18n import Message, Number, catalogue, joined, msg

MESSAGES = catalogue("interpret", {
    # -- levels used inside sentences
    "level_even": "fairly evenly spread",
    "level_moderate": "moderately concentrated",
    "level_concentrated": "concentrated",
    "level_strong": "strongly concentrated",
    # -- one line per metric
    "per_1000_city": "{value} places per 1,000 residents citywide ({places} places, {population} residents).",
    "gini": "Gini {value}: accommodation is {level} across districts, relative to where people live (0 = every district carries places in proportion to its residents, 1 = all places in one district).",
    "dissimilarity": "Dissimilarity {value}: {percent} of places would have to move to another district for every district to carry the same places per resident.",
    "hoover": "Hoover {value}: the same reading as the dissimilarity index ({percent} of places would have to move).",
    "hhi": "HHI {value}: places are as concentrated as if they sat evenly in {equivalent} of the {count} inhabited districts.",
    "theil": "Theil {value}: places are {level} relative to residents (0 = proportional; unbounded above, the largest possible value here is {maximum}).",
    "cv_load": "CV {value}: districts' places per 1,000 residents typically differ from the city rate by {percent}.",
    "moran_cluster": "Moran's I {value} (p = {p}): districts with many places tend to border other districts with many places, so load clusters across district borders.",
    "moran_disperse": "Moran's I {value} (p = {p}): heavily and lightly loaded districts alternate; neighbouring districts balance each other.",
    "moran_none": "Moran's I {value} (p = {p}): no significant spatial pattern; loaded districts are not clustered next to each other.",
    "moran_undefined": "Moran's I could not be computed: {reason}.",
    "gi_star": "Gi*: {hot} district(s) are hot spots (they and their neighbours carry significantly many places), {cold} cold spot(s).",
    "clark_cluster": "Clark-Evans R {value} (p = {p}): shelters are clustered; they stand closer together than random locations would.",
    "clark_regular": "Clark-Evans R {value} (p = {p}): shelters are spread regularly across the city, further apart than random locations.",
    "clark_random": "Clark-Evans R {value} (p = {p}): shelter locations do not differ significantly from random spacing.",
    "hotspots": "{percent} of places lie within the radius of a community hotspot.",
    "access": "{percent} of places have {categories} within {distance} m (straight line).",
    "cat_kita": "childcare (Kita)",
    "cat_school": "a school",
    "cat_language_course": "a language course",
    "cat_counselling": "counselling",
    "cat_jobcenter": "the job centre",
    "cat_authority": "an authority office",
    "cat_transit": "public transport",
    "cat_health": "health care",
    "cat_other": "other services",
    "and": "and",
    "undefined": "not available: {reason}.",
})


def fmt(value: Optional[float], digits: int = 2) -> Number | str:
    """Number shown in the reader's notation (German decimal comma and thousands dot) when rendered."""
    if value is None:
        return "–"
    return Number(value, digits)


def pct(share: Optional[float]) -> Message | str:
    """Share 0..1 as a percentage, e.g. '35 %'."""
    if share is None:
        return "–"
    return joined((Number(100.0 * share, 0), "%"))


def category_list(categories: Iterable[str]) -> Message | str:
    """'Kita, Schule und Sprachkurs' from category codes (a message, rendered in the reader's language)."""
    names = [msg(MESSAGES, f"cat_{c}") if f"cat_{c}" in MESSAGES else str(c) for c in categories]
    if len(names) <= 1:
        return joined(names, "")
    return joined((joined(names[:-1], ", "), msg(MESSAGES, "and"), names[-1]))


def _level(value: float, cuts: Tuple[float, float, float] = (0.2, 0.4, 0.6)) -> Message:
    key = "level_even" if value < cuts[0] else "level_moderate" if value < cuts[1] else "level_concentrated" if value < cuts[2] else "level_strong"
    return msg(MESSAGES, key)


def _p(p: Optional[float]) -> Number | str:
    return fmt(p, 3) if p is not None else "–"


def interpret(city: Mapping[str, Any], context: Mapping[str, Any]) -> Dict[str, Message]:
    """One message per available metric. ``city`` maps metric keys to values; ``context`` adds counts and settings."""
    out: Dict[str, Message] = {}

    def v(key: str) -> Any:  # a figure (None when undefined)
        return city.get(key)

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
