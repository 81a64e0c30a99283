"""The harness finds a control even when PySide6 hands back a stale wrapper of another type for it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QByteArray, QMetaObject, QObject
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow
from pytestqt.qtbot import QtBot

from tests.ui.harness import find, walk

QML = b"""import QtQuick
import QtQuick.Window
Window { visible: true; Rectangle { objectName: "bar"; width: 100; height: 100
    Rectangle { objectName: "elderToggle"; width: 80; height: 80 } } }"""


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[QQuickWindow]:
    engine = QQmlApplicationEngine()
    engine.loadData(QByteArray(QML))
    root = engine.rootObjects()[0]
    assert isinstance(root, QQuickWindow)
    yield root
    root.deleteLater()
    engine.deleteLater()


def test_a_stale_wrapper_of_another_type_hides_neither_the_item_nor_what_it_holds(window: QQuickWindow) -> None:
    bar = window.findChild(QObject, "bar")
    assert bar is not None
    address = shiboken6.getCppPointer(bar)[0]
    # What PySide6 sometimes holds: a wrapper of another type (seen: QMetaObject) for this address.
    shiboken6.invalidate(bar)
    del bar
    stale = shiboken6.wrapInstance(address, QMetaObject)
    assert not isinstance(stale, QObject)
    assert [i.objectName() for i in walk(window.contentItem())][1:] == ["bar", "elderToggle"]
    assert find(window, "elderToggle").objectName() == "elderToggle"
