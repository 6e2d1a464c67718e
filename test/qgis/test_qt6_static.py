"""Qt6 / QGIS 4 readiness, checked on the QGIS 3 that runs the tests.

1. QGIS's own migration script (scripts/pyqt5_to_pyqt6/pyqt5_to_pyqt6.py, vendored unchanged under
   test/tools/) must find nothing to change in plugin/ and test/: no unscoped enum (Qt's from PyQt6's
   tables, QGIS's from the running bindings), no exec_(), no PyQt5 import, no QVariant type outside
   plugin/compat.py, none of its warnings. The script rewrites files; test/tools/qt6_check.py runs it
   on a temporary copy and reports what it would change. It needs PyQt6 (requirements-dev.txt): a
   missing PyQt6 fails this test, it does not skip it.
2. Every scoped enum name the plugin spells out (Class.Enum.Member outside compat.py) exists on the
   running QGIS/Qt, so the same code is right on each QGIS of the test matrix.
"""
import ast
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TOOLS = ROOT / "test" / "tools"
CHECK = TOOLS / "qt6_check.py"
COMPAT = ROOT / "plugin" / "compat.py"


@pytest.fixture(scope="module")
def qgis_enum_table(tmp_path_factory):
    out = tmp_path_factory.mktemp("qt6") / "qgis_enums.json"
    run = subprocess.run([sys.executable, str(CHECK), "dump-qgis-enums", str(out)], capture_output=True, text=True,
                         timeout=300)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    return out


def _check(qgis_enum_table, directory, *extra):
    # PyQt6 is looked for in the child process only: once qgis.utils is loaded (3.34+), this process's
    # import hook refuses any PyQt6 import. A missing PyQt6 or tokenize-rt makes qt6_check.py exit 2.
    run = subprocess.run([sys.executable, str(CHECK), "check", "--qgis-enums", str(qgis_enum_table),
                          str(directory), *extra], capture_output=True, text=True, timeout=300, cwd=ROOT)
    return run


def test_migration_script_finds_nothing_in_plugin(qgis_enum_table):
    run = _check(qgis_enum_table, ROOT / "plugin", "--skip-qvariant-rule", str(COMPAT))
    assert run.returncode == 0 and "0 finding(s)" in run.stdout, run.stdout[-6000:] + run.stderr[-3000:]


def test_migration_script_finds_nothing_in_tests(qgis_enum_table):
    run = _check(qgis_enum_table, ROOT / "test", "--exclude", str(TOOLS))
    assert run.returncode == 0 and "0 finding(s)" in run.stdout, run.stdout[-6000:] + run.stderr[-3000:]


def test_migration_script_still_reports_qt5_code(qgis_enum_table, tmp_path):
    """The check is not vacuous: Qt5-only spellings are reported."""
    sample = tmp_path / "sample"
    sample.mkdir()
    (sample / "old.py").write_text(
        "from qgis.PyQt.QtCore import Qt, QVariant\n"
        "from qgis.core import QgsField, QgsWkbTypes\n"
        "def f(label, dialog):\n"
        "    label.setAlignment(Qt.AlignCenter)\n"
        "    dialog.exec_()\n"
        "    return QgsField('x', QVariant.Double), QgsWkbTypes.PolygonGeometry\n", encoding="utf-8")
    run = _check(qgis_enum_table, sample)
    assert run.returncode == 1, run.stdout + run.stderr
    for expected in ("Qt.AlignmentFlag.AlignCenter", "dialog.exec()", "QMetaType.Type.Double",
                     "QgsWkbTypes.GeometryType.PolygonGeometry"):
        assert expected in run.stdout, (expected, run.stdout)


def _scoped_names(path: Path):
    """Attribute chains Name.Enum.Member (three or more plain parts) whose head is a Qt/QGIS class."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute) or isinstance(parents.get(node), ast.Attribute):
            continue
        parts, cur = [], node
        while isinstance(cur, ast.Attribute):
            parts.append(cur.attr)
            cur = cur.value
        if not isinstance(cur, ast.Name) or len(parts) < 2:
            continue
        parts.append(cur.id)
        parts.reverse()
        if parts[0].startswith("Q") and parts[1][:1].isupper():
            yield node.lineno, parts


def test_scoped_enum_names_exist_on_this_qgis():
    namespaces = [importlib.import_module(m) for m in (
        "qgis.core", "qgis.gui", "qgis.PyQt.QtCore", "qgis.PyQt.QtGui", "qgis.PyQt.QtWidgets", "qgis.PyQt.QtXml")]
    missing, seen = [], 0
    for path in sorted((ROOT / "plugin").rglob("*.py")):
        if path == COMPAT:
            continue  # its candidates are version specific by design
        for line, parts in _scoped_names(path):
            owner = next((getattr(ns, parts[0]) for ns in namespaces if hasattr(ns, parts[0])), None)
            if owner is None:
                continue  # not a Qt/QGIS class (a local name starting with Q)
            value = owner
            try:
                for part in parts[1:]:
                    value = getattr(value, part)
            except AttributeError:
                missing.append(f"{path.relative_to(ROOT)}:{line}: {'.'.join(parts)}")
            seen += 1
    assert seen > 50
    assert not missing, "\n".join(missing)


def test_no_version_numbers_are_read_outside_compat():
    """Features are tested, versions never read (Debian's shapely 2.2 says '0+unknown'); the QGIS/Qt
    differences live in plugin/compat.py, which decides by feature tests too."""
    import re

    pattern = re.compile(r"QGIS_VERSION|PYQT_VERSION|QT_VERSION|__version__|qVersion\(|version_info\s*[<>]")
    found = [f"{path.relative_to(ROOT)}:{n}: {line.strip()}"
             for path in sorted((ROOT / "plugin").rglob("*.py"))
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if pattern.search(line) and not line.lstrip().startswith("#")]
    assert not found, "\n".join(found)


def test_classes_that_moved_to_qtgui_come_from_compat():
    """Qt6 moved QAction, QActionGroup, QShortcut, QUndoCommand/Stack from QtWidgets to QtGui; a plain
    QtWidgets import fails on QGIS 4. plugin/compat.py imports them for both."""
    moved = {"QAction", "QActionGroup", "QShortcut", "QUndoCommand", "QUndoStack", "QFileSystemModel"}
    found = []
    for path in sorted((ROOT / "plugin").rglob("*.py")):
        if path == COMPAT:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").endswith("QtWidgets"):
                found += [f"{path.relative_to(ROOT)}:{node.lineno}: {a.name}" for a in node.names if a.name in moved]
    assert not found, "\n".join(found)
