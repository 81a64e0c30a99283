"""What a heartbeat tells the platform about the terminal's queue: never a citizen's data."""

from __future__ import annotations

from kiosk.ports import OutboxStatus
from offline_cache.sync_worker import heartbeat_item


def test_a_heartbeat_carries_the_queue_figures_and_extras_and_is_stored_in_clear_under_a_fresh_key() -> None:
    status = OutboxStatus(pending=3, dead=1, oldest_pending_age_s=42.0, clock_skew_s=-1.5)
    first = heartbeat_item("KS0101", status, "2026-11-23T09:00:00+08:00", {"catalog_version": 7})
    second = heartbeat_item("KS0101", status, "2026-11-23T09:00:00+08:00")
    assert first.kind == "heartbeat" and not first.personal and first.key != second.key
    assert dict(first.payload) == {"terminal_id": "KS0101", "at": "2026-11-23T09:00:00+08:00", "pending": 3,
                                   "dead": 1, "oldest_pending_age_s": 42.0, "clock_skew_s": -1.5,
                                   "catalog_version": 7}
    assert "catalog_version" not in second.payload
