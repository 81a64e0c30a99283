"""The receipt the core asks the printer for carries 打印时间, the terminal clock's time when it is printed."""

from __future__ import annotations

from kiosk.domain.identity import Identity
from kiosk.printing.documents import ReceiptData
from kiosk.session.states import Purpose, State
from kiosk.terminal import Terminal
from tests.core.fakes import RecordingPrinting


def test_the_receipt_the_terminal_prints_is_stamped_with_the_time_of_printing(
    terminal: Terminal, identity: Identity
) -> None:
    terminal.start(Purpose.APPLY)
    terminal.identified(identity)
    terminal.choose_service("DEMO-HJ-001")
    terminal.session.go(State.FORM)
    terminal.session.go(State.REVIEW)
    terminal.accept_pledge()
    terminal.submit()
    printing = terminal.receipts
    assert isinstance(printing, RecordingPrinting)
    receipt = printing.printed[-1]
    assert isinstance(receipt, ReceiptData)
    assert receipt.printed_at == terminal.clock.now()
