"""The sync worker remembers when the platform last answered (a probe or a delivery): the update agent
checks the link in a new version's health check only if the hall had it just before the switch."""

from __future__ import annotations

import socket
from pathlib import Path

from kiosk.clock import ManualClock
from offline_cache.crypto import load_or_create_key
from offline_cache.platform_client import PlatformClient
from sandbox_platform.server import running_sandbox
from tests.outbox.kit import make_client, make_outbox, make_worker, rating


def test_an_answer_from_the_platform_is_remembered_with_its_wall_time(tmp_path: Path) -> None:
    clock = ManualClock()
    outbox = make_outbox(tmp_path, clock=clock)
    with running_sandbox(tmp_path) as sandbox:
        client = make_client(sandbox, tmp_path)
        worker = make_worker(outbox, client, clock=clock)
        assert worker.last_contact_at is None
        outbox.submit([rating("T1")])
        worker.drain_until_empty()
        client.close()
    assert worker.last_contact_at == clock.now().timestamp()
    outbox.close()


def test_a_platform_that_never_answers_leaves_no_contact(tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{s.getsockname()[1]}"
    outbox = make_outbox(tmp_path)
    client = PlatformClient(url, "TEST-0001", load_or_create_key(tmp_path / "terminal.key"), connect_timeout_s=0.5)
    worker = make_worker(outbox, client)
    worker._step()  # one pass: the probe fails
    assert worker.last_contact_at is None
    client.close()
    outbox.close()
