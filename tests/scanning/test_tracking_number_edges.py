"""Receipt codes (受理编号) at their edges: codes already on paper, over-long typing, the technician's log."""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime

import pytest

from kiosk.codes import InvalidTrackingNumber, TrustList, classify, make_tracking_number, parse_tracking_number
from kiosk.codes.tracking import problem_with
from sandbox_platform import issuer

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def test_a_receipt_code_made_from_a_day_and_random_part_is_the_one_every_terminal_makes() -> None:
    # Receipts already handed out carry these exact characters; an update that computed the check
    # differently would turn every one of them into "check character wrong" at the progress screen.
    made = make_tracking_number(date(2026, 11, 23), random_part="4XAP2WD8")
    assert (made.text, made.day) == ("2EP4-XAP2-WD8D", date(2026, 11, 23))


def test_receipt_codes_printed_before_still_read_back_with_their_day() -> None:
    assert parse_tracking_number("2EP4-XAP2-WD8D").day == date(2026, 11, 23)
    assert parse_tracking_number("0000-0000-0000").day == date(2020, 1, 1)


def test_a_code_typed_one_character_too_long_is_told_as_too_long() -> None:
    assert problem_with("2EP4-XAP2-WD8D7") == "long"
    assert problem_with("2EP4-XAP2-WD8") == "short"


def test_a_rejected_receipt_code_tells_the_technician_why_and_how_long_it_was(
        caplog: pytest.LogCaptureFixture) -> None:
    trust = TrustList.from_json(issuer.trust_list())
    with caplog.at_level(logging.WARNING, logger="kiosk.codes"), pytest.raises(InvalidTrackingNumber):
        classify("2EP4-XAP2-WD8E", trust, NOW)  # last character wrong
    assert "(check, length 12)" in caplog.text
