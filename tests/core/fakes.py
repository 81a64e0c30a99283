"""In-memory stand-ins for unit tests of the core's use cases (never for capability tests)."""

from __future__ import annotations

import threading
from collections.abc import Sequence

from kiosk.ports import OutboundItem, OutboxStatus, PrintOutcome, PrintState
from kiosk.printing.documents import CertificateData, ReceiptData
from kiosk.printing.service import PrintResult


class MemoryOutbox:
    def __init__(self) -> None:
        self.items: list[OutboundItem] = []
        self._lock = threading.Lock()

    def submit(self, items: Sequence[OutboundItem]) -> None:
        with self._lock:
            self.items.extend(items)

    def status(self) -> OutboxStatus:
        return OutboxStatus(pending=len(self.items))


class RecordingPrinting:
    def __init__(self, ok: bool = True) -> None:
        self.ok = ok
        self.printed: list[ReceiptData | CertificateData] = []
        self.forgotten = 0

    def _result(self) -> PrintResult:
        state = PrintState.COMPLETED if self.ok else PrintState.FAILED
        message = "回执已打印，请取走" if self.ok else "打印机缺纸，请联系工作人员"
        return PrintResult(str(len(self.printed)), PrintOutcome(state, message), not self.ok, True)

    def print_receipt(self, data: ReceiptData, media: str = "A4") -> PrintResult:
        self.printed.append(data)
        return self._result()

    def print_certificate(self, data: CertificateData) -> PrintResult:
        self.printed.append(data)
        return self._result()

    def reprint(self, print_id: str) -> PrintResult:
        return self._result()

    def forget_all(self) -> None:
        self.forgotten += 1
