"""Clark-Evans nearest-neighbour index of shelter locations.

R = mean nearest-neighbour distance / (0.5 / sqrt(n / A)), with A the area of
the study region (the union of districts). R < 1 means shelters cluster,
R close to 1 random, R > 1 regular spacing. z uses the Clark & Evans (1954)
standard error 0.26136 / sqrt(n * n / A), p is two-sided. No edge correction,
as pointpats' mean_nnd with a given intensity.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional, Sequence

import numpy as np
from scipy.spatial import cKDTree
from scipy.stats import norm


@dataclass
class ClarkEvansResult:
    R: float
    z: float
    p: float  # two-sided, normal approximation
    mean_nnd: float
    expected_nnd: float
    n: int
    area: float


def clark_evans(xs: Sequence[float], ys: Sequence[float], area: float) -> Optional[ClarkEvansResult]:
    """Clark-Evans R of the points in a region of ``area`` m²; None with fewer than 2 points or no area."""
    pts = np.column_stack([np.asarray(xs, dtype=float), np.asarray(ys, dtype=float)])
    n = len(pts)
    if n < 2 or not area or area <= 0 or not math.isfinite(area):
        return None
    dist, _ = cKDTree(pts).query(pts, k=2)
    mean_nnd = float(dist[:, 1].mean())
    density = n / area
    expected = 0.5 / math.sqrt(density)
    se = 0.26136 / math.sqrt(n * density)
    z = (mean_nnd - expected) / se
    p = float(2.0 * norm.sf(abs(z)))
    return ClarkEvansResult(mean_nnd / expected, float(z), p, mean_nnd, expected, n, float(area))
