"""The sandbox platform's SQLite store: terminals, idempotency records, received items, progress."""

from __future__ import annotations

import json
import sqlite3
import threading
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sandbox_platform import appointments
from sandbox_platform.demo_data import demo_applications_for, demo_progress

KINDS = ("application", "attachment", "rating", "print_audit", "heartbeat", "help_request", "help_cancel")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS terminals (id TEXT PRIMARY KEY, key_hex TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS nonces (
    terminal TEXT NOT NULL, nonce TEXT NOT NULL, seen_at REAL NOT NULL, PRIMARY KEY (terminal, nonce)
);
CREATE TABLE IF NOT EXISTS idem (
    terminal TEXT NOT NULL, key TEXT NOT NULL, digest TEXT NOT NULL, state TEXT NOT NULL,
    status INTEGER, body TEXT, started_at REAL NOT NULL, PRIMARY KEY (terminal, key)
);
CREATE TABLE IF NOT EXISTS records (
    record_id TEXT PRIMARY KEY, terminal TEXT NOT NULL, key TEXT NOT NULL, kind TEXT NOT NULL,
    tracking TEXT NOT NULL DEFAULT '', payload TEXT NOT NULL, received_at REAL NOT NULL,
    attachments_before INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS records_tracking ON records (tracking, kind);
CREATE TABLE IF NOT EXISTS heartbeats (terminal TEXT PRIMARY KEY, payload TEXT NOT NULL, received_at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS help (
    request_id TEXT PRIMARY KEY, terminal TEXT NOT NULL, site TEXT NOT NULL, screen TEXT NOT NULL,
    raised_at TEXT NOT NULL, received_at REAL NOT NULL, state TEXT NOT NULL,
    acknowledged_at TEXT NOT NULL DEFAULT '', acknowledged_by TEXT NOT NULL DEFAULT ''
);
"""

# (minutes after receipt, status, label shown to the citizen)
_TIMELINE = (
    (0, "received", "已收件"),
    (0, "forwarded", "已转至属地办理部门"),
    (30, "accepted", "属地部门已受理"),
    (60 * 24, "completed", "已办结"),
)


@dataclass(frozen=True)
class ItemAnswer:
    status: int
    body: Mapping[str, Any]
    replayed: bool = False


class PlatformStore:
    def __init__(self, path: str | Path) -> None:
        self._lock = threading.Lock()
        self._conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=10)
        self._conn.execute("PRAGMA journal_mode = WAL")
        # FULL: an answered 201 must survive the platform losing power, or the retry creates a second record.
        self._conn.execute("PRAGMA synchronous = FULL")
        self._conn.executescript(_SCHEMA + appointments.SCHEMA)
        # Keys whose first request is running in this process right now. An in-progress marker for a
        # key not in here was left by a process that died mid-request: that request can no longer
        # finish, so a retry may take the key over. No timer decides it, so a first request slower
        # than any timeout is never doubled by a retry.
        self._running: set[tuple[str, str]] = set()

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    # --- terminals and nonces ---------------------------------------------------------------

    def register_terminal(self, terminal_id: str, key: bytes) -> None:
        with self._tx() as conn:
            conn.execute("INSERT OR REPLACE INTO terminals VALUES (?, ?)", (terminal_id, key.hex()))

    def terminal_key(self, terminal_id: str) -> bytes | None:
        with self._lock:
            row = self._conn.execute("SELECT key_hex FROM terminals WHERE id = ?", (terminal_id,)).fetchone()
        return None if row is None else bytes.fromhex(row[0])

    def remember_nonce(self, terminal_id: str, nonce: str, now: float, window_s: float) -> bool:
        """False if this nonce was already used inside the window (a replayed request)."""
        with self._tx() as conn:
            conn.execute("DELETE FROM nonces WHERE seen_at < ?", (now - 2 * window_s,))
            cur = conn.execute("INSERT OR IGNORE INTO nonces VALUES (?, ?, ?)", (terminal_id, nonce, now))
            return cur.rowcount == 1

    # --- items ------------------------------------------------------------------------------

    def begin_item(self, terminal: str, key: str, digest: str, now: float) -> ItemAnswer | None:
        """Claim a key for a first request; an answer instead means replay, 409 or 422."""
        with self._tx() as conn:
            answer = self._existing(conn, terminal, key, digest, now)
            if answer is None:
                conn.execute(
                    "INSERT OR REPLACE INTO idem VALUES (?, ?, ?, 'in_progress', NULL, NULL, ?)",
                    (terminal, key, digest, now),
                )
                self._running.add((terminal, key))
            return answer

    def finish_item(self, terminal: str, key: str, kind: str, payload: Any, now: float) -> ItemAnswer:
        try:
            with self._tx() as conn:
                answer = self._create(conn, terminal, key, kind, payload, now)
                conn.execute(
                    "UPDATE idem SET state = 'done', status = ?, body = ? WHERE terminal = ? AND key = ?",
                    (answer.status, json.dumps(answer.body, ensure_ascii=False), terminal, key),
                )
                return answer
        finally:
            # Done, or failed and rolled back: either way a retry is no longer racing this request.
            self._running.discard((terminal, key))

    def settle_key(self, terminal: str, key: str, status: int, body: Mapping[str, Any]) -> None:
        """Record the answer to a request claimed with ``begin_item`` that is not an item."""
        try:
            with self._tx() as conn:
                conn.execute(
                    "UPDATE idem SET state = 'done', status = ?, body = ? WHERE terminal = ? AND key = ?",
                    (status, json.dumps(body, ensure_ascii=False), terminal, key),
                )
        finally:
            self._running.discard((terminal, key))

    def apply_batch(
        self, terminal: str, items: list[tuple[str, str, Any, str]], now: float
    ) -> list[tuple[str, ItemAnswer]]:
        """Each (key, kind, payload, digest) with its own idempotency, all in one transaction."""
        out = []
        with self._tx() as conn:
            for key, kind, payload, digest in items:
                answer = self._existing(conn, terminal, key, digest, now)
                if answer is None:
                    answer = self._create(conn, terminal, key, kind, payload, now)
                    conn.execute(
                        "INSERT OR REPLACE INTO idem VALUES (?, ?, ?, 'done', ?, ?, ?)",
                        (terminal, key, digest, answer.status, json.dumps(answer.body, ensure_ascii=False), now),
                    )
                out.append((key, answer))
        return out

    def _existing(
        self, conn: sqlite3.Connection, terminal: str, key: str, digest: str, now: float
    ) -> ItemAnswer | None:
        row = conn.execute(
            "SELECT digest, state, status, body, started_at FROM idem WHERE terminal = ? AND key = ?",
            (terminal, key),
        ).fetchone()
        if row is None:
            return None
        old_digest, state, status, body, _started_at = row
        if old_digest != digest:
            return ItemAnswer(422, {"error": "idempotency_key_reused_with_different_body"})
        if state == "in_progress":
            if (terminal, key) not in self._running:
                return None  # its request died with an earlier process (or failed): take the key over
            return ItemAnswer(409, {"error": "request_with_this_key_in_progress"})
        return ItemAnswer(int(status), json.loads(body), replayed=True)

    def _create(
        self, conn: sqlite3.Connection, terminal: str, key: str, kind: str, payload: Any, now: float
    ) -> ItemAnswer:
        if kind not in KINDS:
            return ItemAnswer(404, {"error": f"unknown item kind {kind!r}"})
        if not isinstance(payload, dict):
            return ItemAnswer(400, {"error": "payload must be a JSON object"})
        tracking = payload.get("tracking_number", "")
        if kind in ("application", "attachment") and not (isinstance(tracking, str) and tracking):
            return ItemAnswer(400, {"error": "tracking_number missing"})
        record_id = "R" + uuid.uuid4().hex[:20].upper()
        attachments_before = 0
        if kind == "application":
            attachments_before = conn.execute(
                "SELECT COUNT(*) FROM records WHERE tracking = ? AND kind = 'attachment'", (tracking,)
            ).fetchone()[0]
        if kind in ("help_request", "help_cancel"):
            problem = self._note_help(conn, terminal, kind, payload, now)
            if problem:
                return ItemAnswer(400, {"error": problem})
        if kind == "heartbeat":
            conn.execute(
                "INSERT OR REPLACE INTO heartbeats VALUES (?, ?, ?)",
                (terminal, json.dumps(payload, ensure_ascii=False), now),
            )
        conn.execute(
            "INSERT INTO records VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                record_id,
                terminal,
                key,
                kind,
                str(tracking or ""),
                json.dumps(payload, ensure_ascii=False),
                now,
                attachments_before,
            ),
        )
        body: dict[str, Any] = {"record_id": record_id, "kind": kind, "received_at": _iso(now)}
        if tracking:
            body["tracking_number"] = tracking
        return ItemAnswer(201, body)

    # --- reads ------------------------------------------------------------------------------

    def progress(self, tracking: str, now: float) -> dict[str, Any]:
        with self._lock:
            row = self._conn.execute(
                "SELECT received_at, payload FROM records WHERE tracking = ? AND kind = 'application'",
                (tracking,),
            ).fetchone()
        if row is None:
            return demo_progress(tracking) or {"tracking_number": tracking, "found": False, "timeline": []}
        received_at = float(row[0])
        service = json.loads(row[1]).get("service_code", "")
        timeline = [
            {"at": _iso(received_at + minutes * 60), "status": status, "label": label}
            for minutes, status, label in _TIMELINE
            if received_at + minutes * 60 <= now
        ]
        return {
            "tracking_number": tracking,
            "found": True,
            "service_code": service,
            "status": timeline[-1]["status"],
            "timeline": timeline,
        }

    def applications_of(self, document_number: str, now: float) -> list[dict[str, Any]]:
        """The applications filed under this document number, newest first, with their progress."""
        wanted = document_number.strip().upper()
        with self._lock:
            rows = self._conn.execute(
                "SELECT tracking, payload, received_at FROM records WHERE kind = 'application'"
                " ORDER BY received_at DESC"
            ).fetchall()
        out = []
        for tracking, payload, received_at in rows:
            data = json.loads(payload)
            applicant = data.get("applicant") or {}
            if str(applicant.get("document_number", "")).upper() != wanted:
                continue
            progress = self.progress(tracking, now)
            out.append(
                {
                    "tracking_number": tracking,
                    "service_code": data.get("service_code", ""),
                    "filed_at": data.get("filed_at") or _iso(float(received_at)),
                    "status": progress.get("status", ""),
                    "status_label": (progress.get("timeline") or [{}])[-1].get("label", ""),
                }
            )
        return out + demo_applications_for(wanted)

    # --- appointments ---------------------------------------------------------------------

    def appointment_slots(self, item_code: str, day: date, today: date) -> dict[str, Any]:
        with self._lock:
            return appointments.free_slots(self._conn, item_code, day, today)

    def book_appointment(self, request: dict[str, Any], today: date, now: float) -> dict[str, Any]:
        with self._tx() as conn:
            return appointments.book(conn, request, today, now)

    def appointments_of(self, document_number: str, today: date) -> list[dict[str, Any]]:
        with self._lock:
            return appointments.of_holder(self._conn, document_number, today)

    def cancel_appointment(self, code: str, document_number: str, today: date, now: float) -> dict[str, Any]:
        with self._tx() as conn:
            return appointments.cancel(conn, code, document_number, today, now)

    def appointments(self) -> list[dict[str, Any]]:
        with self._lock:
            rows = self._conn.execute(
                "SELECT a.id, a.item_code, a.day, a.start, c.cancelled_at FROM appointments a"
                " LEFT JOIN appointment_cancellations c ON c.id = a.id ORDER BY a.rowid"
            ).fetchall()
        return [
            {"id": r[0], "item_code": r[1], "date": r[2], "start": r[3], "cancelled": r[4] is not None} for r in rows
        ]

    def records(self, kind: str | None = None) -> list[dict[str, Any]]:
        query = "SELECT record_id, terminal, key, kind, tracking, payload, received_at, attachments_before FROM records"
        args: tuple[str, ...] = ()
        if kind:
            query += " WHERE kind = ?"
            args = (kind,)
        with self._lock:
            rows = self._conn.execute(query + " ORDER BY received_at, rowid", args).fetchall()
        return [
            {
                "record_id": r[0],
                "terminal": r[1],
                "key": r[2],
                "kind": r[3],
                "tracking": r[4],
                "payload": json.loads(r[5]),
                "received_at": r[6],
                "attachments_before": r[7],
            }
            for r in rows
        ]

    # --- 呼叫工作人员 ----------------------------------------------------------------------------

    @staticmethod
    def _note_help(conn: sqlite3.Connection, terminal: str, kind: str, payload: Mapping[str, Any],
                   now: float) -> str:
        request_id = str(payload.get("request_id", ""))
        if not request_id:
            return "request_id missing"
        if kind == "help_request":
            conn.execute(
                "INSERT OR IGNORE INTO help (request_id, terminal, site, screen, raised_at, received_at, state)"
                " VALUES (?, ?, ?, ?, ?, ?, 'open')",
                (request_id, terminal, str(payload.get("site", "")), str(payload.get("screen", "")),
                 str(payload.get("raised_at", "")), now),
            )
        else:
            conn.execute("UPDATE help SET state = 'cancelled' WHERE request_id = ? AND terminal = ?",
                         (request_id, terminal))
        return ""

    def help_requests(self, state: str | None = None) -> list[dict[str, Any]]:
        query = ("SELECT request_id, terminal, site, screen, raised_at, received_at, state, acknowledged_at,"
                 " acknowledged_by FROM help")
        args: tuple[str, ...] = ()
        if state:
            query += " WHERE state = ?"
            args = (state,)
        with self._lock:
            rows = self._conn.execute(query + " ORDER BY received_at", args).fetchall()
        return [
            {"request_id": r[0], "terminal_id": r[1], "site": r[2], "screen": r[3], "raised_at": r[4],
             "received_at": _iso(r[5]), "state": r[6], "acknowledged_at": r[7], "acknowledged_by": r[8]}
            for r in rows
        ]

    def help_request(self, request_id: str, terminal: str | None = None) -> dict[str, Any] | None:
        for row in self.help_requests():
            if row["request_id"] == request_id and (terminal is None or row["terminal_id"] == terminal):
                return row
        return None

    def acknowledge_help(self, request_id: str, by: str, now: float) -> dict[str, Any] | None:
        with self._tx() as conn:
            conn.execute(
                "UPDATE help SET state = 'acknowledged', acknowledged_at = ?, acknowledged_by = ?"
                " WHERE request_id = ? AND state = 'open'",
                (_iso(now), by, request_id),
            )
        return self.help_request(request_id)

    def record_keys(self) -> list[str]:
        with self._lock:
            return [r[0] for r in self._conn.execute("SELECT key FROM records")]

    def latest_heartbeat(self, terminal: str) -> dict[str, Any] | None:
        with self._lock:
            row = self._conn.execute("SELECT payload FROM heartbeats WHERE terminal = ?", (terminal,)).fetchone()
        return None if row is None else dict(json.loads(row[0]))


def _iso(ts: float) -> str:
    return (datetime(1970, 1, 1, tzinfo=UTC) + timedelta(seconds=ts)).isoformat()
