"""Signatures, clock skew, cached reads, the single-writer lock and personal data at rest."""

from __future__ import annotations

import re
import time

import pytest
import requests

from kiosk.ports import PlatformUnavailable
from offline_cache.platform_client import AuthRejected
from offline_cache.signing import TerminalKey, sign_headers
from offline_cache.sync_worker import OutboxLocked
from sandbox_platform.server import read_key_file
from tests.outbox.kit import TEST_ID, TEST_NAME, application, make_client, make_worker, rating, wait_until

pytestmark = pytest.mark.slow


def _signed_get(sandbox, key: bytes, path: str, now_s: float):
    headers = sign_headers(TerminalKey(key), sandbox.terminal_id, "GET", path, b"", now_s)
    return headers, requests.get(sandbox.url + path, headers=headers, timeout=5)


def test_a_correctly_signed_request_is_accepted(sandbox):
    _, resp = _signed_get(sandbox, read_key_file(sandbox.key_file), "/v1/ping", time.time())
    assert resp.status_code == 200


def test_a_request_signed_with_the_wrong_key_is_rejected(sandbox):
    real = TerminalKey(read_key_file(sandbox.key_file))
    headers = sign_headers(TerminalKey(b"\x01" * 32), sandbox.terminal_id, "GET", "/v1/ping", b"", time.time())
    headers["X-Key-Id"] = real.key_id  # claims the registered key, signed by another
    resp = requests.get(sandbox.url + "/v1/ping", headers=headers, timeout=5)
    assert (resp.status_code, resp.json()["error"]) == (401, "bad_signature")


def test_a_request_naming_a_key_the_platform_does_not_hold_is_rejected(sandbox):
    _, resp = _signed_get(sandbox, b"\x01" * 32, "/v1/ping", time.time())
    assert (resp.status_code, resp.json()["error"]) == (401, "unknown_key")


def _intercepting(client, change):
    """A man in the middle: every request the client sends goes out with ``change(headers)`` applied."""
    original = client._session.request

    def forward(method, url, **kwargs):
        headers = dict(kwargs["headers"])
        change(headers)
        return original(method, url, **{**kwargs, "headers": headers})

    client._session.request = forward


def test_an_intercepted_filing_with_a_swapped_idempotency_key_is_rejected(sandbox, client):
    # Found by independent testing: the key was not signed, and the swapped request was accepted (201).
    _intercepting(client, lambda h: h.update({"Idempotency-Key": "attacker-chosen"}))
    item = type("C", (), {"kind": "rating", "body": b'{"stars":5}', "key": "rating-K1"})()
    with pytest.raises(AuthRejected, match="bad_signature"):
        client.send_one(item)
    assert sandbox.record_keys() == []


def test_an_intercepted_read_with_a_swapped_if_none_match_is_rejected(sandbox, client):
    client.catalog()
    _intercepting(client, lambda h: h.update({"If-None-Match": '"forged"'}))
    before = client._cache.get("catalog")
    fetched = client.catalog()
    assert fetched.from_cache  # refused (401), answered from what was cached
    assert before is not None and fetched.value == before.value


def test_a_dropped_idempotency_key_header_is_rejected(sandbox, client):
    _intercepting(client, lambda h: h.pop("Idempotency-Key", None))
    item = type("C", (), {"kind": "rating", "body": b'{"stars":5}', "key": "rating-K2"})()
    with pytest.raises(AuthRejected, match="bad_signature"):
        client.send_one(item)


def test_a_request_older_than_five_minutes_is_rejected(sandbox):
    _, resp = _signed_get(sandbox, read_key_file(sandbox.key_file), "/v1/ping", time.time() - 301)
    assert (resp.status_code, resp.json()["error"]) == (401, "stale_timestamp")


def test_a_replayed_request_is_rejected(sandbox):
    headers, first = _signed_get(sandbox, read_key_file(sandbox.key_file), "/v1/ping", time.time())
    again = requests.get(sandbox.url + "/v1/ping", headers=headers, timeout=5)
    assert first.status_code == 200
    assert (again.status_code, again.json()["error"]) == (401, "replayed")


def test_clock_skew_is_reported_and_items_wait_instead_of_dying(sandbox, outbox, client):
    sandbox.set_clock_offset(600)
    outbox.submit([rating("T1")])
    worker = make_worker(outbox, client)
    worker.start()
    try:
        assert wait_until(lambda: (worker.status().clock_skew_s or 0) > 590, timeout_s=10)
        time.sleep(0.5)
        assert "stale" in worker.last_error
        assert outbox.status().pending == 1 and outbox.status().dead == 0
        sandbox.set_clock_offset(0)
        worker.force_sync()
        assert wait_until(lambda: outbox.status().pending == 0, timeout_s=10)
    finally:
        worker.stop()
    assert abs(worker.status().clock_skew_s or 0) < 60  # was 300 s off: now it reads as in step
    assert sandbox.record_keys() == ["rating-T1"]


def test_ping_reports_reachability_latency_and_skew(sandbox, client):
    ok, latency, skew = client.ping()
    assert ok and latency > 0 and skew is not None and abs(skew) < 60  # same clock on both ends
    sandbox.fail("down")
    assert client.ping()[0] is False


def test_reads_come_from_the_cache_with_their_age_when_the_platform_is_down(sandbox, client):
    fresh = client.elicenses("320102199003071239")
    assert not fresh.from_cache and {e.license_type for e in fresh.value} >= {"household_register"}
    time.sleep(1.1)
    sandbox.fail("down")
    cached = client.elicenses("320102199003071239")
    assert cached.from_cache
    assert cached.value == fresh.value
    assert cached.fetched_at == fresh.fetched_at
    assert cached.age_s(fresh.fetched_at.__class__.now(fresh.fetched_at.tzinfo)) >= 1.0


def test_a_read_with_nothing_cached_raises_platform_unavailable_when_down(sandbox, client):
    sandbox.fail("down")
    with pytest.raises(PlatformUnavailable):
        client.catalog()


def test_an_unchanged_catalog_is_revalidated_with_its_etag(sandbox, client):
    client.catalog()
    seen = []
    original = client._session.request

    def spy(method, url, **kwargs):
        resp = original(method, url, **kwargs)
        seen.append((kwargs["headers"].get("If-None-Match"), resp.status_code))
        return resp

    client._session.request = spy
    again = client.catalog()
    assert seen[0][0] and seen[0][1] == 304
    assert not again.from_cache


def test_progress_shows_the_timeline_of_a_delivered_application(sandbox, outbox, client):
    outbox.submit(application("T-PROG-1"))
    make_worker(outbox, client).drain_until_empty()
    progress = client.progress("T-PROG-1").value
    assert progress["found"] is True
    assert [s["status"] for s in progress["timeline"]][:2] == ["received", "forwarded"]
    assert client.progress("T-UNKNOWN").value["found"] is False


def test_a_second_drainer_on_the_same_outbox_is_refused(sandbox, outbox, client, tmp_path):
    first = make_worker(outbox, client)
    first.start()
    try:
        with pytest.raises(OutboxLocked):
            make_worker(outbox, make_client(sandbox, tmp_path)).start()
    finally:
        first.stop()


def test_a_bad_terminal_key_holds_items_and_says_why(sandbox, outbox, tmp_path):
    wrong = tmp_path / "wrong.key"
    wrong.write_text("ab" * 32)
    client = make_client(sandbox, tmp_path, key_file=wrong)
    with pytest.raises(AuthRejected, match="key file"):
        client.send_one(type("C", (), {"kind": "rating", "body": b"{}", "key": "k"})())


def test_the_raw_database_files_hold_no_name_or_id_number(sandbox, outbox, client, tmp_path):
    outbox.submit(application("T-PII-1"))
    outbox.submit(application("T-PII-2"))
    make_worker(outbox, client).drain_until_empty()  # delivered + purged
    outbox.submit(application("T-PII-3"))  # still pending, still encrypted
    client.elicenses("320102199003071239")
    files = sorted(p for p in tmp_path.glob("*.sqlite3*") if p.is_file())
    assert any(p.name.endswith("-wal") for p in files)
    needles = [TEST_NAME.encode(), TEST_ID.encode(), "王小明".encode(), b"320102199003071239"]
    id_re = re.compile(rb"(?<!\d)\d{17}[\dX](?!\d)")
    for path in files:
        data = path.read_bytes()
        for needle in needles:
            assert needle not in data, f"{needle!r} found in {path.name}"
        assert not id_re.search(data), f"ID-like number in {path.name}"
