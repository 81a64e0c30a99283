"""The 256-byte UCS-2 text block of the four card layouts, chosen by the type marker at 248–249.

Fields are fixed-width, right-padded with U+0020 (some readers use U+0000); only the right side is
stripped, so a name with an inner space survives. Decoding raises ``TextBlockError`` only.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from drivers.idcard.ethnicity import ethnicity_code, ethnicity_name
from drivers.idcard.frames import FrameError
from kiosk.domain.identity import CardType, Gender, Identity

TEXT_LEN = 256
MARKER_OFFSET = 248
LONG_TERM = "长期"

MARKERS: dict[str, CardType] = {
    " ": CardType.RESIDENT_ID,
    "\x00": CardType.RESIDENT_ID,  # readers that pad with U+0000 leave no space at the marker
    "J": CardType.HMT_RESIDENCE_PERMIT,
    "I": CardType.FOREIGNER_2017,
    "Y": CardType.FOREIGNER_2023,
}
MARKER_OF: dict[CardType, str] = {
    CardType.RESIDENT_ID: " ",
    CardType.HMT_RESIDENCE_PERMIT: "J",
    CardType.FOREIGNER_2017: "I",
    CardType.FOREIGNER_2023: "Y",
}


class TextBlockError(FrameError):
    """The text block cannot be decoded (wrong size, bad UCS-2, malformed date, unknown code)."""


class UnknownCardType(TextBlockError):
    def __init__(self, marker: str) -> None:
        super().__init__(f"unknown card-type marker {marker.encode('utf-16-le').hex(' ')} at bytes 248-249")
        self.marker = marker


# (offset, byte width) of every field, per layout.
_RESIDENT = {
    "name": (0, 30), "gender": (30, 2), "ethnicity": (32, 4), "birth": (36, 16), "address": (52, 70),
    "number": (122, 36), "issuer": (158, 30), "from": (188, 16), "to": (204, 16),
}  # fmt: skip
_HMT = {
    "name": (0, 30), "gender": (30, 2), "birth": (36, 16), "address": (52, 70), "number": (122, 36),
    "issuer": (158, 30), "from": (188, 16), "to": (204, 16), "pass": (220, 18), "count": (238, 4),
}  # fmt: skip
_F2017 = {
    "name_en": (0, 120), "gender": (120, 2), "number": (122, 30), "nationality": (152, 6),
    "name": (158, 30), "from": (188, 16), "to": (204, 16), "birth": (220, 16), "version": (236, 4),
    "issuer": (240, 8),
}  # fmt: skip
_F2023 = {
    "name": (0, 30), "gender": (30, 2), "count": (32, 4), "birth": (36, 16), "name_en1": (52, 70),
    "number": (122, 36), "from": (188, 16), "to": (204, 16), "name_en2": (220, 22),
    "nationality": (242, 6), "link": (250, 6),
}  # fmt: skip
LAYOUTS: dict[CardType, dict[str, tuple[int, int]]] = {
    CardType.RESIDENT_ID: _RESIDENT,
    CardType.HMT_RESIDENCE_PERMIT: _HMT,
    CardType.FOREIGNER_2017: _F2017,
    CardType.FOREIGNER_2023: _F2023,
}
_NAME_EN1_CHARS = 35


def _raw(block: bytes, offset: int, width: int) -> str:
    try:
        return block[offset : offset + width].decode("utf-16-le")
    except UnicodeDecodeError as exc:
        raise TextBlockError(f"bytes {offset}-{offset + width - 1} are not valid UCS-2") from exc


def _clean(text: str) -> str:
    return text.rstrip(" \x00")


def _date(text: str, field: str) -> date | None:
    text = _clean(text)
    if not text:
        return None
    if len(text) != 8 or not text.isascii() or not text.isdigit():
        raise TextBlockError(f"{field} date field is not 8 digits")
    try:
        return date(int(text[:4]), int(text[4:6]), int(text[6:]))
    except ValueError as exc:
        raise TextBlockError(f"{field} date field is not a calendar date") from exc


def _gender(text: str) -> Gender:
    code = _clean(text) or "0"
    try:
        return Gender(code)
    except ValueError as exc:
        raise TextBlockError(f"gender code {code!r} is not a GB/T 2261.1 code") from exc


def card_type_of(block: bytes) -> CardType:
    if len(block) != TEXT_LEN:
        raise TextBlockError(f"text block is {len(block)} bytes, expected {TEXT_LEN}")
    marker = _raw(block, MARKER_OFFSET, 2)
    try:
        return MARKERS[marker]
    except KeyError:
        raise UnknownCardType(marker) from None


def decode_text(block: bytes, photo: bytes = b"") -> Identity:
    card_type = card_type_of(block)
    layout = LAYOUTS[card_type]
    raw = {key: _raw(block, off, width) for key, (off, width) in layout.items()}
    f = {key: _clean(value) for key, value in raw.items()}
    to_text = f["to"]
    long_term = to_text == LONG_TERM
    identity = Identity(
        card_type=card_type,
        name=f.get("name", ""),
        document_number=f["number"],
        gender=_gender(raw["gender"]),
        birth_date=_date(raw["birth"], "birth"),
        address=f.get("address", ""),
        issuer=f.get("issuer", ""),
        valid_from=_date(raw["from"], "valid-from"),
        valid_to=None if long_term else _date(raw["to"], "valid-to"),
        long_term=long_term,
        nationality=f.get("nationality", ""),
        pass_number=f.get("pass", ""),
        issue_count=f.get("count", ""),
        card_version=f.get("version", ""),
        former_number_link=f.get("link", ""),
        photo=photo,
    )
    if card_type is CardType.RESIDENT_ID:
        identity = replace(identity, ethnicity=ethnicity_name(f["ethnicity"]))
    if card_type is CardType.FOREIGNER_2017:
        identity = replace(identity, name_en=f["name_en"])
    if card_type is CardType.FOREIGNER_2023:
        identity = replace(identity, name_en=_clean(raw["name_en1"] + raw["name_en2"]))
    if not identity.name:
        identity = replace(identity, name=identity.name_en)
    return identity


def _put(block: bytearray, offset: int, width: int, text: str, field: str) -> None:
    data = text.encode("utf-16-le")
    if len(data) > width:
        raise TextBlockError(f"{field} needs {len(data)} bytes, the field holds {width}")
    block[offset : offset + width] = data + " ".encode("utf-16-le") * ((width - len(data)) // 2)


def _date_text(value: date | None) -> str:
    return value.strftime("%Y%m%d") if value else ""


def encode_text(identity: Identity) -> bytes:
    """The card's text block for ``identity`` (the simulator's side, and round-trip tests)."""
    if identity.card_type not in LAYOUTS:
        raise TextBlockError(f"{identity.card_type.value} has no ID-card text layout")
    layout = LAYOUTS[identity.card_type]
    block = bytearray(" ".encode("utf-16-le") * (TEXT_LEN // 2))
    name_zh = "" if identity.name == identity.name_en and identity.name_en else identity.name
    values = {
        "name": name_zh,
        "gender": identity.gender.value,
        "ethnicity": ethnicity_code(identity.ethnicity),
        "birth": _date_text(identity.birth_date),
        "address": identity.address,
        "number": identity.document_number,
        "issuer": identity.issuer,
        "from": _date_text(identity.valid_from),
        "to": LONG_TERM if identity.long_term else _date_text(identity.valid_to),
        "pass": identity.pass_number,
        "count": identity.issue_count,
        "nationality": identity.nationality,
        "version": identity.card_version,
        "link": identity.former_number_link,
        "name_en": identity.name_en,
        "name_en1": identity.name_en[:_NAME_EN1_CHARS],
        "name_en2": identity.name_en[_NAME_EN1_CHARS:],
    }
    for key, (offset, width) in layout.items():
        _put(block, offset, width, values[key], key)
    _put(block, MARKER_OFFSET, 2, MARKER_OF[identity.card_type], "marker")
    return bytes(block)
