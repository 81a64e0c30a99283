"""Each citizen screen in its four variants (standard/长辈版 × 中文/English): every interactive control
has an accessible name and role, 长辈版 touch targets are ≥ 120 px (standard ≥ 96 px), and a
screenshot of each is saved to artifacts/screens/variants/ for people to look at."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtQuick import QQuickItem
from pytestqt.qtbot import QtBot

from kiosk.session.states import State
from tests.ui.flows import card_lifted, lay_the_demo_card, on, open_form_of
from tests.ui.harness import cut_below_without_cue, find, screenshot, tap, walk

pytestmark = pytest.mark.slow

VARIANTS = [("zh_CN", False), ("en_US", False), ("zh_CN", True), ("en_US", True)]
INTERACTIVE = ("Button", "MouseArea", "TextField", "CheckBox")
STAFF_ONLY = {"technicianGesture"}  # five taps in a corner; not a citizen control


@pytest.fixture
def app(quiet_demo_app: Any) -> Any:
    QAccessible.setActive(True)
    return quiet_demo_app


def _controls(app: Any) -> list[QQuickItem]:
    found: list[QQuickItem] = []
    # Qt's own keyboard has its own accessibility; staff-only controls are not the citizen's
    def into(item: QQuickItem) -> bool:
        return item.objectName() not in ("inputPanel", *STAFF_ONLY)

    for item in walk(app.window.contentItem(), into=into):
        if not into(item):
            continue
        if any(kind in item.metaObject().className() for kind in INTERACTIVE) and item.isEnabled():
            if _ignored(item):
                continue  # Accessible.ignored: a tap-blocker behind an overlay, not a control (docs/words.md)
            found.append(item)
    return found


def _ignored(item: QQuickItem) -> bool:
    """``Accessible.ignored: true`` on the item: Qt leaves such an item out of its parent's children in
    the accessibility tree, so assistive technology never meets it."""
    iface = QAccessible.queryAccessibleInterface(item)
    parent = iface.parent() if isinstance(iface, QAccessibleInterface) else None
    if not isinstance(parent, QAccessibleInterface):
        return False  # no tree to be left out of (or a stale wrapper, below): the item is checked
    # Compared by address: PySide6 now and then hands back a stale wrapper of another type for an
    # interface (seen on 6.8.0.2: a QMetaObject, which has no object()); the address is still the one
    # Qt's accessibility cache keeps for that item, one interface per object.
    mine = shiboken6.getCppPointer(iface)[0]
    children = (parent.child(k) for k in range(parent.childCount()))
    return all(child is None or shiboken6.getCppPointer(child)[0] != mine for child in children)


def _label(item: QQuickItem) -> str:
    return item.objectName() or item.metaObject().className()


def _check(app: Any, elder: bool) -> list[str]:
    problems = []
    for item in _controls(app):
        iface = QAccessible.queryAccessibleInterface(item)
        name = iface.text(QAccessible.Text.Name) if iface is not None else ""
        role = iface.role() if iface is not None else None
        if not name.strip() or role in (None, QAccessible.Role.NoRole, QAccessible.Role.Client):
            problems.append(f"{_label(item)}: role {role}, name {name!r}")
        minimum = 120 if elder else 96
        if item.height() < minimum - 0.5:
            problems.append(f"{_label(item)}: {item.height():.0f} px high, below {minimum}")
    return problems


def _variant(app: Any, qtbot: QtBot, language: str, elder: bool) -> None:
    app.vm.setLanguage(language)
    app.vm.setElderMode(elder)
    qtbot.waitUntil(lambda: app.vm.language == language and app.vm.elderMode == elder, timeout=2000)
    qtbot.wait(150)


def _visit(app: Any, qtbot: QtBot, folder: Path, screen: str, elder: bool, problems: dict[str, list[str]]) -> None:
    on(qtbot, app, screen, timeout=20000)
    qtbot.wait(250)
    screenshot(app.window, folder, screen)
    found = _check(app, elder) + cut_below_without_cue(app.window)
    if found:
        problems[screen] = found


@pytest.mark.parametrize(("language", "elder"), VARIANTS, ids=["zh", "en", "zh-elder", "en-elder"])
def test_every_screen_is_named_for_assistive_technology_and_big_enough_to_touch(
    qtbot: QtBot, app: Any, shots: Path, language: str, elder: bool
) -> None:
    win, session = app.window, app.assembly.terminal.session
    folder = shots / "variants" / f"{'elder' if elder else 'standard'}-{language}"
    problems: dict[str, list[str]] = {}
    on(qtbot, app, "idle")
    _variant(app, qtbot, language, elder)
    _visit(app, qtbot, folder, "idle", elder, problems)
    tap(qtbot, win, "startApplyButton")
    _visit(app, qtbot, folder, "identify", elder, problems)
    lay_the_demo_card(qtbot, app, "choose_service", timeout=20000)
    qtbot.waitUntil(lambda: not find(win, "emptyServices").property("visible"), timeout=10000)
    _visit(app, qtbot, folder, "choose_service", elder, problems)
    open_form_of(qtbot, app, "hukouqianyi")
    session.go(State.GUIDE)
    _visit(app, qtbot, folder, "guide", elder, problems)
    tap(qtbot, win, "startFormButton")
    _visit(app, qtbot, folder, "form", elder, problems)
    # The rest of the errand is reached directly: its own tests fill the form; here the screens matter.
    session.go(State.REVIEW)
    _visit(app, qtbot, folder, "review", elder, problems)
    session.go(State.SUBMIT)
    _visit(app, qtbot, folder, "submit", elder, problems)
    session.data.tracking_number = "0QK7-M4XA-P2WD"
    session.go(State.RECEIPT)
    _visit(app, qtbot, folder, "receipt", elder, problems)
    session.go(State.RATE)
    _visit(app, qtbot, folder, "rate", elder, problems)
    tap(qtbot, win, "rate_1")  # the reasons appear
    screenshot(win, folder, "rate_reasons")
    tap(qtbot, win, "helpButton")
    qtbot.wait(300)
    screenshot(win, folder, "help_called")
    tap(qtbot, win, "helpCancelButton")
    tap(qtbot, win, "skipRatingButton")
    on(qtbot, app, "idle")
    _variant(app, qtbot, language, elder)
    tap(qtbot, win, "startProgressButton")
    on(qtbot, app, "identify")
    qtbot.waitUntil(lambda: card_lifted(app), timeout=5000)  # the last errand's card is off the reader
    tap(qtbot, win, "demoCardButton")
    _visit(app, qtbot, folder, "query_progress", elder, problems)
    tap(qtbot, win, "cancelButton")
    on(qtbot, app, "idle")
    _variant(app, qtbot, language, elder)
    tap(qtbot, win, "startPrintButton")
    on(qtbot, app, "identify")
    qtbot.waitUntil(lambda: card_lifted(app), timeout=5000)
    lay_the_demo_card(qtbot, app, "print_certificate", timeout=20000)
    qtbot.waitUntil(lambda: len(app.vm.licenses) > 0, timeout=10000)
    _visit(app, qtbot, folder, "print_certificate", elder, problems)
    assert problems == {}
