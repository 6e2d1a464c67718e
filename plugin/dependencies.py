"""Check at load that the Python packages the plugin needs are importable.

Users cannot always pip-install into QGIS's Python (Windows, OSGeo4W): say
exactly what is missing and how to get it instead of failing with a traceback.
"""
from __future__ import annotations

import importlib
from typing import List, Tuple

REQUIRED: Tuple[Tuple[str, str, str], ...] = (
    # module, Debian/Ubuntu package, pip / OSGeo4W name
    ("numpy", "python3-numpy", "numpy"),
    ("scipy", "python3-scipy", "scipy (>= 1.9, for the HiGHS optimiser)"),
    ("shapely", "python3-shapely", "shapely"),
    ("pyproj", "python3-pyproj", "pyproj"),
)


def missing_packages() -> List[Tuple[str, str, str]]:
    missing = []
    for module, deb, pip in REQUIRED:
        try:
            importlib.import_module(module)
        except Exception:  # ImportError or a broken binary module
            missing.append((module, deb, pip))
    if not missing:
        try:
            from scipy.optimize import milp  # noqa: F401
        except ImportError:
            missing.append(("scipy.optimize.milp", "python3-scipy (>= 1.9)", "scipy>=1.9"))
    return missing


def install_hint(missing: List[Tuple[str, str, str]]) -> str:
    modules = ", ".join(m for m, _, _ in missing)
    debs = " ".join(d.split()[0] for _, d, _ in missing)
    pips = ", ".join(p for _, _, p in missing)
    from .qgis_adapters.i18n import tr

    return tr("Missing Python packages: {modules}. Debian/Ubuntu: sudo apt install {debs}. "
              "Windows (OSGeo4W installer): add {pips}. Other systems: install them for the Python that QGIS uses."
              ).format(modules=modules, debs=debs, pips=pips)
