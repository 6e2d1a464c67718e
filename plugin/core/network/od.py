"""Origin-destination walking distances with k-nearest and max-distance pruning.

Dijkstra (scipy.sparse.csgraph) runs from the smaller side: from the origins
on the graph, or from the destinations on the reversed graph, so 5,000
shelters x 500 Kitas costs 500 searches. Each source point is a virtual node
with edges to the end nodes of its segment; a target's distance is the best of
its segment's two end nodes plus the rest of the segment, and a pair on the
same segment may also walk straight along it. Without a network the distance
is straight-line, and the result says which method was used.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, List, Optional, Sequence, Tuple

import numpy as np
from numpy.typing import NDArray
from scipy import sparse
from scipy.sparse.csgraph import dijkstra
from scipy.spatial import cKDTree

from ..i18n import number
from .chains import ChainGraph, chain_graph
from .graph import WalkingNetwork
from .messages import Message, message
from .reduce import eliminate_nodes, renumber_for_locality
from .snapping import DEFAULT_MAX_SNAP_M, SnappedPoints, snap_points

NETWORK = "network"
STRAIGHT_LINE = "straight_line"
_ON_NODE = 1e-9  # metres: a point this close to a node, or to another point, is there
_BLOCK_CELLS = 2.5e7  # dense Dijkstra rows per batch: batch x nodes float64 stays near 200 MB
# eliminate the nodes no point needs before this many full searches (it costs about as much as 15 of them)
_REDUCE_MIN_SOURCES = 64


@dataclass
class ODMatrix:
    """Distances (metres) in long form, sorted by origin then distance; pairs pruned away are absent."""

    origin: NDArray[Any]
    destination: NDArray[Any]
    distance: NDArray[Any]
    n_origins: int
    n_destinations: int
    method: str  # "network" or "straight_line"
    max_distance: Optional[float] = None
    k: Optional[int] = None
    snap_distance_included: bool = False
    origin_snap: Optional[SnappedPoints] = None
    destination_snap: Optional[SnappedPoints] = None
    messages: List[Message] = field(default_factory=list)

    def dense(self) -> NDArray[Any]:
        """(n_origins, n_destinations) matrix, inf where a pair is unreachable or pruned."""
        out = np.full((self.n_origins, self.n_destinations), np.inf)
        out[self.origin, self.destination] = self.distance
        return out


@dataclass
class _Placed:
    """Points placed on the edges Dijkstra runs on (chains of the contracted graph)."""

    edge: NDArray[Any]
    pos: NDArray[Any]  # distance along the edge from its start node
    to_end: NDArray[Any]
    start: NDArray[Any]
    end: NDArray[Any]
    fwd: NDArray[Any]
    bwd: NDArray[Any]

    def __len__(self) -> int:
        return int(self.edge.shape[0])


def _place(cg: ChainGraph, net: WalkingNetwork, snap: SnappedPoints) -> _Placed:
    seg = snap.segment
    c = cg.seg_chain[seg]
    along = np.where(cg.seg_flipped[seg], snap.to_end, snap.to_start)
    pos = np.minimum(cg.seg_offset[seg] + along, cg.chain_length[c])
    return _Placed(edge=c, pos=pos, to_end=np.maximum(cg.chain_length[c] - pos, 0.0), start=cg.chain_nodes[c, 0],
                   end=cg.chain_nodes[c, 1], fwd=cg.chain_forward[c], bwd=cg.chain_backward[c])


def _ends(p: _Placed, as_source: bool) -> Tuple[NDArray[Any], ...]:
    """The two ways on and off each point's edge: (node, cost, usable) twice.

    Leaving a point (``as_source``) towards the end node needs the forward
    direction, towards the start node the backward one; arriving is the mirror.
    """
    # a point on a node (within a nanometre) is that node, whatever the edge's direction
    at_end = p.to_end <= _ON_NODE
    at_start = p.pos <= _ON_NODE
    if as_source:
        return p.end, p.to_end, p.fwd | at_end, p.start, p.pos, p.bwd | at_start
    return p.start, p.pos, p.fwd | at_start, p.end, p.to_end, p.bwd | at_end


def _same_edge(src: _Placed, dst: _Placed, src_is_origin: bool, block: NDArray[Any], rows: NDArray[Any]) -> None:
    """Lower ``block`` where a source and a target lie on one edge and may walk straight along it."""
    shared = np.intersect1d(src.edge[rows], dst.edge)
    if not len(shared):
        return
    for r_local, r in enumerate(rows):
        e = src.edge[r]
        if e not in shared:
            continue
        cols = np.flatnonzero(dst.edge == e)
        if src_is_origin:
            ahead = dst.pos[cols] >= src.pos[r]
        else:  # the source is the destination: the origin (target) must lie behind it
            ahead = dst.pos[cols] <= src.pos[r]
        ok = np.where(ahead, src.fwd[r], src.bwd[r]) | (np.abs(dst.pos[cols] - src.pos[r]) <= _ON_NODE)
        direct = np.where(ok, np.abs(dst.pos[cols] - src.pos[r]), np.inf)
        block[r_local, cols] = np.minimum(block[r_local, cols], direct)


def network_distances(net: WalkingNetwork, origins: SnappedPoints, destinations: SnappedPoints,
                      limit: Optional[float] = None) -> NDArray[Any]:
    """Dense (origins x destinations) walking distances between snapped positions; inf beyond ``limit``."""
    n_o, n_d = len(origins), len(destinations)
    out = np.full((n_o, n_d), np.inf)
    if n_o == 0 or n_d == 0:
        return out
    cg = chain_graph(net)
    forward = n_o <= n_d
    src, dst = (_place(cg, net, origins), _place(cg, net, destinations)) if forward \
        else (_place(cg, net, destinations), _place(cg, net, origins))
    graph = cg.graph if forward else cg.graph_t
    # in the reversed graph a destination is left the way it is entered in the real one
    s_n1, s_c1, s_ok1, s_n2, s_c2, s_ok2 = _ends(src, as_source=forward)
    t_n1, t_c1, t_ok1, t_n2, t_c2, t_ok2 = _ends(dst, as_source=not forward)
    n = cg.n_nodes
    ns = len(src)
    virtual = n + np.arange(ns)
    rows = np.concatenate([virtual[s_ok1], virtual[s_ok2]])
    cols = np.concatenate([s_n1[s_ok1], s_n2[s_ok2]])
    # a zero-cost edge would vanish from a sparse matrix: points on a node get a negligible positive cost
    w = np.maximum(np.concatenate([s_c1[s_ok1], s_c2[s_ok2]]), 1e-12)
    # both ends of a loop chain are one junction: keep the shorter way there (a sparse matrix would add them up)
    o = np.lexsort((w, cols, rows))
    rows, cols, w = rows[o], cols[o], w[o]
    first = np.r_[True, (rows[1:] != rows[:-1]) | (cols[1:] != cols[:-1])] if len(rows) else np.zeros(0, dtype=bool)
    rows, cols, w = rows[first], cols[first], w[first]
    g = graph.tocoo()
    full = sparse.csr_matrix((np.concatenate([g.data, w]), (np.concatenate([g.row, rows]),
                                                            np.concatenate([g.col, cols]))),
                             shape=(n + ns, n + ns))
    t_c1 = np.where(t_ok1, t_c1, np.inf)
    t_c2 = np.where(t_ok2, t_c2, np.inf)
    if limit is None and ns >= _REDUCE_MIN_SOURCES:
        # full searches from many sources: drop the nodes no source starts from and no target is read at,
        # then renumber so that neighbours lie near each other in memory
        keep = np.zeros(n + ns, dtype=bool)
        keep[virtual] = True
        keep[t_n1] = True
        keep[t_n2] = True
        full, new_id = eliminate_nodes(full, keep)
        virtual, t_n1, t_n2 = new_id[virtual], new_id[t_n1], new_id[t_n2]
        full, new_id = renumber_for_locality(full)
        virtual, t_n1, t_n2 = new_id[virtual], new_id[t_n1], new_id[t_n2]
    batch = max(1, int(_BLOCK_CELLS // full.shape[0]))
    lim = np.inf if limit is None else float(limit)
    for lo in range(0, ns, batch):
        sel = np.arange(lo, min(ns, lo + batch))
        d = dijkstra(full, directed=True, indices=virtual[sel], limit=lim)
        block = np.minimum(d[:, t_n1] + t_c1[None, :], d[:, t_n2] + t_c2[None, :])
        _same_edge(src, dst, forward, block, sel)
        # the 1e-12 stand-ins for zero costs are below any length we report
        if forward:
            out[sel, :] = block
        else:
            out[:, sel] = block.T
    if limit is not None:
        out[out > lim] = np.inf
    return out


def _prune(dist: NDArray[Any], max_distance: Optional[float], k: Optional[int]) -> Tuple[NDArray[Any], ...]:
    """Long form of ``dist`` sorted by origin, then distance, then destination; pruned pairs left out."""
    d = dist.copy()
    if max_distance is not None:
        d[d > max_distance] = np.inf
    if d.size == 0:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, np.zeros(0)
    order = np.argsort(d, axis=1, kind="stable")  # ties: lower destination index first
    ranked = np.take_along_axis(d, order, axis=1)
    keep = np.isfinite(ranked)
    if k is not None and 0 < k < d.shape[1]:
        # keep each origin's k nearest and every destination tied with the k-th, so input order does not matter
        kth = ranked[:, k - 1:k]
        keep &= ranked <= kth
    o = np.broadcast_to(np.arange(d.shape[0])[:, None], d.shape)[keep]
    return o.astype(np.int64), order[keep].astype(np.int64), ranked[keep]


def od_matrix(origin_xy: Sequence[Sequence[float]], destination_xy: Sequence[Sequence[float]],
              network: Optional[WalkingNetwork] = None, *, max_distance: Optional[float] = None,
              k: Optional[int] = None, add_snap_distance: bool = True,
              max_snap_distance: Optional[float] = DEFAULT_MAX_SNAP_M,
              origin_labels: Optional[Sequence[Any]] = None,
              destination_labels: Optional[Sequence[Any]] = None) -> ODMatrix:
    """Distances from every origin to its destinations: on ``network`` if given, else straight-line.

    ``max_distance`` drops pairs farther apart; ``k`` keeps each origin's k nearest
    (all tied at the k-th). With a network, ``add_snap_distance`` adds each point's
    walk to and from the network (False gives the distance between the snapped
    positions, as QGIS's shortest-path tools report it). ``.method`` says which
    distance was used; ``.messages`` carries the network's and the snapping warnings.
    """
    if k is not None and k < 1:
        raise ValueError("k, the number of nearest destinations to keep, must be at least 1")
    o = np.asarray(origin_xy, dtype=float).reshape(-1, 2)
    t = np.asarray(destination_xy, dtype=float).reshape(-1, 2)
    if network is None:
        if max_distance is not None and k is None:
            sdm = cKDTree(o).sparse_distance_matrix(cKDTree(t), float(max_distance), output_type="coo_matrix")
            dist = np.full((len(o), len(t)), np.inf)
            dist[sdm.row, sdm.col] = sdm.data
            # sparse_distance_matrix drops exact zeros: points on top of each other
            same = cKDTree(o).query_ball_tree(cKDTree(t), r=0.0)
            for i, js in enumerate(same):
                dist[i, js] = 0.0
        else:
            dist = np.hypot(o[:, None, 0] - t[None, :, 0], o[:, None, 1] - t[None, :, 1]) if len(o) and len(t) \
                else np.full((len(o), len(t)), np.inf)
        oi, dj, dv = _prune(dist, max_distance, k)
        return ODMatrix(oi, dj, dv, len(o), len(t), STRAIGHT_LINE, max_distance, k, False,
                        messages=[message("method_straight_line")])
    so = snap_points(network, o[:, 0], o[:, 1], max_snap_distance=max_snap_distance, labels=origin_labels)
    sd = snap_points(network, t[:, 0], t[:, 1], max_snap_distance=max_snap_distance, labels=destination_labels)
    limit = max_distance
    dist = network_distances(network, so, sd, limit=limit)
    if add_snap_distance:
        dist = dist + so.snap_distance[:, None] + sd.snap_distance[None, :]
    oi, dj, dv = _prune(dist, max_distance, k)
    messages = [message("method_network", edges=number(network.n_segments, 0))]
    messages += network.warnings + so.warnings + sd.warnings
    return ODMatrix(oi, dj, dv, len(o), len(t), NETWORK, max_distance, k, add_snap_distance, so, sd, messages)


def nearest_distance(origin_xy: Sequence[Sequence[float]], destination_xy: Sequence[Sequence[float]],
                     network: Optional[WalkingNetwork] = None, **kwargs: Any) -> Tuple[NDArray[Any], NDArray[Any], str]:
    """Distance from each origin to its nearest destination and that destination's index (-1, inf if none).

    The network twin of the straight-line nearest-service distance; returns (distance, index, method).
    """
    od = od_matrix(origin_xy, destination_xy, network, k=1, **kwargs)
    n = od.n_origins
    dist = np.full(n, np.inf)
    which = np.full(n, -1, dtype=np.int64)
    if len(od.origin):
        first = np.r_[True, od.origin[1:] != od.origin[:-1]]
        dist[od.origin[first]] = od.distance[first]
        which[od.origin[first]] = od.destination[first]
    return dist, which, od.method
