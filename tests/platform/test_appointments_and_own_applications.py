"""Appointments and the citizen's own applications, through the signed client and the sandbox."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest

from kiosk.domain.masking import mask_name
from kiosk.ports import AppointmentGone, PlatformUnavailable, SlotTaken
from sandbox_platform.appointments import PER_SLOT
from tests.outbox.kit import TEST_ID, application, make_worker

ITEM = "320102-hukou_move"


def next_weekday(after: date) -> date:
    day = after + timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def booking(day: date, start: str, number: str = TEST_ID) -> dict[str, str]:
    return {"item_code": ITEM, "date": day.isoformat(), "start": start, "document_number": number, "name": "欧阳测试"}


def test_a_working_day_offers_half_hour_slots_morning_and_afternoon(client):
    slots = client.appointment_slots(ITEM, next_weekday(date.today()))
    starts = [s["start"] for s in slots]
    assert starts[0] == "09:00" and "13:30" in starts and starts[-1] == "16:30"
    assert "12:00" not in starts
    assert all(s["free"] == PER_SLOT for s in slots)


def test_weekends_and_today_offer_no_slot(client):
    saturday = date.today() + timedelta(days=(5 - date.today().weekday()) % 7 or 7)
    assert client.appointment_slots(ITEM, saturday) == []
    assert client.appointment_slots(ITEM, date.today()) == []


def test_booking_takes_a_place_and_confirms_with_a_code_read_aloud(client):
    day = next_weekday(date.today())
    confirmation = client.book_appointment(booking(day, "09:30"), str(uuid.uuid4()))
    assert (confirmation["date"], confirmation["start"], confirmation["end"]) == (day.isoformat(), "09:30", "10:00")
    assert len(confirmation["confirmation"]) == 6 and not set(confirmation["confirmation"]) & set("01OILU")
    assert confirmation["holder"] == mask_name("欧阳测试")  # never the whole name
    free = {s["start"]: s["free"] for s in client.appointment_slots(ITEM, day)}
    assert free["09:30"] == PER_SLOT - 1


def test_a_retried_booking_is_the_same_booking(client):
    day = next_weekday(date.today())
    key = str(uuid.uuid4())
    first = client.book_appointment(booking(day, "10:00"), key)
    again = client.book_appointment(booking(day, "10:00"), key)
    assert first == again
    assert {s["start"]: s["free"] for s in client.appointment_slots(ITEM, day)}["10:00"] == PER_SLOT - 1


def test_a_full_slot_is_refused_as_taken(client):
    day = next_weekday(date.today())
    for i in range(PER_SLOT):
        client.book_appointment(booking(day, "14:00", number=f"11010519491231{i:03d}X"), str(uuid.uuid4()))
    with pytest.raises(SlotTaken):
        client.book_appointment(booking(day, "14:00"), str(uuid.uuid4()))


def test_a_holder_lists_their_upcoming_appointments_and_nobody_elses(client):
    day = next_weekday(date.today())
    mine = client.book_appointment(booking(day, "15:00"), str(uuid.uuid4()))["confirmation"]
    client.book_appointment(booking(day, "15:00", number="11010519491231999X"), str(uuid.uuid4()))
    listed = client.my_appointments(TEST_ID)
    assert [(a["confirmation"], a["date"], a["start"], a["end"]) for a in listed] == [
        (mine, day.isoformat(), "15:00", "15:30")
    ]
    assert listed[0]["holder"] == mask_name("欧阳测试")


def test_cancelling_ones_appointment_frees_the_place_and_drops_it_from_the_list(client):
    day = next_weekday(date.today())
    code = client.book_appointment(booking(day, "15:30"), str(uuid.uuid4()))["confirmation"]
    answer = client.cancel_appointment(code, TEST_ID)
    assert answer["state"] == "cancelled"
    assert client.cancel_appointment(code, TEST_ID)["cancelled_at"] == answer["cancelled_at"]  # again: the same
    assert client.my_appointments(TEST_ID) == []
    assert {s["start"]: s["free"] for s in client.appointment_slots(ITEM, day)}["15:30"] == PER_SLOT
    again = client.book_appointment(booking(day, "15:30"), str(uuid.uuid4()))["confirmation"]
    assert again != code  # booking the freed place anew is a new appointment


def test_another_holders_appointment_cannot_be_cancelled_and_looks_unknown(sandbox, client):
    day = next_weekday(date.today())
    code = client.book_appointment(booking(day, "16:00"), str(uuid.uuid4()))["confirmation"]
    with pytest.raises(AppointmentGone):
        client.cancel_appointment(code, "11010519491231999X")
    with pytest.raises(AppointmentGone):
        client.cancel_appointment("ZZZZZZ", TEST_ID)
    assert [a["id"] for a in sandbox.appointments() if not a["cancelled"]].count(code) == 1


def test_cancelling_needs_the_platform(sandbox, client):
    code = client.book_appointment(booking(next_weekday(date.today()), "16:30"), str(uuid.uuid4()))["confirmation"]
    sandbox.fail("down")
    with pytest.raises(PlatformUnavailable):
        client.cancel_appointment(code, TEST_ID)


def test_slots_cannot_be_had_while_the_platform_is_down(sandbox, client):
    sandbox.fail("down")
    with pytest.raises(PlatformUnavailable):
        client.appointment_slots(ITEM, next_weekday(date.today()))


def test_own_applications_are_listed_for_the_applicant_only(sandbox, outbox, client):
    outbox.submit(application("2EPM-4XAP-2WD8"))
    make_worker(outbox, client).drain_until_empty()
    mine = client.applications(TEST_ID)
    assert [a["tracking_number"] for a in mine.value] == ["2EPM-4XAP-2WD8"]
    assert mine.value[0]["status_label"]
    assert client.applications("310104198001011234").value == []  # someone else


def test_own_applications_come_from_the_cache_with_their_age_when_offline(sandbox, outbox, client):
    outbox.submit(application("2EPM-4XAP-2WD8"))
    make_worker(outbox, client).drain_until_empty()
    client.applications(TEST_ID)
    sandbox.fail("down")
    cached = client.applications(TEST_ID)
    assert cached.from_cache
    assert [a["tracking_number"] for a in cached.value] == ["2EPM-4XAP-2WD8"]


def test_an_idle_worker_notices_the_platform_going_away_and_coming_back(sandbox, outbox, client):
    worker = make_worker(outbox, client, interval_s=0.01, idle_probe_s=0.0)  # every idle pass probes
    worker.drain_until_empty()
    assert worker.status().platform_reachable and worker.status().platform_checked
    sandbox.fail("down")
    worker._step()  # nothing to send: the idle probe finds no platform
    assert not worker.status().platform_reachable
    sandbox.heal()
    worker._step()
    assert worker.status().platform_reachable
