"""What the platform last said (catalog, trust list, progress, e-licenses), encrypted on disk.

Slots are named by a keyed digest, so a document number used as a lookup never lands in the file.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from offline_cache import json_pieces
from offline_cache.crypto import DecryptError, FieldCipher
from offline_cache.schema import connect

_SCHEMA = """
CREATE TABLE IF NOT EXISTS cache (
    slot TEXT PRIMARY KEY,
    etag TEXT NOT NULL DEFAULT '',
    fetched_at REAL NOT NULL,
    value BLOB NOT NULL
);
"""


@dataclass(frozen=True)
class CachedValue:
    value: Any
    etag: str
    fetched_at: float  # epoch seconds


class ReadCache:
    def __init__(self, path: str | Path, cipher: FieldCipher) -> None:
        self._cipher = cipher
        self._lock = threading.Lock()
        self._conn = connect(path)
        self._conn.executescript(_SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def get(self, name: str) -> CachedValue | None:
        slot = self._cipher.lookup_tag(name)
        with self._lock:
            row = self._conn.execute("SELECT etag, fetched_at, value FROM cache WHERE slot = ?", (slot,)).fetchone()
        if row is None:
            return None
        try:
            value = json_pieces.loads(self._cipher.open(row[2], slot))
        except (DecryptError, ValueError):
            return None  # a key change or a damaged row: behave as if nothing was cached
        return CachedValue(value, row[0], row[1])

    def put(self, name: str, value: Any, etag: str, fetched_at: float) -> None:
        slot = self._cipher.lookup_tag(name)
        # In pieces: a whole catalog written by one json.dumps held the UI thread up for ~0.2 s.
        sealed = self._cipher.seal(json_pieces.dumps(value), slot)
        with self._lock:
            self._conn.execute(
                "INSERT OR REPLACE INTO cache (slot, etag, fetched_at, value) VALUES (?, ?, ?, ?)",
                (slot, etag, fetched_at, sealed),
            )

    def touch(self, name: str, fetched_at: float) -> None:
        """The platform confirmed (304) the cached value is current."""
        slot = self._cipher.lookup_tag(name)
        with self._lock:
            self._conn.execute("UPDATE cache SET fetched_at = ? WHERE slot = ?", (fetched_at, slot))
