"""Points snapped to the nearest walkable segment, which is split virtually there.

A point's place on the network is (segment, fraction along it); the distances
along the segment to its two end nodes are what a route from or to the point
adds. The search is exact: a k-d tree over points sampled along every segment
at most ``step`` apart narrows the candidates, the exact point-to-segment
distance decides.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, List, Optional, Sequence, Union

import numpy as np
from numpy.typing import NDArray
from scipy.spatial import cKDTree

from ..i18n import number
from .graph import WalkingNetwork
from .messages import Message, NetworkError, examples, message

DEFAULT_MAX_SNAP_M = 500.0


@dataclass
class SnappedPoints:
    """Where each point meets the network and how far it had to move (metres)."""

    segment: NDArray[Any]  # index of the segment
    fraction: NDArray[Any]  # 0 at the segment's start node, 1 at its end node
    snap_distance: NDArray[Any]  # from the point to the network
    x: NDArray[Any]  # the snapped position
    y: NDArray[Any]
    to_start: NDArray[Any]  # distance along the segment to its start node
    to_end: NDArray[Any]  # ... to its end node
    component: NDArray[Any]  # network component of the segment
    warnings: List[Message]

    def __len__(self) -> int:
        return int(self.segment.shape[0])


class _SegmentIndex:
    def __init__(self, net: WalkingNetwork):
        xy = net.seg_xy
        length = net.seg_length
        self.step = float(max(np.median(length), 1e-6))
        counts = np.ceil(length / self.step).astype(np.int64) + 1
        seg = np.repeat(np.arange(len(length)), counts)
        starts = np.cumsum(counts) - counts
        i = np.arange(len(seg)) - np.repeat(starts, counts)
        t = i / np.repeat(counts - 1, counts)
        self.samples_seg = seg
        pts = np.column_stack([xy[seg, 0] + t * (xy[seg, 2] - xy[seg, 0]), xy[seg, 1] + t * (xy[seg, 3] - xy[seg, 1])])
        self.tree = cKDTree(pts)


def _index(net: WalkingNetwork) -> _SegmentIndex:
    idx = getattr(net, "_snap_index", None)
    if idx is None:
        idx = _SegmentIndex(net)
        net._snap_index = idx  # type: ignore[attr-defined]
    return idx


def snap_points(net: WalkingNetwork, xs: Union[Sequence[float], NDArray[Any]], ys: Union[Sequence[float], NDArray[Any]], *,
                max_snap_distance: Optional[float] = DEFAULT_MAX_SNAP_M,
                labels: Optional[Sequence[Any]] = None) -> SnappedPoints:
    """Snap each (x, y) to its nearest walkable segment.

    Raises NetworkError("point_too_far") naming the points (``labels``, else their
    index) farther than ``max_snap_distance`` from every segment (None: no limit).
    Points on a part of the network other than the largest are a warning.
    """
    px = np.asarray(xs, dtype=float)
    py = np.asarray(ys, dtype=float)
    n = len(px)
    if n == 0:
        empty_f = np.zeros(0)
        empty_i = np.zeros(0, dtype=np.int64)
        return SnappedPoints(empty_i, empty_f, empty_f, empty_f, empty_f, empty_f, empty_f, empty_i, [])
    names = list(labels) if labels is not None else list(range(n))
    bad = np.flatnonzero(~(np.isfinite(px) & np.isfinite(py)))
    if len(bad):
        raise NetworkError("point_bad_coordinates", count=len(bad), examples=tuple(str(names[i]) for i in bad[:3]))
    idx = _index(net)
    pts = np.column_stack([px, py])
    d0, _ = idx.tree.query(pts, k=1)
    radius = d0 + idx.step * 0.5 + 1e-9 * (1.0 + np.abs(pts).max(axis=1))
    hits = idx.tree.query_ball_point(pts, r=radius)
    counts = np.fromiter((len(h) for h in hits), dtype=np.int64, count=n)
    cand_pt = np.repeat(np.arange(n), counts)
    cand_seg = idx.samples_seg[np.concatenate([np.asarray(h, dtype=np.int64) for h in hits])]
    # unique (point, segment) candidates
    key = np.unique(cand_pt * np.int64(net.n_segments) + cand_seg)
    cand_pt = key // net.n_segments
    cand_seg = key % net.n_segments
    sx0, sy0, sx1, sy1 = (net.seg_xy[cand_seg, k] for k in range(4))
    dx, dy = sx1 - sx0, sy1 - sy0
    len2 = dx * dx + dy * dy
    t = np.clip(((px[cand_pt] - sx0) * dx + (py[cand_pt] - sy0) * dy) / len2, 0.0, 1.0)
    qx, qy = sx0 + t * dx, sy0 + t * dy
    dist = np.hypot(px[cand_pt] - qx, py[cand_pt] - qy)
    order = np.lexsort((cand_seg, dist, cand_pt))
    first = order[np.r_[True, cand_pt[order][1:] != cand_pt[order][:-1]]]
    seg = cand_seg[first]
    frac = t[first]
    length = net.seg_length[seg]
    snapped = SnappedPoints(segment=seg, fraction=frac, snap_distance=dist[first], x=qx[first], y=qy[first],
                            to_start=frac * length, to_end=(1.0 - frac) * length,
                            component=net.component[net.seg_nodes[seg, 0]], warnings=[])
    if max_snap_distance is not None:
        far = np.flatnonzero(snapped.snap_distance > max_snap_distance)
        if len(far):
            far = far[np.argsort(-snapped.snap_distance[far], kind="stable")]
            raise NetworkError("point_too_far", count=len(far), limit=number(float(max_snap_distance), 0),
                               examples=examples([names[i] for i in far], snapped.snap_distance[far]))
    if net.n_components > 1:
        off = np.flatnonzero(snapped.component != net.main_component)
        if len(off):
            snapped.warnings.append(message(
                "points_off_main", count=len(off), examples=tuple(str(names[i]) for i in off[:3])))
    return snapped
