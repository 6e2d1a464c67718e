"""End-to-end: the real QGIS desktop under Xvfb, plugin enabled in a fresh profile, driven through its dialogs.

Screenshots are kept in test/artifacts/ (not committed) for people to look at.
"""
import shutil
import subprocess
from pathlib import Path

import pytest

from test.e2e.desktop import ROOT, run_desktop

ARTIFACTS = ROOT / "test" / "artifacts"

pytestmark = pytest.mark.skipif(shutil.which("xvfb-run") is None or shutil.which("qgis") is None,
                                reason="needs xvfb-run and the QGIS desktop (make test installs both)")


def assert_picture(path: Path, min_bytes: int = 20_000) -> None:
    assert path.exists(), path
    assert path.stat().st_size > min_bytes, f"{path} looks empty"


def test_desktop_sample_analysis_suggestion_export(tmp_path):
    out = ARTIFACTS / "desktop_en"
    shutil.rmtree(out, ignore_errors=True)
    pdf = out / "insek_map_public.pdf"
    steps = [
        "load_sample", "zoom_full", "screenshot:desktop_sample",
        "open:analysis", "call:analysis,run", "wait_task:analysis", "dialog_screenshot:analysis,analysis_dialog",
        "set_tab:analysis,1", "dialog_screenshot:analysis,analysis_charts",
        "open:placement", "call:placement,run", "wait_task:placement", "dialog_screenshot:placement,placement_dialog",
        "open:export", f"set_file:export,{pdf}", "call:export,run", "dialog_screenshot:export,export_dialog",
        "open:layers", "dialog_screenshot:layers,layers_dialog", "open:csv", "dialog_screenshot:csv,csv_dialog",
        "open:fusion", "dialog_screenshot:fusion,fusion_dialog",
        "screenshot:desktop_final",
    ]
    result = run_desktop(steps, out, tmp_path)
    assert result["errors"] == [], "\n".join(result["errors"])
    assert result["steps"] == steps
    for name in ("desktop_sample", "analysis_dialog", "analysis_charts", "placement_dialog", "export_dialog",
                 "layers_dialog", "csv_dialog", "fusion_dialog", "desktop_final"):
        assert_picture(out / f"{name}.png")
    assert pdf.exists() and pdf.stat().st_size > 10_000
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "generalised for publication" in text.lower()
    assert "Gemeinschaftsunterkunft" not in text  # shelter names never in a public export
    assert "Traceback" not in result["stderr"]


def test_desktop_speaks_german(tmp_path):
    out = ARTIFACTS / "desktop_de"
    shutil.rmtree(out, ignore_errors=True)
    steps = ["load_sample", "open:analysis", "record_title:analysis", "call:analysis,run", "wait_task:analysis",
             "dialog_screenshot:analysis,analysis_dialog_de"]
    result = run_desktop(steps, out, tmp_path, locale="de")
    assert result["errors"] == [], "\n".join(result["errors"])
    assert result["titles"]["analysis"] == "Verteilungsanalyse"
    assert_picture(out / "analysis_dialog_de.png")


def test_desktop_own_data_in_german_on_a_laptop_screen(tmp_path):
    """A planner's own files beside the sample, German UI, 1366x768: planning set, analysis, placement, export.

    The screenshots (test/artifacts/desktop_own_de) are for people to look at; the best are kept in
    docs/screenshots/own_data_de_*.png.
    """
    from test.fixtures.own_data import make_own_data

    out = ARTIFACTS / "desktop_own_de"
    shutil.rmtree(out, ignore_errors=True)
    own = make_own_data(tmp_path / "eigene_daten")
    pdf = out / "insek_karte_oeffentlich.pdf"
    csv_layer = own.shelters_csv.stem
    steps = [
        "load_sample", f"import_csv:{own.shelters_csv}", "record_texts:csv", "screen_shot:own_csv_dialog",
        "open:layers", f"add_file:{own.districts_path}", f"add_file:{own.gpkg}",
        f"set_layer:layers,shelters,{csv_layer}", "record_layers:layers", "record_texts:layers",
        "screen_shot:own_layers_dialog", "call:layers,apply", "zoom_full", "record_project",
        "screenshot:desktop_own",
        "open:analysis", "record_layers:analysis", "record_texts:analysis", "call:analysis,run",
        "wait_task:analysis", "screen_shot:own_analysis", "dialog_screenshot:analysis,own_analysis_dialog",
        "open:placement", "record_layers:placement", "record_texts:placement", "call:placement,run",
        "wait_task:placement", "screen_shot:own_placement", "dialog_screenshot:placement,own_placement_dialog",
        "open:export", "record_layers:export", "set_check:export,public,1", f"set_file:export,{pdf}",
        "record_texts:export", "call:export,run", "screen_shot:own_export",
        "dialog_screenshot:export,own_export_dialog",
        "open:fusion", "tick_shelter_lists:fusion", "call:fusion,run", "wait_task:fusion",
        "screen_shot:own_fusion", "dialog_screenshot:fusion,own_fusion_dialog",
        "zoom_full", "screenshot:desktop_own_final",
        "record_messages", "record_project",
    ]
    result = run_desktop(steps, out, tmp_path, locale="de", screen="1366x768")
    assert result["errors"] == [], "\n".join(result["errors"])
    assert result["steps"] == steps
    for key in ("layers", "analysis", "placement", "export"):  # every dialog picked the own layers
        own_picks = {k: v for k, v in result["layers"][key].items() if v is not None}
        assert own_picks and not any(v["sample"] for v in own_picks.values()), (key, own_picks)
    assert result["layers"]["analysis"]["districts"]["name"] == "Stadtteile"
    assert result["layers"]["analysis"]["shelters"]["name"] == csv_layer
    for key, size in result["sizes"].items():  # every dialog fits the laptop screen
        assert size["dialog"][0] <= 1366 and size["dialog"][1] <= 768, (key, size)
    for name in ("own_csv_dialog", "own_layers_dialog", "desktop_own", "own_analysis", "own_analysis_dialog",
                 "own_placement", "own_placement_dialog", "own_export", "own_export_dialog", "own_fusion",
                 "own_fusion_dialog", "desktop_own_final"):
        assert_picture(out / f"{name}.png", min_bytes=10_000)
    assert pdf.exists() and pdf.stat().st_size > 10_000
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Gemeinschaftsunterkunft" not in text  # shelter names never in a public export
    assert "Traceback" not in result["stderr"]
    (out / "result_summary.json").write_text(__import__("json").dumps(
        {k: result.get(k) for k in ("layers", "sizes", "texts", "project_layers", "planning_set", "csv_messages",
                                    "messages")},
        indent=1, ensure_ascii=False), encoding="utf-8")
