"""The plugins.qgis.org upload rules (tools/package_rules.py), make package, Bandit and secrets.

Every rule is shown to fail on an archive that breaks it, next to a minimal archive that
passes all of them, so that no rule passes because it checks nothing.
"""
from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import zipfile

import pytest

from test.fixtures.paths import ROOT
from tools import package
from tools import package_rules as rules

TOP = rules.TOP
LICENSE = (ROOT / "LICENSE").read_text(encoding="utf-8")
METADATA = {
    "name": "Dispersion Planner", "qgisMinimumVersion": "3.22", "qgisMaximumVersion": "4.99",
    "description": "d", "about": "a", "version": "0.1.0", "author": "A. Author", "email": "maintainer@dispersion-planner.de",
    "repository": "https://github.com/someone/dp", "tracker": "https://github.com/someone/dp/issues",
    "icon": "resources/icon.svg", "experimental": "True", "supportsQt6": "True",
}


def metadata_text(**changes) -> str:
    meta = {**METADATA, **changes}
    return "[general]\n" + "".join(f"{k}={v}\n" for k, v in meta.items() if v is not None)


def good_files() -> dict:
    return {
        f"{TOP}/__init__.py": "def classFactory(iface):\n    from .plugin.main import Plugin\n    return Plugin(iface)\n",
        f"{TOP}/metadata.txt": metadata_text(),
        f"{TOP}/LICENSE": LICENSE,
        f"{TOP}/resources/icon.svg": "<svg xmlns='http://www.w3.org/2000/svg'/>",
        f"{TOP}/plugin/__init__.py": "",
        f"{TOP}/plugin/main.py": "from .core import util\n\n\nclass Plugin:\n    def __init__(self, iface):\n"
                                 "        self.iface = iface\n",
        f"{TOP}/plugin/core/__init__.py": "",
        f"{TOP}/plugin/core/util.py": "def helper():\n    from ..deep.leaf import x\n    return x\n",
        f"{TOP}/plugin/deep/__init__.py": "",
        f"{TOP}/plugin/deep/leaf.py": "x = 1\n",
    }


def write_zip(path, files: dict, modes: dict = None):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            info = zipfile.ZipInfo(name)
            info.external_attr = (0o100000 | (modes or {}).get(name, 0o644)) << 16
            zf.writestr(info, data)
    return path


def problems_of(tmp_path, files, modes=None):
    return rules.check_zip(write_zip(tmp_path / "p.zip", files, modes))


def test_the_minimal_plugin_passes_every_rule(tmp_path):
    archive = write_zip(tmp_path / "p.zip", good_files())
    assert rules.check_zip(archive) == []
    with zipfile.ZipFile(archive) as zf:
        assert rules.warnings(rules.entries_of_zip(zf)) == []


def one_more(name, data="x = 1\n"):
    return lambda files: {**files, name: data}


def renamed(old, new):
    return lambda files: {(new if k == old else k): v for k, v in files.items()}


def without(name):
    return lambda files: {k: v for k, v in files.items() if k != name}


def with_metadata(**changes):
    return lambda files: {**files, f"{TOP}/metadata.txt": metadata_text(**changes)}


BROKEN = {
    "pycache": (one_more(f"{TOP}/plugin/__pycache__/main.cpython-311.pyc", b"\0"), "__pycache__ must not be"),
    "pyc": (one_more(f"{TOP}/plugin/main.pyc", b"\0"), "compiled, temporary or backup file"),
    "git": (one_more(f"{TOP}/.git/config", "[core]"), ".git must not be"),
    "svn": (one_more(f"{TOP}/plugin/.svn/entries", "x"), ".svn must not be"),
    "macosx": (one_more(f"__MACOSX/{TOP}/._main.py", "x"), "__MACOSX must not be"),
    "ds_store": (one_more(f"{TOP}/plugin/.DS_Store", "x"), ".DS_Store must not be"),
    "hidden": (one_more(f"{TOP}/.env", "A=1"), "hidden file or folder"),
    "shell script": (one_more(f"{TOP}/run.sh", "echo"), "executable or binary file"),
    "uppercase top folder": (lambda f: {k.replace(TOP, "Dispersion_Planner", 1): v for k, v in f.items()},
                             "must be lowercase"),
    "two top folders": (one_more("other/readme.txt", "x"), "exactly one top folder"),
    "loose file": (one_more("readme.txt", "x"), "files outside a top folder"),
    "path traversal": (one_more(f"{TOP}/../evil.py"), "path information"),
    "no __init__": (without(f"{TOP}/__init__.py"), "__init__.py is missing"),
    "no metadata": (without(f"{TOP}/metadata.txt"), "metadata.txt is missing"),
    "no general section": (lambda f: {**f, f"{TOP}/metadata.txt": "[other]\nname=x\n"}, "no [general] section"),
    "max below min": (with_metadata(qgisMaximumVersion="3.16"), "qgisMaximumVersion=3.16 is lower than"),
    "max not a version": (with_metadata(qgisMaximumVersion="four"), "qgisMaximumVersion=four is not a version"),
    "bad email": (with_metadata(email="nobody"), "email=nobody is not an e-mail address"),
    "bad url": (with_metadata(tracker="bugs"), "tracker=bugs is not an http(s) address"),
    "bad boolean": (with_metadata(experimental="maybe"), "experimental=maybe is not a boolean"),
    "slash in author": (with_metadata(author="A/B"), "author must not contain '/'"),
    "icon not shipped": (with_metadata(icon="missing.svg"), "icon=missing.svg is not in the zip"),
    "no licence": (without(f"{TOP}/LICENSE"), "LICENSE is missing"),
    "other licence": (one_more(f"{TOP}/LICENSE", "MIT License\n\nPermission is hereby granted"),
                      "not the GNU General Public License"),
    "test folder": (one_more(f"{TOP}/test/test_main.py"), "development folder test/"),
    "bench folder": (one_more(f"{TOP}/bench/run_all.py"), "development folder bench/"),
    "test module": (one_more(f"{TOP}/plugin/test_util.py"), "test module in the zip"),
    "conftest": (one_more(f"{TOP}/plugin/conftest.py"), "test module in the zip"),
    "pytest import": (lambda f: {**f, f"{TOP}/plugin/deep/leaf.py": "import pytest\nx = 1\n"},
                      "imports the test-only package pytest"),
    "hypothesis import": (lambda f: {**f, f"{TOP}/plugin/deep/leaf.py": "from hypothesis import given\nx = 1\n"},
                          "imports the test-only package hypothesis"),
    "syntax error": (lambda f: {**f, f"{TOP}/plugin/deep/leaf.py": "x = (\n"}, "does not parse"),
    "password": (one_more(f"{TOP}/plugin/db.py", 'PASSWORD = "hunter22"\n'), "looks like a secret"),
    "password argument": (one_more(f"{TOP}/plugin/db.py", 'connect(password="s3cret!")\n'), "looks like a secret"),
    "credentials in url": (one_more(f"{TOP}/README.md", "postgresql://planner:s3cret@db/gis"), "credentials in a URL"),
    "private key": (one_more(f"{TOP}/key.txt", "-----BEGIN RSA PRIVATE KEY-----"), "private key"),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_each_rule_rejects_an_archive_that_breaks_it(tmp_path, case):
    change, expected = BROKEN[case]
    problems = problems_of(tmp_path, change(good_files()))
    assert any(expected in p for p in problems), problems


@pytest.mark.parametrize("field", rules.REQUIRED_METADATA)
def test_each_required_metadata_field_is_checked(tmp_path, field):
    problems = problems_of(tmp_path, with_metadata(**{field: None})(good_files()))
    assert f"metadata.txt: required field '{field}' is missing or empty" in problems
    empty = problems_of(tmp_path, with_metadata(**{field: " "})(good_files()))
    assert f"metadata.txt: required field '{field}' is missing or empty" in empty


def test_every_violation_is_listed_not_only_the_first(tmp_path):
    files = without(f"{TOP}/LICENSE")(with_metadata(email=None, qgisMaximumVersion="3.0")(good_files()))
    files[f"{TOP}/plugin/__pycache__/x.pyc"] = b"\0"
    problems = problems_of(tmp_path, files)
    for expected in ("required field 'email'", "lower than", "LICENSE is missing", "__pycache__"):
        assert any(expected in p for p in problems), (expected, problems)


def test_python_file_with_executable_bit_is_rejected(tmp_path):
    files = good_files()
    assert problems_of(tmp_path, files, {f"{TOP}/plugin/main.py": 0o755}) == [
        f"Python file with the executable bit (the security scan flags it): {TOP}/plugin/main.py"]


def test_size_limit_is_the_sites_25_mb_and_is_enforced(tmp_path):
    assert rules.MAX_BYTES == 25_000_000
    archive = write_zip(tmp_path / "p.zip", good_files())
    assert rules.check_zip(archive, max_bytes=archive.stat().st_size) == []
    problems = rules.check_zip(archive, max_bytes=archive.stat().st_size - 1)
    assert len(problems) == 1 and "plugins.qgis.org accepts at most" in problems[0]


def test_not_a_zip_is_reported(tmp_path):
    bad = tmp_path / "p.zip"
    bad.write_bytes(b"not a zip")
    assert any("not a readable zip" in p for p in rules.check_zip(bad))


def test_module_nothing_imports_is_flagged_as_test_only_or_dead(tmp_path):
    files = one_more(f"{TOP}/plugin/core/synthetic.py", "def synthetic_city():\n    return 1\n")(good_files())
    with zipfile.ZipFile(write_zip(tmp_path / "p.zip", files)) as zf:
        entries = rules.entries_of_zip(zf)
        assert rules.check_entries(entries) == []
        assert rules.unreachable(entries) == [f"{TOP}/plugin/core/synthetic.py"]
        assert any("synthetic.py is imported by nothing" in w for w in rules.warnings(entries))


def test_relative_imports_at_every_level_make_modules_reachable(tmp_path):
    files = good_files()  # main -> .core.util (package import) -> ..deep.leaf inside a function
    with zipfile.ZipFile(write_zip(tmp_path / "p.zip", files)) as zf:
        assert rules.unreachable(rules.entries_of_zip(zf)) == []
    files[f"{TOP}/plugin/core/util.py"] = "def helper():\n    return 1\n"
    with zipfile.ZipFile(write_zip(tmp_path / "p.zip", files)) as zf:
        assert rules.unreachable(rules.entries_of_zip(zf)) == [f"{TOP}/plugin/deep/__init__.py",
                                                               f"{TOP}/plugin/deep/leaf.py"]


def test_placeholder_links_and_address_are_warned_about(tmp_path):
    files = with_metadata(tracker="https://example.org/x/issues", email="me@example.com")(good_files())
    with zipfile.ZipFile(write_zip(tmp_path / "p.zip", files)) as zf:
        found = rules.warnings(rules.entries_of_zip(zf))
    assert len(found) == 2 and "tracker=https://example.org/x/issues is a placeholder" in found[0]
    assert "email=me@example.com is a placeholder" in found[1]


# --- make package --------------------------------------------------------------------------------------------

def test_package_refuses_to_write_a_zip_that_breaks_the_rules(tmp_path):
    src = tmp_path / "repo"
    files = without(f"{TOP}/LICENSE")(with_metadata(email=None)(good_files()))
    for name, data in files.items():
        path = src / name.split("/", 1)[1]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(data, encoding="utf-8")
    target = tmp_path / "dist" / "dispersion_planner.zip"
    with pytest.raises(package.PackageError) as caught:
        package.build(target, root=src, files=[n.split("/", 1)[1] for n in files])
    assert any("required field 'email'" in v for v in caught.value.violations)
    assert any("LICENSE is missing" in v for v in caught.value.violations)
    assert not target.exists() and not list(tmp_path.rglob("*.part"))
    (src / "LICENSE").write_text(LICENSE, encoding="utf-8")
    (src / "metadata.txt").write_text(metadata_text(), encoding="utf-8")
    names = [n.split("/", 1)[1] for n in good_files()]
    assert package.build(target, root=src, files=names) == target
    assert rules.check_zip(target) == []


def test_make_package_fails_with_the_list_of_violations(tmp_path):
    """The command line (what `make package` runs) exits non-zero and prints every violation."""
    code = ("import sys; sys.path.insert(0, sys.argv[1]); import package, package_rules; "
            "package_rules.REQUIRED_METADATA += ('nosuchfield', 'another'); "
            "sys.exit(package.main(['package.py', sys.argv[2]]))")
    target = tmp_path / "p.zip"
    run = subprocess.run([sys.executable, "-c", code, str(ROOT / "tools"), str(target)], capture_output=True,
                         text=True, cwd=ROOT)
    assert run.returncode == 1, run.stderr
    assert "required field 'nosuchfield'" in run.stderr and "required field 'another'" in run.stderr
    assert "No zip was written" in run.stderr and not target.exists()


@pytest.fixture(scope="module")
def built_zip(tmp_path_factory):
    return package.build(tmp_path_factory.mktemp("dist") / "dispersion_planner.zip")


def test_the_real_zip_passes_the_upload_rules(built_zip):
    assert rules.check_zip(built_zip) == []
    with zipfile.ZipFile(built_zip) as zf:
        names = zf.namelist()
        modes = {(i.external_attr >> 16) & 0o777 for i in zf.infolist()}
    assert f"{TOP}/LICENSE" in names and f"{TOP}/metadata.txt" in names
    assert modes == {0o644}
    for dev_only in package.DEV_ONLY:
        assert f"{TOP}/{dev_only}" not in names
    assert built_zip.stat().st_size < rules.MAX_BYTES


def test_licence_is_gpl2_or_later():
    assert "GNU GENERAL PUBLIC LICENSE" in LICENSE and "Version 2, June 1991" in LICENSE
    assert "or (at your option) any later version" in (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.skipif(importlib.util.find_spec("detect_secrets") is None,
                    reason="detect-secrets is not installed (pip install detect-secrets)")
def test_detect_secrets_finds_nothing_in_the_zip(built_zip, tmp_path):
    with zipfile.ZipFile(built_zip) as zf:
        zf.extractall(tmp_path)
    scan = subprocess.run([sys.executable, "-m", "detect_secrets", "scan", "--all-files", "--exclude-files",
                           r"metadata\.txt", "."], cwd=tmp_path, capture_output=True, text=True, check=True)
    assert json.loads(scan.stdout)["results"] == {}


# --- Bandit --------------------------------------------------------------------------------------------------

def bandit(*targets, cwd=ROOT):
    if importlib.util.find_spec("bandit") is None:
        pytest.fail("Bandit is not installed: `make venv` installs it from requirements-dev.txt")
    run = subprocess.run([sys.executable, "-m", "bandit", "-r", *map(str, targets), "-ll", "-f", "json", "-q"],
                         cwd=cwd, capture_output=True, text=True)
    report = json.loads(run.stdout)
    assert report["errors"] == [], report["errors"]
    return report


def test_bandit_finds_no_medium_or_high_issue_in_the_shipped_code():
    report = bandit("plugin", "__init__.py")
    assert report["metrics"]["_totals"]["loc"] > 5000  # it really scanned the plugin
    found = [f"{r['filename']}:{r['line_number']} {r['test_id']} {r['issue_severity']}: {r['issue_text']}"
             for r in report["results"]]
    assert found == [], "\n".join(found)


def test_bandit_run_reports_a_medium_issue_when_there_is_one(tmp_path):
    (tmp_path / "bad.py").write_text("import subprocess\n\n\ndef run(cmd):\n"
                                     "    return subprocess.call(cmd, shell=True)\n")
    assert [r["test_id"] for r in bandit("bad.py", cwd=tmp_path)["results"]] == ["B602"]
