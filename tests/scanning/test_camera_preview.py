"""The preview item repaints from the simulated camera at ≥ 15 fps, offscreen."""

from __future__ import annotations

import time

import numpy as np
import pytest

from drivers.camera.code_source import CameraCodeSource
from drivers.camera.sources import SimulatedCamera
from drivers.qr.corpus import background


@pytest.mark.slow
def test_the_preview_shows_the_simulated_camera_at_15_fps_or_more(qtbot):
    from PySide6.QtQuick import QQuickView

    from ui.camera_preview import CameraPreview

    view = QQuickView()
    view.resize(640, 360)
    preview = CameraPreview(view.contentItem())
    preview.setSize(view.contentItem().size())
    preview.setWidth(640)
    preview.setHeight(360)
    view.show()
    frames = [background(np.random.default_rng(i), 1280, 720) for i in range(3)]
    camera = CameraCodeSource(SimulatedCamera(frames=frames, fps=25))
    camera.add_frame_listener(preview.push_frame)
    camera.start(lambda _event: None)
    try:
        qtbot.wait(300)
        start, t0 = preview.frames_painted, time.monotonic()
        qtbot.wait(2000)
        fps = (preview.frames_painted - start) / (time.monotonic() - t0)
    finally:
        camera.stop()
        view.close()
    assert fps >= 15, fps


def test_the_preview_registers_as_a_qml_type(qapp):
    from PySide6.QtQml import QQmlComponent, QQmlEngine

    from ui.camera_preview import CameraPreview, register

    register()
    engine = QQmlEngine()
    component = QQmlComponent(engine)
    component.setData(b"import Kiosk.Camera 1.0\nCameraPreview { width: 64; height: 36 }", "inline.qml")
    item = component.create()
    assert isinstance(item, CameraPreview), component.errorString()
