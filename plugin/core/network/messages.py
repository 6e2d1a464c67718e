"""Messages of the walking-network code: English templates keyed by code, in the one registry (core/i18n.py).

Results and errors carry ``Message`` objects (code ``network.<key>`` and its
parameters); front ends render them in their language (German in i18n/de.ts).
``str()`` of a message is the English text.
"""
from __future__ import annotations

from typing import Any, Sequence, Tuple

from ..errors import InputError
from ..i18n import Message as Message  # re-exported: what results carry
from ..i18n import catalogue, msg, number

MESSAGES = {
    "network_empty": "The walking network has no usable line ({lines} features, {skipped} empty or not walkable).",
    "layer_no_usable_line": ("The walking network layer '{layer}' has no line to walk on: of its {lines} line "
                             "feature(s), {blocked} are marked not walkable (field(s) '{fields}') and the others "
                             "have zero length. Check the field and its values, or choose another layer."),
    "network_no_crs": "The walking network has no coordinate reference system; set the layer's CRS.",
    "network_bad_crs": "The walking network's coordinate reference system '{crs}' is not recognised ({reason}).",
    "network_geographic_crs": ("The walking network is in a geographic CRS ({crs}, degrees); reproject it to a "
                               "projected CRS in metres (e.g. EPSG:25832) first."),
    "network_bad_geometry": "Feature {feature} of the walking network is a {kind}, not a line; it was left out.",
    "network_bad_coordinates": ("Feature {feature} of the walking network has invalid (infinite or missing) "
                                "coordinates; it was left out."),
    "network_bad_oneway": ("Feature {feature} of the walking network has the one-way value '{value}', which is not "
                           "understood; it is walkable in both directions."),
    "network_disconnected": ("The walking network falls into {components} unconnected parts; the largest holds "
                             "{main_share:.0%} of its length. Places on different parts cannot reach each other."),
    "point_too_far": ("{count} point(s) are more than {limit} m from any walkable line of the network, e.g. "
                      "{examples}. Extend the network or check the point's coordinates and CRS."),
    "point_example": "{label} ({distance} m)",
    "point_district": "district {id}",
    "point_shelter": "shelter {id}",
    "point_kita": "Kita {id}",
    "point_service": "service {id}",
    "point_bad_coordinates": ("{count} point(s) have no valid coordinates, e.g. {examples}; they cannot be placed "
                              "on the network."),
    "points_off_main": ("{count} point(s) lie on a small unconnected part of the walking network, e.g. {examples}; "
                        "their walking distances to the rest are unknown."),
    "method_network": "Walking distance on the street network ({edges} segments).",
    "method_straight_line": "Straight-line distance (no walking network given): a lower bound of walking distance.",
}
CATALOGUE = catalogue("network", MESSAGES)
NetworkMessage = Message  # what results carry (kept as a name for readers of this package)


def message(key: str, **params: Any) -> Message:
    """The message ``network.<key>``; fails loudly for an unknown key or a missing parameter."""
    return msg(CATALOGUE, key, **params)


class NetworkError(InputError):
    """A network or point set that distances cannot be measured on; ``.code`` names the problem (network.<key>)."""

    def __init__(self, key: str, **params: Any):
        self.msg = message(key, **params)
        self.code = self.msg.code
        super().__init__(self.msg, issues=[self.msg])


def examples(labels: Sequence[Any], values: Any, limit: int = 3) -> Tuple[Message, ...]:
    """The first few offenders with their distance, as messages (rendered joined by ', ')."""
    return tuple(message("point_example", label=str(label), distance=number(float(value), 0))
                 for label, value in list(zip(labels, values))[:limit])


def point_label(kind: str, ident: Any) -> Message:
    """A point named with its kind ("shelter GU-3", "Kita K-12", "district 07"; kind: district, shelter, kita or
    service) for snapping messages; why: an id alone did not say which layer to look in."""
    return message(f"point_{kind}", id=str(ident))
