"""A QGIS line layer becomes the core's walking network (issue 18), and bad networks are named plainly.

The "bad networks" of the issue on the QGIS side: an empty layer, no CRS, a geographic CRS (refused without
a working CRS, reprojected with one), disconnected parts, a point 2 km from any edge; plus the messages
that name layer, feature id and field (a one-way value not understood, a feature without geometry).
"""
from __future__ import annotations

import numpy as np
import pytest

from plugin.core.errors import InputError
from plugin.core.i18n import render
from plugin.core.network import NetworkError, od_matrix

CRS = "EPSG:25832"
X0, Y0 = 410_000.0, 5_477_000.0


def line_layer(lines, crs=CRS, fields=(), values=None, name="Wege", geometry="LineString"):
    """A memory line layer of WKT ``lines``; ``fields`` (name, kind) with ``values`` per line."""
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    from plugin.compat import new_field

    uri = f"{geometry}?crs={crs or ''}"  # "?crs=": no CRS (a bare memory URI would default to EPSG:4326)
    layer = QgsVectorLayer(uri, name, "memory")
    if fields:
        layer.dataProvider().addAttributes([new_field(n, k) for n, k in fields])
        layer.updateFields()
    feats = []
    for i, wkt in enumerate(lines):
        f = QgsFeature(layer.fields())
        if wkt is not None:
            f.setGeometry(QgsGeometry.fromWkt(wkt))
        if values is not None:
            f.setAttributes(list(values[i]))
        feats.append(f)
    assert layer.dataProvider().addFeatures(feats)[0]
    return layer


def wkt(*points):
    return "LineString(" + ", ".join(f"{X0 + x} {Y0 + y}" for x, y in points) + ")"


def grid():
    """A 3 x 3 block grid, 100 m blocks: 8 lines through every crossing (a vertex at each, so they connect)."""
    out = []
    for k in range(4):
        out.append(wkt(*[(100 * i, 100 * k) for i in range(4)]))
        out.append(wkt(*[(100 * k, 100 * i) for i in range(4)]))
    return out


def test_a_projected_layer_gives_the_same_network_as_the_core(qgis_new_project):
    from plugin.qgis_adapters.network_layers import network_from_layer

    net = network_from_layer(line_layer(grid()), CRS)
    assert net.n_components == 1 and net.n_segments == 24
    assert abs(net.seg_length.sum() - 8 * 300) < 1e-6
    assert net.layer_name == "Wege" and len(net.feature_ids) == 8
    od = od_matrix([(X0, Y0)], [(X0 + 300, Y0 + 300)], net)
    assert od.method == "network" and abs(od.distance[0] - 600) < 1e-6


def test_a_layer_in_epsg4326_is_reprojected_to_the_working_crs(qgis_new_project):
    """The same grid stored in degrees and reprojected gives the same walking distances (within centimetres)."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsGeometry, QgsProject

    from plugin.qgis_adapters.network_layers import network_from_layer

    to_wgs = QgsCoordinateTransform(QgsCoordinateReferenceSystem(CRS), QgsCoordinateReferenceSystem("EPSG:4326"),
                                    QgsProject.instance())
    degrees = []
    for line in grid():
        g = QgsGeometry.fromWkt(line)
        g.transform(to_wgs)
        degrees.append(g.asWkt(12))
    layer = line_layer(degrees, crs="EPSG:4326")
    with pytest.raises(InputError) as refused:
        network_from_layer(layer, None)
    assert "Wege" in str(refused.value) and "EPSG:4326" in str(refused.value)
    with pytest.raises(InputError, match="geographic"):
        network_from_layer(layer, "EPSG:4326")
    net = network_from_layer(layer, CRS, QgsProject.instance().transformContext())
    assert net.crs == CRS
    assert any(w.code == "kita_access.layer_reprojected" for w in net.warnings)
    reference = network_from_layer(line_layer(grid()), CRS)
    od = od_matrix([(X0 + 10, Y0 + 5)], [(X0 + 290, Y0 + 210)], net).distance
    od_ref = od_matrix([(X0 + 10, Y0 + 5)], [(X0 + 290, Y0 + 210)], reference).distance
    assert abs(od[0] - od_ref[0]) < 0.05


def test_an_empty_layer_and_one_without_crs_are_named(qgis_new_project):
    from plugin.qgis_adapters.network_layers import network_from_layer

    with pytest.raises(InputError) as empty:
        network_from_layer(line_layer([], name="Leer"), CRS)
    assert "'Leer' has no features" in str(empty.value)
    with pytest.raises(InputError) as no_crs:
        network_from_layer(line_layer(grid(), crs=None, name="Ohne"), CRS)
    assert "'Ohne' has no coordinate reference system" in str(no_crs.value)
    only_null = line_layer([None, None], name="Nichts")
    with pytest.raises(InputError, match="'Nichts' has no features"):
        network_from_layer(only_null, CRS)


def test_a_point_layer_is_refused(qgis_new_project):
    from qgis.core import QgsVectorLayer

    from plugin.qgis_adapters.network_layers import network_from_layer

    with pytest.raises(InputError, match="must be a line layer"):
        network_from_layer(QgsVectorLayer(f"Point?crs={CRS}", "Punkte", "memory"), CRS)


def test_bad_oneway_values_null_geometry_and_unknown_fields_name_layer_feature_and_field(qgis_new_project):
    from plugin.qgis_adapters.network_layers import network_from_layer

    lines = grid() + [None]
    values = [("yes",), ("maybe",)] + [("",)] * 6 + [("no",)]
    layer = line_layer(lines, fields=[("einbahn", "string")], values=values)
    ids = [f.id() for f in layer.getFeatures()]
    net = network_from_layer(layer, CRS, oneway_field="einbahn")
    texts = [render(w) for w in net.warnings]
    bad = [t for t in texts if "one-way value 'maybe'" in t]
    assert bad and f"feature {ids[1]}" in bad[0] and "field 'einbahn'" in bad[0] and "'Wege'" in bad[0]
    null = [t for t in texts if "have no geometry" in t]
    assert null and str(ids[-1]) in null[0]
    assert net.seg_forward.sum() == net.n_segments and net.seg_backward.sum() == net.n_segments - 3  # line 0 one-way
    with pytest.raises(InputError) as missing:
        network_from_layer(layer, CRS, oneway_field="oneway")
    assert "no field 'oneway'" in str(missing.value) and "einbahn" in str(missing.value)


def test_walkable_and_not_walkable_fields_leave_lines_out(qgis_new_project):
    """OSM foot=no (walkable field) and a not-walkable flag take lines out; a rail line crossed nowhere splits."""
    from plugin.qgis_adapters.network_layers import network_from_layer

    lines = [wkt((0, 0), (100, 0)), wkt((100, 0), (200, 0)), wkt((200, 0), (300, 0))]
    layer = line_layer(lines, fields=[("foot", "string"), ("gesperrt", "int")],
                       values=[("yes", 0), ("no", 0), (None, 1)])
    net = network_from_layer(layer, CRS, walkable_field="foot", not_walkable_field="gesperrt")
    assert net.n_segments == 1
    assert any(w.code == "kita_access.layer_not_walkable" for w in net.warnings)


def test_disconnected_parts_and_far_points_are_reported_by_the_core(qgis_new_project):
    from plugin.qgis_adapters.network_layers import network_from_layer

    lines = grid() + [wkt((1000, 1000), (1100, 1000))]
    net = network_from_layer(line_layer(lines), CRS)
    assert net.n_components == 2
    assert any(w.code == "network.network_disconnected" for w in net.warnings)
    with pytest.raises(NetworkError) as far:
        od_matrix([(X0 + 150, Y0 + 2300)], [(X0, Y0)], net, origin_labels=["GU 7"])
    assert far.value.code == "network.point_too_far" and "GU 7" in str(far.value)


def test_a_processing_feature_source_and_feedback(qgis_new_project):
    """Processing hands a feature source; the feedback receives the warnings and can cancel."""
    from qgis.core import QgsFeatureSource, QgsProcessingFeedback

    from plugin.core.errors import CancelledError
    from plugin.qgis_adapters.network_layers import network_from_layer

    layer = line_layer(grid())
    assert isinstance(layer, QgsFeatureSource)

    class Feedback(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.infos = []

        def pushInfo(self, info):  # noqa: N802 - Qt's name
            self.infos.append(info)

    fb = Feedback()
    net = network_from_layer(layer, CRS, feedback=fb, name="Fußwege")
    assert net.layer_name == "Fußwege" and any("Fußwege" in i for i in fb.infos)
    fb.cancel()
    with pytest.raises(CancelledError):
        network_from_layer(layer, CRS, feedback=fb)
    assert np.isfinite(net.seg_length).all()
