"""analyse(): end to end against the references, bad inputs, cancellation, both interpreters."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import warnings
from pathlib import Path

import numpy as np
import pytest
from shapely.geometry import Point, box

from plugin.core.errors import CancelledError, InputError
from plugin.core.i18n import render
from plugin.core.metrics import indices
from plugin.core.metrics.analysis import AnalysisResult, analyse
from plugin.core.model import District, PlanningData, Shelter
from test.fixtures.metrics_data import libpysal_queen, planning_data
from test.fixtures.oracles import oracle

ROOT = Path(__file__).resolve().parents[2]
CITY_KEYS = ["places_total", "population_total", "per_1000_city", "moran_i", "moran_ei", "moran_z_norm",
             "moran_p_norm", "moran_p_sim", "gini", "theil", "hoover", "hhi", "dissimilarity", "cv_load",
             "clark_evans_r", "clark_evans_z", "clark_evans_p", "share_places_near_hotspots",
             "share_places_with_access"]
DISTRICT_KEYS = ["district_id", "name", "population", "places", "shelters", "per_1000", "lq", "share_places",
                 "share_population", "gi_star_z", "gi_star_p", "gi_class", "rank_per_1000",
                 "kita_per_child", "kita_shortfall", "access_method"]  # issue 18


@pytest.fixture(scope="module")
def data():
    return planning_data(70, n_shelters=40, seed=5, zero_share=0.1, missing_share=0.05, outside=2,
                         extra_polys=[box(50_000, 50_000, 51_000, 51_000)])


@pytest.fixture(scope="module")
def result(data):
    return analyse(data, permutations=999, seed=7)


def test_result_shape(result):
    assert isinstance(result, AnalysisResult)
    for key in CITY_KEYS:
        result.city_value(key)  # present
    assert all(list(row) == DISTRICT_KEYS for row in result.districts)
    assert {"share_places_near_hotspot:H1", "share_places_near_hotspot:H2"} <= set(result.city_dict())
    with pytest.raises(KeyError):
        result.city_value("nope")
    for _metric, value, note in result.city:
        assert value is None or np.isfinite(value)
        assert note


def test_places_per_district_by_hand(data, result):
    active = data.active_shelters()
    total = 0
    assert len(result.districts) == len(data.districts) > 0  # (zip below would stop at the shorter)
    for d, row in zip(data.districts, result.districts):
        inside = [s for s in active if d.geometry.intersects(Point(s.x, s.y))]
        assert row["shelters"] == len(inside)
        assert row["places"] == sum(s.capacity for s in inside)
        total += row["places"]
        if d.population:
            assert row["per_1000"] == pytest.approx(1000 * row["places"] / d.population)
            assert row["lq"] == pytest.approx(row["per_1000"] / result.city_value("per_1000_city"))
        else:
            assert row["per_1000"] is None and row["lq"] is None and row["rank_per_1000"] is None
    assert result.city_value("places_total") == sum(s.capacity for s in active)
    assert total == result.city_value("places_total") - 100  # the two shelters outside hold 50 each
    ranks = [(r["per_1000"], r["rank_per_1000"]) for r in result.districts if r["per_1000"] is not None]
    best = max(ranks)
    assert best[1] == 1


def _subset(data, result):
    keep = [i for i, r in enumerate(result.districts) if r["per_1000"] is not None]
    y = np.array([result.districts[i]["per_1000"] for i in keep])
    return keep, y


def test_spatial_figures_equal_esda(data, result):
    esda = oracle("esda")
    keep, y = _subset(data, result)
    geoms = [data.districts[i].geometry for i in keep]
    m = esda.Moran(y, libpysal_queen(geoms), permutations=999)
    assert result.city_value("moran_i") == pytest.approx(m.I, abs=1e-9)
    assert result.city_value("moran_ei") == pytest.approx(m.EI, abs=1e-12)
    assert result.city_value("moran_z_norm") == pytest.approx(m.z_norm, abs=1e-9)
    assert result.city_value("moran_p_norm") == pytest.approx(m.p_norm, abs=1e-9)
    assert abs(result.city_value("moran_p_sim") - m.p_sim) < 0.05
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        g = esda.G_Local(y, libpysal_queen(geoms), star=True, permutations=99, seed=1)
    z = np.array([result.districts[i]["gi_star_z"] for i in keep], dtype=float)
    ok = np.isfinite(g.Zs)
    np.testing.assert_allclose(z[ok], g.Zs[ok], atol=1e-9, rtol=0)
    assert np.all(np.isnan(z[~ok]))
    # the detached square is an island of the analysed subset
    assert data.districts[-1].district_id in result.islands
    for _i, row in enumerate(result.districts):
        hot = row["gi_star_p"] is not None and row["gi_star_p"] < 0.05
        expected = ("hot" if row["gi_star_z"] > 0 else "cold") if hot else "none"
        assert row["gi_class"] == expected


def test_indices_equal_index_module(data, result):
    keep, _ = _subset(data, result)
    r = [result.districts[i]["places"] for i in keep]
    t = [result.districts[i]["population"] for i in keep]
    assert result.city_value("gini") == pytest.approx(indices.gini(r, t), abs=1e-12)
    assert result.city_value("theil") == pytest.approx(indices.theil(r, t), abs=1e-12)
    assert result.city_value("dissimilarity") == result.city_value("hoover") == pytest.approx(indices.dissimilarity(r, t))
    assert result.city_value("hhi") == pytest.approx(indices.hhi(r, t))
    assert result.city_value("cv_load") == pytest.approx(indices.cv_load(r, t))
    assert result.lorenz == indices.lorenz(r, t)


def test_hotspot_and_access_shares_by_brute_force(data, result):
    active = data.active_shelters()
    cap = np.array([s.capacity for s in active], float)
    near_any = np.zeros(len(active), bool)
    assert data.hotspots and active
    for h in data.hotspots:
        area = h.geometry.buffer(h.radius_m, 256) if h.geometry is not None else Point(h.x, h.y).buffer(h.radius_m, 256)
        near = np.array([area.intersects(Point(s.x, s.y)) for s in active])
        near_any |= near
        assert result.city_value(f"share_places_near_hotspot:{h.hotspot_id}") == pytest.approx(cap[near].sum() / cap.sum())
    assert result.city_value("share_places_near_hotspots") == pytest.approx(cap[near_any].sum() / cap.sum())
    ok = 0.0
    assert len(result.access) == len(active)
    for s, row in zip(active, result.access):
        assert row["shelter_id"] == s.shelter_id
        good = True
        for cat in ("kita", "school", "language_course"):
            d = min(np.hypot(v.x - s.x, v.y - s.y) for v in data.services if v.category == cat)
            assert row[f"dist_{cat}"] == pytest.approx(d)
            good &= d <= 1000.0
        assert row["has_access"] == good
        ok += s.capacity if good else 0
    assert result.city_value("share_places_with_access") == pytest.approx(ok / cap.sum())


def test_clark_evans_uses_union_area_and_located_shelters(data, result):
    from shapely.ops import unary_union

    from plugin.core.metrics.points import clark_evans

    area = unary_union([d.geometry for d in data.districts]).area
    inside = [s for s in data.active_shelters() if not s.shelter_id.startswith("OUT")]
    ref = clark_evans([s.x for s in inside], [s.y for s in inside], area)
    assert result.city_value("clark_evans_r") == pytest.approx(ref.R, abs=1e-9)


def test_notes_name_the_problems(result):
    text = "\n".join(result.notes)
    assert "outside every district" in text and "OUT0" in text
    assert "without residents" in text
    assert "no neighbour" in text


def test_interpretation_in_both_languages(data):
    en = analyse(data, permutations=99).interpretation
    assert en["gini"].startswith("Gini ") and "concentrated" in en["gini"] or "spread" in en["gini"]
    de = {key: render(line, "de") for key, line in analyse(data, permutations=99).interpretation.items()}
    assert set(de) == set(en)
    assert "Stadtteil" in de["dissimilarity"] and "Plätze" in de["dissimilarity"]
    assert "," in de["gini"].split(":")[0]  # German decimal comma


def test_occupied_field(data):
    res = analyse(data, places_field="occupied", permutations=0)
    assert res.city_value("places_total") == sum(s.occupied for s in data.active_shelters())
    assert res.city_value("moran_p_sim") is None
    with pytest.raises(InputError):
        analyse(data, places_field="beds")


def test_planned_and_closed_shelters_hold_no_places():
    d = planning_data(20, n_shelters=6, seed=8, zero_share=0)
    d.shelters.append(Shelter("P", "planned", 100, 100, 500, 0, status="planned"))
    d.shelters.append(Shelter("C", "closed", 100, 100, 500, 0, status="closed"))
    res = analyse(d, permutations=0)
    assert res.city_value("places_total") == sum(s.capacity for s in d.shelters[:6])


def test_progress_and_cancel(data):
    seen = []
    analyse(data, permutations=199, progress=seen.append)
    assert seen[0] == 0 and seen[-1] == 100 and seen == sorted(seen)
    calls = []
    with pytest.raises(CancelledError):
        analyse(data, permutations=999, is_cancelled=lambda: calls.append(1) or len(calls) > 5)


# --- bad inputs: a clear result, never a crash ------------------------------------------------

def _no_error(res):
    for _metric, value, _ in res.city:
        assert value is None or np.isfinite(value)
    return res


def test_all_populations_missing_or_zero():
    d = planning_data(15, n_shelters=5, seed=9, zero_share=0.5, missing_share=0.5)
    res = _no_error(analyse(d, permutations=99))
    assert res.city_value("per_1000_city") is None and res.city_value("gini") is None
    assert res.city_value("moran_i") is None
    assert all(r["per_1000"] is None for r in res.districts)
    assert any("without residents" in n for n in res.notes)
    assert "moran_i" in res.interpretation  # says why it is missing


def test_single_district():
    d = PlanningData(districts=[District("A", "Alpha", 1000, box(0, 0, 100, 100))],
                     shelters=[Shelter("S", "", 50, 50, 30, 20)])
    res = _no_error(analyse(d))
    assert res.districts[0]["per_1000"] == pytest.approx(30.0)
    assert res.city_value("gini") == pytest.approx(0.0)
    assert res.city_value("moran_i") is None and res.districts[0]["gi_star_z"] is None
    assert res.city_value("clark_evans_r") is None
    assert any("at least 3" in n for n in res.notes)


def test_no_shelters():
    d = planning_data(20, n_shelters=0, seed=10)
    res = _no_error(analyse(d))
    assert res.city_value("places_total") == 0
    assert res.city_value("gini") is None and res.city_value("moran_i") is None
    assert res.access == [] and res.city_value("share_places_near_hotspots") is None
    assert all(r["gi_class"] == "none" for r in res.districts)
    assert any("No active shelters" in n for n in res.notes)


def test_all_shelters_outside():
    d = planning_data(20, n_shelters=0, seed=11, outside=3)
    res = _no_error(analyse(d))
    assert res.city_value("places_total") == 150
    assert all(r["places"] == 0 for r in res.districts)
    assert any("outside every district" in n for n in res.notes)


def test_only_islands():
    ds = [District(f"I{i}", "", 1000 + i, box(i * 1000, 0, i * 1000 + 10, 10)) for i in range(5)]
    sh = [Shelter(f"S{i}", "", i * 1000 + 5, 5, 10 * (i + 1), 0) for i in range(5)]
    res = _no_error(analyse(PlanningData(districts=ds, shelters=sh)))
    assert sorted(res.islands) == [d.district_id for d in ds]
    assert res.city_value("moran_i") is None
    assert all(r["gi_star_z"] is None and r["gi_star_p"] is None for r in res.districts)
    assert res.city_value("gini") is not None


def test_no_services_no_hotspots():
    d = planning_data(20, n_shelters=5, seed=12)
    d.services.clear()
    d.hotspots.clear()
    res = _no_error(analyse(d, permutations=0))
    assert res.city_value("share_places_with_access") is None
    assert res.city_value("share_places_near_hotspots") is None
    assert all(not row["has_access"] and row["dist_kita"] is None for row in res.access)


def test_no_districts_is_an_input_error():
    with pytest.raises(InputError):
        analyse(PlanningData())


def test_same_result_on_the_qgis_interpreter(tmp_path):
    """The QGIS runtime (system python: numpy 1.24, scipy 1.10, shapely 1.8) gives the same numbers."""
    system = "/usr/bin/python3"
    if not os.path.exists(system):
        pytest.skip("no system interpreter")
    script = tmp_path / "run.py"
    script.write_text(
        "import json, sys, warnings\n"
        "warnings.simplefilter('ignore')\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        "import numpy as np\n"
        "from shapely.geometry import box\n"
        "from plugin.core.model import District, Shelter, PlanningData, Hotspot, Service\n"
        "from plugin.core.metrics.analysis import analyse\n"
        "rng = np.random.default_rng(0)\n"
        "ds = [District(f'D{i}{j}', '', int(rng.integers(0, 900)) if (i + j) % 5 else 0,"
        " box(i * 100, j * 100, (i + 1) * 100, (j + 1) * 100)) for i in range(7) for j in range(6)]\n"
        "sh = [Shelter(f'S{k}', '', float(x), float(y), int(c), 0) for k, (x, y, c) in"
        " enumerate(zip(rng.uniform(0, 700, 25), rng.uniform(0, 600, 25), rng.integers(5, 90, 25)))]\n"
        "hs = [Hotspot('H', '', None, 300.0, 300.0, 150.0, geometry=box(250, 250, 320, 330))]\n"
        "sv = [Service('V', '', 'kita', 120.0, 80.0)]\n"
        "r = analyse(PlanningData(districts=ds, shelters=sh, hotspots=hs, services=sv), permutations=199, seed=3)\n"
        "print(json.dumps({'city': r.city_dict(), 'z': [d['gi_star_z'] for d in r.districts],"
        " 'p': [d['gi_star_p'] for d in r.districts], 'islands': r.islands}))\n")
    outs = []
    for exe in (system, sys.executable):
        proc = subprocess.run([exe, str(script)], capture_output=True, text=True, timeout=300,
                              env={k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")})
        assert proc.returncode == 0, proc.stderr
        outs.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    a, b = outs
    assert a["islands"] == b["islands"]
    for key, value in a["city"].items():
        if value is None:
            assert b["city"][key] is None, key
        else:
            assert b["city"][key] == pytest.approx(value, abs=1e-9), key
    np.testing.assert_allclose(np.array(a["z"], float), np.array(b["z"], float), atol=1e-9)
    np.testing.assert_allclose(np.array(a["p"], float), np.array(b["p"], float), atol=0.02)
