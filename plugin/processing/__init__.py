"""Processing provider ``dispersion`` and one module per algorithm."""
