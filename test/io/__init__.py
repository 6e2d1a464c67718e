"""Importers (plugin/io) and fusion (plugin/core/fusion): tests without QGIS, plus the three algorithms."""
