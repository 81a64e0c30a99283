"""Issue 16's checklist items that had no window test of their own: the 告知承诺 is filed with the
application, a card whose number has an unknown region prefix is refused in words, and a citizen
screen never shows the queue depth, even with filings waiting."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.flows import identify_with_the_card, on, open_form_of, option_index
from tests.ui.harness import FAST_SYNC, screenshot, tap, type_into
from tests.ui.test_citizen_flows import texts_on_screen

pytestmark = pytest.mark.slow

@pytest.fixture
def demo_environ() -> dict[str, str]:
    return FAST_SYNC


def found_anywhere(value: Any, key: str) -> Any:
    """The first value under ``key`` anywhere in a nested payload."""
    if isinstance(value, dict):
        if key in value:
            return value[key]
        value = list(value.values())
    if isinstance(value, list):
        for v in value:
            hit = found_anywhere(v, key)
            if hit is not None:
                return hit
    return None


def test_the_pledge_is_required_and_filed_with_the_application(qtbot: QtBot, app: Any, shots: Path) -> None:
    win = app.window
    sandbox = app.assembly.extras["sandbox"]
    identify_with_the_card(qtbot, app)
    open_form_of(qtbot, app, "户口簿补领")
    type_into(qtbot, win, "field_phone", "13812345678")
    tap(qtbot, win, f"field_delivery_{option_index(app, 'delivery', 'pickup')}")
    tap(qtbot, win, "reviewButton")
    on(qtbot, app, "review")
    tap(qtbot, win, "submitButton")  # not ticked: refused, with words
    assert app.vm.screen == "review" and app.vm.notice
    screenshot(win, shots, "i16_pledge_refused")
    tap(qtbot, win, "pledgeCheck")
    tap(qtbot, win, "submitButton")
    on(qtbot, app, "receipt", timeout=10000)
    tracking = app.vm.trackingNumber
    qtbot.waitUntil(lambda: any(r["tracking"] == tracking for r in sandbox.records("application")), timeout=20000)
    record = next(r for r in sandbox.records("application") if r["tracking"] == tracking)
    pledge = found_anywhere(record["payload"], "pledge")
    assert pledge is not None and pledge["id"] == "pledge.truthful.v1" and pledge["accepted_at"]


def test_a_card_whose_number_has_an_unknown_region_prefix_is_refused_in_words(
    qtbot: QtBot, app: Any, shots: Path
) -> None:
    from drivers.idcard.sim_card import SimCard
    from kiosk.domain.idnumber import check_char
    from kiosk.messages import CardProblem

    win = app.window
    body = "990102199003071" + "23"  # 990102: no such county, ever
    number = body + "1"
    number = number[:17] + check_char(number[:17])
    on(qtbot, app, "idle")
    tap(qtbot, win, "startApplyButton")
    on(qtbot, app, "identify")
    app.assembly.extras["idcard_simulator"].place(SimCard.resident(number=number, birth=date(1990, 3, 7)))
    # On a card an unknown prefix means the number is not genuine: refused as a bad number, in words
    # (a typed number gets 「…前六位不是有效的行政区划代码」: tests/catalog/test_all_regions.py).
    words = app.vm.tr(CardProblem.BAD_NUMBER.value)
    qtbot.waitUntil(lambda: app.vm.notice == words, timeout=8000)
    assert app.vm.screen == "identify"
    screenshot(win, shots, "i16_unknown_region_card")


def test_no_citizen_screen_shows_the_queue_depth_or_terminal_id_while_filings_wait(
    qtbot: QtBot, app: Any, shots: Path
) -> None:
    win = app.window
    sandbox = app.assembly.extras["sandbox"]
    qtbot.waitUntil(lambda: app.vm.catalogLoaded, timeout=30000)
    sandbox.fail("down")
    qtbot.waitUntil(lambda: app.errands.linkState == "down", timeout=20000)
    identify_with_the_card(qtbot, app)
    open_form_of(qtbot, app, "户口簿补领")
    type_into(qtbot, win, "field_phone", "13812345678")
    tap(qtbot, win, f"field_delivery_{option_index(app, 'delivery', 'pickup')}")
    tap(qtbot, win, "reviewButton")
    on(qtbot, app, "review")
    tap(qtbot, win, "pledgeCheck")
    tap(qtbot, win, "submitButton")
    on(qtbot, app, "receipt", timeout=10000)
    qtbot.waitUntil(lambda: app.vm.pendingCount >= 1, timeout=10000)  # a filing waits in the queue
    shown = " | ".join(texts_on_screen(win))
    assert "待上报" not in shown and app.vm.terminalId not in shown, shown
    screenshot(win, shots, "i16_receipt_queue_waiting")
