"""Cancelling one's own appointment through the real window: right after booking, and later from
the progress screen's 我的预约 — with the platform down it stands and the citizen is told so."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.flows import identify_with_the_card, on
from tests.ui.harness import FAST_SYNC, find, screenshot, tap, visible
from tests.ui.test_citizen_flows import guide_of

pytestmark = pytest.mark.slow

@pytest.fixture
def demo_environ() -> dict[str, str]:
    return FAST_SYNC


def book_a_slot(qtbot: QtBot, app: Any, slot: int) -> str:
    win = app.window
    identify_with_the_card(qtbot, app)
    guide_of(qtbot, app, "食品经营许可证变更")
    tap(qtbot, win, "bookAppointmentButton")
    on(qtbot, app, "appointment")
    qtbot.waitUntil(lambda: len(app.errands.appointment["slots"]) > slot, timeout=10000)
    tap(qtbot, win, f"slot_{slot}")
    qtbot.waitUntil(lambda: "confirmation" in app.errands.appointment, timeout=10000)
    qtbot.waitUntil(lambda: not app.errands.waiting, timeout=15000)
    return str(app.errands.appointment["confirmation"]["code"])


def cancelled_on_the_platform(app: Any, code: str) -> bool:
    return any(a["id"] == code and a["cancelled"] for a in app.assembly.extras["sandbox"].appointments())


def test_the_appointment_just_booked_is_cancelled_from_its_confirmation_after_a_second_tap(
    qtbot: QtBot, app: Any, shots: Path
) -> None:
    win = app.window
    code = book_a_slot(qtbot, app, 2)
    tap(qtbot, win, "cancelBookingButton")
    assert visible(win, "keepBookingButton") and not cancelled_on_the_platform(app, code)  # asked first
    screenshot(win, shots, "i16_appointment_cancel_ask")
    tap(qtbot, win, "confirmCancelBookingButton")
    qtbot.waitUntil(lambda: cancelled_on_the_platform(app, code), timeout=10000)
    qtbot.waitUntil(lambda: find(win, "bookingState").property("text") == app.errands.tr("appointments.cancelled"),
                    timeout=3000)
    assert not visible(win, "confirmationQr") and not visible(win, "cancelBookingButton")
    screenshot(win, shots, "i16_appointment_cancelled")


def test_my_appointments_on_the_progress_screen_cancel_only_when_the_platform_answers(
    qtbot: QtBot, app: Any, shots: Path
) -> None:
    win = app.window
    sandbox = app.assembly.extras["sandbox"]
    code = book_a_slot(qtbot, app, 3)
    tap(qtbot, win, "appointmentDoneButton")
    on(qtbot, app, "rate")
    tap(qtbot, win, "skipRatingButton")
    on(qtbot, app, "idle", timeout=10000)

    identify_with_the_card(qtbot, app, "startProgressButton", "query_progress")
    qtbot.waitUntil(lambda: [r["code"] for r in app.errands.myAppointments["rows"]] == [code], timeout=10000)
    assert visible(win, "myAppointmentsTitle")
    screenshot(win, shots, "i16_progress_my_appointments")

    sandbox.fail("down")  # no link: the appointment stands, and the citizen is told so
    qtbot.waitUntil(lambda: app.errands.linkState == "down", timeout=20000)
    tap(qtbot, win, "cancelAppointment_0")
    tap(qtbot, win, "confirmCancel_0")
    offline = app.errands.tr("appointment.cancel_offline")
    qtbot.waitUntil(lambda: find(win, "myAppointmentsProblem").property("text") == offline, timeout=20000)
    assert visible(win, "cancelAppointment_0")
    screenshot(win, shots, "i16_progress_cancel_offline")

    sandbox.heal()
    qtbot.waitUntil(lambda: app.errands.linkState == "up", timeout=20000)
    tap(qtbot, win, "cancelAppointment_0")
    tap(qtbot, win, "confirmCancel_0")
    qtbot.waitUntil(lambda: cancelled_on_the_platform(app, code), timeout=20000)
    qtbot.waitUntil(lambda: visible(win, "appointmentCancelled"), timeout=3000)
    assert app.errands.myAppointments["rows"] == []
    screenshot(win, shots, "i16_progress_cancelled")
