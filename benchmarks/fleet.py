"""Fleet benchmark: 7,000 terminals powered on in the same second, on a virtual clock.

    .venv/bin/python benchmarks/fleet.py [--terminals 7000] [--hours 1] [--outage-s 600] [--changes 20]

Part 1 (requests): every terminal runs the terminal's own scheduling code (``kiosk.schedule``:
``platform_schedules`` + ``PeriodicTask.step``, exactly what the composition root's threads run)
for its periodic platform calls: catalog refresh, trust list, heartbeat, and the remote
configuration poll (two requests: the document and the platform's commands). Each call is a
platform request at a virtual instant. Prints the platform's requests per second, peak over mean for the
first hour (goal ≤ 3×), beside the fixed schedules terminals used before (catalog once at start,
trust list and heartbeat at start and then every period), and again with the platform down for
the first ``--outage-s`` seconds (the catalog and trust list retries after start-up; heartbeats
wait in the outbox; the sync worker's link probing is part 1b).

Part 1b (link probes): every terminal runs a real ``SyncWorker``'s pass (``_step``, the loop body of
its thread) from power-on to the end of the hour, against a platform that refuses connections for
the first ``--outage-s`` seconds, on the virtual clock (a refused probe takes no time: the most probes
a down platform can see). Each worker's first pass comes after its ``first_contact_delay()``, as its
thread waits. Prints the probes per second at the down platform (peak, mean), how long after the
platform healed each terminal noticed (median, p95), and the peak over mean for the first hour of the
worker's requests alone and added to part 1's outage figures: before (first probe at start, probe
cap 5 s, idle ping every sync interval) and after (``platform.start_spread_s``, ``probe_cap_s``,
``idle_probe_s``).

Part 2 (catalog bytes): one terminal's real ``CatalogFeed`` against the real sandbox over HTTP,
driven through a virtual day on its jittered catalog schedule while the platform publishes
``--changes`` item edits at random moments. Prints body bytes per terminal per day with
incremental updates and without them (every changed refresh downloads the whole region catalog),
both conditional and gzip-compressed, and the uncompressed whole catalog for scale.
"""

from __future__ import annotations

import argparse
import functools
import heapq
import json
import random
import statistics
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import cast

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kiosk.config.models import PlatformConfig, RemoteSection  # noqa: E402
from kiosk.ports import Refusal  # noqa: E402
from kiosk.schedule import PeriodicTask, fixed, platform_schedules  # noqa: E402

DEFAULTS = PlatformConfig()
REMOTE = RemoteSection()
OLD_PROBE_CAP_S = 5.0  # the sync worker's probe cap before issue 17's follow-up


class DownPlatform:
    """Stands in for ``PlatformClient`` where the worker probes: refuses until ``heals_at`` (virtual s).
    Counts the refused probes per second, and (``every``) every ping, refused or answered."""

    def __init__(self, heals_at: float, per_second: Counter[int], every: Counter[int] | None = None) -> None:
        self.heals_at = heals_at
        self.now = 0.0
        self.not_before = 0.0
        self.clock_skew_s: float | None = None
        self.refusal = Refusal.NONE
        self._per_second = per_second
        self._every = every if every is not None else Counter()

    def ping(self) -> tuple[bool, float, float | None]:
        self._every[int(self.now)] += 1
        if self.now < self.heals_at:
            self._per_second[int(self.now)] += 1
            return False, 0.0, None
        return True, 0.0, None


def simulate_probes(
    terminals: int,
    outage_s: float,
    probe_cap_s: float,
    *,
    start_spread_s: float,
    idle_probe_s: float,
    horizon_s: float,
    seed: int = 1,
) -> tuple[Counter[int], Counter[int], list[float]]:
    """Each terminal's real ``SyncWorker`` from power-on at t = 0 to ``horizon_s``, the platform
    refusing connections for the first ``outage_s``, nothing queued: the refused probes per virtual
    second, every request of the worker per second (probes, then idle pings once the platform is
    back), and each terminal's seconds from heal to noticing. The first pass comes after
    ``worker.first_contact_delay()``, as the worker's thread waits it."""
    from offline_cache.outbox import SqliteOutbox
    from offline_cache.platform_client import PlatformClient
    from offline_cache.sync_worker import SyncWorker

    per_second: Counter[int] = Counter()
    every: Counter[int] = Counter()
    noticed: list[float] = []
    for t in range(terminals):
        platform = DownPlatform(outage_s, per_second, every)
        worker = SyncWorker(
            cast(SqliteOutbox, IdleOutbox()),
            cast(PlatformClient, platform),
            lock_path="unused.lock",
            probe_cap_s=probe_cap_s,
            start_spread_s=start_spread_s,
            idle_probe_s=idle_probe_s,
            rand=random.Random(seed * 1_000_003 + t).random,
            monotonic=functools.partial(getattr, platform, "now"),
        )
        at = worker.first_contact_delay()  # what the thread waits before its first pass
        down = True
        while at < horizon_s:
            platform.now = at
            wait = worker._step()  # the worker thread's own pass: probe or idle ping, then the delay it draws
            if down and wait == 0.0:  # the probe answered: the worker drains next
                noticed.append(at - outage_s)
                down = False
            at += wait
    return per_second, every, noticed


class UpPlatform(DownPlatform):
    """A healthy platform that counts every ping per virtual second."""

    def __init__(self, per_second: Counter[int]) -> None:
        super().__init__(0.0, per_second)

    def ping(self) -> tuple[bool, float, float | None]:
        self._per_second[int(self.now)] += 1
        return True, 0.0, None


class IdleOutbox:
    """An outbox with nothing to send: the worker's idle passes only (claim and due are all it asks)."""

    path = Path("idle-outbox")

    def add_listener(self, listener: object) -> None:
        pass

    def claim(self, limit: int) -> list[object]:
        return []

    def next_due_in(self) -> float | None:
        return None


def simulate_idle_worker(
    terminals: int, horizon_s: float, *, start_spread_s: float, idle_probe_s: float, fixed: bool, seed: int = 1
) -> Counter[int]:
    """Requests per virtual second from each terminal's sync worker, platform healthy, nothing to send.

    ``fixed`` draws 0.5 every time, which makes the idle period exactly ``idle_probe_s`` — with spread 0
    and period 5 s that is the old worker (first ping at start, then every sync interval, in step)."""
    from offline_cache.outbox import SqliteOutbox
    from offline_cache.platform_client import PlatformClient
    from offline_cache.sync_worker import SyncWorker

    per_second: Counter[int] = Counter()
    for t in range(terminals):
        platform = UpPlatform(per_second)
        rand = (lambda: 0.5) if fixed else random.Random(seed * 1_000_003 + t).random
        worker = SyncWorker(
            cast(SqliteOutbox, IdleOutbox()),
            cast(PlatformClient, platform),
            lock_path="unused.lock",
            start_spread_s=start_spread_s,
            idle_probe_s=idle_probe_s,
            rand=rand,
            monotonic=functools.partial(getattr, platform, "now"),
        )
        at = worker.first_contact_delay()  # what the thread waits before its first pass
        while at < horizon_s:
            platform.now = at
            at += worker._step()  # the thread's own pass
    return per_second


def report_probes(
    label: str, per_second: Counter[int], noticed: list[float], outage_s: float
) -> None:
    total = sum(per_second.values())
    peak_second, peak = max(per_second.items(), key=lambda kv: kv[1])
    steady = max((n for s, n in per_second.items() if s >= 60), default=0)
    p95 = statistics.quantiles(noticed, n=20)[-1]
    print(
        f"  {label:<33} probes {total:>9,}  mean {total / outage_s:7.1f}/s  peak {peak:>6,}/s (t={peak_second:>3} s), "
        f"after the first minute {steady:>5,}/s\n"
        f"  {'':<33} healed platform noticed after median {statistics.median(noticed):5.1f} s, "
        f"p95 {p95:5.1f} s, max {max(noticed):5.1f} s"
    )


def simulate(terminals: int, horizon_s: float, *, jittered: bool, outage_s: float = 0.0, seed: int = 1) -> Counter[int]:
    """Requests per virtual second over ``horizon_s`` for a fleet that all starts at t = 0."""
    per_second: Counter[int] = Counter()
    queue: list[tuple[float, int, PeriodicTask]] = []
    now = [0.0]

    def action(name: str) -> bool:
        if name == "heartbeat" and now[0] < outage_s:
            # A heartbeat is queued in the outbox, not sent: the sync worker delivers it once the link
            # is back (its own probing while the link is down is the worker's, not simulated here).
            return True
        # The configuration poll also asks for platform commands (key rotation): two requests.
        per_second[int(now[0])] += 2 if name == "config" else 1
        # A terminal that cannot reach the platform still made the request.
        return now[0] >= outage_s

    counter = 0
    for t in range(terminals):
        rng = random.Random(seed * 1_000_003 + t)
        if jittered:
            schedules = platform_schedules(
                catalog_s=DEFAULTS.catalog_refresh_s,
                trust_list_s=DEFAULTS.trust_list_refresh_s,
                heartbeat_s=DEFAULTS.heartbeat_interval_s,
                config_s=REMOTE.refresh_s,
                rng=rng,
            )
            starts = {name: s.first_delay(True) for name, s in schedules.items()}
        else:
            # Before: trust list and heartbeat at start then every period; the catalog once, after 1.5 s.
            schedules = {
                "catalog": fixed(horizon_s * 10),
                "trust_list": fixed(600.0),
                "heartbeat": fixed(DEFAULTS.heartbeat_interval_s),
            }
            starts = {"catalog": 1.5, "trust_list": 0.0, "heartbeat": 0.0}
        for name, schedule in schedules.items():
            task = PeriodicTask(name, schedule, functools.partial(action, name))
            counter += 1
            heapq.heappush(queue, (starts[name], counter, task))
    while queue:
        at, _, task = heapq.heappop(queue)
        if at >= horizon_s:
            break
        now[0] = at
        counter += 1
        heapq.heappush(queue, (at + task.step(), counter, task))
    return per_second


def report(label: str, per_second: Counter[int], horizon_s: float) -> float:
    total = sum(per_second.values())
    mean = total / horizon_s
    peak_second, peak = max(per_second.items(), key=lambda kv: kv[1])
    ratio = peak / mean
    print(
        f"  {label:<42} requests {total:>8,}  mean {mean:7.1f}/s  peak {peak:>6,}/s (t={peak_second:>4} s)  "
        f"peak/mean {ratio:6.2f}x"
    )
    return ratio


def catalog_day(changes: int, incremental: bool, seed: int = 7) -> tuple[int, int, int, int]:
    """(body bytes, requests, 304 answers, whole-catalog bytes uncompressed) for one terminal's day."""
    from offline_cache.catalog_feed import CatalogFeed
    from sandbox_platform.server import running_sandbox
    from tests.outbox.kit import make_client

    region = "310101"
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as tmp, running_sandbox(Path(tmp) / "platform") as sandbox:
        client = make_client(sandbox, Path(tmp))
        feed_store = sandbox.state.fleet.catalog
        whole = client.conditional_get("/v1/catalog")
        whole_bytes = len(json.dumps(whole.value, ensure_ascii=False).encode())
        offered = list(feed_store.view(region)["items"])
        # Edits to items this terminal offers (edits elsewhere cost it a 304), at random moments.
        edits = sorted((rng.uniform(0, 86400), rng.choice(offered)["code"]) for _ in range(changes))
        feed = CatalogFeed(client, None, region, incremental=incremental)
        schedule = platform_schedules(
            catalog_s=DEFAULTS.catalog_refresh_s,
            trust_list_s=DEFAULTS.trust_list_refresh_s,
            heartbeat_s=DEFAULTS.heartbeat_interval_s,
            rng=random.Random(seed),
        )["catalog"]
        feed.refresh()  # the terminal starts the day holding the current catalog
        body = requests = not_modified = 0
        at = schedule.first_delay(True)
        while at < 86400:
            while edits and edits[0][0] <= at:
                _, code = edits.pop(0)
                entry = feed_store.entry(code)
                if entry is not None:
                    feed_store.publish([dict(entry, popularity=int(entry.get("popularity", 0)) + 1)])
            update = feed.refresh()
            body += update.wire_bytes
            requests += 1
            not_modified += update.outcome == "unchanged"
            at += schedule.next_delay(True)
        client.close()
    return body, requests, not_modified, whole_bytes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--terminals", type=int, default=7000)
    parser.add_argument("--hours", type=float, default=1.0)
    parser.add_argument("--outage-s", type=float, default=600.0)
    parser.add_argument("--changes", type=int, default=20, help="catalog item edits the platform publishes per day")
    parser.add_argument("--skip-bytes", action="store_true")
    args = parser.parse_args()
    horizon = args.hours * 3600
    print(
        f"{args.terminals:,} terminals powered on at t = 0; first {args.hours:g} h; periods: catalog "
        f"{DEFAULTS.catalog_refresh_s:.0f} s, trust list {DEFAULTS.trust_list_refresh_s:.0f} s, "
        f"heartbeat {DEFAULTS.heartbeat_interval_s:.0f} s, configuration + commands {REMOTE.refresh_s:.0f} s"
    )
    before = report("fixed schedules (before)", simulate(args.terminals, horizon, jittered=False), horizon)
    after = report("jittered schedules (kiosk.schedule)", simulate(args.terminals, horizon, jittered=True), horizon)
    outage = report(
        f"jittered, platform down for the first {args.outage_s:.0f} s",
        simulate(args.terminals, horizon, jittered=True, outage_s=args.outage_s),
        horizon,
    )
    print(f"goal peak/mean <= 3x: {'met' if after <= 3 else 'NOT met'} ({after:.2f}x; before {before:.0f}x; "
          f"with an outage at start {outage:.2f}x)")
    print("\nwith each terminal's sync worker (platform healthy, nothing queued; its own code on the virtual clock):")
    base = simulate(args.terminals, horizon, jittered=True)
    workers = {
        f"before: first ping at start, idle ping every {DEFAULTS.sync_interval_s:.0f} s": dict(
            start_spread_s=0.0, idle_probe_s=DEFAULTS.sync_interval_s, fixed=True
        ),
        f"after: spread {DEFAULTS.start_spread_s:.0f} s, idle {DEFAULTS.idle_probe_s:.0f} s ±50 %": dict(
            start_spread_s=DEFAULTS.start_spread_s, idle_probe_s=DEFAULTS.idle_probe_s, fixed=False
        ),
    }
    for label, kw in workers.items():
        pings = simulate_idle_worker(args.terminals, horizon, **kw)  # type: ignore[arg-type]
        report(f"{label}: worker alone", pings, horizon)
        ratio = report(f"{label}: whole fleet", base + pings, horizon)
        print(f"  goal peak/mean <= 3x: {'met' if ratio <= 3 else 'NOT met'} ({ratio:.2f}x)")
    print(f"\nsync worker link probes, platform refusing connections for the first {args.outage_s:.0f} s "
          "(each worker's own passes from power-on, nothing queued):")
    outage_base = simulate(args.terminals, horizon, jittered=True, outage_s=args.outage_s)
    probing = (
        (f"before: first probe at start, cap {OLD_PROBE_CAP_S:.0f} s", OLD_PROBE_CAP_S, 0.0, DEFAULTS.sync_interval_s),
        (f"after: spread {DEFAULTS.start_spread_s:.0f} s, cap {DEFAULTS.probe_cap_s:.0f} s", DEFAULTS.probe_cap_s,
         DEFAULTS.start_spread_s, DEFAULTS.idle_probe_s),
    )
    for label, cap, spread, idle in probing:
        per_second, every, noticed = simulate_probes(
            args.terminals, args.outage_s, cap, start_spread_s=spread, idle_probe_s=idle, horizon_s=horizon
        )
        report_probes(label, per_second, noticed, args.outage_s)
        report(f"{label}: worker, first hour", every, horizon)
        ratio = report(f"{label}: whole fleet, first hour", outage_base + every, horizon)
        print(f"  goal peak/mean <= 3x: {'met' if ratio <= 3 else 'NOT met'} ({ratio:.2f}x)")
    if args.skip_bytes:
        return 0
    print(f"\ncatalog bytes per terminal per day (region 310101, {args.changes} edits/day to items it offers):")
    inc = catalog_day(args.changes, incremental=True)
    full = catalog_day(args.changes, incremental=False)
    for label, (body, requests, not_modified, _whole) in (("incremental", inc), ("whole region catalog", full)):
        print(f"  {label:<22} {body:>10,} B body in {requests} conditional requests ({not_modified} answered 304)")
    print(f"  for scale: the whole catalog uncompressed, once: {inc[3]:,} B; "
          f"every refresh without conditional/incremental/gzip: {inc[3] * inc[1]:,} B")
    print(f"incremental / whole-region: {inc[0] / max(full[0], 1):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
