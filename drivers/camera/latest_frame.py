"""The newest camera frame, for taking a still picture from the running preview."""

from __future__ import annotations

import threading
import time

import numpy as np


class LatestFrame:
    """A frame listener that keeps the newest frame and lets a caller wait for one taken after now."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._frame: np.ndarray | None = None
        self._at = 0.0

    def __call__(self, frame: np.ndarray) -> None:
        with self._cond:
            self._frame, self._at = frame, time.monotonic()
            self._cond.notify_all()

    def fresh(self, timeout_s: float = 2.0) -> np.ndarray | None:
        """A frame captured after this call started (so not one from before the sheet was laid down)."""
        asked = time.monotonic()
        with self._cond:
            self._cond.wait_for(lambda: self._at > asked, timeout=timeout_s)
            return self._frame if self._at > asked else None
