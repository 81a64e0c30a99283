"""The composition root asks for printers by kind; wrong settings fail with a concrete message."""

from __future__ import annotations

import pytest

from drivers.printing.cups_printer import CupsPrinter
from drivers.printing.factory import make_printer
from drivers.printing.spool_printer import SpoolFolderPrinter


def test_each_kind_builds_its_backend(tmp_path):
    assert isinstance(make_printer("cups", queue="kiosk-pdf"), CupsPrinter)
    assert isinstance(make_printer("spool", spool_dir=tmp_path), SpoolFolderPrinter)


@pytest.mark.parametrize(("kind", "needs"), [("cups", "queue"), ("escpos", "host"), ("spool", "spool_dir"),
                                             ("laser", "unknown printer kind")])
def test_missing_settings_are_named(kind, needs):
    with pytest.raises(ValueError, match=needs):
        make_printer(kind)
