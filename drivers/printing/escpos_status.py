"""ESC/POS real-time status (DLE EOT n) replies → values. Pure codec: bytes in, values out.

Each reply is one byte whose bits 1 and 4 are always 1 and bits 0 and 7 always 0; anything else
(an empty reply, a byte from some other command) is *unknown*, never "fine". python-escpos itself
reads an empty paper reply as "plenty of paper", which is why the terminal decodes replies here.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

DLE_EOT = b"\x10\x04"
QUERY_PRINTER = DLE_EOT + b"\x01"
QUERY_OFFLINE_CAUSE = DLE_EOT + b"\x02"
QUERY_PAPER = DLE_EOT + b"\x04"

FIXED_MASK = 0x93
FIXED_VALUE = 0x12
OFFLINE_BIT = 0x08
COVER_OPEN_BIT = 0x04
PAPER_STOP_BIT = 0x20
ERROR_BIT = 0x40
NEAR_END_BITS = 0x0C
PAPER_END_BITS = 0x60


class Paper(enum.Enum):
    OK = "ok"
    NEAR_END = "near_end"
    OUT = "out"
    UNKNOWN = "unknown"


def _status_byte(reply: bytes) -> int | None:
    if len(reply) != 1 or reply[0] & FIXED_MASK != FIXED_VALUE:
        return None
    return reply[0]


def decode_online(reply: bytes) -> bool | None:
    b = _status_byte(reply)
    return None if b is None else not b & OFFLINE_BIT


def decode_paper(reply: bytes) -> Paper:
    b = _status_byte(reply)
    if b is None:
        return Paper.UNKNOWN
    if b & PAPER_END_BITS:
        return Paper.OUT
    if b & NEAR_END_BITS:
        return Paper.NEAR_END
    return Paper.OK


def decode_offline_cause(reply: bytes) -> frozenset[str] | None:
    b = _status_byte(reply)
    if b is None:
        return None
    causes = set()
    if b & COVER_OPEN_BIT:
        causes.add("cover-open")
    if b & PAPER_STOP_BIT:
        causes.add("media-empty")
    if b & ERROR_BIT:
        causes.add("error")
    return frozenset(causes)


def encode_online(online: bool) -> bytes:
    return bytes([FIXED_VALUE | (0 if online else OFFLINE_BIT)])


def encode_paper(paper: Paper) -> bytes:
    bits = {Paper.OK: 0, Paper.NEAR_END: NEAR_END_BITS, Paper.OUT: PAPER_END_BITS | NEAR_END_BITS}[paper]
    return bytes([FIXED_VALUE | bits])


def encode_offline_cause(causes: frozenset[str]) -> bytes:
    b = FIXED_VALUE
    b |= COVER_OPEN_BIT if "cover-open" in causes else 0
    b |= PAPER_STOP_BIT if "media-empty" in causes else 0
    b |= ERROR_BIT if "error" in causes else 0
    return bytes([b])


@dataclass(frozen=True)
class EscposStatus:
    online: bool | None
    paper: Paper
    causes: frozenset[str] | None = None  # why it is offline, when asked

    def problem(self) -> str | None:
        """The problem key (a kiosk.messages.PrintProblem value) that stops printing, or None when it may print."""
        if self.online is None or self.paper is Paper.UNKNOWN:
            return "no-status"
        if self.paper is Paper.OUT or (self.causes and "media-empty" in self.causes):
            return "media-empty"
        if not self.online:
            if self.causes and "cover-open" in self.causes:
                return "cover-open"
            return "offline"
        return None
