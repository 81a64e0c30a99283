"""The on-screen keyboards a citizen types on are big enough to touch: measured in the real window.

Rules (docs/words.md, issue 19), at the reference 1080×1920 screen: in 长辈版 every touch target is
≥ 120 px both ways, keypad keys included, and the keypad spans the screen's width; in standard mode
keys are ≥ 96 px. Each test opens a real field, lets Qt's virtual keyboard come up with our layouts
(ui/qml/keyboard/), walks its keys (every item with a ``keyType``) and measures them on screen; it
saves a screenshot to artifacts/screens/keyboard/.

长辈版's letter keyboard is the alphabet in order, seven keys a row (Qt's QWERTY has ten keys across,
so its keys cannot be 120 px wide at 1080 px); the digits keypad is three columns of digits and a
column of function keys across the whole width, with X for an ID number's check character.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, QPointF, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from tests.conftest import ARTIFACTS
from tests.ui.flows import identify_with_the_card, on, open_form_of
from tests.ui.harness import find, rewrapped, screenshot, tap, walk

pytestmark = pytest.mark.slow

MODES = [("zh_CN", False), ("en_US", False), ("zh_CN", True), ("en_US", True)]
IDS = ["zh", "en", "zh-elder", "en-elder"]
# Qt's keyboard keeps a thin frame (its style's relative margins) around the rows of keys.
EDGE = 16


@pytest.fixture
def app(quiet_demo_app: Any) -> Any:
    return quiet_demo_app


def _keys(app: Any) -> list[QQuickItem]:
    """The keys of the keyboard on screen now (Qt's BaseKey and its kinds carry ``keyType``); a
    filler, an empty space in a row that does nothing when touched, is no key."""
    return [
        item for item in walk(find(app.window, "inputPanel"))
        if item.property("keyType") is not None and "FillerKey" not in item.metaObject().className()
        and item.width() > 0 and item.property("enabled")
    ]


def _name(key: QQuickItem) -> str:
    return str(key.property("displayText") or key.property("text") or key.metaObject().className())


def _texts(app: Any) -> set[str]:
    return {str(k.property("text")) for k in _keys(app)}


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


def _record(what: str, keys: list[QQuickItem]) -> None:
    """Append the measured sizes to artifacts/keyboard-keys.txt (the figures in the notes come from there)."""
    narrowest = min(keys, key=lambda k: k.width())
    lowest = min(keys, key=lambda k: k.height())
    left, right = _span(keys)
    ARTIFACTS.mkdir(exist_ok=True)
    with (ARTIFACTS / "keyboard-keys.txt").open("a", encoding="utf-8") as log:
        log.write(f"{what}: {len(keys)} keys, narrowest {narrowest.width():.0f} px ({_name(narrowest)!r}), "
                  f"lowest {lowest.height():.0f} px, keys span x {left:.0f}–{right:.0f} px\n")


def _labels_cut_off(app: Any) -> list[str]:
    """Key labels (texts inside the keyboard) that are elided or wider than the box they are laid in."""
    found = []
    for item in walk(find(app.window, "inputPanel")):
        text = item.property("text")
        if not isinstance(text, str) or not text.strip() or item.property("contentWidth") is None:
            continue
        if item.property("truncated") or (item.width() > 0 and item.property("contentWidth") > item.width() + 2):
            found.append(f"{text!r}: {item.property('contentWidth'):.0f} px in {item.width():.0f} px")
    return found


def _span(keys: list[QQuickItem]) -> tuple[float, float]:
    """Leftmost and rightmost screen x covered by ``keys``."""
    lefts = [k.mapToScene(QPointF(0, 0)).x() for k in keys]
    rights = [k.mapToScene(QPointF(k.width(), 0)).x() for k in keys]
    return min(lefts), max(rights)


def _in_sight(app: Any, field: str) -> bool:
    """``field`` is wholly on screen between the header and the keyboard."""
    item = find(app.window, field)
    top = item.mapToScene(QPointF(0, 0)).y()
    keyboard_top = find(app.window, "inputPanel").mapToScene(QPointF(0, 0)).y()
    header = find(app.window, "statusBar")
    return top >= header.mapToScene(QPointF(0, header.height())).y() and top + item.height() <= keyboard_top


def _screen_ends_at_the_keyboard(app: Any) -> bool:
    """Nothing of the screen (its buttons row) hides behind the keyboard, and no gap is left."""
    loader = find(app.window, "screenLoader")
    bottom = loader.mapToScene(QPointF(0, loader.height())).y()
    return abs(bottom - find(app.window, "inputPanel").mapToScene(QPointF(0, 0)).y()) <= 1


def _tap_key(qtbot: QtBot, app: Any, text: str) -> None:
    key = next(k for k in _keys(app) if k.property("text") == text)
    centre = key.mapToScene(QPointF(key.width() / 2, key.height() / 2)).toPoint()
    QTest.mouseClick(app.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    qtbot.wait(60)


def _style(app: Any) -> QObject:
    """The keyboard style object the InputPanel loaded (Qt's default style, painted by KeyboardPaint.qml).

    Each child is wrapped anew from its address: late in a long test process ``findChildren`` handed
    back a wrapper shiboken had marked deleted for an object alive at that address ("Internal C++
    object already deleted" in a fresh-clone CI run, never alone), the stale-wrapper trouble
    ``harness._as_item`` answers for items."""
    panel = find(app.window, "inputPanel")
    for found in panel.findChildren(QObject):
        child = rewrapped(found, QObject)
        if isinstance(child, QObject) and child.metaObject().indexOfProperty("keyboardDesignWidth") >= 0:
            return child
    raise AssertionError("the input panel holds no keyboard style")


def _style_colours(qtbot: QtBot, app: Any, names: tuple[str, ...]) -> dict[str, str]:
    """The named colours of the style in use, read again if its wrapper turns out stale mid-read."""
    drawn: dict[str, str] = {}

    def read() -> bool:
        try:
            style = _style(app)
            drawn.update({name: style.property(name).name() for name in names})
        except (RuntimeError, AssertionError):  # stale, or its address only under a stale wrapper
            drawn.clear()
            return False
        return True

    qtbot.waitUntil(read, timeout=5000)
    return drawn


def _variant(language: str, elder: bool) -> str:
    return f"{'elder' if elder else 'standard'}-{language}"


@pytest.mark.parametrize(("language", "elder"), MODES, ids=IDS)
def test_letter_keys_meet_the_modes_touch_rule_in_both_directions(
    qtbot: QtBot, app: Any, shots: Path, language: str, elder: bool
) -> None:
    identify_with_the_card(qtbot, app)
    qtbot.waitUntil(lambda: app.vm.catalogLoaded, timeout=10000)
    _open_keyboard(qtbot, app, "serviceSearch", language, elder)
    keys = _keys(app)
    rule = 120 if elder else 96
    screenshot(app.window, shots / "keyboard", f"letters-{_variant(language, elder)}")
    _record(f"letters {_variant(language, elder)}", keys)
    assert _labels_cut_off(app) == []
    assert set("abcdefghijklmnopqrstuvwxyz") <= _texts(app)
    assert _too_small(keys, height=rule, width=rule) == []
    left, right = _span(keys)
    assert left <= EDGE and right >= app.window.width() - EDGE


@pytest.mark.parametrize("language", ["zh_CN", "en_US"])
def test_elder_letters_are_the_alphabet_in_order_seven_to_a_row(qtbot: QtBot, app: Any, language: str) -> None:
    identify_with_the_card(qtbot, app)
    _open_keyboard(qtbot, app, "serviceSearch", language, True)
    rows: dict[int, list[tuple[float, str]]] = {}
    for key in _keys(app):
        text = str(key.property("text"))
        if len(text) == 1 and text.isalpha():
            corner = key.mapToScene(QPointF(0, 0))
            rows.setdefault(round(corner.y()), []).append((corner.x(), text))
    by_row = ["".join(text for _, text in sorted(row)) for _, row in sorted(rows.items())]
    assert by_row == ["abcdefg", "hijklmn", "opqrstu", "vwxyz"]


@pytest.mark.parametrize(("language", "elder"), MODES, ids=IDS)
def test_symbol_keys_meet_the_modes_touch_rule(qtbot: QtBot, app: Any, shots: Path, language: str, elder: bool) -> None:
    identify_with_the_card(qtbot, app)
    _open_keyboard(qtbot, app, "serviceSearch", language, elder)
    symbol_key = next(k for k in _keys(app) if "SymbolModeKey" in k.metaObject().className())
    centre = symbol_key.mapToScene(QPointF(symbol_key.width() / 2, symbol_key.height() / 2)).toPoint()
    QTest.mouseClick(app.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    qtbot.waitUntil(lambda: set("0123456789") <= _texts(app), timeout=3000)
    qtbot.wait(200)
    keys = _keys(app)
    rule = 120 if elder else 96
    screenshot(app.window, shots / "keyboard", f"symbols-{_variant(language, elder)}")
    _record(f"symbols {_variant(language, elder)}", keys)
    assert _labels_cut_off(app) == []
    assert _too_small(keys, height=rule, width=rule) == []


def test_turning_elder_mode_on_with_the_keyboard_up_changes_the_keys_at_once(qtbot: QtBot, app: Any) -> None:
    identify_with_the_card(qtbot, app)
    _open_keyboard(qtbot, app, "serviceSearch", "zh_CN", False)
    assert _too_small(_keys(app), height=96, width=96) == []
    app.vm.setElderMode(True)
    qtbot.waitUntil(lambda: _too_small(_keys(app), height=120, width=120) == [], timeout=3000)
    app.vm.setElderMode(False)
    qtbot.waitUntil(lambda: min(k.width() for k in _keys(app)) < 120, timeout=3000)  # QWERTY again
    assert _too_small(_keys(app), height=96, width=96) == []


@pytest.mark.parametrize("elder", [False, True], ids=["standard", "elder"])
def test_pinyin_candidates_meet_the_modes_touch_rule(qtbot: QtBot, app: Any, shots: Path, elder: bool) -> None:
    identify_with_the_card(qtbot, app)
    _open_keyboard(qtbot, app, "serviceSearch", "zh_CN", elder)
    for letter in "hukou":
        _tap_key(qtbot, app, letter)
    candidates = find(app.window, "wordCandidateView")
    qtbot.waitUntil(lambda: candidates.property("count") > 0, timeout=3000)
    qtbot.wait(300)
    screenshot(app.window, shots / "keyboard", f"pinyin-candidates-{_variant('zh_CN', elder)}")
    rule = 120 if elder else 96
    assert candidates.height() >= rule
    row = candidates.property("contentItem")
    shown = [c for c in walk(row) if c.parentItem() == row]
    assert shown and all(c.height() >= rule and c.width() >= rule for c in shown)


def test_the_globe_key_switches_between_pinyin_and_english_letters_in_one_tap(qtbot: QtBot, app: Any) -> None:
    identify_with_the_card(qtbot, app)
    _open_keyboard(qtbot, app, "serviceSearch", "zh_CN", True)
    globe = next(k for k in _keys(app) if "ChangeLanguageKey" in k.metaObject().className())
    centre = globe.mapToScene(QPointF(globe.width() / 2, globe.height() / 2)).toPoint()
    QTest.mouseClick(app.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    # no list of languages to pick from (its rows would be half a touch target): English at once
    qtbot.waitUntil(lambda: find(app.window, "spaceKeyLabel").property("text") == "English", timeout=3000)
    for letter in "hukou":
        _tap_key(qtbot, app, letter)
    assert str(find(app.window, "serviceSearch").property("text")).lower() == "hukou"
    assert find(app.window, "wordCandidateView").property("count") == 0


def test_elder_english_letters_type_plain_letters(qtbot: QtBot, app: Any) -> None:
    identify_with_the_card(qtbot, app)
    _open_keyboard(qtbot, app, "serviceSearch", "en_US", True)
    for letter in "visa":
        _tap_key(qtbot, app, letter)
    # the letters themselves, no pinyin composing (English capitalises the start of a sentence)
    assert str(find(app.window, "serviceSearch").property("text")).lower() == "visa"
    assert find(app.window, "wordCandidateView").property("count") == 0


@pytest.mark.parametrize(("language", "elder"), MODES, ids=IDS)
def test_digit_keys_meet_the_modes_touch_rule_and_span_the_screen(
    qtbot: QtBot, app: Any, shots: Path, language: str, elder: bool
) -> None:
    identify_with_the_card(qtbot, app)
    open_form_of(qtbot, app, "hukouqianyi")
    on(qtbot, app, "form")
    _open_keyboard(qtbot, app, "field_phone", language, elder)
    qtbot.waitUntil(lambda: _in_sight(app, "field_phone"), timeout=2000)  # the citizen sees what they type
    assert _screen_ends_at_the_keyboard(app)
    keys = _keys(app)
    rule = 120 if elder else 96
    screenshot(app.window, shots / "keyboard", f"digits-{_variant(language, elder)}")
    _record(f"digits (phone) {_variant(language, elder)}", keys)
    assert set("0123456789") <= _texts(app) and "X" not in _texts(app)
    assert len(keys) <= 16  # the digits keypad, not the letter keyboard
    assert _too_small(keys, height=rule, width=rule) == []
    left, right = _span(keys)
    assert left <= EDGE and right >= app.window.width() - EDGE
    digits = [k for k in keys if str(k.property("text")).isdigit()]
    assert len({round(k.mapToScene(QPointF(0, 0)).x()) for k in digits}) == 3  # three columns of digits


@pytest.mark.parametrize(("language", "elder"), MODES, ids=IDS)
def test_an_id_number_field_gets_the_full_width_keypad_with_x(
    qtbot: QtBot, app: Any, shots: Path, language: str, elder: bool
) -> None:
    identify_with_the_card(qtbot, app)
    open_form_of(qtbot, app, "jiehundengji")
    on(qtbot, app, "form")
    _open_keyboard(qtbot, app, "field_spouse_id", language, elder)
    qtbot.waitUntil(lambda: _in_sight(app, "field_spouse_id"), timeout=2000)  # the citizen sees what they type
    keys = _keys(app)
    rule = 120 if elder else 96
    screenshot(app.window, shots / "keyboard", f"id-number-{_variant(language, elder)}")
    _record(f"ID number {_variant(language, elder)}", keys)
    assert set("0123456789X") <= _texts(app)
    assert _too_small(keys, height=rule, width=rule) == []
    left, right = _span(keys)
    assert left <= EDGE and right >= app.window.width() - EDGE
    for key in "11010119900307001X":
        _tap_key(qtbot, app, key)
    assert find(app.window, "field_spouse_id").property("text") == "11010119900307001X"


@pytest.mark.parametrize("elder", [False, True], ids=["standard", "elder"])
def test_the_keyboard_is_drawn_in_the_themes_measured_colours(qtbot: QtBot, app: Any, elder: bool) -> None:
    from ui.theme import ELDER_COLOURS, STANDARD_COLOURS

    palette = ELDER_COLOURS if elder else STANDARD_COLOURS
    identify_with_the_card(qtbot, app)
    _open_keyboard(qtbot, app, "serviceSearch", "zh_CN", elder)
    drawn = _style_colours(qtbot, app, (
        "keyTextColor", "keySmallTextColor", "keyboardBackgroundColor", "normalKeyBackgroundColor",
        "highlightedKeyBackgroundColor", "popupBackgroundColor", "popupTextColor", "popupHighlightColor",
        "selectionListTextColor", "selectionListBackgroundColor"))
    assert drawn == {
        "keyTextColor": palette.key_text, "keySmallTextColor": palette.key_text,
        "keyboardBackgroundColor": palette.keyboard_bg, "normalKeyBackgroundColor": palette.key_bg,
        "highlightedKeyBackgroundColor": palette.key_function_bg, "popupBackgroundColor": palette.key_popup_bg,
        "popupTextColor": palette.key_text, "popupHighlightColor": palette.key_popup_highlight,
        "selectionListTextColor": palette.key_text, "selectionListBackgroundColor": palette.keyboard_bg,
    }
    # The space bar's language name (our own key panel): full strength, and still so after the second
    # after which Qt's own panel dims it.
    app.vm.setLanguage("en_US")
    qtbot.wait(1500)
    label = find(app.window, "spaceKeyLabel")
    assert label.property("color").name() == palette.key_text and label.property("opacity") == 1.0
    assert find(app.window, "spaceKeyBackground").property("color").name() == palette.key_function_bg
    assert label.property("text") == "English"


@pytest.mark.parametrize(("language", "elder"), MODES, ids=IDS)
def test_a_date_field_gets_the_digit_keypad_with_the_dates_separator(
    qtbot: QtBot, app: Any, shots: Path, language: str, elder: bool
) -> None:
    # A date is typed as the field's hint shows it (格式：2024-03-05): digits and "-", not letters an
    # elderly citizen has to hunt through for the digits.
    identify_with_the_card(qtbot, app)
    open_form_of(qtbot, app, "jiehundengji")
    on(qtbot, app, "form")
    _open_keyboard(qtbot, app, "field_marriage_date", language, elder)
    qtbot.waitUntil(lambda: _in_sight(app, "field_marriage_date"), timeout=2000)
    keys = _keys(app)
    rule = 120 if elder else 96
    screenshot(app.window, shots / "keyboard", f"date-{_variant(language, elder)}")
    _record(f"date {_variant(language, elder)}", keys)
    assert set("0123456789-") <= _texts(app)
    assert len(keys) <= 16  # the digits keypad, not the letter keyboard
    assert _labels_cut_off(app) == []
    assert _too_small(keys, height=rule, width=rule) == []
    left, right = _span(keys)
    assert left <= EDGE and right >= app.window.width() - EDGE
    for key in "2026-05-20":
        _tap_key(qtbot, app, key)
    assert find(app.window, "field_marriage_date").property("text") == "2026-05-20"


@pytest.mark.parametrize(("language", "elder"), MODES, ids=IDS)
def test_the_key_to_the_digits_says_so_in_words_a_layperson_reads(
    qtbot: QtBot, app: Any, shots: Path, language: str, elder: bool
) -> None:
    # Qt's "&123" means little to someone who does not use a phone keyboard every day.
    identify_with_the_card(qtbot, app)
    _open_keyboard(qtbot, app, "serviceSearch", language, elder)
    screenshot(app.window, shots / "keyboard", f"digits-key-{_variant(language, elder)}")
    symbol_key = next(k for k in _keys(app) if "SymbolModeKey" in k.metaObject().className())
    label = {"zh_CN": "数字", "en_US": "123"}[language]
    drawn = [item for item in walk(symbol_key) if item.property("text") == label and item.isVisible()]
    assert symbol_key.property("displayText") == label and drawn
    assert _labels_cut_off(app) == []


@pytest.mark.parametrize(("language", "elder"), MODES, ids=IDS)
def test_the_return_keys_arrow_is_inside_its_key_and_centred(
    qtbot: QtBot, app: Any, language: str, elder: bool
) -> None:
    identify_with_the_card(qtbot, app)
    _open_keyboard(qtbot, app, "serviceSearch", language, elder)
    enter = next(k for k in _keys(app) if "EnterKey" in k.metaObject().className())
    icons = [item for item in walk(enter) if "Image" in item.metaObject().className() and item.isVisible()]
    assert len(icons) == 1
    icon = icons[0]
    # what is painted: the image's painted size, centred in the item
    painted_w, painted_h = icon.property("paintedWidth"), icon.property("paintedHeight")
    centre = icon.mapToScene(QPointF(icon.width() / 2, icon.height() / 2))
    key_centre = enter.mapToScene(QPointF(enter.width() / 2, enter.height() / 2))
    assert painted_w <= enter.width() * 0.8 and painted_h <= enter.height() * 0.8
    assert abs(centre.x() - key_centre.x()) <= 2 and abs(centre.y() - key_centre.y()) <= 2


def _characters(app: Any) -> set[str]:
    """What the keypad on screen types: the one-character texts of its keys (⌫, hide and ↵ type none)."""
    return {text for text in _texts(app) if len(text) == 1 and text.isprintable()}


@pytest.mark.parametrize(("language", "elder"), MODES, ids=IDS)
def test_a_phone_field_and_a_whole_number_field_get_digits_only(
    qtbot: QtBot, app: Any, shots: Path, language: str, elder: bool
) -> None:
    # The keypad offered '.' and a space: a citizen typed '.' into a phone number and got an error.
    identify_with_the_card(qtbot, app)
    open_form_of(qtbot, app, "hukouqianyi")
    on(qtbot, app, "form")
    for field, typed in (("field_phone", "13812345678"), ("field_movers", "2")):  # 随迁人数: a whole number
        _open_keyboard(qtbot, app, field, language, elder)
        qtbot.waitUntil(lambda: _in_sight(app, field), timeout=2000)  # noqa: B023 (used at once)
        screenshot(app.window, shots / "keyboard", f"digits-only-{field}-{_variant(language, elder)}")
        assert _characters(app) == set("0123456789"), field
        keys = _keys(app)
        rule = 120 if elder else 96
        assert _too_small(keys, height=rule, width=rule) == []
        left, right = _span(keys)
        assert left <= EDGE and right >= app.window.width() - EDGE
        digits = [k for k in keys if str(k.property("text")).isdigit()]
        assert len({round(k.mapToScene(QPointF(0, 0)).x()) for k in digits}) == 3  # 0 still under 8
        for key in typed:
            _tap_key(qtbot, app, key)
        assert find(app.window, field).property("text") == typed


@pytest.mark.parametrize(("language", "elder"), MODES, ids=IDS)
def test_a_number_that_takes_decimals_keeps_the_decimal_point(
    qtbot: QtBot, app: Any, shots: Path, language: str, elder: bool
) -> None:
    identify_with_the_card(qtbot, app)
    open_form_of(qtbot, app, "个体工商户设立登记")
    on(qtbot, app, "form")
    _open_keyboard(qtbot, app, "field_capital", language, elder)  # 资金数额（万元）: decimals allowed
    qtbot.waitUntil(lambda: _in_sight(app, "field_capital"), timeout=2000)
    screenshot(app.window, shots / "keyboard", f"decimal-{_variant(language, elder)}")
    assert _characters(app) == set("0123456789.")
    for key in "12.5":
        _tap_key(qtbot, app, key)
    assert find(app.window, "field_capital").property("text") == "12.5"
