"""What the technician can do with the outbox: see refused items and why, retry them, force a sync."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Protocol

from kiosk.ports import OutboxStatus

log = logging.getLogger(__name__)


class DeadEntry(Protocol):
    @property
    def key(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def attempts(self) -> int: ...
    @property
    def reason(self) -> str: ...
    @property
    def dead_since(self) -> datetime: ...


class CareableOutbox(Protocol):
    """The part of ``offline_cache.outbox.SqliteOutbox`` the technician uses."""

    def status(self) -> OutboxStatus: ...
    def dead_items(self) -> Sequence[DeadEntry]: ...
    def retry_dead(self, key: str) -> bool: ...
    def retry_all_dead(self) -> int: ...


class OutboxCare:
    def __init__(self, outbox: CareableOutbox, force_sync: Callable[[], None] | None = None) -> None:
        self._outbox = outbox
        self._force_sync = force_sync

    def status(self) -> OutboxStatus:
        return self._outbox.status()

    def dead_rows(self) -> list[dict[str, str]]:
        return [
            {
                "key": d.key,
                "kind": d.kind,
                "attempts": str(d.attempts),
                "reason": d.reason,
                "since": d.dead_since.strftime("%m-%d %H:%M"),
            }
            for d in self._outbox.dead_items()
        ]

    def retry(self, key: str) -> bool:
        ok = self._outbox.retry_dead(key)
        log.info("technician retried outbox item %s: %s", key, "queued again" if ok else "not a dead item")
        if ok:
            self.force_sync()
        return ok

    def retry_all(self) -> int:
        count = self._outbox.retry_all_dead()
        log.info("technician retried all dead outbox items: %d queued again", count)
        if count:
            self.force_sync()
        return count

    def force_sync(self) -> bool:
        if self._force_sync is None:
            return False
        log.info("technician forced an outbox sync")
        self._force_sync()
        return True


def describe_status(status: OutboxStatus) -> str:
    parts = [f"pending {status.pending}", f"dead {status.dead}"]
    if status.oldest_pending_age_s is not None:
        parts.append(f"oldest pending {status.oldest_pending_age_s:.0f} s")
    parts.append(f"last success {status.last_success.isoformat() if status.last_success else 'never'}")
    parts.append("platform reachable" if status.platform_reachable else "platform not reachable")
    return ", ".join(parts)
