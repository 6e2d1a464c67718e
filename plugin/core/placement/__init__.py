"""Placement optimiser behind ``dispersion:suggest`` (pure Python: numpy, scipy HiGHS; no qgis).

    from plugin.core.placement import suggest, verify, PlacementParams, PlacementResult, SolveStatus
    from plugin.core.placement import SolverOptions, StageResult  # time tuning; what each stage did
"""
from .params import (
    FEASIBLE,
    INFEASIBLE,
    OPTIMAL,
    TIMEOUT,
    Alternative,
    PlacementParams,
    PlacementResult,
    SolverOptions,
    SolveStatus,
    StageResult,
)
from .solve import suggest
from .verify import verify

__all__ = ["suggest", "verify", "PlacementParams", "PlacementResult", "Alternative", "SolverOptions",
           "StageResult", "SolveStatus", "OPTIMAL", "FEASIBLE", "INFEASIBLE", "TIMEOUT"]
