"""Technician screens speak words a technician understands, in the site's language: refusals by the
platform are named by kind (the status code and the platform's own text stay as a second line), and
an English site gets English technician screens with no Chinese left in them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtQuick import QQuickItem
from pytestqt.qtbot import QtBot

from kiosk.messages import Tell
from kiosk.technician.outbox_care import OutboxCare, refusal_kind
from offline_cache.delivery import DeliveryPolicy
from offline_cache.outbox import ClaimedItem, Dead, SqliteOutbox
from offline_cache.platform_client import ItemResult
from tests.technician.conftest import PIN, start_app, stop_app, write_site
from tests.technician.test_care_screens import outbox  # noqa: F401  (the fixture: two refused items)
from tests.technician.test_entry import enter_pin, open_pad, press_digits
from tests.ui.harness import find, screenshot, tap, visible, walk
from ui.words import LANGUAGES, Words

CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
ITEM = ClaimedItem(id=7, key="k", kind="rating", group="g", seq=0, attempts=2, body=b"{}")


@pytest.mark.parametrize(
    ("status", "kind"),
    [(400, Tell.REFUSED_INVALID), (422, Tell.REFUSED_INVALID), (404, Tell.REFUSED_NOT_FOUND),
     (410, Tell.REFUSED_GONE), (413, Tell.REFUSED_TOO_LARGE), (418, Tell.REFUSED_OTHER)],
)
def test_each_refusal_the_delivery_records_is_named_by_its_kind(status: int, kind: Tell) -> None:
    outcome = DeliveryPolicy().decide(ITEM, ItemResult("k", status, {"error": "score out of range"}))
    assert isinstance(outcome, Dead)  # the policy's own reason text, as the outbox stores it
    assert refusal_kind(outcome.reason) is kind


def test_a_damaged_row_and_an_unknown_reason_have_words_too() -> None:
    assert refusal_kind("stored payload does not decrypt (tag mismatch); the row is damaged") is Tell.REFUSED_DAMAGED
    assert refusal_kind("something nobody planned for") is Tell.REFUSED_UNKNOWN


@pytest.mark.parametrize("language", LANGUAGES)
def test_refusal_words_carry_no_http_jargon(language: str) -> None:
    words = Words(language)
    for kind in Tell:
        if kind.value.startswith("tech.refused."):
            text = words.tr(kind.value)
            assert text != kind.value and not re.search(r"\b(HTTP|4\d\d|answered|platform answered)\b", text)


def test_dead_rows_give_the_kind_in_words_and_keep_the_technical_detail(outbox: SqliteOutbox) -> None:  # noqa: F811
    rows = Words("en_US").render(OutboxCare(outbox).dead_rows())
    assert [r["reason"] for r in rows] == [Words("en_US").tr(Tell.REFUSED_INVALID.value)] * 2
    assert rows[0]["detail"] == "platform answered 422 to rating: score out of range"


def _texts(root: QQuickItem) -> list[str]:
    found = []
    for item in walk(root):
        text = item.property("text")
        if isinstance(text, str) and text.strip() and item.property("font") is not None:
            found.append(text)
    return found


@pytest.fixture
def english_site(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pin_hash: str, outbox: SqliteOutbox  # noqa: F811
) -> Iterator[Any]:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("KIOSK_TERMINAL__LANGUAGE", "en_US")
    app = start_app(qtbot, write_site(tmp_path, pin_hash), care=OutboxCare(outbox),
                    bundle_folders=[str(tmp_path / "usb")])
    yield app
    stop_app(app)


@pytest.mark.slow
def test_an_english_site_gets_english_technician_screens_without_chinese(
    qtbot: QtBot, english_site: Any, shots: Path
) -> None:
    app, win = english_site, english_site.window
    open_pad(qtbot, app)
    assert find(win, "pinMessage").property("text") == "Enter the maintenance PIN"
    enter_pin(qtbot, app, PIN)
    qtbot.waitUntil(lambda: visible(win, "techStatusPage"), timeout=3000)
    tap(qtbot, win, "runAllSelfTests")
    qtbot.waitUntil(lambda: not app.tech.busy, timeout=10000)
    seen: dict[str, list[str]] = {}
    for tab in ("status", "settings", "outbox", "bundle"):
        page = f"tech{tab.capitalize()}Page"
        tap(qtbot, win, f"techTab_{tab}")
        qtbot.waitUntil(lambda: visible(win, page), timeout=3000)  # noqa: B023 (used at once)
        qtbot.wait(200)
        screenshot(win, shots / "technician", f"en_US-{tab}")
        seen[tab] = _texts(find(win, "technicianLoader"))
    chinese = {tab: [t for t in texts if CJK.search(t)] for tab, texts in seen.items()}
    assert chinese == {"status": [], "settings": [], "outbox": [], "bundle": []}
    assert "Items the platform refused (2)" in seen["outbox"]
    assert "Why: " + Words("en_US").tr(Tell.REFUSED_INVALID.value) in seen["outbox"]
    assert "Government service hall" in seen["settings"]  # a choice in words, not service_hall


def _pad_texts(qtbot: QtBot, app: Any) -> list[str]:
    qtbot.wait(100)
    return _texts(find(app.window, "pinPad"))


def _pad_in_one_language(qtbot: QtBot, app: Any, citizen: str, shots: Path, site: str) -> dict[str, list[str]]:
    """The pad opened over a citizen's session in ``citizen``, standard and 长辈版: every text on it."""
    seen: dict[str, list[str]] = {}
    for elder in (False, True):
        app.vm.setLanguage(citizen)
        app.vm.setElderMode(elder)
        qtbot.wait(100)
        open_pad(qtbot, app)
        press_digits(qtbot, app, "1")
        tap(qtbot, app.window, "pinEnter")  # a wrong PIN: the message line changes to its own words
        variant = "elder" if elder else "standard"
        seen[variant] = _pad_texts(qtbot, app)
        screenshot(app.window, shots / "technician", f"pin_pad-site_{site}-citizen_{citizen}-{variant}")
        tap(qtbot, app.window, "pinCancel")
        qtbot.waitUntil(lambda: not visible(app.window, "pinPad"), timeout=3000)
    return seen


@pytest.mark.slow
def test_the_pin_pad_of_a_chinese_site_is_all_chinese_over_an_english_citizen_session(
    qtbot: QtBot, tech_app: Any, shots: Path
) -> None:
    # Its title and keys followed the citizen ("Technician sign-in", "Delete") under "密码错误…".
    seen = _pad_in_one_language(qtbot, tech_app, "en_US", shots, "zh_CN")
    zh = Words("zh_CN")
    for tries_left, texts in zip((4, 3), seen.values(), strict=True):
        assert [t for t in texts if re.search(r"[A-Za-z]", t)] == []
        assert {zh.tr("tech.pin.title"), zh.tr("tech.pin.delete"), zh.tr("tech.pin.ok"),
                zh.tr("tech.pin.cancel"), zh.tr("tech.pin.wrong", tries_left)} <= set(texts)


@pytest.mark.slow
def test_the_pin_pad_of_an_english_site_is_all_english_over_a_chinese_citizen_session(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pin_hash: str, shots: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("KIOSK_TERMINAL__LANGUAGE", "en_US")
    app = start_app(qtbot, write_site(tmp_path, pin_hash))
    try:
        seen = _pad_in_one_language(qtbot, app, "zh_CN", shots, "en_US")
    finally:
        stop_app(app)
    for tries_left, texts in zip((4, 3), seen.values(), strict=True):
        assert [t for t in texts if CJK.search(t)] == []
        assert {"Technician sign-in", "Delete", "OK", "Cancel", f"Wrong PIN; {tries_left} tries left"} <= set(texts)
