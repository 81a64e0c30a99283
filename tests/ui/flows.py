"""Steps of a citizen's errand that several window tests share."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pytestqt.exceptions import TimeoutError as QtTimeoutError
from pytestqt.qtbot import QtBot

from tests.ui.harness import find, screenshot, tap, type_into


def on(qtbot: QtBot, app: Any, screen: str, timeout: int = 5000) -> None:
    qtbot.waitUntil(lambda: app.vm.screen == screen, timeout=timeout)
    qtbot.waitUntil(lambda: find(app.window, f"screen_{screen}").isVisible(), timeout=5000)
    qtbot.wait(50)


def card_lifted(app: Any) -> bool:
    """The demo has taken its card off the reader again, as it does ``DEMO_CARD_DWELL_S`` after the
    demo card button. Tapped before that, the button lays a second card, which the first tap's timer
    lifts while it is being read."""
    return not app.assembly.extras["idcard_simulator"].holds_card


def lay_the_demo_card(qtbot: QtBot, app: Any, then: str, timeout: int = 8000) -> None:
    """On the identify screen: tap the demo's card button and arrive on ``then``. A read whose reply
    broke off makes the terminal ask for the card again (card.unreadable); the citizen does as the
    screen says, at most twice more. On a loaded machine the simulator's thread, which shares this
    process with the window and the coverage tracer, now and then stalls mid-reply (seen: a full-suite
    run at load 11, 'stopped after 384 bytes'); the reader's own tests (tests/idcard) judge reads."""
    again = app.errands.tr("card.unreadable")
    for attempt in range(3):
        tap(qtbot, app.window, "demoCardButton")
        try:
            qtbot.waitUntil(lambda: app.vm.screen == then, timeout=timeout)
            break
        except (QtTimeoutError, AssertionError):
            if attempt == 2 or app.vm.notice != again:
                raise
            qtbot.waitUntil(lambda: card_lifted(app), timeout=5000)
    on(qtbot, app, then)


def identify_with_the_card(
    qtbot: QtBot, app: Any, start: str = "startApplyButton", then: str = "choose_service"
) -> None:
    """From the home screen: tap ``start``, lay the demo's card on the reader, arrive on ``then``."""
    tap(qtbot, app.window, start)
    on(qtbot, app, "identify")
    lay_the_demo_card(qtbot, app, then)


def open_form_of(qtbot: QtBot, app: Any, query: str, shots: Path | None = None) -> str:
    win = app.window
    qtbot.waitUntil(lambda: app.vm.catalogLoaded, timeout=10000)
    type_into(qtbot, win, "serviceSearch", query)
    qtbot.waitUntil(lambda: len(app.vm.services) > 0, timeout=3000)
    code = str(app.vm.services[0]["code"])
    tap(qtbot, win, f"service_{code}")
    on(qtbot, app, "guide")
    if shots is not None:
        screenshot(win, shots, "04_guide")
    tap(qtbot, win, "startFormButton")
    on(qtbot, app, "form")
    return code


def option_index(app: Any, field: str, value: str) -> int:
    options = next(f for f in app.vm.formFields if f["id"] == field)["options"]
    return [o["value"] for o in options].index(value)
