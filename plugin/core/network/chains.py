"""The network with its degree-2 chains contracted: Dijkstra runs on junctions only.

A street drawn with many vertices (curves, OSM shape points) is one chain of
segments between two junctions (nodes where not exactly two segments meet, or
where the walkable directions change). Contracting each chain to one edge keeps
every distance and shrinks the graph that each Dijkstra search settles; a point
snapped to a segment sits at a position along its chain. Pure rings get one
node of their own as a junction.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, List, Tuple

import numpy as np
from numpy.typing import NDArray
from scipy import sparse

from .graph import WalkingNetwork


@dataclass
class ChainGraph:
    """Junction graph of a WalkingNetwork and where each segment lies on its chain."""

    graph: sparse.csr_matrix  # (n_junctions, n_junctions), shortest parallel chain kept
    graph_t: sparse.csr_matrix
    chain_nodes: NDArray[Any]  # (n_chains, 2) start and end junction
    chain_length: NDArray[Any]
    chain_forward: NDArray[Any]  # walkable from start to end
    chain_backward: NDArray[Any]
    seg_chain: NDArray[Any]  # chain of each segment
    seg_offset: NDArray[Any]  # distance along the chain to the segment's first point in chain order
    seg_flipped: NDArray[Any]  # True where the chain runs from the segment's end node to its start node

    @property
    def n_nodes(self) -> int:
        return int(self.graph.shape[0])


def chain_graph(net: WalkingNetwork) -> ChainGraph:
    """Contract ``net`` (built once per network and cached on it): find the junctions, walk the chains between
    them, then build the junction graph."""
    cached = getattr(net, "_chain_graph", None)
    if isinstance(cached, ChainGraph):
        return cached
    junction, inc_seg, ptr = _junctions(net)
    walk = _ChainWalk(net, junction, inc_seg, ptr)
    walk.run()
    result = _contract(walk)
    net._chain_graph = result  # type: ignore[attr-defined]
    return result


def _junctions(net: WalkingNetwork) -> Tuple[NDArray[Any], NDArray[Any], NDArray[Any]]:
    """(junction mask per node, segments incident to each node in CSR order, their row pointers).

    A node is a junction where not exactly two segments meet, or where two meet but the walkable
    directions change there or both segments join the same two nodes.
    """
    seg_nodes = net.seg_nodes
    ends = seg_nodes.ravel()
    order = np.argsort(ends, kind="stable")
    inc_seg = (order // 2).astype(np.int64)
    ptr = np.zeros(net.n_nodes + 1, dtype=np.int64)
    np.cumsum(np.bincount(ends, minlength=net.n_nodes), out=ptr[1:])
    degree = np.diff(ptr)
    fwd = net.seg_forward
    bwd = net.seg_backward
    junction = degree != 2
    two = np.flatnonzero(degree == 2)
    s1, s2 = inc_seg[ptr[two]], inc_seg[ptr[two] + 1]
    # orient s1 towards the node and s2 away from it
    s1_in = seg_nodes[s1, 1] == two
    s2_out = seg_nodes[s2, 0] == two
    f1 = np.where(s1_in, fwd[s1], bwd[s1])
    b1 = np.where(s1_in, bwd[s1], fwd[s1])
    f2 = np.where(s2_out, fwd[s2], bwd[s2])
    b2 = np.where(s2_out, bwd[s2], fwd[s2])
    other1 = np.where(s1_in, seg_nodes[s1, 0], seg_nodes[s1, 1])
    other2 = np.where(s2_out, seg_nodes[s2, 1], seg_nodes[s2, 0])
    junction[two] = (f1 != f2) | (b1 != b2) | (other1 == other2)
    return junction, inc_seg, ptr


class _ChainWalk:
    """The chains of a network, walked segment by segment from each junction (plain lists: a Python loop)."""

    def __init__(self, net: WalkingNetwork, junction: NDArray[Any], inc_seg: NDArray[Any], ptr: NDArray[Any]) -> None:
        n_seg = net.n_segments
        self.n_nodes = net.n_nodes
        self.seg_nodes = net.seg_nodes
        self.junction = junction  # rings and inconsistent graphs add junctions while walking
        self.seg_chain = np.full(n_seg, -1, dtype=np.int64)
        self.seg_offset = np.zeros(n_seg)
        self.seg_flipped = np.zeros(n_seg, dtype=bool)
        self.chain_start: List[int] = []
        self.chain_end: List[int] = []
        self.chain_len: List[float] = []
        self.chain_f: List[bool] = []
        self.chain_b: List[bool] = []
        self.nodes_list = net.seg_nodes.tolist()
        self.lengths = net.seg_length.tolist()
        self.fwd_l, self.bwd_l = net.seg_forward.tolist(), net.seg_backward.tolist()
        self.inc_l, self.ptr_l = inc_seg.tolist(), ptr.tolist()
        self.is_junction = junction.tolist()

    def run(self) -> None:
        """Every chain: single segments between two junctions at once (most of a street grid), then those walked
        from a junction, then pure rings (no junction on them yet)."""
        self.single_segments()
        inc_l, ptr_l, chain_of = self.inc_l, self.ptr_l, self.seg_chain
        for j in np.flatnonzero(self.junction).tolist():
            for p in range(ptr_l[j], ptr_l[j + 1]):
                if chain_of[inc_l[p]] == -1:
                    self.walk(j, inc_l[p])
        while True:
            left = np.flatnonzero(chain_of == -1)
            if not len(left):
                break
            start = int(self.seg_nodes[left[0], 0])
            self.is_junction[start] = True
            self.junction[start] = True
            for p in range(ptr_l[start], ptr_l[start + 1]):
                if chain_of[inc_l[p]] == -1:
                    self.walk(start, inc_l[p])

    def single_segments(self) -> None:
        """Chains of one segment (both ends junctions), in numpy: the walk below is a Python loop per segment."""
        a, b = self.seg_nodes[:, 0], self.seg_nodes[:, 1]
        one = np.flatnonzero(self.junction[a] & self.junction[b])
        if not len(one):
            return
        self.seg_chain[one] = np.arange(len(one))
        self.chain_start = a[one].tolist()
        self.chain_end = b[one].tolist()
        self.chain_len = [self.lengths[i] for i in one.tolist()]
        self.chain_f = [self.fwd_l[i] for i in one.tolist()]
        self.chain_b = [self.bwd_l[i] for i in one.tolist()]

    def walk(self, start: int, seg: int) -> None:
        """One chain from junction ``start`` along segment ``seg`` to the next junction."""
        nodes_list, chain_of, is_junction = self.nodes_list, self.seg_chain, self.is_junction
        c = len(self.chain_start)
        node, pos = start, 0.0
        a, _ = nodes_list[seg]
        self.chain_f.append(self.fwd_l[seg] if a == start else self.bwd_l[seg])
        self.chain_b.append(self.bwd_l[seg] if a == start else self.fwd_l[seg])
        while True:
            a, b = nodes_list[seg]
            along = a == node
            chain_of[seg] = c
            self.seg_offset[seg] = pos
            self.seg_flipped[seg] = not along
            pos += self.lengths[seg]
            node = b if along else a
            if is_junction[node]:
                break
            p = self.ptr_l[node]
            seg = self.inc_l[p + 1] if self.inc_l[p] == seg else self.inc_l[p]
            if chain_of[seg] != -1:  # cannot happen on a consistent graph; stop here rather than loop
                is_junction[node] = True
                self.junction[node] = True
                break
        self.chain_start.append(start)
        self.chain_end.append(node)
        self.chain_len.append(pos)


def _contract(w: _ChainWalk) -> ChainGraph:
    """The junction graph of the walked chains: one edge per walkable direction, the shortest of parallel chains
    kept; a chain from a junction back to itself is no edge (it only matters to points on it)."""
    junction = w.junction
    jid = np.full(w.n_nodes, -1, dtype=np.int64)
    jid[junction] = np.arange(int(junction.sum()))
    cn = np.column_stack([jid[np.asarray(w.chain_start, dtype=np.int64)], jid[np.asarray(w.chain_end, dtype=np.int64)]])
    cl = np.asarray(w.chain_len)
    cf = np.asarray(w.chain_f, dtype=bool)
    cb = np.asarray(w.chain_b, dtype=bool)
    m = int(junction.sum())
    loop = cn[:, 0] == cn[:, 1]
    rows = np.concatenate([cn[cf & ~loop, 0], cn[cb & ~loop, 1]])
    cols = np.concatenate([cn[cf & ~loop, 1], cn[cb & ~loop, 0]])
    wt = np.concatenate([cl[cf & ~loop], cl[cb & ~loop]])
    o = np.lexsort((wt, cols, rows))
    rows, cols, wt = rows[o], cols[o], wt[o]
    first = np.r_[True, (rows[1:] != rows[:-1]) | (cols[1:] != cols[:-1])] if len(rows) else np.zeros(0, dtype=bool)
    graph = sparse.csr_matrix((wt[first], (rows[first], cols[first])), shape=(m, m))
    return ChainGraph(graph=graph, graph_t=graph.transpose().tocsr(), chain_nodes=cn, chain_length=cl,
                      chain_forward=cf, chain_backward=cb, seg_chain=w.seg_chain, seg_offset=w.seg_offset,
                      seg_flipped=w.seg_flipped)
