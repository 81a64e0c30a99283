"""A simulated camera for the demo: an empty counter, and on request a phone showing a code."""

from __future__ import annotations

import threading
import time

import cv2
import numpy as np
import segno

WIDTH, HEIGHT = 1280, 720


def _counter() -> np.ndarray:
    frame = np.full((HEIGHT, WIDTH, 3), (205, 200, 190), np.uint8)
    cv2.rectangle(frame, (0, HEIGHT * 2 // 3), (WIDTH, HEIGHT), (120, 110, 100), -1)
    return frame


def _phone_with_code(text: str) -> np.ndarray:
    frame = _counter()
    qr = segno.make(text, error="m", micro=False)
    matrix = np.array([[0 if dark else 255 for dark in row] for row in qr.matrix], np.uint8)
    module = max(3, 420 // (len(matrix) + 8))
    code = cv2.resize(np.pad(matrix, 4, constant_values=255), None, fx=module, fy=module,
                      interpolation=cv2.INTER_NEAREST)
    h, w = code.shape
    x, y = (WIDTH - w) // 2, (HEIGHT - h) // 2
    cv2.rectangle(frame, (x - 40, y - 90), (x + w + 40, y + h + 120), (30, 30, 30), -1)
    frame[y : y + h, x : x + w] = cv2.cvtColor(code, cv2.COLOR_GRAY2BGR)
    return frame


class DemoCameraScene:
    """A ``FrameSource`` (open/read/close) whose picture the demo can change."""

    description = "demo camera scene"

    def __init__(self, fps: float = 15) -> None:
        self.fps = fps
        self._lock = threading.Lock()
        self._frame = _counter()
        self._until = 0.0

    def show_code(self, text: str, seconds: float = 4.0) -> None:
        frame = _phone_with_code(text)
        with self._lock:
            self._frame, self._until = frame, time.monotonic() + seconds

    def show_frame(self, frame: np.ndarray, seconds: float = 4.0) -> None:
        """Put a whole picture (e.g. a sheet of paper on the counter) in front of the camera."""
        if frame.shape[:2] != (HEIGHT, WIDTH):
            frame = cv2.resize(frame, (WIDTH, HEIGHT), interpolation=cv2.INTER_AREA)
        with self._lock:
            self._frame, self._until = frame, time.monotonic() + seconds

    def open(self) -> None:
        pass

    def read(self) -> np.ndarray:
        time.sleep(1 / self.fps)
        with self._lock:
            if self._until and time.monotonic() > self._until:
                self._frame, self._until = _counter(), 0.0
            return self._frame

    def close(self) -> None:
        pass
