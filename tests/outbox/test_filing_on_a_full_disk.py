"""A filing when the disk under the outbox refuses the write: the citizen is told, nothing is lost."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from kiosk.clock import ManualClock
from kiosk.domain.identity import CardType, Gender, Identity
from kiosk.session.machine import SessionMachine, Timeouts
from kiosk.session.states import Purpose, State
from kiosk.tasks import InlineTaskRunner
from kiosk.terminal import Terminal
from tests.core.fakes import RecordingPrinting, TinyServices
from tests.outbox.kit import TEST_ID, TEST_NAME, make_outbox
from tests.outbox.test_outbox_faults import disk_fills_after
from ui.words import Words


def test_a_full_disk_during_a_filing_returns_to_review_with_a_notice_and_no_receipt(tmp_path: Path) -> None:
    clock = ManualClock()
    outbox = make_outbox(tmp_path, clock=clock)
    printing = RecordingPrinting()
    services = TinyServices()
    terminal = Terminal(
        terminal_id="TEST-0001",
        clock=clock,
        session=SessionMachine(clock, Timeouts(default_s=90, form_s=180, receipt_s=60, warning_s=20)),
        outbox=outbox,
        tasks=InlineTaskRunner(),
        services=services,
        forms=services,
        receipts=printing,
        documents=printing,
        new_tracking_number=lambda: "TEST-0001-20261123-ABCDEFGH0",
    )
    identity = Identity(
        card_type=CardType.RESIDENT_ID, name=TEST_NAME, document_number=TEST_ID, gender=Gender.FEMALE,
        birth_date=date(1949, 12, 31), address="北京市东城区景山前街4号", issuer="北京市公安局东城分局",
        valid_from=date(2015, 1, 1), long_term=True,
    )
    terminal.start(Purpose.APPLY)
    terminal.identified(identity)
    terminal.choose_service("DEMO-HJ-001")
    terminal.session.go(State.FORM)
    terminal.session.go(State.REVIEW)
    terminal.session.data.attachments.append({"file": "page1.jpg", "jpeg_b64": os.urandom(300_000).hex()})
    terminal.accept_pledge()

    with disk_fills_after(16_384, [outbox.path, Path(f"{outbox.path}-wal")]):
        terminal.submit()

    assert terminal.session.state is State.REVIEW
    assert "空间已满" in Words("zh_CN").say(terminal.session.data.notice)
    assert terminal.session.data.tracking_number == ""
    assert printing.printed == []
    assert terminal.session.data.attachments  # what the citizen gave is still there to try again
    assert outbox.status().pending == 0
    assert outbox.integrity_ok()
