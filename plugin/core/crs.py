"""The working CRS rule's pure part: which UTM zone a place lies in.

Distances, catchments and placements are computed in a projected CRS in metres. When the
project gives none, the plugin uses the UTM zone of the data's centre (issue 14, point 6), so
data from Dresden or New York is not computed in zone 32. Pure Python (no PROJ): the QGIS
side (qgis_adapters.working_crs) finds the centre and builds the CRS.
"""
from __future__ import annotations

import math

# ETRS89 / UTM is the official CRS of European authorities; its EPSG codes exist for zones 28..38
# (EPSG:25828 .. EPSG:25838). Inside this box (lon -16..40, lat 34..72) we use it, else WGS 84 / UTM.
EUROPE_LON = (-16.0, 40.0)
EUROPE_LAT = (34.0, 72.0)
_ETRS89_ZONES = (28, 38)


def utm_zone(lon: float) -> int:
    """The standard UTM zone (1..60) of longitude ``lon`` in degrees; 180°E is zone 60, values wrap."""
    if not math.isfinite(lon):
        raise ValueError(f"longitude is not a finite number: {lon!r}")
    wrapped = lon
    if not -180.0 <= lon <= 180.0:
        wrapped = ((lon + 180.0) % 360.0) - 180.0
    # floor(lon / 6) rather than floor((lon + 180) / 6): adding 180 first would round -1e-17 up to a zone edge;
    # the division itself can round (a denormal -5e-324 / 6 is -0.0), so the floor is checked against lon
    zone = int(math.floor(wrapped / 6.0))
    if zone * 6.0 > wrapped:
        zone -= 1
    elif (zone + 1) * 6.0 <= wrapped:
        zone += 1
    return min(zone + 31, 60)


def utm_crs(lon: float, lat: float) -> str:
    """The UTM CRS ("EPSG:...") for a place at ``lon``/``lat`` (degrees, WGS 84 / ETRS89).

    "EPSG:258zz" (ETRS89 / UTM zone zz) inside Europe (lat 34..72, lon -16..40) for zones
    28..38; elsewhere "EPSG:326zz" (WGS 84 / UTM north) at and north of the equator and
    "EPSG:327zz" south of it. A longitude on a zone edge (a multiple of 6°) goes to the zone
    east of it. Plain 6° zones only: the exceptions around south-west Norway (32V) and
    Svalbard (31X..37X) are not applied, nor polar stereographic (UPS) beyond 84°N/80°S;
    a planning area there still gets a valid, slightly less exact projected CRS.
    """
    if not (math.isfinite(lat) and -90.0 <= lat <= 90.0):
        raise ValueError(f"latitude is out of range: {lat!r}")
    zone = utm_zone(lon)
    if (EUROPE_LAT[0] <= lat <= EUROPE_LAT[1] and EUROPE_LON[0] <= lon <= EUROPE_LON[1]
            and _ETRS89_ZONES[0] <= zone <= _ETRS89_ZONES[1]):
        return f"EPSG:{25800 + zone}"
    return f"EPSG:{(32600 if lat >= 0 else 32700) + zone}"
