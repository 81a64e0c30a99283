"""R1: a filing process killed with SIGKILL at random moments loses nothing and doubles nothing."""

from __future__ import annotations

import multiprocessing
import random
import sqlite3
import time
from collections import Counter

import pytest

from tests.outbox.kit import make_client, make_outbox, make_worker

pytestmark = pytest.mark.slow
ROUNDS = 200


def test_acknowledged_filings_reach_the_platform_exactly_once_across_kills(sandbox, tmp_path):
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["tests.platform.crash_child"])
    from tests.platform.crash_child import file_and_sync

    rng = random.Random(20261123)
    acked: list[str] = []
    started = time.monotonic()
    for round_no in range(ROUNDS):
        receive, send = ctx.Pipe(duplex=False)
        child = ctx.Process(
            target=file_and_sync,
            args=(str(tmp_path), sandbox.url, sandbox.terminal_id, str(sandbox.key_file), send, round_no),
        )
        child.start()
        send.close()
        time.sleep(rng.uniform(0.02, 0.25))
        child.kill()
        child.join()
        while receive.poll():
            try:
                acked.append(receive.recv_bytes().decode())
            except EOFError:
                break
        receive.close()
        with sqlite3.connect(tmp_path / "outbox.sqlite3") as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok", f"round {round_no}"
    kill_phase_s = time.monotonic() - started

    outbox = make_outbox(tmp_path)
    worker = make_worker(outbox, make_client(sandbox, tmp_path))
    worker.start()  # takes the lock the last child held
    try:
        worker.force_sync()
        assert outbox.status().pending == 0 or _wait_drained(outbox)
    finally:
        worker.stop()
    on_platform = Counter(sandbox.record_keys())
    missing = set(acked) - set(on_platform)
    duplicated = [k for k, n in on_platform.items() if n > 1]
    print(
        f"\ncrash test: {ROUNDS} SIGKILL rounds in {kill_phase_s:.1f} s, {len(acked)} acknowledged items, "
        f"{len(on_platform)} on platform, {len(missing)} missing, {len(duplicated)} duplicated, "
        f"{outbox.status().dead} dead"
    )
    assert len(acked) > ROUNDS  # the children did file between kills
    assert not missing
    assert not duplicated
    assert outbox.status().dead == 0
    assert outbox.integrity_ok()


def _wait_drained(outbox) -> bool:
    from tests.outbox.kit import wait_until

    return wait_until(lambda: outbox.status().pending == 0, timeout_s=60)
