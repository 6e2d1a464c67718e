"""The working CRS: the projected CRS in metres that distances and placements are computed in.

Issue 14, point 6: the plugin used EPSG:25832 everywhere, so data from Dresden or New York was
computed in the wrong UTM zone. The rule, used by every front end (dialogs, Processing, export):

1. a valid ``override`` (a CRS parameter or the planner's choice) wins; it must be projected in
   metres, else a clear InputError;
2. else the project CRS, when it is projected with metre map units and not a world Mercator
   (a project takes EPSG:3857 from an OpenStreetMap background, whose "metres" are 1.5 real
   metres in Germany);
3. else the UTM zone (core.crs.utm_crs) of the centre of the given layers' combined extent,
   transformed to EPSG:4326 with the project's transform context;
4. else core.contract.DEFAULT_CRS.
"""
from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, Iterable, Iterator, Optional, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsMapLayer,
    QgsProject,
    QgsRectangle,
)

from .. import compat
from ..core.contract import DEFAULT_CRS
from ..core.crs import utm_crs
from ..core.errors import InputError
from .i18n import tr

# The working CRS a Processing run decided (its WORKING_CRS parameter or the rule over its inputs), for code
# that gets only layers (the INSEK export): see run_working_crs. A context variable, so threads never mix runs.
_RUN_CRS: ContextVar[Optional[QgsCoordinateReferenceSystem]] = ContextVar("dispersion_run_working_crs", default=None)


@contextmanager
def run_working_crs(crs: Optional[QgsCoordinateReferenceSystem]) -> Iterator[None]:
    """Within the block, ``working_crs`` without an override returns ``crs`` (when valid)."""
    token = _RUN_CRS.set(crs if crs is not None and crs.isValid() else None)
    try:
        yield
    finally:
        _RUN_CRS.reset(token)


def _as_crs(value: Any) -> QgsCoordinateReferenceSystem:
    """A CRS from a QgsCoordinateReferenceSystem, 'AUTH:CODE', WKT or PROJ text; invalid when empty."""
    if isinstance(value, QgsCoordinateReferenceSystem):
        return value
    text = str(value or "").strip()
    if not text:
        return QgsCoordinateReferenceSystem()
    crs = QgsCoordinateReferenceSystem(text)
    if not crs.isValid():
        crs = QgsCoordinateReferenceSystem.fromWkt(text)
    return crs


def is_metric_projected(crs: QgsCoordinateReferenceSystem) -> bool:
    """True for a valid projected CRS whose map units are metres (what distances in the core need)."""
    return bool(crs.isValid() and not crs.isGeographic() and crs.mapUnits() == compat.DISTANCE_METERS)


# Projected in metres but not for measuring: world Mercators stretch distances by 1/cos(latitude)
_NOT_FOR_DISTANCES = {"EPSG:3857", "EPSG:900913", "EPSG:3395", "EPSG:3785", "EPSG:102100", "ESRI:102100"}


def _describe(crs: QgsCoordinateReferenceSystem) -> str:
    return crs.authid() or crs.description() or crs.toWkt()[:60]


def _combined_extent_wgs84(layers: Iterable[Optional[QgsMapLayer]], project: QgsProject) -> Optional[QgsRectangle]:
    """The layers' combined extent in EPSG:4326, or None when no layer has a usable extent."""
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    context = project.transformContext()
    total: Optional[QgsRectangle] = None
    for layer in layers:
        if layer is None or not layer.isValid() or not getattr(layer, "isSpatial", lambda: True)():
            continue
        extent = layer.extent()
        if extent.isNull() or (extent.width() == 0 and extent.height() == 0
                               and extent.xMinimum() == 0 and extent.yMinimum() == 0):
            continue  # an empty layer
        crs = layer.crs()
        if not crs.isValid():
            continue
        try:
            rect = extent if crs == wgs84 else QgsCoordinateTransform(crs, wgs84, context).transformBoundingBox(extent)
        except QgsCsException:
            continue
        if not all(abs(v) < 1e9 for v in (rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum())):
            continue
        if total is None:
            total = QgsRectangle(rect)
        else:
            total.combineExtentWith(rect)
    return total


def working_crs(layers: Iterable[Optional[QgsMapLayer]] = (), project: Optional[QgsProject] = None,
                override: Any = None, *, lonlat: Optional[Tuple[float, float]] = None) -> QgsCoordinateReferenceSystem:
    """The CRS a run computes in (see the module docstring for the rule).

    ``override`` is a QgsCoordinateReferenceSystem or text ('EPSG:25833', WKT); None, an empty
    text or an invalid CRS mean "no override". Raises InputError when the override is valid but
    geographic or not in metres (distances in degrees would be meaningless). ``lonlat``: the data's
    centre in degrees when there are no layers yet (an import), used like the layers' centre.
    """
    wanted = _as_crs(override)
    if not wanted.isValid() and _RUN_CRS.get() is not None:
        wanted = QgsCoordinateReferenceSystem(_RUN_CRS.get())
    if wanted.isValid():
        if not is_metric_projected(wanted):
            raise InputError(tr("The working CRS {crs} is not a projected CRS in metres. Choose one such as a "
                                "UTM zone (for example EPSG:25832), or leave the working CRS empty to use the "
                                "project's CRS or the UTM zone of the data.").format(crs=_describe(wanted)))
        return wanted
    project = project or QgsProject.instance()
    if project is not None:
        project_crs = project.crs()
        if is_metric_projected(project_crs) and project_crs.authid().upper() not in _NOT_FOR_DISTANCES:
            return project_crs
        extent = _combined_extent_wgs84(list(layers), project)
        centre_lonlat = (extent.center().x(), extent.center().y()) if extent is not None else lonlat
        if centre_lonlat is not None:
            lon, lat = centre_lonlat
            if -180.0 <= lon <= 180.0 and -90.0 <= lat <= 90.0:
                crs = QgsCoordinateReferenceSystem(utm_crs(lon, lat))
                if crs.isValid():
                    return crs
    return QgsCoordinateReferenceSystem(DEFAULT_CRS)


def crs_text(crs: QgsCoordinateReferenceSystem) -> str:
    """A CRS as text for the core: 'AUTH:CODE', or WKT when it has no authority id."""
    return crs.authid() or crs.toWkt()


def working_crs_text(layers: Iterable[Optional[QgsMapLayer]] = (), project: Optional[QgsProject] = None,
                     override: Any = None, *, lonlat: Optional[Tuple[float, float]] = None) -> str:
    """working_crs as text for the core ('AUTH:CODE' or WKT)."""
    return crs_text(working_crs(layers, project, override, lonlat=lonlat))
