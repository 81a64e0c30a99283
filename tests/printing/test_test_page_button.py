"""The technician's status screen: 自检 checks the printer without paper; 打印测试页 prints one page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from tests.conftest import ARTIFACTS
from tests.technician.conftest import _PIN_HASH, PIN, start_app, stop_app, write_site
from tests.technician.test_entry import enter_pin, open_pad
from tests.ui.harness import find, screenshot, tap, visible

pytestmark = pytest.mark.slow


@pytest.fixture
def pin_hash() -> str:
    return _PIN_HASH


@pytest.fixture
def shots() -> Path:
    return ARTIFACTS / "screens"


def test_the_self_test_uses_no_paper_and_the_test_page_button_prints_one_page(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pin_hash: str, shots: Path) -> None:
    monkeypatch.chdir(tmp_path)
    spool = tmp_path / "spool"
    monkeypatch.setenv("KIOSK_PRINTER__BACKEND", "spool")
    monkeypatch.setenv("KIOSK_PRINTER__SPOOL_DIR", str(spool))
    app: Any = start_app(qtbot, write_site(tmp_path, pin_hash))
    try:
        open_pad(qtbot, app)
        enter_pin(qtbot, app, PIN)
        win = app.window
        qtbot.waitUntil(lambda: visible(win, "techStatusPage"), timeout=3000)
        tap(qtbot, win, "selfTest_printer")
        qtbot.waitUntil(lambda: "nothing printed" in find(win, "statusDetail_printer").property("text"), timeout=5000)
        tap(qtbot, win, "runAllSelfTests")
        qtbot.waitUntil(lambda: not app.tech.busy, timeout=10000)
        assert list(spool.glob("*.pdf")) == []
        tap(qtbot, win, "testPage_printer")
        # Rendering the page registers the fonts on first use: allow for a busy machine.
        qtbot.waitUntil(lambda: "test page written" in find(win, "statusDetail_printer").property("text"),
                        timeout=60000)
        assert len(list(spool.glob("*.pdf"))) == 1
        screenshot(win, shots, "technician_test_page")
    finally:
        stop_app(app)
