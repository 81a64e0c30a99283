"""The progress screen (办件进度查询) in English: an application's item by the platform's English name
where it sent one, and the cue that names from the platform are in Chinese where it sent none.
Screenshots go to artifacts/screens/progress_in_english/ for a look."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.flows import identify_with_the_card
from tests.ui.harness import find, screenshot, tap, visible

pytestmark = pytest.mark.slow


def _own_applications(qtbot: QtBot, app: Any) -> list[str]:
    qtbot.waitUntil(lambda: app.vm.catalogLoaded, timeout=10000)  # the items' names come from the catalog
    identify_with_the_card(qtbot, app, "startProgressButton", "query_progress")
    qtbot.waitUntil(lambda: len(app.errands.ownApplications["rows"]) >= 2, timeout=10000)
    return [str(r["name"]) for r in app.errands.ownApplications["rows"]]


def test_in_english_the_progress_of_an_application_is_titled_with_the_items_english_name(
    qtbot: QtBot, quiet_demo_app: Any, shots: Path
) -> None:
    app, win = quiet_demo_app, quiet_demo_app.window
    app.vm.setLanguage("en_US")
    names = _own_applications(qtbot, app)
    assert names[0] == "Registering for medical care in another city"  # the demo's first, with English
    tap(qtbot, win, "ownApplication_0")
    qtbot.waitUntil(lambda: str(find(win, "progressTitle").property("text")) != "", timeout=10000)
    qtbot.wait(200)
    screenshot(win, shots / "progress_in_english", "english-name")
    assert str(find(win, "progressTitle").property("text")) == "Registering for medical care in another city"
    assert str(find(win, "progressNumber").property("text")) == app.vm.progress["tracking_number"]


def test_in_english_the_progress_screen_says_that_an_item_without_english_is_named_in_chinese(
    qtbot: QtBot, quiet_demo_app: Any, shots: Path
) -> None:
    app, win = quiet_demo_app, quiet_demo_app.window
    app.vm.setLanguage("en_US")
    names = _own_applications(qtbot, app)
    assert "租房提取住房公积金" in names  # the demo's second, which the platform names in Chinese only
    qtbot.waitUntil(lambda: visible(win, "platformCue"), timeout=3000)
    screenshot(win, shots / "progress_in_english", "cue")
    app.vm.setLanguage("zh_CN")
    qtbot.waitUntil(lambda: not visible(win, "platformCue"), timeout=3000)  # says nothing in Chinese
