"""A field being typed in stays in sight above the keyboard in 长辈版, even with the problem summary
of 下一步 on the form. Screenshots go to artifacts/screens/typing_in_sight/ for a look."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from tests.ui.flows import identify_with_the_card, open_form_of
from tests.ui.harness import find, screenshot, tap, visible

pytestmark = pytest.mark.slow


def _inside(inner: Any, outer: Any) -> bool:
    """The whole of ``inner`` is inside ``outer``'s rectangle, on the screen."""
    top, bottom = inner.mapToScene(QPointF(0, 0)).y(), inner.mapToScene(QPointF(0, inner.height())).y()
    o_top, o_bottom = outer.mapToScene(QPointF(0, 0)).y(), outer.mapToScene(QPointF(0, outer.height())).y()
    return bool(o_top - 1 <= top and bottom <= o_bottom + 1)


@pytest.mark.parametrize("language", ["zh_CN", "en_US"])
def test_in_elder_mode_a_field_typed_in_after_next_shows_whole_above_the_keyboard(
    qtbot: QtBot, quiet_demo_app: Any, shots: Path, language: str
) -> None:
    app, win = quiet_demo_app, quiet_demo_app.window
    app.vm.setLanguage(language)
    app.vm.setElderMode(True)
    identify_with_the_card(qtbot, app)
    open_form_of(qtbot, app, "jiehundengji")
    tap(qtbot, win, "reviewButton")  # nothing filled in: the summary lists five problems
    qtbot.waitUntil(lambda: visible(win, "problemSummary"), timeout=3000)
    tap(qtbot, win, "field_spouse_name")
    qtbot.waitUntil(lambda: QGuiApplication.inputMethod().isVisible(), timeout=3000)
    qtbot.wait(400)  # the keyboard slides up; the form keeps the field in sight 80 ms after
    screenshot(win, shots / "typing_in_sight", f"elder-{language}-spouse-name")
    field = find(win, "field_spouse_name")
    assert _inside(field, find(win, "formFlick")), "the field is cut by the form's scrolling area"
    keyboard_top = find(win, "inputPanel").mapToScene(QPointF(0, 0)).y()
    assert field.mapToScene(QPointF(0, field.height())).y() <= keyboard_top, "the field is under the keyboard"
