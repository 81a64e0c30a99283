"""Receipt codes (受理编号) the terminal makes offline, short enough to read aloud and type.

Shape: 12 characters in three groups of four, e.g. ``2EPM-4XAP-2WD8``: 3 characters of the day
(days since 2020-01-01), 8 random characters (40 bits), 1 check character. The alphabet is
Crockford's base32 (``0-9 A-Z`` without I, L, O, U), so no letter can be read as a digit; what a
citizen types is normalised (spaces and hyphens dropped, upper-cased, O read as 0, I and L as 1).

The check character makes the sum ``Σ cᵢ·αⁿ⁻ⁱ`` over GF(32) zero (α a primitive element): every
single wrong character, every swap of neighbours and every swap of characters one apart is caught
(``tests/scanning/test_codes.py`` checks this exhaustively). Clashes: two terminals draw the same
40 random bits on the same day with odds n²/2⁴¹ — 5·10⁻⁵ for 10,000 filings a day in one
deployment. The platform does not yet refuse a second filing under a number it holds (open).
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from datetime import date, timedelta

from kiosk.codes.errors import InvalidTrackingNumber

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: no I, L, O, U
EPOCH = date(2020, 1, 1)
DAY_LENGTH = 3  # 32³ days: until 2109
RANDOM_LENGTH = 8
CODE_LENGTH = DAY_LENGTH + RANDOM_LENGTH + 1

_READ_AS = str.maketrans({"O": "0", "I": "1", "L": "1"})
_SHAPE_RE = re.compile(rf"^[{ALPHABET}]{{4}}-?[{ALPHABET}]{{4}}-?[{ALPHABET}]{{4}}$")
_POLY = 0b100101  # x⁵ + x² + 1, primitive: α = x generates GF(32)'s multiplicative group


def _times_alpha(x: int) -> int:
    x <<= 1
    return x ^ _POLY if x & 0b100000 else x


def gf32_check(body: str) -> str:
    """The character that makes ``body + char`` sum to zero as a polynomial in α over GF(32)."""
    acc = 0
    for ch in body:
        acc = _times_alpha(acc) ^ ALPHABET.index(ch)
    return ALPHABET[_times_alpha(acc)]


def normalise(text: str) -> str:
    """What a person typed or a scanner sent, as the 12 code characters (not yet checked)."""
    return "".join(text.split()).upper().replace("-", "").translate(_READ_AS)


def grouped(code: str) -> str:
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))


@dataclass(frozen=True)
class TrackingNumber:
    text: str  # grouped, as printed: 2EPM-4XAP-2WD8
    day: date

    def __str__(self) -> str:
        return self.text


def _encode(n: int, width: int) -> str:
    out = ""
    for _ in range(width):
        n, digit = divmod(n, 32)
        out = ALPHABET[digit] + out
    return out


def make_tracking_number(day: date, random_part: str | None = None) -> TrackingNumber:
    rand = random_part if random_part is not None else "".join(secrets.choice(ALPHABET) for _ in range(RANDOM_LENGTH))
    body = _encode((day - EPOCH).days, DAY_LENGTH) + rand
    return parse_tracking_number(body + gf32_check(body))


def looks_like_tracking_number(text: str) -> bool:
    """Twelve code characters, grouped or not: what a receipt QR or a typed code holds."""
    return _SHAPE_RE.match(text.strip().upper().translate(_READ_AS)) is not None


def problem_with(text: str) -> str:
    """Empty when ``text`` is a whole, valid code; else what is wrong, for the entry field as the
    citizen types: ``short``, ``bad_char`` (with none of I/L/O/U read as digits), ``check``."""
    code = normalise(text)
    if any(ch not in ALPHABET for ch in code):
        return "bad_char"
    if len(code) != CODE_LENGTH:
        return "short" if len(code) < CODE_LENGTH else "long"
    return "" if gf32_check(code[:-1]) == code[-1] else "check"


def parse_tracking_number(text: str) -> TrackingNumber:
    """Normalise and validate, or raise ``InvalidTrackingNumber``."""
    code = normalise(text)
    problem = problem_with(code)
    if problem:
        raise InvalidTrackingNumber(f"tracking number rejected ({problem}, length {len(code)})")
    days = 0
    for ch in code[:DAY_LENGTH]:
        days = days * 32 + ALPHABET.index(ch)
    return TrackingNumber(text=grouped(code), day=EPOCH + timedelta(days=days))
