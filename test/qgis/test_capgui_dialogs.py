"""Leftovers of issues 17/18 in the GUI (brief "capgui").

- The analysis dialog's service-distance row says "on foot" when a walking network is chosen (its German name
  says "Luftlinie"), as the placement dialog does.
- The capacity dialog's planning-set path uses the candidates' ``module`` and ``cost_per_place`` (data contract):
  a module makes the site open in steps of that many places, and the cost per place (any unit) scales its place
  costs against the candidates' mean.
"""
from __future__ import annotations

import pytest
from qgis.core import QgsProject
from shapely.geometry import box

from plugin.core.model import Candidate, District, PlanningData, Shelter

# ----------------------------------------------------------------------------- the analysis dialog's wording


def _distance_row(dialog):
    label = dialog.distance_form.labelForField(dialog.distance)
    return label.text(), dialog.distance.toolTip()


def test_analysis_service_distance_row_follows_the_walking_network(qgis_iface, qgis_new_project, german):
    from plugin.gui.analysis_dialog import AnalysisDialog
    from test.qgis.test_access_dialog import grid_network

    network = grid_network(step=2000.0)
    QgsProject.instance().addMapLayer(network)
    dialog = AnalysisDialog(qgis_iface)
    dialog.kita_inputs.network.setLayer(None)
    text, tip = _distance_row(dialog)
    assert text == "Max. Entfernung zu Angeboten (Luftlinie)"
    assert "zu Fuß" not in tip and tip.startswith("Eine Unterkunft gilt als gut angebunden")
    dialog.kita_inputs.network.setLayer(network)
    text, tip = _distance_row(dialog)
    assert text == "Max. Entfernung zu Angeboten (zu Fuß)"
    assert "zu Fuß" in tip and "Wegenetz" in tip, tip
    dialog.kita_inputs.network.setLayer(None)  # back to the straight line: the wording follows
    assert _distance_row(dialog)[0] == "Max. Entfernung zu Angeboten (Luftlinie)"
    dialog.close()


def test_analysis_dialog_opens_with_the_planning_sets_network_on_foot(qgis_iface, qgis_new_project, monkeypatch):
    """A network chosen before the dialog opens (the planning set's default) is said at once, not after a change."""
    import plugin.gui.access_view as av
    from plugin.gui.analysis_dialog import AnalysisDialog
    from test.qgis.test_access_dialog import grid_network

    network = grid_network(step=2000.0)
    QgsProject.instance().addMapLayer(network)
    monkeypatch.setattr(av, "default_network_layer", lambda project=None: network)
    dialog = AnalysisDialog(qgis_iface)
    assert dialog.kita_inputs.network_layer() is network
    assert _distance_row(dialog)[0] == "Service distance on foot"
    dialog.close()


# ----------------------------------------------------------------------------- candidates' module and cost


def planning_data(candidates):
    """Two districts side by side, one active shelter in the first, ``candidates`` anywhere."""
    return PlanningData(
        districts=[District("01", "West", 20000, box(0, 0, 1000, 1000)),
                   District("02", "Ost", 30000, box(1000, 0, 2000, 1000))],
        shelters=[Shelter("GU-1", "GU West", 100, 100, 120, 100)],
        candidates=candidates, crs="EPSG:25832")


def test_planning_set_candidates_bring_their_module_and_cost_per_place():
    from plugin.gui.capacity_dialog import SiteDefaults, candidate_cost_factors, sites_from_planning

    cands = [Candidate("P-1", "Dear", 1500, 500, 20, 100, module=20, cost_per_place=15000.0),
             Candidate("P-2", "Cheap", 1600, 500, 10, 95, module=10, cost_per_place=5000.0),
             Candidate("P-3", "No module, no cost", 1700, 500, 10, 60),
             Candidate("P-4", "Outside", 5000, 500, 10, 60, module=10, cost_per_place=100.0)]
    defaults = SiteDefaults(cost_active=600.0, cost_reserve=100.0)
    sites, outside = sites_from_planning(planning_data(cands), defaults)
    assert outside == ["P-4"]
    by_id = {s.site_id: s for s in sites}
    shelter = by_id["GU-1"]
    assert (shelter.module, shelter.cost_active, shelter.cost_reserve) == (None, 600.0, 100.0)  # form's costs
    # mean cost per place of the candidates with one (the one outside every district included): 6,700
    factors = candidate_cost_factors(cands)
    assert factors["P-1"] == pytest.approx(15000 / 6700) and "P-3" not in factors
    dear, cheap, plain = by_id["P-1"], by_id["P-2"], by_id["P-3"]
    assert (dear.module, dear.capacity, dear.state0) == (20, 100, "candidate")
    assert (cheap.module, cheap.capacity) == (10, 90)  # 95 places: whole modules of 10 only, as placement builds
    assert (plain.module, plain.capacity) == (None, 60)  # module 1 (the contract's default): the whole site
    assert dear.cost_active == pytest.approx(600.0 * 15000 / 6700)
    assert dear.cost_reserve == pytest.approx(100.0 * 15000 / 6700)
    assert cheap.cost_active == pytest.approx(600.0 * 5000 / 6700) and cheap.cost_active < shelter.cost_active
    assert (plain.cost_active, plain.cost_reserve) == (600.0, 100.0)
    for s in sites:  # the one-off costs and lead times stay the form's
        assert (s.opening_cost, s.opening_lead, s.closing_cost) == (defaults.opening_cost, defaults.opening_lead,
                                                                    defaults.closing_cost)


def test_without_costs_per_place_every_site_pays_the_forms_costs():
    from plugin.gui.capacity_dialog import SiteDefaults, candidate_cost_factors, sites_from_planning

    cands = [Candidate("P-1", "", 1500, 500, 10, 50), Candidate("P-2", "", 1600, 500, 10, 50, cost_per_place=0.0)]
    assert candidate_cost_factors(cands) == {}  # a mean of 0 says nothing about which site is dearer
    sites, _ = sites_from_planning(planning_data(cands), SiteDefaults())
    assert {s.cost_active for s in sites} == {SiteDefaults().cost_active}


def test_the_plan_opens_the_cheaper_candidate_in_modules():
    """The cost per place decides between two otherwise equal candidates, and a module opens only what is needed."""
    from plugin.core.capacity import CapacityParams, CapacityProblem, DistrictPop, MoveOut, plan_capacity, validate
    from plugin.core.capacity.scenarios import three_scenarios
    from plugin.gui.capacity_dialog import SiteDefaults, sites_from_planning

    cands = [Candidate("P-1", "Dear", 1500, 500, 20, 100, module=20, cost_per_place=15000.0),
             Candidate("P-2", "Cheap", 1600, 500, 20, 100, module=20, cost_per_place=10000.0)]
    data = planning_data(cands)
    sites, _ = sites_from_planning(data, SiteDefaults(opening_lead=0, activation_lead=0))
    districts = [DistrictPop(d.district_id, d.population, d.name) for d in data.districts]
    problem = CapacityProblem(sites, districts, three_scenarios(10, 20, 21, 6),
                              CapacityParams(horizon=6, time_limit_s=60), MoveOut(monthly_rate=0.05))
    assert validate(problem) == []
    result = plan_capacity(problem)
    assert str(result.status) == "optimal", result.message
    held = {s: [st for st in states if st != "not_opened"] for s, states in result.states.items()}
    assert held["P-2"] and not held["P-1"], result.states  # the cheaper one opens, the dearer one never
