"""English message templates of capacity planning, keyed by codes (one catalogue for the whole package).

Registered in plugin.core.i18n as ``capacity.<key>`` (translations in i18n/*.ts). :func:`Msg` builds an
``i18n.Message`` (a ``str`` whose text is the English rendering, carrying code and parameters), so the
front ends render it in the reader's language.
"""
from __future__ import annotations

from typing import Any, Dict, Mapping, Optional

from .. import i18n

NAMESPACE = "capacity"

TEMPLATES: Dict[str, str] = {
    # input (every message names the table, the row and the field)
    "in_missing": "Table {table}, row {row}, field {field}: the value is missing.",
    "in_not_number": "Table {table}, row {row}, field {field}: '{value}' is not a number.",
    "in_not_whole": "Table {table}, row {row}, field {field}: {value} is not a whole number.",
    "in_negative": "Table {table}, row {row}, field {field}: {value} is negative; it must be 0 or more.",
    "in_too_large": "Table {table}, row {row}, field {field}: {value} is larger than {limit}.",
    "in_bad_state": "Table {table}, row {row}, field {field}: state '{value}' is unknown; use one of {known}.",
    "in_duplicate": "Table {table}, row {row}, field {field}: '{value}' appears more than once (first in row {first}).",
    "in_unknown_district": "Table {table}, row {row}, field {field}: district '{value}' is not in the district table.",
    "in_occupied": "Table {table}, row {row}, field occupied: {value} people exceed the capacity of {capacity}.",
    "in_occupied_candidate": "Table {table}, row {row}, field occupied: a candidate site (state 'candidate') cannot "
                             "hold people today ({value}).",
    "in_occupied_reserve": "Table {table}, row {row}, field occupied: a site in reserve (state 'reserve') holds "
                           "nobody today, but {value} people live there; is it active?",
    "in_month_range": "Table {table}, row {row}, field {field}: month {value} lies outside the horizon 1–{horizon}.",
    "in_months_after": ("Table {table}: {count} row(s) for months after the horizon 1–{horizon} (up to month {last}) "
                        "are not used."),
    "in_module": "Table {table}, row {row}, field module: the capacity {capacity} is not a multiple of the module "
                 "{value}.",
    "in_close_order": "Table {table}, row {row}: earliest_close ({early}) is after must_close_by ({late}).",
    "in_missing_column": "Table {table}: column '{field}' is missing (columns: {columns}).",
    "in_no_rows": "Table {table} has no rows.",
    "in_no_xy": "Table {table}, row {row}: site '{site}' has no coordinates (x, y), which {rule} needs.",
    "rule_spacing": "MIN_SPACING_M",
    "rule_hotspot": "the hotspot rule",
    "rule_and": "{first} and {second}",
    "in_scenario_missing": "Scenario '{name}' ({role}) is not in the scenario table (scenarios: {known}).",
    "in_scenario_month": "Scenario '{name}', group '{group}': month {month} has no arrivals row; every month "
                         "1–{horizon} needs one.",
    "in_scenario_month_table": ("Table {table}, scenario '{name}', group '{group}': month {month} has no arrivals row; "
                                "every month 1–{horizon} needs one."),
    "in_param": "Setting {name} = {value} is not allowed: {why}.",
    "role_planning": "planning scenario",
    "role_high": "high scenario",
    "in_pmf": "Waiting-time distribution: {why}.",
    "param_horizon": "a whole number of months from 1 to {max}",
    "param_share": "a share above 0 and at most 1",
    "param_share01": "a share from 0 to 1",
    "param_nonneg": "a number >= 0",
    "param_seconds": "a number of seconds > 0",
    "param_shape": "it needs {horizon} months",
    "pmf_empty": "it is empty",
    "pmf_wait": "waiting time {w} is not a whole number of months from 1 to {max}",
    "pmf_prob": "probability {q} of {w} months is not a number >= 0",
    "pmf_sum": "the probabilities add up to {total:g}, not 1",
    "pmf_mean": "mean {mean} must lie within {low}-{high} months",
    "none": "none",
    "state_missing": "missing",
    "in_three": "The three arrival numbers must satisfy 0 <= low <= mid <= high; they are {low}, {mid}, {high}.",
    "in_invalid": "Capacity planning cannot start: {n} problem(s) in the input.",
    "note_group_unmatched": "Arrival rows of group '{group}' match no group-only site (groups of the sites: "
                            "{known}); these people count for the general sites.",
    # status
    "st_optimal": "Optimal plan over {months} months: total cost {cost}; highest district load {load} places "
                  "per 1,000 inhabitants.",
    "st_feasible": "Plan over {months} months found within the time limit: total cost {cost}, at most {gap} % "
                   "above the best possible.",
    "st_infeasible": "No plan covers every month with the sites and rules given. {first}",
    "st_timeout": "No plan was found within the time limit of {t} s; infeasibility is not proven. Increase the "
                  "time limit.",
    "st_violations": "Warning: the verifier found {n} problem(s) in this plan.",
    # shortfall and the smallest change that helps
    "sf_month": "Month {month}, {scenario} scenario: {places} places short ({demand} people need {need} places, "
                "{have} can be provided).",
    "fix_places": "Provide {places} more places from month {month} on ({kind}); then every month is covered.",
    "kind_active": "active",
    "kind_reserve_or_active": "reserve or active",
    "fix_cap": "Raise the district cap (MAX_PER_1000) from {now} to {value} places per 1,000 inhabitants.",
    "fix_close": "Keep site '{site}' open until month {month} instead of closing it by month {now}.",
    "fix_occupancy": "Allow an occupancy of {value} % instead of {now} % in the {scenario} scenario.",
    "fix_none": "No single change among more places, a higher district cap or a later closing was found.",
    "fix_spacing": "Lower MIN_SPACING_M from {now} m to {value} m; then a candidate that stands closer to another "
                   "site may open.",
    "fix_hotspot": "Raise HOTSPOT_MAX_PLACES from {now} to {value} places within a hotspot's radius.",
    # reasons for state changes (plain language)
    "r_open_active": "Opens as active in month {month}: the {scenario} scenario needs {need} active places "
                     "(demand {demand} at {occ} % occupancy); without this site there are {without}.",
    "r_open_reserve": "Opens as reserve in month {month}: the high scenario needs {need} places by month "
                      "{until}; reserve costs {saving} less per month than active places here.",
    "r_activate": "Becomes active in month {month}: demand in the {scenario} scenario rises to {demand} "
                  "({need} places needed at {occ} % occupancy).",
    "r_to_reserve": "Goes to reserve in month {month}: its places are not needed active (demand {demand}), "
                    "but the high scenario still needs them ({high} places needed); saves {saving} per month.",
    "r_close": "Closes in month {month}: the other sites cover the {scenario} scenario ({need} places) and the "
               "high scenario ({high} places) at lower cost; saves {saving} per month (closing costs {cost}).",
    "r_close_forced": "Closes in month {month}: it must close by then (must_close_by).",
    "r_kept": "Stays {state} in month {month} although it is not needed then: {why}.",
    "why_lease": "it cannot close before month {early} (earliest_close)",
    "why_min_active": "it must stay active for {m} months after activation (min_active_months)",
    "why_no_reopen": "closing now and opening again later would cost more",
    # verifier
    "v_state": "Site '{site}', month {month}: state '{state}' is not one of active, reserve, closed, not_opened.",
    "v_places": "Site '{site}', month {month}: {places} active places do not fit its state '{state}' (active: "
                "a multiple of {module} from {module} to {capacity}; otherwise 0).",
    "v_reopen": "Site '{site}', month {month}: {prev} -> {state} is not allowed (a site opens once and does not "
                "reopen after closing).",
    "v_open_lead": "Site '{site}' is open in month {month}, before its opening lead time of {lead} months has "
                   "passed.",
    "v_activation_lead": "Site '{site}' becomes active in month {month} from reserve, before its activation lead "
                         "time of {lead} months allows.",
    "v_early_close": "Site '{site}' closes in month {month}, before its earliest closing month {early}.",
    "v_late_close": "Site '{site}' is still open in month {month}; it must close by month {late}.",
    "v_min_active": "Site '{site}' is active for only {n} month(s) from month {month}; it must stay active "
                    "{m} months.",
    "v_cover": "Month {month}: active places cover {have} people at {occ} % occupancy; the {scenario} scenario "
               "has {demand}.",
    "v_high": "Month {month}: active and activatable reserve places cover {have} people; the high scenario has "
              "{demand}.",
    "v_cap": "District '{district}', month {month}: {places} active places exceed the cap of {cap}.",
    "v_spacing": "Newly opened sites '{a}' and '{b}' are {d} m apart; MIN_SPACING_M is {min} m.",
    "v_spacing_existing": "Newly opened site '{a}' is {d} m from existing site '{b}'; MIN_SPACING_M is {min} m.",
    "v_hotspot": "Hotspot '{hotspot}': {new} places at newly opened sites within its radius exceed the limit of "
                 "{cap}.",
    "v_cost": "The reported cost {reported} differs from the cost of the plan, {actual}.",
}


CATALOGUE = i18n.catalogue(NAMESPACE, TEMPLATES)


def Msg(code: str, params: Optional[Mapping[str, Any]] = None, **values: Any) -> i18n.Message:  # noqa: N802
    """Message ``capacity.<code>``; why: one registry makes capacity texts translatable and keeps their codes."""
    return i18n.Message(CATALOGUE.code(code), params, **values)


def as_dict(m: i18n.Message) -> Dict[str, Any]:
    """Plain record for tables and JSON: the code, the parameters and the English text."""
    return {"code": m.code, "params": m.params, "text": str(m)}


def fmt(value: float, digits: int = 0) -> i18n.Number:
    """A number for messages: thousands separated, ``digits`` decimals (English text; localised when rendered)."""
    return i18n.Number(value, digits)


# ---------------------------------------------------------------------------------------------------------
# Saved scenarios, comparison, charts and the INSEK page (issue 17, QGIS side; compare.py,
# report/capacity_charts.py, export/capacity_page.py). Appended here so every capacity text is in one catalogue.
CATALOGUE.extend({
    "cmp_bad_json": "The saved capacity scenarios cannot be read: {why}.",
    "cmp_why_json": "the text is not JSON ({detail})",
    "cmp_why_format": "it is not a list of saved capacity scenarios",
    "cmp_why_version": "it was saved by a newer version of the plugin (format {version}, this one reads up to {max})",
    "cmp_why_record": "saved scenario {index} lacks '{field}'",
    "cmp_scenario": "Saved scenario",
    "cmp_status": "Status",
    "cmp_cost": "Total cost",
    "cmp_peak_shortfall": "Peak shortfall (places)",
    "cmp_reserve_max": "Reserve places held (most)",
    "cmp_reserve_mean": "Reserve places held (mean)",
    "cmp_max_load": "Highest district load (places per 1,000)",
    "cmp_max_load_month": "Month of highest load",
    "cmp_saved_at": "Saved",
    "status_optimal": "optimal",
    "status_feasible": "feasible",
    "status_infeasible": "infeasible",
    "status_timeout": "timeout",
    "ch_month": "month",
    "ch_places": "places",
    "ch_people": "people",
    "ch_timeline_title": "Demand against places, month by month",
    "ch_demand": "demand, {scenario} scenario",
    "ch_active_cap": "active places × {occ} % occupancy",
    "ch_total_cap": "active and reserve places × {occ} % occupancy",
    "ch_gantt_title": "State of each site, month by month",
    "ch_state_active": "active",
    "ch_state_reserve": "reserve",
    "ch_state_closed": "closed",
    "ch_state_not_opened": "not opened",
    "ch_cost_title": "Cost over {months} months: {total}",
    "ch_cost_active": "active places",
    "ch_cost_reserve": "reserve places",
    "ch_cost_activation": "activation",
    "ch_cost_opening": "opening",
    "ch_cost_closing": "closing",
    "ch_cost_axis": "cost",
    "ch_load_title": "Places per 1,000 inhabitants by district, month by month",
    "ch_load_axis": "active places per 1,000 inhabitants",
    "ch_load_highest": "highest district",
    "ch_cap": "cap {value}",
    "ch_no_plan": "No plan ({status})",
    "pg_title": "Accommodation capacity over time: an illustrative scenario",
    "pg_table_title": "Active places by district and quarter",
    "pg_district": "District",
    "pg_quarter": "Q{quarter}",
    "pg_quarter_long": "Months {first}–{last}",
    "pg_total": "City",
    "pg_note": "Illustrative scenario, not a forecast: arrivals, move-outs and costs are assumptions of the planning "
               "office. The plugin suggests; the city council decides. Places are shown by district only, at the end "
               "of each quarter; counts below {min} appear as “< {min}”, and cells marked * are withheld so that "
               "they cannot be worked out from the totals.",
    "pg_source": "Source: {source}; plan computed on {date} with the Dispersion Planner (scenario '{name}', "
                 "status {status}).",
    "pg_summary": "Total cost over {months} months: {cost}. Peak shortfall in the high scenario: {shortfall} places. "
                  "Reserve places held: up to {reserve}. Highest district load: {load} places per 1,000 inhabitants.",
    "pg_no_plan": "No plan to show: {message}",
    "rp_title": "Capacity plan over {months} months: {name}",
    "rp_changes": "Changes of state, with reasons",
    "rp_shortfall": "Months short",
    "rp_fixes": "Smallest changes that make a plan possible",
    "rp_site": "Site",
    "rp_month": "Month",
    "rp_change": "Change",
    "rp_reason": "Reason",
    "rp_none": "none",
    "rp_inputs": "{sites} sites ({existing} existing), {districts} districts, scenarios {scenarios}; planning "
                 "scenario '{planning}', high scenario '{high}'; target occupancy {occ} %.",
    "rp_note": "Illustrative planning aid: the plugin suggests, planners decide.",
})
