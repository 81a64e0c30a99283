"""GB 11643-1999 citizen identity numbers: check character, embedded birth date and gender."""

from __future__ import annotations

from datetime import date

from kiosk.catalog.gb2260 import is_issued_prefix
from kiosk.messages import Say

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"


class IdNumberError(ValueError):
    """``err.say`` is what is wrong (its words take the field's name as %1); ``str(err)`` names the kind."""

    def __init__(self, say: Say) -> None:
        super().__init__(say.value)
        self.say = say


def check_char(first17: str) -> str:
    total = sum(int(c) * w for c, w in zip(first17, _WEIGHTS, strict=True))
    return _CHECK[total % 11]


def normalise(number: str) -> str:
    return number.strip().upper()


def validate_id_number(number: str, *, check_region: bool = True) -> str:
    """Return the normalised 18-character number, or raise ``IdNumberError`` saying what is wrong.

    ``check_region`` also asks that the first six digits name a county that was ever issued
    (GB/T 2260, abolished ones included: a number is kept for life). The 2023 foreigner number has
    the same length and check character but no county in front, so its callers turn this off.
    """
    n = normalise(number)
    if len(n) != 18:
        raise IdNumberError(Say.ID_LENGTH)
    if not n[:17].isdigit() or not (n[17].isdigit() or n[17] == "X"):
        raise IdNumberError(Say.ID_CHARACTERS)
    if check_char(n[:17]) != n[17]:
        raise IdNumberError(Say.ID_CHECK)
    try:
        birth_date_of(n)
    except ValueError as exc:
        raise IdNumberError(Say.ID_BIRTH) from exc
    if check_region and not is_issued_prefix(n[:6]):
        raise IdNumberError(Say.ID_REGION)
    return n


def birth_date_of(number: str) -> date:
    return date(int(number[6:10]), int(number[10:12]), int(number[12:14]))


def is_male(number: str) -> bool:
    """The sequence digit (17th) is odd for men and even for women."""
    return int(number[16]) % 2 == 1
