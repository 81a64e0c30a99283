"""The QML signature pad in a real Qt Quick window, driven with mouse events as a finger would."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtQuick import QQuickItem, QQuickView
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from ui.signature import EMPTY_MESSAGE, TOO_LITTLE_MESSAGE, SignatureCollector, SignatureRejected
from ui.theme import Theme, install_theme

PAD_QML = Path(__file__).resolve().parents[2] / "ui" / "qml" / "components" / "SignaturePad.qml"
NO_MODIFIER = Qt.KeyboardModifier.NoModifier
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def pad(qtbot: QtBot) -> Iterator[tuple[QQuickView, SignatureCollector]]:
    collector = SignatureCollector()
    install_theme(Theme())  # the pad takes its sizes and colours from the Kiosk.Theme singleton
    view = QQuickView()
    view.setInitialProperties({"collector": collector})
    view.setResizeMode(QQuickView.ResizeMode.SizeViewToRootObject)
    view.setSource(QUrl.fromLocalFile(str(PAD_QML)))
    assert view.status() == QQuickView.Status.Ready, [e.toString() for e in view.errors()]
    view.show()
    qtbot.waitExposed(view)
    yield view, collector
    view.close()


def _surface_origin(view: QQuickView) -> QPoint:
    surface = view.rootObject().findChild(QQuickItem, "signatureSurface")
    assert surface is not None
    return surface.mapToScene(surface.boundingRect().topLeft()).toPoint()


def _draw(qtbot: QtBot, view: QQuickView, points: list[tuple[int, int]]) -> None:
    origin = _surface_origin(view)
    first = origin + QPoint(*points[0])
    QTest.mousePress(view, LEFT, NO_MODIFIER, first)
    for x, y in points[1:]:
        QTest.mouseMove(view, origin + QPoint(x, y))
        qtbot.wait(5)
    QTest.mouseRelease(view, LEFT, NO_MODIFIER, origin + QPoint(*points[-1]))
    qtbot.wait(20)


def test_the_pad_is_big_enough_to_sign_on(pad: tuple[QQuickView, SignatureCollector]) -> None:
    view, _ = pad
    surface = view.rootObject().findChild(QQuickItem, "signatureSurface")
    assert surface is not None
    assert surface.width() >= 900 and surface.height() >= 400
    assert view.rootObject().objectName() == "signaturePad"


def test_a_drawn_stroke_becomes_a_png_with_ink(qtbot: QtBot, pad: tuple[QQuickView, SignatureCollector]) -> None:
    view, collector = pad
    zigzag = [(100 + 20 * i, 150 + (40 if i % 2 else -40)) for i in range(20)]
    _draw(qtbot, view, zigzag)
    assert collector.property("strokeCount") == 1
    assert collector.property("problem") == ""
    image = np.asarray(Image.open(io.BytesIO(collector.to_png())).convert("L"))
    assert image.shape[1] >= 380 - 10  # the zigzag spans 380 px across
    assert (image < 128).mean() > 0.02  # dark ink on white


def test_an_untouched_pad_is_rejected_with_a_chinese_message(pad: tuple[QQuickView, SignatureCollector]) -> None:
    _, collector = pad
    with pytest.raises(SignatureRejected, match=EMPTY_MESSAGE):
        collector.to_png()


def test_a_single_tap_is_not_a_signature(qtbot: QtBot, pad: tuple[QQuickView, SignatureCollector]) -> None:
    view, collector = pad
    _draw(qtbot, view, [(300, 200)])
    assert collector.property("problem") == TOO_LITTLE_MESSAGE
    with pytest.raises(SignatureRejected, match=TOO_LITTLE_MESSAGE):
        collector.to_png()


def test_the_clear_button_wipes_the_strokes(qtbot: QtBot, pad: tuple[QQuickView, SignatureCollector]) -> None:
    view, collector = pad
    _draw(qtbot, view, [(100 + 15 * i, 200 + (i % 3) * 20) for i in range(30)])
    assert collector.property("strokeCount") == 1
    button = view.rootObject().findChild(QQuickItem, "signatureClear")
    assert button is not None and button.height() >= 64
    centre = button.mapToScene(button.boundingRect().center()).toPoint()
    QTest.mouseClick(view, LEFT, NO_MODIFIER, centre)
    qtbot.wait(20)
    assert collector.property("strokeCount") == 0
    with pytest.raises(SignatureRejected):
        collector.to_png()
