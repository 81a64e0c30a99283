"""Turn the sheet seen in a frame into an upright, A4-proportioned page image."""

from __future__ import annotations

import cv2
import numpy as np

from drivers.document.quad import PageQuad

A4_MM = (210.0, 297.0)
MM_PER_INCH = 25.4


def a4_pixels(dpi: float, landscape: bool) -> tuple[int, int]:
    """(width, height) of an A4 page at ``dpi``."""
    short = round(A4_MM[0] / MM_PER_INCH * dpi)
    long = round(A4_MM[1] / MM_PER_INCH * dpi)
    return (long, short) if landscape else (short, long)


def rectify(frame_bgr: np.ndarray, quad: PageQuad, dpi: float = 150.0, enhance: bool = False) -> np.ndarray:
    """The sheet warped flat onto an A4 page, landscape when its longer sides run across the frame.

    150 dpi keeps body text legible (a 1280×720 camera resolves less than that anyway) while a page
    stays a few hundred KB as JPEG. ``enhance`` evens out shadows and light falloff for reading.
    """
    width, height = a4_pixels(dpi, quad.landscape)
    target = np.array([[0, 0], [width, 0], [width, height], [0, height]], np.float32)
    homography = cv2.getPerspectiveTransform(quad.as_array(), target)
    page = cv2.warpPerspective(frame_bgr, homography, (width, height), flags=cv2.INTER_CUBIC,
                               borderMode=cv2.BORDER_REPLICATE)
    return remove_shadows(page) if enhance else np.asarray(page, np.uint8)


def remove_shadows(page_bgr: np.ndarray) -> np.ndarray:
    """Divide out the paper's own brightness so an unevenly lit page reads as white with dark ink.

    The paper is estimated by closing (removing dark strokes narrower than the kernel) and a wide
    median, which follows gradients and soft shadows but not the writing.
    """
    small = cv2.resize(page_bgr, None, fx=0.25, fy=0.25, interpolation=cv2.INTER_AREA)
    short_side = min(small.shape[:2])
    stroke = max(3, (short_side // 60) | 1)
    paper = cv2.dilate(small, cv2.getStructuringElement(cv2.MORPH_RECT, (stroke, stroke)))
    paper = cv2.medianBlur(paper, max(5, (short_side // 12) | 1))
    paper = cv2.resize(paper, (page_bgr.shape[1], page_bgr.shape[0]), interpolation=cv2.INTER_LINEAR)
    ratio = page_bgr.astype(np.float32) / np.maximum(paper.astype(np.float32), 1.0)
    # Ink darker than the paper maps below ~0.7: stretch so the paper is white and ink stays dark.
    stretched = (ratio - 0.35) / (0.95 - 0.35) * 255.0
    return np.asarray(np.clip(stretched, 0, 255), np.uint8)
