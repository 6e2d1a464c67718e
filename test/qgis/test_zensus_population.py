"""dispersion:zensuspopulation sums a Zensus grid per district; the result feeds the analysis as population."""
import numpy as np
import pytest
from pyproj import Transformer
from qgis.core import QgsVectorLayer
from shapely import wkb
from shapely.geometry import Point

from test.fixtures.paths import SAMPLE_GPKG


def write_grid(path, districts):
    """A 1 km Zensus grid over the sample's districts, with suppressed cells; returns expected sums by district."""
    to3035 = Transformer.from_crs("EPSG:25832", "EPSG:3035", always_xy=True)
    back = Transformer.from_crs("EPSG:3035", "EPSG:25832", always_xy=True)
    xs, ys = [], []
    for _, poly in districts:
        minx, miny, maxx, maxy = poly.bounds
        xs += [minx, maxx]
        ys += [miny, maxy]
    ex, ny = to3035.transform([min(xs), max(xs)], [min(ys), max(ys)])
    rng = np.random.default_rng(3)
    expected = {d: 0 for d, _ in districts}
    lines = ["GITTER_ID_1km;x_mp_1km;y_mp_1km;Einwohner"]
    for e in range(int(min(ex) // 1000 * 1000) - 1000, int(max(ex)) + 1000, 1000):
        for n in range(int(min(ny) // 1000 * 1000) - 1000, int(max(ny)) + 1000, 1000):
            suppressed = rng.random() < 0.1
            value = int(rng.integers(0, 3000))
            lines.append(f"CRS3035RES1000mN{n}E{e};{e + 500};{n + 500};{'–' if suppressed else value}")
            if suppressed:
                continue
            cx, cy = back.transform(e + 500, n + 500)
            for d, poly in districts:
                if poly.intersects(Point(cx, cy)):
                    expected[d] += value
                    break
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return expected


def test_grid_population_per_district_feeds_the_analysis(dispersion_provider, tmp_path):
    import processing

    layer = QgsVectorLayer(f"{SAMPLE_GPKG}|layername=districts", "districts", "ogr")
    districts = [(f["district_id"], wkb.loads(bytes(f.geometry().asWkb()))) for f in layer.getFeatures()]
    expected = write_grid(tmp_path / "zensus_1km.csv", districts)
    result = processing.run("dispersion:zensuspopulation", {"INPUT": str(tmp_path / "zensus_1km.csv"),
                                                             "DISTRICTS": layer, "OUTPUT": "memory:"})
    out = result["OUTPUT"]
    got = {f["district_id"]: f["population_zensus"] for f in out.getFeatures()}
    assert got == expected
    assert sum(f["zensus_suppressed_cells"] for f in out.getFeatures()) > 0
    analysis = processing.run("dispersion:analyse", {"DISTRICTS": out, "POPULATION_FIELD": "population_zensus",
                                                      "SHELTERS": f"{SAMPLE_GPKG}|layername=shelters", "PERMUTATIONS": 0,
                                                      "DISTRICT_METRICS": "memory:", "CITY_METRICS": "memory:"})
    metrics = {f["district_id"]: f for f in analysis["DISTRICT_METRICS"].getFeatures()}
    assert metrics["03"]["population"] == expected["03"]
    assert expected["03"] > 0
    assert metrics["03"]["per_1000"] == pytest.approx(350 * 1000 / expected["03"])
