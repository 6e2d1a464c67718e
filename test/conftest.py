"""Shared pytest set-up: headless Qt, versions in the report header, repository paths."""
from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SAMPLE_GPKG = ROOT / "resources" / "sample" / "kaiserslautern_demo.gpkg"


def pytest_report_header(config):
    lines = [f"python {sys.version.split()[0]}"]
    try:
        from qgis.core import Qgis
        from osgeo import gdal
        from qgis.PyQt.QtCore import QT_VERSION_STR

        lines.append(f"QGIS {Qgis.QGIS_VERSION}, GDAL {gdal.__version__}, Qt {QT_VERSION_STR}")
    except ImportError:
        lines.append("QGIS bindings not importable")
    return lines
