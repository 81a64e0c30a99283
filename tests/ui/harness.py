"""Open the real window and drive it the way a person would: find a control by objectName, tap its
centre, type into the focused field, and photograph each screen."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QPoint, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QInputMethodEvent, QWindow
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.clock import ManualClock
from kiosk.config.loader import CONFIG_DIR, load_config

# The built-in sandbox platform on any free port. The demo's own 8470 is for a person's demo: tests
# run side by side (xdist workers), and while one test's platform was down another's demo took 8470,
# so the first could not listen again when it healed (fresh-clone CI).
ANY_PORT = {"KIOSK_PLATFORM__URL": "http://127.0.0.1:0"}
# Filings reach the platform (and a link change shows) within a second: for tests that wait on them.
FAST_SYNC = {"KIOSK_PLATFORM__SYNC_INTERVAL_S": "1"}
# The bank-branch profile as a test runs it: its devices simulated, its platform the built-in sandbox.
BANK_ENV = {
    "KIOSK_PLATFORM__SANDBOX": "true",
    "KIOSK_IDCARD__SIMULATED": "true",
    "KIOSK_CAMERA__SIMULATED_SOURCE": "demo",
    "KIOSK_PRINTER__BACKEND": "spool",
    "KIOSK_PRINTER__RECEIPT_BACKEND": "same",
    "KIOSK_UI__FULLSCREEN": "false",
}


def open_window(qtbot: QtBot, profile: str = "demo", environ: dict[str, str] | None = None, *,
                clock: ManualClock | None = None, speech_player: Any = None) -> Any:
    """The real terminal window on a shipped profile (``config/profiles/<profile>.toml``) with
    ``environ``'s ``KIOSK_…`` settings over it (its sandbox platform on any free port unless
    ``environ`` names one), shown; the caller closes it. Run it from a temporary folder
    (``monkeypatch.chdir``): the terminal keeps its data where it starts."""
    from ui.app import KioskApp

    config = load_config(CONFIG_DIR / "profiles" / f"{profile}.toml", environ=ANY_PORT | (environ or {}))
    app = KioskApp(config, demo=True, clock=clock or ManualClock(datetime.now(UTC)), speech_player=speech_player)
    app.window.show()
    qtbot.waitExposed(app.window)
    return app


def walk(root: QQuickItem, *, shown_only: bool = True,
         into: Callable[[QQuickItem], bool] | None = None) -> Iterator[QQuickItem]:
    """Every item under ``root`` (``root`` included), depth first. With ``shown_only`` a hidden
    item and all it holds are left out; ``into(item)`` false keeps the walk out of what ``item``
    holds (a scrolling list, a keyboard) while ``item`` itself is still yielded."""
    stack: list[object] = [root]
    while stack:
        item = _as_item(stack.pop())
        if item is None:
            continue
        if shown_only and not item.isVisible():
            continue
        yield item
        if into is None or into(item):
            stack.extend(item.childItems())


def _as_item(found: object) -> QQuickItem | None:
    """An entry of ``childItems()`` as the item it is. PySide6 (6.12, and 6.8.0.2) now and then hands
    back a stale wrapper of another type (seen: a QMetaObject): one it kept for an object Qt has since
    freed, whose address a new item now has. Skipping it hid the item and all it holds ("no control
    named 'elderToggle'" on 6.8.0.2); the address is right, so the stale wrapper is dropped and the
    item wrapped anew. Every copy of this loop that ignored stale wrappers failed CI."""
    if isinstance(found, QQuickItem):
        return found
    item = rewrapped(found, QQuickItem)
    return item if isinstance(item, QQuickItem) else None


def rewrapped(found: object, kind: type[QObject]) -> object | None:
    """``found``'s C++ object wrapped anew as ``kind``, its possibly stale wrapper dropped; None if
    shiboken already knows the wrapper invalid."""
    if not isinstance(found, shiboken6.Object):
        return None
    try:
        address = shiboken6.getCppPointer(found)[0]
    except RuntimeError:  # a wrapper already invalidated
        return None
    shiboken6.invalidate(found)  # else wrapInstance hands back the same stale wrapper
    return shiboken6.wrapInstance(address, kind)


def _search(window: QWindow, name: str) -> QQuickItem | None:
    # View delegates have a visual parent but no QObject parent, so walk the item tree as well.
    # A rebuilt list can briefly hold the old, hidden delegate beside the new one: prefer what is shown.
    matches: list[QQuickItem] = []
    found = window.findChild(QObject, name)
    if isinstance(found, QQuickItem):
        matches.append(found)
    root = window.contentItem()  # type: ignore[attr-defined]
    matches.extend(item for item in walk(root, shown_only=False) if item.objectName() == name)
    shown = [m for m in matches if m.isVisible()]
    candidates = shown or matches
    return candidates[-1] if candidates else None


def find(window: QWindow, name: str) -> QQuickItem:
    item = _search(window, name)
    assert item is not None, f"no control named {name!r} on screen"
    return item


def visible(window: QWindow, name: str) -> bool:
    item = _search(window, name)
    return bool(item is not None and item.isVisible())


def scroll_into_view(qtbot: QtBot, window: QWindow, item: QQuickItem) -> None:
    """Swipe the list or page the control is on until it is on screen, as a person would."""
    parent = item.parentItem()
    while parent is not None:
        if parent.property("contentY") is not None and parent.property("contentHeight") is not None:
            content = parent.property("contentItem")
            y = item.mapToItem(content, QPointF(0, item.height() / 2)).y()
            top = max(0.0, min(y - parent.height() / 2, parent.property("contentHeight") - parent.height()))
            parent.setProperty("contentY", top)
            qtbot.wait(30)
            return
        parent = parent.parentItem()


def _on_screen(window: QWindow, item: QQuickItem) -> bool:
    """The item's centre is inside the window and inside every clipping area (scrolled list) it sits in."""
    centre = item.mapToScene(QPointF(item.width() / 2, item.height() / 2))
    if not (0 <= centre.x() <= window.width() and 0 <= centre.y() <= window.height()):
        return False
    parent = item.parentItem()
    while parent is not None:
        if parent.clip():
            top_left = parent.mapToScene(QPointF(0, 0))
            if not (top_left.y() <= centre.y() <= top_left.y() + parent.height()):
                return False
        parent = parent.parentItem()
    return True


def hide_keyboard(qtbot: QtBot) -> None:
    """Close the on-screen keyboard with its own hide key, as a person does before tapping elsewhere."""
    im = QGuiApplication.inputMethod()
    if im.isVisible():
        im.hide()
        qtbot.waitUntil(lambda: not im.isVisible(), timeout=2000)
        qtbot.wait(100)


def laid_out(item: QQuickItem) -> None:
    """Run the layout still pending above ``item`` (a Flow, a Row, a layout) now, as Qt does before it
    draws the next frame. Just after a list of controls is rebuilt they all sit at the same place
    until that pass: a tap aimed by their geometry then hit the wrong one (a category chip test
    picked 一件事一次办, the chip drawn on top, instead of category_0, now and then in CI)."""
    chain: list[QQuickItem] = []
    parent: QQuickItem | None = item
    while parent is not None:
        chain.insert(0, parent)  # outermost first: a positioner places its children before they lay out
        parent = parent.parentItem()
    def geometry() -> list[tuple[float, ...]]:
        return [(each.x(), each.y(), each.width(), each.height(), each.implicitWidth(), each.implicitHeight())
                for each in chain]

    for _ in range(5):  # again while anything changes: a Flow that grew pushes its layout's next rows down
        before = geometry()
        for each in chain:
            each.ensurePolished()
        if geometry() == before:
            break


def tap(qtbot: QtBot, window: QWindow, name: str) -> None:
    item = find(window, name)
    if item.property("text") is None or item.property("cursorPosition") is None:
        hide_keyboard(qtbot)  # not a text field: the keyboard would be in the way
        item = find(window, name)
    laid_out(item)
    for _ in range(3):  # a page still laying itself out may need a second swipe
        if _on_screen(window, item):
            break
        scroll_into_view(qtbot, window, item)
        qtbot.wait(50)
    assert item.isVisible(), f"{name} is not visible"
    assert item.isEnabled(), f"{name} is disabled"
    assert item.height() >= 64, f"{name} is {item.height()} px high: too small to touch"
    assert _on_screen(window, item), f"{name} is scrolled out of sight"
    centre = item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).toPoint()
    QTest.mouseClick(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    qtbot.wait(30)


def type_into(qtbot: QtBot, window: QWindow, name: str, text: str) -> None:
    tap(qtbot, window, name)
    item = find(window, name)
    item.forceActiveFocus()
    item.setProperty("text", "")
    for char in text:
        # Committed through the input method, the way the on-screen (pinyin) keyboard delivers text.
        event = QInputMethodEvent("", [])
        event.setCommitString(char)
        QGuiApplication.sendEvent(item, event)
    qtbot.wait(20)
    assert item.property("text") == text, f"{name} holds {item.property('text')!r}"


def screenshot(window: QWindow, folder: Path, name: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    image = window.grabWindow()  # type: ignore[attr-defined]
    assert not image.isNull()
    image.save(str(path))
    return path


def draw_signature(qtbot: QtBot, window: QWindow, name: str = "signatureSurface") -> None:
    """Sign with a finger: one stroke across the signing area."""
    hide_keyboard(qtbot)
    item = find(window, name)
    laid_out(item)
    if not _on_screen(window, item):
        scroll_into_view(qtbot, window, item)
    origin = item.mapToScene(QPointF(0, 0)).toPoint()
    w, h = int(item.width()), int(item.height())
    points = [(int(w * (0.15 + 0.7 * t / 20)), int(h * (0.5 + 0.25 * ((-1) ** t) * (t % 5) / 5))) for t in range(21)]
    QTest.mousePress(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, origin + QPoint(*points[0]))
    for x, y in points[1:]:
        QTest.mouseMove(window, origin + QPoint(x, y))
        qtbot.wait(5)
    QTest.mouseRelease(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, origin + QPoint(*points[-1]))
    qtbot.wait(30)


def cut_below_without_cue(window: QWindow) -> list[str]:
    """Scrolling areas whose content goes on below their edge while nothing on screen says so
    (the ``MoreBelow`` cue names the area it belongs to)."""
    from shiboken6 import Shiboken

    root = window.contentItem()  # type: ignore[attr-defined]
    shown = list(walk(root, into=lambda item: item.objectName() != "inputPanel"))
    cued = {Shiboken.getCppPointer(flick)[0] for item in shown
            if str(item.objectName()).endswith("More") and isinstance(flick := item.property("flick"), QObject)}
    found = []
    for item in shown:
        if item.property("originY") is None or item.property("contentY") is None or item.height() <= 0:
            continue  # not a Flickable
        hidden = item.property("originY") + item.property("contentHeight") - item.height() - item.property("contentY")
        if hidden > 2 and Shiboken.getCppPointer(item)[0] not in cued:
            holder = item.objectName() or (item.parentItem().objectName() if item.parentItem() else "")
            found.append(f"{holder or item.metaObject().className()}: {hidden:.0f} px below its edge, no cue")
    return found
