"""What the outbox tells the status bar, the metrics and the technician, and the technician's levers
(sync now, retry dead) and the single-writer's restart, each checked whole."""

from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from kiosk.clock import ManualClock
from kiosk.ports import OutboundItem, OutboxStatus, Refusal, StorageFull
from offline_cache.outbox import Dead, DeadItem, Delivered, KeyCollision, OutboxFull, Retry, StorageUsage
from tests.outbox.kit import application, make_outbox, rating
from tests.outbox.test_outbox_faults import disk_fills_after

BEIJING = timezone(timedelta(hours=8))


def clock() -> ManualClock:
    return ManualClock(datetime(2026, 11, 23, 17, 0, tzinfo=BEIJING))


def test_the_status_tells_the_queue_its_age_the_last_success_and_what_the_worker_last_learned(tmp_path: Path) -> None:
    time = clock()
    outbox = make_outbox(tmp_path, clock=time)
    assert outbox.status() == OutboxStatus()
    outbox.submit([rating("T1")])
    time.advance(30)
    outbox.submit([rating("T2")])
    outbox.settle([Delivered(outbox.claim(1)[0].id, "P-1")])
    time.advance(15)
    outbox.platform_reachable, outbox.platform_checked = True, True
    outbox.clock_skew_s, outbox.platform_refusal = -2.5, Refusal.CLOCK
    assert outbox.status() == OutboxStatus(
        pending=1, dead=0, oldest_pending_age_s=15.0, last_success=datetime(2026, 11, 23, 17, 0, 30, tzinfo=BEIJING),
        platform_reachable=True, platform_checked=True, clock_skew_s=-2.5, platform_refusal=Refusal.CLOCK)


def test_an_item_filed_this_very_moment_is_zero_seconds_old(tmp_path: Path) -> None:
    outbox = make_outbox(tmp_path, clock=clock())
    outbox.submit([rating("T1")])
    assert outbox.status().oldest_pending_age_s == 0.0


def test_items_the_last_drainer_held_are_sent_again_once_the_lock_is_taken(tmp_path: Path) -> None:
    outbox = make_outbox(tmp_path, clock=clock())
    outbox.submit([rating("T1"), rating("T2")])
    held = outbox.claim(10, lease_s=600)
    assert len(held) == 2 and outbox.claim(10) == []
    assert outbox.release_all_inflight() == 2
    assert sorted(c.key for c in outbox.claim(10)) == ["rating-T1", "rating-T2"]


def test_sync_now_makes_every_waiting_item_due_at_once(tmp_path: Path) -> None:
    outbox = make_outbox(tmp_path, clock=clock())
    outbox.submit([rating("T1")])
    outbox.settle([Retry(outbox.claim(1)[0].id, "HTTP 503", delay_s=240)])
    assert outbox.claim(1) == [] and outbox.next_due_in() == 240.0
    outbox.make_all_due()
    assert outbox.next_due_in() == 0.0 and [c.key for c in outbox.claim(1)] == ["rating-T1"]


def test_a_dead_item_is_listed_with_its_kind_group_attempts_reason_and_when_it_died(tmp_path: Path) -> None:
    time = clock()
    outbox = make_outbox(tmp_path, clock=time)
    outbox.submit(application("T1", attachments=0))
    time.advance(60)
    outbox.settle([Dead(outbox.claim(1)[0].id, "HTTP 422 form rejected")])
    assert outbox.dead_items() == [DeadItem("app-T1-app", "application", "app-T1", 1, "HTTP 422 form rejected",
                                            datetime(2026, 11, 23, 17, 1, tzinfo=BEIJING))]


def test_the_storage_use_is_told_against_the_budget_with_a_warning_from_seventy_percent(tmp_path: Path) -> None:
    outbox = make_outbox(tmp_path, budget=10 * 2**20)
    usage = outbox.storage()
    assert usage.budget_bytes == 10 * 2**20 and 0 < usage.used_bytes < 2**20 and not usage.warning
    assert StorageUsage(7, 10).warning and not StorageUsage(69, 100).warning
    assert StorageUsage(5, 0).fraction == 1.0 and StorageUsage(1, 4).fraction == 0.25


def test_items_are_counted_by_kind_and_state_for_the_metrics(tmp_path: Path) -> None:
    outbox = make_outbox(tmp_path)
    outbox.submit([rating("T1"), rating("T2"), *application("T3", attachments=1)])
    outbox.settle([Delivered(outbox.claim(1)[0].id)])
    assert outbox.counts() == {("attachment", "pending"): 1, ("application", "pending"): 1,
                               ("rating", "delivered"): 1, ("rating", "pending"): 1}


def test_a_full_disk_is_told_to_the_technician_with_the_outbox_and_sqlites_words(tmp_path: Path) -> None:
    outbox = make_outbox(tmp_path)
    big = [OutboundItem("big", "attachment", {"blob": os.urandom(300_000).hex()})]
    with disk_fills_after(16_384, [outbox.path, Path(f"{outbox.path}-wal")]), pytest.raises(OutboxFull) as info:
        outbox.submit(big)
    said = info.value.technician_message
    assert said.startswith(f"outbox {outbox.path}: the disk refused the write (") and "nothing stored" in said
    assert str(info.value) == said


def test_a_filing_on_a_closed_outbox_is_an_error_naming_it_not_a_full_disk(tmp_path: Path) -> None:
    # At shutdown a late filing can meet a closed outbox: the technician must not read "disk full".
    outbox = make_outbox(tmp_path)
    outbox.close()
    with pytest.raises(OSError) as info:
        outbox.submit([rating("T1")])
    assert not isinstance(info.value, StorageFull)
    assert str(info.value) == f"outbox {outbox.path}: ProgrammingError: Cannot operate on a closed database."


def test_a_key_collision_names_the_key(tmp_path: Path) -> None:
    outbox = make_outbox(tmp_path)
    outbox.submit([rating("T1")])
    with pytest.raises(KeyCollision) as info:
        outbox.submit([OutboundItem("rating-T1", "rating", {"tracking_number": "T1", "score": 1})])
    assert info.value.key == "rating-T1"


def test_a_claimed_item_is_leased_for_a_minute_by_default_then_claimable_again(tmp_path: Path) -> None:
    time = clock()
    outbox = make_outbox(tmp_path, clock=time)
    outbox.submit([rating("T1")])
    assert len(outbox.claim(1)) == 1
    time.advance(60)
    assert outbox.claim(1) == []  # a drainer still inside its lease keeps the item
    time.advance(0.5)
    assert [c.key for c in outbox.claim(1)] == ["rating-T1"]


def test_a_dead_items_reason_is_kept_to_500_characters(tmp_path: Path) -> None:
    outbox = make_outbox(tmp_path, clock=clock())
    outbox.submit([rating("T1")])
    outbox.settle([Dead(outbox.claim(1)[0].id, "HTTP 422 " + "x" * 600)])
    assert len(outbox.dead_items()[0].reason) == 500


def test_an_item_waiting_the_longest_backoff_is_not_sent_early(tmp_path: Path) -> None:
    outbox = make_outbox(tmp_path, clock=clock())  # max_delay_s 300
    outbox.submit([rating("T1")])
    outbox.settle([Retry(outbox.claim(1)[0].id, "HTTP 503", delay_s=300)])
    assert outbox.claim(1) == []


def test_an_item_scheduled_beyond_any_backoff_is_sent_at_once_as_the_wall_clock_jumped_back(tmp_path: Path) -> None:
    outbox = make_outbox(tmp_path, clock=clock())
    outbox.submit([rating("T1")])
    outbox.settle([Retry(outbox.claim(1)[0].id, "HTTP 503", delay_s=300 + 60.5)])
    assert [c.key for c in outbox.claim(1)] == ["rating-T1"]


def test_items_whose_bodies_add_up_to_exactly_the_byte_cap_go_together(tmp_path: Path) -> None:
    # Heartbeats are stored as sent (not personal, so not sealed): the cap counts exactly these bytes.
    outbox = make_outbox(tmp_path, clock=clock())
    outbox.submit([OutboundItem(f"hb-{n}", "heartbeat", {"n": n}, personal=False) for n in (1, 2)])
    size = len(b'{"n":1}')
    assert len(outbox.claim(10, max_bytes=2 * size - 1)) == 1
    outbox.release_all_inflight()
    assert len(outbox.claim(10, max_bytes=2 * size)) == 2


def test_a_filing_of_more_keys_than_sqlite_takes_in_one_query_submitted_again_stores_nothing_twice(
        tmp_path: Path) -> None:
    outbox = make_outbox(tmp_path)
    items = [OutboundItem(f"att-{n}", "attachment", {"n": n}, group="app-big", seq=n, personal=False)
             for n in range(1200)]
    outbox.submit(items)
    outbox.submit(items)
    assert outbox.counts() == {("attachment", "pending"): 1200}


def test_the_same_filing_built_again_with_its_fields_in_another_order_is_the_same_item(tmp_path: Path) -> None:
    # After a restart the form may assemble the payload in another order: that is no "different item".
    outbox = make_outbox(tmp_path)
    outbox.submit([OutboundItem("app-T1-app", "application", {"name": "张三", "phone": "13800138000"})])
    outbox.submit([OutboundItem("app-T1-app", "application", {"phone": "13800138000", "name": "张三"})])
    assert outbox.status().pending == 1


def test_an_item_that_is_not_json_is_refused_naming_its_key_and_kind(tmp_path: Path) -> None:
    outbox = make_outbox(tmp_path)
    with pytest.raises(ValueError, match=r"^outbox item rating-T1 \(rating\) is not JSON: "):
        outbox.submit([OutboundItem("rating-T1", "rating", {"at": datetime(2026, 11, 23)})])
    assert outbox.status().pending == 0


def test_a_filing_that_fits_the_budget_to_the_byte_is_stored_and_one_byte_more_is_refused(tmp_path: Path) -> None:
    # What a filing costs: its stored body plus 512 bytes of row overhead, against the pages in use.
    item = OutboundItem("hb-1", "heartbeat", {"n": 1}, personal=False)
    incoming = len(b'{"n":1}') + 512
    probe = make_outbox(tmp_path)
    used = probe.storage().used_bytes
    probe.close()
    tight = make_outbox(tmp_path, budget=used + incoming - 1)
    with pytest.raises(OutboxFull, match="at disk budget"):
        tight.submit([item])
    tight.close()
    exact = make_outbox(tmp_path, budget=used + incoming)
    exact.submit([item])
    assert exact.state_of("hb-1") == "pending"


def test_two_items_under_one_key_in_a_filing_are_refused_naming_that_key(tmp_path: Path) -> None:
    outbox = make_outbox(tmp_path)
    twice = OutboundItem("app-T1-att-1", "attachment", {"file": "page1.jpg"})
    with pytest.raises(KeyCollision) as info:
        outbox.submit([OutboundItem("app-T1-att-0", "attachment", {"file": "page0.jpg"}), twice, twice])
    assert info.value.key == "app-T1-att-1" and outbox.status().pending == 0


def test_a_delivered_payloads_space_goes_back_to_the_budget(tmp_path: Path) -> None:
    outbox = make_outbox(tmp_path)
    outbox.submit([OutboundItem("big", "attachment", {"blob": os.urandom(300_000).hex()}, personal=False)])
    full = outbox.storage().used_bytes
    outbox.settle([Delivered(outbox.claim(1)[0].id)])
    assert outbox.storage().used_bytes < full - 500_000
