"""Sizes and colours of the citizen screens, standard and 长辈版 (elder mode), as one QML singleton.

QML reads ``Theme.bodySize``, ``Theme.touchTarget``, ``Theme.text`` … (``import Kiosk``); every value
switches with ``Theme.elder``. The figures follow 工信部《移动互联网应用（APP）适老化通用设计规范》
(2021) at the reference 1080×1920 portrait screen: in 长辈版 body text ≥ 44 px and ≥ 1.5× standard,
headings ≥ 64 px, line spacing ≥ 1.3, touch targets ≥ 120 px; contrast ≥ 4.5:1 in both modes.
``PAIRS`` lists every text/background pair the screens use, so the contrast test measures them all.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import Property, QObject, Signal


@dataclass(frozen=True)
class Sizes:
    body: int
    small: int  # secondary lines (hints, the clock's terminal id): still ≥ 24 px
    heading: int
    title: int  # the screen title in the header
    button: int  # button label
    hero: int  # the idle screen's main buttons
    touch: int  # minimum height (and width) of anything tappable
    key: int  # keypad key edge
    line: float  # line spacing (multiple of the font height)
    margin: int
    spacing: int
    header: int  # status bar height
    services_shown: int  # service buttons on one page of the list (fewer in 长辈版)


STANDARD = Sizes(body=32, small=26, heading=46, title=46, button=38, hero=60, touch=96, key=96, line=1.3,
                 margin=48, spacing=28, header=150, services_shown=10)
ELDER = Sizes(body=48, small=40, heading=64, title=64, button=52, hero=76, touch=120, key=132, line=1.4,
              margin=40, spacing=32, header=190, services_shown=5)


@dataclass(frozen=True)
class Palette:
    background: str
    surface: str  # cards, fields, secondary buttons
    text: str
    muted: str  # secondary text
    brand: str  # primary buttons and the header; white text on it
    blue: str
    green: str
    brown: str  # demo buttons
    error: str
    ok: str
    notice_bg: str
    notice_text: str
    notice_border: str
    disabled_bg: str
    disabled_text: str
    on_brand: str  # text on brand/blue/green/brown
    header_ok: str  # "platform connected" on the brand colour
    header_warn: str  # "offline" on the brand colour
    help_bg: str
    help_text: str
    scrim: str
    # The on-screen keyboard (Qt Virtual Keyboard's default style, painted from here by
    # ui/qml/keyboard/KeyboardPaint.qml): dark keys with white labels, as Qt draws them.
    key_text: str  # key labels, candidates, popup items
    keyboard_bg: str  # behind the keys, and the pinyin candidates bar
    key_bg: str  # letter and digit keys
    key_function_bg: str  # space, ⌫, ↵, shift, symbols, language, punctuation keys
    key_popup_bg: str  # the long-press alternatives and the language list
    key_popup_highlight: str  # the item under the finger in those lists


# Qt's own colours, except the popup highlight: Qt's #4f83cc carries white at 3.85:1 only.
_KEYBOARD = {"key_text": "#ffffff", "keyboard_bg": "#263238", "key_bg": "#000a12", "key_function_bg": "#4f5b62",
             "key_popup_bg": "#01579b", "key_popup_highlight": "#002f6c"}

STANDARD_COLOURS = Palette(
    background="#f4f5f7", surface="#ffffff", text="#1f1f1f", muted="#555555", brand="#c0262d",
    blue="#1d5fa8", green="#2e7d32", brown="#6d4c41", error="#b3261e", ok="#1b5e20",
    notice_bg="#fff4e5", notice_text="#3a2a00", notice_border="#b26a00", disabled_bg="#d9d9d9",
    disabled_text="#4a4a4a", on_brand="#ffffff", header_ok="#d6ffd6", header_warn="#ffe08a",
    help_bg="#0b4f8a", help_text="#ffffff", scrim="#99000000", **_KEYBOARD,
)
ELDER_COLOURS = Palette(
    background="#ffffff", surface="#ffffff", text="#000000", muted="#333333", brand="#a31f25",
    blue="#154a85", green="#1e5e22", brown="#5a3d33", error="#9c1c15", ok="#144a17",
    notice_bg="#fff4e5", notice_text="#2b1f00", notice_border="#8a5200", disabled_bg="#d9d9d9",
    disabled_text="#333333", on_brand="#ffffff", header_ok="#d6ffd6", header_warn="#ffe08a",
    help_bg="#083c6a", help_text="#ffffff", scrim="#b3000000", **_KEYBOARD,
)

# (text colour, background colour) pairs as the screens use them, by palette field name.
PAIRS: tuple[tuple[str, str], ...] = (
    ("text", "background"), ("text", "surface"), ("muted", "background"), ("muted", "surface"),
    ("on_brand", "brand"), ("on_brand", "blue"), ("on_brand", "green"), ("on_brand", "brown"),
    ("brand", "surface"), ("blue", "surface"), ("green", "surface"), ("brown", "surface"),
    ("error", "background"), ("error", "surface"), ("ok", "background"), ("ok", "surface"),
    ("notice_text", "notice_bg"), ("disabled_text", "disabled_bg"),
    ("header_ok", "brand"), ("header_warn", "brand"), ("on_brand", "brand"), ("help_text", "help_bg"),
    ("text", "notice_bg"), ("error", "notice_bg"),
    ("key_text", "key_bg"), ("key_text", "key_function_bg"), ("key_text", "keyboard_bg"),
    ("key_text", "key_popup_bg"), ("key_text", "key_popup_highlight"),
)
# Text the keyboard's style draws at less than full opacity: (text, background, opacity). The items of
# the long-press and language lists that are not under the finger are drawn at 0.8. (Qt's style also
# dims the language name on the space bar to 0.5, 3.08:1; KeyboardPaint.qml draws that key itself.)
DIMMED_PAIRS: tuple[tuple[str, str, float], ...] = (("key_text", "key_popup_bg", 0.8),)


def darker(colour: str, factor: float) -> str:
    """``colour`` (#rrggbb) with each channel scaled by ``factor`` (< 1 darkens)."""
    rgb = [int(colour.lstrip("#")[i:i + 2], 16) for i in (0, 2, 4)]
    return "#" + "".join(f"{max(0, min(255, round(c * factor))):02x}" for c in rgb)


# 长辈版 darkens a site's own colour as it darkens the standard red (#c0262d → #a31f25): more contrast.
ELDER_DARKEN = 0.85
HELP_DARKEN = 0.7  # 呼叫工作人员 in a one-colour site: the site's colour, darker, so it still stands out


def site_palette(elder: bool, brand: str | None = None, one_colour: bool = False) -> Palette:
    """The colours a site's screens use: the standard or 长辈版 palette with the site's own colour
    (``ui.brand_color``) as brand, and with ``one_colour`` (``ui.button_colors = "brand"``, a bank
    branch in its house colour) every button tint — 长辈版, language, voice, help, rating, demo —
    taken from it too."""
    base = ELDER_COLOURS if elder else STANDARD_COLOURS
    if not brand or brand.lower() == STANDARD_COLOURS.brand:
        return base  # the standard red has its own 长辈版 shade
    own = darker(brand, ELDER_DARKEN) if elder else brand.lower()
    palette = replace(base, brand=own)
    if one_colour:
        palette = replace(palette, blue=own, green=own, brown=own, help_bg=darker(own, HELP_DARKEN))
    return palette


class Theme(QObject):
    """The singleton QML sees as ``Theme``; the view model flips ``elder``."""

    changed = Signal()

    def __init__(self, brand: str | None = None, one_colour: bool = False) -> None:
        super().__init__()
        self._elder = False
        self._brand = brand  # a site's own colour for the header and main buttons (checked ≥ 4.5:1 with white)
        self._one_colour = one_colour  # every button in the site's colour (ui.button_colors = "brand")

    def set_elder(self, elder: bool) -> None:
        if elder != self._elder:
            self._elder = elder
            self.changed.emit()

    def set_brand(self, brand: str | None, one_colour: bool | None = None) -> None:
        self._brand = brand
        if one_colour is not None:
            self._one_colour = one_colour
        self.changed.emit()

    def sizes(self) -> Sizes:
        return ELDER if self._elder else STANDARD

    def colours(self) -> Palette:
        return site_palette(self._elder, self._brand, self._one_colour)

    def _colour(self, name: str) -> str:
        return str(getattr(self.colours(), name))

    elder = Property(bool, lambda self: self._elder, notify=changed)
    bodySize = Property(int, lambda self: self.sizes().body, notify=changed)
    smallSize = Property(int, lambda self: self.sizes().small, notify=changed)
    headingSize = Property(int, lambda self: self.sizes().heading, notify=changed)
    titleSize = Property(int, lambda self: self.sizes().title, notify=changed)
    buttonSize = Property(int, lambda self: self.sizes().button, notify=changed)
    heroSize = Property(int, lambda self: self.sizes().hero, notify=changed)
    touchTarget = Property(int, lambda self: self.sizes().touch, notify=changed)
    keySize = Property(int, lambda self: self.sizes().key, notify=changed)
    lineHeight = Property(float, lambda self: self.sizes().line, notify=changed)
    margin = Property(int, lambda self: self.sizes().margin, notify=changed)
    spacing = Property(int, lambda self: self.sizes().spacing, notify=changed)
    headerHeight = Property(int, lambda self: self.sizes().header, notify=changed)
    background = Property(str, lambda self: self._colour("background"), notify=changed)
    surface = Property(str, lambda self: self._colour("surface"), notify=changed)
    text = Property(str, lambda self: self._colour("text"), notify=changed)
    muted = Property(str, lambda self: self._colour("muted"), notify=changed)
    brand = Property(str, lambda self: self._colour("brand"), notify=changed)
    blue = Property(str, lambda self: self._colour("blue"), notify=changed)
    green = Property(str, lambda self: self._colour("green"), notify=changed)
    brown = Property(str, lambda self: self._colour("brown"), notify=changed)
    error = Property(str, lambda self: self._colour("error"), notify=changed)
    ok = Property(str, lambda self: self._colour("ok"), notify=changed)
    noticeBg = Property(str, lambda self: self._colour("notice_bg"), notify=changed)
    noticeText = Property(str, lambda self: self._colour("notice_text"), notify=changed)
    noticeBorder = Property(str, lambda self: self._colour("notice_border"), notify=changed)
    disabledBg = Property(str, lambda self: self._colour("disabled_bg"), notify=changed)
    disabledText = Property(str, lambda self: self._colour("disabled_text"), notify=changed)
    onBrand = Property(str, lambda self: self._colour("on_brand"), notify=changed)
    headerOk = Property(str, lambda self: self._colour("header_ok"), notify=changed)
    headerWarn = Property(str, lambda self: self._colour("header_warn"), notify=changed)
    helpBg = Property(str, lambda self: self._colour("help_bg"), notify=changed)
    helpText = Property(str, lambda self: self._colour("help_text"), notify=changed)
    scrim = Property(str, lambda self: self._colour("scrim"), notify=changed)
    keyText = Property(str, lambda self: self._colour("key_text"), notify=changed)
    keyboardBackground = Property(str, lambda self: self._colour("keyboard_bg"), notify=changed)
    keyBackground = Property(str, lambda self: self._colour("key_bg"), notify=changed)
    keyFunctionBackground = Property(str, lambda self: self._colour("key_function_bg"), notify=changed)
    keyPopupBackground = Property(str, lambda self: self._colour("key_popup_bg"), notify=changed)
    keyPopupHighlight = Property(str, lambda self: self._colour("key_popup_highlight"), notify=changed)


def blend(foreground: str, background: str, opacity: float) -> str:
    """The colour seen when ``foreground`` is drawn at ``opacity`` over ``background`` (#rrggbb)."""
    fg, bg = ([int(c.lstrip("#")[-6:][i:i + 2], 16) for i in (0, 2, 4)] for c in (foreground, background))
    return "#" + "".join(f"{round(opacity * f + (1 - opacity) * b):02x}" for f, b in zip(fg, bg, strict=True))


def contrast(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio of two #rrggbb colours."""

    def luminance(colour: str) -> float:
        rgb = [int(colour.lstrip("#")[-6:][i:i + 2], 16) / 255 for i in (0, 2, 4)]
        lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    hi, lo = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


_registered = False
_current: Theme | None = None


def install_theme(theme: Theme) -> None:
    """Make ``theme`` the ``Kiosk.Theme`` singleton of the QML engines created from now on.

    The type is registered once per process with a callback (Qt keeps registrations for the life of
    the process, and an instance registration may serve one engine only); each engine asks the
    callback, which hands out the theme of the app being built. Tests start several apps in turn.
    """
    global _registered, _current
    from PySide6.QtQml import QQmlEngine, qmlRegisterSingletonType

    _current = theme
    QQmlEngine.setObjectOwnership(theme, QQmlEngine.ObjectOwnership.CppOwnership)
    if not _registered:
        qmlRegisterSingletonType(Theme, "Kiosk", 1, 0, "Theme", lambda _engine: _current)  # type: ignore[call-overload]
        _registered = True
