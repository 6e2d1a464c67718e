"""The optimiser's lexicographic optimum equals that of an independent PuLP/CBC model.

The model (test/fixtures/pulp_model.py) is written from the issue text directly (pairwise
constraints, big-M load, brute-force distances); it shares no code with plugin.core.placement.
"""
from __future__ import annotations

import pytest

from test.fixtures.placement_checks import assert_equals_reference
from test.fixtures.pulp_model import pulp_lexicographic
from test.fixtures.synthetic_city import small_instance


@pytest.mark.parametrize("seed", range(32))
def test_equals_independent_pulp_model(seed):
    data, params = small_instance(seed)
    assert_equals_reference(data, params, pulp_lexicographic(data, params))
