"""The outbox's SQLite schema and connection settings, in one place so migrations stay visible."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

SCHEMA_VERSION = 2

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS items (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    key TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    grp TEXT NOT NULL DEFAULT '',
    seq INTEGER NOT NULL DEFAULT 0,
    personal INTEGER NOT NULL,
    payload BLOB,                 -- sealed JSON if personal, else JSON; NULL once delivered
    digest TEXT NOT NULL DEFAULT '', -- keyed digest of what the item says: tells a resubmit from a collision
    state TEXT NOT NULL,          -- pending | inflight | delivered | dead
    attempts INTEGER NOT NULL DEFAULT 0,
    created_at REAL NOT NULL,
    next_attempt_at REAL NOT NULL,
    lease_until REAL,
    last_error TEXT NOT NULL DEFAULT '',
    state_changed_at REAL NOT NULL,
    platform_ref TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS items_due ON items (next_attempt_at, id) WHERE state = 'pending';
CREATE INDEX IF NOT EXISTS items_open_group ON items (grp, seq, id) WHERE state != 'delivered';
CREATE INDEX IF NOT EXISTS items_state ON items (state, created_at);
"""


def connect(path: str | Path, *, busy_timeout_ms: int = 10_000) -> sqlite3.Connection:
    """Open with the settings an outbox needs: a confirmed commit survives power loss.

    WAL with synchronous=FULL (NORMAL may lose the last commits on power loss), secure_delete so
    purged payload bytes are overwritten rather than left in free pages, and a bounded WAL file.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    _owner_only(path)
    conn = sqlite3.connect(path, timeout=busy_timeout_ms / 1000, isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise OSError(f"{path}: SQLite refused WAL mode (got {mode})")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA journal_size_limit = 4194304")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def _owner_only(path: Path) -> None:
    """Create the database file 0600 before SQLite opens it: SQLite gives its -wal and -shm files
    the database file's mode, so all three stay unreadable to other users."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if os.fstat(fd).st_mode & 0o077:
            os.fchmod(fd, 0o600)
    finally:
        os.close(fd)
    for suffix in ("-wal", "-shm"):
        side = Path(f"{path}{suffix}")
        if side.exists() and side.stat().st_mode & 0o077:
            side.chmod(0o600)


def migrate(conn: sqlite3.Connection) -> None:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise OSError(f"outbox schema {version} is newer than this software ({SCHEMA_VERSION})")
    if version == 1:
        conn.execute("ALTER TABLE items ADD COLUMN digest TEXT NOT NULL DEFAULT ''")
    conn.executescript(_SCHEMA)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
