"""Live camera preview for QML: ``Image { source: cameraFeed.source; cache: false }``.

The camera thread hands every frame to ``FEED``, which keeps only the newest and tells the main
thread at most once per shown frame; QML's ``Image`` then asks ``PreviewImages`` for the picture.
A slow screen therefore drops frames instead of stalling capture or the UI. The identify screen's
``Image`` is ``asynchronous``: Qt asks for the picture on its image loading thread, so the scaling
and colour conversion (~6 ms of a 1280×720 frame) never hold the UI thread.

Why not a Python ``QQuickPaintedItem`` per screen (the first design): QML creates a fresh item on
every visit to the identify screen, and PySide6 6.12 keeps the Python half of a QML-created Python
item alive after QML deletes the C++ half — one dead item, with its last frame, per citizen (the
soak found ~1.5 MB a visit). Here the only Python objects are the feed and the image provider,
made once; the per-visit items (``Image``, the guide) are plain QML. The capture thread never
touches a QML item, so no item can be deleted on one thread while another uses it.
"""

from __future__ import annotations

import threading

import cv2
import numpy as np
from PySide6.QtCore import Property, QObject, QSize, Signal, Slot
from PySide6.QtGui import QImage
from PySide6.QtQml import QQmlEngine
from PySide6.QtQuick import QQuickImageProvider

PREVIEW_MAX_WIDTH = 960  # enough for a kiosk preview; keeps the conversion cheap
PROVIDER = "camera"


class CameraFeed(QObject):
    """The newest camera frame; ``source`` changes (on the main thread) when a new one is there."""

    sourceChanged = Signal()
    _arrived = Signal()  # emitted on the camera thread, delivered (queued) on the feed's thread

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()
        self._frame: np.ndarray | None = None
        self._announced = False  # a frame is announced and not yet fetched: do not queue another
        self._number = 0
        self.frames_shown = 0
        self._arrived.connect(self._announce)

    def push_frame(self, frame: np.ndarray) -> None:
        """Any thread: keep a reference to the newest frame (frames are read-only once published)."""
        with self._lock:
            self._frame = frame
            if self._announced:
                return
            self._announced = True
        self._arrived.emit()

    @Slot()
    def _announce(self) -> None:
        self._number += 1
        self.sourceChanged.emit()

    def _get_source(self) -> str:
        return f"image://{PROVIDER}/{self._number}"

    source = Property(str, _get_source, notify=sourceChanged)  # type: ignore[call-arg, arg-type]

    def image(self) -> QImage:
        """Whichever thread QML asks on (its image loading thread for an asynchronous ``Image``):
        the newest frame as an image that owns its pixels."""
        with self._lock:
            frame, self._announced = self._frame, False
        if frame is None:  # no frame yet: a dark pixel, so QML shows the frame's colour, not an error
            blank = QImage(1, 1, QImage.Format.Format_RGB888)
            blank.fill(0x20242A)
            return blank
        self.frames_shown += 1
        if frame.shape[1] > PREVIEW_MAX_WIDTH:
            scale = PREVIEW_MAX_WIDTH / frame.shape[1]
            frame = cv2.resize(frame, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
        if frame.ndim == 2:
            pixels = np.ascontiguousarray(frame)
            fmt = QImage.Format.Format_Grayscale8
        else:
            pixels = np.ascontiguousarray(cv2.cvtColor(frame, cv2.COLOR_BGR2RGB))
            fmt = QImage.Format.Format_RGB888
        view = QImage(pixels.data, pixels.shape[1], pixels.shape[0], pixels.strides[0], fmt)
        return view.copy()  # own the pixels: the numpy buffer goes away when this returns


class PreviewImages(QQuickImageProvider):
    """``image://camera/<n>``: the feed's newest frame, whatever ``n`` is (it only forces a reload)."""

    def __init__(self, feed: CameraFeed) -> None:
        super().__init__(QQuickImageProvider.ImageType.Image)
        self._feed = feed

    def requestImage(self, _id: str, size: QSize, requested: QSize) -> QImage:
        image = self._feed.image()
        if requested.width() > 0 and requested.height() > 0:
            image = image.scaled(requested)
        return image


FEED = CameraFeed()


def install(engine: QQmlEngine, feed: CameraFeed = FEED) -> None:
    """Give ``engine`` the ``image://camera`` provider and the ``cameraFeed`` context property."""
    engine.addImageProvider(PROVIDER, PreviewImages(feed))
    engine.rootContext().setContextProperty("cameraFeed", feed)
