"""Builders shared by the outbox and platform tests: real files, real server, fast schedules."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from pathlib import Path

from kiosk.ports import OutboundItem
from offline_cache.crypto import FieldCipher, load_or_create_key
from offline_cache.delivery import Backoff, DeliveryPolicy
from offline_cache.outbox import SqliteOutbox
from offline_cache.platform_client import PlatformClient
from offline_cache.read_cache import ReadCache
from offline_cache.sync_worker import SyncWorker

# Fictional person with a valid GB 11643 check character; must never appear in stored bytes.
TEST_NAME = "欧阳测试"
TEST_ID = "11010519491231002X"


def make_outbox(tmp_path: Path, *, budget: int = 64 * 2**20, clock=None) -> SqliteOutbox:
    cipher = FieldCipher.from_key_file(tmp_path / "outbox.key")
    return SqliteOutbox(tmp_path / "outbox.sqlite3", cipher, disk_budget_bytes=budget, clock=clock)


def make_client(sandbox, tmp_path: Path, *, key_file: Path | None = None, read_timeout_s: float = 5.0):
    cipher = FieldCipher.from_key_file(tmp_path / "outbox.key")
    cache = ReadCache(tmp_path / "cache.sqlite3", cipher)
    key = load_or_create_key(key_file or sandbox.key_file)
    return PlatformClient(
        sandbox.url, sandbox.terminal_id, key, cache=cache, connect_timeout_s=1.0, read_timeout_s=read_timeout_s
    )


def make_worker(outbox: SqliteOutbox, client: PlatformClient, **kwargs) -> SyncWorker:
    kwargs.setdefault("interval_s", 0.2)
    kwargs.setdefault("policy", DeliveryPolicy(backoff=Backoff(0.05, 0.5), auth_pause_s=0.2))
    kwargs.setdefault("probe_cap_s", 0.3)
    kwargs.setdefault("start_spread_s", 0.0)  # tests start workers and expect them to sync at once
    kwargs.setdefault("idle_probe_s", kwargs["interval_s"])  # as before: link-loss tests stay fast
    return SyncWorker(outbox, client, **kwargs)


def application(tracking: str, attachments: int = 2) -> list[OutboundItem]:
    """An application group: its attachments first, then the application, like the core files them."""
    group = f"app-{tracking}"
    items = [
        OutboundItem(
            f"{group}-att-{i}", "attachment", {"tracking_number": tracking, "file": f"page{i}.jpg"}, group=group, seq=i
        )
        for i in range(attachments)
    ]
    items.append(
        OutboundItem(
            f"{group}-app",
            "application",
            {
                "tracking_number": tracking,
                "service_code": "HJ-001",
                "applicant": {"name": TEST_NAME, "document_number": TEST_ID},
                "attachments": attachments,
            },
            group=group,
            seq=attachments,
        )
    )
    return items


def rating(tracking: str) -> OutboundItem:
    return OutboundItem(f"rating-{tracking}", "rating", {"tracking_number": tracking, "score": 5})


def new_tracking() -> str:
    return "T" + uuid.uuid4().hex[:12].upper()


def wait_until(predicate: Callable[[], bool], timeout_s: float = 15.0, step_s: float = 0.05) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(step_s)
    return predicate()
