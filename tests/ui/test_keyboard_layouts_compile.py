"""Our keyboard layouts (ui/qml/keyboard/layouts/<locale>/*.qml) compile: their imports (Qt's keyboard
components, the shared layouts two folders up, the Kiosk Theme) resolve. Qt falls back to its main
layout without a word when a layout file fails, so a broken one would pass unnoticed on screen."""

from __future__ import annotations

import os
from pathlib import Path

from tests.ui.keyboard_layouts import compile_layouts

ROOT = Path(__file__).resolve().parents[2]
EXPECTED = {f"{locale}/{kind}.qml" for locale in ("en_US", "zh_CN")
            for kind in ("digits", "main", "numbers", "symbols")}


def test_every_keyboard_layout_compiles_from_the_checkout() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    result = compile_layouts(cwd=ROOT, env=env)
    layouts = result["layouts"]
    assert isinstance(layouts, dict) and set(layouts) == EXPECTED
    assert {name: errors for name, errors in layouts.items() if errors} == {}
