"""The four corners of a paper sheet in a camera frame, and the geometric checks a plausible sheet passes."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

# A sheet photographed with up to ~30° of tilt and rotation still has corner angles well inside these
# bounds; a sliver or a bow-tie from a bad contour does not.
MIN_CORNER_ANGLE = 45.0
MAX_CORNER_ANGLE = 135.0
MIN_AREA_FRACTION = 0.15
# Sides of an A4 sheet are 1 : 1.414; perspective stretches that, but not beyond these.
MAX_SIDE_RATIO = 3.0
# Corners this close to the frame edge (as a share of the shorter frame side) mean the sheet is cut off.
BORDER_MARGIN = 0.004


@dataclass(frozen=True)
class PageQuad:
    """Corners in frame pixels, ordered top-left, top-right, bottom-right, bottom-left."""

    corners: tuple[tuple[float, float], ...]
    frame_width: int
    frame_height: int

    def as_array(self) -> np.ndarray:
        return np.asarray(self.corners, dtype=np.float32)

    @property
    def area(self) -> float:
        return polygon_area(self.as_array())

    @property
    def area_fraction(self) -> float:
        return self.area / float(self.frame_width * self.frame_height)

    @property
    def landscape(self) -> bool:
        """True when the sheet's horizontal sides (as seen) are longer than its vertical ones."""
        p = self.as_array()
        horizontal = _dist(p[0], p[1]) + _dist(p[3], p[2])
        vertical = _dist(p[0], p[3]) + _dist(p[1], p[2])
        return horizontal > vertical

    @classmethod
    def from_points(cls, points: np.ndarray, frame_width: int, frame_height: int) -> PageQuad:
        ordered = order_corners(points)
        corners = tuple((float(x), float(y)) for x, y in ordered)
        return cls(corners=corners, frame_width=frame_width, frame_height=frame_height)


def _dist(a: np.ndarray, b: np.ndarray) -> float:
    return float(math.hypot(float(a[0] - b[0]), float(a[1] - b[1])))


def polygon_area(points: np.ndarray) -> float:
    x = points[:, 0].astype(np.float64)
    y = points[:, 1].astype(np.float64)
    return float(abs(np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1))) / 2.0)


def order_corners(points: np.ndarray) -> np.ndarray:
    """Clockwise on screen starting at the top-left corner; holds for rotations up to ±45°."""
    pts = np.asarray(points, dtype=np.float64).reshape(4, 2)
    centre = pts.mean(axis=0)
    # Image y grows downwards, so increasing atan2 angle walks clockwise on screen.
    angles = np.arctan2(pts[:, 1] - centre[1], pts[:, 0] - centre[0])
    clockwise = pts[np.argsort(angles)]
    start = int(np.argmin(clockwise[:, 0] + clockwise[:, 1]))
    return np.roll(clockwise, -start, axis=0)


def corner_angles(points: np.ndarray) -> list[float]:
    pts = np.asarray(points, dtype=np.float64).reshape(4, 2)
    angles = []
    for i in range(4):
        a, b, c = pts[i - 1], pts[i], pts[(i + 1) % 4]
        u, v = a - b, c - b
        norm = float(np.linalg.norm(u) * np.linalg.norm(v))
        if norm == 0.0:
            return [0.0] * 4
        cos = float(np.clip(np.dot(u, v) / norm, -1.0, 1.0))
        angles.append(math.degrees(math.acos(cos)))
    return angles


def is_convex(points: np.ndarray) -> bool:
    pts = np.asarray(points, dtype=np.float64).reshape(4, 2)
    signs = []
    for i in range(4):
        a, b, c = pts[i], pts[(i + 1) % 4], pts[(i + 2) % 4]
        cross = (b[0] - a[0]) * (c[1] - b[1]) - (b[1] - a[1]) * (c[0] - b[0])
        signs.append(cross > 0)
    return all(signs) or not any(signs)


def rejection_reason(points: np.ndarray, frame_width: int, frame_height: int) -> str | None:
    """Why four points cannot be a whole sheet in this frame, or None if they can."""
    pts = order_corners(points)
    if not is_convex(pts):
        return "not convex"
    fraction = polygon_area(pts) / float(frame_width * frame_height)
    if fraction < MIN_AREA_FRACTION:
        return f"area {fraction:.0%} of the frame is below {MIN_AREA_FRACTION:.0%}"
    angles = corner_angles(pts)
    if min(angles) < MIN_CORNER_ANGLE or max(angles) > MAX_CORNER_ANGLE:
        return f"corner angles {min(angles):.0f}°..{max(angles):.0f}° are not a photographed rectangle"
    sides = [_dist(pts[i], pts[(i + 1) % 4]) for i in range(4)]
    if max(sides) > MAX_SIDE_RATIO * min(sides):
        return "sides too unequal"
    margin = BORDER_MARGIN * min(frame_width, frame_height)
    xs, ys = pts[:, 0], pts[:, 1]
    if (xs < margin).any() or (ys < margin).any() or (xs > frame_width - 1 - margin).any() or (
        ys > frame_height - 1 - margin
    ).any():
        return "a corner lies on the frame edge (sheet cut off or the frame itself)"
    return None


def corner_error(found: PageQuad, truth: np.ndarray) -> float:
    """Largest corner distance as a share of the true sheet's diagonal."""
    truth = order_corners(truth)
    found_pts = found.as_array().astype(np.float64)
    diagonal = max(_dist(truth[0], truth[2]), _dist(truth[1], truth[3]))
    return max(_dist(found_pts[i], truth[i]) for i in range(4)) / diagonal
