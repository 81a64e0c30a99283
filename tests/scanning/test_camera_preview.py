"""The preview keeps showing new frames of the simulated camera, offscreen, through a plain QML Image.
Its frame rate is a benchmark figure (benchmarks/fault_reaction.py), not asserted here."""

from __future__ import annotations

import numpy as np
import pytest

from drivers.camera.code_source import CameraCodeSource
from drivers.camera.sources import SimulatedCamera
from drivers.qr.corpus import background

_PREVIEW_QML = b"""
import QtQuick
Image { width: 640; height: 360; source: cameraFeed.source; cache: false }
"""


@pytest.mark.slow
def test_the_preview_keeps_showing_new_camera_frames(qtbot):
    from PySide6.QtQml import QQmlComponent
    from PySide6.QtQuick import QQuickView

    from ui.camera_preview import CameraFeed, install

    feed = CameraFeed()
    view = QQuickView()
    install(view.engine(), feed)
    component = QQmlComponent(view.engine())
    component.setData(_PREVIEW_QML, "inline.qml")
    image = component.create()
    image.setParentItem(view.contentItem())  # type: ignore[attr-defined]  # create() is typed as QObject
    view.resize(640, 360)
    view.show()
    frames = [background(np.random.default_rng(i), 1280, 720) for i in range(3)]
    camera = CameraCodeSource(SimulatedCamera(frames=frames, fps=25))
    camera.add_frame_listener(feed.push_frame)
    camera.start(lambda _event: None)
    try:
        qtbot.waitUntil(lambda: feed.frames_shown > 0, timeout=30000)
        start = feed.frames_shown
        qtbot.waitUntil(lambda: feed.frames_shown >= start + 20, timeout=30000)
    finally:
        camera.stop()
        view.close()
    assert image.property("implicitWidth") == 960  # scaled down from 1280 for the preview


def test_frames_reach_the_image_provider_newest_first(qapp, qtbot):
    from PySide6.QtCore import QSize

    from ui.camera_preview import CameraFeed, PreviewImages

    feed = CameraFeed()
    provider = PreviewImages(feed)
    announced = []
    feed.sourceChanged.connect(lambda: announced.append(feed.property("source")))
    for shade in (10, 200):
        feed.push_frame(np.full((36, 64), shade, np.uint8))
    qtbot.waitUntil(lambda: len(announced) == 1)  # two frames before the screen asked: one announcement
    image = provider.requestImage("1", QSize(), QSize())
    assert (image.width(), image.height()) == (64, 36)
    assert image.pixelColor(3, 3).red() == 200  # the newest, not the first
    assert announced == ["image://camera/1"]
