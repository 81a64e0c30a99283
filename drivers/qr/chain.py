"""The decoder chain the terminal trusts, chosen from measurements (see ``benchmarks/qr_decode.py``).

Order, cheapest and most trustworthy first; each stage runs only when the ones before found nothing:

1. zxing-cpp on the frame, no inversion pass (Reed-Solomon checked, 0 misreads measured), with the
   charset rule of ``charset.py``.
2. zxing-cpp on the inverted, halved frame: light-on-dark codes (phone screens in dark mode) at a
   quarter of the cost of zxing-cpp's own full-size inversion pass.
3. A finder-pattern look (``finder.py``, < 1 ms). An empty frame stops here.
4. Retries on the region around the finder patterns only: zxing-cpp with inversion, after an
   adaptive threshold, and after a 2× upscale. Every retry is still zxing-cpp, so a retry can add
   reads but not misreads.
5. pyzbar is off by default: it misread 19 real photos that zxing-cpp read correctly and turns GBK
   into other Chinese. With ``allow_pyzbar=True`` it is the last stage and only ASCII text is kept.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import cast

import cv2
import numpy as np
import zxingcpp

from drivers.qr.charset import fix_text, is_failed_guess
from drivers.qr.finder import finder_boxes

# The enum converts to BarcodeFormats implicitly. A module-level BarcodeFormats instance outlives
# nanobind at interpreter exit, which then prints a page of "leaked instance" warnings.
_QR = cast(zxingcpp.BarcodeFormats, zxingcpp.BarcodeFormat.QRCode)


@dataclass(frozen=True)
class Decoded:
    text: str
    stage: str  # which stage read it: for the technician screen and the benchmark


def to_gray(frame: np.ndarray) -> np.ndarray:
    if frame.ndim == 2:
        return frame
    return cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY if frame.shape[2] == 3 else cv2.COLOR_BGRA2GRAY)


def _has_eci(image: np.ndarray, raw: bytes) -> bool:
    # Only asked for the rare symbol whose text looks like a failed charset guess: HexECI output
    # starts with the symbology identifier, whose modifier is "2" when the symbol has ECI.
    for b in zxingcpp.read_barcodes(image, formats=_QR, text_mode=zxingcpp.TextMode.HexECI):
        header = bytes.fromhex(b.text[:8].replace(" ", ""))
        if header[:3] == b"]Q2":
            return True
    return False


def zxing_texts(image: np.ndarray, try_invert: bool = True, try_downscale: bool = True) -> list[str]:
    """zxing-cpp in Plain text mode with the charset rule applied to each symbol."""
    texts = []
    for b in zxingcpp.read_barcodes(
        image, formats=_QR, text_mode=zxingcpp.TextMode.Plain, try_invert=try_invert, try_downscale=try_downscale
    ):
        raw = bytes(b.bytes)
        eci = is_failed_guess(b.text, raw) and _has_eci(image, raw)
        texts.append(fix_text(b.text, raw, eci))
    return texts


def _crop(gray: np.ndarray, boxes: list[tuple[int, int, int, int]]) -> np.ndarray:
    # A code spans at most ~25 finder widths (version 40); 6 finder widths around the patterns
    # covers the codes a kiosk camera can resolve while keeping the retries small.
    side = max(max(w, h) for _, _, w, h in boxes)
    x0 = max(0, min(x for x, _, _, _ in boxes) - 6 * side)
    y0 = max(0, min(y for _, y, _, _ in boxes) - 6 * side)
    x1 = min(gray.shape[1], max(x + w for x, _, w, _ in boxes) + 6 * side)
    y1 = min(gray.shape[0], max(y + h for _, y, _, h in boxes) + 6 * side)
    return gray[y0:y1, x0:x1]


class DecoderChain:
    def __init__(self, allow_pyzbar: bool = False) -> None:
        self.allow_pyzbar = allow_pyzbar

    def decode(self, frame: np.ndarray) -> list[Decoded]:
        gray = to_gray(frame)
        texts = zxing_texts(gray, try_invert=False)
        if texts:
            return [Decoded(t, "zxing") for t in texts]
        texts = zxing_texts(cv2.bitwise_not(cv2.pyrDown(gray)), try_invert=False, try_downscale=False)
        if texts:
            return [Decoded(t, "zxing-inverted-half") for t in texts]
        boxes = finder_boxes(gray)
        if not boxes:
            return []
        region = _crop(gray, boxes)
        for stage, image in self._retries(region):
            texts = zxing_texts(image)
            if texts:
                return [Decoded(t, stage) for t in texts]
        if self.allow_pyzbar:
            return [Decoded(t, "pyzbar-ascii") for t in _pyzbar_ascii(region)]
        return []

    @staticmethod
    def _retries(region: np.ndarray) -> Iterator[tuple[str, np.ndarray]]:
        # a generator, so each retry image is only made when the previous retries read nothing
        yield "retry-region", region
        blurred = cv2.GaussianBlur(region, (0, 0), 1.0)
        yield "retry-threshold", cv2.adaptiveThreshold(
            blurred, 255, cv2.ADAPTIVE_THRESH_GAUSSIAN_C, cv2.THRESH_BINARY, 31, 5
        )
        yield "retry-upscale", cv2.resize(region, None, fx=2, fy=2, interpolation=cv2.INTER_CUBIC)


def _pyzbar_ascii(image: np.ndarray) -> list[str]:
    from pyzbar import pyzbar

    out = []
    for symbol in pyzbar.decode(image, symbols=[pyzbar.ZBarSymbol.QRCODE]):
        if symbol.data.isascii():
            out.append(symbol.data.decode("ascii"))
    return out
