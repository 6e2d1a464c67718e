"""Saved capacity scenarios (issue 17, "Compare"): records, JSON round trip, the side-by-side table."""
from __future__ import annotations

import dataclasses
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from plugin.core import i18n
from plugin.core.capacity import plan_capacity
from plugin.core.capacity.compare import (
    FORMAT,
    VERSION,
    comparison_rows,
    district_active_places,
    from_json,
    problem_from_record,
    problem_to_dict,
    record_from,
    record_message,
    reserve_per_month,
    to_json,
)
from plugin.core.errors import InputError
from test.fixtures.capacity_instances import generated


@pytest.fixture(scope="module")
def runs():
    """Two small plans of the same city: one optimal, one made infeasible (arrivals far above every site)."""
    pb = generated(4, sites=7, months=6)
    ok = plan_capacity(pb)
    assert str(ok.status) == "optimal"
    big = dataclasses.replace(pb, scenarios=[dataclasses.replace(s, arrivals={g: tuple(v * 40 for v in a)
                                                                              for g, a in s.arrivals.items()})
                                             for s in pb.scenarios],
                              params=dataclasses.replace(pb.params, time_limit_s=8.0))
    bad = plan_capacity(big)
    assert str(bad.status) == "infeasible"
    return (pb, ok), (big, bad)


def test_record_summarises_the_result(runs):
    (pb, res), _ = runs
    rec = record_from(pb, res, "mid", saved_at="2025-01-01T00:00:00+00:00")
    T = pb.params.horizon
    assert rec.status == "optimal" and rec.cost == pytest.approx(res.cost) and rec.gap == res.gap
    assert rec.cost_breakdown == pytest.approx(res.cost_breakdown)
    assert rec.states == res.states and rec.active_places == res.active_places
    assert rec.peak_shortfall == 0
    # reserve places per month: reserve sites in full, active sites with their inactive places
    sites = {s.site_id: s for s in pb.sites}
    want = [sum(sites[k].capacity if v[t] == "reserve" else
                sites[k].capacity - res.active_places[k][t] if v[t] == "active" else 0 for k, v in res.states.items())
            for t in range(T)]
    assert rec.reserve_places == want == reserve_per_month(pb, res.states, res.active_places)
    assert rec.reserve_places_held == {"max": max(want), "mean": pytest.approx(sum(want) / T)}
    assert rec.active_total == [sum(v[t] for v in res.active_places.values()) for t in range(T)]
    assert rec.max_district_load_over_time == pytest.approx([max(v[t] for v in res.district_load.values())
                                                             for t in range(T)])
    assert max(rec.max_district_load_over_time) == pytest.approx(res.max_load)
    assert rec.demand == {k: pytest.approx(v) for k, v in res.demand.items()}
    per = district_active_places(rec)
    assert sum(per[d][0] for d in per) == rec.active_total[0]


def test_infeasible_record_keeps_the_peak_shortfall(runs):
    _, (big, bad) = runs
    rec = record_from(big, bad, "too many")
    assert rec.status == "infeasible" and not rec.has_plan
    assert rec.peak_shortfall == max(x["places"] for x in bad.shortfall) > 0
    row = comparison_rows([rec], "en")[0]
    assert row["cost"] is None and row["peak_shortfall"] == rec.peak_shortfall
    assert row["text"]["cost"] == "–"


def test_json_round_trip_and_plan_of_the_round_tripped_problem(runs):
    (pb, res), (big, bad) = runs
    recs = [record_from(pb, res, "mid"), record_from(big, bad, "high arrivals")]
    text = to_json(recs)
    data = json.loads(text)
    assert data["format"] == FORMAT and data["version"] == VERSION
    back = from_json(text)
    assert back == recs
    again = problem_from_record(back[0])
    assert again == pb
    plan = plan_capacity(again)
    assert plan.cost == pytest.approx(res.cost) and plan.states == res.states
    assert plan.active_places == res.active_places


def test_from_json_is_tolerant_and_clear(runs):
    (pb, res), _ = runs
    rec = record_from(pb, res, "mid")
    data = json.loads(to_json([rec]))
    data["records"][0]["a_field_of_a_later_version"] = 1
    del data["records"][0]["changes"]
    assert from_json(json.dumps(data))[0].name == "mid"
    assert from_json(json.dumps(data["records"]))[0].cost == rec.cost  # a bare list of records
    for text, words in (("{", "not JSON"), ('{"records": 3}', "not a list"), ('[{"name": "x"}]', "lacks 'problem'"),
                        (json.dumps({"version": VERSION + 1, "records": []}), "newer version"),
                        ('[{"name": "x", "status": "optimal", "problem": {"sites": [{"x": 1}]}}]', "lacks 'problem'")):
        with pytest.raises(InputError, match=words) as err:
            from_json(text)
        assert "cannot be read" in str(err.value)


def test_comparison_rows_side_by_side(runs):
    (pb, res), (big, bad) = runs
    recs = [record_from(pb, res, "mid"), record_from(big, bad, "high arrivals")]
    rows = comparison_rows(recs, "en")
    assert [r["scenario"] for r in rows] == ["mid", "high arrivals"]
    r = rows[0]
    assert r["cost"] == pytest.approx(res.cost) and r["status"] == "optimal"
    assert r["reserve_max"] == recs[0].reserve_places_held["max"]
    assert r["max_load"] == pytest.approx(res.max_load)
    assert r["titles"]["cost"] == "Total cost" and r["titles"]["peak_shortfall"] == "Peak shortfall (places)"
    de = comparison_rows(recs, "de")[0]["text"]
    # German notation of the numbers (thousands dot, decimal comma); the words come from i18n/de.ts
    assert de["cost"] == i18n.render(i18n.Number(res.cost, 0), "de") and "," not in de["cost"]
    assert de["max_load"] == i18n.render(i18n.Number(res.max_load, 1), "de")
    assert de["status"] == i18n.render(i18n.Message("capacity.status_optimal"), "de")
    assert record_message(recs[0], "de") == i18n.render(res.message, "de")


def test_problem_to_dict_is_plain_json(runs):
    (pb, _), _ = runs
    d = problem_to_dict(pb)
    assert json.loads(json.dumps(d)) == d


@st.composite
def problems(draw):
    seed = draw(st.integers(0, 10_000))
    pb = generated(seed, sites=draw(st.integers(2, 6)), months=draw(st.integers(2, 5)),
                   districts=draw(st.integers(1, 3)), groups=draw(st.booleans()), spacing=draw(st.sampled_from([0, 500])),
                   hotspots=draw(st.integers(0, 2)), cap=draw(st.booleans()))
    if draw(st.booleans()):
        pb = dataclasses.replace(pb, moveout=dataclasses.replace(pb.moveout, monthly_rate=draw(
            st.floats(0, 1, allow_nan=False))))
    name = draw(st.text(min_size=0, max_size=12))
    return pb, name


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(problems())
def test_round_trip_property(case):
    """Any problem survives problem -> record -> JSON -> record -> problem unchanged (no solve: the result is
    a stub), and the record itself survives JSON."""
    from plugin.core.capacity import CapacityResult, CapacityStatus

    pb, name = case
    stub = CapacityResult(status=CapacityStatus.TIMEOUT, message=i18n.Message("capacity.st_timeout", {"t": 1}))
    rec = record_from(pb, stub, name)
    back = from_json(to_json([rec]))[0]
    assert back == rec
    assert problem_from_record(back) == pb
