"""Red-team cases for the placement optimiser (``dispersion:suggest``): hostile sizes, limits and rules.

Each case asserts a clear message (naming the parameter, rule row, group or site)
or a correct, verified result, and that the status is exact: ``infeasible`` only
when proven, ``timeout`` when nothing was found in time. No timed assertions:
the time limit is checked through the reported status (bench/ measures time).
"""
from __future__ import annotations

import json
import math
from dataclasses import replace

import numpy as np
import pytest
from shapely.geometry import Point, box

from plugin.core.errors import InputError
from plugin.core.model import Candidate, District, GroupDemand, Hotspot, PlanningData, Rule, Shelter
from plugin.core.placement import PlacementParams, SolveStatus, suggest, verify
from plugin.core.validation import RawFeature, RawLayer, build_planning_data, errors
from test.fixtures.synthetic_city import synthetic_city

STATUSES = {"optimal", "feasible", "infeasible", "timeout"}


def one_district(pop=10000):
    return [District("A", "Altstadt", pop, box(0, 0, 1000, 1000))]


def two_districts():
    return [District("W", "West", 10000, box(0, 0, 1000, 1000)), District("E", "East", 5000, box(1000, 0, 2000, 1000))]


def params(**kw):
    base = dict(places=40, max_per_1000=20.0, min_spacing_m=100.0, time_limit_s=10.0)
    base.update(kw)
    return PlacementParams(**base)


def assert_exact(res, data, p):
    """Status/message/result consistency that holds for every run."""
    assert isinstance(res.status, SolveStatus) and str(res.status) in STATUSES
    assert all(isinstance(st.status, SolveStatus) for st in res.stages), res.stages
    if res.status in ("optimal", "feasible"):
        assert res.sites and res.violations == [] and verify(data, p, res.sites) == []
    else:
        assert res.sites == []
    if res.status == "infeasible":
        assert "not proven" not in res.message and not res.timed_out and res.diagnosis
    if res.status == "timeout":
        assert res.timed_out and "not proven" in res.message


# ---------------------------------------------------------------- co-located candidates at scale

@pytest.mark.parametrize("n, spacing, variants", [
    (5000, 100.0, "identical"),   # the reported case: 5,000 copies of one site, TIME_LIMIT_S=5
    (3000, 100.0, "pareto"),      # 3,000 different sizes at one point: none dominates another
    (2000, 0.0, "identical"),     # no spacing: co-located sites may all open
    (2000, 100.0, "random"),      # random sizes and costs at one point
])
def test_co_located_candidates_are_solved_within_the_time_limit(n, spacing, variants):
    rng = np.random.default_rng(1)
    cands = []
    for i in range(n):
        if variants == "identical":
            lo, hi, cost = 10, 50, 1000.0
        elif variants == "pareto":
            lo = hi = 10 * (i + 1)
            cost = float(n - i)
        else:
            lo, hi, cost = 10 * int(rng.integers(1, 3)), 10 * int(rng.integers(3, 6)), float(rng.integers(500, 900))
        cands.append(Candidate(f"c{i}", "", 500.0, 500.0, lo, hi, 10, cost))
    data = PlanningData(districts=one_district(10 ** 6), candidates=cands)
    p = params(places=40, min_spacing_m=spacing, time_limit_s=5.0)
    res = suggest(data, p)
    assert_exact(res, data, p)
    assert res.status in ("optimal", "feasible")  # one site solves it: never "infeasible"
    assert sum(s["places"] for s in res.sites) == 40
    if spacing > 0:
        assert len(res.sites) == 1


def test_co_located_groups_with_a_separate_rule_keep_the_rule_exactly():
    """Two groups that must be 200 m apart, sites only at two points 150 m apart: infeasible, proven."""
    cands = [Candidate(f"a{i}", "", 300.0, 500.0, 10, 20, 10) for i in range(50)]
    cands += [Candidate(f"b{i}", "", 450.0, 500.0, 10, 20, 10) for i in range(50)]
    data = PlanningData(districts=one_district(), candidates=cands,
                        group_demand=[GroupDemand("A", 20), GroupDemand("B", 20)],
                        rules=[Rule("A", "B", "separate", 200.0)])
    for sp in (0.0, 50.0):
        p = params(places=0, min_spacing_m=sp)
        res = suggest(data, p)
        assert_exact(res, data, p)
        assert res.status == "infeasible"
    # without spacing, co-located sites may share one group: A and B at different points, 400 m apart
    far = cands[:50] + [replace(c, x=700.0) for c in cands[50:]]
    data2 = replace(data, candidates=far)
    p = params(places=0, min_spacing_m=0.0)
    res = suggest(data2, p)
    assert_exact(res, data2, p)
    assert res.status == "optimal"
    assert {s["group_label"] for s in res.sites if s["x"] == 300.0} == {"A"} or \
        {s["group_label"] for s in res.sites if s["x"] == 300.0} == {"B"}


def test_too_dense_candidates_stop_with_timeout_naming_the_pairs():
    rng = np.random.default_rng(0)
    xy = 500.0 + rng.uniform(0, 1.0, (4000, 2))  # 4,000 distinct points within 1 m: 8 million close pairs
    cands = [Candidate(f"c{i}", "", float(x), float(y), 10, 50, 10) for i, (x, y) in enumerate(xy)]
    data = PlanningData(districts=one_district(), candidates=cands)
    p = params(time_limit_s=1.0)
    res = suggest(data, p)
    assert_exact(res, data, p)
    assert res.status == "timeout"
    assert any("pairs of candidate sites" in n and "TIME_LIMIT_S" in n for n in res.notes), res.notes


# ---------------------------------------------------------------- time limits

@pytest.mark.parametrize("limit", [0.0, -1.0, float("nan"), float("inf"), None])
def test_bad_time_limits_are_refused_naming_the_parameter(limit):
    data = PlanningData(districts=one_district(), candidates=[Candidate("c1", "", 500, 500, 10, 50, 10)])
    with pytest.raises(InputError) as exc:
        suggest(data, params(time_limit_s=limit))
    assert "TIME_LIMIT_S" in str(exc.value)


@pytest.mark.parametrize("limit", [1e-4, 0.01, 0.2])
def test_tiny_time_limit_is_never_called_infeasible(limit):
    data, p = synthetic_city(n_sites=300, n_districts=6, n_groups=3, places=300, seed=3, size_m=5000.0)
    p = replace(p, time_limit_s=limit)
    res = suggest(data, p)
    assert_exact(res, data, p)
    assert res.status != "infeasible"


def test_solver_giving_up_without_proof_is_not_infeasible(monkeypatch):
    from plugin.core.placement import formulation

    monkeypatch.setattr(formulation.Formulation, "solve",
                        lambda self, *a, **k: formulation.Solution(4, None, None, None, 0.0, "numerical trouble"))
    data = PlanningData(districts=one_district(), candidates=[Candidate("c1", "", 500, 500, 10, 50, 10)])
    p = params()
    res = suggest(data, p)
    assert_exact(res, data, p)
    assert res.status == "timeout" and "stopped without a result" in res.message


def test_time_used_up_while_preparing_the_model_is_timeout(monkeypatch):
    from plugin.core.placement import instance

    def slow(*a, **k):
        raise instance.TooDense(12_500_000, 100.0)

    monkeypatch.setattr(instance, "close_pairs", slow)
    data = PlanningData(districts=one_district(), candidates=[Candidate("c1", "", 500, 500, 10, 50, 10)])
    p = params()
    res = suggest(data, p)
    assert res.status == "timeout" and res.timed_out
    assert "could not be built within the time limit" in res.message and "not proven" in res.message
    assert any("12,500,000" in n for n in res.notes)


def test_deadline_passing_during_preparation_is_timeout(monkeypatch):
    from plugin.core.placement import instance
    from plugin.core.placement.params import BuildTimeout

    def late(*a, **k):
        raise BuildTimeout()

    monkeypatch.setattr(instance, "spacing_arrays", late)
    data = PlanningData(districts=one_district(), candidates=[Candidate("c1", "", 500, 500, 10, 50, 10)])
    res = suggest(data, params())
    assert res.status == "timeout" and "building the model alone took the time" in res.message


# ---------------------------------------------------------------- other parameters

@pytest.mark.parametrize("field_name, value, name", [
    ("max_per_1000", float("nan"), "MAX_PER_1000"),
    ("max_per_1000", -1.0, "MAX_PER_1000"),
    ("min_spacing_m", float("nan"), "MIN_SPACING_M"),
    ("min_spacing_m", float("inf"), "MIN_SPACING_M"),
    ("service_max_distance_m", float("nan"), "SERVICE_MAX_DISTANCE_M"),
    ("hotspot_max_places", -5, "HOTSPOT_MAX_PLACES"),
    ("places", 0, "PLACES"),
    ("close_pair_weight", float("nan"), "close_pair_weight"),
])
def test_bad_parameters_are_refused_naming_them(field_name, value, name):
    data = PlanningData(districts=one_district(), candidates=[Candidate("c1", "", 500, 500, 10, 50, 10)])
    kw = {field_name: value}
    if field_name == "service_max_distance_m":
        kw["service_categories"] = ("kita",)
    with pytest.raises(InputError) as exc:
        suggest(data, params(**kw))
    assert name in str(exc.value)


# ---------------------------------------------------------------- rules

def rule_layer(rows):
    feats = [RawFeature(i + 1, {"group_a": a, "group_b": b, "relation": rel, "distance_m": d, "note": ""})
             for i, (a, b, rel, d) in enumerate(rows)]
    return RawLayer("conflict rules", "rules", feats, crs=None)


def test_two_rules_with_the_same_group_a_are_both_kept():
    districts = RawLayer("districts", "districts", [RawFeature(1, {"district_id": "A", "name": "A", "population": 100},
                                                               box(0, 0, 10, 10))])
    rules = rule_layer([("A", "B", "separate", 500.0), ("A", "C", "separate", 300.0), ("A", "B", "near", 100.0)])
    data, issues = build_planning_data([districts, rules])
    assert errors(issues) == []
    assert [(r.group_a, r.group_b, r.relation) for r in data.rules] == [("A", "B", "separate"), ("A", "C", "separate"),
                                                                         ("A", "B", "near")]
    assert [r.fid for r in data.rules] == [1, 2, 3]


def grouped(rules, shelters=(), hotspots=(), demand=(("Alpha", 20), ("Beta", 20))):
    cands = [Candidate(f"c{i}", "", x, 500, 10, 20, 10) for i, x in enumerate([100, 400, 700, 1300, 1600, 1900])]
    return PlanningData(districts=two_districts(), candidates=cands, shelters=list(shelters), hotspots=list(hotspots),
                        group_demand=[GroupDemand(g, n) for g, n in demand], rules=list(rules))


@pytest.mark.parametrize("rule, unknown", [
    (Rule("Alpha", "Gamma", "separate", 300.0, fid=7), "Gamma"),
    (Rule("Alfa", "Beta", "separate", 300.0, fid=7), "Alfa"),
    (Rule("Alpha", "Gamma", "near", 300.0, fid=7), "Gamma"),
])
def test_rules_naming_unknown_groups_are_warned_with_row_and_known_groups(rule, unknown):
    data = grouped([rule], shelters=[Shelter("S1", "", 1000, 900, 10, 10, group_label="Delta")])
    p = params(places=0, min_spacing_m=0.0)
    try:
        res = suggest(data, p)
        notes = res.notes
    except InputError as exc:  # a near rule to a group that exists nowhere leaves its group no site
        notes = [str(exc)]
        assert rule.relation == "near"
        res = None
    text = " ".join(notes)
    if res is not None:
        hit = [n for n in notes if f"'{unknown}'" in n and "rule 7" in n]
        assert hit, notes
        assert "'Alpha'" in hit[0] and "'Beta'" in hit[0] and "'Delta'" in hit[0]
    else:
        assert unknown in text


def test_unknown_group_warning_also_reaches_a_near_rule_without_sites():
    data = grouped([Rule("Alpha", "Gamma", "near", 300.0, fid=3)])
    with pytest.raises(InputError) as exc:
        suggest(data, params(places=0, min_spacing_m=0.0))
    assert "Alpha" in str(exc.value) and "Gamma" in str(exc.value)


def test_rules_without_group_demand_are_reported_unused():
    data = grouped([Rule("Alpha", "Beta", "separate", 300.0)], demand=())
    res = suggest(data, params(places=40, min_spacing_m=0.0))
    assert res.status == "optimal"
    assert any("not applied" in n for n in res.notes)


def test_contradictory_rules_for_one_pair_are_named():
    """Alpha must be within 200 m of Beta's shelter and at least 500 m from it."""
    shelters = [Shelter("S1", "", 500, 500, 10, 10, group_label="Beta")]
    rules = [Rule("Alpha", "Beta", "separate", 500.0, fid=1), Rule("Alpha", "Beta", "near", 200.0, fid=2)]
    data = grouped(rules, shelters=shelters)
    with pytest.raises(InputError) as exc:
        suggest(data, params(places=0, min_spacing_m=0.0))
    msg = str(exc.value)
    assert "Alpha" in msg and "rule 1" in msg and "rule 2" in msg


def test_repeated_rules_for_one_pair_are_noted_and_the_strictest_holds():
    rules = [Rule("Alpha", "Beta", "separate", 300.0, fid=1), Rule("Beta", "Alpha", "separate", 700.0, fid=2)]
    data = grouped(rules)
    p = params(places=0, min_spacing_m=0.0)
    res = suggest(data, p)
    assert_exact(res, data, p)
    assert any("rule 1" in n and "rule 2" in n for n in res.notes)
    a = [s for s in res.sites if s["group_label"] == "Alpha"]
    b = [s for s in res.sites if s["group_label"] == "Beta"]
    assert min(math.hypot(x["x"] - y["x"], x["y"] - y["y"]) for x in a for y in b) >= 700.0


# ---------------------------------------------------------------- capacity and layers

def test_more_places_than_all_capacity_is_infeasible_with_the_reason():
    data = PlanningData(districts=two_districts(),
                        candidates=[Candidate(f"c{i}", "", x, 500, 10, 40, 10) for i, x in enumerate([300, 1500])])
    p = params(places=500, max_per_1000=1000.0, min_spacing_m=0.0)
    res = suggest(data, p)
    assert_exact(res, data, p)
    assert res.status == "infeasible"
    assert res.relaxations["placeable_places"] == 80
    assert "80 of 500" in res.message


def test_district_cap_below_demand_is_infeasible_with_the_relaxation():
    data = PlanningData(districts=two_districts(),
                        candidates=[Candidate(f"c{i}", "", x, 500, 10, 200, 10) for i, x in enumerate([300, 1500])])
    p = params(places=300, max_per_1000=10.0, min_spacing_m=0.0)
    res = suggest(data, p)
    assert_exact(res, data, p)
    assert res.status == "infeasible" and "max_per_1000" in res.relaxations


def test_empty_candidate_layer_is_refused():
    with pytest.raises(InputError) as exc:
        suggest(PlanningData(districts=one_district(), candidates=[]), params())
    assert "candidate" in str(exc.value).lower()


def test_candidates_outside_all_districts_are_refused_or_noted():
    far = [Candidate(f"x{i}", "", 50000.0 + i, 50000.0, 10, 50, 10) for i in range(3)]
    with pytest.raises(InputError) as exc:
        suggest(PlanningData(districts=one_district(), candidates=far), params())
    assert "CRS" in str(exc.value)
    data = PlanningData(districts=one_district(), candidates=far + [Candidate("in", "", 500, 500, 10, 50, 10)])
    p = params()
    res = suggest(data, p)
    assert_exact(res, data, p)
    assert res.status == "optimal" and [s["site_id"] for s in res.sites] == ["in"]
    assert any("x0" in n and "outside" in n for n in res.notes)


def test_no_districts_are_refused():
    with pytest.raises(InputError) as exc:
        suggest(PlanningData(districts=[], candidates=[Candidate("c", "", 1, 1, 10, 10, 10)]), params())
    assert "district" in str(exc.value).lower()


def test_duplicate_group_demand_is_refused_naming_the_group():
    data = grouped([], demand=(("Alpha", 10), ("alpha ", 10)))
    with pytest.raises(InputError) as exc:
        suggest(data, params(places=0))
    assert "alpha" in str(exc.value).lower() and "more than once" in str(exc.value)


def test_status_is_a_plain_string_for_outputs():
    data = PlanningData(districts=one_district(), candidates=[Candidate("c1", "", 500, 500, 10, 50, 10)])
    res = suggest(data, params())
    assert res.status == "optimal" and str(res.status) == "optimal" and f"{res.status}" == "optimal"
    assert type(str(res.status)) is str
    assert json.loads(json.dumps({"status": res.status})) == {"status": "optimal"}


def test_hotspot_polygon_far_away_and_all_sites_in_it_with_zero_cap():
    poly = Point(500, 500).buffer(400)
    hs = [Hotspot("H1", "Markt", "Alpha", 500, 500, 0.0, poly)]
    data = PlanningData(districts=one_district(), hotspots=hs,
                        candidates=[Candidate(f"c{i}", "", 400 + 50 * i, 500, 10, 50, 10) for i in range(4)])
    p = params(hotspot_max_places=0, min_spacing_m=0.0)
    res = suggest(data, p)
    assert_exact(res, data, p)
    assert res.status == "infeasible" and "hotspot_max_places" in res.relaxations


# ---------------------------------------------------------------- numbers no front end should let through

def _one(**kw):
    base = dict(districts=one_district(), candidates=[Candidate("c1", "", 500.0, 500.0, 10, 50, 10)])
    base.update(kw)
    return PlanningData(**base)


@pytest.mark.parametrize("data, p, expected", [
    (_one(candidates=[Candidate("c1", "", float("nan"), 500.0, 10, 50, 10)]), params(), "c1"),
    (_one(candidates=[Candidate("c1", "", float("inf"), 500.0, 10, 50, 10)]), params(), "not finite"),
    (_one(candidates=[Candidate("c1", "", 500.0, 500.0, 10, 10 ** 19, 10)]), params(), "1,000,000,000"),
    (_one(candidates=[Candidate("c1", "", 500.0, 500.0, 10, 50, 10, float("nan"))]), params(), "cost_per_place"),
    (_one(candidates=[Candidate("c1", "", 500.0, 500.0, 10, 50, 10, -3.0)]), params(), "cost_per_place"),
    (_one(), params(places=10 ** 19), "PLACES"),
    (_one(group_demand=[GroupDemand("A", 10 ** 19)]), params(places=0), "'A'"),
    (_one(districts=[District("A", "Altstadt", float("nan"), box(0, 0, 1000, 1000))]), params(), "population"),
    (_one(group_demand=[GroupDemand("A", 40)], rules=[Rule("A", "A", "separate", float("nan"), fid=4)]), params(places=0),
     "rule 4"),
    (_one(group_demand=[GroupDemand("A", 40)], rules=[Rule("A", "A", "separate", -5.0, fid=4)]), params(places=0), "rule 4"),
    (_one(group_demand=[GroupDemand("A", 40)], rules=[Rule(" ", "A", "separate", 100.0, fid=4)]), params(places=0), "rule 4"),
    (_one(shelters=[Shelter("S9", "", float("nan"), 1.0, 10, 10)]), params(), "S9"),
])
def test_impossible_numbers_are_refused_naming_the_record(data, p, expected):
    with pytest.raises(InputError) as exc:
        suggest(data, p)
    assert expected in str(exc.value)


@pytest.mark.parametrize("max_per_1000, population", [(1e300, 10000), (20.0, 10 ** 19)])
def test_huge_caps_and_populations_still_solve(max_per_1000, population):
    data = _one(districts=[District("A", "Altstadt", population, box(0, 0, 1000, 1000))])
    p = params(max_per_1000=max_per_1000)
    res = suggest(data, p)
    assert_exact(res, data, p)
    assert res.status == "optimal"


# ---------------------------------------------------------------- front ends show the exact status

def _sample_params(tmp_path, **extra):
    from test.fixtures.paths import SAMPLE_GPKG

    def sample(name):
        return f"{SAMPLE_GPKG}|layername={name}"

    params = {"DISTRICTS": sample("districts"), "SHELTERS": sample("shelters"), "CANDIDATES": sample("candidates"),
              "PLACES": 300, "MAX_PER_1000": 15, "MIN_SPACING_M": 500, "TIME_LIMIT_S": 20,
              "SUGGESTIONS": str(tmp_path / "s.gpkg"), "DISTRICT_METRICS_AFTER": str(tmp_path / "after.gpkg")}
    params.update(extra)
    return params


def test_processing_reports_timeout_not_infeasible(dispersion_provider, tmp_path, monkeypatch):
    pytest.importorskip("qgis.core")
    import processing
    from qgis.core import QgsProcessingFeedback

    from plugin.core.placement import formulation

    monkeypatch.setattr(formulation.Formulation, "solve",
                        lambda self, *a, **k: formulation.Solution(1, None, None, None, 0.0, "time limit"))
    errors_seen = []

    class Feedback(QgsProcessingFeedback):
        def reportError(self, error, fatalError=False):  # noqa: N802,N803 - Qt signature
            errors_seen.append(error)

    result = processing.run("dispersion:suggest", _sample_params(tmp_path), feedback=Feedback())
    assert result["STATUS"] == "timeout" and type(result["STATUS"]) is str
    assert "not proven" in result["MESSAGE"]
    assert any("not proven" in e for e in errors_seen)


def test_processing_accepts_rules_sharing_group_a_and_warns_unknown_groups(dispersion_provider, tmp_path):
    pytest.importorskip("qgis.core")
    import processing
    from qgis.core import QgsProcessingFeedback

    rules = tmp_path / "rules.csv"
    rules.write_text("group_a;group_b;relation;distance_m;note\nukrainian;syrian;separate;800;a\n"
                     "ukrainian;afghan;separate;600;b\nukrainian;syrain;separate;500;typo\n", encoding="utf-8")
    demand = tmp_path / "demand.csv"
    demand.write_text("group_label;places\nukrainian;100\nsyrian;100\n", encoding="utf-8")
    infos = []

    class Feedback(QgsProcessingFeedback):
        def pushInfo(self, info):  # noqa: N802 - Qt signature
            infos.append(info)

    result = processing.run("dispersion:suggest", _sample_params(tmp_path, RULES=str(rules), GROUP_DEMAND=str(demand)),
                            feedback=Feedback())
    assert result["STATUS"] in ("optimal", "feasible")
    assert any("'syrain'" in i and "'syrian'" in i for i in infos), infos


def test_dialog_shows_the_timeout_state(qgis_app, qgis_iface, qgis_new_project):
    pytest.importorskip("qgis.core")
    from plugin.core.placement import PlacementResult
    from plugin.gui.placement_dialog import PlacementDialog

    dialog = PlacementDialog(qgis_iface)
    dialog.result = PlacementResult(status=SolveStatus.TIMEOUT, message="No placement was found within the time limit "
                                    "of 5 s; infeasibility is not proven.", diagnosis=["The conflict could not be narrowed "
                                                                                       "down within the time limit."],
                                    timed_out=True)
    dialog.show_result()
    text = dialog.summary.toPlainText()
    assert "No result in time" in text and "not proven" in text  # display_name("status:timeout") (issue 16)
    assert "Why no placement is possible" not in text
    dialog.close()
