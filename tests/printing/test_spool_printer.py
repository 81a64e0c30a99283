"""The demo spool printer: one PDF file per job, directly in its folder."""

from __future__ import annotations

from pathlib import Path

from drivers.printing.spool_printer import SpoolFolderPrinter
from kiosk.ports import PrintDocument


def test_a_title_holding_a_path_still_gives_one_file_directly_in_the_folder(tmp_path: Path) -> None:
    printer = SpoolFolderPrinter(tmp_path / "spool")
    outcome = printer.print_document(PrintDocument("test_page", f"test-page-spool {tmp_path}/x", b"%PDF-1.4", "A4"))
    assert outcome.ok, outcome.technician_message
    assert [p.parent for p in (tmp_path / "spool").rglob("*.pdf")] == [tmp_path / "spool"]
