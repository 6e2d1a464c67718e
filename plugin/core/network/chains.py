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
from typing import Any, List

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
    """Contract ``net`` (built once per network and cached on it)."""
    cached = getattr(net, "_chain_graph", None)
    if isinstance(cached, ChainGraph):
        return cached
    seg_nodes = net.seg_nodes
    n_seg = net.n_segments
    ends = seg_nodes.ravel()
    order = np.argsort(ends, kind="stable")
    inc_seg = (order // 2).astype(np.int64)
    ptr = np.zeros(net.n_nodes + 1, dtype=np.int64)
    np.cumsum(np.bincount(ends, minlength=net.n_nodes), out=ptr[1:])
    degree = np.diff(ptr)
    fwd = net.seg_forward
    bwd = net.seg_backward
    junction = degree != 2
    # a degree-2 node is a junction when the directions change there or both segments join the same nodes
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

    seg_chain = np.full(n_seg, -1, dtype=np.int64)
    seg_offset = np.zeros(n_seg)
    seg_flipped = np.zeros(n_seg, dtype=bool)
    chain_start: List[int] = []
    chain_end: List[int] = []
    chain_len: List[float] = []
    chain_f: List[bool] = []
    chain_b: List[bool] = []
    nodes_list = seg_nodes.tolist()
    lengths = net.seg_length.tolist()
    fwd_l, bwd_l = fwd.tolist(), bwd.tolist()
    inc_l, ptr_l = inc_seg.tolist(), ptr.tolist()
    is_junction = junction.tolist()
    chain_of = seg_chain  # filled in place

    def walk(start: int, seg: int) -> None:
        c = len(chain_start)
        node, pos = start, 0.0
        a, _ = nodes_list[seg]
        chain_f.append(fwd_l[seg] if a == start else bwd_l[seg])
        chain_b.append(bwd_l[seg] if a == start else fwd_l[seg])
        while True:
            a, b = nodes_list[seg]
            along = a == node
            chain_of[seg] = c
            seg_offset[seg] = pos
            seg_flipped[seg] = not along
            pos += lengths[seg]
            node = b if along else a
            if is_junction[node]:
                break
            p = ptr_l[node]
            seg = inc_l[p + 1] if inc_l[p] == seg else inc_l[p]
            if chain_of[seg] != -1:  # cannot happen on a consistent graph; stop here rather than loop
                is_junction[node] = True
                junction[node] = True
                break
        chain_start.append(start)
        chain_end.append(node)
        chain_len.append(pos)

    for j in np.flatnonzero(junction).tolist():
        for p in range(ptr_l[j], ptr_l[j + 1]):
            if chain_of[inc_l[p]] == -1:
                walk(j, inc_l[p])
    while True:  # pure rings: no junction on them yet
        left = np.flatnonzero(chain_of == -1)
        if not len(left):
            break
        start = int(seg_nodes[left[0], 0])
        is_junction[start] = True
        junction[start] = True
        for p in range(ptr_l[start], ptr_l[start + 1]):
            if chain_of[inc_l[p]] == -1:
                walk(start, inc_l[p])

    jid = np.full(net.n_nodes, -1, dtype=np.int64)
    jid[junction] = np.arange(int(junction.sum()))
    cn = np.column_stack([jid[np.asarray(chain_start, dtype=np.int64)], jid[np.asarray(chain_end, dtype=np.int64)]])
    cl = np.asarray(chain_len)
    cf = np.asarray(chain_f, dtype=bool)
    cb = np.asarray(chain_b, dtype=bool)
    m = int(junction.sum())
    loop = cn[:, 0] == cn[:, 1]
    rows = np.concatenate([cn[cf & ~loop, 0], cn[cb & ~loop, 1]])
    cols = np.concatenate([cn[cf & ~loop, 1], cn[cb & ~loop, 0]])
    w = np.concatenate([cl[cf & ~loop], cl[cb & ~loop]])
    o = np.lexsort((w, cols, rows))
    rows, cols, w = rows[o], cols[o], w[o]
    first = np.r_[True, (rows[1:] != rows[:-1]) | (cols[1:] != cols[:-1])] if len(rows) else np.zeros(0, dtype=bool)
    graph = sparse.csr_matrix((w[first], (rows[first], cols[first])), shape=(m, m))
    result = ChainGraph(graph=graph, graph_t=graph.transpose().tocsr(), chain_nodes=cn, chain_length=cl,
                        chain_forward=cf, chain_backward=cb, seg_chain=seg_chain, seg_offset=seg_offset,
                        seg_flipped=seg_flipped)
    net._chain_graph = result  # type: ignore[attr-defined]
    return result
