#!/usr/bin/env python3
"""Run every benchmark in one go (``make bench``); each prints ours / reference as a ratio.

``--quick`` uses small sizes for a smoke run; the full sizes are the ones the issues name.
"""
import argparse
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

FULL = [
    ["bench_analysis.py", "--sizes", "1000,10000,100000"],
    ["bench_placement.py", "--sizes", "50", "500", "5000"],
    ["bench_zensus.py", "--rows", "2000000"],
]
QUICK = [
    ["bench_analysis.py", "--sizes", "1000", "--permutations", "99"],
    ["bench_placement.py", "--sizes", "50", "--cbc-limit", "30"],
    ["bench_zensus.py", "--rows", "50000"],
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    failed = 0
    for cmd in QUICK if args.quick else FULL:
        sys.stdout.write(f"\n=== {' '.join(cmd)}\n")
        sys.stdout.flush()
        failed |= subprocess.call([sys.executable, str(HERE / cmd[0]), *cmd[1:]], cwd=HERE.parent) != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
