"""Renderer, printers and the print services for documents (A4) and receipts."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from drivers.printing.factory import make_printer
from drivers.printing.fonts import forget_measured_texts as forget_measured_texts  # the wipe hook
from drivers.printing.fonts import shared_font_book
from drivers.printing.renderer import PdfRenderer
from kiosk.config.models import KioskConfig
from kiosk.ports import Clock, Outbox, Printer, SelfTest, SelfTestResult
from kiosk.printing.documents import MEDIA_80MM, MEDIA_A4
from kiosk.printing.service import PrintService

STARTUP_QUIET_S = 1.5  # background warm-ups wait this long, so the home screen comes up first


def build_printing(
    config: KioskConfig,
    outbox: Outbox,
    clock: Clock,
    extras: dict[str, Any],
    wrap: Callable[[Printer], Printer] | None = None,
) -> tuple[PrintService, PrintService, str]:
    """(receipt service, document service, receipt media); ``wrap`` decorates each printer (metrics)."""
    renderer = PdfRenderer()
    warm_up = threading.Timer(STARTUP_QUIET_S, shared_font_book)
    warm_up.daemon = True
    warm_up.start()
    build_printers(config, extras)
    wrap = wrap or (lambda printer: printer)
    documents = PrintService(renderer, wrap(extras["printer"]), outbox, clock, config.terminal.id)
    if "receipt_printer" in extras:
        receipts = PrintService(renderer, wrap(extras["receipt_printer"]), outbox, clock, config.terminal.id)
        return receipts, documents, MEDIA_80MM
    return documents, documents, MEDIA_A4


def build_printers(config: KioskConfig, extras: dict[str, Any]) -> None:
    pc = config.printer
    extras["printer"] = make_printer(
        pc.backend, name="printer", queue=pc.queue, spool_dir=Path(pc.spool_dir), deadline_s=pc.deadline_s
    )
    if pc.receipt_backend == "escpos":
        extras["receipt_printer"] = make_printer(
            "escpos", name="receipt_printer", host=pc.escpos_host, port=pc.escpos_port
        )


def _printer_test(device: str, printer: Printer, method: str) -> SelfTest:
    def run() -> SelfTestResult:
        test = getattr(printer, method, None)
        if test is None:
            return SelfTestResult(device, True, f"{printer.name}: no {method.replace('_', ' ')} for this printer kind")
        ok, message, details = test()
        return SelfTestResult(device, ok, message, {k: str(v) for k, v in details.items()})

    return run


def _printers(extras: dict[str, Any]) -> dict[str, Printer]:
    found = {"printer": extras["printer"]}
    if "receipt_printer" in extras:
        found["receipt_printer"] = extras["receipt_printer"]
    return found


def self_tests(extras: dict[str, Any]) -> dict[str, SelfTest]:
    """Printer checks that print nothing (queue state and reasons, ESC/POS status bytes): ``kiosk doctor``
    and the status screen run them as often as they like."""
    return {device: _printer_test(device, printer, "self_test") for device, printer in _printers(extras).items()}


def test_pages(extras: dict[str, Any]) -> dict[str, SelfTest]:
    """Printing a test page, per printer: only ever on the technician's explicit button."""
    return {device: _printer_test(device, printer, "print_test_page") for device, printer in _printers(extras).items()}
