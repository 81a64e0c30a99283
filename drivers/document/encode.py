"""Size-bounded JPEG for the outbox: the best quality that fits, shrinking the page only if it must."""

from __future__ import annotations

import cv2
import numpy as np

DEFAULT_MAX_BYTES = 400_000
_QUALITIES = (92, 85, 78, 70, 62, 55, 48, 40)
_MIN_LONG_SIDE = 600  # below this a page is no longer legible; refuse rather than send mush


class PageTooLarge(ValueError):
    """The page cannot be encoded within the byte budget at a legible size."""


def encode_jpeg(page: np.ndarray, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    image = page
    while True:
        for quality in _QUALITIES:
            ok, buffer = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, quality,
                                                      cv2.IMWRITE_JPEG_OPTIMIZE, 1])
            if not ok:
                raise PageTooLarge(f"JPEG encoder refused a {image.shape} image")
            if len(buffer) <= max_bytes:
                return bytes(buffer.tobytes())
        long_side = max(image.shape[:2])
        if long_side * 0.8 < _MIN_LONG_SIDE:
            raise PageTooLarge(
                f"page {page.shape[1]}x{page.shape[0]} does not fit {max_bytes} bytes even at "
                f"{image.shape[1]}x{image.shape[0]} and quality {_QUALITIES[-1]}"
            )
        image = cv2.resize(image, None, fx=0.8, fy=0.8, interpolation=cv2.INTER_AREA)
