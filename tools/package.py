#!/usr/bin/env python3
"""Build dist/dispersion_planner.zip: the installable plugin, top folder ``dispersion_planner``.

Only what QGIS needs goes in: metadata, code, resources, translations, README
and changelog; no tests, benchmarks, tools, caches or venv.
"""
from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TOP = "dispersion_planner"
INCLUDE = ("metadata.txt", "__init__.py", "README.md", "CHANGELOG.md", "LICENSE", "plugin/", "resources/", "i18n/")
EXCLUDE_PARTS = ("__pycache__", ".pytest_cache", ".hypothesis")
EXCLUDE_SUFFIXES = (".pyc", ".pyo", ".ts", ".part")


def tracked_files() -> list:
    out = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard"], cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout.split("\n")
    return sorted(f for f in out if f)


def wanted(path: str) -> bool:
    if not any(path == inc or (inc.endswith("/") and path.startswith(inc)) for inc in INCLUDE):
        return False
    if any(part in EXCLUDE_PARTS for part in path.split("/")):
        return False
    return not path.endswith(EXCLUDE_SUFFIXES) and (ROOT / path).is_file()


def build(target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".zip.part")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in filter(wanted, tracked_files()):
            zf.write(ROOT / path, f"{TOP}/{path}")
    os.replace(tmp, target)
    return target


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "dist" / f"{TOP}.zip"
    sys.stderr.write(f"wrote {build(out)}\n")
