"""The print audit record sent to the platform for every print attempt, reprints marked as such."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from kiosk.ports import OutboundItem, PrintOutcome


@dataclass(frozen=True)
class PrintAudit:
    print_id: str  # one per document; a reprint keeps the id of the document it reprints
    attempt: int  # 1 for the first print, 2… for reprints
    terminal_id: str
    kind: str  # "receipt", "certificate"
    reference: str  # tracking number or license number, masked where it is personal
    subject_masked: str  # for whom, masked
    at: datetime
    outcome: PrintOutcome
    printer: str

    @property
    def reprint(self) -> bool:
        return self.attempt > 1

    def payload(self) -> dict[str, Any]:
        return {
            "print_id": self.print_id,
            "attempt": self.attempt,
            "reprint": self.reprint,
            "terminal_id": self.terminal_id,
            "kind": self.kind,
            "reference": self.reference,
            "subject": self.subject_masked,
            "at": self.at.isoformat(),
            "outcome": self.outcome.state.value,
            "job_id": self.outcome.job_id,
            "detail": self.outcome.technician_message,
            "printer": self.printer,
        }

    def outbound_item(self) -> OutboundItem:
        # The key is fixed per attempt so a retried submit cannot file the same attempt twice.
        return OutboundItem(
            key=f"print_audit:{self.print_id}:{self.attempt}",
            kind="print_audit",
            payload=self.payload(),
            group=f"print_audit:{self.terminal_id}",
            seq=0,
            personal=True,
        )
