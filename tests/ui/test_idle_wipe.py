"""A citizen who walks away: the countdown shows, then nothing of theirs is left on the terminal."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from kiosk.clock import ManualClock
from tests.ui.flows import identify_with_the_card, open_form_of
from tests.ui.harness import find, screenshot, tap, type_into, walk

pytestmark = pytest.mark.slow

SECRETS = ("王小明", "320102199003071239", "13812345678", "中山路100号")


def _all_texts(app: Any) -> str:
    # hidden items too: a page left in the tree still holds what it was given
    values = (item.property(prop) for item in walk(app.window.contentItem(), shown_only=False)
              for prop in ("text", "placeholderText"))
    return "\n".join(value for value in values if isinstance(value, str))


def _view_model_values(app: Any) -> str:
    vm = app.vm
    return repr([vm.greeting, vm.notice, vm.formFields, vm.reviewRows, vm.guide, vm.progress, vm.services,
                 vm.trackingNumber])


def test_walking_away_shows_a_countdown_then_wipes_everything(
    qtbot: QtBot, demo_app: Any, clock: ManualClock, shots: Path
) -> None:
    app, win = demo_app, demo_app.window
    identify_with_the_card(qtbot, app)
    open_form_of(qtbot, app, "hukouqianyi")
    type_into(qtbot, win, "field_phone", "13812345678")
    # Before the wipe: what was typed is on screen, and the card's name is held for the form (which
    # shows it masked, 王**, on a public screen).
    assert "13812345678" in _all_texts(app)
    assert "王**" in _all_texts(app) and "王小明" in _view_model_values(app)

    clock.advance(app.assembly.config.session.form_idle_timeout_s - 10)
    qtbot.waitUntil(lambda: find(win, "timeoutWarning").isVisible(), timeout=3000)
    assert "秒后将退出" in find(win, "timeoutText").property("text")
    screenshot(win, shots, "10_timeout_warning")

    clock.advance(11)
    qtbot.waitUntil(lambda: app.vm.screen == "idle", timeout=3000)
    qtbot.wait(100)
    assert not find(win, "timeoutWarning").isVisible()
    assert app.assembly.terminal.session.last_end_reason == "timeout"
    on_screen, in_models = _all_texts(app), _view_model_values(app)
    for secret in SECRETS:
        assert secret not in on_screen
        assert secret not in in_models
    assert app.assembly.terminal.session.data.is_empty()


def test_continue_button_keeps_the_session(qtbot: QtBot, demo_app: Any, clock: ManualClock) -> None:
    app, win = demo_app, demo_app.window
    tap(qtbot, win, "startApplyButton")
    clock.advance(app.assembly.config.session.idle_timeout_s - 5)
    qtbot.waitUntil(lambda: find(win, "continueButton").isVisible(), timeout=3000)
    tap(qtbot, win, "continueButton")
    qtbot.waitUntil(lambda: not find(win, "timeoutWarning").isVisible(), timeout=3000)
    clock.advance(30)
    qtbot.wait(1200)
    assert app.assembly.terminal.session.last_end_reason == "", app.assembly.terminal.session.last_end_reason
    assert app.vm.screen == "identify"
