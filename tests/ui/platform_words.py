"""What of the platform's content a window still shows in Chinese, for the tests of an English session.

Everything visible whose text holds Chinese counts, except data: place names (the region table stays
data, in Chinese), what the citizen typed or their card gave (field values, as shown), the site's own
name, and the buttons that offer Chinese on purpose, written in Chinese.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from kiosk.catalog import gb2260
from tests.ui.harness import walk

CJK = re.compile(r"[\u3400-\u9fff]")
CHINESE_ON_PURPOSE = ("languageButton", "declineEnglishButton")


@cache
def _place_names() -> tuple[str, ...]:
    # Longest first, so that 上海市黄浦区 goes before 上海市 would leave 黄浦区 behind.
    return tuple(sorted({r["name"] for r in gb2260.as_json()}, key=len, reverse=True))


def _without_data(text: str, data: set[str]) -> str:
    for value in sorted(data, key=len, reverse=True):
        text = text.replace(value, "")
    for name in _place_names():
        if name[0] in text:
            text = text.replace(name, "")
    return text


def chinese_on_screen(app: Any) -> list[str]:
    """Visible texts that still hold Chinese once data is set aside (see the module's docstring)."""
    data = {str(app.vm.siteName), str(app.vm.brandName)}
    for field in app.vm.formFields:
        data |= {str(field.get("value") or ""), str(field.get("display") or "")}
    data.discard("")
    found = []
    for item in walk(app.window.contentItem(), into=lambda item: item.objectName() not in CHINESE_ON_PURPOSE):
        text = item.property("text")
        name = str(item.objectName())
        if not isinstance(text, str) or not CJK.search(text) or name in CHINESE_ON_PURPOSE:
            continue  # (the button's own label inside it is not walked into)
        if item.property("cursorPosition") is not None:
            continue  # a text field: what the citizen typed
        if CJK.search(_without_data(text, data)):
            found.append(f"{name or item.metaObject().className()}: {text[:80]}")
    return found
