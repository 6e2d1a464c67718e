"""Bad networks give clear errors or warnings; building, snapping tolerance and attributes."""
from __future__ import annotations

import numpy as np
import pytest
from shapely.geometry import LineString, Point

from plugin.core.errors import InputError
from plugin.core.i18n import MessageError, render
from plugin.core.network import MESSAGES, NetworkError, build_network, message, od_matrix, snap_points

CRS = "EPSG:25832"


def square():
    return [LineString([(0, 0), (100, 0)]), LineString([(100, 0), (100, 100)]),
            LineString([(100, 100), (0, 100)]), LineString([(0, 100), (0, 0)])]


@pytest.mark.parametrize("lines", [[], [None, LineString()], [LineString([(5, 5), (5, 5)])]])
def test_empty_network(lines):
    with pytest.raises(NetworkError) as err:
        build_network(lines, CRS)
    assert err.value.code == "network.network_empty"
    assert isinstance(err.value, InputError)
    assert "no usable line" in str(err.value)


def test_everything_not_walkable_is_empty():
    with pytest.raises(NetworkError, match="no usable line"):
        build_network(square(), CRS, not_walkable=[1, "yes", True, "true"])


@pytest.mark.parametrize("crs", [None, "", "  "])
def test_no_crs(crs):
    with pytest.raises(NetworkError) as err:
        build_network(square(), crs)
    assert err.value.code == "network.network_no_crs"
    assert "no coordinate reference system" in str(err.value) and "set the layer's CRS" in str(err.value)


@pytest.mark.parametrize("crs", ["EPSG:4326", "EPSG:4258"])
def test_geographic_crs(crs):
    with pytest.raises(NetworkError) as err:
        build_network(square(), crs)
    assert err.value.code == "network.network_geographic_crs"
    assert "EPSG:25832" in str(err.value)


def test_caller_knows_crs_kind():
    with pytest.raises(NetworkError, match="geographic"):
        build_network(square(), "custom-crs-text", geographic=True)
    assert build_network(square(), "custom-crs-text", geographic=False).n_segments == 4


def test_unknown_crs():
    with pytest.raises(NetworkError) as err:
        build_network(square(), "not a crs at all")
    assert err.value.code == "network.network_bad_crs"


def test_disconnected_parts_warn_and_points_on_them_are_named():
    lines = square() + [LineString([(500, 0), (520, 0)])]
    net = build_network(lines, CRS)
    assert net.n_components == 2
    codes = [m.code for m in net.warnings]
    assert codes == ["network.network_disconnected"]
    assert "2 unconnected parts" in str(net.warnings[0])
    od = od_matrix([(50, -3), (510, 2)], [(0, 50)], net, origin_labels=["GU 1", "GU 2"])
    assert {m.code for m in od.messages} == {"network.method_network", "network.network_disconnected", "network.points_off_main"}
    off = [m for m in od.messages if m.code == "network.points_off_main"][0]
    assert "GU 2" in str(off)
    d = od.dense()
    assert np.isfinite(d[0, 0]) and np.isinf(d[1, 0])


def test_point_2_km_from_any_edge_is_an_error_naming_it():
    net = build_network(square(), CRS)
    with pytest.raises(NetworkError) as err:
        od_matrix([(50, 50), (2100, 50)], [(0, 0)], net, origin_labels=["near", "Kita far"])
    assert err.value.code == "network.point_too_far"
    text = str(err.value)
    assert "Kita far (2,000 m)" in text and "1 point(s)" in text and "500 m" in text
    # the limit is the caller's: no limit, no error
    od = od_matrix([(2100, 50)], [(0, 0)], net, max_snap_distance=None, add_snap_distance=False)
    assert od.origin_snap.snap_distance[0] == pytest.approx(2000.0)


def test_snapping_reports_distance_and_position():
    net = build_network(square(), CRS)
    s = snap_points(net, [30.0, 120.0, 50.0], [4.0, 50.0, 50.0])
    assert s.snap_distance.tolist() == pytest.approx([4.0, 20.0, 50.0])
    assert s.x.tolist()[:2] == pytest.approx([30.0, 100.0])
    assert s.y.tolist()[:2] == pytest.approx([0.0, 50.0])
    assert (s.to_start + s.to_end).tolist() == pytest.approx(net.seg_length[s.segment].tolist())


def test_snapping_is_exact_for_long_and_short_segments():
    rng = np.random.default_rng(5)
    lines = [LineString([(0, 0), (10000, 0)]), LineString([(0, 0), (0.5, 0.5), (1, 0.2)]),
             LineString([(3000, 1), (3000, 400)])]
    net = build_network(lines, CRS)
    pts = rng.uniform(-50, 5000, (200, 2))
    s = snap_points(net, pts[:, 0], pts[:, 1], max_snap_distance=None)
    ref = np.array([min(line.distance(Point(x, y)) for line in lines) for x, y in pts])
    np.testing.assert_allclose(s.snap_distance, ref, atol=1e-9)


def test_vertex_tolerance_ties_nearby_ends_but_not_crossings():
    gap = [LineString([(0, 0), (100, 0)]), LineString([(100.005, 0), (200, 0)])]
    assert build_network(gap, CRS, tolerance=0.01).n_components == 1
    assert build_network(gap, CRS, tolerance=0.0).n_components == 2
    crossing = [LineString([(0, 0), (100, 0)]), LineString([(50, -50), (50, 50)])]  # a bridge: no shared vertex
    net = build_network(crossing, CRS)
    assert net.n_components == 2
    shared = [LineString([(0, 0), (50, 0), (100, 0)]), LineString([(50, -50), (50, 0), (50, 50)])]
    assert build_network(shared, CRS).n_components == 1


def test_one_way_values_and_unknown_ones():
    lines = [LineString([(0, 0), (100, 0)]), LineString([(100, 0), (100, 100)])]
    for value, fwd, bwd in (("yes", True, False), ("-1", False, True), (None, True, True), ("no", True, True),
                            (1, True, False), (-1, False, True), (0, True, True)):
        net = build_network(lines, CRS, oneway=[value, None])
        assert (bool(net.seg_forward[0]), bool(net.seg_backward[0])) == (fwd, bwd), value
    net = build_network(lines, CRS, oneway=["sometimes", None])
    assert [m.code for m in net.warnings] == ["network.network_bad_oneway"]
    assert net.seg_forward[0] and net.seg_backward[0]


def test_not_walkable_lines_are_left_out_and_coordinates_accepted():
    lines = [np.array([[0.0, 0.0], [100.0, 0.0]]), np.array([[100.0, 0.0], [200.0, 0.0]])]
    net = build_network(lines, CRS, not_walkable=[0, 1])
    assert net.n_segments == 1
    with pytest.raises(NetworkError, match="more than 500 m"):
        od_matrix([(900, 0)], [(0, 0)], net)


def test_non_line_geometries_are_reported():
    net = build_network(square() + [Point(3, 3)], CRS)
    assert [m.code for m in net.warnings] == ["network.network_bad_geometry"]


def test_every_message_renders_and_codes_are_checked():
    assert str(message("method_network", edges=3)).startswith("Walking distance")
    assert message("method_network", edges=3).code == "network.method_network"
    with pytest.raises(KeyError):
        message("no_such_code")
    with pytest.raises(MessageError):
        message("network_empty", lines=1)  # a missing parameter fails loudly
    assert all(isinstance(v, str) for v in MESSAGES.values())


def test_messages_render_in_german():
    net = build_network(square(), CRS)
    with pytest.raises(NetworkError) as err:
        od_matrix([(2100, 50)], [(0, 0)], net, origin_labels=["Kita far"])
    german = render(err.value.msg, "de")
    assert "Kita far (2.000 m)" in german and german != str(err.value.msg)
    assert "2 unconnected" not in render(message("network_disconnected", components=2, main_share=0.5), "de")


@pytest.mark.filterwarnings("ignore:invalid value encountered")  # shapely, building the test's NaN line
def test_invalid_coordinates():
    lines = square() + [LineString([(0, 0), (float("nan"), 5)]), np.array([[0.0, 0.0], [np.inf, 1.0]])]
    net = build_network(lines, CRS)
    assert [m.code for m in net.warnings] == ["network.network_bad_coordinates", "network.network_bad_coordinates"]
    assert net.n_segments == 4
    with pytest.raises(NetworkError) as err:
        od_matrix([(1, 1), (np.nan, 2)], [(0, 0)], net, origin_labels=["a", "GU 7"])
    assert err.value.code == "network.point_bad_coordinates" and "GU 7" in str(err.value)
