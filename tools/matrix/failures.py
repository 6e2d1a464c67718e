#!/usr/bin/env python3
"""Summarise the failures of a `make test-matrix` run as Markdown (stdout).

    python3 tools/matrix/failures.py [out/matrix [SUITE ...]]

Per suite: every failed/erroring test with its first error lines (from test.log), the end of a
failed or hung `make demo` (demo.log), and each README qgis_process command that failed (readme.log).
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

SECTION = re.compile(r"^_{3,} (.+?) _{3,}$")
SUMMARY = re.compile(r"^(FAILED|ERROR) (.+?)(?: - (.*))?$")
COUNTS = re.compile(r"^(?:=+ )?(\d+ (?:passed|failed|errors?|skipped|deselected).*?)(?: =+)?$")


def pytest_failures(log: Path) -> list[str]:
    lines = log.read_text(errors="replace").splitlines()
    out: list[str] = []
    counts = next((m.group(1) for m in (COUNTS.match(x) for x in reversed(lines)) if m), None)
    out.append(f"pytest: {counts or 'no pytest summary line (crashed or did not run)'}")
    # Error lines per traceback section ("test_x[param]" or "ERROR at setup of test_x").
    errors: dict[str, list[str]] = {}
    where: dict[str, str] = {}
    current = None
    in_tracebacks = False
    for line in lines:
        if re.match(r"^=+ (FAILURES|ERRORS) =+$", line):
            in_tracebacks = True
            continue
        if re.match(r"^=+ short test summary info =+$", line):
            in_tracebacks = False
            continue
        if not in_tracebacks:
            continue
        m = SECTION.match(line)
        if m:
            current = m.group(1).replace("ERROR at setup of ", "").replace("ERROR at teardown of ", "")
            errors.setdefault(current, [])
            continue
        if current is None:
            continue
        if line.startswith("E ") and line[1:].strip() and len(errors[current]) < 4:
            errors[current].append(line[1:].strip())
        m = re.match(r"^(\S+\.py):(\d+): (\w+)", line)
        if m:
            where[current] = f"{m.group(1)}:{m.group(2)} ({m.group(3)})"
    failed = [SUMMARY.match(x) for x in lines]
    failed = [m for m in failed if m]
    for m in failed:
        kind, nodeid, msg = m.group(1), m.group(2), m.group(3) or ""
        name = nodeid.split("::")[-1]
        out.append(f"- {kind} `{nodeid}`" + (f" at {where[name]}" if name in where else ""))
        detail = errors.get(name) or ([msg] if msg else [])
        for e in detail:
            out.append(f"    - `{e[:300]}`")
    # A crash (no summary) leaves its fatal lines.
    if counts is None:
        for line in lines:
            if "Fatal Python error" in line or "Segmentation fault" in line or "Aborted" in line:
                out.append(f"- crash: `{line.strip()}`")
        out.append("  last lines: " + " / ".join(x.strip() for x in lines[-5:]))
    return out


def demo_failure(log: Path) -> list[str]:
    lines = log.read_text(errors="replace").splitlines()
    interesting = [x for x in lines if re.search(r"Error|Exception|Traceback|timeout|Terminated|error:", x)]
    out = ["make demo: last lines:"] + [f"    {x}" for x in lines[-8:]]
    if interesting:
        out += ["  error lines:"] + [f"    {x}" for x in interesting[-8:]]
    return out


def readme_failures(log: Path) -> list[str]:
    lines = log.read_text(errors="replace").splitlines()
    out = []
    start = 0
    for i, line in enumerate(lines):
        if line.startswith("+ "):
            start = i
        m = re.match(r"^README command: (.*) -> rc=(\d+) \((\d+) s\)$", line)
        if m and m.group(2) != "0":
            out.append(f"- `{m.group(1)}` rc={m.group(2)} ({m.group(3)} s):")
            body = [x for x in lines[start + 1:i] if x.strip() and "XDG_RUNTIME_DIR" not in x]
            err = [x for x in body if re.search(r"Error|error|Exception|Traceback|failed|not found", x)]
            for x in (err or body)[-8:]:
                out.append(f"    {x.strip()[:300]}")
        elif m:
            out.append(f"- `{m.group(1)}` ok ({m.group(3)} s)")
    total = [x for x in lines if x.startswith("README qgis_process commands:")]
    return (total[-1:] if total else ["README commands: no closing line (did not run to the end)"]) + out


def main() -> int:
    base = Path(sys.argv[1] if len(sys.argv) > 1 else "out/matrix")
    names = sys.argv[2:]
    dirs = [base / n for n in names] if names else sorted(p for p in base.iterdir() if p.is_dir())
    for suite_dir in (d for d in dirs if d.is_dir()):
        print(f"## {suite_dir.name}\n")
        summary = suite_dir / "summary.txt"
        if summary.exists():
            print(summary.read_text().strip() + "\n")
        test = suite_dir / "test.log"
        if test.exists():
            print("### make test\n")
            print("\n".join(pytest_failures(test)) + "\n")
        demo = suite_dir / "demo.log"
        if demo.exists():
            print("### make demo\n")
            rc = suite_dir / "demo.rc"
            print(f"exit code: {rc.read_text().strip() if rc.exists() else '?'}\n")
            print("\n".join(demo_failure(demo)) + "\n")
        readme = suite_dir / "readme.log"
        if readme.exists():
            print("### README qgis_process commands\n")
            print("\n".join(readme_failures(readme)) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
