"""A personal service code shown to the (simulated) camera identifies the citizen, end to end:
camera thread → decoder chain → signature check against the platform's trust list → session."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.flows import on
from tests.ui.harness import find, screenshot, tap

pytestmark = pytest.mark.slow


def test_service_code_in_front_of_the_camera_identifies_the_citizen(
    qtbot: QtBot, demo_app: Any, shots: Path
) -> None:
    app, win = demo_app, demo_app.window
    tap(qtbot, win, "startApplyButton")
    on(qtbot, app, "identify")
    qtbot.waitUntil(lambda: app.assembly.terminal.code_handler._trust().version > 0, timeout=10000)
    tap(qtbot, win, "demoServiceCodeButton")
    qtbot.wait(400)
    screenshot(win, shots, "02b_identify_service_code")
    on(qtbot, app, "choose_service", timeout=10000)
    identity = app.assembly.terminal.session.data.identity
    assert identity is not None and identity.document_number == "320102199003071239"
    assert "王**" in find(win, "greeting").property("text")


def test_a_code_whose_bytes_read_two_ways_is_refused_on_screen_in_words(
    qtbot: QtBot, demo_app: Any, shots: Path
) -> None:
    from kiosk.codes import AmbiguousCode
    from kiosk.ports import CodeScanned
    from ui.words import Words

    app, win = demo_app, demo_app.window
    tap(qtbot, win, "startApplyButton")
    on(qtbot, app, "identify")
    # 签注 in GBK without ECI is also valid Shift_JIS: the camera reports both readings
    app.assembly.terminal.handle_event(CodeScanned("", "camera", (("签注", "ﾇｩﾗ｢"),)))
    said = Words("zh_CN").tr(AmbiguousCode.say)  # the site's language: what the citizen reads
    qtbot.waitUntil(lambda: find(win, "identifyNotice").property("text") == said)
    screenshot(win, shots, "02c_identify_ambiguous_code")
    assert app.vm.screen == "identify"
