"""Faults the simulator can inject into its next reply (or into the line)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DropByte:
    """Leave one byte out of the next reply (a lost byte on the line)."""

    offset: int = 9


@dataclass(frozen=True)
class FlipByte:
    """Invert one byte of the next reply (line noise inside a frame)."""

    offset: int = 12


@dataclass(frozen=True)
class Noise:
    """Send junk, possibly holding preamble fragments, before the next reply."""

    length: int = 40


@dataclass(frozen=True)
class Stall:
    """Send part of the next reply, go silent for ``seconds``, then send the rest."""

    seconds: float = 2.0
    after_bytes: int = 8


@dataclass(frozen=True)
class Duplicate:
    """Send the next reply twice."""


@dataclass(frozen=True)
class Silence:
    """Ignore the next ``count`` requests entirely."""

    count: int = 1


@dataclass(frozen=True)
class GarbledRequest:
    """The next request arrives damaged on the way to the reader, which answers SW3 0x10 (checksum error)."""


Fault = DropByte | FlipByte | Noise | Stall | Duplicate | Silence | GarbledRequest
