"""Appointments (预约) at a handling window: the sandbox's free slots, bookings and confirmations.

A window opens on working days 09:00–12:00 and 13:30–17:00 in half-hour slots, two citizens each.
Bookings live in the platform store's SQLite file; the holder is kept as a digest of the document
number and a masked name, so the file holds no personal data in the clear. A holder lists their
upcoming bookings and cancels one (only their own: another's code answers as unknown); a cancelled
place is free again at once.
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
CREATE TABLE IF NOT EXISTS appointment_cancellations (id TEXT PRIMARY KEY, cancelled_at REAL NOT NULL);
"""
_LIVE = "id NOT IN (SELECT id FROM appointment_cancellations)"
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
            f"SELECT start, COUNT(*) FROM appointments WHERE item_code = ? AND day = ? AND {_LIVE} GROUP BY start",
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
        f"SELECT id FROM appointments WHERE item_code = ? AND day = ? AND start = ? AND holder = ? AND {_LIVE}",
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


def of_holder(conn: sqlite3.Connection, document_number: str, today: date) -> list[dict[str, Any]]:
    """The holder's bookings from today on, not cancelled, soonest first."""
    rows = conn.execute(
        f"SELECT id, item_code, day, start, holder_name FROM appointments WHERE holder = ? AND day >= ? AND {_LIVE}"
        " ORDER BY day, start",
        (holder_digest(document_number), today.isoformat()),
    ).fetchall()
    return [
        {"confirmation": code, "item_code": item, "date": day, "start": start,
         "end": _end(time.fromisoformat(start)), "holder": name}
        for code, item, day, start, name in rows
    ]


class TooLate(Exception):
    """The appointment's day has passed: nothing left to cancel."""


def cancel(conn: sqlite3.Connection, code: str, document_number: str, today: date, now: float) -> dict[str, Any]:
    """Cancel the holder's booking ``code``; again is the same answer. ``KeyError`` when there is no
    such booking of this holder (another's code is not told apart from an unknown one)."""
    code = code.strip().upper()
    row = conn.execute(
        "SELECT day FROM appointments WHERE id = ? AND holder = ?", (code, holder_digest(document_number))
    ).fetchone()
    if row is None:
        raise KeyError(code)
    if date.fromisoformat(row[0]) < today:
        raise TooLate(code)
    conn.execute("INSERT OR IGNORE INTO appointment_cancellations VALUES (?, ?)", (code, now))
    at = conn.execute("SELECT cancelled_at FROM appointment_cancellations WHERE id = ?", (code,)).fetchone()
    return {"confirmation": code, "state": "cancelled", "cancelled_at": at[0]}
