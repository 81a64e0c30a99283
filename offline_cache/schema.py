"""The outbox's SQLite schema and connection settings, in one place so migrations stay visible.

Schema changes are forward-only, and a store stays usable by the previous release for one release,
so that an update that is rolled back (``wiring/update/``) finds its filings still deliverable:

* ``PRAGMA user_version`` is the schema of the software that last migrated the store;
* ``meta.oldest_reader`` is the oldest schema whose software may still read and write it. A release
  whose changes are additive (a new table; a new column with a default, which older INSERTs leave
  to its default; no column renamed, dropped or given a new meaning) sets it to the previous schema;
  any other change sets it to its own.

Software opening a store of a newer schema uses it as it is (no DDL, ``user_version`` untouched) when
its own schema is at least ``oldest_reader``, and otherwise refuses with ``SchemaTooNew``, changing
nothing. Every query names its columns, so extra columns and tables of a newer schema are invisible.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

log = logging.getLogger(__name__)

SCHEMA_VERSION = 2
# Schema 2 only added a column with a default (items.digest): schema-1 software could have used it.
OLDEST_READER = 1

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


class SchemaTooNew(OSError):
    """The store was written by newer software in a form this version cannot use; nothing changed.
    ``str(err)`` is the technician's one line."""

    def __init__(self, path: str, schema: int, oldest_reader: int | None) -> None:
        readable = "it names no oldest reader" if oldest_reader is None else f"readable from schema {oldest_reader} on"
        super().__init__(
            f"outbox {path} has schema {schema} ({readable}), written by a newer version; this version reads "
            f"schema {SCHEMA_VERSION} and stores marked readable by it. Nothing was changed: start the newer "
            "version again (kiosk update status names the slots)"
        )
        self.schema, self.oldest_reader = schema, oldest_reader


def migrate(conn: sqlite3.Connection) -> None:
    """Bring the store up to this schema, or accept a newer store that says this version may use it."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version > SCHEMA_VERSION:
        oldest = _oldest_reader(conn)
        if oldest is None or oldest > SCHEMA_VERSION:
            raise SchemaTooNew(_store_path(conn), version, oldest)
        log.info("outbox schema %d (newer, readable from schema %d on): used as it is by schema %d",
                 version, oldest, SCHEMA_VERSION)
        return
    if version == 1:
        conn.execute("ALTER TABLE items ADD COLUMN digest TEXT NOT NULL DEFAULT ''")
    conn.executescript(_SCHEMA)
    conn.execute("INSERT OR REPLACE INTO meta (k, v) VALUES ('oldest_reader', ?)", (str(OLDEST_READER),))
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _oldest_reader(conn: sqlite3.Connection) -> int | None:
    try:
        row = conn.execute("SELECT v FROM meta WHERE k = 'oldest_reader'").fetchone()
    except sqlite3.OperationalError:  # no meta table: not a store this design wrote
        return None
    try:
        return None if row is None else int(row[0])
    except ValueError:
        return None


def _store_path(conn: sqlite3.Connection) -> str:
    row = conn.execute("PRAGMA database_list").fetchone()
    return str(row[2]) if row else "(in memory)"
