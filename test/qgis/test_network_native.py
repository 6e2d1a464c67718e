"""Our walking distances equal QGIS's own shortest path (native:shortestpathpointtopoint) to within 1 m.

Same generated networks as test/core/test_network_distances.py (a jittered grid and a random planar
Delaunay network, both with one-way lines); QGIS ties each point to its nearest place on the network,
as ours does, and reports the cost between the tied points (ours: ``add_snap_distance=False``).

QGIS 3.22's network algorithms measure lengths on the WGS84 ellipsoid (later versions on the
project's ellipsoid); the core measures planar metres of the projected CRS. The two agree where the
UTM scale factor is 1, about 180 km east of zone 32's central meridian, so the networks are placed
there (easting 680,500). Near Kaiserslautern (easting ~410,000, scale 0.9997) they differ by ~0.3 m per km.
"""
from __future__ import annotations

import numpy as np
import pytest

from plugin.core.network import build_network, od_matrix
from test.core.test_network_distances import grid_lines, planar_lines

CRS = "EPSG:25832"
OFFSET = np.array([680_500.0, 5_480_000.0])  # UTM scale factor ~1: ellipsoidal and planar lengths agree


def line_layer(lines, oneway):
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    from plugin.compat import new_field

    layer = QgsVectorLayer(f"MultiLineString?crs={CRS}", "walk", "memory")
    layer.dataProvider().addAttributes([new_field("oneway", "int")])
    layer.updateFields()
    feats = []
    for geom, ow in zip(lines, oneway):
        f = QgsFeature(layer.fields())
        g = QgsGeometry.fromWkt(geom.wkt)
        g.translate(float(OFFSET[0]), float(OFFSET[1]))
        f.setGeometry(g)
        f.setAttribute("oneway", int(ow))
        feats.append(f)
    assert layer.dataProvider().addFeatures(feats)[0]
    return layer


def point_text(xy):
    """A point parameter as Processing reads it; float() because numpy 2's repr is 'np.float64(...)'."""
    return f"{float(xy[0])!r},{float(xy[1])!r} [{CRS}]"


def native_cost(layer, start, end):
    import processing

    out = processing.run("native:shortestpathpointtopoint", {
        "INPUT": layer, "STRATEGY": 0, "DIRECTION_FIELD": "oneway", "VALUE_FORWARD": "1",
        "VALUE_BACKWARD": "-1", "VALUE_BOTH": "0", "DEFAULT_DIRECTION": 2, "TOLERANCE": 0,
        "START_POINT": point_text(start), "END_POINT": point_text(end),
        "OUTPUT": "memory:"})
    feats = list(out["OUTPUT"].getFeatures())
    return float(feats[0]["cost"]) if feats else np.inf


@pytest.mark.parametrize("kind, seed", [("grid", 0), ("grid", 1), ("planar", 2)])
def test_distances_equal_qgis_native(qgis_processing, qgis_new_project, kind, seed):
    from qgis.core import QgsProject

    QgsProject.instance().setEllipsoid("EPSG:7019")  # GRS80 where a version reads the project's ellipsoid
    rng = np.random.default_rng(seed)
    if kind == "grid":
        lines, oneway = grid_lines(8, 120.0, rng, jitter=15.0, oneway_share=0.2, drop_share=0.1)
        extent = 840.0
    else:
        lines, oneway = planar_lines(80, rng, oneway_share=0.15)
        extent = 2000.0
    origins = rng.uniform(0, extent, (4, 2))
    dests = rng.uniform(0, extent, (3, 2))
    net = build_network(lines, CRS, oneway=oneway, tolerance=0.0)
    ours = od_matrix(origins, dests, net, add_snap_distance=False, max_snap_distance=None).dense()
    layer = line_layer(lines, oneway)
    compared = 0
    for i, o in enumerate(origins + OFFSET):
        for j, d in enumerate(dests + OFFSET):
            theirs = native_cost(layer, o, d)
            if np.isinf(ours[i, j]):
                assert np.isinf(theirs) or theirs == 0.0, (i, j, theirs)
                continue
            assert abs(theirs - ours[i, j]) <= 1.0, (i, j, theirs, ours[i, j])
            compared += 1
    assert compared >= 6
    del layer
