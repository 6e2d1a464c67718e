"""One builder for the sparse MILPs of the placement and capacity models (docs/architecture.md, "Layers").

Both formulations append columns and rows in order (the order is part of the model: HiGHS's path
depends on it) and hand scipy's ``milp`` the same arrays, so the bookkeeping lives here once.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, List, Tuple

import numpy as np
from numpy.typing import NDArray
from scipy.optimize import Bounds
from scipy.sparse import coo_matrix, csr_matrix

Entries = List[Tuple[int, float]]  # (column, coefficient) pairs of one row


@dataclass
class MilpArrays:
    """What scipy's ``milp`` takes: objective, bounds, integrality and the rows ``rlo <= A x <= rhi``."""

    c: NDArray[Any]
    bounds: Bounds
    integrality: NDArray[Any]
    A: csr_matrix
    rlo: NDArray[Any]
    rhi: NDArray[Any]

    @property
    def nvars(self) -> int:
        return int(self.c.shape[0])

    @property
    def nrows(self) -> int:
        return int(self.rlo.shape[0])


class MatrixBuilder:
    """Columns and rows of a MILP, appended in order."""

    def __init__(self) -> None:
        self.lb: List[float] = []
        self.ub: List[float] = []
        self.integ: List[int] = []
        self.cost: List[float] = []
        self.rows: List[int] = []
        self.cols: List[int] = []
        self.vals: List[float] = []
        self.rlo: List[float] = []
        self.rhi: List[float] = []

    def var(self, lo: float, hi: float, is_int: bool, c: float = 0.0) -> int:
        """A new column with bounds ``lo``..``hi`` and objective coefficient ``c``; its index."""
        self.lb.append(lo)
        self.ub.append(hi)
        self.integ.append(1 if is_int else 0)
        self.cost.append(c)
        return len(self.lb) - 1

    def row(self, entries: Entries, lo: float, hi: float) -> int:
        """A new row ``lo <= sum(coefficient * column) <= hi``; its index."""
        r = len(self.rlo)
        rows, cols, vals = self.rows, self.cols, self.vals
        for c, v in entries:
            rows.append(r)
            cols.append(c)
            vals.append(v)
        self.rlo.append(lo)
        self.rhi.append(hi)
        return r

    def arrays(self) -> MilpArrays:
        """The model as scipy's ``milp`` takes it."""
        nv = len(self.lb)
        A = coo_matrix((self.vals, (self.rows, self.cols)), shape=(len(self.rlo), nv)).tocsr()
        return MilpArrays(np.array(self.cost, dtype=float), Bounds(np.array(self.lb, float), np.array(self.ub, float)),
                          np.array(self.integ, dtype=np.int64), A, np.array(self.rlo, float), np.array(self.rhi, float))
