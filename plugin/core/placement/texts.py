"""English message catalogue of the placement optimiser; translations in i18n/<lang>.ts (see plugin.core.i18n)."""
from __future__ import annotations

from typing import Any

from ..i18n import Message, catalogue, msg, number

MESSAGES = catalogue("placement", {
    # input errors
    "bad_places": "The number of new places (PLACES) must be at least 1; it is {value}.",
    "bad_demand_total": "The group demand table asks for {value} places in total; it must ask for at least 1.",
    "bad_demand_row": "Group demand: group '{group}' has {value} places; places must be a whole number from 0 to 1,000,000,000.",
    "dup_demand": "Group demand: group '{group}' is listed more than once.",
    "empty_demand_label": "Group demand: a row has no group label.",
    "no_candidates": "There are no candidate sites: add a candidates layer with at least one site.",
    "no_districts": "There are no districts: the district cap needs district polygons with population.",
    "all_outside": "None of the {n} candidate sites lies inside a district, so none can be used. Check the layers' CRS.",
    "bad_module": "Candidate '{site}': min_places ({min}) and max_places ({max}) must be multiples of the module ({module}).",
    "bad_size": "Candidate '{site}': min_places ({min}), max_places ({max}) and module ({module}) must be whole numbers up to {limit}.",
    "bad_param": "Parameter {name} = {value} is not allowed: {why}.",
    "bad_relation": "Rule {a} – {b}: relation '{relation}' is unknown (use 'separate' or 'near').",
    "bad_rule_distance": "The {rule}: distance_m = {value} is not allowed; it must be a number ≥ 0.",
    "bad_rule_group": "The {rule} has an empty group_a or group_b.",
    "bad_population": "District '{district}': population = {value} is not allowed; it must be a number ≥ 0.",
    "bad_xy": "Layer {layer}, '{id}': the coordinates ({x}, {y}) are not finite numbers.",
    "bad_number": "Layer {layer}, '{id}', field {field}: {value} is not allowed; it must be a finite number ≥ 0.",
    "group_nowhere": "Group '{group}' has a demand of {places} places but no candidate site may hold it: {why}.",
    "group_nowhere_near": "rule '{a} near {b} within {dist} m' and no hotspot or shelter of '{b}' is that close to any site",
    "group_nowhere_sep": "shelters of a conflicting group are too close to every site",
    "group_nowhere_all": "its rules together exclude every candidate site",
    "input_invalid": "The placement cannot start: {n} problem(s) in the input.",
    # notes
    "note_outside": "{n} candidate site(s) lie outside every district and were not used: {ids}.",
    "note_nopop": "{n} candidate site(s) lie in districts without population and receive no places: {ids}.",
    "note_full": "{n} candidate site(s) lie in districts already at or above the cap: {ids}.",
    "note_services": "{n} candidate site(s) lack a required service within {dist} m: {ids}.",
    "note_shelter": "{n} candidate site(s) are closer than {dist} m to an existing shelter: {ids}.",
    "note_tiny": "{n} candidate site(s) cannot hold one module (max_places below module): {ids}.",
    "rule_ref": "rule {row} ('{a}' {relation} '{b}', {dist} m)",
    "note_rule_unknown_group": "The {rule} names group '{group}', which matches no group in the group demand, the shelters' group_label or the hotspots' community; check the spelling. Known groups: {known}.",
    "note_rules_ungrouped": "{n} rule(s) are not applied: without a group demand table the new places carry no group.",
    "note_rule_repeated": "Several rules for the same groups: {rules}. Each applies; the strictest decides.",
    "note_rule_opposed": "The {near} and the {sep} contradict each other near shelters of that group: a site must be close to them and far from them at once.",
    "note_dense": "{pairs} pairs of candidate sites (or locations) lie within {dist} m of each other: too many to build the model within the time limit. Merge candidates that lie close together, or raise TIME_LIMIT_S.",
    "note_dominated": "{n} candidate site(s) share their point with another site that is at least as large and as cheap; with MIN_SPACING_M only one site per point can open, so they were left out: {ids}.",
    "note_rule_unused": "Rule {a} {relation} {b}: neither group appears in the group demand, so it does not affect new places.",
    # status
    "status_optimal": "Optimal placement of {places} places at {sites} sites; highest load {load} places per 1,000 inhabitants.",
    "status_feasible": "Placement of {places} places at {sites} sites found within the time limit; highest load {load} per 1,000, at most {gap} % from the best possible.",
    "status_infeasible": "No placement satisfies all rules. {first}",
    "status_timeout": "No placement was found within the time limit of {t} s; infeasibility is not proven. Increase TIME_LIMIT_S or relax the rules.",
    "status_timeout_build": "No placement was found within the time limit of {t} s: building the model alone took the time; infeasibility is not proven. Increase TIME_LIMIT_S or reduce the candidate sites.",
    "status_unknown": "No placement was found: the solver stopped without a result (time limit {t} s); infeasibility is not proven. Relax the rules or increase TIME_LIMIT_S.",
    "status_timeout_dense": "No placement was searched: the model for these candidate sites could not be built within the time limit of {t} s (see the note on close pairs); infeasibility is not proven.",
    "status_violations": "Warning: the verifier found {n} rule violation(s) in this result.",
    # diagnosis
    "diag_all": "All rules together leave room for {placed} of {need} places.",
    "diag_only": "The {rule} alone leaves room for {placed} of {need} places.",
    "diag_without": "Without the {rule}, all {need} places fit.",
    "diag_group": "Group '{group}': the rules leave room for {placed} of {need} places.",
    "diag_sites": "The usable candidate sites offer at most {placed} of {need} places.",
    "diag_cap": "MAX_PER_1000 must be at least {value} (now {now}).",
    "diag_spacing": "MIN_SPACING_M must be at most {value} m (now {now} m).",
    "diag_hotspot": "HOTSPOT_MAX_PLACES must be at least {value} (now {now}).",
    "diag_service": "SERVICE_MAX_DISTANCE_M must be at least {value} m (now {now} m).",
    "diag_rule": "Dropping the rule '{rule}' alone makes the plan feasible.",
    "diag_joint": "No rule relaxed alone makes room for all {need} places; relaxed together as follows, they do:",
    "diag_rule_joint": "Drop the rule '{rule}'.",
    "diag_places": "Reduce the number of new places to at most {value}, or relax the rules above.",
    "diag_granularity": "The modules of the sites cannot add up exactly to the demand with the other rules in force.",
    "diag_unknown": "The conflict could not be narrowed down within the time limit.",
    "rule_district_cap": "district cap (MAX_PER_1000)",
    "rule_spacing": "spacing rule (MIN_SPACING_M)",
    "rule_hotspot": "hotspot rule (HOTSPOT_MAX_PLACES)",
    "rule_services": "service rule (SERVICE_CATEGORIES)",
    "rule_groups": "group rules (RULES)",
    # verifier
    "v_unknown_site": "Site '{site}' is not a candidate site.",
    "v_bad_places": "Site '{site}': {places} places is not a positive whole number.",
    "v_module": "Site '{site}': {places} places is not a multiple of its module {module}.",
    "v_range": "Site '{site}': {places} places is outside its range {min}–{max}.",
    "v_outside": "Site '{site}' lies outside every district.",
    "v_total": "{placed} new places placed, {need} required.",
    "v_group_total": "Group '{group}': {placed} new places placed, {need} required.",
    "v_unknown_group": "Site '{site}': group '{group}' is not in the group demand.",
    "v_cap": "District '{district}': {new} new places exceed the cap of {cap}.",
    "v_spacing": "Sites '{a}' and '{b}' are {d} m apart; MIN_SPACING_M is {min} m.",
    "v_spacing_shelter": "Site '{a}' is {d} m from shelter '{b}'; MIN_SPACING_M is {min} m.",
    "v_hotspot": "Hotspot '{hotspot}': {new} new places within its radius exceed the limit of {cap}.",
    "v_separate": "Rule '{a} separate {b}' ({dist} m): site '{s}' ({ga}) is {d} m from '{t}' ({gb}).",
    "v_near": "Rule '{a} near {b}' ({dist} m): site '{s}' has no hotspot or shelter of '{b}' within {dist} m.",
    "v_service": "Site '{site}': no '{category}' within {dist} m.",
    # reasons
    "r_district": "District {district}: {before} → {after} places per 1,000 inhabitants (cap {cap}).",
    "r_shelter": "Nearest shelter: {name}, {d} m.",
    "r_no_shelter": "No existing shelter.",
    "r_hot_in": "Within the radius of hotspot(s) {names}.",
    "r_hot_out": "No hotspot nearby (nearest {name}, {d} m).",
    "r_services": "Services: {items}.",
    "r_group": "Group {group}.",
    # the reason of a site: its parts one after the other (the format spec after ':' is the separator)
    "reason": "{parts: }",
})


def text(key: str, **values: Any) -> Message:
    """Message ``key`` (code ``placement.<key>``); front ends render it in their language."""
    return msg(MESSAGES, key, **values)


def num(value: float, digits: int = 1) -> Any:
    """A number with ``digits`` decimals, shown in the reader's notation when the message is rendered."""
    return number(value, digits)
