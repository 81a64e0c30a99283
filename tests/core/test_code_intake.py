"""Scanned codes act only once verified, and only where they make sense."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from kiosk.clock import ManualClock
from kiosk.code_intake import WRONG_PLACE, CodeIntake
from kiosk.codes import TrustList, make_tracking_number
from kiosk.ports import CodeScanned
from kiosk.session.states import Purpose, State
from kiosk.terminal import Terminal
from sandbox_platform.issuer import issue_elicense_code, issue_service_code, trust_list

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


@pytest.fixture
def intake() -> CodeIntake:
    trust = TrustList.from_json(trust_list())
    return CodeIntake(lambda: trust)


@pytest.fixture
def at_identify(terminal: Terminal, clock: ManualClock) -> Terminal:
    clock._wall = NOW  # the codes below are issued "now"
    terminal.start(Purpose.APPLY)
    return terminal


def test_valid_service_code_identifies_its_holder(at_identify: Terminal, intake: CodeIntake) -> None:
    code = issue_service_code("11010519491231002X", "张三丰", now=NOW)
    intake(at_identify, CodeScanned(code, "camera"))
    assert at_identify.session.state is State.CHOOSE_SERVICE
    assert at_identify.session.data.identity is not None
    assert at_identify.session.data.identity.document_number == "11010519491231002X"


def test_elicense_code_identifies_its_holder(at_identify: Terminal, intake: CodeIntake) -> None:
    code = issue_elicense_code("11010519491231002X", "张三丰", now=NOW)
    intake(at_identify, CodeScanned(code, "scanner"))
    assert at_identify.session.state is State.CHOOSE_SERVICE


def test_expired_code_is_refused_with_a_message(at_identify: Terminal, intake: CodeIntake) -> None:
    code = issue_service_code("11010519491231002X", "张三丰", now=NOW - timedelta(hours=1))
    intake(at_identify, CodeScanned(code, "camera"))
    assert at_identify.session.state is State.IDENTIFY
    assert "过期" in at_identify.session.data.notice


def test_garbled_text_is_refused_with_a_message(at_identify: Terminal, intake: CodeIntake) -> None:
    intake(at_identify, CodeScanned("http://example.invalid/?x=1", "camera"))
    assert at_identify.session.state is State.IDENTIFY
    assert at_identify.session.data.notice


def test_receipt_code_on_the_identify_screen_is_not_an_identity(at_identify: Terminal, intake: CodeIntake) -> None:
    intake(at_identify, CodeScanned(make_tracking_number(NOW.date()).text, "camera"))
    assert at_identify.session.state is State.IDENTIFY
    assert at_identify.session.data.notice == WRONG_PLACE


def test_codes_are_ignored_while_nobody_is_at_the_terminal(terminal: Terminal, intake: CodeIntake) -> None:
    intake(terminal, CodeScanned(issue_service_code("11010519491231002X", "张三丰"), "camera"))
    assert terminal.session.state is State.IDLE
    assert terminal.session.data.is_empty()


def test_tracking_number_on_the_progress_screen_asks_for_progress(terminal: Terminal, clock: ManualClock) -> None:
    clock._wall = NOW
    asked: list[str] = []
    trust = TrustList.from_json(trust_list())
    intake = CodeIntake(lambda: trust, on_tracking_number=lambda _t, number: asked.append(number))
    terminal.start(Purpose.PROGRESS)
    intake(terminal, CodeScanned(issue_service_code("11010519491231002X", "张三丰", now=NOW), "camera"))
    assert terminal.session.state is State.QUERY_PROGRESS
    number = make_tracking_number(NOW.date()).text
    intake(terminal, CodeScanned(number.lower(), "camera"))
    assert asked == [number]
