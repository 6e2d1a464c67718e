"""Messages of the walking-network code, as codes with English templates.

One dict keyed by message code (``MESSAGES``); results and errors carry
``NetworkMessage(code, params)`` so that a front end can render them in its
language (issue 13: the core returns codes and parameters, front ends render).
``str()`` of a message is the English text.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, List, Sequence, Tuple

from ..errors import InputError

MESSAGES: Dict[str, str] = {
    "network_empty": "The walking network has no usable line ({lines} features, {skipped} empty or not walkable).",
    "network_no_crs": "The walking network has no coordinate reference system; set the layer's CRS.",
    "network_bad_crs": "The walking network's coordinate reference system '{crs}' is not recognised ({reason}).",
    "network_geographic_crs": ("The walking network is in a geographic CRS ({crs}, degrees); reproject it to a "
                               "projected CRS in metres (e.g. EPSG:25832) first."),
    "network_bad_geometry": "Feature {feature} of the walking network is a {kind}, not a line; it was left out.",
    "network_bad_oneway": ("Feature {feature} of the walking network has the one-way value '{value}', which is not "
                           "understood; it is walkable in both directions."),
    "network_disconnected": ("The walking network falls into {components} unconnected parts; the largest holds "
                             "{main_share:.0%} of its length. Places on different parts cannot reach each other."),
    "point_too_far": ("{count} point(s) are more than {limit:.0f} m from any walkable line of the network, e.g. "
                      "{examples}. Extend the network or check the point's coordinates and CRS."),
    "points_off_main": ("{count} point(s) lie on a small unconnected part of the walking network, e.g. {examples}; "
                        "their walking distances to the rest are unknown."),
    "point_bad_coordinates": "{count} point(s) have no valid coordinates, e.g. {examples}; they cannot be placed on the network.",
    "network_bad_coordinates": "Feature {feature} of the walking network has invalid (infinite or missing) coordinates; it was left out.",
    "method_network": "Walking distance on the street network ({edges} segments).",
    "method_straight_line": "Straight-line distance (no walking network given): a lower bound of walking distance.",
    "no_points": "There are no {what} to measure distances {direction}.",
}


@dataclass(frozen=True)
class NetworkMessage:
    """A message code with its parameters; ``str()`` renders the English template."""

    code: str
    params: Tuple[Tuple[str, Any], ...] = field(default=())

    @classmethod
    def make(cls, code: str, **params: Any) -> NetworkMessage:
        """Build a message; fails loudly when ``code`` is unknown or a parameter is missing."""
        message = cls(code, tuple(sorted(params.items())))
        str(message)
        return message

    def as_dict(self) -> Dict[str, Any]:
        return dict(self.params)

    def __str__(self) -> str:
        return MESSAGES[self.code].format(**dict(self.params))


class NetworkError(InputError):
    """A network or point set that distances cannot be measured on; ``.code`` names the problem."""

    def __init__(self, code: str, **params: Any):
        self.msg = NetworkMessage.make(code, **params)
        self.code = code
        super().__init__(str(self.msg), issues=[self.msg])


def examples(labels: Sequence[Any], values: Sequence[float], unit: str = "m", limit: int = 3) -> str:
    """'A (2,012 m), B (2,300 m)': the first few offenders, for messages."""
    parts: List[str] = [f"{label} ({value:,.0f} {unit})" for label, value in list(zip(labels, values))[:limit]]
    more = len(labels) - limit
    return ", ".join(parts) + (f" and {more} more" if more > 0 else "")
