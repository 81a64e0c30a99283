"""The review screen (核对信息) in 长辈版 English, the variant with the most lines: the details can be
read, the signature and the pledge reached, and 确认提交 is on screen. Screenshots go to
artifacts/screens/review_fits/ for a look."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from drivers.idcard.sim_card import make_number
from tests.ui.flows import identify_with_the_card, on, open_form_of
from tests.ui.harness import draw_signature, find, screenshot, tap, type_into, visible

pytestmark = pytest.mark.slow


def _photograph_materials(qtbot: QtBot, app: Any) -> None:
    for index, material in enumerate(list(app.vm.materials)):
        if material["needs_photo"] and not material["done"]:
            for _ in range(3):  # a refused photo (page not found) is retaken
                tap(qtbot, app.window, f"photo_{index}")
                qtbot.waitUntil(lambda: not app.vm.capturing, timeout=20000)
                if app.vm.materials[index]["done"]:
                    break


def _to_review(qtbot: QtBot, app: Any) -> None:
    win = app.window
    identify_with_the_card(qtbot, app)
    open_form_of(qtbot, app, "jiehundengji")  # marriage registration: details, a signature and the pledge
    type_into(qtbot, win, "field_phone", "13812345678")
    type_into(qtbot, win, "field_spouse_name", "阿依古丽·买买提艾力·热合曼江")
    type_into(qtbot, win, "field_spouse_id", make_number("650102", date(1982, 5, 6), 222))
    type_into(qtbot, win, "field_marriage_date", "2026-12-01")
    _photograph_materials(qtbot, app)
    tap(qtbot, win, "reviewButton")
    on(qtbot, app, "review")
    qtbot.wait(200)


def test_in_english_the_review_screen_says_that_the_platforms_labels_are_in_chinese(
    qtbot: QtBot, quiet_demo_app: Any, shots: Path
) -> None:
    app, win = quiet_demo_app, quiet_demo_app.window
    app.vm.setLanguage("en_US")
    _to_review(qtbot, app)  # the platform sends this item's labels (申请人姓名, 手机号码 …) in Chinese only
    screenshot(win, shots / "review_fits", "en-review-cue")
    assert visible(win, "platformCue")
    app.vm.setLanguage("zh_CN")
    qtbot.waitUntil(lambda: not visible(win, "platformCue"), timeout=3000)  # says nothing in Chinese


def test_in_elder_mode_in_english_the_review_screen_shows_the_details_and_the_submit_button(
    qtbot: QtBot, quiet_demo_app: Any, shots: Path
) -> None:
    app, win = quiet_demo_app, quiet_demo_app.window
    app.vm.setLanguage("en_US")
    app.vm.setElderMode(True)
    _to_review(qtbot, app)
    screenshot(win, shots / "review_fits", "elder-en-review")
    submit = find(win, "submitButton")
    assert submit.mapToScene(submit.boundingRect().bottomLeft()).y() <= find(win, "accessBar").mapToScene(
        find(win, "accessBar").boundingRect().topLeft()).y(), "确认提交 is under the access bar or off screen"
    rows = find(win, "reviewList")
    flick = find(win, "reviewFlick")
    top = rows.mapToItem(flick, 0, 0).y()
    assert top >= 0 and flick.height() - top >= 3 * 48, "fewer than three lines of details in sight"
    draw_signature(qtbot, win)
    tap(qtbot, win, "pledgeCheck")
    screenshot(win, shots / "review_fits", "elder-en-review-signed")
    tap(qtbot, win, "submitButton")
    on(qtbot, app, "receipt", timeout=20000)
