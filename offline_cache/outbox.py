"""The durable outbox: everything bound for the platform, stored before the citizen hears "submitted".

Delivery is at least once from here and exactly once as the platform sees it (idempotency keys).
Nothing is ever evicted or expired: an item leaves only as delivered (payload purged) or stays as
dead until a technician retries it.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Final

from kiosk.clock import SystemClock
from kiosk.logging_setup import mask as mask_text
from kiosk.ports import Clock, OutboundItem, OutboxStatus, Refusal, StorageFull
from offline_cache.crypto import DecryptError, FieldCipher
from offline_cache.schema import connect, migrate

log = logging.getLogger(__name__)

PENDING, INFLIGHT, DELIVERED, DEAD = "pending", "inflight", "delivered", "dead"
# Row, index and page overhead on top of the sealed payload, so the bound is checked conservatively.
_ROW_OVERHEAD = 512
# An item may go only when no earlier item of its group is still open (pending, in flight or dead).
_GROUP_HEAD = (
    "(grp = '' OR NOT EXISTS (SELECT 1 FROM items AS j WHERE j.grp = i.grp"
    " AND j.state != 'delivered' AND (j.seq < i.seq OR (j.seq = i.seq AND j.id < i.id))))"
)


# The only kind whose unsent item may be replaced: a newer heartbeat says everything the older did.
# The DELETE names it literally, so no argument can ever make it drop a filing.
REPLACEABLE_KIND: Final = "heartbeat"
# A claim stops adding items once their stored bodies reach this many bytes (one item always goes),
# so 200 large attachments never become one request of tens of megabytes.
MAX_CLAIM_BYTES = 4 * 2**20
# SQLite's primary result codes for a disk that cannot take the write (sqlite3.h).
_SQLITE_IOERR, _SQLITE_FULL = 10, 13


class OutboxFull(StorageFull):
    """The citizen is told ``kiosk.messages.Say.STORAGE_FULL``; ``technician_message`` names the figures."""

    def __init__(self, technician_message: str) -> None:
        super().__init__(technician_message)
        self.technician_message = technician_message


class KeyCollision(ValueError):
    """A different item is already stored under this idempotency key; nothing of the filing was stored."""

    def __init__(self, key: str) -> None:
        super().__init__(f"outbox already holds a different item under key {key!r}; filing not stored")
        self.key = key


@dataclass(frozen=True)
class ClaimedItem:
    id: int
    key: str
    kind: str
    group: str
    seq: int
    attempts: int
    body: bytes  # the exact JSON sent every time, so a retry is byte-identical to the first try


@dataclass(frozen=True)
class Delivered:
    id: int
    platform_ref: str = ""


@dataclass(frozen=True)
class Retry:
    id: int
    error: str
    delay_s: float


@dataclass(frozen=True)
class Dead:
    id: int
    reason: str


@dataclass(frozen=True)
class Release:
    """Back to pending without counting an attempt (the link failed, not the item), due after ``delay_s``."""

    id: int
    delay_s: float = 0.0


Outcome = Delivered | Retry | Dead | Release


@dataclass(frozen=True)
class DeadItem:
    key: str
    kind: str
    group: str
    attempts: int
    reason: str
    dead_since: datetime


@dataclass(frozen=True)
class StorageUsage:
    used_bytes: int
    budget_bytes: int

    @property
    def fraction(self) -> float:
        return self.used_bytes / self.budget_bytes if self.budget_bytes else 1.0

    @property
    def warning(self) -> bool:
        return self.fraction >= 0.7


class SqliteOutbox:
    """Implements ``kiosk.ports.Outbox``; the sync worker uses ``claim``/``settle``."""

    def __init__(
        self,
        path: str | Path,
        cipher: FieldCipher,
        *,
        disk_budget_bytes: int,
        clock: Clock | None = None,
        max_delay_s: float = 300.0,
    ) -> None:
        self.path = Path(path)
        self._cipher = cipher
        self._budget = int(disk_budget_bytes)
        self._clock = clock or SystemClock()
        self._max_delay_s = max_delay_s
        self._lock = threading.RLock()
        self._conn = connect(self.path)
        try:
            migrate(self._conn)  # SchemaTooNew: a newer version's store this one may not use
        except BaseException:
            self._conn.close()
            raise
        self._page_size = int(self._conn.execute("PRAGMA page_size").fetchone()[0])
        self._listeners: list[Callable[[], None]] = []
        self.platform_reachable = False
        self.platform_checked = False
        self.clock_skew_s: float | None = None
        self.platform_refusal = Refusal.NONE

    # --- lifecycle --------------------------------------------------------------------------

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def add_listener(self, callback: Callable[[], None]) -> None:
        """Called (on the submitting thread) after every committed submit; the worker wakes on it."""
        self._listeners.append(callback)

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
                # Inside the try: a COMMIT the disk refuses must roll back too, or the connection
                # stays in a transaction and every later BEGIN fails.
                self._conn.execute("COMMIT")
            except BaseException:
                # After some I/O errors SQLite has already rolled back; a second ROLLBACK would
                # raise and hide the error that matters.
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise

    def _now(self) -> float:
        return self._clock.now().timestamp()

    # --- filing -----------------------------------------------------------------------------

    def _encode(self, item: OutboundItem) -> tuple[OutboundItem, bytes, str]:
        """(item, stored blob, digest of what it says)."""
        try:
            body = json.dumps(item.payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        except (TypeError, ValueError) as exc:
            raise ValueError(f"outbox item {item.key} ({item.kind}) is not JSON: {exc}") from None
        raw = body.encode()
        blob = self._cipher.seal(raw, item.key) if item.personal else raw
        return item, blob, self._digest(item, raw)

    def _digest(self, item: OutboundItem, body: bytes) -> str:
        # Keyed, so the stored digest reveals nothing about a personal payload.
        return self._cipher.lookup_tag(f"{item.kind}\x00{item.group}\x00{item.seq}\x00{body.decode()}")

    def submit(self, items: Sequence[OutboundItem]) -> None:
        """All items in one durable transaction, or none.

        Raises ``OutboxFull`` (a ``StorageFull``) at the disk budget and when the disk itself refuses
        the write, ``KeyCollision`` when a key already holds a different item, ``OSError`` for any
        other storage failure. Submitting an item that is already stored, unchanged, is a no-op.
        """
        if not items:
            return
        encoded = [self._encode(item) for item in items]
        self._store(encoded, replace_kind=None)

    def _store(self, encoded: Sequence[tuple[OutboundItem, bytes, str]], replace_kind: str | None) -> None:
        keys = [item.key for item, _, _ in encoded]
        if len(set(keys)) != len(keys):
            raise KeyCollision(next(k for k in keys if keys.count(k) > 1))
        now = self._now()
        try:
            with self._tx() as conn:
                if replace_kind is not None:
                    conn.execute("DELETE FROM items WHERE kind = 'heartbeat' AND state = 'pending'")
                stored = self._stored_digests(keys)
                fresh = []
                for item, blob, digest in encoded:
                    if item.key not in stored:
                        fresh.append((item, blob, digest))
                    elif stored[item.key] != digest:
                        raise KeyCollision(item.key)
                incoming = sum(len(blob) + _ROW_OVERHEAD for _, blob, _ in fresh)
                used = self._used_bytes()
                if used + incoming > self._budget:
                    raise OutboxFull(
                        f"outbox {self.path} at disk budget: {used} bytes used + {incoming} incoming "
                        f"> {self._budget} budget; new filings refused, nothing evicted"
                    )
                conn.executemany(
                    "INSERT INTO items (key, kind, grp, seq, personal, payload, digest, state, created_at,"
                    " next_attempt_at, state_changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?, ?)",
                    [
                        (i.key, i.kind, i.group, i.seq, int(i.personal), blob, digest, now, now, now)
                        for i, blob, digest in fresh
                    ],
                )
        except sqlite3.Error as exc:
            raise self._storage_error(exc) from None
        self._notify()

    def _stored_digests(self, keys: Sequence[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._conn.execute(f"SELECT key, digest FROM items WHERE key IN ({marks})", chunk)
            found.update((str(k), str(d)) for k, d in rows)
        return found

    def _storage_error(self, exc: sqlite3.Error) -> Exception:
        """What the core is told when SQLite fails a write: a full or failing disk is ``StorageFull``."""
        code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
        if code in (_SQLITE_FULL, _SQLITE_IOERR):
            log.error("outbox %s: the disk refused a write (%s); filing not stored", self.path, exc)
            return OutboxFull(f"outbox {self.path}: the disk refused the write ({exc}); nothing stored")
        return OSError(f"outbox {self.path}: {type(exc).__name__}: {exc}")

    def replace_pending(self, item: OutboundItem) -> None:
        """Store a heartbeat and drop the unsent older one (only the latest matters).

        Only heartbeats can be replaced: any other kind raises ``ValueError`` and nothing changes.
        """
        if item.kind != REPLACEABLE_KIND or item.personal:
            raise ValueError(f"only non-personal {REPLACEABLE_KIND} items may replace pending ones, not {item.kind}")
        self._store([self._encode(item)], replace_kind=REPLACEABLE_KIND)

    def _used_bytes(self) -> int:
        pages = self._conn.execute("PRAGMA page_count").fetchone()[0]
        free = self._conn.execute("PRAGMA freelist_count").fetchone()[0]
        return int(pages - free) * self._page_size

    def storage(self) -> StorageUsage:
        with self._lock:
            return StorageUsage(self._used_bytes(), self._budget)

    # --- draining ---------------------------------------------------------------------------

    def release_all_inflight(self) -> int:
        """After taking the single-writer lock: whatever the last drainer held was never acknowledged."""
        with self._tx() as conn:
            cur = conn.execute("UPDATE items SET state = 'pending', lease_until = NULL WHERE state = 'inflight'")
            return cur.rowcount

    def claim(self, limit: int, lease_s: float = 60.0, max_bytes: int = MAX_CLAIM_BYTES) -> list[ClaimedItem]:
        """Due items, at most one per group and only a group's first open item (order within a group).

        At most ``limit`` items and, past the first, at most ``max_bytes`` of stored bodies. A row
        whose sealed payload no longer opens goes straight to the dead letters, so it neither holds
        the rest of the claim in flight nor comes back first in the next one.
        """
        now = self._now()
        claimed: list[ClaimedItem] = []
        damaged: list[tuple[str, float, int]] = []
        with self._tx() as conn:
            conn.execute(
                "UPDATE items SET state = 'pending', lease_until = NULL WHERE state = 'inflight' AND lease_until < ?",
                (now,),
            )
            # A schedule further out than the cap can only come from the wall clock jumping back.
            rows = conn.execute(
                "SELECT id, key, kind, grp, seq, personal, payload, attempts FROM items AS i"
                " WHERE state = 'pending' AND (next_attempt_at <= ? OR next_attempt_at > ?)"
                f" AND {_GROUP_HEAD}"
                " ORDER BY next_attempt_at, id LIMIT ?",
                (now, now + self._max_delay_s + 60, limit),
            )
            total = 0
            # Rows are stepped one at a time, so payloads past the byte cap are never read.
            for rid, key, kind, grp, seq, personal, payload, attempts in rows:
                size = len(payload)
                if claimed and total + size > max_bytes:
                    break
                try:
                    body = self._cipher.open(payload, key) if personal else bytes(payload)
                except DecryptError as exc:
                    damaged.append((f"stored payload does not decrypt ({exc}); the row is damaged", now, rid))
                    continue
                total += size
                claimed.append(ClaimedItem(rid, key, kind, grp, seq, attempts, body))
            rows.close()
            conn.executemany(
                "UPDATE items SET state = 'inflight', lease_until = ? WHERE id = ?",
                [(now + lease_s, c.id) for c in claimed],
            )
            conn.executemany(
                "UPDATE items SET state = 'dead', last_error = ?, lease_until = NULL, state_changed_at = ?"
                " WHERE id = ?",
                damaged,
            )
        for reason, _, _ in damaged:
            log.error("outbox item moved to dead letters: %s", reason)
        return claimed

    def settle(self, outcomes: Sequence[Outcome]) -> None:
        """Record what the platform said about claimed items, all in one transaction."""
        now = self._now()
        delivered = [(o.platform_ref, now, o.id) for o in outcomes if isinstance(o, Delivered)]
        with self._tx() as conn:
            conn.executemany(
                "UPDATE items SET state = 'delivered', payload = NULL, platform_ref = ?, lease_until = NULL,"
                " last_error = '', state_changed_at = ? WHERE id = ? AND state = 'inflight'",
                delivered,
            )
            conn.executemany(
                "UPDATE items SET state = 'pending', attempts = attempts + 1, next_attempt_at = ?,"
                " last_error = ?, lease_until = NULL WHERE id = ? AND state = 'inflight'",
                [(now + o.delay_s, mask_text(o.error)[:500], o.id) for o in outcomes if isinstance(o, Retry)],
            )
            conn.executemany(
                "UPDATE items SET state = 'dead', attempts = attempts + 1, last_error = ?,"
                " lease_until = NULL, state_changed_at = ? WHERE id = ? AND state = 'inflight'",
                [(mask_text(o.reason)[:500], now, o.id) for o in outcomes if isinstance(o, Dead)],
            )
            conn.executemany(
                "UPDATE items SET state = 'pending', lease_until = NULL,"
                " next_attempt_at = MAX(next_attempt_at, ?) WHERE id = ? AND state = 'inflight'",
                [(now + o.delay_s, o.id) for o in outcomes if isinstance(o, Release)],
            )
            if delivered:
                conn.execute("INSERT OR REPLACE INTO meta (k, v) VALUES ('last_success', ?)", (str(now),))
        for o in outcomes:
            if isinstance(o, Dead):
                log.warning("outbox item moved to dead letters: %s", mask_text(o.reason)[:200])

    def make_all_due(self) -> None:
        """Technician's "sync now": forget every pending item's backoff."""
        with self._tx() as conn:
            conn.execute("UPDATE items SET next_attempt_at = ? WHERE state = 'pending'", (self._now(),))

    def next_due_in(self) -> float | None:
        """Seconds until the next sendable item is due; None when nothing can be sent (items held
        behind a dead item of their group do not count: they wait for a technician)."""
        with self._lock:
            row = self._conn.execute(
                f"SELECT MIN(next_attempt_at) FROM items AS i WHERE state = 'pending' AND {_GROUP_HEAD}"
            ).fetchone()
        return None if row[0] is None else max(0.0, row[0] - self._now())

    # --- technicians ------------------------------------------------------------------------

    def dead_items(self) -> list[DeadItem]:
        with self._lock:
            rows = self._conn.execute(
                "SELECT key, kind, grp, attempts, last_error, state_changed_at FROM items"
                " WHERE state = 'dead' ORDER BY id"
            ).fetchall()
        tz = self._clock.now().tzinfo
        return [DeadItem(k, kind, g, a, r, datetime.fromtimestamp(t, tz)) for k, kind, g, a, r, t in rows]

    def retry_dead(self, key: str) -> bool:
        with self._tx() as conn:
            cur = conn.execute(
                "UPDATE items SET state = 'pending', attempts = 0, next_attempt_at = ?, state_changed_at = ?"
                " WHERE key = ? AND state = 'dead'",
                (self._now(), self._now(), key),
            )
        self._notify()
        return cur.rowcount == 1

    def retry_all_dead(self) -> int:
        with self._tx() as conn:
            cur = conn.execute(
                "UPDATE items SET state = 'pending', attempts = 0, next_attempt_at = ?, state_changed_at = ?"
                " WHERE state = 'dead'",
                (self._now(), self._now()),
            )
        self._notify()
        return cur.rowcount

    def _notify(self) -> None:
        for callback in self._listeners:
            callback()

    def state_of(self, key: str) -> str | None:
        with self._lock:
            row = self._conn.execute("SELECT state FROM items WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def status(self) -> OutboxStatus:
        with self._lock:
            pending, oldest = self._conn.execute(
                "SELECT COUNT(*), MIN(created_at) FROM items WHERE state IN ('pending', 'inflight')"
            ).fetchone()
            dead = self._conn.execute("SELECT COUNT(*) FROM items WHERE state = 'dead'").fetchone()[0]
            last = self._conn.execute("SELECT v FROM meta WHERE k = 'last_success'").fetchone()
        now = self._clock.now()
        return OutboxStatus(
            pending=int(pending),
            dead=int(dead),
            oldest_pending_age_s=None if oldest is None else max(0.0, now.timestamp() - oldest),
            last_success=None if last is None else datetime.fromtimestamp(float(last[0]), now.tzinfo),
            platform_reachable=self.platform_reachable,
            platform_checked=self.platform_checked,
            clock_skew_s=self.clock_skew_s,
            platform_refusal=self.platform_refusal,
        )

    def counts(self) -> dict[tuple[str, str], int]:
        """Items by (kind, state), delivered ones included (their rows stay, without payload): for metrics."""
        with self._lock:
            rows = self._conn.execute("SELECT kind, state, COUNT(*) FROM items GROUP BY kind, state").fetchall()
        return {(str(kind), str(state)): int(n) for kind, state, n in rows}

    def integrity_ok(self) -> bool:
        with self._lock:
            return bool(self._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok")
