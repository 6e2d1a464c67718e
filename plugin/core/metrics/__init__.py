"""Dispersion analysis: weights, inequality indices, spatial statistics, access and the analyse() entry point.

Pure numpy/scipy/shapely (never qgis); numbers match PySAL's reference
implementations, which are test oracles only.
"""
