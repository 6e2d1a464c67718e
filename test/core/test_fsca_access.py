"""2SFCA and E2SFCA against PySAL ``access`` (to 1e-9) on generated demand, supply and costs."""
from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from plugin.core.metrics.fsca import fca_from_od, step_weights, two_step_fca
from plugin.core.network import build_network, od_matrix
from test.fixtures.oracles import oracle

access = oracle("access")


def reference(demand, supply, o, j, c, max_cost, bands):
    dem_df = pd.DataFrame({"geoid": [f"d{i}" for i in range(len(demand))], "children": demand}).set_index("geoid")
    sup_df = pd.DataFrame({"geoid": [f"s{i}" for i in range(len(supply))], "places": supply}).set_index("geoid")
    cost_df = pd.DataFrame({"origin": [f"d{i}" for i in o], "dest": [f"s{k}" for k in j], "cost": c})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        a = access.Access(demand_df=dem_df, demand_value="children", supply_df=sup_df, supply_value="places",
                          cost_df=cost_df, cost_origin="origin", cost_dest="dest", cost_name="cost")
        if bands is None:
            out = a.two_stage_fca(name="fca", max_cost=max_cost)
        else:
            out = a.enhanced_two_stage_fca(name="fca", max_cost=max_cost,
                                           weight_fn=access.weights.step_fn(dict(bands)))
    col = out["fca_places"]
    return np.array([col.get(f"d{i}", np.nan) for i in range(len(demand))], dtype=float)


def compare(ours, ref):
    known = np.isfinite(ref)
    np.testing.assert_allclose(ours.access[known], ref[known], rtol=1e-9, atol=1e-12)
    # no supply within reach: access leaves the point out, we report 0 and say so
    assert np.all(ours.access[~known] == 0.0)
    assert not ours.reachable[~known].any()


cases = st.fixed_dictionaries({
    "seed": st.integers(0, 2**32 - 1),
    "n_dem": st.integers(1, 40),
    "n_sup": st.integers(1, 15),
    "density": st.floats(0.2, 1.0),
    "max_cost": st.one_of(st.none(), st.floats(200.0, 1500.0)),
})


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=cases, enhanced=st.booleans())
def test_equals_access_on_generated_costs(case, enhanced):
    rng = np.random.default_rng(case["seed"])
    demand = rng.integers(1, 400, case["n_dem"]).astype(float) * rng.uniform(0.2, 1.0, case["n_dem"])
    supply = rng.integers(0, 120, case["n_sup"]).astype(float)
    pairs = rng.random((case["n_dem"], case["n_sup"])) < case["density"]
    o, j = np.nonzero(pairs)
    c = rng.uniform(0.0, 1500.0, len(o))
    c[rng.random(len(o)) < 0.1] = 500.0  # costs on a band bound: bounds are inclusive in both
    bands = ((500.0, 1.0), (1000.0, 0.68), (1500.0, 0.22)) if enhanced else None
    ours = two_step_fca(demand, supply, o, j, c, max_cost=case["max_cost"], bands=bands)
    ref = reference(demand, supply, o, j, c, case["max_cost"], bands)
    compare(ours, ref)
    assert ours.variant == ("E2SFCA" if enhanced else "2SFCA")


@pytest.mark.parametrize("seed", range(3))
def test_equals_access_on_walking_distances(seed):
    rng = np.random.default_rng(seed)
    from test.core.test_network_distances import grid_lines

    lines, oneway = grid_lines(10, 150.0, rng, jitter=20.0)
    net = build_network(lines, "EPSG:25832", oneway=oneway)
    homes = rng.uniform(0, 1350, (60, 2))
    kitas = rng.uniform(0, 1350, (8, 2))
    demand = rng.uniform(5, 80, len(homes))
    supply = rng.integers(20, 120, len(kitas)).astype(float)
    od = od_matrix(homes, kitas, net, max_distance=1200.0)
    bands = ((400.0, 1.0), (800.0, 0.6), (1200.0, 0.25))
    ours = fca_from_od(demand, supply, od, bands=bands)
    assert ours.method == "network" and ours.max_cost == 1200.0
    compare(ours, reference(demand, supply, od.origin, od.destination, od.distance, 1200.0, bands))
    plain = fca_from_od(demand, supply, od)
    compare(plain, reference(demand, supply, od.origin, od.destination, od.distance, 1200.0, None))
    # unweighted 2SFCA hands out exactly the places that some child reaches
    reached = np.bincount(od.destination, minlength=len(kitas)) > 0
    assert plain.places.sum() == pytest.approx(supply[reached].sum(), rel=1e-12)


def test_step_weights_match_access_step_fn():
    bands = {300.0: 1.0, 700.0: 0.5, 900.0: 0.1}
    fn = access.weights.step_fn(bands)
    d = np.array([0.0, 299.9, 300.0, 300.1, 700.0, 899.0, 900.0, 900.5, 5000.0])
    np.testing.assert_array_equal(step_weights(list(bands.items()))(d), [fn(x) for x in d])
