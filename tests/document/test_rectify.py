from __future__ import annotations

import numpy as np
import pytest

from drivers.document.detect import detect_page
from drivers.document.quad import PageQuad
from drivers.document.rectify import a4_pixels, rectify
from drivers.document.synthetic import generate
from tests.document.conftest import layout_similarity


def test_a4_at_150_dpi_is_1240_by_1754_and_turns_for_landscape() -> None:
    assert a4_pixels(150, landscape=False) == (1240, 1754)
    assert a4_pixels(150, landscape=True) == (1754, 1240)


def test_rectified_pages_match_the_photographed_layout() -> None:
    scores = {}
    for seed in range(20):
        photo = generate(seed)
        quad = detect_page(photo.frame)
        if quad is None:
            continue
        scores[seed] = layout_similarity(rectify(photo.frame, quad, enhance=True), photo.page)
    assert len(scores) >= 18
    poor = {seed: round(score, 3) for seed, score in scores.items() if score < 0.9}
    assert not poor, f"rectified pages unlike the original: {poor}"


@pytest.mark.parametrize("seed", [10, 11])  # a portrait and a landscape sheet
def test_a_page_rectified_from_its_true_corners_is_upright_and_a4_shaped(seed: int) -> None:
    photo = generate(seed)
    quad = PageQuad.from_points(photo.corners, photo.frame.shape[1], photo.frame.shape[0])
    page = rectify(photo.frame, quad, dpi=100, enhance=True)
    height, width = page.shape[:2]
    assert max(height, width) / min(height, width) == pytest.approx(297 / 210, rel=0.01)
    assert (width > height) == (photo.page.shape[1] > photo.page.shape[0])
    assert layout_similarity(page, photo.page) > 0.9


def test_a_sheet_lying_sideways_becomes_a_landscape_page() -> None:
    seed = next(s for s in range(50) if generate(s).page.shape[1] > generate(s).page.shape[0])
    photo = generate(seed)
    quad = detect_page(photo.frame)
    assert quad is not None
    page = rectify(photo.frame, quad)
    assert page.shape[1] > page.shape[0]


def test_enhancement_evens_out_a_light_gradient() -> None:
    photo = generate(5)
    quad = detect_page(photo.frame)
    assert quad is not None

    def paper_spread(page: np.ndarray) -> float:
        # Brightness of the paper (the brightest tenth of each band) from one side of the page to the other.
        bands = np.array_split(page.mean(axis=2), 8, axis=1)
        levels = [float(np.percentile(band, 90)) for band in bands]
        return max(levels) - min(levels)

    assert paper_spread(rectify(photo.frame, quad, enhance=True)) < paper_spread(rectify(photo.frame, quad)) / 2
