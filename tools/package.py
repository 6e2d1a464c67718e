#!/usr/bin/env python3
"""Build dist/dispersion_planner.zip: the installable plugin, top folder ``dispersion_planner``.

Only what QGIS needs goes in: metadata, code, resources, translations, licence, README
and changelog; no tests, benchmarks, tools, caches or venv. The upload rules of
plugins.qgis.org (tools/package_rules.py) are checked on the files before anything is
written and again on the finished archive before it is renamed into place: a build that
breaks one of them fails, lists every violation and leaves no zip behind.
"""
from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

if __package__:
    from . import package_rules as rules
else:  # run as a script: tools/ is on sys.path
    import package_rules as rules

ROOT = Path(__file__).resolve().parents[1]
TOP = rules.TOP
INCLUDE = ("metadata.txt", "__init__.py", "README.md", "CHANGELOG.md", "LICENSE", "plugin/", "resources/", "i18n/")
EXCLUDE_PARTS = ("__pycache__", ".pytest_cache", ".hypothesis")
# i18n/*.ts ship: the core renders its messages from them (plugin/core/i18n.py reads them without Qt)
EXCLUDE_SUFFIXES = (".pyc", ".pyo", ".part")
# Files inside the included folders that only development uses (the rules would reject them):
DEV_ONLY = (
    "resources/sample/build_sample.py",  # rebuilds the sample GeoPackage (make sample)
    "resources/sample/build_capacity_sample.py",  # rebuilds the sample's capacity scenario tables
    "resources/sample/build_age_grid.py",  # rebuilds the sample's illustrative Zensus age grid
)
FILE_MODE = 0o644  # no executable bits whatever the checkout says


class PackageError(Exception):
    """The plugin would not be accepted by plugins.qgis.org; ``violations`` says why."""

    def __init__(self, violations):
        self.violations = list(violations)
        super().__init__("the plugin zip breaks the plugins.qgis.org upload rules:\n"
                         + "\n".join(f"  - {v}" for v in self.violations))


def tracked_files(root: Path = ROOT) -> list:
    out = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard"], cwd=root,
                         capture_output=True, text=True, check=True).stdout.split("\n")
    return sorted(f for f in out if f)


def wanted(path: str, root: Path = ROOT) -> bool:
    if not any(path == inc or (inc.endswith("/") and path.startswith(inc)) for inc in INCLUDE):
        return False
    if path in DEV_ONLY or any(part in EXCLUDE_PARTS for part in path.split("/")):
        return False
    return not path.endswith(EXCLUDE_SUFFIXES) and (root / path).is_file()


def plan(root: Path = ROOT, files=None) -> list:
    """The archive's entries: (name in the zip, file on disk), in a stable order."""
    files = tracked_files(root) if files is None else files
    return [(f"{TOP}/{path}", root / path) for path in sorted(files) if wanted(path, root)]


def build(target: Path, root: Path = ROOT, files=None) -> Path:
    entries = plan(root, files)
    problems = rules.check_entries([rules.Entry(name, FILE_MODE, src.read_bytes) for name, src in entries])
    if problems:
        raise PackageError(problems)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    try:
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, src in entries:
                info = zipfile.ZipInfo.from_file(src, name)
                info.external_attr = (0o100000 | FILE_MODE) << 16
                info.compress_type = zipfile.ZIP_DEFLATED
                zf.writestr(info, src.read_bytes())
        problems = rules.check_zip(tmp)
        if problems:
            raise PackageError(problems)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    with zipfile.ZipFile(target) as zf:
        for warning in rules.warnings(rules.entries_of_zip(zf)):
            sys.stderr.write(f"warning: {warning}\n")
    return target


def main(argv) -> int:
    out = Path(argv[1]) if len(argv) > 1 else ROOT / "dist" / f"{TOP}.zip"
    try:
        sys.stderr.write(f"wrote {build(out)}\n")
    except PackageError as exc:
        sys.stderr.write(f"make package: {exc}\nNo zip was written (an older one at that path is left as it was).\n")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
