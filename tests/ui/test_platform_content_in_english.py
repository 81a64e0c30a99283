"""The platform's content in English on the real window, in standard and 长辈版: the items the sample
platform has English for show none of its Chinese on their guide and form, and their longest English
(English runs 1.5–2× wider than Chinese) is not cut off; an item without English keeps the cue.

The photos (artifacts/screens/platform_english/) are looked at by a person; the engineer's note says
what was seen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.flows import on
from tests.ui.harness import find, screenshot, tap, type_into, visible, walk
from tests.ui.platform_words import chinese_on_screen
from tests.ui.test_issue16_screens_in_every_variant import begin, cut_off, end, out_of_reach

pytestmark = pytest.mark.slow

SHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screens" / "platform_english"
# Items with the longest English of the sample: the bundle with three departments' windows and a bank
# choice, the item with the longest choices, and the one with the longest conditions.
ITEMS = ("退休“一件事”", "异地就医备案", "户口迁移")


@pytest.fixture(params=["en", "en_elder"])
def variant(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def _open_guide(qtbot: QtBot, app: Any, name: str) -> None:
    win = app.window
    type_into(qtbot, win, "serviceSearch", name)
    qtbot.waitUntil(lambda: any(r["name_zh"] == name for r in app.vm.services), timeout=5000)
    tap(qtbot, win, f"service_{next(r['code'] for r in app.vm.services if r['name_zh'] == name)}")
    on(qtbot, app, "guide")


def _look(qtbot: QtBot, app: Any, name: str, problems: dict[str, list[str]]) -> None:
    """Photograph the screen (and, for a long page, its end too) and note what a reader would miss."""
    qtbot.wait(150)
    screenshot(app.window, SHOTS, name)
    bad = cut_off(app.window) + out_of_reach(app.window) + chinese_on_screen(app)
    if visible(app.window, "platformCue"):
        bad.append("the cue says the platform's content is Chinese")
    flick = _page(app)
    page = 1
    while flick is not None and flick.property("contentY") + flick.height() < flick.property("contentHeight") - 1:
        # The rest of a long page, one screenful at a time, so that every line is photographed.
        end = flick.property("contentHeight") - flick.height()
        flick.setProperty("contentY", min(end, flick.property("contentY") + flick.height() * 0.9))
        qtbot.wait(150)
        screenshot(app.window, SHOTS, f"{name}-p{page}")
        page += 1
    if flick is not None:
        flick.setProperty("contentY", 0)
    if bad:
        problems[name] = bad


def _page(app: Any) -> Any:
    """The screen's scrolling page: the form's, or the guide's ScrollView."""
    if app.vm.screen == "form":
        return find(app.window, "formFlick")
    return next((item for item in walk(find(app.window, "screen_guide"))
                 if "Flickable" in item.metaObject().className()), None)


def test_items_with_english_content_show_it_whole_on_guide_and_form(qtbot: QtBot, app: Any, variant: str) -> None:
    problems: dict[str, list[str]] = {}
    # 长辈版 English takes more lines for the same words (a bundle's departments: four). The guide's
    # scrolling area still gets more than a third of the 1920 px screen (it got 392 px when the
    # department sat above it; 762 px in 长辈版 Chinese then), so a guide is not read a few lines at a time.
    shortest = 700
    qtbot.waitUntil(lambda: app.vm.catalogLoaded, timeout=30000)
    begin(qtbot, app, "startApplyButton", "choose_service", variant)
    for number, name in enumerate(ITEMS):
        _open_guide(qtbot, app, name)
        _look(qtbot, app, f"{variant}-{number}-guide", problems)
        if _page(app).height() < shortest:
            problems.setdefault(f"{variant}-{number}-guide", []).append(f"page {_page(app).height():.0f} px high")
        tap(qtbot, app.window, "startFormButton")
        on(qtbot, app, "form")
        _look(qtbot, app, f"{variant}-{number}-form", problems)
        tap(qtbot, app.window, "backButton")
        on(qtbot, app, "guide")
        tap(qtbot, app.window, "backButton")
        on(qtbot, app, "choose_service")
    end(qtbot, app)
    assert problems == {}, problems


def test_an_item_without_english_says_its_content_is_the_platforms_chinese(
    qtbot: QtBot, app: Any, variant: str
) -> None:
    qtbot.waitUntil(lambda: app.vm.catalogLoaded, timeout=30000)
    begin(qtbot, app, "startApplyButton", "choose_service", variant)
    _open_guide(qtbot, app, "户口簿补领")
    assert visible(app.window, "platformCue") and chinese_on_screen(app)
    assert cut_off(app.window) == []
    screenshot(app.window, SHOTS, f"{variant}-chinese-only-guide")
    end(qtbot, app)


def test_a_record_with_english_is_shown_in_english_and_printed_in_chinese(qtbot: QtBot, app: Any) -> None:
    qtbot.waitUntil(lambda: app.vm.catalogLoaded, timeout=30000)
    begin(qtbot, app, "startApplyButton", "choose_service", "en")
    _open_guide(qtbot, app, "养老保险个人权益记录查询")
    tap(qtbot, app.window, "fetchRecordButton")
    qtbot.waitUntil(lambda: app.errands.record["printed"], timeout=15000)
    record = app.errands.record
    assert record["name"] == "Pension insurance record"
    assert record["issuer"] == "Human Resources and Social Security Bureau of Shanghai"
    # The rows in the order the Chinese came in, each in the platform's English.
    assert sorted(r["label"] for r in record["rows"]) == [
        "Last contribution month", "Months of contributions paid", "Personal account balance"]
    assert chinese_on_screen(app) == [] and not visible(app.window, "platformCue")
    assert cut_off(app.window) == []
    first = f"{record['rows'][0]['label']}: {record['rows'][0]['value']}"  # an English colon, not "："
    assert any(item.property("text") == first for item in walk(find(app.window, "recordPanel")))
    screenshot(app.window, SHOTS, "en-record")
    end(qtbot, app)


def test_a_record_the_platform_sends_only_in_chinese_brings_the_cue_although_its_item_has_english(
    qtbot: QtBot, app: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sandbox_platform import demo_data

    monkeypatch.delitem(demo_data._RECORD_FIELDS_EN, "CX-SB-02")  # the record has no English this time
    qtbot.waitUntil(lambda: app.vm.catalogLoaded, timeout=30000)
    begin(qtbot, app, "startApplyButton", "choose_service", "en")
    _open_guide(qtbot, app, "养老保险个人权益记录查询")
    assert not visible(app.window, "platformCue")  # the item's own content is all in English
    tap(qtbot, app.window, "fetchRecordButton")
    qtbot.waitUntil(lambda: app.errands.record["printed"], timeout=15000)
    assert app.errands.record["name"] == "养老保险个人权益记录"
    qtbot.waitUntil(lambda: visible(app.window, "platformCue"), timeout=3000)
    end(qtbot, app)
