"""The sandbox platform's terminals, their public keys and one-time enrolment codes.

A terminal may hold several keys: during a rotation the old key keeps working until its
``retire_at`` (the rotation window), the new one from the moment it is registered. Enrolment codes
are stored as digests, single-use, with an expiry; the platform binds the public key a terminal
sends with a good code to the terminal id and site the code was issued for.
"""

from __future__ import annotations

import hashlib
import secrets
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from sandbox_platform.auth import AuthError

# No 0/O, 1/I/L: a technician reads the code off a work order and types it on a touch screen.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
DEFAULT_ROTATION_WINDOW_S = 7 * 24 * 3600.0

_SCHEMA = """
CREATE TABLE IF NOT EXISTS terminal_sites (terminal TEXT PRIMARY KEY, site TEXT NOT NULL, region TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS terminal_keys (
    terminal TEXT NOT NULL, key_id TEXT NOT NULL, public_hex TEXT NOT NULL,
    added_at REAL NOT NULL, retire_at REAL, PRIMARY KEY (terminal, key_id)
);
CREATE TABLE IF NOT EXISTS rotation_requests (terminal TEXT PRIMARY KEY, requested_at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS enrolment_codes (
    code_digest TEXT PRIMARY KEY, terminal TEXT NOT NULL, site TEXT NOT NULL, region TEXT NOT NULL,
    expires_at REAL NOT NULL, used_at REAL
);
"""


class EnrolmentRefused(Exception):
    """``reason`` is machine-readable (unknown_code, code_used, code_expired); ``status`` the HTTP one."""

    def __init__(self, reason: str, status: int) -> None:
        super().__init__(reason)
        self.reason = reason
        self.status = status


@dataclass(frozen=True)
class Enrolled:
    terminal_id: str
    site: str
    region: str
    key_id: str


def key_id_of(public_key: bytes) -> str:
    return hashlib.sha256(public_key).hexdigest()[:16]


def public_key_of_seed_file(path: str | Path) -> bytes:
    """For the sandbox's own test set-up only: the public half of a terminal's seed file."""
    seed = bytes.fromhex(Path(path).read_text(encoding="ascii").strip())
    return Ed25519PrivateKey.from_private_bytes(seed).public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def _digest(code: str) -> str:
    normal = "".join(ch for ch in code.upper() if ch.isalnum())
    return hashlib.sha256(normal.encode()).hexdigest()


class KeyRegistry:
    def __init__(self, path: str | Path) -> None:
        self._lock = threading.Lock()
        self._conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=10)
        self._conn.execute("PRAGMA journal_mode = WAL")
        self._conn.executescript(_SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def register(self, terminal: str, public_key: bytes, now: float, site: str = "", region: str = "") -> str:
        """Bind a key to a terminal outright (an operator installing a key by hand)."""
        key_id = key_id_of(public_key)
        with self._lock:
            self._conn.execute(
                "INSERT OR IGNORE INTO terminal_sites VALUES (?, ?, ?)", (terminal, site, region)
            )
            self._conn.execute(
                "INSERT OR REPLACE INTO terminal_keys VALUES (?, ?, ?, ?, NULL)",
                (terminal, key_id, public_key.hex(), now),
            )
        return key_id

    def public_key(self, terminal: str, key_id: str, now: float) -> bytes | None:
        """The key to verify with; raises ``AuthError("retired_key")`` once its rotation window closed."""
        with self._lock:
            row = self._conn.execute(
                "SELECT public_hex, retire_at FROM terminal_keys WHERE terminal = ? AND key_id = ?", (terminal, key_id)
            ).fetchone()
        if row is None:
            return None
        if row[1] is not None and now >= row[1]:
            raise AuthError("retired_key")
        return bytes.fromhex(row[0])

    def issue_code(self, terminal: str, site: str, region: str, ttl_s: float, now: float) -> str:
        code = "-".join("".join(secrets.choice(CODE_ALPHABET) for _ in range(4)) for _ in range(3))
        with self._lock:
            self._conn.execute(
                "INSERT INTO enrolment_codes VALUES (?, ?, ?, ?, ?, NULL)",
                (_digest(code), terminal, site, region, now + ttl_s),
            )
        return code

    def enrol(self, code: str, public_key: bytes, now: float) -> Enrolled:
        key_id = key_id_of(public_key)
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                row = self._conn.execute(
                    "SELECT terminal, site, region, expires_at, used_at FROM enrolment_codes WHERE code_digest = ?",
                    (_digest(code),),
                ).fetchone()
                if row is None:
                    raise EnrolmentRefused("unknown_code", 404)
                terminal, site, region, expires_at, used_at = row
                if used_at is not None:
                    raise EnrolmentRefused("code_used", 409)
                if now >= expires_at:
                    raise EnrolmentRefused("code_expired", 410)
                self._conn.execute("UPDATE enrolment_codes SET used_at = ? WHERE code_digest = ?", (now, _digest(code)))
                self._conn.execute("INSERT OR REPLACE INTO terminal_sites VALUES (?, ?, ?)", (terminal, site, region))
                # A re-enrolled terminal (replaced disk, lost key) keeps no earlier key.
                self._conn.execute("DELETE FROM terminal_keys WHERE terminal = ?", (terminal,))
                self._conn.execute(
                    "INSERT INTO terminal_keys VALUES (?, ?, ?, ?, NULL)", (terminal, key_id, public_key.hex(), now)
                )
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")
        return Enrolled(terminal, site, region, key_id)

    def rotate(self, terminal: str, new_public_key: bytes, now: float, window_s: float) -> tuple[str, float]:
        """Add the new key; every other key of the terminal retires ``window_s`` from now (at the latest).

        Repeating the same rotation (an answer lost on the way back) changes nothing further.
        """
        key_id = key_id_of(new_public_key)
        retire_at = now + window_s
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                known = self._conn.execute(
                    "SELECT 1 FROM terminal_keys WHERE terminal = ? AND key_id = ?", (terminal, key_id)
                ).fetchone()
                if known is None:
                    self._conn.execute(
                        "UPDATE terminal_keys SET retire_at = MIN(COALESCE(retire_at, ?), ?) WHERE terminal = ?",
                        (retire_at, retire_at, terminal),
                    )
                    self._conn.execute(
                        "INSERT INTO terminal_keys VALUES (?, ?, ?, ?, NULL)",
                        (terminal, key_id, new_public_key.hex(), now),
                    )
                row = self._conn.execute(
                    "SELECT MAX(retire_at) FROM terminal_keys WHERE terminal = ? AND key_id != ?", (terminal, key_id)
                ).fetchone()
                self._conn.execute("DELETE FROM rotation_requests WHERE terminal = ?", (terminal,))
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")
        return key_id, float(row[0]) if row and row[0] is not None else now

    def request_rotation(self, terminal: str, now: float) -> None:
        """The platform command: the terminal rotates its key the next time it asks for commands."""
        with self._lock:
            self._conn.execute("INSERT OR REPLACE INTO rotation_requests VALUES (?, ?)", (terminal, now))

    def rotation_requested(self, terminal: str) -> bool:
        with self._lock:
            row = self._conn.execute("SELECT 1 FROM rotation_requests WHERE terminal = ?", (terminal,)).fetchone()
        return row is not None

    def site_of(self, terminal: str) -> tuple[str, str]:
        with self._lock:
            row = self._conn.execute(
                "SELECT site, region FROM terminal_sites WHERE terminal = ?", (terminal,)
            ).fetchone()
        return (row[0], row[1]) if row else ("", "")
