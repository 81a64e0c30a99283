"""What the technician can do with the outbox: see refused items and why, retry them, force a sync."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Protocol

from kiosk.messages import Message, Tell
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

    def dead_rows(self) -> list[dict[str, str | Message]]:
        """Each refused item: why, in words (``reason``, a ``Message``), and the technical detail the
        delivery recorded (``detail``: status code, item kind, the platform's own error text)."""
        return [
            {
                "key": d.key,
                "kind": d.kind,
                "attempts": str(d.attempts),
                "reason": Message(refusal_kind(d.reason)),
                "detail": d.reason,
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


# The shapes of the reasons the delivery records (offline_cache/delivery.py and outbox.py write them;
# tests/technician/test_outbox_reasons.py ties the two together).
_ANSWERED = re.compile(r"platform answered (\d{3})\b")
_DAMAGED = re.compile(r"does not decrypt|row is damaged")
_BY_STATUS = {400: Tell.REFUSED_INVALID, 422: Tell.REFUSED_INVALID, 404: Tell.REFUSED_NOT_FOUND,
              410: Tell.REFUSED_GONE, 413: Tell.REFUSED_TOO_LARGE}


def refusal_kind(reason: str) -> Tell:
    """Why an item went to the dead letters, as a kind a technician reads in words."""
    if _DAMAGED.search(reason):
        return Tell.REFUSED_DAMAGED
    answered = _ANSWERED.search(reason)
    if answered is None:
        return Tell.REFUSED_UNKNOWN
    return _BY_STATUS.get(int(answered.group(1)), Tell.REFUSED_OTHER)
