"""Walking network: graph from lines, snapping, origin-destination distances (pure numpy/scipy).

Straight-line distance remains the fallback when no network is given; every
``ODMatrix`` says which method it used (``.method``).
"""
from .graph import DEFAULT_TOLERANCE_M, WalkingNetwork, build_network, check_crs
from .messages import MESSAGES, NetworkError, NetworkMessage, message, point_label
from .od import NETWORK, STRAIGHT_LINE, ODMatrix, nearest_distance, network_distances, od_matrix
from .snapping import DEFAULT_MAX_SNAP_M, SnappedPoints, snap_points

__all__ = [
    "DEFAULT_MAX_SNAP_M", "DEFAULT_TOLERANCE_M", "MESSAGES", "NETWORK", "STRAIGHT_LINE", "NetworkError",
    "NetworkMessage", "ODMatrix", "SnappedPoints", "WalkingNetwork", "build_network", "check_crs",
    "message", "nearest_distance", "network_distances", "od_matrix", "point_label", "snap_points",
]
