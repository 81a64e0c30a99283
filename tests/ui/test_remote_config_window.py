"""A configuration the platform publishes while a citizen is being served changes the running
terminal only after that session is wiped (issue 17: "a valid one arrives mid-session and is applied
only after the wipe"), through the real window, the demo's sandbox and the app's own agent."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.flows import on
from tests.ui.harness import tap

pytestmark = pytest.mark.slow


def test_a_configuration_published_mid_session_is_applied_only_after_the_wipe(qtbot: QtBot, demo_app: Any) -> None:
    app, win = demo_app, demo_app.window
    agent = app.assembly.extras["remote_config"]
    sandbox = app.assembly.extras["sandbox"]
    before = app.assembly.config.session.idle_timeout_s
    wanted = before + 111

    tap(qtbot, win, "startApplyButton")
    on(qtbot, app, "identify")
    settings = {"session": {"idle_timeout_s": wanted}}
    sandbox.state.fleet.configs.publish("terminal", app.assembly.config.terminal.id, settings)
    assert agent.refresh()  # the poll its schedule would make
    assert agent.waiting
    qtbot.wait(300)  # anything applied would reach the UI thread by now
    assert app.assembly.config.session.idle_timeout_s == before
    assert app.assembly.terminal.session.timeouts.default_s == before

    tap(qtbot, win, "cancelButton")
    on(qtbot, app, "idle")
    qtbot.waitUntil(lambda: app.assembly.config.session.idle_timeout_s == wanted, timeout=5000)
    assert app.assembly.terminal.session.timeouts.default_s == wanted
    assert not agent.waiting
