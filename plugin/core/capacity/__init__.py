"""Capacity planning over time (issue 17): active and reserve places per site and month, at least cost.

Pure Python (numpy, scipy HiGHS); no qgis.

    from plugin.core.capacity import plan_capacity, verify, CapacityProblem, Site, ...
"""
from .params import (
    CapacityParams,
    CapacityProblem,
    CapacityResult,
    CapacityStatus,
    DistrictPop,
    HotspotArea,
    MoveOut,
    Scenario,
    Site,
    hotspot_areas,
    validate,
)
from .scenarios import demand_path, demands, three_scenarios, unmatched_groups, waiting_pmf
from .solve import plan_capacity
from .verify import plan_cost, verify

__all__ = ["CapacityParams", "CapacityProblem", "CapacityResult", "CapacityStatus", "DistrictPop", "HotspotArea",
           "MoveOut", "Scenario", "Site", "hotspot_areas", "validate", "demand_path", "demands", "three_scenarios",
           "waiting_pmf", "unmatched_groups",
           "plan_capacity", "plan_cost", "verify"]
