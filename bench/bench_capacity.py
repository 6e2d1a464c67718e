"""Benchmark of capacity planning (issue 17): ours (scipy/HiGHS) against PuLP/CBC on the same model, one run.

    .venv/bin/python bench/bench_capacity.py [--sites 60] [--months 36] [--limit 60] [--small 8x6 15x12]

CBC solves our stage-1 matrices (minimum total cost; the model of plugin/core/capacity/formulation.py,
built once and handed to both solvers), with the same time limit and one thread. Printed:
- the model size (variables, binaries, constraints, nonzeros);
- for the small sizes (median over 3 seeds, both solved to optimality): seconds and the ratio CBC / ours;
- for the target size (60 sites x 36 months x 3 scenarios): status, objective, HiGHS's gap and bound and
  the seconds of each within the time limit (CBC's with PuLP building the model, and its own run), the
  ratio of the objectives (CBC / ours; above 1: ours found the cheaper plan) and the ratio of the seconds:
  exact when both prove optimality, a lower bound ">=" when only ours does (CBC stopped at its limit),
  none when both stop at the limit;
- plan_capacity on the same instance (the quick plan first, then HiGHS with its cost as cutoff; verified).
Targets of the issue: ours optimal in under 10 s at the target size, at least 10x faster than CBC.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
import warnings
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
warnings.filterwarnings("ignore")

from bench.cbc_model import cbc_solve_arrays  # noqa: E402
from plugin.core.capacity import plan_capacity  # noqa: E402
from plugin.core.capacity.formulation import Formulation  # noqa: E402
from test.fixtures.capacity_instances import bench_instance  # noqa: E402


def cbc_solve(f: Formulation, limit: float):
    """Our built formulation as a PuLP model solved by CBC: (seconds, status, objective or None, seconds of CBC's own
    run without PuLP's model building)."""
    import pulp

    seconds, status, prob, xs = cbc_solve_arrays(f.c, f.bounds, f.integrality, f.matrix, f.rlo, f.rhi, "capacity",
                                                 max(1, int(limit)))
    value = pulp.value(prob.objective) if status in ("Optimal", "limit") and xs[0].varValue is not None else None
    own = float(getattr(prob, "solutionTime", seconds) or seconds)
    return seconds, status, value, own


def ours_solve(f: Formulation, limit: float):
    sol = f.solve(limit)
    status = {0: "Optimal", 1: "limit", 2: "Infeasible"}.get(sol.status, str(sol.status))
    return sol.seconds, status, sol.fun, sol.gap, sol.dual_bound


def _size(text: str):
    s, m = text.lower().split("x")
    return int(s), int(m)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sites", type=int, default=60)
    ap.add_argument("--months", type=int, default=36)
    ap.add_argument("--limit", type=float, default=60.0, help="seconds per solver at the target size")
    ap.add_argument("--small", nargs="*", default=["8x6", "10x8", "12x12"], help="smaller sizes, SITESxMONTHS")
    ap.add_argument("--small-limit", type=float, default=120.0, help="seconds per solver at the smaller sizes")
    ap.add_argument("--seeds", type=int, default=3)
    args = ap.parse_args(argv)

    print("capacity planning: ours (scipy/HiGHS) vs PuLP/CBC on the same stage-1 model (minimum cost)")
    print(f"{'size':>10} {'vars':>7} {'bin':>6} {'rows':>7} {'ours s':>8} {'CBC s':>8} {'CBC/ours':>9}  status")
    for text in args.small:
        S, T = _size(text)
        ours_t, cbc_t, same, capped = [], [], True, False
        for seed in range(args.seeds):
            f = Formulation(bench_instance(seed, sites=S, months=T)).build()
            o = ours_solve(f, args.small_limit)
            c = cbc_solve(f, args.small_limit)
            capped = capped or c[1] == "limit" or o[1] == "limit"
            ours_t.append(o[0])
            cbc_t.append(c[0])
            if c[1] == "limit" or o[1] == "limit":
                pass
            elif o[1] == c[1] == "Optimal":
                same = same and abs(o[2] - c[2]) <= 1e-6 * max(1.0, abs(o[2]))
            else:
                same = same and o[1] == c[1]
        size = f.size()
        mo, mc = statistics.median(ours_t), statistics.median(cbc_t)
        note = "same optimum" if same else "DIFFERENT"
        if capped:
            note += f" where both finished; a solver hit the {args.small_limit:.0f} s limit (ratio is a bound)"
        print(f"{text:>10} {size['variables']:>7} {size['binaries']:>6} {size['constraints']:>7} {mo:>8.2f} {mc:>8.2f} "
              f"{mc / mo:>9.1f}  {note}")

    S, T = args.sites, args.months
    t0 = time.perf_counter()
    f = Formulation(bench_instance(0, sites=S, months=T)).build()
    build = time.perf_counter() - t0
    size = f.size()
    print(f"\ntarget {S} sites x {T} months x 3 scenarios: {size['variables']} variables ({size['binaries']} binary), "
          f"{size['constraints']} constraints, {size['nonzeros']} nonzeros; built in {build:.2f} s")
    o = ours_solve(f, args.limit)
    gap = "-" if o[3] is None else f"{100 * o[3]:.2f} %"
    bound = "-" if o[4] is None else f"{o[4]:.0f}"
    print(f"  ours: {o[1]:<8} objective {o[2] if o[2] is None else round(o[2])}  gap {gap}  bound {bound}  {o[0]:.1f} s")
    c = cbc_solve(f, args.limit)
    print(f"  CBC : {c[1]:<8} objective {c[2] if c[2] is None else round(c[2])}  {c[0]:.1f} s "
          f"(of which CBC's own run {c[3]:.1f} s; the rest is PuLP building the model)")
    if o[2] is not None and c[2] is not None:
        print(f"  ratio of objectives CBC / ours: {c[2] / o[2]:.3f}  (same time limit {args.limit:.0f} s)")
    elif o[2] is not None:
        print("  CBC found no plan within the time limit")
    ratio = c[0] / max(o[0], 1e-9)
    if o[1] == "Optimal" and c[1] == "Optimal":
        print(f"  ratio of seconds CBC / ours: {ratio:.2f} (both optimal)")
    elif o[1] == "Optimal":
        print(f"  ratio of seconds CBC / ours: >= {ratio:.2f} (a lower bound: CBC stopped at its {args.limit:.0f} s limit "
              "without proving optimality)")
    elif c[1] == "Optimal":
        print(f"  ratio of seconds CBC / ours: <= {ratio:.2f} (an upper bound: ours stopped at the "
              f"{args.limit:.0f} s limit)")
    else:
        print(f"  ratio of seconds CBC / ours: none (both stopped at the {args.limit:.0f} s limit; compare the objectives)")
    pb = bench_instance(0, sites=S, months=T)
    pb.params = replace(pb.params, time_limit_s=args.limit)
    r = plan_capacity(pb)
    gap = "-" if r.gap is None else f"{100 * r.gap:.2f} %"
    print(f"  plan_capacity (quick plan, then HiGHS below its cost; verified): {r.status}  cost {r.cost if r.cost is None else round(r.cost)}"
          f"  gap {gap}  {r.seconds:.1f} s  violations {len(r.violations)}")
    if r.cost is not None and c[2] is not None:
        print(f"  ratio of costs CBC / plan_capacity: {c[2] / r.cost:.3f}")
    ok = o[1] == "Optimal" and o[0] < 10.0
    print(f"  target (optimal in < 10 s): {'met' if ok else 'NOT met'}")
    fast = o[1] == "Optimal" and ratio >= 10.0 and c[1] in ("Optimal", "limit")
    print(f"  target (>= 10x faster than CBC): {'met' if fast else 'NOT met'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
