"""GeoPackages with several layers: a name kept for the sample builder; the writer is ``files.write_tables``.

There is one OGR writer in the plugin (``io.files``: ``LayerWriter``,
``OgrWriter``, ``write_tables``) with one field schema (``core.outputs.OutField``)
and one geometry table (``files.GEOMETRY_TYPES``, polygons as MultiPolygon).
"""
from __future__ import annotations

from .files import GEOMETRY_TYPES, Table, write_tables

write_gpkg = write_tables

__all__ = ["GEOMETRY_TYPES", "Table", "write_gpkg"]
