"""Write GeoPackages without QGIS (GDAL/OGR), atomically.

Used by the sample builder and the headless command. The whole file is written
to a temporary name beside the target and renamed at the end, so a failure or a
cancellation never leaves a half-written GeoPackage.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Sequence, Tuple

OGR_TYPES = {"text": "OFTString", "int": "OFTInteger64", "float": "OFTReal", "date": "OFTDate"}
GEOMETRY_TYPES = {"point": "wkbPoint", "polygon": "wkbMultiPolygon", "none": "wkbNone"}


@dataclass
class Table:
    """One layer or attribute table to write: fields as (name, kind) and rows as (attributes, geometry)."""

    name: str
    geometry: str  # "point", "polygon" or "none"
    fields: Sequence[Tuple[str, str]]
    rows: List[Tuple[Dict[str, Any], Any]] = field(default_factory=list)
    epsg: Optional[int] = 25832
    description: str = ""


def write_gpkg(path: str, tables: Sequence[Table]) -> str:
    """Write ``tables`` into a new GeoPackage at ``path`` (replacing it atomically, see ``files.atomic_output``)."""
    from osgeo import ogr, osr

    from .files import atomic_output

    ogr.UseExceptions()
    with atomic_output(path) as tmp:
        ds = ogr.GetDriverByName("GPKG").CreateDataSource(tmp)
        for table in tables:
            srs = None
            if table.geometry != "none" and table.epsg:
                srs = osr.SpatialReference()
                srs.ImportFromEPSG(table.epsg)
                srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
            options = ["FID=fid"]
            if table.description:
                options.append(f"DESCRIPTION={table.description}")
            lyr = ds.CreateLayer(table.name, srs, getattr(ogr, GEOMETRY_TYPES[table.geometry]), options=options)
            for name, kind in table.fields:
                lyr.CreateField(ogr.FieldDefn(name, getattr(ogr, OGR_TYPES[kind])))
            defn = lyr.GetLayerDefn()
            lyr.StartTransaction()
            for attrs, geom in table.rows:
                feat = ogr.Feature(defn)
                for name, _kind in table.fields:
                    value = attrs.get(name)
                    if value is None:
                        feat.SetFieldNull(name)
                    else:
                        feat.SetField(name, value)
                if geom is not None and table.geometry != "none":
                    g = ogr.CreateGeometryFromWkb(bytes(geom.wkb))
                    if table.geometry == "polygon":
                        g = ogr.ForceToMultiPolygon(g)
                    feat.SetGeometry(g)
                lyr.CreateFeature(feat)
            lyr.CommitTransaction()
        lyr = None
        ds = None  # close and flush before the rename
    return path
