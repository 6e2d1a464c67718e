"""File formats and importers into the core model, without QGIS."""
