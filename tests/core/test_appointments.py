"""Booking an appointment from a guide-only item: days, free slots, booking, confirmation printed."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

import pytest

from kiosk.appointments import AppointmentDesk, AppointmentProblem, working_days
from kiosk.ports import AppointmentGone, ELicense, Fetched, PlatformUnavailable, SlotTaken
from kiosk.printing.documents import SlipData
from kiosk.session.states import Purpose, State


class FakeCitizenServices:
    def __init__(self) -> None:
        self.down = False
        self.full: set[str] = set()
        self.booked: list[tuple[Mapping[str, Any], str]] = []
        self.upcoming = [{"confirmation": "K7Q2MX", "item_code": "DEMO-HJ-001", "date": "2026-12-01",
                          "start": "09:30", "end": "10:00"}]
        self.cancelled: list[tuple[str, str]] = []
        self.gone: set[str] = set()

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

    def my_appointments(self, document_number: str) -> Sequence[Mapping[str, Any]]:
        if self.down:
            raise PlatformUnavailable("down")
        return [a for a in self.upcoming if a["confirmation"] not in {c for c, _ in self.cancelled}]

    def cancel_appointment(self, confirmation: str, document_number: str) -> Mapping[str, Any]:
        if self.down:
            raise PlatformUnavailable("down")
        if confirmation in self.gone:
            raise AppointmentGone(confirmation)
        self.cancelled.append((confirmation, document_number))
        return {"confirmation": confirmation, "state": "cancelled"}


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


def test_an_identified_citizen_sees_their_upcoming_appointments(desk) -> None:  # type: ignore[no-untyped-def]
    appointments, _ = desk
    appointments.load_mine()
    assert appointments.mine.loaded
    assert [(b.code, b.day, b.start) for b in appointments.mine.rows] == [("K7Q2MX", date(2026, 12, 1), "09:30")]
    assert appointments.item_name("DEMO-HJ-001") != ""  # named from the catalog, not by its code


def test_cancelling_ones_appointment_tells_the_platform_with_the_holders_number_and_drops_it(desk) -> None:  # type: ignore[no-untyped-def]
    appointments, services = desk
    appointments.load_mine()
    appointments.cancel("K7Q2MX")
    assert services.cancelled == [("K7Q2MX", "11010519491231002X")]
    assert appointments.mine.rows == [] and appointments.mine.cancelled == ["K7Q2MX"]
    assert appointments.mine.problem is None
    appointments.cancel("K7Q2MX")  # a second tap: nothing more is sent
    assert len(services.cancelled) == 1


def test_without_the_platform_the_appointment_stands_and_the_citizen_is_told(desk) -> None:  # type: ignore[no-untyped-def]
    appointments, services = desk
    appointments.load_mine()
    services.down = True
    appointments.cancel("K7Q2MX")
    assert appointments.mine.problem is AppointmentProblem.CANCEL_OFFLINE
    assert [b.code for b in appointments.mine.rows] == ["K7Q2MX"] and appointments.mine.cancelled == []


def test_an_appointment_already_gone_is_said_and_taken_off_the_list(desk) -> None:  # type: ignore[no-untyped-def]
    appointments, services = desk
    appointments.load_mine()
    services.gone.add("K7Q2MX")
    appointments.cancel("K7Q2MX")
    assert appointments.mine.problem is AppointmentProblem.CANCEL_GONE and appointments.mine.rows == []


def test_the_appointment_just_booked_can_be_cancelled_from_its_confirmation(desk) -> None:  # type: ignore[no-untyped-def]
    appointments, services = desk
    appointments.open()
    appointments.book("09:30")
    appointments.cancel(appointments.view.confirmation.code)
    assert services.cancelled[0][0] == "K7Q2MX" and "K7Q2MX" in appointments.mine.cancelled
