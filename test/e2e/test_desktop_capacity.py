"""End-to-end (issue 17): the capacity dialog in the real QGIS desktop under Xvfb, German, on a 1366x768 screen.

Load the sample, open "Kapazitätsplanung über die Zeit…" through the plugin's open_dialog, plan (12 months, the
sample's shelters and candidate sites), keep two runs as saved scenarios, add the animated district load layer,
and take a screenshot of every result tab and of the comparison. The pictures (test/artifacts/desktop_capacity_de)
are for people to look at; the best are kept in docs/screenshots/capacity_dialog_de_*.png.
"""
import shutil

import pytest

from test.e2e.desktop import ROOT, run_desktop

ARTIFACTS = ROOT / "test" / "artifacts"
TABS = ("result", "timeline", "sites", "cost", "district_load", "compare")

pytestmark = pytest.mark.skipif(shutil.which("xvfb-run") is None or shutil.which("qgis") is None,
                                reason="needs xvfb-run and the QGIS desktop (make test installs both)")


def test_desktop_capacity_dialog_in_german_on_a_laptop_screen(tmp_path):
    out = ARTIFACTS / "desktop_capacity_de"
    shutil.rmtree(out, ignore_errors=True)
    steps = [
        "load_sample", "zoom_full", "open:capacity", "record_title:capacity", "record_texts:capacity",
        "dialog_screenshot:capacity,capacity_form",
        "set_value:capacity,horizon,12", "set_value:capacity,time_limit,40", "call:capacity,fill_scenarios",
        "call:capacity,run", "wait_task:capacity", "save_scenario:capacity,Mittel ohne Deckel",
        "set_check:capacity,cap_on,1", "set_value:capacity,cap,40",
        "call:capacity,run", "wait_task:capacity", "save_scenario:capacity,Mittel 40 je 1000",
        "record_texts:capacity",
    ]
    for i, name in enumerate(TABS):
        steps += [f"set_tab:capacity,{i}", f"dialog_screenshot:capacity,capacity_{name}"]
    steps += ["screen_shot:capacity_screen", "call:capacity,add_load_layer", "record_project", "zoom_full",
              "temporal_frame:0", "screenshot:desktop_capacity_month1", "temporal_frame:11",
              "screenshot:desktop_capacity_month12"]
    result = run_desktop(steps, out, tmp_path, locale="de", screen="1366x768")
    assert result["errors"] == [], "\n".join(result["errors"])
    assert result["steps"] == steps
    assert result["titles"]["capacity"] == result["titles"]["capacity"].strip() != ""
    size = result["sizes"]["capacity"]
    assert size["dialog"][0] <= 1366 and size["dialog"][1] <= 768, size
    for name in ["capacity_form"] + [f"capacity_{t}" for t in TABS] + ["capacity_screen", "desktop_capacity_month1",
                                                                            "desktop_capacity_month12"]:
        path = out / f"{name}.png"
        assert path.exists() and path.stat().st_size > 10_000, path
    assert any(layer["name"].startswith(("District load", "Belastung der Stadtteile")) for layer in result["project_layers"])
    assert "Traceback" not in result["stderr"]
