"""Serial scan engines send each decoded code as its bytes followed by CR, LF or CR LF.

The bytes are whatever the code held: UTF-8, or GBK on many Chinese-configured engines. Strict
UTF-8 first, then GB18030 (a superset of GBK), then ISO-8859-1 so a line is never lost.
"""

from __future__ import annotations

from drivers.qr.charset import redecode

MAX_LINE = 4096  # longer than any QR payload: a line without terminator this long is noise


def decode_line(raw: bytes) -> str:
    # The same order the camera's charset rule uses for ECI-less bytes.
    return redecode(raw)


def encode_line(text: str, charset: str = "utf-8", terminator: bytes = b"\r\n") -> bytes:
    """The engine's side, for the simulator and tests."""
    return text.encode(charset) + terminator


class LineSplitter:
    """Feed arbitrary chunks, get complete non-empty lines back as text."""

    def __init__(self) -> None:
        self._buffer = bytearray()

    def feed(self, chunk: bytes) -> list[str]:
        self._buffer += chunk
        lines: list[str] = []
        while True:
            cut = next((i for i, b in enumerate(self._buffer) if b in (0x0D, 0x0A)), -1)
            if cut < 0:
                break
            raw = bytes(self._buffer[:cut])
            del self._buffer[: cut + 1]
            if raw:
                lines.append(decode_line(raw))
        if len(self._buffer) > MAX_LINE:
            self._buffer.clear()
        return lines
