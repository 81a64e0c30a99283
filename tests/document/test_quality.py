from __future__ import annotations

import cv2
import numpy as np
import pytest

from drivers.document.quad import PageQuad
from drivers.document.quality import QualityIssue, assess
from drivers.document.rectify import rectify
from drivers.document.synthetic import generate
from ui.words import Words

ZH = Words("zh_CN")

SEEDS = range(10)


def _assessed(frame: np.ndarray, corners: np.ndarray):
    # The sheet's true corners, so these tests judge the quality checks alone, not detection.
    quad = PageQuad.from_points(corners, frame.shape[1], frame.shape[0])
    return assess(rectify(frame, quad), quad)


@pytest.mark.parametrize("seed", SEEDS)
def test_a_steady_well_lit_photo_passes(seed: int) -> None:
    photo = generate(seed)
    report = _assessed(photo.frame, photo.corners)
    assert report.ok, report.describe()
    assert report.first_hint is None


@pytest.mark.parametrize("seed", SEEDS)
def test_a_shaken_photo_is_blurry_and_asks_to_hold_still(seed: int) -> None:
    photo = generate(seed)
    report = _assessed(cv2.GaussianBlur(photo.frame, (0, 0), 2.5), photo.corners)
    assert report.issues == (QualityIssue.BLURRY,), report.describe()
    assert "模糊" in ZH.tr(report.first_hint or "")


@pytest.mark.parametrize("seed", SEEDS)
def test_a_lamp_reflection_on_the_sheet_is_glare(seed: int) -> None:
    photo = generate(seed)
    frame = photo.frame.copy()
    centre = tuple(int(v) for v in photo.corners.mean(axis=0))
    cv2.ellipse(frame, centre, (70, 45), 30, 0, 360, (255, 255, 255), -1, cv2.LINE_AA)
    report = _assessed(frame, photo.corners)
    assert QualityIssue.GLARE in report.issues, report.describe()
    assert "反光" in ZH.tr(QualityIssue.GLARE.hint)


@pytest.mark.parametrize("seed", SEEDS)
def test_a_dim_photo_is_too_dark_and_only_says_so(seed: int) -> None:
    photo = generate(seed)
    report = _assessed((photo.frame.astype(np.float32) * 0.35).astype(np.uint8), photo.corners)
    assert report.issues == (QualityIssue.TOO_DARK,), report.describe()
    assert "暗" in ZH.tr(report.first_hint or "")


@pytest.mark.parametrize("seed", SEEDS)
def test_a_sheet_held_far_away_is_too_small(seed: int) -> None:
    photo = generate(seed, area_fraction=(0.16, 0.2))
    report = _assessed(photo.frame, photo.corners)
    assert report.issues[0] is QualityIssue.TOO_SMALL, report.describe()
    assert "靠近" in ZH.tr(report.first_hint or "")


def test_without_a_quad_coverage_is_unknown_and_not_judged() -> None:
    photo = generate(2)
    report = assess(photo.page)
    assert report.coverage is None
    assert QualityIssue.TOO_SMALL not in report.issues


def test_every_issue_has_a_chinese_hint() -> None:
    for issue in QualityIssue:
        words = ZH.tr(issue.hint)
        assert words != issue.hint and all(not ch.isascii() for ch in words if ch.isalpha())
