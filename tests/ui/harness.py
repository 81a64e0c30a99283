"""Drive the real window the way a person would: find a control by objectName, tap its centre,
type into the focused field, and photograph each screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QWindow
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot


def _search(window: QWindow, name: str) -> QQuickItem | None:
    # View delegates have a visual parent but no QObject parent, so walk the item tree as well.
    found = window.findChild(QObject, name)
    if isinstance(found, QQuickItem):
        return found
    stack: list[QQuickItem] = [window.contentItem()]  # type: ignore[attr-defined]
    while stack:
        item = stack.pop()
        if item.objectName() == name:
            return item
        stack.extend(item.childItems())
    return None


def find(window: QWindow, name: str) -> QQuickItem:
    item = _search(window, name)
    assert item is not None, f"no control named {name!r} on screen"
    return item


def visible(window: QWindow, name: str) -> bool:
    item = _search(window, name)
    return bool(item is not None and item.isVisible())


def tap(qtbot: QtBot, window: QWindow, name: str) -> None:
    item = find(window, name)
    assert item.isVisible(), f"{name} is not visible"
    assert item.isEnabled(), f"{name} is disabled"
    assert item.height() >= 64, f"{name} is {item.height()} px high: too small to touch"
    centre = item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).toPoint()
    assert 0 <= centre.y() <= window.height(), f"{name} is off screen at y={centre.y()}"
    QTest.mouseClick(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    qtbot.wait(30)


def type_into(qtbot: QtBot, window: QWindow, name: str, text: str) -> None:
    tap(qtbot, window, name)
    item = find(window, name)
    item.forceActiveFocus()
    item.setProperty("text", "")
    for char in text:
        # A key event carrying the character, as a hardware or on-screen keyboard would deliver it.
        key = Qt.Key(ord(char)) if char.isascii() and char.isalnum() else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QGuiApplication.sendEvent(window, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))
    qtbot.wait(20)
    assert item.property("text") == text, f"{name} holds {item.property('text')!r}"


def screenshot(window: QWindow, folder: Path, name: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    image = window.grabWindow()  # type: ignore[attr-defined]
    assert not image.isNull()
    image.save(str(path))
    return path
