from __future__ import annotations

import cv2
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from drivers.document.detect import detect_page
from drivers.document.encode import PageTooLarge, encode_jpeg
from drivers.document.rectify import rectify
from drivers.document.synthetic import generate


def _page() -> np.ndarray:
    photo = generate(4)
    quad = detect_page(photo.frame)
    assert quad is not None
    return rectify(photo.frame, quad)


def test_a_rectified_page_fits_400_kb_at_full_size() -> None:
    page = _page()
    data = encode_jpeg(page, 400_000)
    decoded = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR)
    assert len(data) <= 400_000
    assert decoded is not None and decoded.shape == page.shape


def test_a_tight_budget_is_met_by_shrinking_the_page() -> None:
    page = _page()
    data = encode_jpeg(page, 60_000)
    decoded = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR)
    assert len(data) <= 60_000
    assert decoded is not None
    assert 600 <= max(decoded.shape[:2]) < max(page.shape[:2])


def test_a_budget_too_small_for_a_legible_page_is_refused() -> None:
    noise = np.random.default_rng(0).integers(0, 256, (1754, 1240, 3), dtype=np.uint8)
    with pytest.raises(PageTooLarge):
        encode_jpeg(noise, 5_000)


@settings(max_examples=25, deadline=None)
@given(budget=st.integers(30_000, 500_000), seed=st.integers(0, 2**16))
def test_whatever_the_budget_the_result_fits_and_decodes(budget: int, seed: int) -> None:
    rng = np.random.default_rng(seed)
    base = rng.integers(0, 256, (60, 40, 3), dtype=np.uint8)
    page = cv2.resize(base, (840, 1188), interpolation=cv2.INTER_LINEAR)
    data = encode_jpeg(page, budget)
    assert len(data) <= budget
    assert cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR) is not None
