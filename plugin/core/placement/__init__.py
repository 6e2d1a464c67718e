"""Placement optimiser behind ``dispersion:suggest`` (pure Python: numpy, scipy HiGHS; no qgis).

    from plugin.core.placement import suggest, verify, PlacementParams, PlacementResult, SolveStatus
"""
from .params import FEASIBLE, INFEASIBLE, OPTIMAL, TIMEOUT, Alternative, PlacementParams, PlacementResult, SolveStatus
from .solve import suggest
from .verify import verify

__all__ = ["suggest", "verify", "PlacementParams", "PlacementResult", "Alternative",
           "SolveStatus", "OPTIMAL", "FEASIBLE", "INFEASIBLE", "TIMEOUT"]
