"""The upload rules of plugins.qgis.org, checked on a plugin zip before anyone uploads it.

The repository's validator (QGIS-Plugins-Website, ``plugins/validator.py``) rejects an
upload that breaks one of these rules, and its security scan (Bandit, detect-secrets,
file checks) reports the rest. ``make package`` runs :func:`check_entries` on the files
it is about to pack and :func:`check_zip` on the archive before it is renamed into
place; the tests run :func:`check_zip` on a freshly built zip and on broken ones.

Each function returns a list of violations (readable sentences, one per problem); an
empty list means the archive passes. :func:`warnings` lists what the upload form
would probably refuse too but what only the maintainers can fix (placeholder URLs).
"""
from __future__ import annotations

import ast
import configparser
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Callable, Iterable, List, Optional

TOP = "dispersion_planner"
MAX_BYTES = 25_000_000  # PLUGIN_MAX_UPLOAD_SIZE of plugins.qgis.org ("25 MB")
REQUIRED_METADATA = ("name", "description", "version", "qgisMinimumVersion", "author", "email", "about",
                     "tracker", "repository")
BOOLEAN_METADATA = ("experimental", "deprecated", "server", "supportsQt6")
URL_METADATA = ("tracker", "repository", "homepage")
# Folders and files that never belong in a plugin zip: caches, VCS data, OS litter, IDE settings.
FORBIDDEN_PARTS = {"__pycache__", "__MACOSX", ".git", ".svn", ".hg", ".bzr", "CVS", ".DS_Store", "Thumbs.db",
                   "desktop.ini", ".idea", ".vscode", ".pytest_cache", ".hypothesis", ".mypy_cache",
                   ".ruff_cache", ".tox", ".venv", "venv", ".ipynb_checkpoints"}
FORBIDDEN_SUFFIXES = (".pyc", ".pyo", ".part", ".orig", ".rej", ".swp", "~")
# The security scan flags these as executables or binaries.
SUSPICIOUS_SUFFIXES = (".exe", ".dll", ".so", ".dylib", ".bat", ".sh", ".ps1", ".cmd")
# Folders of the repository that are for development only (export-ignore in .gitattributes).
DEV_FOLDERS = {"test", "tests", "bench", "benchmarks", "tools", ".ci", "docs"}
TEST_ONLY_IMPORTS = {"pytest", "_pytest", "pytest_qgis", "hypothesis"}
TEXT_SUFFIXES = (".py", ".txt", ".md", ".json", ".csv", ".qml", ".qpt", ".ui", ".ts", ".cfg", ".ini", ".yaml",
                 ".yml", ".toml", ".xml", ".html", ".svg", ".sql")
# What detect-secrets' common plugins look for, in the few shapes a plugin could contain.
SECRET_PATTERNS = (
    ("private key", re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----")),
    ("AWS access key", re.compile(r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b")),
    ("credentials in a URL", re.compile(r"\b[a-z][a-z0-9+.-]*://[^/\s:@'\"]+:[^/\s@'\"]+@", re.I)),
    ("hard-coded password, key or token", re.compile(
        r"(?i)\b(?:password|passwd|pwd|secret|api[_-]?key|access[_-]?key|auth[_-]?token|token)\b[\"']?"
        r"\s*(?::|=|==)\s*[\"'][^\"'\s]{3,}[\"']")),
)
PLACEHOLDER_HOSTS = re.compile(r"(^|\.)(example\.(org|com|net)|example|invalid|test|localhost)$", re.I)


@dataclass(frozen=True)
class Entry:
    """One file of the archive: its name inside the zip, its Unix mode and a way to read it."""
    name: str
    mode: int
    read: Callable[[], bytes]


def entries_of_zip(zf: zipfile.ZipFile) -> List[Entry]:
    return [Entry(info.filename, (info.external_attr >> 16) & 0o7777, (lambda n=info.filename: zf.read(n)))
            for info in zf.infolist()]


def check_zip(path, max_bytes: int = MAX_BYTES) -> List[str]:
    """Every rule on a built archive: its size, its integrity and everything :func:`check_entries` checks."""
    path = Path(path)
    problems = []
    size = path.stat().st_size
    if size > max_bytes:
        problems.append(f"the zip is {size / 1e6:.1f} MB; plugins.qgis.org accepts at most {max_bytes / 1e6:g} MB")
    try:
        zf = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        return problems + [f"{path.name} is not a readable zip: {exc}"]
    with zf:
        bad = zf.testzip()
        if bad:
            problems.append(f"corrupt entry (CRC error) in the zip: {bad}")
        problems += check_entries(entries_of_zip(zf))
    return problems


def check_entries(entries: Iterable[Entry], top: str = TOP) -> List[str]:
    """The rules that depend only on the names, modes and contents of the files to ship."""
    entries = [e for e in entries if not e.name.endswith("/")]  # directory records carry nothing
    if not entries:
        return ["the archive is empty"]
    by_name = {e.name: e for e in entries}
    return (_layout(entries, top) + _forbidden(entries) + _metadata(by_name, top) + _licence(by_name, top)
            + _dev_only(entries, top) + _secrets(entries))


def warnings(entries: Iterable[Entry], top: str = TOP) -> List[str]:
    """What needs a maintainer's decision rather than a fix of the build.

    Placeholder links and addresses (the upload form asks the links to answer), and Python
    files that nothing the plugin runs imports (test-only or dead code, or a feature that
    has no front end yet: wire it, or list it in tools/package.py's DEV_ONLY).
    """
    entries = list(entries)
    found = [f"{name} is imported by nothing the plugin runs (test-only, dead, or not wired to a front end)"
             for name in unreachable(entries, top)]
    meta = _read_metadata({e.name: e for e in entries}, top)
    if meta is None:
        return found
    for key in URL_METADATA:
        host = re.sub(r"^[a-z][a-z0-9+.-]*://([^/:?#]*).*$", r"\1", meta.get(key, ""), flags=re.I)
        if host and PLACEHOLDER_HOSTS.search(host):
            found.append(f"metadata.txt: {key}={meta[key]} is a placeholder; plugins.qgis.org requires the address"
                         " to answer (HTTP status below 400) when the zip is uploaded")
    email_host = meta.get("email", "").rpartition("@")[2]
    if email_host and PLACEHOLDER_HOSTS.search(email_host):
        found.append(f"metadata.txt: email={meta['email']} is a placeholder; the site mails the maintainer there")
    return found


# --- the rules ------------------------------------------------------------------------------------------------

def _layout(entries: List[Entry], top: str) -> List[str]:
    problems = []
    for e in entries:
        if e.name.startswith("/") or "\\" in e.name or ".." in PurePosixPath(e.name).parts or ":" in e.name:
            problems.append(f"path information in an entry name (absolute, '..', drive or backslash): {e.name}")
    tops = sorted({e.name.split("/", 1)[0] for e in entries})
    loose = sorted(e.name for e in entries if "/" not in e.name)
    if loose:
        problems.append("files outside a top folder: " + ", ".join(loose))
    if tops != [top]:
        problems.append(f"the zip must hold exactly one top folder '{top}'; it holds: " + ", ".join(tops))
    for name in tops:
        if not re.fullmatch(r"[a-z][a-z0-9_]*", name):
            problems.append(f"top folder '{name}' must be lowercase, start with a letter and contain only a-z, 0-9"
                            " and '_' (a Python identifier QGIS imports it by)")
    for needed in ("__init__.py", "metadata.txt"):
        if f"{top}/{needed}" not in {e.name for e in entries}:
            problems.append(f"{top}/{needed} is missing")
    return problems


def _forbidden(entries: List[Entry]) -> List[str]:
    problems = []
    for e in entries:
        parts = e.name.split("/")
        bad = sorted(FORBIDDEN_PARTS.intersection(parts))
        if bad:
            problems.append(f"{'/'.join(bad)} must not be in the zip: {e.name}")
        elif e.name.endswith(FORBIDDEN_SUFFIXES):
            problems.append(f"compiled, temporary or backup file in the zip: {e.name}")
        elif any(p.startswith(".") for p in parts):
            problems.append(f"hidden file or folder in the zip (the security scan flags it): {e.name}")
        if e.name.lower().endswith(SUSPICIOUS_SUFFIXES):
            problems.append(f"executable or binary file in the zip (the security scan flags it): {e.name}")
        if e.mode & 0o111 and e.name.endswith(".py"):
            problems.append(f"Python file with the executable bit (the security scan flags it): {e.name}")
    return problems


def _read_metadata(by_name, top: str) -> Optional[dict]:
    entry = by_name.get(f"{top}/metadata.txt")
    if entry is None:
        return None
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    try:
        parser.read_string(entry.read().decode("utf-8"))
    except (UnicodeDecodeError, configparser.Error):
        return None
    return dict(parser.items("general")) if parser.has_section("general") else None


def _version(text: str):
    return tuple(int(p) for p in text.strip().split(".")) if re.fullmatch(r"\s*\d+(\.\d+)*\s*", text) else None


def _metadata(by_name, top: str) -> List[str]:
    entry = by_name.get(f"{top}/metadata.txt")
    if entry is None:
        return []  # reported by _layout
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    try:
        parser.read_string(entry.read().decode("utf-8"))
    except UnicodeDecodeError:
        return ["metadata.txt is not UTF-8"]
    except configparser.Error as exc:
        return [f"metadata.txt does not parse: {exc}".replace("\n", " ")]
    if not parser.has_section("general"):
        return ["metadata.txt has no [general] section"]
    meta = dict(parser.items("general"))
    problems = [f"metadata.txt: required field '{k}' is missing or empty"
                for k in REQUIRED_METADATA if not meta.get(k, "").strip()]
    low = meta.get("qgisMinimumVersion", "").strip()
    high = meta.get("qgisMaximumVersion", "").strip()
    if low and _version(low) is None:
        problems.append(f"metadata.txt: qgisMinimumVersion={low} is not a version like 3.22")
    if high:
        if _version(high) is None:
            problems.append(f"metadata.txt: qgisMaximumVersion={high} is not a version like 4.99")
        elif _version(low) is not None and _version(high) < _version(low):
            problems.append(f"metadata.txt: qgisMaximumVersion={high} is lower than qgisMinimumVersion={low}")
    email = meta.get("email", "").strip()
    if email and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", email):
        problems.append(f"metadata.txt: email={email} is not an e-mail address")
    if "/" in meta.get("author", ""):
        problems.append("metadata.txt: author must not contain '/'")
    for key in URL_METADATA:
        url = meta.get(key, "").strip()
        if url and not re.fullmatch(r"https?://[^/\s]+\S*", url):
            problems.append(f"metadata.txt: {key}={url} is not an http(s) address")
    for key in BOOLEAN_METADATA:
        value = meta.get(key)
        if value is not None and value.strip().lower() not in ("true", "false", "1", "0", "yes", "no"):
            problems.append(f"metadata.txt: {key}={value} is not a boolean (True/False)")
    icon = meta.get("icon", "").strip()
    if icon and f"{top}/{icon.removeprefix('./')}" not in by_name:
        problems.append(f"metadata.txt: icon={icon} is not in the zip")
    return problems


def _licence(by_name, top: str) -> List[str]:
    entry = by_name.get(f"{top}/LICENSE")
    if entry is None:
        return [f"{top}/LICENSE is missing (plugins.qgis.org requires a LICENSE file at the top of the plugin)"]
    text = entry.read().decode("utf-8", "replace")
    if "GNU GENERAL PUBLIC LICENSE" not in text or "any later version" not in text:
        return ["LICENSE is not the GNU General Public License text (QGIS plugins are GPL-2.0-or-later)"]
    return []


def _module_name(name: str, top: str) -> Optional[str]:
    """'dispersion_planner/plugin/core/x.py' -> 'plugin.core.x'; the root __init__.py -> ''."""
    parts = name.split("/")
    if parts[0] != top or not name.endswith(".py"):
        return None
    parts = parts[1:]
    parts[-1] = parts[-1][:-3]
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(source: bytes, module: str, is_package: bool) -> tuple:
    """(modules of the plugin this module may import, top-level names of other packages it imports)."""
    tree = ast.parse(source)
    own, other = set(), set()
    here = module.split(".") if module else []
    package = here if is_package else here[:-1]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                other.add(alias.name.split(".")[0])
                own.add(alias.name)  # absolute import of our own package (python -m plugin)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[:len(package) - (node.level - 1)] if node.level > 1 else list(package)
            else:
                base = []
                other.add((node.module or "").split(".")[0])
            target = base + (node.module.split(".") if node.module else [])
            own.add(".".join(target))
            for alias in node.names:
                own.add(".".join(target + [alias.name]))
    return own, other


def _dev_only(entries: List[Entry], top: str) -> List[str]:
    problems = []
    for e in entries:
        parts = e.name.split("/")
        folder = sorted(DEV_FOLDERS.intersection(parts[1:-1]))
        base = parts[-1]
        if folder:
            problems.append(f"development folder {folder[0]}/ in the zip: {e.name}")
        elif base.endswith(".py") and (base.startswith("test_") or base.endswith("_test.py") or base == "conftest.py"):
            problems.append(f"test module in the zip: {e.name}")
    for e in entries:
        module = _module_name(e.name, top)
        if module is None:
            continue
        try:
            other = _imports(e.read(), module, e.name.endswith("__init__.py"))[1]
        except SyntaxError as exc:
            problems.append(f"{e.name} does not parse: {exc}")
            continue
        for name in sorted(TEST_ONLY_IMPORTS.intersection(other)):
            problems.append(f"{e.name} imports the test-only package {name}")
    return problems


def unreachable(entries: Iterable[Entry], top: str = TOP) -> List[str]:
    """Python files of the zip that nothing QGIS or the command line runs imports, directly or not.

    The plugin is reached through the top ``__init__.py`` (QGIS) and ``plugin/__main__.py``
    (``python -m plugin``); imports are followed statically, including those inside functions.
    What is left is test-only code, dead code or a feature without a front end yet.
    """
    modules = {}
    for e in entries:
        module = _module_name(e.name, top)
        if module is not None:
            modules[module] = e
    graph = {}
    for module, e in modules.items():
        try:
            graph[module] = _imports(e.read(), module, e.name.endswith("__init__.py"))[0]
        except SyntaxError:
            graph[module] = set()  # reported by check_entries
    seen, todo = set(), [m for m in ("", "plugin.__main__") if m in modules]
    while todo:
        module = todo.pop()
        if module in seen:
            continue
        seen.add(module)
        parts = module.split(".") if module else []
        parents = [".".join(parts[:i]) for i in range(len(parts))]
        todo += [m for m in parents + sorted(graph.get(module, ())) if m in modules and m not in seen]
    python_files = [e.name for e in entries if e.name.endswith(".py") and not e.name.endswith("/")]
    return sorted(modules[m].name for m in set(modules) - seen) + sorted(
        n for n in python_files if _module_name(n, top) is None)


def _secrets(entries: List[Entry]) -> List[str]:
    problems = []
    for e in entries:
        if not e.name.lower().endswith(TEXT_SUFFIXES) or e.name.endswith("/metadata.txt"):
            continue
        text = e.read().decode("utf-8", "replace")
        for number, line in enumerate(text.splitlines(), 1):
            for what, pattern in SECRET_PATTERNS:
                if pattern.search(line):
                    problems.append(f"{e.name}:{number} looks like a secret ({what}); detect-secrets would flag it")
    return problems
