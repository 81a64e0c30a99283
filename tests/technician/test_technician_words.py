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
from tests.technician.test_entry import enter_pin, open_pad
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
