"""Outbox benchmark: enqueue latency vs a plain SQLite insert, backlog drain rate, memory vs backlog.

    .venv/bin/python benchmarks/outbox.py [--enqueues 500] [--backlog 10000]

Goals: enqueue p99 ≤ 20 ms; drain ≥ 200 items/s; peak RSS flat between a 1,000 and a 10,000 backlog.
"""

from __future__ import annotations

import argparse
import json
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kiosk.ports import OutboundItem  # noqa: E402
from offline_cache.crypto import FieldCipher, load_or_create_key  # noqa: E402
from offline_cache.outbox import SqliteOutbox  # noqa: E402
from offline_cache.platform_client import PlatformClient  # noqa: E402
from offline_cache.sync_worker import SyncWorker  # noqa: E402

PAYLOAD = {
    "tracking_number": "T",
    "service_code": "HJ-001",
    "applicant": {"name": "欧阳测试", "document_number": "11010519491231002X"},
    "form": {"reason": "工作调动", "address": "上海市黄浦区人民大道200号" * 3},
}


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def bench_enqueue(n: int, tmp: Path) -> None:
    outbox = SqliteOutbox(tmp / "enq.sqlite3", FieldCipher.from_key_file(tmp / "k"), disk_budget_bytes=2**30)
    ours = []
    for i in range(n):
        items = [OutboundItem(f"{uuid.uuid4()}", "application", PAYLOAD, group=f"g{i}", seq=0)]
        t = time.perf_counter()
        outbox.submit(items)
        ours.append(time.perf_counter() - t)
    peer_conn = sqlite3.connect(tmp / "peer.sqlite3", isolation_level=None)
    peer_conn.execute("PRAGMA journal_mode = WAL")
    peer_conn.execute("PRAGMA synchronous = FULL")
    peer_conn.execute("CREATE TABLE q (key TEXT PRIMARY KEY, body BLOB)")
    blob = json.dumps(PAYLOAD, ensure_ascii=False).encode()
    peer = []
    for _ in range(n):
        t = time.perf_counter()
        peer_conn.execute("INSERT INTO q VALUES (?, ?)", (str(uuid.uuid4()), blob))
        peer.append(time.perf_counter() - t)
    p50, p99 = statistics.median(ours), _pct(ours, 0.99)
    q50, q99 = statistics.median(peer), _pct(peer, 0.99)
    print(
        f"enqueue ({n} filings, encrypted, WAL+FULL): p50 {p50 * 1e3:.2f} ms  p99 {p99 * 1e3:.2f} ms"
        " (goal p99 ≤ 20 ms)"
    )
    print(f"peer plain sqlite3 insert (WAL+FULL):      p50 {q50 * 1e3:.2f} ms  p99 {q99 * 1e3:.2f} ms")
    print(f"ratio ours/peer: p50 {p50 / q50:.2f}x  p99 {p99 / q99:.2f}x")


def drain_child(n: int, url: str, terminal_id: str, key_file: str, data_dir: str) -> None:
    """Runs in its own process so its peak RSS belongs to the drain alone."""
    tmp = Path(data_dir)
    outbox = SqliteOutbox(tmp / "drain.sqlite3", FieldCipher.from_key_file(tmp / "k"), disk_budget_bytes=2**31)
    for start in range(0, n, 500):
        outbox.submit(
            [OutboundItem(str(uuid.uuid4()), "attachment", PAYLOAD) for _ in range(start, min(n, start + 500))]
        )
    client = PlatformClient(url, terminal_id, load_or_create_key(key_file))
    worker = SyncWorker(outbox, client)
    t = time.perf_counter()
    worker.drain_until_empty(timeout_s=600)
    elapsed = time.perf_counter() - t
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"n": n, "elapsed_s": elapsed, "peak_rss_kb": peak_kb, "pending": outbox.status().pending}))


def bench_drain(backlogs: list[int], tmp: Path) -> None:
    from sandbox_platform.server import running_sandbox

    results = {}
    with running_sandbox(tmp / "platform") as sb:
        for n in backlogs:
            data_dir = tmp / f"drain{n}"
            data_dir.mkdir()
            out = subprocess.run(
                [
                    sys.executable,
                    __file__,
                    "--drain-child",
                    str(n),
                    sb.url,
                    sb.terminal_id,
                    str(sb.key_file),
                    str(data_dir),
                ],
                check=True,
                capture_output=True,
                text=True,
            ).stdout
            r = json.loads(out.strip().splitlines()[-1])
            results[n] = r
            print(
                f"drain {n:>6} items to local sandbox: {r['elapsed_s']:.2f} s = {n / r['elapsed_s']:.0f} items/s "
                f"(goal ≥ 200/s), peak RSS {r['peak_rss_kb'] / 1024:.1f} MiB, left pending {r['pending']}"
            )
        platform_count = len(sb.record_keys())
    small, large = min(backlogs), max(backlogs)
    ratio = results[large]["peak_rss_kb"] / results[small]["peak_rss_kb"]
    print(f"peak RSS {large} vs {small} backlog: {ratio:.2f}x (goal: flat, ≈1.0)")
    print(f"platform holds {platform_count} records for {sum(backlogs)} items sent")


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--drain-child":
        drain_child(int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5], sys.argv[6])
        return
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--enqueues", type=int, default=500)
    parser.add_argument("--backlog", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        bench_enqueue(args.enqueues, tmp)
        bench_drain([1_000, args.backlog], tmp)


if __name__ == "__main__":
    main()
