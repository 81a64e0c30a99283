"""Booking an appointment from a guide-only item: days, free slots, booking, confirmation printed."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

import pytest

from kiosk.appointments import AppointmentDesk, AppointmentProblem, working_days
from kiosk.ports import ELicense, Fetched, PlatformUnavailable, SlotTaken
from kiosk.printing.documents import SlipData
from kiosk.session.states import Purpose, State


class FakeCitizenServices:
    def __init__(self) -> None:
        self.down = False
        self.full: set[str] = set()
        self.booked: list[tuple[Mapping[str, Any], str]] = []

    def applications(self, document_number: str) -> Fetched[Sequence[Mapping[str, Any]]]:
        raise NotImplementedError

    def record(self, document_number: str, item_code: str) -> ELicense:
        raise NotImplementedError

    def appointment_slots(self, item_code: str, day: date) -> Sequence[Mapping[str, Any]]:
        if self.down:
            raise PlatformUnavailable("down")
        slots = (("09:00", "09:30"), ("09:30", "10:00"))
        return [{"start": s, "end": e, "free": 0 if s in self.full else 2} for s, e in slots]

    def book_appointment(self, booking: Mapping[str, Any], key: str) -> Mapping[str, Any]:
        if self.down:
            raise PlatformUnavailable("down")
        if booking["start"] in self.full:
            raise SlotTaken(booking["start"])
        self.booked.append((booking, key))
        return {"confirmation": "K7Q2MX", "start": booking["start"], "end": "10:00", "date": booking["date"]}


@pytest.fixture
def desk(terminal, identity):  # type: ignore[no-untyped-def]
    services = FakeCitizenServices()
    terminal.start(Purpose.APPLY)
    terminal.identified(identity)
    terminal.choose_service("DEMO-HJ-001")
    return AppointmentDesk(terminal, services), services


def test_working_days_start_tomorrow_and_skip_weekends() -> None:
    days = working_days(date(2026, 11, 27))  # a Friday
    assert days[0] == date(2026, 11, 30) and len(days) == 7
    assert all(d.weekday() < 5 for d in days)


def test_opening_the_desk_shows_the_first_working_days_free_slots(desk, terminal) -> None:  # type: ignore[no-untyped-def]
    appointments, _ = desk
    appointments.open()
    assert terminal.session.state is State.APPOINTMENT
    assert [s.start for s in appointments.view.slots] == ["09:00", "09:30"]
    assert appointments.view.problem is None and not appointments.view.busy


def test_booking_confirms_and_prints_a_slip_whose_qr_holds_the_code_and_no_personal_data(desk, terminal):  # type: ignore[no-untyped-def]
    appointments, services = desk
    appointments.open()
    appointments.book("09:30")
    confirmation = appointments.view.confirmation
    assert confirmation is not None and confirmation.code == "K7Q2MX"
    assert services.booked[0][0]["document_number"] == "11010519491231002X"
    slip = terminal.documents.printed[-1]
    assert isinstance(slip, SlipData) and slip.qr_text == "K7Q2MX"
    assert appointments.view.printed
    printed = " ".join(v for _, v in slip.rows)
    assert "11010519491231002X" not in printed and "张三丰" not in printed
    assert "人民路1号" in printed  # the window's address


def test_a_slot_taken_meanwhile_is_said_and_the_slots_are_shown_again(desk) -> None:  # type: ignore[no-untyped-def]
    appointments, services = desk
    appointments.open()
    services.full.add("09:00")
    appointments.book("09:00")
    assert appointments.view.problem is AppointmentProblem.SLOT_TAKEN
    assert appointments.view.confirmation is None
    assert [s.free for s in appointments.view.slots] == [0, 2]


def test_without_the_platform_the_desk_says_so(desk) -> None:  # type: ignore[no-untyped-def]
    appointments, services = desk
    services.down = True
    appointments.open()
    assert appointments.view.problem is AppointmentProblem.OFFLINE


def test_leaving_the_session_forgets_the_booking(desk, terminal) -> None:  # type: ignore[no-untyped-def]
    appointments, _ = desk
    appointments.open()
    appointments.book("09:30")
    terminal.cancel()
    assert appointments.view.confirmation is None
