"""A scrolling list says in words that it goes on below its edge, turns a page when that line is
tapped, and says nothing once its end is on screen: elderly citizens often do not know a screen
scrolls, and a line cut at the edge looks like the end of the page."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPointF
from pytestqt.qtbot import QtBot

from tests.conftest import ARTIFACTS
from tests.ui.flows import identify_with_the_card
from tests.ui.harness import cut_below_without_cue, find, hide_keyboard, laid_out, screenshot, tap, type_into, visible

pytestmark = pytest.mark.slow

def test_the_more_below_line_turns_the_service_list_to_its_end_and_then_goes_away(qtbot: QtBot, demo_app: Any) -> None:
    app, win = demo_app, demo_app.window
    identify_with_the_card(qtbot, app)
    qtbot.waitUntil(lambda: app.vm.catalogLoaded, timeout=10000)
    listing = find(win, "serviceList")
    qtbot.waitUntil(lambda: visible(win, "servicesMore"), timeout=10000)
    assert find(win, "servicesMore").property("text").endswith(app.errands.tr("common.more_below"))

    # The page is the list's height when it is tapped, after the layout pass Qt runs before drawing:
    # read earlier, just after the list first fills, it was 0 once in CI (the turn was then 835 px).
    def steady() -> bool:
        laid_out(listing)
        before = listing.height()
        qtbot.wait(100)  # the category chips above it may still be wrapping into rows
        laid_out(listing)
        return before > 0 and listing.height() == before

    qtbot.waitUntil(steady, timeout=5000)
    page = listing.height()
    turns, tops = 0, [listing.property("contentY")]
    while visible(win, "servicesMore") and turns < 60:
        tap(qtbot, win, "servicesMore")
        qtbot.wait(50)
        tops.append(listing.property("contentY"))
        turns += 1
    assert not visible(win, "servicesMore"), f"still more below after {turns} turns"
    # A tap turns most of a page, keeping a little of what was read in view.
    assert page > 0 and tops[1] - tops[0] == pytest.approx(0.8 * page, abs=2), (page, tops)

    # The last service is now inside the list's visible area.
    last = f"service_{app.vm.services[-1]['code']}"
    qtbot.waitUntil(lambda: visible(win, last), timeout=2000)
    tile = find(win, last)
    top = tile.mapToItem(listing, QPointF(0, 0)).y()
    assert top >= 0 and top + tile.height() <= listing.height() + 1


@pytest.mark.parametrize(("language", "elder"), [("zh_CN", False), ("en_US", True)], ids=["zh", "en-elder"])
def test_what_a_search_without_results_suggests_is_within_reach(
    qtbot: QtBot, demo_app: Any, language: str, elder: bool
) -> None:
    from tests.ui.test_issue16_screens_in_every_variant import out_of_reach

    app, win = demo_app, demo_app.window
    identify_with_the_card(qtbot, app)
    app.vm.setLanguage(language)
    app.vm.setElderMode(elder)
    qtbot.waitUntil(lambda: app.vm.catalogLoaded, timeout=10000)
    type_into(qtbot, win, "serviceSearch", "迁户口啦啦")
    qtbot.waitUntil(lambda: visible(win, "suggestCategory_0"), timeout=10000)
    hide_keyboard(qtbot)
    variant = f"{language}-{'elder' if elder else 'standard'}"
    screenshot(win, ARTIFACTS / "screens" / "more_below", f"nothing_found-{variant}")
    assert out_of_reach(win) == [] and cut_below_without_cue(win) == []
    chip = str(find(win, "suggestCategory_0").property("text"))
    tap(qtbot, win, "suggestCategory_0")
    qtbot.waitUntil(lambda: app.vm.category == chip, timeout=10000)  # the tap reached the chip, not the bar
    assert len(app.vm.services) > 0
