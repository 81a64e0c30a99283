"""A citizen's way through the screens prints no QML warning of ours: a signal handler that uses a
parameter it does not declare (deprecated: Qt will stop injecting them), a TypeError in a binding, a
missing property. Each is noise in the terminal's log, and a deprecation is a break on a later Qt.
Warnings from Qt's own components (the virtual keyboard's PopupList) are not ours and not counted.

pytest-qt's ``qtlog`` holds every Qt message of the test, the window's start included."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from tests.ui.flows import identify_with_the_card, on, open_form_of
from tests.ui.harness import find, tap, visible

pytestmark = pytest.mark.slow

OURS = "/ui/qml/"  # our QML files, wherever the checkout is


@pytest.fixture
def app(quiet_demo_app: Any) -> Any:
    return quiet_demo_app


def _ours(qtlog: Any) -> list[str]:
    return [record.message for record in qtlog.records if OURS in record.message]


def test_the_progress_screen_shows_an_applications_progress_without_a_qml_warning(
    qtbot: QtBot, app: Any, qtlog: Any
) -> None:
    win = app.window
    tap(qtbot, win, "startProgressButton")
    on(qtbot, app, "identify")
    tap(qtbot, win, "demoCardButton")
    on(qtbot, app, "query_progress", timeout=8000)
    qtbot.waitUntil(lambda: len(app.errands.ownApplications["rows"]) >= 1, timeout=10000)
    tap(qtbot, win, "ownApplication_0")
    # The number is shown with every result (the item's name only once the catalog is in).
    qtbot.waitUntil(lambda: str(find(win, "progressNumber").property("text")) != "", timeout=10000)
    qtbot.wait(200)  # the heading's handler brings the result into view on the next turn
    assert _ours(qtlog) == []


def test_a_form_with_problems_and_the_keyboard_in_every_variant_prints_no_qml_warning(
    qtbot: QtBot, app: Any, qtlog: Any
) -> None:
    win = app.window
    identify_with_the_card(qtbot, app)
    open_form_of(qtbot, app, "jiehundengji")
    tap(qtbot, win, "reviewButton")
    qtbot.waitUntil(lambda: visible(win, "problemSummary"), timeout=3000)
    for language, elder in (("en_US", False), ("zh_CN", True), ("en_US", True)):
        app.vm.setLanguage(language)
        app.vm.setElderMode(elder)
        tap(qtbot, win, "field_marriage_date")
        qtbot.waitUntil(lambda: QGuiApplication.inputMethod().isVisible(), timeout=3000)
        qtbot.wait(200)
    assert _ours(qtlog) == []


def test_back_from_a_form_to_the_search_prints_no_qml_warning(qtbot: QtBot, app: Any, qtlog: Any) -> None:
    # The search box takes back the last search when its screen is built; searching again for the
    # same words re-evaluated the screen bindings while the screen was changing (Main.qml's form
    # loader: "Binding loop detected for property active", seen in the soak's filings given up).
    win = app.window
    identify_with_the_card(qtbot, app)
    open_form_of(qtbot, app, "hukouqianyi")
    tap(qtbot, win, "backButton")
    on(qtbot, app, "guide")
    tap(qtbot, win, "backButton")
    on(qtbot, app, "choose_service")
    qtbot.wait(200)
    assert find(win, "serviceSearch").property("text") == "hukouqianyi"
    assert _ours(qtlog) == []
