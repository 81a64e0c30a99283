"""The terminal's own self-tests as `kiosk doctor` and the status page show them: disk, outbox, platform."""

from __future__ import annotations

from pathlib import Path

from kiosk.ports import OutboxStatus
from kiosk.technician.checks import disk_check, outbox_check, platform_check


def test_too_little_free_disk_fails_naming_the_figures(tmp_path: Path) -> None:
    result = disk_check(tmp_path / "not" / "made" / "yet", min_free_mb=10**12)
    assert not result.ok and result.device == "disk"
    assert result.message.startswith("only ") and f"free on {tmp_path}" in result.message
    assert result.message.endswith("(need 1000000000000)") and result.details["path"] == str(tmp_path)


def test_an_outbox_with_refused_items_fails_and_points_to_outbox_care() -> None:
    result = outbox_check(lambda: OutboxStatus(pending=3, dead=2, oldest_pending_age_s=125.4))
    assert (result.ok, result.message) == (False, "2 item(s) refused by the platform; see outbox care")
    assert result.details == {"pending": "3", "dead": "2", "oldest_pending_s": "125"}


def test_an_outbox_only_waiting_passes_and_says_how_many_wait() -> None:
    result = outbox_check(lambda: OutboxStatus(pending=4))
    assert (result.ok, result.message, result.details) == (True, "4 item(s) waiting to be sent",
                                                            {"pending": "4", "dead": "0"})


def test_a_platform_that_answers_but_whose_clock_is_a_minute_off_fails() -> None:
    off = platform_check(lambda: (True, 0.05, -61.0), "https://p.example/")
    near = platform_check(lambda: (True, 0.05, 60.0), "https://p.example/")
    assert (off.ok, off.message) == (False, "terminal clock is -61 s off the platform's")
    assert off.details == {"url": "https://p.example/", "rtt_ms": "50", "clock_skew_s": "-61.0"}
    assert (near.ok, near.message) == (True, "platform answered in 50 ms")
