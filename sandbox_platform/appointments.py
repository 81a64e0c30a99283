"""Appointments (预约) at a handling window: the sandbox's free slots, bookings and confirmations.

A window opens on working days 09:00–12:00 and 13:30–17:00 in half-hour slots, two citizens each.
Bookings live in the platform store's SQLite file; the holder is kept as a digest of the document
number and a masked name, so the file holds no personal data in the clear.
"""

from __future__ import annotations

import hashlib
import secrets
import sqlite3
from datetime import date, datetime, time, timedelta
from typing import Any

from kiosk.domain.masking import mask_name

SCHEMA = """
CREATE TABLE IF NOT EXISTS appointments (
    id TEXT PRIMARY KEY, item_code TEXT NOT NULL, day TEXT NOT NULL, start TEXT NOT NULL,
    holder TEXT NOT NULL, holder_name TEXT NOT NULL, phone_tail TEXT NOT NULL, booked_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS appointments_slot ON appointments (item_code, day, start);
"""
PER_SLOT = 2
SLOT_MINUTES = 30
BOOKABLE_DAYS = 14
_SESSIONS = ((time(9, 0), time(12, 0)), (time(13, 30), time(17, 0)))
_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"  # read aloud at the window: no 0/O, 1/I/L, U


def holder_digest(document_number: str) -> str:
    return hashlib.sha256(("appointment:" + document_number.strip().upper()).encode()).hexdigest()


def slot_starts(day: date) -> list[time]:
    if day.weekday() >= 5:
        return []
    out = []
    for opens, closes in _SESSIONS:
        t = datetime.combine(day, opens)
        while t + timedelta(minutes=SLOT_MINUTES) <= datetime.combine(day, closes):
            out.append(t.time())
            t += timedelta(minutes=SLOT_MINUTES)
    return out


def _end(start: time) -> str:
    return (datetime.combine(date(2000, 1, 1), start) + timedelta(minutes=SLOT_MINUTES)).strftime("%H:%M")


def free_slots(conn: sqlite3.Connection, item_code: str, day: date, today: date) -> dict[str, Any]:
    """Every slot of ``day`` with how many places are left; none outside today+1 … today+14."""
    bookable = today < day <= today + timedelta(days=BOOKABLE_DAYS)
    taken = dict(
        conn.execute(
            "SELECT start, COUNT(*) FROM appointments WHERE item_code = ? AND day = ? GROUP BY start",
            (item_code, day.isoformat()),
        ).fetchall()
    )
    slots = [
        {
            "start": s.strftime("%H:%M"),
            "end": _end(s),
            "free": max(0, PER_SLOT - int(taken.get(s.strftime("%H:%M"), 0))),
        }
        for s in (slot_starts(day) if bookable else [])
    ]
    return {"item_code": item_code, "date": day.isoformat(), "slots": slots}


class SlotTaken(Exception):
    pass


def book(conn: sqlite3.Connection, request: dict[str, Any], today: date, now: float) -> dict[str, Any]:
    """Book one place, or raise ``SlotTaken`` / ``ValueError`` (bad request)."""
    item_code = str(request["item_code"])
    day = date.fromisoformat(str(request["date"]))
    start = str(request["start"])
    number = str(request["document_number"])
    free = {s["start"]: s["free"] for s in free_slots(conn, item_code, day, today)["slots"]}
    if start not in free:
        raise ValueError(f"no slot {start} on {day}")
    if free[start] <= 0:
        raise SlotTaken(start)
    holder = holder_digest(number)
    existing = conn.execute(
        "SELECT id FROM appointments WHERE item_code = ? AND day = ? AND start = ? AND holder = ?",
        (item_code, day.isoformat(), start, holder),
    ).fetchone()
    code = existing[0] if existing else "".join(secrets.choice(_CODE_ALPHABET) for _ in range(6))
    if not existing:
        conn.execute(
            "INSERT INTO appointments VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                code,
                item_code,
                day.isoformat(),
                start,
                holder,
                mask_name(str(request.get("name", ""))),
                str(request.get("phone", ""))[-4:],
                now,
            ),
        )
    hhmm = time.fromisoformat(start)
    return {
        "confirmation": code,
        "item_code": item_code,
        "date": day.isoformat(),
        "start": start,
        "end": _end(hhmm),
        "holder": mask_name(str(request.get("name", ""))),
    }
