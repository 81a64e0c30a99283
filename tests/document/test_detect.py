from __future__ import annotations

import math

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from drivers.document.detect import detect_page
from drivers.document.quad import corner_error, order_corners
from drivers.document.synthetic import FRAME_HEIGHT, FRAME_WIDTH, empty_frame, generate


def test_finds_the_sheet_corners_within_two_percent_in_at_least_95_of_100_photos() -> None:
    misses = []
    for seed in range(100):
        photo = generate(seed)
        quad = detect_page(photo.frame)
        if quad is None or corner_error(quad, photo.corners) > 0.02:
            misses.append(seed)
    assert len(misses) <= 5, f"missed or misplaced sheets in photos {misses}"


def test_a_desk_without_a_sheet_gives_no_page() -> None:
    found = [seed for seed in range(30) if detect_page(empty_frame(seed)) is not None]
    assert found == []


def test_a_plain_grey_frame_gives_no_page() -> None:
    assert detect_page(np.full((FRAME_HEIGHT, FRAME_WIDTH, 3), 128, np.uint8)) is None


def test_a_sheet_covering_too_little_of_the_frame_is_not_a_page() -> None:
    photo = generate(7, area_fraction=(0.06, 0.08))
    assert detect_page(photo.frame) is None


def test_corners_come_back_in_frame_coordinates_clockwise_from_top_left() -> None:
    photo = generate(3)
    quad = detect_page(photo.frame)
    assert quad is not None
    (tlx, tly), (trx, try_), (brx, bry), (blx, bly) = quad.corners
    assert tlx < trx and blx < brx and tly < bly and try_ < bry
    assert (quad.frame_width, quad.frame_height) == (FRAME_WIDTH, FRAME_HEIGHT)
    assert 0.2 < quad.area_fraction < 0.7


@given(
    angle=st.floats(-40, 40),
    start=st.integers(0, 3),
    width=st.floats(50, 500),
    height=st.floats(50, 500),
)
def test_corner_order_is_top_left_clockwise_whatever_order_the_points_arrive_in(
    angle: float, start: int, width: float, height: float
) -> None:
    theta = math.radians(angle)
    rotation = np.array([[math.cos(theta), -math.sin(theta)], [math.sin(theta), math.cos(theta)]])
    upright = np.array([[-width, -height], [width, -height], [width, height], [-width, height]]) / 2
    truth = upright @ rotation.T + 600
    shuffled = np.roll(truth[::-1], start, axis=0)
    assert np.allclose(order_corners(shuffled), truth)
