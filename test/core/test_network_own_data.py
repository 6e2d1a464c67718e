"""Walking networks as a city has them (issue 18 re-test with the planner's own data), in the core.

Multi-part and 3D lines, zero-length and looping ways, duplicates, bridges (crossing without a shared vertex:
not connected) and junctions (a shared vertex: connected), and the one-way values of OSM, ALKIS and a German
attribute table (ja/nein, numbers stored as text).
"""
from __future__ import annotations

import numpy as np
import pytest
from shapely.geometry import LineString, MultiLineString

from plugin.core.network import build_network, od_matrix

CRS = "EPSG:25832"
LINE = LineString([(0, 0), (100, 0)])


def there_and_back(net):
    fwd = od_matrix([(0, 0)], [(100, 0)], net).distance
    back = od_matrix([(100, 0)], [(0, 0)], net).distance
    return (float(fwd[0]) if len(fwd) else None), (float(back[0]) if len(back) else None)


@pytest.mark.parametrize("value,fwd,back", [
    ("ja", 100.0, None), ("Ja", 100.0, None), ("JA", 100.0, None), ("wahr", 100.0, None),
    ("nein", 100.0, 100.0), ("Nein", 100.0, 100.0), ("falsch", 100.0, 100.0),
    ("yes", 100.0, None), ("no", 100.0, 100.0), ("-1", None, 100.0), ("1", 100.0, None), ("true", 100.0, None),
    ("reverse", None, 100.0), (None, 100.0, 100.0), ("", 100.0, 100.0), (-1, None, 100.0), (1, 100.0, None),
    (0, 100.0, 100.0), (float("nan"), 100.0, 100.0),
    ("1.0", 100.0, None), ("-1.0", None, 100.0), ("-1,0", None, 100.0), ("0.0", 100.0, 100.0),
    ("reversible", 100.0, 100.0), ("alternating", 100.0, 100.0),
])
def test_oneway_values_of_osm_alkis_and_german_tables(value, fwd, back):
    net = build_network([LINE], CRS, oneway=[value])
    assert not [w for w in net.warnings if "oneway" in w.code], net.warnings
    assert there_and_back(net) == (fwd, back)


def test_a_oneway_value_not_understood_is_named_and_walkable_both_ways():
    net = build_network([LINE], CRS, oneway=["vielleicht"])
    assert [w.code for w in net.warnings] == ["network.network_bad_oneway"]
    assert "vielleicht" in str(net.warnings[0])
    assert there_and_back(net) == (100.0, 100.0)


@pytest.mark.parametrize("value,kept", [("ja", False), ("x", False), ("wahr", False), ("nein", True), (None, True),
                                         (1, False), (0, True), ("yes", False)])
def test_not_walkable_values(value, kept):
    net = build_network([LINE, LineString([(100, 0), (200, 0)])], CRS, not_walkable=[value, None])
    assert net.n_segments == (2 if kept else 1)


def test_a_bridge_does_not_connect_and_a_shared_vertex_does():
    bridge = build_network([LineString([(0, 0), (200, 0)]), LineString([(100, -100), (100, 100)])], CRS)
    assert bridge.n_components == 2
    assert len(od_matrix([(0, 0)], [(100, 100)], bridge).distance) == 0
    junction = build_network([LineString([(0, 0), (100, 0), (200, 0)]),
                              LineString([(100, -100), (100, 0), (100, 100)])], CRS)
    assert junction.n_components == 1
    assert od_matrix([(0, 0)], [(100, 100)], junction).distance[0] == pytest.approx(200.0)


def test_multipart_3d_zero_length_loops_and_duplicates():
    lines = [
        MultiLineString([[(0, 0, 5), (100, 0, 6)], [(100, 0, 6), (100, 100, 7)], [(500, 500, 0), (500, 500, 0)]]),
        LineString([(0, 0), (0, 0)]),  # zero length
        LineString([(0, 0), (100, 0)]),  # duplicate of a part
        LineString([(100, 0), (0, 0)]),  # the same, drawn the other way
        LineString([(100, 100), (200, 200), (200, 100), (100, 200), (100, 100)]),  # figure-eight loop, no vertex
        None,
        LineString(),
    ]
    net = build_network(lines, CRS)
    assert net.n_components == 1
    assert net.seg_length.sum() == pytest.approx(400 + 2 * 100 * np.sqrt(2) + 200)
    assert od_matrix([(0, 0)], [(200, 100)], net).distance[0] == pytest.approx(200 + 100 * np.sqrt(2) + 100)
