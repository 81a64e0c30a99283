"""Is a captured page good enough to send, and if not, what should the citizen change?

Run on the rectified page *before* enhancement: enhancement hides exactly the darkness and glare
these checks look for. Thresholds were set on the seeded synthetic photos (sharp versus blurred,
even light versus a lamp reflection) and leave a wide gap on both sides.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

import cv2
import numpy as np

from drivers.document.quad import PageQuad
from kiosk.messages import Say

# Sharpness is measured at a fixed size near what a 720p camera actually resolves on a sheet, so the
# figure does not depend on the dpi the page was rectified to.
_MEASURE_LONG_SIDE = 600


class QualityIssue(enum.Enum):
    BLURRY = "blurry"
    GLARE = "glare"
    TOO_DARK = "too_dark"
    TOO_SMALL = "too_small"

    @property
    def hint(self) -> Say:
        """What the citizen should change (the words are in the catalog)."""
        return _HINTS[self]


_HINTS = {
    QualityIssue.BLURRY: Say.PAGE_BLURRY,
    QualityIssue.GLARE: Say.PAGE_GLARE,
    QualityIssue.TOO_DARK: Say.PAGE_TOO_DARK,
    QualityIssue.TOO_SMALL: Say.PAGE_TOO_SMALL,
}


@dataclass(frozen=True)
class QualityThresholds:
    min_sharpness: float = 60.0  # variance of the Laplacian at the measuring size
    max_glare_share: float = 0.02  # share of the page that is blown out
    min_brightness: float = 80.0  # mean grey level of the page
    min_coverage: float = 0.22  # share of the camera frame the sheet fills


@dataclass(frozen=True)
class QualityReport:
    issues: tuple[QualityIssue, ...]
    sharpness: float
    glare_share: float
    brightness: float
    coverage: float | None  # None when the page came without its quad

    @property
    def ok(self) -> bool:
        return not self.issues

    @property
    def hints(self) -> tuple[Say, ...]:
        return tuple(issue.hint for issue in self.issues)

    @property
    def first_hint(self) -> Say | None:
        """The one thing to fix first (the most fundamental problem), or None when the page is fine."""
        return self.issues[0].hint if self.issues else None

    def describe(self) -> str:
        """Technician-facing figures, for logs."""
        coverage = "n/a" if self.coverage is None else f"{self.coverage:.0%}"
        return (
            f"sharpness={self.sharpness:.0f} glare={self.glare_share:.1%} brightness={self.brightness:.0f} "
            f"coverage={coverage} issues={[i.value for i in self.issues] or 'none'}"
        )


def assess(page_bgr: np.ndarray, quad: PageQuad | None = None,
           thresholds: QualityThresholds = QualityThresholds()) -> QualityReport:
    gray = cv2.cvtColor(page_bgr, cv2.COLOR_BGR2GRAY) if page_bgr.ndim == 3 else page_bgr
    scale = _MEASURE_LONG_SIDE / max(gray.shape[:2])
    small = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    sharpness = float(cv2.Laplacian(small, cv2.CV_64F).var())
    brightness = float(small.mean())
    glare_share = _glare_share(small)
    coverage = None if quad is None else quad.area_fraction

    # Ordered so the first issue is the one to fix first: moving closer changes everything else.
    issues: list[QualityIssue] = []
    if coverage is not None and coverage < thresholds.min_coverage:
        issues.append(QualityIssue.TOO_SMALL)
    if brightness < thresholds.min_brightness:
        issues.append(QualityIssue.TOO_DARK)
    if glare_share > thresholds.max_glare_share:
        issues.append(QualityIssue.GLARE)
    if sharpness < thresholds.min_sharpness and QualityIssue.TOO_DARK not in issues:
        # A dark page has little contrast and so reads as blurred; saying "too dark" is enough.
        issues.append(QualityIssue.BLURRY)
    return QualityReport(tuple(issues), sharpness, glare_share, brightness, coverage)


def _glare_share(gray: np.ndarray) -> float:
    """Share of the page in blown-out patches; lone bright pixels (noise, white paper) do not count."""
    blown = (gray >= 250).astype(np.uint8)
    patches = cv2.morphologyEx(blown, cv2.MORPH_OPEN, np.ones((5, 5), np.uint8))
    return float(patches.mean())
