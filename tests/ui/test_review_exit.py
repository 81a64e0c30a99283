"""核对信息 has 退出 like the other screens (abandoning took 返回修改 → 返回 → 返回 → 退出): in reach in
every variant, and, since it throws away a filled-in form, asked once before the session is wiped.
Screenshots go to artifacts/screens/review_exit/ for a look."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.flows import on
from tests.ui.harness import screenshot, tap, visible
from tests.ui.test_issue16_screens_in_every_variant import cut_off, out_of_reach
from tests.ui.test_review_screen_fits import _to_review

pytestmark = pytest.mark.slow

VARIANTS = {"zh": ("zh_CN", False), "zh_elder": ("zh_CN", True), "en": ("en_US", False), "en_elder": ("en_US", True)}


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_exit_on_the_review_screen_asks_once_then_ends_the_session(
    qtbot: QtBot, quiet_demo_app: Any, shots: Path, variant: str
) -> None:
    app, win = quiet_demo_app, quiet_demo_app.window
    language, elder = VARIANTS[variant]
    app.vm.setLanguage(language)
    app.vm.setElderMode(elder)
    _to_review(qtbot, app)
    session = app.assembly.terminal.session
    filled = dict(session.data.form_values)
    assert filled.get("phone") == "13812345678"
    screenshot(win, shots / "review_exit", f"{variant}-buttons")
    assert out_of_reach(win) == [] and cut_off(win) == []

    tap(qtbot, win, "cancelButton")  # asks first: nothing is wiped yet
    qtbot.waitUntil(lambda: visible(win, "exitQuestion"), timeout=2000)
    qtbot.wait(100)
    screenshot(win, shots / "review_exit", f"{variant}-question")
    assert out_of_reach(win) == [] and cut_off(win) == []
    assert app.vm.screen == "review" and session.data.form_values == filled

    tap(qtbot, win, "keepFilingButton")  # changed their mind: the review as it was
    qtbot.waitUntil(lambda: visible(win, "submitButton"), timeout=2000)
    assert not visible(win, "exitQuestion") and session.data.form_values == filled

    tap(qtbot, win, "cancelButton")
    qtbot.waitUntil(lambda: visible(win, "confirmExitButton"), timeout=2000)
    tap(qtbot, win, "confirmExitButton")
    on(qtbot, app, "idle")
    assert session.data.identity is None and not session.data.form_values
