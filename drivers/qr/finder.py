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
    factor = 1
    while gray.shape[1] // (factor * 2) >= WORK_WIDTH // 2 and gray.shape[1] // factor > WORK_WIDTH:
        factor *= 2
    if factor > 1:
        # one bilinear step to the working size costs 60% of two pyrDowns; the median then
        # removes the sensor noise and fine texture that would make findContours trace specks
        scale = 1 / factor
        small = cv2.resize(gray, (gray.shape[1] // factor, gray.shape[0] // factor), interpolation=cv2.INTER_LINEAR)
    small = cv2.medianBlur(small, 3)
    binary = cv2.adaptiveThreshold(small, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 11, 8)
    # one contour tree holds both polarities: a dark-on-light finder is outer > hole > outer, a
    # light-on-dark one hole > outer > hole, and both are a contour with a grandchild
    boxes = _nested_squares(binary)
    return [(int(x / scale), int(y / scale), int(w / scale), int(h / scale)) for x, y, w, h in boxes]


Box = tuple[int, int, int, int]


def _same_place(a: Box, b: Box) -> bool:
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    ix = max(0, min(ax + aw, bx + bw) - max(ax, bx))
    iy = max(0, min(ay + ah, by + bh) - max(ay, by))
    return ix * iy * 2 > min(aw * ah, bw * bh)


def code_finders(boxes: list[Box]) -> list[Box]:
    """The boxes that could be two finder patterns of one code.

    A code's three finder patterns have the same size and their centres lie 2 (version 1) to 25
    (version 40) finder widths apart. A lone nested square (an icon, a window pane, a tile) is
    not a code, and retries around it would cost as much as the whole first stage.
    """
    distinct: list[Box] = []
    for box in boxes:  # the same square can be found in both polarities
        if not any(_same_place(box, d) for d in distinct):
            distinct.append(box)
    paired: list[Box] = []
    for i, a in enumerate(distinct):
        for b in distinct[i + 1 :]:
            sa, sb = max(a[2], a[3]), max(b[2], b[3])
            if max(sa, sb) > 1.6 * min(sa, sb):
                continue
            dx = (a[0] + a[2] / 2) - (b[0] + b[2] / 2)
            dy = (a[1] + a[3] / 2) - (b[1] + b[3] / 2)
            distance = (dx * dx + dy * dy) ** 0.5 / ((sa + sb) / 2)
            if 1.6 <= distance <= 26:
                paired += [box for box in (a, b) if box not in paired]
    return paired
