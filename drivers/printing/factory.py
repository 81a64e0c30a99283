"""Builds the configured printers for the composition root (A4 documents and 80 mm receipts)."""

from __future__ import annotations

from pathlib import Path

from kiosk.ports import Printer


def make_printer(kind: str, *, name: str = "printer", queue: str = "", host: str = "", port: int = 9100,
                 spool_dir: Path | None = None, deadline_s: float = 8.0) -> Printer:
    """kind: "cups" (needs queue), "escpos" (needs host), or "spool" (demo; needs spool_dir)."""
    # Each backend is imported only when chosen: python-escpos alone takes ~0.3 s to import.
    if kind == "cups":
        from drivers.printing.cups_printer import CupsPrinter

        if not queue:
            raise ValueError("printing: kind 'cups' needs a queue name")
        return CupsPrinter(queue, name=name, deadline_s=deadline_s)
    if kind == "escpos":
        from drivers.printing.escpos_printer import EscposPrinter

        if not host:
            raise ValueError("printing: kind 'escpos' needs a host (the printer's TCP 9100 address)")
        return EscposPrinter(host, port, name=name)
    if kind == "spool":
        from drivers.printing.spool_printer import SpoolFolderPrinter

        if spool_dir is None:
            raise ValueError("printing: kind 'spool' needs spool_dir")
        return SpoolFolderPrinter(spool_dir, name=name)
    raise ValueError(f"printing: unknown printer kind {kind!r}; use cups, escpos or spool")
