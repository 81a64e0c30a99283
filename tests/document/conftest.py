from __future__ import annotations

import cv2
import numpy as np


def layout_similarity(page: np.ndarray, original: np.ndarray, width: int = 210) -> float:
    """Normalised cross-correlation of two pages at layout scale (text lines, table, stamp)."""
    height = round(width * original.shape[0] / original.shape[1])

    def prepare(image: np.ndarray) -> np.ndarray:
        gray = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
        small = cv2.resize(gray, (width, height), interpolation=cv2.INTER_AREA).astype(np.float64)
        blurred = cv2.GaussianBlur(small, (0, 0), 1.5)
        return np.asarray(blurred - blurred.mean(), np.float64)

    a, b = prepare(page), prepare(original)
    return float((a * b).sum() / np.sqrt((a * a).sum() * (b * b).sum()))
