"""Heartbeats go through the real outbox to the real sandbox, which keeps the latest per terminal."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.clock import ManualClock
from kiosk.ports import OutboundItem, OutboxStatus, SelfTestResult
from kiosk.technician.heartbeat import HeartbeatProducer
from kiosk.technician.status import StatusBoard
from offline_cache.crypto import FieldCipher, load_or_create_key
from offline_cache.outbox import SqliteOutbox
from offline_cache.platform_client import PlatformClient
from offline_cache.sync_worker import SyncWorker
from sandbox_platform.server import running_sandbox
from tests.technician.conftest import FlakyPrinter


def _producer(clock: ManualClock, sent: list[OutboundItem], board: StatusBoard) -> HeartbeatProducer:
    return HeartbeatProducer(
        terminal_id="SH-0001",
        clock=clock,
        interval_s=60,
        submit=sent.extend,
        outbox_status=lambda: OutboxStatus(pending=3, dead=1),
        device_health=board.health,
    )


def test_a_heartbeat_is_due_once_per_interval() -> None:
    clock, sent = ManualClock(), list[OutboundItem]()
    producer = _producer(clock, sent, StatusBoard({}, clock))
    assert producer.maybe_beat() is not None
    clock.advance(59)
    assert producer.maybe_beat() is None
    clock.advance(1)
    assert producer.maybe_beat() is not None
    assert len(sent) == 2


def test_heartbeat_carries_cached_device_health_and_outbox_depth_and_is_not_personal() -> None:
    clock, sent = ManualClock(), list[OutboundItem]()
    printer = FlakyPrinter(False)
    board = StatusBoard({"printer": printer}, clock)
    board.run("printer")
    printer.ok = True  # not re-run: the heartbeat must not touch devices
    item = _producer(clock, sent, board).beat()
    assert item is not None and item.kind == "heartbeat" and item.personal is False
    assert item.payload["devices"]["printer"]["ok"] is False
    assert item.payload["all_ok"] is False
    assert (item.payload["pending"], item.payload["dead"]) == (3, 1)


@pytest.mark.slow
def test_sandbox_keeps_the_latest_heartbeat_per_terminal(tmp_path: Path) -> None:
    with running_sandbox(tmp_path, terminal_id="SH-0001") as sandbox:
        box = SqliteOutbox(
            tmp_path / "outbox.sqlite3", FieldCipher.from_key_file(tmp_path / "o.key"), disk_budget_bytes=2**24
        )
        client = PlatformClient(
            sandbox.url, "SH-0001", load_or_create_key(tmp_path / "terminal.key"), connect_timeout_s=1
        )
        worker = SyncWorker(box, client, lock_path=tmp_path / "lock")
        clock = ManualClock()
        board = StatusBoard({"idcard": lambda: SelfTestResult("idcard", True, "reader answered")}, clock)
        board.run("idcard")
        producer = HeartbeatProducer(
            terminal_id="SH-0001",
            clock=clock,
            interval_s=60,
            submit=box.submit,
            outbox_status=box.status,
            device_health=board.health,
        )
        try:
            producer.beat()
            worker.drain_until_empty(10)
            clock.advance(60)
            board.record("idcard", SelfTestResult("idcard", False, "no answer on /dev/ttyUSB0"))
            producer.beat()
            worker.drain_until_empty(10)
            latest = sandbox.latest_heartbeat("SH-0001")
            assert latest is not None
            assert latest["devices"]["idcard"] == {
                "ok": False,
                "message": "no answer on /dev/ttyUSB0",
                "at": clock.now().isoformat(),
            }
            assert len(sandbox.records("heartbeat")) == 2
        finally:
            client.close()
            box.close()
