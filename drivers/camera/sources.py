"""Where frames come from: a real camera through OpenCV, or image/video files played in a loop."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Protocol

import cv2
import numpy as np

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".bmp", ".webp"}


class CameraError(OSError):
    """The camera cannot be opened or stopped delivering frames; the message is technician-facing."""


class FrameSource(Protocol):
    description: str

    def open(self) -> None: ...

    def read(self) -> np.ndarray:
        """Block until the next frame (BGR or grayscale), or raise ``CameraError``."""
        ...

    def close(self) -> None: ...


class OpenCVCamera:
    def __init__(self, device: str, width: int = 1280, height: int = 720, fps: int = 30) -> None:
        self.device = device
        self.width, self.height, self.fps = width, height, fps
        self.description = f"camera {device} {width}x{height}@{fps}"
        self._cap: cv2.VideoCapture | None = None

    def open(self) -> None:
        target: int | str = int(self.device) if self.device.isdigit() else self.device
        cap = cv2.VideoCapture(target)
        if not cap.isOpened():
            raise CameraError(f"cannot open {self.description}")
        cap.set(cv2.CAP_PROP_FRAME_WIDTH, self.width)
        cap.set(cv2.CAP_PROP_FRAME_HEIGHT, self.height)
        cap.set(cv2.CAP_PROP_FPS, self.fps)
        cap.set(cv2.CAP_PROP_BUFFERSIZE, 1)  # we want the newest frame, not a backlog
        self._cap = cap

    def read(self) -> np.ndarray:
        if self._cap is None:
            raise CameraError(f"{self.description} is not open")
        ok, frame = self._cap.read()
        if not ok or frame is None:
            raise CameraError(f"{self.description} returned no frame (unplugged or busy?)")
        return np.asarray(frame)

    def close(self) -> None:
        if self._cap is not None:
            self._cap.release()
            self._cap = None


class SimulatedCamera:
    """Plays an image, a folder of images (sorted by name) or a video file in a loop, at ``fps``.

    ``frames`` may be given directly (tests). ``fail_after`` frames, reads raise ``CameraError``
    until reopened, which lets tests watch the loss-and-reopen path.
    """

    def __init__(self, path: str = "", fps: float = 30, frames: list[np.ndarray] | None = None) -> None:
        self.path, self.fps = path, fps
        self.description = f"simulated camera {path or 'frames'}@{fps}"
        self._given = frames
        self._frames: list[np.ndarray] = []
        self._video: cv2.VideoCapture | None = None
        self._index = 0
        self._next_at = 0.0
        self.fail_after: int | None = None
        self.opens = 0

    def open(self) -> None:
        self.opens += 1
        self._index = 0
        self._next_at = time.monotonic()
        if self._given is not None:
            self._frames = list(self._given)
            return
        p = Path(self.path)
        if p.is_dir():
            files = sorted(f for f in p.iterdir() if f.suffix.lower() in IMAGE_SUFFIXES)
            self._frames = [f for f in (cv2.imread(str(f)) for f in files) if f is not None]
        elif p.suffix.lower() in IMAGE_SUFFIXES:
            img = cv2.imread(str(p))
            self._frames = [img] if img is not None else []
        elif p.exists():
            self._video = cv2.VideoCapture(str(p))
            if not self._video.isOpened():
                raise CameraError(f"{self.description}: cannot open the video")
            return
        if not self._frames:
            raise CameraError(f"{self.description}: no readable images")

    def read(self) -> np.ndarray:
        if self.fail_after is not None and self._index >= self.fail_after:
            self.fail_after = None
            raise CameraError(f"{self.description}: simulated unplug")
        delay = self._next_at - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        self._next_at = max(self._next_at + 1 / self.fps, time.monotonic() - 1 / self.fps)
        self._index += 1
        if self._video is not None:
            ok, frame = self._video.read()
            if not ok:
                self._video.set(cv2.CAP_PROP_POS_FRAMES, 0)
                ok, frame = self._video.read()
            if not ok:
                raise CameraError(f"{self.description}: the video has no frames")
            return np.asarray(frame)
        return self._frames[(self._index - 1) % len(self._frames)]

    def close(self) -> None:
        if self._video is not None:
            self._video.release()
            self._video = None
