"""Serial scan engines send each decoded code as its bytes followed by CR, LF or CR LF.

The bytes are whatever the code held, and the engine adds no charset: UTF-8, GBK on many
Chinese-configured engines, Shift_JIS on Japanese ones. They go through the camera's charset rule
(``drivers.qr.charset.readings``): one plausible reading is the text; bytes that read validly and
plausibly in more than one charset come back as every reading, for ``kiosk.codes.resolve`` to
verify (signature, check character) or refuse as ambiguous. Bytes no charset holds still come back
as ISO-8859-1, so a line is never lost.
"""

from __future__ import annotations

from drivers.qr.charset import readings

MAX_LINE = 4096  # longer than any QR payload: a line without terminator this long is noise


def decode_line(raw: bytes) -> tuple[str, ...]:
    """Every plausible reading of one line's bytes: one, or several when they carry no charset that
    can be told."""
    return readings(raw)


def encode_line(text: str, charset: str = "utf-8", terminator: bytes = b"\r\n") -> bytes:
    """The engine's side, for the simulator and tests."""
    return text.encode(charset) + terminator


class LineSplitter:
    """Feed arbitrary chunks, get complete non-empty lines back, each as its plausible readings.

    Lines are cut on the bytes CR and LF: no UTF-8, GBK or Shift_JIS character holds those bytes
    inside it, so a line is cut before it is decoded."""

    def __init__(self) -> None:
        self._buffer = bytearray()

    def feed(self, chunk: bytes) -> list[tuple[str, ...]]:
        self._buffer += chunk
        lines: list[tuple[str, ...]] = []
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
