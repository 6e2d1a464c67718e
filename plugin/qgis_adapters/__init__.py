"""Bridges between QGIS layers and the core model; layer loading and styles."""
