"""The decoder chain the terminal trusts, chosen from measurements (see ``benchmarks/qr_decode.py``).

Order; each stage runs only when the ones before found nothing:

1. zxing-cpp on the whole frame in both polarities (its own full-size inversion pass), exactly
   as zxing-cpp alone would read it: Reed-Solomon checked, 0 misreads measured on real photos.
   The cheaper half-size inverted pass this replaced missed light-on-dark codes of 2-3 px
   modules (a watch screen), which the full-size pass reads.
2. Where zxing-cpp found a symbol it could not decode (it says so at no cost), or else (on a
   camera stream one frame in three), where a finder-pattern look (``finder.py``, ~1 ms) sees two
   finder-like squares of one size at a distance a code's finders can have: retries on that region
   only. An empty frame stops before them.
3. The retries: zxing-cpp with inversion, after an
   adaptive threshold, and after a 2× upscale. Every retry is still zxing-cpp, so a retry can add
   reads but not misreads (they added 5 real-photo reads zxing-cpp alone missed).
4. pyzbar is off by default: it misread 19 real photos that zxing-cpp read correctly and turns GBK
   into other Chinese. With ``allow_pyzbar=True`` it is the last stage and only ASCII text is kept.

Text is never guessed: zxing-cpp's own charset guess is ignored, and the symbol's bytes go through
``charset.symbol_readings``, which gives every plausible reading of ECI-less bytes. A symbol with
more than one is returned *ambiguous* (``Decoded.text is None``) for the caller to verify or refuse.
A symbol lying inside another decoded symbol is part of that symbol's artwork, not a second code.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from typing import cast

import cv2
import numpy as np
import zxingcpp

from drivers.qr.charset import CharsetError, symbol_readings
from drivers.qr.finder import code_finders, finder_boxes

log = logging.getLogger("drivers.qr")

# The enum converts to BarcodeFormats implicitly. A module-level BarcodeFormats instance outlives
# nanobind at interpreter exit, which then prints a page of "leaked instance" warnings.
_QR = cast(zxingcpp.BarcodeFormats, zxingcpp.BarcodeFormat.QRCode)

Point = tuple[float, float]


@dataclass(frozen=True)
class Decoded:
    """One symbol: its plausible readings (one unless the bytes were ambiguous) and where it was."""

    readings: tuple[str, ...]
    stage: str  # which stage read it: for the technician screen and the benchmark
    corners: tuple[Point, Point, Point, Point] = ((0, 0), (0, 0), (0, 0), (0, 0))

    @property
    def ambiguous(self) -> bool:
        return len(self.readings) > 1

    @property
    def text(self) -> str | None:
        """The text, or None when the bytes read as several plausible texts: never trust one of them."""
        return self.readings[0] if len(self.readings) == 1 else None


def to_gray(frame: np.ndarray) -> np.ndarray:
    if frame.ndim == 2:
        return frame
    return cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY if frame.shape[2] == 3 else cv2.COLOR_BGRA2GRAY)


def _corners(position: zxingcpp.Position, scale: float, offset: tuple[int, int]) -> tuple[Point, Point, Point, Point]:
    pts = (position.top_left, position.top_right, position.bottom_right, position.bottom_left)
    ox, oy = offset
    c = [(p.x * scale + ox, p.y * scale + oy) for p in pts]
    return (c[0], c[1], c[2], c[3])


def _inside(inner: Decoded, outer: Decoded) -> bool:
    contour = np.array(outer.corners, np.float32).reshape(-1, 1, 2)
    area_outer = abs(cv2.contourArea(contour))
    area_inner = abs(cv2.contourArea(np.array(inner.corners, np.float32).reshape(-1, 1, 2)))
    cx = sum(x for x, _ in inner.corners) / 4
    cy = sum(y for _, y in inner.corners) / 4
    return area_inner < area_outer and cv2.pointPolygonTest(contour, (cx, cy), False) > 0


def outermost(symbols: list[Decoded]) -> list[Decoded]:
    """Drop symbols inside another symbol (a code printed in a code's centre) and repeats."""
    kept: list[Decoded] = []
    for s in symbols:
        if any(_inside(s, other) for other in symbols if other is not s):
            continue
        if any(s.readings == k.readings for k in kept):
            continue
        kept.append(s)
    return kept


def _first_pass(gray: np.ndarray) -> tuple[list[Decoded], list[tuple[int, int, int, int]]]:
    """zxing-cpp on the whole frame: the symbols it read, and the boxes of symbols it found but
    could not decode (free evidence that a retry around them is worth its cost)."""
    out, failed = [], []
    for b in zxingcpp.read_barcodes(gray, formats=_QR, text_mode=zxingcpp.TextMode.HexECI, return_errors=True):
        corners = _corners(b.position, 1.0, (0, 0))
        if not b.valid:
            xs, ys = [int(x) for x, _ in corners], [int(y) for _, y in corners]
            # a finder-sized box at each end, so _crop's margins cover the whole symbol
            side = max(8, (max(xs) - min(xs) + max(ys) - min(ys)) // 14)
            failed += [(min(xs), min(ys), side, side), (max(xs) - side, max(ys) - side, side, side)]
            continue
        try:
            texts = symbol_readings(b.text)
        except CharsetError as exc:
            log.warning("QR symbol skipped: %s", exc)
            continue
        out.append(Decoded(texts, "zxing", corners))
    return outermost(out), failed


def read_symbols(
    image: np.ndarray,
    stage: str,
    try_invert: bool = True,
    try_downscale: bool = True,
    scale: float = 1.0,
    offset: tuple[int, int] = (0, 0),
) -> list[Decoded]:
    """zxing-cpp on ``image``; each symbol's readings from its raw bytes, corners in frame pixels."""
    out = []
    for b in zxingcpp.read_barcodes(
        image, formats=_QR, text_mode=zxingcpp.TextMode.HexECI, try_invert=try_invert, try_downscale=try_downscale
    ):
        try:
            texts = symbol_readings(b.text)
        except CharsetError as exc:
            log.warning("QR symbol skipped: %s", exc)
            continue
        out.append(Decoded(texts, stage, _corners(b.position, scale, offset)))
    return outermost(out)


def zxing_texts(image: np.ndarray, try_invert: bool = True, try_downscale: bool = True) -> list[str]:
    """zxing-cpp with the charset rule: the texts of unambiguous symbols (for the benchmark)."""
    return [d.text for d in read_symbols(image, "zxing", try_invert, try_downscale) if d.text is not None]


def _crop(gray: np.ndarray, boxes: list[tuple[int, int, int, int]]) -> tuple[np.ndarray, tuple[int, int]]:
    # A code spans at most ~25 finder widths (version 40); 6 finder widths around the patterns
    # covers the codes a kiosk camera can resolve while keeping the retries small.
    side = max(max(w, h) for _, _, w, h in boxes)
    x0 = max(0, min(x for x, _, _, _ in boxes) - 6 * side)
    y0 = max(0, min(y for _, y, _, _ in boxes) - 6 * side)
    x1 = min(gray.shape[1], max(x + w for x, _, w, _ in boxes) + 6 * side)
    y1 = min(gray.shape[0], max(y + h for _, y, _, h in boxes) + 6 * side)
    return gray[y0:y1, x0:x1], (x0, y0)


CAMERA_FINDER_EVERY = 3


class DecoderChain:
    """``finder_every``: look for finder patterns on one frame in that many that reach the look.

    A single image (the default, 1) gets every stage. The camera passes ``CAMERA_FINDER_EVERY``:
    a code held up to it stays in view for dozens of frames, so looking on every third frame
    delays a retry read by at most two frames (~0.1 s) while keeping the cost per empty frame
    within 1.2x of zxing-cpp alone (``benchmarks/qr_decode.py``).
    """

    def __init__(self, allow_pyzbar: bool = False, finder_every: int = 1) -> None:
        self.allow_pyzbar = allow_pyzbar
        self.finder_every = max(1, finder_every)
        self._undetected = 0

    def decode(self, frame: np.ndarray) -> list[Decoded]:
        """Every code in the frame, once each; an ambiguous one has ``text is None``."""
        gray = to_gray(frame)
        found, failed = _first_pass(gray)
        if found:
            return found
        boxes = failed
        if not boxes:
            self._undetected += 1
            if self._undetected % self.finder_every:
                return []
            boxes = code_finders(finder_boxes(gray))
            if not boxes:
                return []
        region, offset = _crop(gray, boxes)
        for stage, image, scale in self._retries(region):
            found = read_symbols(image, stage, scale=scale, offset=offset)
            if found:
                return found
        if self.allow_pyzbar:
            return [Decoded((t,), "pyzbar-ascii") for t in _pyzbar_ascii(region)]
        return []

    @staticmethod
    def _retries(region: np.ndarray) -> Iterator[tuple[str, np.ndarray, float]]:
        # a generator, so each retry image is only made when the previous retries read nothing
        yield "retry-region", region, 1.0
        blurred = cv2.GaussianBlur(region, (0, 0), 1.0)
        yield (
            "retry-threshold",
            cv2.adaptiveThreshold(blurred, 255, cv2.ADAPTIVE_THRESH_GAUSSIAN_C, cv2.THRESH_BINARY, 31, 5),
            1.0,
        )
        yield "retry-upscale", cv2.resize(region, None, fx=2, fy=2, interpolation=cv2.INTER_CUBIC), 0.5


def _pyzbar_ascii(image: np.ndarray) -> list[str]:
    from pyzbar import pyzbar

    out = []
    for symbol in pyzbar.decode(image, symbols=[pyzbar.ZBarSymbol.QRCODE]):
        if symbol.data.isascii():
            out.append(symbol.data.decode("ascii"))
    return out
