"""The on-screen keyboards a citizen types on are big enough to touch: measured in the real window.

Rules (docs/words.md, issue 19): every touch target ≥ 120 px in 长辈版 and ≥ 96 px in standard mode.
Each test opens a real field, lets Qt's virtual keyboard come up, walks its keys (every item with a
``keyType``) and measures them on screen; it saves a screenshot to artifacts/screens/keyboard/.

One limit is measured, not hidden: the letter keyboards (pinyin and English) have ten keys in their
top row, so at the reference 1080 px width a letter key is ≤ 108 px wide whatever its height. Their
keys are held to the mode's height rule and to the 96 px rule in width; the digits keypad, which
has room, is held to the mode's rule in both directions.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.clock import ManualClock
from kiosk.config.loader import CONFIG_DIR, load_config
from tests.ui.flows import identify_with_the_card, on, open_form_of
from tests.ui.harness import find, screenshot, tap
from ui.speech.player import RecordingSink

pytestmark = pytest.mark.slow

MODES = [("zh_CN", False), ("en_US", False), ("zh_CN", True), ("en_US", True)]
IDS = ["zh", "en", "zh-elder", "en-elder"]


@pytest.fixture
def app(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clock: ManualClock) -> Iterator[Any]:
    from ui.app import KioskApp

    monkeypatch.chdir(tmp_path)
    # any free port for the built-in sandbox: other terminals on this machine may hold the demo's 8470
    config = load_config(CONFIG_DIR / "profiles" / "demo.toml", environ={"KIOSK_PLATFORM__URL": "http://127.0.0.1:0"})
    kiosk = KioskApp(config, demo=True, clock=clock, speech_player=RecordingSink())
    kiosk.window.show()
    qtbot.waitExposed(kiosk.window)
    yield kiosk
    kiosk.close()


def _keys(app: Any) -> list[QQuickItem]:
    """The keys of the keyboard on screen now (Qt's BaseKey and its kinds carry ``keyType``)."""
    found: list[QQuickItem] = []
    stack: list[QQuickItem] = [find(app.window, "inputPanel")]
    while stack:
        item = stack.pop()
        if not isinstance(item, QQuickItem) or not item.isVisible():
            continue
        stack.extend(item.childItems())
        if item.property("keyType") is None or "FillerKey" in item.metaObject().className():
            continue  # not a key, or a filler: an empty space in a row that does nothing when touched
        if item.width() > 0 and item.property("enabled"):
            found.append(item)
    return found


def _name(key: QQuickItem) -> str:
    return str(key.property("displayText") or key.property("text") or key.metaObject().className())


def _open_keyboard(qtbot: QtBot, app: Any, field: str, language: str, elder: bool) -> None:
    app.vm.setLanguage(language)
    app.vm.setElderMode(elder)
    tap(qtbot, app.window, field)
    qtbot.waitUntil(lambda: QGuiApplication.inputMethod().isVisible(), timeout=3000)
    qtbot.waitUntil(lambda: len(_keys(app)) >= 12, timeout=3000)
    qtbot.wait(300)  # the panel slides in


def _too_small(keys: list[QQuickItem], height: int, width: int) -> list[str]:
    return [
        f"{_name(k)!r}: {k.width():.0f}×{k.height():.0f} px"
        for k in keys
        if k.height() < height - 0.5 or k.width() < width - 0.5
    ]


def _tap_key(qtbot: QtBot, app: Any, text: str) -> None:
    key = next(k for k in _keys(app) if k.property("text") == text)
    centre = key.mapToScene(QPointF(key.width() / 2, key.height() / 2)).toPoint()
    QTest.mouseClick(app.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    qtbot.wait(60)


@pytest.mark.parametrize(("language", "elder"), MODES, ids=IDS)
def test_letter_keys_are_as_high_as_the_modes_touch_rule(
    qtbot: QtBot, app: Any, shots: Path, language: str, elder: bool
) -> None:
    identify_with_the_card(qtbot, app)
    qtbot.waitUntil(lambda: app.vm.catalogLoaded, timeout=10000)
    _open_keyboard(qtbot, app, "serviceSearch", language, elder)
    keys = _keys(app)
    rule = 120 if elder else 96
    screenshot(app.window, shots / "keyboard", f"letters-{'elder' if elder else 'standard'}-{language}")
    assert len(keys) >= 30  # a full letter keyboard: q…p, a…l, z…m and the function keys
    assert _too_small(keys, height=rule, width=96) == []


def test_pinyin_candidates_in_elder_mode_are_120_px_targets(qtbot: QtBot, app: Any, shots: Path) -> None:
    identify_with_the_card(qtbot, app)
    _open_keyboard(qtbot, app, "serviceSearch", "zh_CN", True)
    for letter in "hukou":
        _tap_key(qtbot, app, letter)
    candidates = find(app.window, "wordCandidateView")
    qtbot.waitUntil(lambda: candidates.property("count") > 0, timeout=3000)
    qtbot.wait(300)
    screenshot(app.window, shots / "keyboard", "pinyin-candidates-elder-zh_CN")
    assert candidates.height() >= 120
    shown = [c for c in candidates.property("contentItem").childItems() if isinstance(c, QQuickItem) and c.isVisible()]
    assert shown and all(c.height() >= 120 and c.width() >= 120 for c in shown)


@pytest.mark.parametrize(("language", "elder"), MODES, ids=IDS)
def test_digit_keys_meet_the_modes_touch_rule_in_both_directions(
    qtbot: QtBot, app: Any, shots: Path, language: str, elder: bool
) -> None:
    identify_with_the_card(qtbot, app)
    open_form_of(qtbot, app, "hukouqianyi")
    on(qtbot, app, "form")
    _open_keyboard(qtbot, app, "field_phone", language, elder)
    keys = _keys(app)
    digits = {str(k.property("text")) for k in keys}
    rule = 120 if elder else 96
    screenshot(app.window, shots / "keyboard", f"digits-{'elder' if elder else 'standard'}-{language}")
    assert set("0123456789") <= digits
    assert len(keys) <= 16  # the digits keypad, not the letter keyboard
    assert _too_small(keys, height=rule, width=rule) == []
