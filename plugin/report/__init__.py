"""Charts and HTML reports of analysis and placement results (matplotlib, no QGIS)."""
