"""Exactly once must hold even against a platform that keeps no idempotency table: the outbox itself
never sends a key again once it was delivered, whatever the core submits afterwards."""

from __future__ import annotations

import time

from offline_cache.crypto import FieldCipher, load_or_create_key
from offline_cache.platform_client import PlatformClient
from offline_cache.read_cache import ReadCache
from tests.outbox.forgetful_platform import ForgetfulPlatform
from tests.outbox.kit import application, make_outbox, make_worker, new_tracking, wait_until


def _client(url: str, tmp_path) -> PlatformClient:
    cache = ReadCache(tmp_path / "cache.sqlite3", FieldCipher.from_key_file(tmp_path / "outbox.key"))
    key = load_or_create_key(tmp_path / "terminal.key")
    return PlatformClient(url, "TEST-0001", key, cache=cache, connect_timeout_s=1.0, read_timeout_s=5.0)


def test_a_delivered_filing_submitted_again_is_not_sent_again(tmp_path) -> None:
    outbox = make_outbox(tmp_path)
    items = application(new_tracking(), attachments=1)
    with ForgetfulPlatform().running() as platform:
        client = _client(platform.url, tmp_path)
        worker = make_worker(outbox, client)
        worker.start()
        try:
            outbox.submit(items)
            assert wait_until(lambda: all(outbox.state_of(i.key) == "delivered" for i in items))
            outbox.submit(items)  # the core files the same keys again (a double tap, a restart)
            worker.force_sync()
            time.sleep(1.0)  # several worker cycles: long enough for a wrongly re-queued item to go
        finally:
            worker.stop()
            client.close()
        assert [platform.count(i.key) for i in items] == [1] * len(items)
    assert all(outbox.state_of(i.key) == "delivered" for i in items)
    outbox.close()


def test_a_delivered_key_is_never_claimed_again(tmp_path) -> None:
    from offline_cache.outbox import Delivered

    outbox = make_outbox(tmp_path)
    items = application(new_tracking(), attachments=0)
    outbox.submit(items)
    claimed = outbox.claim(10)
    outbox.settle([Delivered(c.id) for c in claimed])
    outbox.submit(items)
    assert outbox.claim(10) == []
    assert outbox.status().pending == 0
    outbox.close()
