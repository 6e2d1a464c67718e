"""Dispersion Planner: core logic, importers, QGIS adapters and front ends."""
