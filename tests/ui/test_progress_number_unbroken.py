"""The progress screen's heading names the item and its tracking number, and the number is never
broken: in 长辈版 the title "内地居民结婚登记 2EV3-DBKB-71SM" broke at the number's hyphen. The
longest item name, in each language and size, stays on the screen beside it. Screenshots go to
artifacts/screens/progress_number/ for a look."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPointF
from pytestqt.qtbot import QtBot

from kiosk.catalog.model import listings
from tests.ui.flows import identify_with_the_card
from tests.ui.harness import find, screenshot, tap, type_into, walk
from tests.ui.test_issue16_screens_in_every_variant import cut_off, out_of_reach

pytestmark = pytest.mark.slow

VARIANTS = {"zh": ("zh_CN", False), "zh_elder": ("zh_CN", True), "en": ("en_US", False), "en_elder": ("en_US", True)}
MARRIAGE = "内地居民结婚登记"


def _filed(app: Any, service_code: str) -> str:
    """An application for ``service_code`` on the sandbox platform, under a new tracking number."""
    number = str(app.assembly.terminal.new_tracking_number())
    store = app.assembly.extras["sandbox"].state.store
    now = app.assembly.terminal.clock.now().timestamp()
    assert store.begin_item("test", number, "-", now) is None
    store.finish_item("test", number, "application", {"tracking_number": number, "service_code": service_code}, now)
    return number


def _items(app: Any) -> dict[str, str]:
    """The codes of the items this test shows: the one the stranger saw, and the longest name in each language."""
    entries = list(listings(app.assembly.terminal.services.current.catalog))
    by_zh = max(entries, key=lambda e: len(e.name))
    by_en = max(entries, key=lambda e: len(e.name_en or ""))
    marriage = next(e for e in entries if e.name == MARRIAGE)
    return {"marriage": marriage.code, "longest_zh": by_zh.code, "longest_en": by_en.code}


def _unbroken_on_screen(app: Any, number: str) -> list[str]:
    """What is wrong with the number as shown: it must be a text of its own, on one line, inside the screen."""
    win = app.window
    area = win.contentItem()
    shown = [item for item in walk(area) if item.property("text") == number and item.property("lineCount") is not None]
    if not shown:
        return [f"no text on screen is the number {number} alone (it is part of a longer line that may break)"]
    found = []
    for item in shown:
        if item.property("lineCount") != 1:
            found.append(f"{number} takes {item.property('lineCount')} lines")
        left = item.mapToItem(area, QPointF(0, 0)).x()
        if left < 0 or left + item.property("contentWidth") > area.width():
            found.append(f"{number} leaves the screen (x {left:.0f}, {item.property('contentWidth'):.0f} wide)")
    return found


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_the_tracking_number_in_the_progress_heading_is_never_broken(
    qtbot: QtBot, quiet_demo_app: Any, shots: Path, variant: str
) -> None:
    app, win = quiet_demo_app, quiet_demo_app.window
    language, elder = VARIANTS[variant]
    qtbot.waitUntil(lambda: app.vm.catalogLoaded, timeout=30000)
    identify_with_the_card(qtbot, app, "startProgressButton", "query_progress")
    app.vm.setLanguage(language)
    app.vm.setElderMode(elder)
    problems: dict[str, list[str]] = {}
    for label, code in _items(app).items():
        number = _filed(app, code)
        type_into(qtbot, win, "trackingInput", number)
        tap(qtbot, win, "queryButton")
        qtbot.waitUntil(lambda: app.vm.progress.get("tracking_number") == number  # noqa: B023 (used at once)
                        and bool(app.vm.progress.get("steps")), timeout=10000)
        qtbot.wait(300)  # the heading is brought into view
        screenshot(win, shots / "progress_number", f"{variant}-{label}")
        assert find(win, "progressTitle").isVisible()
        bad = _unbroken_on_screen(app, number) + cut_off(win) + out_of_reach(win)
        if bad:
            problems[label] = bad
    assert problems == {}
