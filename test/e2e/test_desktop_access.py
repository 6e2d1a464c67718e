"""End-to-end (issue 18): Kita places and walking distance in the real QGIS desktop, German, 1366x768.

The sample loads with its schematic walking network; the analysis dialog uses it (default), the planner picks the
sample's age table, the Kita tab shows places per child on foot beside the straight line, and the map shows the
"Kita access" layers.
Screenshots: test/artifacts/desktop_access_de (the reviewed ones are kept in
docs/screenshots/kita_access_de_dialog.png and kita_access_de_map.png, from desktop_kita_access_de_map.png).
"""
import json
import shutil

import pytest

from test.e2e.desktop import ROOT, run_desktop

ARTIFACTS = ROOT / "test" / "artifacts"
SAMPLE_AGES = ROOT / "resources" / "sample" / "kaiserslautern_ages.csv"  # the sample's illustrative age table

pytestmark = pytest.mark.skipif(shutil.which("xvfb-run") is None or shutil.which("qgis") is None,
                                reason="needs xvfb-run and the QGIS desktop (make test installs both)")


def test_desktop_kita_access_in_german_on_a_laptop_screen(tmp_path):
    out = ARTIFACTS / "desktop_access_de"
    shutil.rmtree(out, ignore_errors=True)
    steps = [
        "load_sample", "zoom_full",
        "open:analysis", "open_group:analysis,kita_inputs",
        f"set_path:analysis,kita_inputs.age_file,{SAMPLE_AGES}", "record_texts:analysis",
        "call:analysis,run", "wait_task:analysis", "show_widget:analysis,kita_tab", "record_kita:analysis",
        "dialog_screenshot:analysis,kita_access_de_dialog", "screen_shot:kita_access_de_screen",
        "kita_map", "screenshot:desktop_kita_access_de_map",
    ]
    result = run_desktop(steps, out, tmp_path, locale="de", screen="1366x768")
    assert result["errors"] == [], "\n".join(result["errors"])
    assert result["steps"] == steps
    size = result["sizes"]["analysis"]
    assert size["dialog"][0] <= 1366 and size["dialog"][1] <= 768, size
    kita = result["kita"]
    # the sample's walking network is the default, and the tab names it
    assert kita["method"] == "network" and kita["network"], kita["method_label"]
    assert kita["network"] in kita["method_label"] and kita["network"] in kita["summary"]
    assert kita["capacity_aware"], kita["readings"]  # the sample's Kita places and age table were used
    assert len(kita["districts"]) == 18 and len(kita["headers"]) == 5  # walking beside straight line
    assert all(d["per_child"] is not None for d in kita["districts"])
    assert any(d["per_child_straight"] is not None and d["per_child"] < d["per_child_straight"] - 0.05
               for d in kita["districts"]), "the walking network changes nothing"
    walked = [s for s in kita["shelters"] if s["walk_m"] is not None]
    assert walked and all(s["walk_m"] >= s["straight_m"] - 1e-6 for s in walked)
    assert kita["readings"].strip()
    assert len(kita["layers"]) == 2
    assert result["kita_legend"] and all(len(v) >= 3 for v in result["kita_legend"].values()), result["kita_legend"]
    for name in ("kita_access_de_dialog", "kita_access_de_screen", "desktop_kita_access_de_map"):
        path = out / f"{name}.png"
        assert path.exists() and path.stat().st_size > 10_000, path
    assert "Traceback" not in result["stderr"]
    (out / "result_summary.json").write_text(json.dumps(
        {k: result.get(k) for k in ("kita", "kita_legend", "sizes", "texts")}, indent=1, ensure_ascii=False),
        encoding="utf-8")
