"""Unit level, with the core's in-memory stand-ins: the receipt the core asks for, rendered to PDF and
rasterised, decodes back to the session's tracking number. The end-to-end claim (a real CUPS queue,
the number the platform recorded) is tests/ui/test_real_parts_walkthrough.py."""

from __future__ import annotations

import subprocess
from pathlib import Path

import cv2

from drivers.printing.renderer import PdfRenderer
from drivers.qr.chain import DecoderChain
from kiosk.codes import TrackingNumber, TrustList, classify
from kiosk.domain.identity import Identity
from kiosk.printing.documents import ReceiptData
from kiosk.session.states import Purpose, State
from kiosk.terminal import Terminal
from tests.core.fakes import RecordingPrinting


def test_scanning_the_printed_receipt_gives_its_tracking_number(
    terminal: Terminal, identity: Identity, tmp_path: Path
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

    pdf = tmp_path / "receipt.pdf"
    pdf.write_bytes(PdfRenderer().render_receipt(receipt).pdf)
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-singlefile", str(pdf), str(tmp_path / "page")], check=True)
    image = cv2.imread(str(tmp_path / "page.png"), cv2.IMREAD_GRAYSCALE)
    assert image is not None
    texts = [d.text for d in DecoderChain().decode(image)]

    assert len(texts) == 1 and texts[0] is not None
    code = classify(texts[0], TrustList.empty(), terminal.clock.now())
    assert isinstance(code, TrackingNumber)
    assert code.text == terminal.session.data.tracking_number
