"""Live camera preview for QML: ``CameraPreview { anchors.fill: parent }`` after ``register()``.

The camera thread calls ``push_frame`` for every frame; only the newest is kept and painting
happens on Qt's thread, so a slow screen drops frames instead of stalling capture or the UI.
"""

from __future__ import annotations

import threading
import weakref

import cv2
import numpy as np
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtQml import qmlRegisterType
from PySide6.QtQuick import QQuickItem, QQuickPaintedItem

PREVIEW_MAX_WIDTH = 960  # enough for a kiosk preview; keeps the conversion off the critical path


class PreviewHub:
    """Fans camera frames out to whichever preview items QML currently shows.

    Preview items come and go with the screens; the camera runs all the time, so it feeds this hub.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._items: weakref.WeakSet[CameraPreview] = weakref.WeakSet()

    def attach(self, item: CameraPreview) -> None:
        with self._lock:
            self._items.add(item)

    def detach(self, item: CameraPreview) -> None:
        with self._lock:
            self._items.discard(item)

    def push_frame(self, frame: np.ndarray) -> None:
        with self._lock:
            items = list(self._items)
        for item in items:
            try:
                item.push_frame(frame)
            except RuntimeError:  # the QML item was destroyed between the copy and the call
                self.detach(item)


HUB = PreviewHub()


class CameraPreview(QQuickPaintedItem):
    frameArrived = Signal()

    def __init__(self, parent: QQuickItem | None = None) -> None:
        super().__init__(parent)
        self._lock = threading.Lock()
        self._image: QImage | None = None
        self.frames_painted = 0
        self.frameArrived.connect(self.update, Qt.ConnectionType.QueuedConnection)
        HUB.attach(self)
        self.destroyed.connect(lambda *_: HUB.detach(self))

    def push_frame(self, frame: np.ndarray) -> None:
        """Any thread: convert the newest frame and ask Qt to repaint."""
        if frame.shape[1] > PREVIEW_MAX_WIDTH:
            scale = PREVIEW_MAX_WIDTH / frame.shape[1]
            frame = cv2.resize(frame, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
        if frame.ndim == 2:
            rgb = np.ascontiguousarray(frame)
            image = QImage(rgb.data, rgb.shape[1], rgb.shape[0], rgb.strides[0], QImage.Format.Format_Grayscale8)
        else:
            rgb = np.ascontiguousarray(cv2.cvtColor(frame, cv2.COLOR_BGR2RGB))
            image = QImage(rgb.data, rgb.shape[1], rgb.shape[0], rgb.strides[0], QImage.Format.Format_RGB888)
        with self._lock:
            self._image = image.copy()  # own the pixels: the numpy buffer goes away
        self.frameArrived.emit()

    def paint(self, painter: QPainter) -> None:
        with self._lock:
            image = self._image
        area = self.boundingRect()
        if image is not None:
            painter.drawImage(area, image)
        self.frames_painted += 1
        self._paint_guide(painter, area)

    @staticmethod
    def _paint_guide(painter: QPainter, area: QRectF) -> None:
        # the frame guide: a centred square the citizen holds the code inside
        side = min(area.width(), area.height()) * 0.6
        guide = QRectF(area.center().x() - side / 2, area.center().y() - side / 2, side, side)
        painter.setPen(QPen(QColor("#ffffff"), 4))
        corner = side / 5
        for (x, y), (dx, dy) in zip(
            [(guide.left(), guide.top()), (guide.right(), guide.top()), (guide.right(), guide.bottom()),
             (guide.left(), guide.bottom())],
            [(1, 1), (-1, 1), (-1, -1), (1, -1)],
            strict=True,
        ):
            painter.drawLine(int(x), int(y), int(x + dx * corner), int(y))
            painter.drawLine(int(x), int(y), int(x), int(y + dy * corner))


def register(uri: str = "Kiosk.Camera") -> None:
    qmlRegisterType(CameraPreview, uri, 1, 0, "CameraPreview")  # type: ignore[call-overload]  # stub says bytes, runtime wants str
