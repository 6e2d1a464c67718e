"""make package builds a zip that QGIS can install: right content, and it loads from a fresh profile."""
import subprocess
import sys
import zipfile

from test.fixtures.paths import ROOT
from test.fixtures.qgis_helpers import qgis_process, system_env
from tools import package_rules


def build_zip(tmp_path):
    target = tmp_path / "dispersion_planner.zip"
    subprocess.run([sys.executable, str(ROOT / "tools" / "package.py"), str(target)], check=True, cwd=ROOT)
    return target


def test_zip_contains_what_qgis_needs_and_nothing_else(tmp_path):
    archive = build_zip(tmp_path)
    assert package_rules.check_zip(archive) == []  # the plugins.qgis.org upload rules (test/test_package_rules.py)
    names = zipfile.ZipFile(archive).namelist()
    assert all(n.startswith("dispersion_planner/") for n in names)
    for needed in ("metadata.txt", "__init__.py", "LICENSE", "plugin/main.py", "plugin/core/validation.py",
                   "plugin/processing/provider.py", "resources/sample/kaiserslautern_demo.gpkg",
                   "resources/styles/districts_per_1000.qml", "resources/icons/dispersion.svg", "i18n/de.qm",
                   "i18n/de.ts"):  # the core's messages are rendered from the .ts (plugin/core/i18n.py)
        assert f"dispersion_planner/{needed}" in names, needed
    for banned in ("/test/", "/bench/", "/.venv/", "__pycache__", ".pyc", "/tools/", "/.ci/", "/.git/", "/docs/",
                   "build_sample.py", "synthetic.py"):
        assert not any(banned in n for n in names), banned


def test_zip_installs_into_a_fresh_profile_and_loads(tmp_path):
    archive = build_zip(tmp_path)
    env = system_env(tmp_path)
    env.pop("QGIS_PLUGINPATH")
    plugins = tmp_path / "profile" / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True)
    zipfile.ZipFile(archive).extractall(plugins)  # what "Install from ZIP" does
    enabled = qgis_process(["plugins", "enable", "dispersion_planner"], env)
    assert enabled.returncode == 0, enabled.stdout + enabled.stderr
    listed = qgis_process(["list"], env)
    assert "dispersion:loadsample" in listed.stdout, listed.stdout[-2000:] + listed.stderr[-2000:]
