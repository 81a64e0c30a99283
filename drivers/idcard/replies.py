"""Data parts of the SAM's replies: card reads (30 01, 30 10), appended addresses (30 03), SAM ID (12 FF).

Offsets come from the length fields in the reply, never from hard-coded positions.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from drivers.idcard.frames import FrameError
from drivers.idcard.textblock import TEXT_LEN

PHOTO_LEN = 1024
FINGERPRINT_LENS = (0, 512, 1024)
ADDRESS_RECORD_LEN = 70
MAX_ADDRESS_RECORDS = 4
SAM_ID_LEN = 16


class ReplyDataError(FrameError):
    """A reply's data part does not have the structure its command implies."""


@dataclass(frozen=True)
class CardData:
    text: bytes
    photo: bytes
    fingerprint: bytes = b""


def _lengths(data: bytes, count: int) -> list[int]:
    if len(data) < 2 * count:
        raise ReplyDataError(f"read reply data of {len(data)} bytes cannot hold {count} length fields")
    return [int.from_bytes(data[2 * i : 2 * i + 2], "big") for i in range(count)]


def _check_sizes(text_len: int, photo_len: int) -> None:
    if text_len != TEXT_LEN or photo_len != PHOTO_LEN:
        raise ReplyDataError(f"read reply declares text {text_len} / photo {photo_len} bytes, expected 256 / 1024")


def decode_read(data: bytes) -> CardData:
    """The DATA of a 30 01 reply: text length, photo length, text, photo."""
    text_len, photo_len = _lengths(data, 2)
    _check_sizes(text_len, photo_len)
    if len(data) != 4 + text_len + photo_len:
        raise ReplyDataError(f"30 01 reply data is {len(data)} bytes, its length fields say {4 + text_len + photo_len}")
    return CardData(data[4 : 4 + text_len], data[4 + text_len :])


def decode_read_with_fingerprint(data: bytes) -> CardData:
    """The DATA of a 30 10 reply: three length fields, then text, photo and 0/512/1024 fingerprint bytes."""
    text_len, photo_len, fp_len = _lengths(data, 3)
    _check_sizes(text_len, photo_len)
    if fp_len not in FINGERPRINT_LENS:
        raise ReplyDataError(f"fingerprint length {fp_len} is not 0, 512 or 1024")
    if len(data) != 6 + text_len + photo_len + fp_len:
        raise ReplyDataError(
            f"30 10 reply data is {len(data)} bytes, its length fields say {6 + text_len + photo_len + fp_len}"
        )
    text_end = 6 + text_len
    return CardData(data[6:text_end], data[text_end : text_end + photo_len], data[text_end + photo_len :])


def encode_read(card: CardData) -> bytes:
    _check_sizes(len(card.text), len(card.photo))
    return len(card.text).to_bytes(2, "big") + len(card.photo).to_bytes(2, "big") + card.text + card.photo


def encode_read_with_fingerprint(card: CardData) -> bytes:
    _check_sizes(len(card.text), len(card.photo))
    if len(card.fingerprint) not in FINGERPRINT_LENS:
        raise ReplyDataError(f"fingerprint of {len(card.fingerprint)} bytes is not 0, 512 or 1024")
    lengths = b"".join(n.to_bytes(2, "big") for n in (len(card.text), len(card.photo), len(card.fingerprint)))
    return lengths + card.text + card.photo + card.fingerprint


def decode_appended_addresses(data: bytes) -> tuple[str, ...]:
    """N × 70-byte UCS-2 records (N ≤ 4), space padded; empty records are dropped."""
    if len(data) % ADDRESS_RECORD_LEN or len(data) > ADDRESS_RECORD_LEN * MAX_ADDRESS_RECORDS:
        raise ReplyDataError(f"appended-address data of {len(data)} bytes is not up to 4 records of 70")
    out = []
    for i in range(0, len(data), ADDRESS_RECORD_LEN):
        try:
            text = data[i : i + ADDRESS_RECORD_LEN].decode("utf-16-le").rstrip(" \x00")
        except UnicodeDecodeError as exc:
            raise ReplyDataError(f"appended-address record {i // ADDRESS_RECORD_LEN} is not valid UCS-2") from exc
        if text:
            out.append(text)
    return tuple(out)


def encode_appended_addresses(addresses: tuple[str, ...]) -> bytes:
    if len(addresses) > MAX_ADDRESS_RECORDS:
        raise ReplyDataError(f"{len(addresses)} appended addresses, a card holds at most 4")
    out = b""
    for text in addresses:
        raw = text.encode("utf-16-le")
        if len(raw) > ADDRESS_RECORD_LEN:
            raise ReplyDataError("appended address longer than 35 characters")
        out += raw + b" \x00" * ((ADDRESS_RECORD_LEN - len(raw)) // 2)
    return out


@dataclass(frozen=True)
class SamId:
    a: int
    b: int
    c: int
    d: int
    e: int

    def __str__(self) -> str:
        return f"{self.a:02d}.{self.b:02d}-{self.c:08d}-{self.d:010d}-{self.e:010d}"


def decode_sam_id(data: bytes) -> SamId:
    if len(data) != SAM_ID_LEN:
        raise ReplyDataError(f"SAM ID is {len(data)} bytes, expected 16")
    return SamId(*struct.unpack("<HHIII", data))


def encode_sam_id(sam: SamId) -> bytes:
    try:
        return struct.pack("<HHIII", sam.a, sam.b, sam.c, sam.d, sam.e)
    except struct.error as exc:
        raise ReplyDataError(f"SAM ID part out of range: {exc}") from exc
