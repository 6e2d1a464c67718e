"""A walking network from line geometries: nodes, directed segments, components.

Every vertex of every line becomes a node; vertices closer than
``tolerance`` metres are merged (as QGIS's graph builder ties points within its
topology tolerance), so lines connect where they share a vertex, not where
they merely cross (bridges and tunnels stay apart). Each segment between two
consecutive vertices is an edge with its Euclidean length; one-way lines get
one direction, "not walkable" lines none. The graph is a scipy.sparse CSR
matrix, ready for ``scipy.sparse.csgraph.dijkstra``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, List, Optional, Sequence, Tuple

import numpy as np
from numpy.typing import NDArray
from scipy import sparse
from scipy.sparse.csgraph import connected_components
from scipy.spatial import cKDTree

from .messages import Message, NetworkError, message

DEFAULT_TOLERANCE_M = 0.01

# OSM and ALKIS values, and the German ones a city's own attribute tables use (ja/nein, wahr/falsch);
# OSM's time-dependent "reversible"/"alternating" are walkable both ways on foot.
_FORWARD = {"yes", "true", "1", "forward", "ft", "y", "t", "fwd", "ja", "j", "wahr"}
_BACKWARD = {"-1", "reverse", "backward", "tf", "bwd", "back", "rueckwaerts", "rückwärts", "gegen"}
_BOTH = {"", "no", "false", "0", "both", "n", "f", "none", "null", "nein", "falsch", "beide", "reversible",
         "alternating"}
_TRUE = {"yes", "true", "1", "y", "t", "ja", "j", "wahr", "x"}


@dataclass
class WalkingNetwork:
    """Nodes, directed segments and the CSR graph of a walking network (metres)."""

    node_xy: NDArray[Any]  # (n_nodes, 2)
    seg_xy: NDArray[Any]  # (n_segments, 4): x0, y0, x1, y1 as drawn
    seg_nodes: NDArray[Any]  # (n_segments, 2): start and end node
    seg_length: NDArray[Any]  # (n_segments,)
    seg_forward: NDArray[Any]  # bool: walkable from start to end
    seg_backward: NDArray[Any]  # bool: walkable from end to start
    seg_feature: NDArray[Any]  # index of the input line each segment comes from
    graph: sparse.csr_matrix  # (n_nodes, n_nodes) directed, shortest parallel segment kept
    component: NDArray[Any]  # weakly connected component of each node
    component_length: NDArray[Any]  # total segment length per component
    crs: Optional[str] = None
    tolerance: float = DEFAULT_TOLERANCE_M
    warnings: List[Message] = field(default_factory=list)
    _graph_t: Optional[sparse.csr_matrix] = None

    @property
    def n_nodes(self) -> int:
        return int(self.node_xy.shape[0])

    @property
    def n_segments(self) -> int:
        return int(self.seg_length.shape[0])

    @property
    def n_components(self) -> int:
        return int(self.component_length.shape[0])

    @property
    def main_component(self) -> int:
        """The component with the most length (where most places are expected)."""
        return int(np.argmax(self.component_length)) if self.n_components else -1

    def graph_reversed(self) -> sparse.csr_matrix:
        """The transposed graph (every segment walked backwards), built once."""
        if self._graph_t is None:
            self._graph_t = self.graph.transpose().tocsr()
        return self._graph_t


def _parse_direction(value: Any) -> Optional[int]:
    """1 forward only, -1 backward only, 0 both; None when not understood."""
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return 0
    if isinstance(value, (bool, np.bool_)):
        return 1 if value else 0
    if isinstance(value, (int, np.integer, float, np.floating)):
        v = float(value)
        return 1 if v > 0 else (-1 if v < 0 else 0)
    text = str(value).strip().lower()
    if text in _FORWARD:
        return 1
    if text in _BACKWARD:
        return -1
    if text in _BOTH:
        return 0
    try:  # a number stored as text ("1.0", "-1,0" from a spreadsheet or a converted double field)
        v = float(text.replace(",", "."))
    except ValueError:
        return None
    if not np.isfinite(v):
        return None
    return 1 if v > 0 else (-1 if v < 0 else 0)


def _is_true(value: Any) -> bool:
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return False
    if isinstance(value, (bool, np.bool_, int, np.integer, float, np.floating)):
        return bool(value)
    return str(value).strip().lower() in _TRUE


def check_crs(crs: Optional[str], geographic: Optional[bool] = None) -> None:
    """Refuse a network without CRS or in degrees: lengths must be metres.

    ``geographic`` is what the caller already knows (QGIS: ``crs.isGeographic()``);
    otherwise pyproj decides from ``crs`` (an authority id or WKT).
    """
    if crs is None or not str(crs).strip():
        raise NetworkError("network_no_crs")
    if geographic is None:
        try:
            from pyproj import CRS

            geographic = bool(CRS.from_user_input(crs).is_geographic)
        except ImportError:  # pyproj missing: trust the caller's projected CRS
            geographic = False
        except Exception as exc:  # pyproj.exceptions.CRSError and friends
            raise NetworkError("network_bad_crs", crs=str(crs)[:80], reason=str(exc)[:200]) from exc
    if geographic:
        raise NetworkError("network_geographic_crs", crs=str(crs)[:80])


def _line_parts(lines: Sequence[Any], warnings: List[Message]) -> Tuple[List[NDArray[Any]], List[int]]:
    """Coordinate arrays (n, 2) of each single line, with the index of its input feature."""
    parts: List[NDArray[Any]] = []
    owner: List[int] = []
    for i, geom in enumerate(lines):
        if geom is None:
            continue
        kind = getattr(geom, "geom_type", None)
        if kind is None:  # an array of coordinates
            arr = np.asarray(geom, dtype=float)
            if arr.ndim == 2 and arr.shape[0] >= 2 and arr.shape[1] >= 2:
                if not np.isfinite(arr[:, :2]).all():
                    warnings.append(message("network_bad_coordinates", feature=i))
                    continue
                parts.append(arr[:, :2])
                owner.append(i)
            continue
        if geom.is_empty:
            continue
        if kind in ("LineString", "LinearRing"):
            singles = [geom]
        elif kind == "MultiLineString":
            singles = list(geom.geoms)
        else:
            warnings.append(message("network_bad_geometry", feature=i, kind=kind))
            continue
        arrays = [np.asarray(single.coords, dtype=float) for single in singles]
        if not all(np.isfinite(a[:, :2]).all() for a in arrays if a.size):
            warnings.append(message("network_bad_coordinates", feature=i))
            continue
        for arr in arrays:
            if arr.shape[0] >= 2:
                parts.append(arr[:, :2])
                owner.append(i)
    return parts, owner


def _merge_vertices(xy: NDArray[Any], tolerance: float) -> Tuple[NDArray[Any], NDArray[Any]]:
    """Node id of each vertex and the node coordinates (first vertex of each group)."""
    if tolerance > 0 and len(xy) > 1:
        pairs = cKDTree(xy).query_pairs(r=tolerance, output_type="ndarray")
        if len(pairs):
            adj = sparse.coo_matrix((np.ones(len(pairs)), (pairs[:, 0], pairs[:, 1])), shape=(len(xy), len(xy)))
            _, labels = connected_components(adj, directed=False)
        else:
            labels = np.arange(len(xy))
        # renumber groups by their first vertex so node order is deterministic
        _, first, inverse = np.unique(labels, return_index=True, return_inverse=True)
        order = np.argsort(first)
        rank = np.empty_like(order)
        rank[order] = np.arange(len(order))
        return rank[inverse.ravel()], xy[first[order]]
    _, first, inverse = np.unique(xy, axis=0, return_index=True, return_inverse=True)
    order = np.argsort(first)
    rank = np.empty_like(order)
    rank[order] = np.arange(len(order))
    return rank[inverse.ravel()], xy[first[order]]


def build_network(lines: Sequence[Any], crs: Optional[str], *, oneway: Optional[Sequence[Any]] = None,
                  not_walkable: Optional[Sequence[Any]] = None, tolerance: float = DEFAULT_TOLERANCE_M,
                  geographic: Optional[bool] = None) -> WalkingNetwork:
    """Build the walking network of ``lines`` (shapely lines or (n, 2) coordinate arrays, in metres).

    ``oneway`` per line: empty/0/"no" both directions, 1/"yes"/"forward" along the
    digitised direction, -1/"reverse" against it. ``not_walkable`` per line: true
    leaves the line out. Raises NetworkError for no CRS, a geographic CRS or no
    usable line; disconnected parts are a warning in ``.warnings``.
    """
    check_crs(crs, geographic)
    warnings: List[Message] = []
    lines = list(lines)
    keep = [True] * len(lines)
    direction = [0] * len(lines)
    if not_walkable is not None:
        keep = [not _is_true(v) for v in not_walkable]
    if oneway is not None:
        for i, value in enumerate(oneway):
            d = _parse_direction(value)
            if d is None:
                warnings.append(message("network_bad_oneway", feature=i, value=str(value)[:40]))
                d = 0
            direction[i] = d
    selected = [g if keep[i] else None for i, g in enumerate(lines)]
    parts, owner = _line_parts(selected, warnings)
    if not parts:
        raise NetworkError("network_empty", lines=len(lines), skipped=len(lines))
    sizes = np.array([len(p) for p in parts])
    xy = np.concatenate(parts)
    part_of = np.repeat(np.arange(len(parts)), sizes)
    starts = np.flatnonzero(part_of[:-1] == part_of[1:])
    node_of, node_xy = _merge_vertices(xy, float(tolerance))
    u, v = node_of[starts], node_of[starts + 1]
    seg_xy = np.column_stack([xy[starts], xy[starts + 1]])
    length = np.hypot(seg_xy[:, 2] - seg_xy[:, 0], seg_xy[:, 3] - seg_xy[:, 1])
    feature = np.asarray(owner)[part_of[starts]]
    dirs = np.asarray(direction)[feature] if len(feature) else np.zeros(0, dtype=int)
    ok = (u != v) & (length > 0)
    u, v, seg_xy, length, feature, dirs = u[ok], v[ok], seg_xy[ok], length[ok], feature[ok], dirs[ok]
    if len(u) == 0:
        raise NetworkError("network_empty", lines=len(lines), skipped=len(lines))
    # drop nodes no segment uses (vertices merged away or only on dropped zero-length pieces)
    used = np.zeros(len(node_xy), dtype=bool)
    used[u] = True
    used[v] = True
    renum = np.cumsum(used) - 1
    u, v, node_xy = renum[u], renum[v], node_xy[used]
    fwd = dirs >= 0
    bwd = dirs <= 0
    n = len(node_xy)
    rows = np.concatenate([u[fwd], v[bwd]])
    cols = np.concatenate([v[fwd], u[bwd]])
    w = np.concatenate([length[fwd], length[bwd]])
    order = np.lexsort((w, cols, rows))
    rows, cols, w = rows[order], cols[order], w[order]
    first = np.r_[True, (rows[1:] != rows[:-1]) | (cols[1:] != cols[:-1])]
    graph = sparse.csr_matrix((w[first], (rows[first], cols[first])), shape=(n, n))
    n_comp, labels = connected_components(graph, directed=True, connection="weak")
    comp_length = np.bincount(labels[u], weights=length, minlength=n_comp)
    net = WalkingNetwork(node_xy=node_xy, seg_xy=seg_xy, seg_nodes=np.column_stack([u, v]), seg_length=length,
                         seg_forward=fwd, seg_backward=bwd, seg_feature=feature, graph=graph, component=labels,
                         component_length=comp_length, crs=str(crs), tolerance=float(tolerance), warnings=warnings)
    if n_comp > 1:
        warnings.append(message("network_disconnected", components=int(n_comp),
                                            main_share=float(comp_length.max() / comp_length.sum())))
    return net
