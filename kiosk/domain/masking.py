"""Masking rules for personal data shown on receipts or written to logs.

ID numbers keep their first and last four characters, names their first character and phone
numbers their first three and last four digits: enough for a citizen or a technician to recognise
a record, not enough to reuse it. A masked name is always its first character and two asterisks,
whatever the name's length (docs/personal-data.md): "A" and 41 asterisks would tell a 42-letter
name apart from a two-character one, and wrap on an 80 mm receipt.
"""

from __future__ import annotations

import re

# 18-character resident/permit/2023-foreigner numbers, 15-character old numbers and the 2017
# foreigner number (3 letters + 12 digits). Bounded by non-alphanumerics so order numbers and
# timestamps embedded in longer tokens are not mangled.
ID_NUMBER_RE = re.compile(r"(?<![0-9A-Za-z])(?:\d{17}[\dXx]|[A-Z]{3}\d{12}|\d{15})(?![0-9A-Za-z])")
PHONE_RE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")


def mask_id_number(number: str) -> str:
    if len(number) <= 8:
        return "*" * len(number)
    return number[:4] + "*" * (len(number) - 8) + number[-4:]


NAME_MASK = "**"


def mask_name(name: str) -> str:
    """First character and a fixed ``**``: the mask reveals nothing about the name's length."""
    name = name.strip()
    if not name:
        return ""
    return name[0] + NAME_MASK


def mask_phone(phone: str) -> str:
    if len(phone) < 7:
        return "*" * len(phone)
    return phone[:3] + "*" * (len(phone) - 7) + phone[-4:]


def mask_text(text: str, names: tuple[str, ...] = ()) -> str:
    """Mask every ID number and phone number in free text, and the given known names."""
    text = ID_NUMBER_RE.sub(lambda m: mask_id_number(m.group(0)), text)
    text = PHONE_RE.sub(lambda m: mask_phone(m.group(0)), text)
    for name in sorted({n for n in names if n}, key=len, reverse=True):
        text = text.replace(name, mask_name(name))
    return text
