"""Receipt/tracking numbers (办件编号) the terminal makes offline, without a sequence.

Shape: ``<terminal id>-<YYYYMMDD>-<8 base32 chars><check char>``, e.g.
``DEMO-0001-20261123-K7Q2M4XAP``. The random part uses the RFC 4648 base32 alphabet (no 0/1/8/9,
so nothing reads as O/I/B/g); 40 random bits make a same-day clash on one terminal negligible. The
check character is ISO 7064 MOD 37,36 over all letters and digits (hyphens ignored), so a single
mistyped character is always caught when a citizen types the number, and a swap of two neighbours
in all but 1 of 630 cases (consecutive characters such as 3 and 4, in one of the 36 states).
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from datetime import date

from kiosk.codes.errors import InvalidTrackingNumber

ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
RANDOM_LENGTH = 8

TRACKING_RE = re.compile(
    r"^(?P<terminal>[A-Z0-9][A-Z0-9-]{2,31})-(?P<day>\d{8})-(?P<rand>[A-Z2-7]{8})(?P<check>[0-9A-Z])$"
)


def mod37_36_check(body: str) -> str:
    """ISO 7064 hybrid MOD 37,36 check character for a string over 0-9A-Z."""
    m = 36
    p = m
    for ch in body:
        s = (p + ALPHANUMERIC.index(ch)) % m or m
        p = (2 * s) % (m + 1)
    return ALPHANUMERIC[(m + 1 - p) % m]


def _check_input(number: str) -> str:
    return "".join(ch for ch in number if ch != "-")


@dataclass(frozen=True)
class TrackingNumber:
    text: str
    terminal_id: str
    day: date

    def __str__(self) -> str:
        return self.text


def make_tracking_number(terminal_id: str, day: date, random_part: str | None = None) -> TrackingNumber:
    rand = random_part if random_part is not None else "".join(secrets.choice(BASE32) for _ in range(RANDOM_LENGTH))
    body = f"{terminal_id}-{day:%Y%m%d}-{rand}"
    text = body + mod37_36_check(_check_input(body))
    return parse_tracking_number(text)


def looks_like_tracking_number(text: str) -> bool:
    return TRACKING_RE.match(text.strip().upper()) is not None


def parse_tracking_number(text: str) -> TrackingNumber:
    """Normalise (trim, upper-case) and validate, or raise ``InvalidTrackingNumber``."""
    number = text.strip().upper()
    m = TRACKING_RE.match(number)
    if m is None:
        raise InvalidTrackingNumber(f"tracking number has the wrong shape (length {len(number)})")
    if mod37_36_check(_check_input(number[:-1])) != m["check"]:
        raise InvalidTrackingNumber(f"tracking number {number} fails its MOD 37,36 check")
    try:
        day = date(int(m["day"][:4]), int(m["day"][4:6]), int(m["day"][6:]))
    except ValueError as exc:
        raise InvalidTrackingNumber(f"tracking number {number} carries an impossible date") from exc
    return TrackingNumber(text=number, terminal_id=m["terminal"], day=day)
