"""The camera as a code source: capture on one thread, decode the newest frame on another.

Capture never waits for decoding: it overwrites a one-frame slot, so the decoder always works on
the newest frame and a slow decode drops frames instead of building a backlog. Frame listeners
(the preview) get every frame on the capture thread and must only hand it over, not work on it.
Published frames are read-only: several threads hold the same array.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np
import segno

from drivers.camera.sources import CameraError, FrameSource
from drivers.qr.chain import CAMERA_FINDER_EVERY, DecoderChain
from kiosk.ports import CodeScanned, DeviceBack, DeviceLost, EventSink

log = logging.getLogger("drivers.camera")

FrameListener = Callable[[np.ndarray], None]
SELF_TEST_TEXT = "HALL-KIOSK SELF TEST 自检"


@dataclass(frozen=True)
class SelfTestResult:
    ok: bool
    message: str  # technician-facing
    details: dict[str, Any] = field(default_factory=dict)


def scan_event(symbols: tuple[tuple[str, ...], ...]) -> CodeScanned:
    """All codes of one frame as one event: a lone code with one reading as plain ``text``."""
    return CodeScanned.of("camera", symbols)


class CameraCodeSource:
    """``kiosk.ports.EventSource`` emitting one ``CodeScanned`` per frame in which codes were read."""

    name = "camera"

    def __init__(
        self,
        source: FrameSource,
        chain: DecoderChain | None = None,
        debounce_s: float = 3.0,
        backoff_s: tuple[float, float] = (0.5, 10.0),
    ) -> None:
        self.source = source
        self.chain = chain or DecoderChain(finder_every=CAMERA_FINDER_EVERY)
        self.debounce_s = debounce_s
        self.backoff_s = backoff_s
        self._listeners: list[FrameListener] = []
        self._slot: np.ndarray | None = None
        self._slot_cond = threading.Condition()
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._sink: EventSink | None = None
        self._last_payload: tuple[tuple[tuple[str, ...], ...], float] | None = None
        self._frame_times: list[float] = []
        self.last_decode: tuple[str, float] | None = None  # (stage, ms) of the latest read
        self.frames_decoded = 0

    def add_frame_listener(self, listener: FrameListener) -> None:
        self._listeners.append(listener)

    # --- EventSource ----------------------------------------------------------------------

    def start(self, sink: EventSink) -> None:
        if self._threads:
            return
        self._sink = sink
        self._stop.clear()
        self._threads = [
            threading.Thread(target=self._capture_loop, name="camera-capture", daemon=True),
            threading.Thread(target=self._decode_loop, name="camera-decode", daemon=True),
        ]
        for t in self._threads:
            t.start()

    def stop(self) -> None:
        self._stop.set()
        with self._slot_cond:
            self._slot_cond.notify_all()
        for t in self._threads:
            t.join(timeout=5)
        self._threads = []

    # --- threads --------------------------------------------------------------------------

    def _capture_loop(self) -> None:
        backoff = self.backoff_s[0]
        lost = False
        while not self._stop.is_set():
            try:
                self.source.open()
                while not self._stop.is_set():
                    frame = self.source.read()
                    if lost:
                        lost, backoff = False, self.backoff_s[0]
                        self._emit(DeviceBack("camera"))
                    self._publish(frame)
            except CameraError as exc:
                if not lost:
                    lost = True
                    log.warning("camera lost: %s", exc)
                    self._emit(DeviceLost("camera", str(exc)))
            except Exception as exc:  # a driver bug must not end capture for good
                log.exception("camera capture failed")
                if not lost:
                    lost = True
                    self._emit(DeviceLost("camera", f"capture error: {exc!r}"))
            finally:
                self.source.close()
            self._stop.wait(backoff)
            backoff = min(backoff * 2, self.backoff_s[1])

    def _publish(self, frame: np.ndarray) -> None:
        now = time.monotonic()
        self._frame_times = [t for t in self._frame_times[-60:] if now - t < 2.0] + [now]
        # Capture, decode, preview and page capture all read this array on their own threads: make
        # it read-only, so a stage that wrote into it would fail loudly instead of racing the others.
        frame.flags.writeable = False
        for listener in self._listeners:
            listener(frame)
        with self._slot_cond:
            self._slot = frame
            self._slot_cond.notify()

    def _decode_loop(self) -> None:
        cv2.setNumThreads(1)  # zxing-cpp holds the GIL; leave the other core to Qt
        while not self._stop.is_set():
            with self._slot_cond:
                while self._slot is None and not self._stop.is_set():
                    self._slot_cond.wait(0.5)
                frame, self._slot = self._slot, None
            if frame is None:
                continue
            t0 = time.perf_counter()
            try:
                results = self.chain.decode(frame)
            except Exception:
                log.exception("decoder failed on a frame")
                continue
            self.frames_decoded += 1
            if results:
                self.last_decode = (results[0].stage, (time.perf_counter() - t0) * 1000)
                self._maybe_emit_scan(tuple(r.readings for r in results))

    def _maybe_emit_scan(self, symbols: tuple[tuple[str, ...], ...]) -> None:
        now = time.monotonic()
        # the same codes held in front of the camera are one scan, not thirty a second
        last = self._last_payload
        self._last_payload = (symbols, now)
        if last is not None and last[0] == symbols and now - last[1] < self.debounce_s:
            return
        self._emit(scan_event(symbols))

    def _emit(self, event: Any) -> None:
        if self._sink is not None:
            self._sink(event)

    # --- technician -----------------------------------------------------------------------

    @property
    def fps(self) -> float:
        times = self._frame_times
        return (len(times) - 1) / (times[-1] - times[0]) if len(times) > 1 and times[-1] > times[0] else 0.0

    def self_test(self) -> SelfTestResult:
        """Decode a rendered test code, then check the camera delivers frames."""
        details: dict[str, Any] = {"device": self.source.description}
        qr = segno.make_qr(SELF_TEST_TEXT, encoding="utf-8")
        test_image = np.kron(np.pad(np.array(qr.matrix, np.uint8), 4) ^ 1, np.ones((6, 6), np.uint8)) * 255
        t0 = time.perf_counter()
        texts = [d.text for d in self.chain.decode(test_image)]
        details["test_decode_ms"] = round((time.perf_counter() - t0) * 1000, 2)
        if texts != [SELF_TEST_TEXT]:
            return SelfTestResult(False, f"decoder read {len(texts)} codes from the test image", details)
        if self._threads:
            details.update(fps=round(self.fps, 1), last_decode=self.last_decode, frames_decoded=self.frames_decoded)
            ok = self.fps > 0
            return SelfTestResult(ok, "camera delivering frames" if ok else "camera delivers no frames", details)
        try:
            self.source.open()
            t0 = time.perf_counter()
            frame = self.source.read()
            self.source.read()
            details.update(fps=round(1 / max(time.perf_counter() - t0, 1e-6), 1), frame_shape=frame.shape)
        except CameraError as exc:
            return SelfTestResult(False, str(exc), details)
        finally:
            self.source.close()
        details["last_decode"] = self.last_decode
        return SelfTestResult(True, "camera and decoder ok", details)
