"""Render → print → follow → audit. Blocking; the composition root runs it through a ``TaskRunner``.

The citizen is told "printed" only when the printer adapter says the job completed. A document
that failed, got stuck or could not be rendered is kept (in memory, for this session) so it can be
reprinted; the session calls ``forget_all`` when it wipes personal data.
"""

from __future__ import annotations

import logging
import uuid
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from kiosk.domain.masking import mask_id_number, mask_name
from kiosk.messages import PrintProblem
from kiosk.ports import Clock, Outbox, PrintDocument, Printer, PrintOutcome, PrintState, StorageFull
from kiosk.printing.audit import PrintAudit
from kiosk.printing.documents import (
    MEDIA_A4,
    CertificateData,
    DocumentRenderer,
    ReceiptData,
    SlipData,
    UnprintableText,
)

_Render = Callable[[], PrintDocument]

log = logging.getLogger(__name__)



@dataclass
class KeptDocument:
    print_id: str
    document: PrintDocument
    reference: str
    subject_masked: str
    attempts: int


@dataclass(frozen=True)
class PrintResult:
    print_id: str
    outcome: PrintOutcome
    kept_for_reprint: bool
    audit_queued: bool  # False: the outbox refused; the audit is retried with the next print

    @property
    def ok(self) -> bool:
        return self.outcome.ok


class PrintService:
    def __init__(
        self,
        renderer: DocumentRenderer,
        printer: Printer,
        outbox: Outbox,
        clock: Clock,
        terminal_id: str,
        keep_limit: int = 20,
    ) -> None:
        self._renderer = renderer
        self._printer = printer
        self._outbox = outbox
        self._clock = clock
        self._terminal_id = terminal_id
        self._keep_limit = keep_limit
        self._kept: OrderedDict[str, KeptDocument] = OrderedDict()
        self._unsent_audits: list[PrintAudit] = []

    # --- public -------------------------------------------------------------------------------

    def print_receipt(self, data: ReceiptData, media: str = MEDIA_A4) -> PrintResult:
        return self._first_print(
            "receipt", data.tracking_number, data.applicant_masked,
            lambda: self._renderer.render_receipt(data, media),
        )

    def print_certificate(self, data: CertificateData) -> PrintResult:
        return self._first_print(
            "certificate", mask_id_number(data.number), mask_name(data.holder),
            lambda: self._renderer.render_certificate(data),
        )

    def print_slip(self, data: SlipData) -> PrintResult:
        return self._first_print(data.kind, data.reference, "", lambda: self._renderer.render_slip(data))

    def reprint(self, print_id: str) -> PrintResult:
        kept = self._kept.get(print_id)
        if kept is None:
            raise KeyError(f"no kept document with print id {print_id}")
        kept.attempts += 1
        outcome = self._send(kept.document)
        if outcome.ok:
            del self._kept[print_id]
        audit = self._audit(print_id, kept.attempts, kept.document.kind, kept.reference,
                            kept.subject_masked, outcome)
        return PrintResult(print_id, outcome, kept_for_reprint=not outcome.ok, audit_queued=audit)

    def kept(self) -> list[KeptDocument]:
        return list(self._kept.values())

    def forget_all(self) -> None:
        self._kept.clear()

    @property
    def unsent_audits(self) -> int:
        return len(self._unsent_audits)

    # --- steps --------------------------------------------------------------------------------

    def _first_print(self, kind: str, reference: str, subject: str, render: _Render) -> PrintResult:
        print_id = str(uuid.uuid4())
        try:
            document = render()
        except UnprintableText as exc:
            log.error("print %s (%s) refused before printing: %s", print_id, kind, exc)
            outcome = PrintOutcome(PrintState.FAILED, PrintProblem.RENDER, str(exc))
            audit = self._audit(print_id, 1, kind, reference, subject, outcome)
            return PrintResult(print_id, outcome, kept_for_reprint=False, audit_queued=audit)
        outcome = self._send(document)
        if not outcome.ok:
            self._keep(KeptDocument(print_id, document, reference, subject, attempts=1))
        audit = self._audit(print_id, 1, kind, reference, subject, outcome)
        return PrintResult(print_id, outcome, kept_for_reprint=not outcome.ok, audit_queued=audit)

    def _send(self, document: PrintDocument) -> PrintOutcome:
        try:
            return self._printer.print_document(document)
        except Exception as exc:  # an adapter bug must not lose the document or the audit
            log.exception("printer adapter %s raised", self._printer.name)
            return PrintOutcome(
                PrintState.FAILED,
                PrintProblem.ERROR,
                f"printer adapter {self._printer.name} raised {type(exc).__name__}: {exc}",
            )

    def _keep(self, kept: KeptDocument) -> None:
        self._kept[kept.print_id] = kept
        while len(self._kept) > self._keep_limit:
            self._kept.popitem(last=False)

    def _audit(self, print_id: str, attempt: int, kind: str, reference: str, subject: str,
               outcome: PrintOutcome) -> bool:
        audit = PrintAudit(print_id, attempt, self._terminal_id, kind, reference, subject,
                           self._clock.now(), outcome, self._printer.name)
        pending = [*self._unsent_audits, audit]
        try:
            self._outbox.submit([a.outbound_item() for a in pending])
        except (StorageFull, OSError) as exc:
            log.error("print audit not stored (%d waiting): %s", len(pending), exc)
            self._unsent_audits = pending
            return False
        self._unsent_audits = []
        return True

