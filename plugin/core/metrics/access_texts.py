"""Messages of Kita access (issue 18): walking-network layers and the access readings.

English templates keyed by code (``kita_access.<key>``; German in i18n/de.ts, see plugin/core/i18n.py).
Every reading names the distance used: on foot over the walking network, or straight line.
"""
from __future__ import annotations

from typing import Any

from ..i18n import Message, catalogue, msg

MESSAGES = {
    # --- the walking-network layer (qgis_adapters.network_layers)
    "layer_empty": "The walking network layer '{layer}' has no features.",
    "layer_not_lines": "The walking network layer '{layer}' holds {kind} geometries; it must be a line layer.",
    "layer_no_crs": "The walking network layer '{layer}' has no coordinate reference system; set the layer's CRS.",
    "layer_geographic": ("The walking network layer '{layer}' is in a geographic CRS ({crs}, degrees) and no "
                         "projected working CRS was given; choose a working CRS in metres (e.g. EPSG:25832)."),
    "layer_working_geographic": ("The working CRS {crs} is geographic (degrees); walking distances need a projected "
                                 "CRS in metres (e.g. EPSG:25832)."),
    "layer_no_field": "The walking network layer '{layer}' has no field '{field}' (fields: {fields}).",
    "layer_null_geometry": ("{count} feature(s) of the walking network layer '{layer}' have no geometry and were "
                            "left out, e.g. feature id(s) {ids}."),
    "layer_bad_oneway": ("Walking network layer '{layer}', feature {fid}, field '{field}': the one-way value "
                         "'{value}' is not understood (yes/1/forward, -1/reverse, no/0/empty); the line is walkable "
                         "in both directions."),
    "layer_more_bad_oneway": ("{count} more feature(s) of the walking network layer '{layer}' have a one-way value "
                              "that is not understood in field '{field}'."),
    "layer_not_walkable": "{count} line(s) of the walking network layer '{layer}' are marked not walkable ({field}).",
    "layer_reprojected": "The walking network layer '{layer}' was reprojected from {source} to {target}.",
    "layer_transform_failed": ("Walking network layer '{layer}', feature {fid}: it cannot be reprojected from "
                               "{source} to {target} ({reason}); check the layer's CRS."),
    "layer_read": "Walking network '{layer}': {lines} lines, {segments} segments, {parts} connected part(s).",
    # --- distance methods in readings
    "method_network": "on foot over the walking network",
    "method_straight_line": "straight line",
    # --- readings of the analysis
    "access_network": "{percent} of places have {categories} within {distance} m on foot over the walking network.",
    "nearest_service": ("Shelters reach the nearest {category} at a median of {median} m ({method}); "
                        "{far} of {shelters} shelter(s) are farther than {limit} m."),
    "nearest_service_none": "No service of the category {category} is in the data; its distance was not measured.",
    "kita_ratio": ("Kita places per child in reach ({variant}, within {limit} m, {method}): {ratio} across the "
                   "city; {places} places for about {demand} children who need one, a shortfall of {shortfall} "
                   "places, largest in {worst}."),
    "kita_ratio_no_shortfall": ("Kita places per child in reach ({variant}, within {limit} m, {method}): {ratio} "
                                "across the city; {places} places for about {demand} children who need one; no "
                                "district falls short."),
    "kita_distance_only": ("Kita access is checked by distance only ({method}): {missing}. Add Kita places "
                           "(services' capacity) and an age table to weigh places against children."),
    "missing_capacity": "no Kita has places (capacity) in the services layer",
    "missing_ages": "no age table was given",
    "missing_both": "no Kita places (capacity) and no age table were given",
    "capacity_partial": ("{count} Kita(s) have no places (capacity) and count with 0 places, e.g. {examples}."),
    "ages_unmatched": ("{count} district(s) of the age table are not among the districts and were left out, e.g. "
                       "{examples}."),
    "ages_missing_districts": ("{count} district(s) have no row in the age table and count with no children, e.g. "
                               "{examples}."),
    "demand_at_points": ("The children of {districts} district(s) count where they live: at {points} points of the "
                         "age grid, weighted by their children; {rest} district(s) at one point each."),
    "network_vs_straight": ("On foot over the walking network the nearest Kita is on average {factor} times as far "
                            "as in a straight line; {count} shelter(s) have one within {limit} m in a straight line "
                            "but not on foot."),
}
CATALOGUE = catalogue("kita_access", MESSAGES)


def text(key: str, **params: Any) -> Message:
    """The message ``kita_access.<key>``; fails loudly for an unknown key or a missing parameter."""
    return msg(CATALOGUE, key, **params)


def method_text(method: str) -> Message:
    """How a distance was measured, for readings: "on foot over the walking network" or "straight line"."""
    return text("method_network" if method == "network" else "method_straight_line")
