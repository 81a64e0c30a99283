"""The outbox when something is wrong: a damaged row, a full disk, a reused key, oversized batches."""

from __future__ import annotations

import os
import resource
import signal
import sqlite3
import stat
import tracemalloc
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from kiosk.ports import OutboundItem, StorageFull
from offline_cache.outbox import KeyCollision
from offline_cache.platform_client import PlatformClient
from tests.outbox.kit import TEST_ID, TEST_NAME, application, make_outbox, rating


def _flip_a_bit(path: Path, key: str) -> None:
    conn = sqlite3.connect(path)
    (payload,) = conn.execute("SELECT payload FROM items WHERE key = ?", (key,)).fetchone()
    damaged = bytearray(payload)
    damaged[-1] ^= 0x01
    conn.execute("UPDATE items SET payload = ? WHERE key = ?", (bytes(damaged), key))
    conn.commit()
    conn.close()


def test_an_undecryptable_row_goes_dead_and_the_rest_of_its_claim_is_delivered(tmp_path):
    outbox = make_outbox(tmp_path)
    for n in range(10):
        outbox.submit([OutboundItem(f"k{n}", "rating", {"n": n, "name": TEST_NAME}, personal=True)])
    _flip_a_bit(outbox.path, "k3")
    claimed = outbox.claim(10)
    assert sorted(c.key for c in claimed) == [f"k{n}" for n in range(10) if n != 3]
    dead = outbox.dead_items()
    assert [d.key for d in dead] == ["k3"]
    assert "decrypt" in dead[0].reason
    assert outbox.claim(10) == []  # nothing left in flight for the lease, nothing claimed twice


@contextmanager
def disk_fills_after(extra_bytes: int, files: list[Path]) -> Iterator[None]:
    """A real ENOSPC-like write failure: no file of this process may grow past its size + extra."""
    biggest = max(f.stat().st_size for f in files if f.exists())
    old_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    old_limit = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (biggest + extra_bytes, old_limit[1]))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, old_limit)
        signal.signal(signal.SIGXFSZ, old_handler)


def test_a_real_disk_write_failure_during_a_filing_is_storage_full_and_loses_nothing(tmp_path):
    outbox = make_outbox(tmp_path)
    outbox.submit(application("T1"))
    big = [OutboundItem("big", "attachment", {"blob": os.urandom(300_000).hex()})]
    files = [outbox.path, Path(f"{outbox.path}-wal")]
    with disk_fills_after(16_384, files), pytest.raises(StorageFull):
        outbox.submit(big)
    assert outbox.status().pending == 3
    assert outbox.state_of("big") is None
    outbox.submit([rating("T2")])  # the outbox still works once space is back
    assert outbox.status().pending == 4
    assert outbox.integrity_ok()


def test_a_different_item_under_a_stored_key_is_refused_not_silently_dropped(tmp_path):
    outbox = make_outbox(tmp_path)
    outbox.submit([OutboundItem("app-T1-app", "application", {"tracking_number": "T1", "v": 1})])
    with pytest.raises(KeyCollision, match="app-T1-app"):
        outbox.submit([OutboundItem("app-T1-app", "application", {"tracking_number": "T1", "v": 2})])
    assert outbox.status().pending == 1


def test_the_same_item_submitted_twice_is_stored_once(tmp_path):
    outbox = make_outbox(tmp_path)
    item = OutboundItem("print_audit:P1:1", "print_audit", {"outcome": "done"}, personal=True)
    outbox.submit([item])
    outbox.submit([item])
    assert outbox.status().pending == 1


def test_two_items_with_one_key_in_a_single_filing_are_refused(tmp_path):
    outbox = make_outbox(tmp_path)
    with pytest.raises(KeyCollision):
        outbox.submit([OutboundItem("k", "attachment", {"a": 1}), OutboundItem("k", "attachment", {"a": 2})])
    assert outbox.status().pending == 0


def test_replacing_pending_items_is_refused_for_filings(tmp_path):
    outbox = make_outbox(tmp_path)
    outbox.submit(application("T1"))
    for kind in ("application", "attachment", "rating", "print_audit"):
        with pytest.raises(ValueError, match="heartbeat"):
            outbox.replace_pending(OutboundItem(f"new-{kind}", kind, {"x": 1}, personal=False))
    assert outbox.status().pending == 3


def test_a_new_heartbeat_replaces_the_unsent_one(tmp_path):
    outbox = make_outbox(tmp_path)
    outbox.submit(application("T1"))
    outbox.replace_pending(OutboundItem("hb-1", "heartbeat", {"n": 1}, personal=False))
    outbox.replace_pending(OutboundItem("hb-2", "heartbeat", {"n": 2}, personal=False))
    assert outbox.state_of("hb-1") is None
    assert outbox.state_of("hb-2") == "pending"
    assert outbox.status().pending == 4


def test_a_claim_is_capped_by_bytes_as_well_as_by_count(tmp_path):
    outbox = make_outbox(tmp_path)
    blob = "x" * 400_000
    outbox.submit([OutboundItem(f"att-{n}", "attachment", {"blob": blob}) for n in range(20)])
    claimed = outbox.claim(200, max_bytes=2_000_000)
    assert 1 <= len(claimed) <= 5
    assert sum(len(c.body) for c in claimed) <= 2_000_000


def test_an_item_bigger_than_the_byte_cap_is_still_claimed_alone(tmp_path):
    outbox = make_outbox(tmp_path)
    outbox.submit([OutboundItem("huge", "attachment", {"blob": "x" * 300_000})])
    assert [c.key for c in outbox.claim(200, max_bytes=100_000)] == ["huge"]


def test_a_batch_body_is_built_with_one_copy_of_the_payloads(tmp_path, monkeypatch):
    outbox = make_outbox(tmp_path)
    outbox.submit([OutboundItem(f"att-{n}", "attachment", {"blob": "x" * 200_000}) for n in range(10)])
    batch = outbox.claim(10)
    payload_bytes = sum(len(c.body) for c in batch)
    client = PlatformClient("http://127.0.0.1:9", "T", b"k" * 32)

    class Sent(Exception):
        pass

    def capture(method: str, path: str, body: bytes = b"", headers: object = None) -> None:
        raise Sent

    monkeypatch.setattr(client, "_request", capture)
    tracemalloc.start()
    try:
        with pytest.raises(Sent):
            client.send_batch(batch)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 1.5 * payload_bytes


def test_outbox_files_are_readable_by_the_owner_only(tmp_path):
    outbox = make_outbox(tmp_path)
    outbox.submit(application("T1"))
    for path in (outbox.path, Path(f"{outbox.path}-wal"), Path(f"{outbox.path}-shm")):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    assert TEST_ID not in outbox.path.read_bytes().decode("latin-1")


def test_items_pending_in_a_version_1_outbox_are_still_sent_after_the_upgrade(tmp_path):
    path = tmp_path / "outbox.sqlite3"
    old = sqlite3.connect(path)
    old.executescript(
        """
        CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT NOT NULL);
        CREATE TABLE items (
            id INTEGER PRIMARY KEY AUTOINCREMENT, key TEXT NOT NULL UNIQUE, kind TEXT NOT NULL,
            grp TEXT NOT NULL DEFAULT '', seq INTEGER NOT NULL DEFAULT 0, personal INTEGER NOT NULL,
            payload BLOB, state TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, created_at REAL NOT NULL,
            next_attempt_at REAL NOT NULL, lease_until REAL, last_error TEXT NOT NULL DEFAULT '',
            state_changed_at REAL NOT NULL, platform_ref TEXT NOT NULL DEFAULT ''
        );
        INSERT INTO items (key, kind, personal, payload, state, created_at, next_attempt_at, state_changed_at)
            VALUES ('rating-T0', 'rating', 0, CAST('{"score":5}' AS BLOB), 'pending', 0, 0, 0);
        PRAGMA user_version = 1;
        """
    )
    old.close()
    outbox = make_outbox(tmp_path)
    assert [(c.key, c.body) for c in outbox.claim(10)] == [("rating-T0", b'{"score":5}')]
    outbox.submit([rating("T1")])  # new filings carry their digest
    assert outbox.status().pending == 2
    assert outbox.integrity_ok()
