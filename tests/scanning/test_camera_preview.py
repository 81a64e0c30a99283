"""The preview item keeps repainting from the simulated camera, offscreen. Its frame rate is a
benchmark figure (benchmarks/fault_reaction.py), not asserted here."""

from __future__ import annotations

import numpy as np
import pytest

from drivers.camera.code_source import CameraCodeSource
from drivers.camera.sources import SimulatedCamera
from drivers.qr.corpus import background


@pytest.mark.slow
def test_the_preview_keeps_painting_new_camera_frames(qtbot):
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
        qtbot.waitUntil(lambda: preview.frames_painted > 0, timeout=30000)
        start = preview.frames_painted
        qtbot.waitUntil(lambda: preview.frames_painted >= start + 20, timeout=30000)
    finally:
        camera.stop()
        view.close()


def test_the_preview_registers_as_a_qml_type(qapp):
    from PySide6.QtQml import QQmlComponent, QQmlEngine

    from ui.camera_preview import CameraPreview, register

    register()
    engine = QQmlEngine()
    component = QQmlComponent(engine)
    component.setData(b"import Kiosk.Camera 1.0\nCameraPreview { width: 64; height: 36 }", "inline.qml")
    item = component.create()
    assert isinstance(item, CameraPreview), component.errorString()
