"""The outbox on a real SQLite file: durability settings, bounds, order, dead letters, leases."""

from __future__ import annotations

import os
import stat

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.clock import ManualClock
from kiosk.ports import OutboundItem, StorageFull
from offline_cache.delivery import Backoff, is_permanent
from offline_cache.outbox import Dead, Delivered, OutboxFull, Retry
from offline_cache.schema import connect
from tests.outbox.kit import application, make_outbox, new_tracking, rating


def test_submitted_items_are_pending_after_reopening(tmp_path):
    outbox = make_outbox(tmp_path)
    outbox.submit(application("T1"))
    outbox.close()
    reopened = make_outbox(tmp_path)
    assert reopened.status().pending == 3
    assert reopened.integrity_ok()


def test_connection_uses_wal_full_sync_and_secure_delete(tmp_path):
    conn = connect(tmp_path / "x.sqlite3")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1


def test_key_file_is_created_with_owner_only_permissions(tmp_path):
    make_outbox(tmp_path)
    mode = stat.S_IMODE(os.stat(tmp_path / "outbox.key").st_mode)
    assert mode == 0o600


def test_filing_at_the_disk_budget_is_refused_and_earlier_items_stay(tmp_path):
    outbox = make_outbox(tmp_path, budget=200_000)
    accepted = 0
    with pytest.raises(StorageFull) as refused:
        for _ in range(1000):
            outbox.submit([OutboundItem(new_tracking(), "attachment", {"tracking_number": "T", "blob": "x" * 4000})])
            accepted += 1
    # The citizen reads the core's Say.STORAGE_FULL (tests/outbox/test_filing_on_a_full_disk.py); the
    # exception itself carries the technician's figures.
    assert isinstance(refused.value, OutboxFull)
    assert "budget" in refused.value.technician_message
    assert accepted > 0
    assert outbox.status().pending == accepted  # nothing evicted to make room
    assert outbox.integrity_ok()


def test_a_groups_items_are_claimed_one_at_a_time_in_seq_order(tmp_path):
    outbox = make_outbox(tmp_path)
    outbox.submit(list(reversed(application("T1", attachments=2))))
    seen = []
    for _ in range(3):
        claimed = outbox.claim(10)
        assert len(claimed) == 1
        seen.append(claimed[0].seq)
        outbox.settle([Delivered(claimed[0].id)])
    assert seen == [0, 1, 2]


def test_a_dead_item_holds_back_only_its_own_group(tmp_path):
    outbox = make_outbox(tmp_path)
    outbox.submit(application("T1") + application("T2") + [rating("T3")])
    first = outbox.claim(10)
    poisoned = next(c for c in first if c.group == "app-T1")
    outbox.settle([Dead(poisoned.id, "platform answered 400")] + [Delivered(c.id) for c in first if c is not poisoned])
    groups = {c.group for c in outbox.claim(10)}
    assert groups == {"app-T2"}  # T1 waits behind its dead attachment, T2 moves on


def test_dead_items_are_listed_with_their_reason_and_retried_by_technicians(tmp_path):
    outbox = make_outbox(tmp_path)
    outbox.submit([rating("T1"), rating("T2")])
    claimed = outbox.claim(10)
    outbox.settle([Dead(c.id, f"platform answered 400 to rating: bad score {c.key}") for c in claimed])
    dead = outbox.dead_items()
    assert [d.key for d in dead] == ["rating-T1", "rating-T2"]
    assert "400" in dead[0].reason
    assert outbox.status().dead == 2
    assert outbox.retry_dead("rating-T1")
    assert outbox.status().dead == 1
    assert outbox.retry_all_dead() == 1
    assert len(outbox.claim(10)) == 2


def test_delivered_items_lose_their_payload(tmp_path):
    outbox = make_outbox(tmp_path)
    outbox.submit(application("T1", attachments=0))
    claimed = outbox.claim(1)
    outbox.settle([Delivered(claimed[0].id, "R1")])
    row = outbox._conn.execute("SELECT payload, state FROM items").fetchone()
    assert row == (None, "delivered")


def test_an_expired_lease_puts_the_item_back_in_the_queue(tmp_path):
    clock = ManualClock()
    outbox = make_outbox(tmp_path, clock=clock)
    outbox.submit([rating("T1")])
    assert len(outbox.claim(10, lease_s=30)) == 1
    assert outbox.claim(10, lease_s=30) == []
    clock.advance(31)
    assert len(outbox.claim(10)) == 1


def test_a_retried_item_waits_for_its_backoff(tmp_path):
    clock = ManualClock()
    outbox = make_outbox(tmp_path, clock=clock)
    outbox.submit([rating("T1")])
    item = outbox.claim(1)[0]
    outbox.settle([Retry(item.id, "platform answered 500", 10.0)])
    assert outbox.claim(1) == []
    clock.advance(10)
    assert outbox.claim(1)[0].attempts == 1


def test_the_oldest_pending_age_grows_while_offline(tmp_path):
    clock = ManualClock()
    outbox = make_outbox(tmp_path, clock=clock)
    outbox.submit([rating("T1")])
    clock.advance(72 * 3600)
    status = outbox.status()
    assert status.pending == 1  # never expired
    assert status.oldest_pending_age_s == pytest.approx(72 * 3600)


@given(attempts=st.integers(min_value=0, max_value=200), r=st.floats(min_value=0, max_value=1))
def test_backoff_stays_within_zero_and_the_cap(attempts, r):
    backoff = Backoff(base_s=2.0, cap_s=300.0)
    delay = backoff.delay(attempts, lambda: r)
    assert 0.0 <= delay <= 300.0
    assert delay <= 2.0 * 2 ** max(0, attempts - 1) + 1e-9


@pytest.mark.parametrize(
    ("status", "permanent"),
    [(400, True), (404, True), (422, True), (408, False), (409, False), (429, False), (401, False), (500, False)],
)
def test_only_final_refusals_count_as_permanent(status, permanent):
    assert is_permanent(status) is permanent
