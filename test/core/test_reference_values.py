"""The figures against oracle values frozen in test/data/reference_values.json, without importing any oracle.

Moran's I and Gi* (esda), Gini and Theil (inequality), dissimilarity/Hoover (segregation), HHI (its
definition), Clark-Evans (pointpats' mean nearest-neighbour distance) and placement optima (the PuLP/CBC
model of test/fixtures/pulp_model.py). test/tools/freeze_references.py writes the file; the live-oracle
tests (test_metrics_*.py, test_placement_oracle.py) compare with the packages themselves on more data.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys

import numpy as np
import pytest
from shapely import wkt

from plugin.core.metrics import indices
from plugin.core.metrics.points import clark_evans
from plugin.core.metrics.spatial import gi_star, moran
from plugin.core.metrics.weights import queen_weights
from test.fixtures.paths import ROOT
from test.fixtures.placement_checks import assert_equals_reference
from test.fixtures.synthetic_city import fingerprint, small_instance

REFERENCE = ROOT / "test" / "data" / "reference_values.json"
REF = json.loads(REFERENCE.read_text(encoding="utf-8"))
ORACLES = ("esda", "libpysal", "inequality", "segregation", "pointpats", "pulp", "geopandas")
REFREEZE = "re-run test/tools/freeze_references.py if the change is intended"


def test_reference_file_is_complete():
    assert len(REF["spatial"]) == 2 and len(REF["indices"]) >= 4 and len(REF["clark_evans"]) == 3
    optima = [p["optimum"] for p in REF["placement"]]
    assert sum(o is not None for o in optima) >= 6 and None in optima  # feasible and infeasible instances
    assert any(o and o["spread"] > 0 for o in optima)  # the second stage decides something


@pytest.fixture(scope="module", params=REF["spatial"], ids=lambda c: c["case"])
def spatial(request):
    case = request.param
    return case, np.array(case["y"], dtype=float), queen_weights([wkt.loads(t) for t in case["wkt"]])


def test_moran_equals_frozen_esda(spatial):
    case, y, w = spatial
    ours = moran(y, w, permutations=0)
    for key, value in case["moran"].items():
        assert getattr(ours, key) == pytest.approx(value, abs=1e-9), key


def test_gi_star_equals_frozen_esda(spatial):
    case, y, w = spatial
    ours = gi_star(y, w, permutations=0)
    for key in ("Zs", "p_norm"):
        ref = np.array([np.nan if v is None else v for v in case["gi_star"][key]], dtype=float)
        got = np.asarray(getattr(ours, key), dtype=float)
        has = np.isfinite(ref)
        assert has.sum() >= len(ref) - 2, key  # only the islands lack a value
        np.testing.assert_allclose(got[has], ref[has], atol=1e-9, rtol=0, err_msg=key)
        if key == "Zs":
            assert np.all(np.isnan(got[~has]))


@pytest.mark.parametrize("case", REF["indices"], ids=lambda c: f"seed{c['seed']}")
def test_indices_equal_frozen_values(case):
    r, t = case["places"], case["population"]
    assert indices.gini(r, t) == pytest.approx(case["gini"], abs=1e-9)
    assert indices.theil(r, t) == pytest.approx(case["theil"], abs=1e-9)
    assert indices.dissimilarity(r, t) == pytest.approx(case["dissimilarity"], abs=1e-9)
    assert indices.hoover(r, t) == pytest.approx(case["dissimilarity"], abs=1e-9)
    assert indices.hhi(r, t) == pytest.approx(case["hhi"], abs=1e-12)


@pytest.mark.parametrize("case", REF["clark_evans"], ids=lambda c: c["case"])
def test_clark_evans_equals_frozen_pointpats(case):
    pts = np.array(case["points"], dtype=float)
    ours = clark_evans(pts[:, 0], pts[:, 1], case["area"])
    assert ours.mean_nnd == pytest.approx(case["mean_nnd"], abs=1e-9)
    assert ours.R == pytest.approx(case["R"], abs=1e-9)


@pytest.mark.parametrize("case", REF["placement"], ids=lambda c: f"seed{c['seed']}")
def test_placement_equals_frozen_pulp_optimum(case):
    data, params = small_instance(case["seed"])
    assert json.loads(json.dumps(fingerprint(data, params))) == case["fingerprint"], \
        f"the generated instance changed, not the optimiser: {REFREEZE}"
    ref = case["optimum"]
    assert_equals_reference(data, params, None if ref is None else (ref["max_per_1000"], ref["spread"], ref["cost"]))


BLOCKED_RUN = """
import sys
for name in {oracles!r}:
    sys.modules[name] = None  # "import esda" etc. now raise ImportError
import pytest
sys.exit(pytest.main(["-q", "-p", "no:cacheprovider", "-p", "no:randomly", {path!r}, "-k", "not without_oracles"]))
"""


@pytest.mark.skipif(os.environ.get("DISPERSION_REFERENCE_CHILD") == "1", reason="(inside the child run)")
def test_runs_without_oracles(tmp_path):
    """This module passes with every oracle package made unimportable."""
    script = tmp_path / "blocked.py"
    script.write_text(BLOCKED_RUN.format(oracles=ORACLES, path=__file__), encoding="utf-8")
    env = dict(os.environ, DISPERSION_REFERENCE_CHILD="1", QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, str(script)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert " passed" in proc.stdout and "skipped" not in proc.stdout, proc.stdout[-2000:]
