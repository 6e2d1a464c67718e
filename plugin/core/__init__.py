"""Pure-Python core: data model, validation, metrics, optimiser, privacy. Never imports qgis."""
