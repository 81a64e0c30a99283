"""Over real HTTP: whatever the sandbox does wrong, after recovery every item is there exactly once."""

from __future__ import annotations

import time
from collections import Counter

import pytest

from offline_cache.platform_client import ItemResult
from tests.outbox.kit import application, make_worker, new_tracking, rating, wait_until

pytestmark = pytest.mark.slow


def _file(outbox, groups: int) -> set[str]:
    keys: set[str] = set()
    for _ in range(groups):
        tracking = new_tracking()
        items = [*application(tracking, attachments=2), rating(tracking)]
        outbox.submit(items)
        keys.update(i.key for i in items)
    return keys


def _assert_exactly_once(sandbox, keys: set[str]) -> None:
    counts = Counter(sandbox.record_keys())
    assert set(counts) == keys
    assert max(counts.values()) == 1


@pytest.mark.parametrize(
    "fault",
    [
        {"mode": "slow", "delay_s": 0.3},
        {"mode": "error500", "fraction": 0.5},
        {"mode": "rate_limit", "count": 3, "retry_after_s": 1},
        {"mode": "drop_after_commit", "fraction": 0.3},
    ],
    ids=lambda f: f["mode"],
)
def test_every_item_arrives_exactly_once_despite(fault, sandbox, outbox, client):
    keys = _file(outbox, 20)
    mode = fault.pop("mode")
    sandbox.fail(mode, **fault)
    worker = make_worker(outbox, client, batch_size=8)
    worker.start()
    try:
        assert wait_until(lambda: outbox.status().pending == 0, timeout_s=40)
    finally:
        worker.stop()
    assert sandbox.state.faults.injected > 0
    _assert_exactly_once(sandbox, keys)
    assert outbox.status().dead == 0


def test_every_item_arrives_exactly_once_after_the_platform_was_down(sandbox, outbox, client):
    sandbox.fail("down")
    worker = make_worker(outbox, client)
    worker.start()
    try:
        keys = _file(outbox, 10)
        time.sleep(1.0)
        assert outbox.status().pending == len(keys)
        assert worker.status().platform_reachable is False
        sandbox.heal()
        # Nobody forces a sync: the worker's own probing notices the heal. How soon is a benchmark figure.
        assert wait_until(lambda: outbox.status().pending == 0, timeout_s=60)
        assert worker.status().platform_reachable is True
    finally:
        worker.stop()
    _assert_exactly_once(sandbox, keys)


def test_a_replayed_write_returns_the_first_answer_byte_for_byte(sandbox, outbox, client):
    outbox.submit([rating("T1")])
    item = outbox.claim(1)[0]
    first = client.send_one(item)
    second = client.send_one(item)
    assert first.status == 201 and second.status == 201
    assert second.replayed and not first.replayed
    assert second.body == first.body
    assert len(sandbox.records("rating")) == 1


def test_a_second_request_while_the_first_is_running_gets_409_then_the_same_record(sandbox, outbox, tmp_path):
    from tests.outbox.kit import make_client

    outbox.submit([rating("T1")])
    item = outbox.claim(1)[0]
    sandbox.fail("slow", delay_s=1.0, count=1)
    results: dict[str, ItemResult] = {}
    import threading

    slow_client, fast_client = make_client(sandbox, tmp_path), make_client(sandbox, tmp_path)
    t = threading.Thread(target=lambda: results.setdefault("first", slow_client.send_one(item)))
    t.start()
    time.sleep(0.3)
    results["concurrent"] = fast_client.send_one(item)
    t.join()
    results["later"] = fast_client.send_one(item)
    assert results["concurrent"].status == 409
    assert results["later"].body["record_id"] == results["first"].body["record_id"]
    assert len(sandbox.records("rating")) == 1


def test_a_reused_key_with_a_different_body_goes_dead_and_changes_nothing(sandbox, outbox, client, tmp_path):
    from kiosk.ports import OutboundItem
    from tests.outbox.kit import make_outbox

    outbox.submit([OutboundItem("rating-X", "rating", {"tracking_number": "T1", "score": 5})])
    worker = make_worker(outbox, client)
    worker.drain_until_empty()
    other = make_outbox(tmp_path / "other")
    other.submit([OutboundItem("rating-X", "rating", {"tracking_number": "T1", "score": 1})])
    make_worker(other, client).drain_until_empty()
    dead = other.dead_items()
    assert len(dead) == 1 and "422" in dead[0].reason
    assert [r["payload"]["score"] for r in sandbox.records("rating")] == [5]


def test_an_application_never_arrives_before_its_attachments(sandbox, outbox, client):
    _file(outbox, 30)
    sandbox.fail("error500", fraction=0.3)
    worker = make_worker(outbox, client, batch_size=16)
    worker.start()
    try:
        assert wait_until(lambda: outbox.status().pending == 0, timeout_s=40)
    finally:
        worker.stop()
    applications = sandbox.records("application")
    assert len(applications) == 30
    assert all(r["attachments_before"] == 2 for r in applications)


def test_a_poison_item_does_not_hold_up_other_groups(sandbox, outbox, client):
    from kiosk.ports import OutboundItem

    poison = OutboundItem("bad-att", "attachment", {"file": "no tracking number"}, group="app-BAD", seq=0)
    blocked = OutboundItem("bad-app", "application", {"tracking_number": "BAD"}, group="app-BAD", seq=1)
    outbox.submit([poison, blocked])
    keys = _file(outbox, 5)
    make_worker(outbox, client).drain_until_empty()
    assert set(sandbox.record_keys()) == keys
    dead = outbox.dead_items()
    assert [d.key for d in dead] == ["bad-att"] and "400" in dead[0].reason
    assert outbox.state_of("bad-app") == "pending"  # waits for its attachment, in order


def test_a_technician_retry_delivers_a_dead_item_once_the_cause_is_fixed(sandbox, outbox, client):
    outbox.submit([rating("T1")])
    sandbox.fail("error500")  # stands in for a platform refusal until a technician intervenes
    item = outbox.claim(1)[0]
    from offline_cache.outbox import Dead

    outbox.settle([Dead(item.id, "platform answered 403 to rating: terminal not yet enabled")])
    sandbox.heal()
    worker = make_worker(outbox, client)
    worker.drain_until_empty()
    assert sandbox.record_keys() == []
    assert outbox.retry_all_dead() == 1
    worker.drain_until_empty()
    assert sandbox.record_keys() == ["rating-T1"]


def test_retry_after_is_honoured(sandbox, outbox, client):
    outbox.submit([rating("T1")])
    sandbox.fail("rate_limit", count=1, retry_after_s=2)
    worker = make_worker(outbox, client)
    started = time.monotonic()
    worker.start()
    try:
        assert wait_until(lambda: outbox.status().pending == 0, timeout_s=10)
    finally:
        worker.stop()
    assert time.monotonic() - started >= 1.9
    assert sandbox.record_keys() == ["rating-T1"]


def test_rate_limits_do_not_count_as_failed_attempts(sandbox, outbox, client):
    outbox.submit([rating("T1")])
    sandbox.fail("rate_limit", count=3, retry_after_s=0)
    worker = make_worker(outbox, client)
    worker.start()
    try:
        assert wait_until(lambda: outbox.status().pending == 0, timeout_s=10)
    finally:
        worker.stop()
    assert sandbox.record_keys() == ["rating-T1"]
    attempts = outbox._conn.execute("SELECT attempts FROM items WHERE key = 'rating-T1'").fetchone()[0]
    assert attempts == 0


def test_the_latest_heartbeat_is_kept_per_terminal(sandbox, outbox, client):
    worker = make_worker(outbox, client, heartbeat_interval_s=0.2, terminal_id=sandbox.terminal_id)
    worker.start()
    try:
        assert wait_until(lambda: len(sandbox.records("heartbeat")) >= 2, timeout_s=10)
    finally:
        worker.stop()
    latest = sandbox.latest_heartbeat(sandbox.terminal_id)
    assert latest is not None and latest["terminal_id"] == sandbox.terminal_id
    assert latest["at"] == sandbox.records("heartbeat")[-1]["payload"]["at"]
