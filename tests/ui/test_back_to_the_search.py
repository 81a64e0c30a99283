"""Back from a guide to the list of services: the search box still says what the list was found by."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.flows import identify_with_the_card, on
from tests.ui.harness import find, screenshot, tap, type_into

pytestmark = pytest.mark.slow


def test_back_from_a_guide_the_search_box_still_holds_what_the_list_was_found_by(
    qtbot: QtBot, quiet_demo_app: Any, shots: Path
) -> None:
    app, win = quiet_demo_app, quiet_demo_app.window
    identify_with_the_card(qtbot, app)
    qtbot.waitUntil(lambda: app.vm.catalogLoaded, timeout=10000)
    type_into(qtbot, win, "serviceSearch", "hukouqianyi")
    qtbot.waitUntil(lambda: len(app.vm.services) > 0, timeout=3000)
    found = [str(s["code"]) for s in app.vm.services]
    tap(qtbot, win, f"service_{found[0]}")
    on(qtbot, app, "guide")
    tap(qtbot, win, "backButton")
    on(qtbot, app, "choose_service")
    qtbot.wait(100)
    screenshot(win, shots / "back_to_the_search", "choose-service-after-back")
    assert [str(s["code"]) for s in app.vm.services] == found  # the list is still the search's
    assert find(win, "serviceSearch").property("text") == "hukouqianyi"
