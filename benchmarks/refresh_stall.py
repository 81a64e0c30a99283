"""The UI thread's longest stall during a catalog refresh, at the terminal's interpreter turn and at
CPython's default, in the same run.

    nice .venv/bin/python benchmarks/refresh_stall.py [--refreshes 10] [--rounds 2]

Each variant runs in a process of its own (the turn is process-wide): the demo terminal's real window
(offscreen) shows the service list, as in ``benchmarks/responsiveness.py``, and the catalog is
reloaded ``--refreshes`` times on a background thread (fetched from the sandbox platform, in a
process of its own, parsed, indexed, swapped in). A 4 ms precise timer on the UI thread records how
late each tick came; the figure per refresh is the latest tick, with the UI thread's own CPU time in
that gap and its time waiting for a CPU (``/proc/thread-self/schedstat``). A long stall with little
of either is a wait for the interpreter lock. Variants alternate across ``--rounds``, so the
machine's load falls on both.

The peer: CPython's default turn (``sys.getswitchinterval()`` 5 ms); the terminal's is
``ui.interpreter_turns.UI_TURN_S``. Goal (issue 13): longest stall ≤ 50 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

GOAL_MS = 50.0
DEFAULT_TURN_S = 0.005


def _waiting_for_a_cpu_ms() -> float:
    try:
        with open("/proc/thread-self/schedstat") as f:
            return int(f.read().split()[1]) / 1e6
    except (OSError, IndexError, ValueError):
        return 0.0  # not Linux, or no schedstat: the column then says 0


def measure(refreshes: int, turn_s: float | None) -> list[tuple[float, float, float]]:
    """In this process: the terminal at ``turn_s`` (None: its own), ``refreshes`` refreshes."""
    import random

    from benchmarks import responsiveness
    from benchmarks.window_driver import new_citizen, platform_in_its_own_process

    worst: list[tuple[float, float, float]] = []
    since = {"rq": _waiting_for_a_cpu_ms()}
    tick = responsiveness.StallMonitor._tick

    def watched(monitor: responsiveness.StallMonitor) -> None:
        now, cpu, rq = time.perf_counter(), time.thread_time(), _waiting_for_a_cpu_ms()
        late = (now - monitor._last) * 1000 - 4
        if worst and late > worst[-1][0]:
            worst[-1] = (late, (cpu - monitor._last_cpu) * 1000, rq - since["rq"])
        since["rq"] = rq
        tick(monitor)

    responsiveness.StallMonitor._tick = watched  # type: ignore[method-assign,assignment]
    with ExitStack() as stack:
        folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="refresh-stall-")))
        bench = responsiveness.Bench(stack.enter_context(platform_in_its_own_process(folder)))
        if turn_s is not None:
            sys.setswitchinterval(turn_s)
        try:
            bench.tap_to("startApplyButton", "identify")
            bench.card_to(new_citizen(random.Random(1)), "choose_service")
            bench.t.bot.wait(1000)
            for _ in range(refreshes):
                worst.append((-1.0, 0.0, 0.0))
                bench.refresh_catalog()
        finally:
            bench.t.close()
    return worst


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--refreshes", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--one", choices=("terminal", "default"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        rows = measure(args.refreshes, None if args.one == "terminal" else DEFAULT_TURN_S)
        print(json.dumps({"rows": rows, "turn_ms": sys.getswitchinterval() * 1000}))
        return 0

    results: dict[str, list[tuple[float, float, float]]] = {"terminal": [], "default": []}
    turns: dict[str, float] = {}
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    for round_ in range(args.rounds):
        order = ("terminal", "default") if round_ % 2 == 0 else ("default", "terminal")
        for variant in order:
            run = subprocess.run(
                [sys.executable, __file__, "--one", variant, "--refreshes", str(args.refreshes)],
                capture_output=True, text=True, env=env, cwd=ROOT, check=False,
            )
            if run.returncode != 0:
                print(run.stderr[-3000:], file=sys.stderr)
                raise SystemExit(f"the {variant} run failed (exit {run.returncode})")
            out = json.loads(run.stdout.strip().splitlines()[-1])
            results[variant] += [tuple(r) for r in out["rows"]]
            turns[variant] = out["turn_ms"]

    load = os.getloadavg()
    print(f"{args.refreshes} catalog refreshes × {args.rounds} rounds per variant, the service list shown; "
          f"load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} on {os.cpu_count()} CPUs")
    print("longest UI-thread stall per refresh (ms):")
    print(f"  {'variant':<32} {'median':>7} {'p90':>7} {'max':>7}   in the longest: {'own CPU':>7} {'CPU wait':>8}")
    medians: dict[str, float] = {}
    for variant, rows in results.items():
        stalls = sorted(r[0] for r in rows)
        medians[variant] = statistics.median(stalls)
        p90 = stalls[min(len(stalls) - 1, int(0.9 * len(stalls)))]
        longest = max(rows)
        name = f"{variant} (turn {turns[variant]:.1f} ms)"
        print(f"  {name:<32} {medians[variant]:>7.1f} {p90:>7.1f} {longest[0]:>7.1f}   "
              f"{'':>16}{longest[1]:>7.1f} {longest[2]:>8.1f}")
        print(f"  {'':<32} each: " + ", ".join(f"{r[0]:.0f}" for r in rows))
    ratio = medians["default"] / medians["terminal"] if medians["terminal"] > 0 else float("inf")
    print(f"median stall, CPython's default turn ÷ the terminal's: {ratio:.1f}×")
    worst = max(r[0] for r in results["terminal"])
    verdict = "met" if worst <= GOAL_MS else "NOT met"
    print(f"goal: longest stall ≤ {GOAL_MS:.0f} ms: {verdict} at the terminal's turn"
          f" ({worst:.1f} ms, load {load[0]:.1f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
