"""core.crs.utm_crs against PROJ's own UTM zone lookup (pyproj.database.query_utm_crs_info)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pyproj import CRS
from pyproj.aoi import AreaOfInterest
from pyproj.database import query_utm_crs_info

from plugin.core.crs import utm_crs, utm_zone


def _proj_codes(lon: float, lat: float, datum: str):
    infos = query_utm_crs_info(datum_name=datum, area_of_interest=AreaOfInterest(lon, lat, lon, lat))
    return {f"{i.auth_name}:{i.code}" for i in infos}


def _in_europe(lon: float, lat: float) -> bool:
    return -16 <= lon <= 40 and 34 <= lat <= 72


def _check(lon: float, lat: float) -> None:
    code = utm_crs(lon, lat)
    zone = int(code[-2:])
    if _in_europe(lon, lat):
        assert code.startswith("EPSG:258"), (lon, lat, code)
        assert CRS.from_user_input(code).name == f"ETRS89 / UTM zone {zone}N"
        etrs = {c for c in _proj_codes(lon, lat, "ETRS89") if c.startswith("EPSG:258")}
        # PROJ's ETRS89 areas of use follow coasts and borders and overlap by 0.01° at zone edges: where
        # one covers the place and it is not at an edge, it is ours
        if etrs and 0.02 < lon % 6 < 5.98:
            assert code in etrs, (lon, lat, code, etrs)
        wgs_zones = {int(c[-2:]) for c in _proj_codes(lon, lat, "WGS 84")}
        assert zone in wgs_zones, (lon, lat, code, wgs_zones)
    else:
        wgs = _proj_codes(lon, lat, "WGS 84")
        # on a zone edge or the equator PROJ lists both neighbours; ours must be one of them
        assert code in wgs, (lon, lat, code, wgs)
        assert code.startswith("EPSG:326" if lat >= 0 else "EPSG:327")


@pytest.mark.parametrize("lat", [-79.5, -45.0, -33.9, -0.5, 0.0, 0.5, 33.9, 34.0, 49.44, 51.05, 72.0, 72.5, 83.5])
def test_grid_including_zone_edges(lat):
    lons = [-180.0, -179.9, -74.0, -16.0, -12.0, -6.0, -0.1, 0.0, 5.99, 6.0, 7.77, 11.99, 12.0, 13.7,
            36.0, 40.0, 41.9, 100.0, 151.2, 179.99, 180.0]
    for lon in lons:
        _check(lon, lat)


def test_known_places():
    assert utm_crs(7.77, 49.44) == "EPSG:25832"   # Kaiserslautern
    assert utm_crs(13.74, 51.05) == "EPSG:25833"  # Dresden
    assert utm_crs(-74.0, 40.71) == "EPSG:32618"  # New York
    assert utm_crs(151.2, -33.87) == "EPSG:32756"  # Sydney, southern hemisphere
    assert utm_crs(-43.2, -22.9) == "EPSG:32723"  # Rio de Janeiro
    assert utm_crs(-9.14, 38.72) == "EPSG:25829"  # Lisbon
    assert utm_crs(28.97, 41.0) == "EPSG:25835"   # Istanbul (inside the Europe box)
    assert utm_crs(44.5, 40.2) == "EPSG:32638"    # Yerevan: east of the box, WGS 84
    assert utm_crs(-21.9, 64.1) == "EPSG:32627"   # Reykjavik: west of the box
    # Norway/Svalbard exceptions are not applied (documented): Bergen stays in plain zone 32
    assert utm_crs(5.3, 60.4) == "EPSG:25831"


def test_float_rounding_at_zone_edges():
    assert utm_zone(-5e-324) == 30 and utm_zone(-1e-17) == 30 and utm_zone(0.0) == 31
    assert utm_zone(6.0 - 8.9e-16) == 31 and utm_zone(6.0) == 32


def test_zone_edges_go_east_and_wrap():
    assert utm_zone(6.0) == 32 and utm_zone(5.999) == 31
    assert utm_zone(-180.0) == 1 and utm_zone(180.0) == 60 and utm_zone(540.0 - 1e-9) == 60
    assert utm_zone(181.0) == 1


def test_bad_values_are_clear():
    with pytest.raises(ValueError, match="latitude"):
        utm_crs(7.0, 95.0)
    with pytest.raises(ValueError, match="longitude"):
        utm_crs(float("nan"), 50.0)


@settings(max_examples=80, deadline=None)
@given(lon=st.floats(-180.0, 180.0), lat=st.floats(-80.0, 84.0))
def test_matches_proj_everywhere(lon, lat):
    _check(lon, lat)
