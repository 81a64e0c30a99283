"""The demo spool printer: one PDF file per job, directly in its folder."""

from __future__ import annotations

from pathlib import Path

from drivers.printing.spool_printer import SpoolFolderPrinter


def test_the_self_test_page_lands_in_the_folder_even_though_its_title_names_that_folder(tmp_path: Path) -> None:
    printer = SpoolFolderPrinter(tmp_path / "spool")
    ok, message, _details = printer.self_test()
    assert ok, message
    assert [p.parent for p in (tmp_path / "spool").rglob("*.pdf")] == [tmp_path / "spool"]
