"""A cheap look for QR finder patterns, used to decide whether a frame deserves the costly retries.

A finder pattern binarises to three nested contours (dark 7×7 ring, light 5×5 ring, dark 3×3
square). Looking for that nesting on a reduced, adaptively thresholded frame costs well under a
millisecond, and almost every empty frame has no such triple, so retries run only where a code
probably is.
"""

from __future__ import annotations

import cv2
import numpy as np

WORK_WIDTH = 400  # halve until at most this wide: finder patterns of a readable code survive it


def _nested_squares(binary: np.ndarray) -> list[tuple[int, int, int, int]]:
    contours, hierarchy = cv2.findContours(binary, cv2.RETR_TREE, cv2.CHAIN_APPROX_SIMPLE)
    if hierarchy is None:
        return []
    h = hierarchy[0]
    first_child = h[:, 2]
    # only contours with a grandchild can be finder patterns; select them without a Python loop
    has_child = first_child >= 0
    candidates = np.nonzero(has_child)[0]
    candidates = candidates[first_child[first_child[candidates]] >= 0]
    boxes: list[tuple[int, int, int, int]] = []
    for i in candidates:
        contour = contours[i]
        child = int(first_child[i])
        grandchild = int(first_child[child])
        outer = cv2.contourArea(contour)
        mid = cv2.contourArea(contours[child])
        inner = cv2.contourArea(contours[grandchild])
        if outer < 30 or mid <= 0 or inner <= 0:
            continue
        # ideal ratios 49/25 ≈ 2.0 and 25/9 ≈ 2.8, loose for blur, perspective and thresholding
        if not (1.2 < outer / mid < 4.5 and 1.2 < mid / inner < 8.0):
            continue
        x, y, w, hh = cv2.boundingRect(contour)
        if 0.4 < w / max(hh, 1) < 2.5:
            boxes.append((x, y, w, hh))
    return boxes


def finder_boxes(gray: np.ndarray) -> list[tuple[int, int, int, int]]:
    """Bounding boxes (in ``gray`` pixels) of likely finder patterns of either polarity."""
    small, scale = gray, 1.0
    while small.shape[1] > WORK_WIDTH:
        # pyrDown smooths while it halves; a median then removes the sensor noise and fine
        # texture that would otherwise make findContours trace thousands of specks
        small, scale = cv2.pyrDown(small), scale / 2
    small = cv2.medianBlur(small, 3)
    binary = cv2.adaptiveThreshold(small, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 11, 8)
    boxes = _nested_squares(binary) + _nested_squares(cv2.bitwise_not(binary))
    return [(int(x / scale), int(y / scale), int(w / scale), int(h / scale)) for x, y, w, h in boxes]
