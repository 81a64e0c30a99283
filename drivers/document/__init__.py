"""Paper-material capture: find the sheet in a camera frame, flatten it to an A4 page, judge whether
it is good enough to send, and encode it within the outbox's size budget. Pure OpenCV/numpy."""

from drivers.document.detect import detect_page
from drivers.document.encode import DEFAULT_MAX_BYTES, PageTooLarge, encode_jpeg
from drivers.document.quad import PageQuad
from drivers.document.quality import QualityIssue, QualityReport, QualityThresholds, assess
from drivers.document.rectify import a4_pixels, rectify, remove_shadows

__all__ = [
    "DEFAULT_MAX_BYTES",
    "PageQuad",
    "PageTooLarge",
    "QualityIssue",
    "QualityReport",
    "QualityThresholds",
    "a4_pixels",
    "assess",
    "detect_page",
    "encode_jpeg",
    "rectify",
    "remove_shadows",
]
