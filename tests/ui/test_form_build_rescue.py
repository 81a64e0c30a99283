"""A form whose building stops half-way is finished and shown after the citizen taps 开始申请: Qt's
incubation of the form's asynchronous Loader stopped for good now and then in the soak, and the
guide stayed on screen, taking no taps, until the idle timeout (Main.qml's formLoadRescue)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtQml import QQmlIncubationController
from pytestqt.qtbot import QtBot

from tests.ui.flows import identify_with_the_card, on
from tests.ui.harness import find, tap, type_into

pytestmark = pytest.mark.slow


class NeverIncubates(QQmlIncubationController):
    """Drives no incubation at all: the state the soak's stuck forms were in (the loader not Ready,
    no item, nothing left to load)."""


def test_a_form_whose_building_stalls_is_finished_and_shown_after_the_tap(qtbot: QtBot, demo_app: Any) -> None:
    app, win = demo_app, demo_app.window
    identify_with_the_card(qtbot, app)
    qtbot.waitUntil(lambda: app.vm.catalogLoaded, timeout=10000)
    type_into(qtbot, win, "serviceSearch", "hukouqianyi")
    qtbot.waitUntil(lambda: len(app.vm.services) > 0, timeout=3000)
    original, stalled = app.engine.incubationController(), NeverIncubates()
    app.engine.setIncubationController(stalled)
    try:
        tap(qtbot, win, f"service_{app.vm.services[0]['code']}")
        on(qtbot, app, "guide")
        tap(qtbot, win, "startFormButton")
        qtbot.waitUntil(lambda: app.vm.screen == "form", timeout=3000)
        assert find(win, "formLoader").property("item") is None  # still waiting for the stalled build
        on(qtbot, app, "form", timeout=3000)
        assert app.vm.forms_finished_at_once == 1
        tap(qtbot, win, "field_movers")  # the form takes taps
    finally:
        app.engine.setIncubationController(original)
