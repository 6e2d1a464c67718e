"""Check-only driver for QGIS's PyQt5 -> PyQt6 migration script (pyqt5_to_pyqt6.py beside this file,
vendored unchanged from the QGIS repository, GPL-2.0-or-later like QGIS).

The script rewrites files in place and reads its enum tables either from a Qt6 build of QGIS or from
an enums.json that is not shipped. This driver builds the tables itself and runs the script's own
fix_file() on a temporary copy, so the checked tree is never touched:

  python qt6_check.py dump-qgis-enums OUT.json
      run with an interpreter that has the QGIS bindings (PyQt5 builds): every unscoped enum member
      reachable as Class.Member in qgis.core/gui/analysis, with the name of its enum type.
  python qt6_check.py check --qgis-enums FILE.json [--skip-qvariant-rule FILE] [--exclude PATH] DIR
      run with an interpreter that has PyQt6 (and must not load the PyQt5 QGIS bindings): the Qt enum
      tables come from PyQt6 through the script's get_class_enums(), the QGIS ones from FILE.json.
      Every rule of the script is applied, including the QVariant -> QMetaType one that the script
      only applies with --qgis3-incompatible-changes (files named with --skip-qvariant-rule are
      checked without it: the compatibility module must name QVariant types for QGIS < 3.38).
      Prints each finding (a diff the script would apply, or a warning/error it reports) and exits 1
      if there is any.
"""

import argparse
import contextlib
import difflib
import importlib
import io
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
QT6_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtTest", "QtSql", "QtSvg", "QtXml", "QtNetwork", "QtPrintSupport")


def dump_qgis_enums(out):
    import enum
    import inspect

    import qgis.analysis
    import qgis.core
    import qgis.gui

    table = {}

    def enum_type_of(value):
        meta = type(type(value))
        if meta.__name__ == "enumtype" or isinstance(value, enum.Enum):
            return type(value).__name__
        return None

    def visit(cls, seen):
        if cls in seen:
            return
        seen.add(cls)
        for name in dir(cls):
            if name.startswith("_"):
                continue
            try:
                value = getattr(cls, name)
            except Exception:
                continue
            if inspect.isclass(value):
                if value.__module__.startswith("qgis") and value.__qualname__.startswith(cls.__qualname__ + "."):
                    visit(value, seen)
                continue
            enum_name = enum_type_of(value)
            # only members whose enum is reachable through the same class can be scoped as Class.Enum.Member
            if enum_name and enum_name != name and getattr(cls, enum_name, None) is type(value):
                table[f"{cls.__name__}:{name}"] = enum_name

    seen = set()
    for module in (qgis.core, qgis.gui, qgis.analysis):
        for value in vars(module).values():
            if inspect.isclass(value) and value.__name__.startswith("Qgs") or value is getattr(module, "Qgis", None):
                visit(value, seen)
    Path(out).write_text(json.dumps(table, sort_keys=True), encoding="utf-8")
    return 0


def _stub_qgis_classes(table):
    """Classes standing in for the QGIS ones in the script's namespace, where it evaluates
    'Class.Enum.Member' to make sure a replacement exists."""
    by_class = {}
    for key, enum_name in table.items():
        cls, member = key.split(":")
        by_class.setdefault(cls, {}).setdefault(enum_name, []).append(member)
    stubs = {}
    for cls, enums in by_class.items():
        attrs = {}
        for enum_name, members in enums.items():
            enum_type = type(enum_name, (), {})
            for member in members:
                instance = enum_type()
                setattr(enum_type, member, instance)
                attrs[member] = instance
            attrs[enum_name] = enum_type
        stubs[cls] = type(cls, (), attrs)
    return stubs


def load_script():
    # The script tries to import QGIS (for a Qt6 build of it) before PyQt6; a PyQt5 build must not be
    # loaded beside PyQt6, so QGIS is made unimportable while the script is imported.
    saved = {name: sys.modules.get(name) for name in ("qgis",)}
    sys.modules["qgis"] = None
    sys.path.insert(0, str(HERE))
    try:
        script = importlib.import_module("pyqt5_to_pyqt6")
    finally:
        sys.path.remove(str(HERE))
        for name, module in saved.items():
            if module is None:
                sys.modules.pop(name, None)
            else:
                sys.modules[name] = module
    return script


def check(qgis_enums_file, directory, skip_qvariant_rule, exclude=()):
    try:
        import PyQt6.QtCore  # noqa: F401
        import tokenize_rt  # noqa: F401
    except ImportError as exc:
        print(f"the Qt6 check needs PyQt6 and tokenize-rt (pip install -r requirements-dev.txt): {exc}")
        return 2
    script = load_script()
    qt_enums, ambiguous = {}, script.defaultdict(set)
    namespace = {}
    for name in QT6_MODULES:
        module = importlib.import_module(f"PyQt6.{name}")
        for value in vars(module).values():
            script.get_class_enums(value, qt_enums, ambiguous)
        namespace.update({k: v for k, v in vars(module).items() if not k.startswith("_")})
    qgis_table = json.loads(Path(qgis_enums_file).read_text(encoding="utf-8"))
    for key, enum_name in qgis_table.items():
        qt_enums[tuple(key.split(":"))] = enum_name
    namespace.update(_stub_qgis_classes(qgis_table))
    # fix_file() evaluates 'Class.Enum.Member' in its own module namespace.
    vars(script).update({k: v for k, v in namespace.items() if k not in vars(script)})

    directory = Path(directory).resolve()
    skip = {Path(p).resolve() for p in skip_qvariant_rule}
    findings = []
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / directory.name
        shutil.copytree(directory, copy, ignore=shutil.ignore_patterns("__pycache__"))
        for original in sorted(directory.rglob("*.py")):
            if any(original.is_relative_to(Path(e).resolve()) for e in exclude):
                continue
            target = copy / original.relative_to(directory)
            before = target.read_text(encoding="utf-8")
            out, err = io.StringIO(), io.StringIO()
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                try:
                    script.fix_file(str(target), True, original in skip, qt_enums, ambiguous)
                except Exception as exc:  # the script asserts on code it cannot rewrite
                    print(f"{target}: ERROR: the migration script failed: {exc!r}", file=sys.stderr)
            after = target.read_text(encoding="utf-8")
            shown = str(original.relative_to(directory.parent))
            messages = [line.replace(str(target), shown) for line in (out.getvalue() + err.getvalue()).splitlines() if line.strip()]
            findings += messages
            if after != before:
                diff = difflib.unified_diff(before.splitlines(), after.splitlines(), shown, shown + " (Qt6)", lineterm="", n=0)
                findings += [line for line in diff]
    for line in findings:
        print(line)
    print(f"{len(findings)} finding(s)")
    return 1 if findings else 0


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    dump = sub.add_parser("dump-qgis-enums")
    dump.add_argument("out")
    chk = sub.add_parser("check")
    chk.add_argument("--qgis-enums", required=True)
    chk.add_argument("--skip-qvariant-rule", action="append", default=[], metavar="FILE")
    chk.add_argument("--exclude", action="append", default=[], metavar="PATH", help="file or folder not to check")
    chk.add_argument("directory")
    args = parser.parse_args(argv)
    if args.command == "dump-qgis-enums":
        return dump_qgis_enums(args.out)
    return check(args.qgis_enums, args.directory, args.skip_qvariant_rule, args.exclude)


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main())
