"""Sanity tests of the generators in test/fixtures/metrics_data.py, so that a broken
generator is not mistaken for a broken metric."""
from __future__ import annotations

import pytest

from test.fixtures.metrics_data import BOX, planning_data, tessellation


@pytest.mark.parametrize("n", [5, 50])
def test_tessellation_covers_the_box(n):
    cells = tessellation(n, seed=3)
    assert len(cells) == n
    assert sum(c.area for c in cells) == pytest.approx(BOX * BOX, rel=1e-9)


def test_planning_data_has_zero_populations():
    data = planning_data(60, zero_share=0.2, missing_share=0.1, seed=2)
    pops = [d.population for d in data.districts]
    assert 0 in pops and None in pops
