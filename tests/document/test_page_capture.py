"""Photographing a material from the running camera: the sheet in view comes back straightened as a
JPEG, and each reason it cannot be used is told as what the citizen should change."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import cv2
import numpy as np
import pytest

from drivers.camera.latest_frame import LatestFrame
from drivers.camera.page_capture import PageCapture
from drivers.document.synthetic import empty_frame, generate
from kiosk.messages import Say
from kiosk.ports import PageNotUsable


class Camera:
    """Plays one picture as a live camera does: a new frame every 20 ms, into the frame listener."""

    def __init__(self, latest: LatestFrame) -> None:
        self.latest = latest
        self.picture: np.ndarray | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(0.02):
            if self.picture is not None:
                self.latest(self.picture)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


@pytest.fixture
def camera() -> Iterator[Camera]:
    cam = Camera(LatestFrame())
    yield cam
    cam.stop()


def test_the_sheet_in_view_comes_back_straightened_as_a_jpeg(camera: Camera) -> None:
    camera.picture = generate(3).frame
    jpeg = PageCapture(camera.latest).capture_page()
    page = cv2.imdecode(np.frombuffer(jpeg, np.uint8), cv2.IMREAD_COLOR)
    assert page is not None
    height, width = page.shape[:2]
    assert jpeg[:2] == b"\xff\xd8" and abs(max(height, width) / min(height, width) - 297 / 210) < 0.02


def test_the_sheet_is_laid_in_view_before_the_picture_is_taken(camera: Camera) -> None:
    camera.picture = empty_frame(1)
    capture = PageCapture(camera.latest, before_capture=lambda: setattr(camera, "picture", generate(3).frame))
    assert capture.capture_page()[:2] == b"\xff\xd8"


@pytest.mark.parametrize(
    ("picture", "why"),
    [(empty_frame(1), Say.PAGE_NO_PAGE), (cv2.GaussianBlur(generate(3).frame, (0, 0), 2.5), Say.PAGE_BLURRY)],
    ids=["desk-without-a-sheet", "shaken"],
)
def test_a_picture_that_cannot_be_used_says_what_to_change(camera: Camera, picture: np.ndarray, why: Say) -> None:
    camera.picture = picture
    with pytest.raises(PageNotUsable) as info:
        PageCapture(camera.latest).capture_page()
    assert info.value.kind is why


def test_a_camera_that_sends_no_frame_is_told_as_no_camera(camera: Camera) -> None:
    with pytest.raises(PageNotUsable) as info:
        PageCapture(camera.latest).capture_page()
    assert info.value.kind is Say.PAGE_NO_CAMERA
