"""Reproducible "photos of a paper page" for tests and the benchmark, generated from a seed.

A document-like page (title, text lines, a table, a red stamp) is rendered upright, then seen by a
pinhole camera tilted up to ~30° and rolled up to ~25°, laid over a cluttered desk, lit unevenly and
given sensor noise. Each photo carries the true corner positions and the upright page it shows, so
detection and rectification can be scored. Nothing binary is committed.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import cv2
import numpy as np

from drivers.document.quad import polygon_area

FRAME_WIDTH, FRAME_HEIGHT = 1280, 720
PAGE_LONG, PAGE_SHORT = 1188, 840  # A4 proportions (√2) at ~100 dpi
# The capture screen draws a guide frame inside the picture, so a citizen's sheet keeps some desk
# visible round it; a sheet cut off by the frame edge is a retake, not a detection target.
EDGE_GAP = 20.0

_WORDS = ("HOUSEHOLD", "REGISTER", "NAME", "ADDRESS", "DATE", "No.", "CERTIFICATE", "SERVICE", "2024", "ID")


@dataclass(frozen=True)
class SyntheticPhoto:
    frame: np.ndarray  # BGR, FRAME_HEIGHT × FRAME_WIDTH
    corners: np.ndarray  # 4×2 float, the sheet's top-left, top-right, bottom-right, bottom-left
    page: np.ndarray  # the upright page that was photographed (BGR)


def _text_width(text: str) -> int:
    return int(cv2.getTextSize(text, cv2.FONT_HERSHEY_SIMPLEX, 0.9, 2)[0][0])


def render_page(rng: np.random.Generator, landscape: bool = False) -> np.ndarray:
    w, h = (PAGE_LONG, PAGE_SHORT) if landscape else (PAGE_SHORT, PAGE_LONG)
    paper = int(rng.integers(236, 252))
    page = np.full((h, w, 3), paper, np.uint8)
    ink = (int(rng.integers(10, 50)),) * 3
    margin = int(0.08 * w)
    y = margin + 30
    cv2.putText(page, "CERTIFICATE", (w // 2 - 190, y), cv2.FONT_HERSHEY_DUPLEX, 1.6, ink, 3, cv2.LINE_AA)
    y += 60
    for _ in range(int(rng.integers(4, 8))):
        words = [str(rng.choice(_WORDS)) for _ in range(int(rng.integers(3, 7)))]
        # Keep the text inside the margins, as on a real form: nothing printed runs into the sheet's edge.
        while len(words) > 1 and _text_width(" ".join(words)) > w - 2 * margin:
            words.pop()
        cv2.putText(page, " ".join(words), (margin, y), cv2.FONT_HERSHEY_SIMPLEX, 0.9, ink, 2, cv2.LINE_AA)
        y += 42
    rows, cols = int(rng.integers(3, 6)), int(rng.integers(2, 5))
    table_bottom = min(h - margin - 160, y + rows * 50)
    cell_h = max(30, (table_bottom - y) // rows)
    cell_w = (w - 2 * margin) // cols
    for r in range(rows + 1):
        cv2.line(page, (margin, y + r * cell_h), (margin + cols * cell_w, y + r * cell_h), ink, 2)
    for c in range(cols + 1):
        cv2.line(page, (margin + c * cell_w, y), (margin + c * cell_w, y + rows * cell_h), ink, 2)
    for r in range(rows):
        for c in range(cols):
            if rng.random() < 0.7:
                text = str(rng.choice(_WORDS))
                org = (margin + c * cell_w + 10, y + r * cell_h + cell_h - 10)
                cv2.putText(page, text, org, cv2.FONT_HERSHEY_SIMPLEX, 0.7, ink, 2, cv2.LINE_AA)
    stamp_centre = (w - margin - 90, h - margin - 90)
    red = (40, 40, 200)
    cv2.circle(page, stamp_centre, 80, red, 5, cv2.LINE_AA)
    cv2.circle(page, stamp_centre, 18, red, -1, cv2.LINE_AA)
    cv2.putText(page, "SEAL", (stamp_centre[0] - 45, stamp_centre[1] + 55), cv2.FONT_HERSHEY_SIMPLEX, 0.9, red, 2)
    cv2.line(page, (margin, h - margin - 40), (margin + 300, h - margin - 40), ink, 2)
    return page


def _clutter(rng: np.random.Generator) -> np.ndarray:
    base = rng.integers(25, 170, size=3)
    frame = np.empty((FRAME_HEIGHT, FRAME_WIDTH, 3), np.uint8)
    frame[:] = base.astype(np.uint8)
    # A wood-grain-like texture so the desk itself has edges.
    stripes = (np.sin(np.linspace(0, rng.uniform(20, 80), FRAME_WIDTH)) * rng.uniform(3, 15)).astype(np.int16)
    frame = np.clip(frame.astype(np.int16) + stripes[None, :, None], 0, 255).astype(np.uint8)
    for _ in range(int(rng.integers(6, 16))):
        colour = tuple(int(v) for v in rng.integers(0, 256, size=3))
        kind = rng.integers(0, 4)
        x, y = int(rng.integers(0, FRAME_WIDTH)), int(rng.integers(0, FRAME_HEIGHT))
        if kind == 0:
            size = (int(rng.integers(30, 260)), int(rng.integers(20, 160)))
            box = ((float(x), float(y)), (float(size[0]), float(size[1])), float(rng.uniform(0, 180)))
            cv2.fillPoly(frame, [cv2.boxPoints(box).astype(np.int32)], colour, cv2.LINE_AA)
        elif kind == 1:
            cv2.circle(frame, (x, y), int(rng.integers(10, 90)), colour, -1, cv2.LINE_AA)
        elif kind == 2:
            end = (int(rng.integers(0, FRAME_WIDTH)), int(rng.integers(0, FRAME_HEIGHT)))
            cv2.line(frame, (x, y), end, colour, int(rng.integers(2, 12)), cv2.LINE_AA)
        else:
            cv2.putText(frame, str(rng.choice(_WORDS)), (x, y), cv2.FONT_HERSHEY_SIMPLEX, 1.5, colour, 3)
    return np.asarray(frame, np.uint8)


def _camera_corners(rng: np.random.Generator, page_w: int, page_h: int, max_tilt: float) -> np.ndarray:
    """Project the sheet's corners through a pinhole camera tilted by up to ``max_tilt`` degrees."""
    half = np.array([[-page_w, -page_h], [page_w, -page_h], [page_w, page_h], [-page_w, page_h]], float) / 2
    pts3 = np.column_stack([half, np.zeros(4)])
    pitch, yaw = (math.radians(rng.uniform(-max_tilt, max_tilt)) for _ in range(2))
    roll = math.radians(rng.uniform(-25, 25))
    rx = np.array([[1, 0, 0], [0, math.cos(pitch), -math.sin(pitch)], [0, math.sin(pitch), math.cos(pitch)]])
    ry = np.array([[math.cos(yaw), 0, math.sin(yaw)], [0, 1, 0], [-math.sin(yaw), 0, math.cos(yaw)]])
    rz = np.array([[math.cos(roll), -math.sin(roll), 0], [math.sin(roll), math.cos(roll), 0], [0, 0, 1]])
    rotated = pts3 @ (rz @ ry @ rx).T
    distance = 1.6 * max(page_w, page_h)
    return np.asarray(rotated[:, :2] * distance / (rotated[:, 2:3] + distance), np.float64)


def _place(rng: np.random.Generator, shape: np.ndarray, area_fraction: tuple[float, float]) -> np.ndarray:
    """Scale and move projected corners so the sheet covers the wanted share of the frame, fully inside it."""
    target = rng.uniform(*area_fraction) * FRAME_WIDTH * FRAME_HEIGHT
    pts = shape * math.sqrt(target / polygon_area(shape))
    span = pts.max(axis=0) - pts.min(axis=0)
    limit = np.array([FRAME_WIDTH, FRAME_HEIGHT]) - 2.0 * EDGE_GAP
    if (span > limit).any():
        pts = pts * float((limit / span).min())
    lo = EDGE_GAP - pts.min(axis=0)
    hi = np.array([FRAME_WIDTH, FRAME_HEIGHT]) - EDGE_GAP - pts.max(axis=0)
    offset = np.array([rng.uniform(lo[0], max(lo[0], hi[0])), rng.uniform(lo[1], max(lo[1], hi[1]))])
    return np.asarray(pts + offset, np.float64)


def _lighting(rng: np.random.Generator) -> np.ndarray:
    """A multiplicative light field: a linear gradient across the frame and a soft shadow blob."""
    yy, xx = np.mgrid[0:FRAME_HEIGHT, 0:FRAME_WIDTH].astype(np.float32)
    angle = rng.uniform(0, 2 * math.pi)
    ramp = (math.cos(angle) * xx / FRAME_WIDTH + math.sin(angle) * yy / FRAME_HEIGHT)
    ramp = (ramp - ramp.min()) / max(float(ramp.max() - ramp.min()), 1e-6)
    low = rng.uniform(0.6, 0.9)
    field = low + (0.98 - low) * ramp
    if rng.random() < 0.5:
        cx, cy = rng.uniform(0, FRAME_WIDTH), rng.uniform(0, FRAME_HEIGHT)
        radius = rng.uniform(150, 400)
        blob = np.exp(-((xx - cx) ** 2 + (yy - cy) ** 2) / (2 * radius**2))
        field = field * (1 - rng.uniform(0.1, 0.3) * blob)
    return np.asarray(field, np.float32)


def generate(
    seed: int,
    *,
    max_tilt: float = 30.0,
    area_fraction: tuple[float, float] = (0.25, 0.6),
    noise: float | None = None,
) -> SyntheticPhoto:
    rng = np.random.default_rng(seed)
    landscape = bool(rng.random() < 0.2)
    page = render_page(rng, landscape)
    page_h, page_w = page.shape[:2]
    corners = _place(rng, _camera_corners(rng, page_w, page_h, max_tilt), area_fraction).astype(np.float32)
    source = np.array([[0, 0], [page_w, 0], [page_w, page_h], [0, page_h]], np.float32)
    homography = cv2.getPerspectiveTransform(source, corners)
    size = (FRAME_WIDTH, FRAME_HEIGHT)
    warped = cv2.warpPerspective(page, homography, size, flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.ones((page_h, page_w), np.float32), homography, size, flags=cv2.INTER_LINEAR)
    frame = _clutter(rng).astype(np.float32)
    frame = frame * (1 - mask[..., None]) + warped.astype(np.float32) * mask[..., None]
    frame *= _lighting(rng)[..., None]
    sigma = rng.uniform(1.5, 5.0) if noise is None else noise
    frame += rng.normal(0, sigma, frame.shape).astype(np.float32)
    blurred = cv2.GaussianBlur(frame, (0, 0), rng.uniform(0.4, 0.9))
    return SyntheticPhoto(frame=np.clip(blurred, 0, 255).astype(np.uint8), corners=corners, page=page)


def empty_frame(seed: int) -> np.ndarray:
    """A cluttered desk with no sheet on it, lit and noised like the photos."""
    rng = np.random.default_rng(seed)
    frame = _clutter(rng).astype(np.float32) * _lighting(rng)[..., None]
    frame += rng.normal(0, 3.0, frame.shape).astype(np.float32)
    return np.asarray(np.clip(frame, 0, 255), np.uint8)
