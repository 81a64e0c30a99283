"""Scanned codes act only once verified, and only where they make sense."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import numpy as np
import pytest
import segno

from kiosk.clock import ManualClock
from kiosk.code_intake import CodeIntake
from kiosk.codes import AmbiguousCode, SeveralCodes, TrustList, make_tracking_number
from kiosk.messages import Message, Say
from kiosk.ports import CodeScanned
from kiosk.session.states import Purpose, State
from kiosk.terminal import Terminal
from sandbox_platform.issuer import issue_elicense_code, issue_service_code, trust_list
from ui.words import Words

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
    assert at_identify.session.data.notice == Message(Say.CODE_EXPIRED)
    assert "过期" in Words("zh_CN").say(at_identify.session.data.notice)


def test_garbled_text_is_refused_with_a_message(at_identify: Terminal, intake: CodeIntake) -> None:
    intake(at_identify, CodeScanned("http://example.invalid/?x=1", "camera"))
    assert at_identify.session.state is State.IDENTIFY
    assert at_identify.session.data.notice


def test_receipt_code_on_the_identify_screen_is_not_an_identity(at_identify: Terminal, intake: CodeIntake) -> None:
    intake(at_identify, CodeScanned(make_tracking_number(NOW.date()).text, "camera"))
    assert at_identify.session.state is State.IDENTIFY
    assert at_identify.session.data.notice == Message(Say.CODE_WRONG_PLACE)


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


# --- several readings, several codes -------------------------------------------------------------


def test_a_signed_code_whose_bytes_read_two_ways_identifies_by_the_reading_that_verifies(
    at_identify: Terminal, intake: CodeIntake
) -> None:
    from drivers.camera.code_source import scan_event
    from drivers.qr.chain import DecoderChain

    code = issue_service_code("11010519491231002X", "张三丰", now=NOW)
    # An app labels the code in UTF-8 without ECI; in Shift_JIS the label's last byte swallows the H.
    matrix = np.pad(np.array(segno.make_qr("服务码" + code, encoding="utf-8", eci=False).matrix, np.uint8), 4)
    image = np.kron(1 - matrix, np.ones((3, 3), np.uint8)) * 255
    (symbol,) = DecoderChain().decode(image)
    assert symbol.ambiguous and sum("HKSC1." in r for r in symbol.readings) == 1
    intake(at_identify, scan_event((symbol.readings,)))
    assert at_identify.session.state is State.CHOOSE_SERVICE
    assert at_identify.session.data.identity is not None
    assert at_identify.session.data.identity.document_number == "11010519491231002X"


def test_a_code_with_several_readings_none_verifying_is_refused_as_ambiguous(
    at_identify: Terminal, intake: CodeIntake
) -> None:
    intake(at_identify, CodeScanned("", "camera", (("签注", "ﾇｩﾗ｢"),)))
    assert at_identify.session.state is State.IDENTIFY
    assert at_identify.session.data.notice == Message(AmbiguousCode.say)


def test_of_two_codes_in_view_the_one_usable_on_this_screen_acts(at_identify: Terminal, intake: CodeIntake) -> None:
    receipt = make_tracking_number(NOW.date()).text
    service = issue_service_code("11010519491231002X", "张三丰", now=NOW)
    intake(at_identify, CodeScanned("", "camera", ((receipt,), (service,))))
    assert at_identify.session.state is State.CHOOSE_SERVICE


def test_two_usable_codes_in_view_ask_for_one_code(at_identify: Terminal, intake: CodeIntake) -> None:
    first = issue_service_code("11010519491231002X", "张三丰", now=NOW)
    second = issue_elicense_code("11010519491231002X", "张三丰", now=NOW)
    intake(at_identify, CodeScanned("", "camera", ((first,), (second,))))
    assert at_identify.session.state is State.IDENTIFY
    assert at_identify.session.data.notice == Message(SeveralCodes.say)


def test_a_usable_code_beside_an_unreadable_one_still_acts(at_identify: Terminal, intake: CodeIntake) -> None:
    service = issue_service_code("11010519491231002X", "张三丰", now=NOW)
    intake(at_identify, CodeScanned("", "camera", (("https://example.invalid/poster",), (service,))))
    assert at_identify.session.state is State.CHOOSE_SERVICE


class ProgressQuery:
    """A terminal at the progress query, its citizen identified by a service code; ``asked`` holds
    the tracking numbers its code intake looked up."""

    def __init__(self, terminal: Terminal) -> None:
        self.terminal = terminal
        self.asked: list[str] = []
        trust = TrustList.from_json(trust_list())
        self._intake = CodeIntake(lambda: trust, on_tracking_number=lambda _t, number: self.asked.append(number))
        terminal.start(Purpose.PROGRESS)
        self.scan(CodeScanned(issue_service_code("11010519491231002X", "张三丰", now=NOW), "camera"))

    def scan(self, event: CodeScanned) -> None:
        self._intake(self.terminal, event)


@pytest.fixture
def at_progress(terminal: Terminal, clock: ManualClock) -> ProgressQuery:
    clock._wall = NOW  # the service code is issued "now"
    return ProgressQuery(terminal)


def test_a_tracking_number_after_a_label_is_read_by_its_check_character(at_progress: ProgressQuery) -> None:
    number = make_tracking_number(NOW.date()).text
    at_progress.scan(CodeScanned("办件编号：" + number, "scanner"))
    assert at_progress.asked == [number]


# --- the serial scan engine: the same charset rule, the same verification ------------------------


def _scanned(payload: bytes) -> CodeScanned:
    from drivers.scanner.codec import LineSplitter

    (line,) = LineSplitter().feed(payload + b"\r\n")
    return CodeScanned.of("scanner", (line,))


def test_a_scanned_payload_that_reads_two_ways_and_verifies_as_nothing_is_refused_as_ambiguous(
    at_identify: Terminal, intake: CodeIntake
) -> None:
    intake(at_identify, _scanned("签注".encode("gbk")))
    assert at_identify.session.state is State.IDENTIFY
    assert at_identify.session.data.notice == Message(AmbiguousCode.say)


def test_a_scanned_signed_code_whose_bytes_read_two_ways_identifies_by_the_reading_that_verifies(
    at_identify: Terminal, intake: CodeIntake
) -> None:
    code = issue_service_code("11010519491231002X", "张三丰", now=NOW)
    event = _scanned(("服务码" + code).encode())
    assert len(event.codes[0]) > 1 and event.text == ""
    intake(at_identify, event)
    assert at_identify.session.state is State.CHOOSE_SERVICE
    assert at_identify.session.data.identity is not None
    assert at_identify.session.data.identity.document_number == "11010519491231002X"


def test_a_scanned_tracking_number_behind_a_label_that_reads_two_ways_is_read_by_its_check_character(
    at_progress: ProgressQuery
) -> None:
    number = make_tracking_number(NOW.date()).text
    event = _scanned(("签注 " + number).encode("gbk"))
    assert len(event.codes[0]) > 1
    at_progress.scan(event)
    assert at_progress.asked == [number]


def test_a_scanned_utf8_label_whose_bytes_are_also_gbk_hanzi_still_gives_its_tracking_number(
    at_progress: ProgressQuery
) -> None:
    # the everyday case of an app's UTF-8 without ECI: the charset rule refuses to choose, the
    # check character does
    number = make_tracking_number(NOW.date()).text
    event = _scanned(("办件编号 " + number).encode())
    assert len(event.codes[0]) > 1
    at_progress.scan(event)
    assert at_progress.asked == [number]
