"""Getting into technician mode through the real window: gesture, PIN, lockout, auto-exit."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from tests.technician.conftest import PIN, start_app, stop_app, write_site
from tests.ui.harness import find, screenshot, tap, visible

pytestmark = pytest.mark.slow


def open_pad(qtbot: QtBot, app: Any) -> None:
    for _ in range(5):
        tap(qtbot, app.window, "technicianGesture")
    qtbot.waitUntil(lambda: visible(app.window, "pinPad"), timeout=3000)


def press_digits(qtbot: QtBot, app: Any, pin: str) -> None:
    for digit in pin:
        tap(qtbot, app.window, f"pinKey_{digit}")


def enter_pin(qtbot: QtBot, app: Any, pin: str) -> None:
    press_digits(qtbot, app, pin)
    tap(qtbot, app.window, "pinEnter")


def test_five_taps_on_the_corner_open_the_pin_pad_and_the_right_pin_opens_the_status_screen(
    qtbot: QtBot, tech_app: Any, shots: Path
) -> None:
    app, win = tech_app, tech_app.window
    assert not visible(win, "technicianOverlay")
    open_pad(qtbot, app)
    press_digits(qtbot, app, PIN[:3])
    assert find(win, "pinDots").property("text") == "●●●"
    screenshot(win, shots, "technician_pin_pad")
    enter_pin(qtbot, app, PIN[3:])
    qtbot.waitUntil(lambda: visible(win, "techStatusPage"), timeout=3000)
    assert app.tech.unlocked


def test_four_taps_do_not_open_the_pin_pad(qtbot: QtBot, tech_app: Any) -> None:
    for _ in range(4):
        tap(qtbot, tech_app.window, "technicianGesture")
    qtbot.wait(100)
    assert not visible(tech_app.window, "pinPad")


def test_opening_technician_mode_ends_the_citizen_session(qtbot: QtBot, tech_app: Any) -> None:
    app, win = tech_app, tech_app.window
    tap(qtbot, win, "startApplyButton")
    tap(qtbot, win, "demoCardButton")
    qtbot.waitUntil(lambda: app.vm.screen == "choose_service", timeout=3000)
    assert app.assembly.terminal.session.data.identity is not None
    open_pad(qtbot, app)
    enter_pin(qtbot, app, PIN)
    qtbot.waitUntil(lambda: app.tech.unlocked, timeout=3000)
    assert app.assembly.terminal.session.data.identity is None
    assert app.vm.screen == "idle"


def test_a_wrong_pin_says_how_many_attempts_are_left_and_does_not_open(qtbot: QtBot, tech_app: Any) -> None:
    app, win = tech_app, tech_app.window
    open_pad(qtbot, app)
    enter_pin(qtbot, app, "111111")
    assert find(win, "pinMessage").property("text") == "密码错误，还可尝试 4 次"
    assert not visible(win, "techStatusPage")


def test_five_wrong_pins_lock_entry_even_with_the_right_pin_and_across_a_restart(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pin_hash: str
) -> None:
    monkeypatch.chdir(tmp_path)
    site = write_site(tmp_path, pin_hash)
    app = start_app(qtbot, site)
    try:
        open_pad(qtbot, app)
        for _ in range(5):
            enter_pin(qtbot, app, "000000")
        assert "15 分钟后再试" in find(app.window, "pinMessage").property("text")
        enter_pin(qtbot, app, PIN)
        assert not app.tech.unlocked
    finally:
        stop_app(app)

    restarted = start_app(qtbot, site)
    try:
        open_pad(qtbot, restarted)
        assert "分钟后再试" in find(restarted.window, "pinMessage").property("text")
        enter_pin(qtbot, restarted, PIN)
        assert not restarted.tech.unlocked
        assert not visible(restarted.window, "techStatusPage")
    finally:
        stop_app(restarted)


def test_technician_mode_closes_itself_after_the_configured_quiet_time(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pin_hash: str
) -> None:
    from kiosk.clock import ManualClock

    monkeypatch.chdir(tmp_path)
    clock = ManualClock()
    app = start_app(qtbot, write_site(tmp_path, pin_hash, "idle_exit_s = 30"), clock=clock, tick_ms=20)
    try:
        open_pad(qtbot, app)
        enter_pin(qtbot, app, PIN)
        qtbot.waitUntil(lambda: visible(app.window, "techStatusPage"), timeout=3000)
        clock.advance(29)
        qtbot.wait(100)
        assert visible(app.window, "techStatusPage")
        clock.advance(2)
        qtbot.waitUntil(lambda: not visible(app.window, "technicianOverlay"), timeout=3000)
        assert not app.tech.unlocked
    finally:
        stop_app(app)
