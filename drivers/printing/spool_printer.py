"""Demo printer: writes each PDF into a folder when no CUPS queue is configured."""

from __future__ import annotations

import os
import re
import time
from pathlib import Path
from typing import Any

from kiosk.messages import PrintProblem
from kiosk.ports import PrintDocument, PrintOutcome, PrintState


class SpoolFolderPrinter:
    def __init__(self, folder: Path, name: str = "spool") -> None:
        self.folder = folder
        self.name = name
        self._seq = 0

    def print_document(self, document: PrintDocument) -> PrintOutcome:
        self._seq += 1
        job_id = f"{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}-{self._seq:04d}"
        # A title is the caller's text and may hold a path or spaces: one file name, never a sub-folder.
        title = re.sub(r"[^\w.-]+", "_", document.title)
        target = self.folder / f"{job_id}-{title}.pdf"
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            partial = target.with_suffix(".part")
            partial.write_bytes(document.pdf)
            os.replace(partial, target)  # readers never see half a PDF
        except OSError as exc:
            return PrintOutcome(PrintState.FAILED, PrintProblem.ABORTED,
                                f"spool folder {self.folder}: {exc}", job_id)
        return PrintOutcome(PrintState.COMPLETED, None, f"demo spool: wrote {target}", job_id)

    def self_test(self) -> tuple[bool, str, dict[str, Any]]:
        """Check the folder takes files, without writing a document into it."""
        details: dict[str, Any] = {"folder": str(self.folder)}
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            probe = self.folder / f".probe-{os.getpid()}"
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as exc:
            return False, f"spool folder {self.folder}: {exc}", details
        return True, f"spool folder {self.folder} is writable (nothing printed)", details

    def print_test_page(self) -> tuple[bool, str, dict[str, Any]]:
        """Write the test page into the folder: proves the 'printer' (a folder) takes documents."""
        from drivers.printing.test_page import render_test_page

        outcome = self.print_document(render_test_page(f"spool {self.folder}"))
        details: dict[str, Any] = {"folder": str(self.folder), "last_job": outcome.job_id}
        if outcome.ok:
            return True, f"test page written to {self.folder}", details
        return False, outcome.technician_message, details
