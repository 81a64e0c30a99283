"""Find the paper sheet in a camera frame.

Candidates come from two independent views of the frame, because each fails where the other holds:
edges (Canny) survive uneven light but break where the desk is as pale as the paper; brightness
(Otsu on the darkest channel, where white paper stays bright but coloured clutter does not) survives
faint edges but not a strong light gradient. Every candidate is reduced to four corners, checked for
being a plausible photographed sheet, then its sides are re-fitted to the edge pixels along them so
the corners are accurate to about a pixel of the working resolution.
"""

from __future__ import annotations

from collections.abc import Iterable

import cv2
import numpy as np

from drivers.document.quad import PageQuad, order_corners, polygon_area, rejection_reason

Line = tuple[float, float, float, float]  # direction x, y; a point x, y


WORK_LONG_SIDE = 640  # detection runs on a downscaled copy; corners are scaled back
_EPSILONS = (0.01, 0.02, 0.03, 0.045)
_MIN_EDGE_SUPPORT = 0.6  # share of the outline that must run along real edges
_SIDE_BAND = 4.0  # px at working size: edge pixels this close to a side belong to it
# Opening with this removes things fused to the sheet that are thinner than ~20 px of the full frame.
_SPUR_KERNEL = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (11, 11))


def detect_page(frame_bgr: np.ndarray) -> PageQuad | None:
    """The largest plausible sheet in the frame, or None if there is none."""
    height, width = frame_bgr.shape[:2]
    scale = WORK_LONG_SIDE / max(width, height)
    small = cv2.resize(frame_bgr, (round(width * scale), round(height * scale)), interpolation=cv2.INTER_AREA)
    small_h, small_w = small.shape[:2]
    gray = cv2.cvtColor(small, cv2.COLOR_BGR2GRAY) if small.ndim == 3 else small
    gray = cv2.GaussianBlur(gray, (5, 5), 0)
    edges = _edges(gray)
    support_map = cv2.dilate(edges, np.ones((3, 3), np.uint8))

    contours = _candidate_contours(small, gray, edges)
    best = _best_quad(
        (q for c in contours for q in (_four_corners(c), _four_corners_without_spurs(c, (small_h, small_w)))),
        edges,
        support_map,
    )
    if best is None:
        return None
    return PageQuad.from_points(best / scale, width, height)


def _best_quad(quads: Iterable[np.ndarray | None], edges: np.ndarray, support_map: np.ndarray) -> np.ndarray | None:
    small_h, small_w = edges.shape[:2]
    best: tuple[float, np.ndarray] | None = None
    for quad in quads:
        if quad is None or rejection_reason(quad, small_w, small_h) is not None:
            continue
        refined = _refit_sides(edges, quad)
        if refined is not None and rejection_reason(refined, small_w, small_h) is None:
            quad = refined
        support = edge_support(support_map, quad)
        if support < _MIN_EDGE_SUPPORT:
            continue
        score = polygon_area(quad) * support**2
        if best is None or score > best[0]:
            best = (score, quad)
    return None if best is None else best[1]


def _edges(gray: np.ndarray) -> np.ndarray:
    median = float(np.median(gray))
    low = max(10.0, 0.4 * median)
    return cv2.Canny(gray, low, max(30.0, 1.2 * median))


def _candidate_contours(small: np.ndarray, gray: np.ndarray, edges: np.ndarray) -> list[np.ndarray]:
    min_area = 0.12 * gray.shape[0] * gray.shape[1]
    closed = cv2.morphologyEx(edges, cv2.MORPH_CLOSE, np.ones((3, 3), np.uint8))
    # RETR_LIST keeps the inner outline of the edge ring round the sheet, which stays clean even when
    # clutter touches the sheet's outside.
    contours = list(cv2.findContours(closed, cv2.RETR_LIST, cv2.CHAIN_APPROX_SIMPLE)[0])
    darkest = small.min(axis=2) if small.ndim == 3 else small
    darkest = cv2.GaussianBlur(darkest, (5, 5), 0)
    _, bright = cv2.threshold(darkest, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    bright = cv2.morphologyEx(bright, cv2.MORPH_OPEN, np.ones((5, 5), np.uint8))
    contours += list(cv2.findContours(bright, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)[0])
    return [c for c in contours if cv2.contourArea(cv2.convexHull(c)) >= min_area]


def _four_corners(contour: np.ndarray) -> np.ndarray | None:
    hull = cv2.convexHull(contour)
    perimeter = cv2.arcLength(hull, True)
    hull_area = cv2.contourArea(hull)
    # A sheet's outline fills its hull; a sheet fused with a large object, or a ring of scattered
    # edges, does not.
    if cv2.contourArea(contour) < 0.8 * hull_area:
        return None
    polygons = [cv2.approxPolyDP(hull, eps * perimeter, True).reshape(-1, 2).astype(np.float64) for eps in _EPSILONS]
    for approx in polygons:
        if len(approx) == 4:
            return approx
    for approx in polygons:
        if 4 < len(approx) <= 8:
            # A small object fused to a side adds short edges: the sheet's sides are still the four
            # longest ones.
            return _longest_four_sides(approx)
    return None


def _four_corners_without_spurs(contour: np.ndarray, shape: tuple[int, int]) -> np.ndarray | None:
    """Retry after cutting away thin things fused to the sheet (a cable, a pen lying against it)."""
    region = np.zeros(shape, np.uint8)
    cv2.drawContours(region, [contour], -1, 255, cv2.FILLED)
    opened = cv2.morphologyEx(region, cv2.MORPH_OPEN, _SPUR_KERNEL)
    parts = cv2.findContours(opened, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)[0]
    if not parts:
        return None
    return _four_corners(max(parts, key=cv2.contourArea))


def _longest_four_sides(polygon: np.ndarray) -> np.ndarray | None:
    n = len(polygon)
    lengths = [float(np.hypot(*(polygon[(i + 1) % n] - polygon[i]))) for i in range(n)]
    keep = sorted(sorted(range(n), key=lambda i: -lengths[i])[:4])
    return _corners_of([_line_through(polygon[i], polygon[(i + 1) % n]) for i in keep])


def _line_through(a: np.ndarray, b: np.ndarray) -> Line:
    direction = (b - a) / max(float(np.hypot(*(b - a))), 1e-9)
    return float(direction[0]), float(direction[1]), float(a[0]), float(a[1])


def _corners_of(lines: list[Line]) -> np.ndarray | None:
    """Corners where each side meets the next, in order."""
    corners = []
    for i in range(4):
        corner = _intersect(lines[i - 1], lines[i])
        if corner is None:
            return None
        corners.append(corner)
    return np.asarray(corners, dtype=np.float64)


def _refit_sides(edges: np.ndarray, quad: np.ndarray) -> np.ndarray | None:
    """Fit each side to the edge pixels near it (ignoring the corners) and intersect neighbours."""
    pts = order_corners(quad)
    ys, xs = np.nonzero(edges)
    pixels = np.column_stack([xs, ys]).astype(np.float64)
    lines = []
    for i in range(4):
        a, b = pts[i], pts[(i + 1) % 4]
        direction = b - a
        length = float(np.hypot(*direction))
        if length < 1.0:
            return None
        unit = direction / length
        rel = pixels - a
        along = rel @ unit
        across = np.abs(rel[:, 0] * unit[1] - rel[:, 1] * unit[0])
        near = pixels[(across <= _SIDE_BAND) & (along > 0.1 * length) & (along < 0.9 * length)]
        if len(near) < 0.3 * length:
            return None
        vx, vy, x0, y0 = cv2.fitLine(near.astype(np.float32), cv2.DIST_HUBER, 0, 0.01, 0.01).ravel()
        lines.append((float(vx), float(vy), float(x0), float(y0)))
    return _corners_of(lines)


def _intersect(l1: Line, l2: Line) -> tuple[float, float] | None:
    vx1, vy1, x1, y1 = l1
    vx2, vy2, x2, y2 = l2
    det = vx1 * vy2 - vy1 * vx2
    if abs(det) < 1e-6:
        return None
    t = ((x2 - x1) * vy2 - (y2 - y1) * vx2) / det
    return x1 + t * vx1, y1 + t * vy1


def edge_support(support_map: np.ndarray, quad: np.ndarray, samples_per_side: int = 40) -> float:
    """Share of points along the outline that sit on an edge pixel."""
    pts = order_corners(quad)
    h, w = support_map.shape[:2]
    t = np.linspace(0.05, 0.95, samples_per_side)[:, None]
    samples = np.vstack([pts[i] + t * (pts[(i + 1) % 4] - pts[i]) for i in range(4)])
    xs = np.rint(samples[:, 0]).astype(np.intp)
    ys = np.rint(samples[:, 1]).astype(np.intp)
    inside = (xs >= 0) & (xs < w) & (ys >= 0) & (ys < h)
    hits = support_map[ys[inside], xs[inside]] > 0
    return float(hits.sum()) / len(samples)
