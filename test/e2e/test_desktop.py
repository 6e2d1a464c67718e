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
