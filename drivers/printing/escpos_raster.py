"""1-bit images → ESC/POS ``GS v 0`` raster commands in which no real-time command can occur.

An ESC/POS printer scans every received byte for real-time commands (DLE EOT n status requests,
DLE ENQ n, DLE DC4 fn) before it interprets commands, so a raster image whose data happens to hold
``10 04 01`` makes the printer answer a status request nobody sent, and the terminal's next status
reads fall out of step. ``GS ( D`` cannot help: it only switches off DLE DC4 functions, never
DLE EOT. So the encoder makes such sequences impossible instead:

* a data byte 0x10 (one lone dark dot) directly followed by 0x04, 0x05 or 0x14 is cleared to 0x00:
  one 0.125 mm dot less, and a 0x00 can neither end nor begin a sequence, so one pass suffices;
* images go in bands of at most 255 rows, so each header is ``1D 76 30 00 xL xH yL 00`` and never
  holds a DLE followed by a second byte of a real-time command (a 72-byte row width is 0x48 00).

Pure codec: Pillow image in, bytes out. ``realtime_sequences`` finds what a printer would execute.
"""

from __future__ import annotations

from PIL import Image

DLE = 0x10
REALTIME_SECOND = frozenset({0x04, 0x05, 0x14})  # DLE EOT, DLE ENQ, DLE DC4
RASTER_HEADER = b"\x1dv0\x00"
BAND_ROWS = 255


def raster_bytes(image: Image.Image) -> tuple[int, bytes]:
    """(bytes per row, rows of packed bits, dark dot = 1, most significant bit first)."""
    mono = image.convert("1")
    width_bytes = (mono.width + 7) // 8
    if mono.width % 8:
        padded = Image.new("1", (width_bytes * 8, mono.height), 1)
        padded.paste(mono, (0, 0))
        mono = padded
    # Pillow packs "1" images with white = 1; ESC/POS wants dark = 1.
    data = bytes(b ^ 0xFF for b in mono.tobytes())
    return width_bytes, data


def clear_realtime(data: bytes) -> bytes:
    """``data`` with every DLE that would start a real-time command cleared to 0x00."""
    out = bytearray(data)
    for i in range(len(out) - 1):
        if out[i] == DLE and out[i + 1] in REALTIME_SECOND:
            out[i] = 0x00
    return bytes(out)


def raster_commands(image: Image.Image) -> bytes:
    """``GS v 0`` bands for ``image``; no real-time command sequence anywhere in the result."""
    width_bytes, data = raster_bytes(image)
    if width_bytes > 255:
        raise ValueError(f"raster rows of {width_bytes} bytes are not supported (at most 255)")
    data = clear_realtime(data)
    rows = len(data) // width_bytes if width_bytes else 0
    out = bytearray()
    for first in range(0, rows, BAND_ROWS):
        n = min(BAND_ROWS, rows - first)
        out += RASTER_HEADER + bytes((width_bytes, 0, n, 0))
        out += data[first * width_bytes : (first + n) * width_bytes]
    return bytes(out)


def realtime_sequences(stream: bytes) -> list[int]:
    """Offsets of every DLE EOT / DLE ENQ / DLE DC4 a printer would execute in ``stream``."""
    return [i for i in range(len(stream) - 1) if stream[i] == DLE and stream[i + 1] in REALTIME_SECOND]
