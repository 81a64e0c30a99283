"""Weeks of uptime, compressed: complete citizen sessions through the real window in one process.

A mix of errands in rotation — a filing (form, photographed page, signature, printed receipt,
rating), a filing abandoned midway, a citizen who walks away (idle timeout), a progress query and a
certificate print — each by a new citizen (name and ID number of their own), on the demo terminal:
simulated card reader and camera (the preview runs whenever the identify screen shows), the
built-in sandbox platform, the spool printer, the sync worker delivering in the background.

Every ``--every`` sessions it samples RSS, what the C allocator has handed out (glibc's
``mallinfo2``: RSS minus the arenas' free memory, roughly), Python objects (gc-tracked), live Qt
wrappers (shiboken), open descriptors and threads. After the warm-up it prints growth per 100 sessions (least
squares over the samples) and the object types that grew. At the end, after the last citizen's
session was wiped, it scans the strings every gc-tracked object refers to for that citizen's name and
ID number, and names the holders. The peer is the goal of issue 13: 2,000 sessions without a crash,
RSS ≤ 1 MiB per 100 sessions after warm-up, objects, wrappers, descriptors and threads flat, nothing
of a previous citizen reachable.

    nice .venv/bin/python benchmarks/soak.py [--sessions 2000] [--warmup 100] [--every 10]

Run it with ``PYTHONDEVMODE=1`` to have the allocator and the fault handler check every step.
"""

from __future__ import annotations

import argparse
import ctypes
import faulthandler
import gc
import os
import random
import sys
import threading
import time
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.window_driver import Citizen, Terminal, new_citizen

MIB = 1024 * 1024


@dataclass(frozen=True)
class Sample:
    sessions: int
    seconds: float
    rss: int
    heap: int  # bytes the C allocator has handed out and not yet had back (mallinfo2; 0 off glibc)
    objects: int
    wrappers: int
    fds: int
    threads: int


def _rss() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


class _MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks",
                                                       "fsmblks", "uordblks", "fordblks", "keepcost")]


def _heap_in_use() -> int:
    """What the program holds of the C allocator, in every arena (RSS also counts the free memory
    the arenas keep, which swung by ±50 MiB with the arena that last grew: wiring/memory.py)."""
    try:
        mallinfo2 = ctypes.CDLL("libc.so.6").mallinfo2
    except (OSError, AttributeError):
        return 0
    mallinfo2.restype = _MallInfo2
    info = mallinfo2()
    return int(info.uordblks + info.hblkhd)


def _threads() -> int:
    return len(os.listdir("/proc/self/task"))  # native threads too (Qt's, CUPS's), not only Python's


def sample(sessions: int, started: float) -> Sample:
    import shiboken6

    gc.unfreeze()  # catalog builds freeze what is alive (wiring/long_lived.py): count and scan it too
    gc.collect()
    return Sample(sessions, time.monotonic() - started, _rss(), _heap_in_use(), len(gc.get_objects()),
                  len(shiboken6.getAllValidWrappers()), len(os.listdir("/proc/self/fd")), _threads())


def type_counts() -> Counter[str]:
    gc.unfreeze()  # catalog builds freeze what is alive (wiring/long_lived.py): count and scan it too
    gc.collect()
    return Counter(f"{type(o).__module__}.{type(o).__qualname__}" for o in gc.get_objects())


def slope_per_100(xs: list[int], ys: list[int]) -> float:
    """Least-squares growth of ``ys`` per 100 sessions."""
    n = len(xs)
    if n < 2:
        return 0.0
    mx, my = sum(xs) / n, sum(ys) / n
    var = sum((x - mx) ** 2 for x in xs)
    return 100 * sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / var if var else 0.0


OUTSIDE_THE_TERMINAL = ("sandbox_platform", "werkzeug", "flask", "drivers.idcard.sim", "drivers.idcard.simulator")


def _owner_modules(obj: object, depth: int = 3) -> set[str]:
    """Modules of the objects that hold ``obj``, a few levels up (containers are looked through)."""
    seen, frontier, modules = {id(obj)}, [obj], set()
    for _ in range(depth):
        nxt: list[object] = []
        for o in frontier:
            for r in gc.get_referrers(o):
                if id(r) in seen or r is frontier or r is nxt:
                    continue
                seen.add(id(r))
                modules.add(type(r).__module__)
                nxt.append(r)
        frontier = nxt[:200]
    return modules


def scan_heap(citizen: Citizen) -> tuple[list[str], list[str]]:
    """Holders of strings with the citizen's name or number: (inside the terminal, outside it).

    The benchmark's own references (the citizen it made up, the needles, the findings) are skipped.
    """
    gc.unfreeze()  # catalog builds freeze what is alive (wiring/long_lived.py): count and scan it too
    gc.collect()
    needles = (citizen.name, citizen.number)
    inside: list[str] = []
    outside: list[str] = []
    objects = gc.get_objects()
    own = {id(needles), id(inside), id(outside), id(objects), id(citizen)}
    for holder in objects:
        if id(holder) in own or isinstance(holder, Citizen):
            continue
        for value in gc.get_referents(holder):
            if isinstance(value, str) and any(n in value for n in needles):
                what = f"{type(holder).__module__}.{type(holder).__qualname__} holds {value[:40]!r}"
                owners = _owner_modules(holder) | {type(holder).__module__}
                if any(m.startswith(OUTSIDE_THE_TERMINAL) for m in owners):
                    outside.append(what)
                else:
                    inside.append(what + f" (held by {sorted(owners)[:6]})")
    del objects
    return inside, outside


def driver_lookups_growth(terminal: Terminal, rounds: int = 200) -> int:
    """Objects left behind by the driver's own way of finding and checking controls, on the idle
    screen: ``rounds`` times every lookup a session makes most of. 0 means the growth printed above
    is the terminal's, not the benchmark's."""
    from tests.ui import harness

    names = ("startApplyButton", "startProgressButton", "startPrintButton", "screen_idle")
    harness.find(terminal.win, names[0])  # first use: caches, compiled code
    gc.collect()
    before = len(gc.get_objects())
    for _ in range(rounds):
        for name in names:
            item = harness.find(terminal.win, name)
            harness._on_screen(terminal.win, item)
            item.isVisible()
    del item
    gc.collect()
    return len(gc.get_objects()) - before


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=2000)
    parser.add_argument("--warmup", type=int, default=100)
    parser.add_argument("--every", type=int, default=10)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--minutes", type=float, default=0.0, help="stop after this long (0: no limit)")
    args = parser.parse_args()
    faulthandler.enable(all_threads=True)

    rng = random.Random(args.seed)
    terminal = Terminal()
    print(f"python {sys.version.split()[0]}, pid {os.getpid()}, data in {terminal.workdir}", flush=True)
    errands: list[tuple[str, Callable[[Citizen], object]]] = [
        ("filing", terminal.filing),
        ("cancel", terminal.cancel_midway),
        ("progress", terminal.progress_query),
        ("timeout", terminal.walk_away),
        ("certificate", lambda _c: terminal.certificate()),
    ]
    started = time.monotonic()
    samples = [sample(0, started)]
    print(f"{'sessions':>8} {'min':>6} {'RSS MiB':>8} {'heap MiB':>8} {'objects':>8} {'wrappers':>8} {'fds':>4} "
          f"{'threads':>7}", flush=True)
    warm_types: Counter[str] | None = None
    done = Counter[str]()
    last: Citizen | None = None
    failures = 0
    for n in range(1, args.sessions + 1):
        kind, errand = errands[(n - 1) % len(errands)]
        citizen = new_citizen(rng)
        try:
            errand(citizen)
            done[kind] += 1
            if kind != "certificate":
                last = citizen
        except (TimeoutError, AssertionError) as exc:
            failures += 1
            step = " > ".join(f"{fr.name}:{fr.lineno}" for fr in traceback.extract_tb(exc.__traceback__)
                              if fr.filename.endswith(("window_driver.py", "harness.py")))
            print(f"session {n} ({kind}) failed at {step} on screen {terminal.app.vm.screen!r} "
                  f"({terminal.app.vm.notice!r}): {exc}; the idle timeout ends it", flush=True)
            terminal.clock.advance(terminal.config.session.form_idle_timeout_s + 1)
            terminal.on("idle", timeout=30000)
        if n % args.every == 0:
            s = sample(n, started)
            samples.append(s)
            print(f"{s.sessions:>8} {s.seconds / 60:>6.1f} {s.rss / MIB:>8.1f} {s.heap / MIB:>8.1f} {s.objects:>8} "
                  f"{s.wrappers:>8} {s.fds:>4} {s.threads:>7}", flush=True)
        if n == args.warmup:
            warm_types = type_counts()
        if args.minutes and time.monotonic() - started > args.minutes * 60 and n % len(errands) == 0:
            print(f"stopping after {args.minutes} minutes", flush=True)
            break
    # The last session of the run is a filing by a citizen of its own, so the scan looks for someone
    # whose data certainly passed through every layer.
    last = new_citizen(rng)
    terminal.filing(last)
    terminal.bot.wait(500)
    sessions_run = samples[-1].sessions

    print(f"\n{sessions_run} sessions in {samples[-1].seconds / 60:.1f} min "
          f"({', '.join(f'{k} {v}' for k, v in done.items())}; {failures} failed and were ended by the idle timeout; "
          f"{terminal.cards_placed_again} cards placed again after the terminal said the read failed; "
          f"{terminal.app.vm.forms_finished_at_once} forms finished at once after a 400 ms wait); no crash")
    after = [s for s in samples if s.sessions >= args.warmup]
    xs = [s.sessions for s in after]
    print(f"growth per 100 sessions after the {args.warmup}-session warm-up ({len(after)} samples):")
    rows = [
        ("RSS (MiB)", [s.rss for s in after], 1 / MIB, "≤ 1 MiB"),
        ("malloc in use (MiB)", [s.heap for s in after], 1 / MIB, "(part of RSS)"),
        ("Python objects", [s.objects for s in after], 1, "flat"),
        ("Qt wrappers", [s.wrappers for s in after], 1, "flat"),
        ("open descriptors", [s.fds for s in after], 1, "flat"),
        ("threads", [s.threads for s in after], 1, "flat"),
    ]
    for label, ys, scale, goal in rows:
        first, final = (ys[0] * scale, ys[-1] * scale) if ys else (0, 0)
        print(f"  {label:<19} {slope_per_100(xs, ys) * scale:+10.2f}   ({first:.1f} → {final:.1f})   goal {goal}")
    if warm_types is not None:
        grown = (type_counts() - warm_types).most_common(12)
        print("object types that grew since the warm-up:" if grown else "no object type grew since the warm-up")
        for name, count in grown:
            print(f"  +{count:<6} {name}")
    first = driver_lookups_growth(terminal)  # the first round also fills caches the second reuses
    print(f"the driver's own lookups (800 finds on the idle screen, twice) left {first:+d}, then "
          f"{driver_lookups_growth(terminal):+d} objects (0: the growth above is the terminal's)")
    inside, outside = scan_heap(last)
    print(f"last citizen's name and ID number after the wipe: {len(inside)} holders in the terminal (goal 0), "
          f"{len(outside)} in the sandbox platform / simulated card (not the terminal)")
    for line in inside[:10]:
        print(f"  {line}")
    terminal.close()


if __name__ == "__main__":
    threading.current_thread().name = "main"
    main()
