"""Photographing a paper material: find the sheet, straighten it, check it is legible, encode it."""

from __future__ import annotations

import logging
from collections.abc import Callable

from drivers.camera.latest_frame import LatestFrame
from drivers.document.detect import detect_page
from drivers.document.encode import PageTooLarge, encode_jpeg
from drivers.document.quality import assess
from drivers.document.rectify import rectify
from kiosk.messages import Say
from kiosk.ports import PageNotUsable

log = logging.getLogger(__name__)


class PageCapture:
    """``kiosk.ports.PageCamera`` on top of the running camera's newest frames."""

    def __init__(self, frames: LatestFrame, before_capture: Callable[[], None] | None = None) -> None:
        self._frames = frames
        self._before = before_capture  # the demo lays a sheet in front of its simulated camera here

    def capture_page(self) -> bytes:
        if self._before is not None:
            self._before()
        # The first new frame may have been read before the sheet was in view (or while the exposure
        # was still adjusting to it): take the one after.
        self._frames.fresh(timeout_s=2.0)
        frame = self._frames.fresh(timeout_s=2.0)
        if frame is None:
            raise PageNotUsable(Say.PAGE_NO_CAMERA)
        quad = detect_page(frame)
        if quad is None:
            raise PageNotUsable(Say.PAGE_NO_PAGE)
        # Judged on the plain page: enhancement would hide the blur and glare the citizen must fix.
        report = assess(rectify(frame, quad), quad)
        if not report.ok:
            log.info("page photo refused: %s", report.describe())
            raise PageNotUsable(report.first_hint or Say.PAGE_FAILED)
        try:
            return encode_jpeg(rectify(frame, quad, enhance=True))
        except PageTooLarge as exc:
            log.warning("page photo too large to store: %s", exc)
            raise PageNotUsable(Say.PAGE_TOO_LARGE) from None
