"""Placement optimiser behind ``dispersion:suggest`` (pure Python: numpy, scipy HiGHS; no qgis).

    from plugin.core.placement import suggest, verify, PlacementParams, PlacementResult
"""
from .params import FEASIBLE, INFEASIBLE, OPTIMAL, Alternative, PlacementParams, PlacementResult
from .solve import suggest
from .verify import verify

__all__ = ["suggest", "verify", "PlacementParams", "PlacementResult", "Alternative",
           "OPTIMAL", "FEASIBLE", "INFEASIBLE"]
