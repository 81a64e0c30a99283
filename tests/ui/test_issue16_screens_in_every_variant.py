"""Every screen issue 16 added, in English and in 长辈版 (Chinese and English), photographed with the
longest realistic values: a card holder named 阿卜杜热合曼·买买提明·艾合买提江, a 42-character English
recipient name and a 100-character address. Each photo is looked at by a person (the engineer's
note says what was seen); the test fails on text a reader cannot see whole — a label cut off at the
edge of its box or elided — and on a control too small to touch."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.flows import on, option_index
from tests.ui.harness import (
    BANK_ENV,
    cut_below_without_cue,
    find,
    open_window,
    screenshot,
    tap,
    type_into,
    visible,
    walk,
)
from tests.ui.test_citizen_flows import guide_of

pytestmark = pytest.mark.slow

LONG_NAME = "阿卜杜热合曼·买买提明·艾合买提江"
LONG_EN_NAME = "MUELLER-SCHMIDT, ANNA MARIA KATHARINA ELIS"  # 42 characters
LONG_ADDRESS = (
    "新疆维吾尔自治区乌鲁木齐市天山区解放南路街道办事处团结路社区居民委员会光明小区东区一号院第三十七栋二单元东侧"
    "十四层一千四百零二室（请于工作日上午九点至十一点半投递，投递前请先电话联系收件人，谢谢配合）"
)
VARIANTS = {"en": ("en_US", False), "elder": ("zh_CN", True), "en_elder": ("en_US", True)}
assert len(LONG_EN_NAME) == 42 and len(LONG_ADDRESS) == 100


@pytest.fixture(params=list(VARIANTS))
def variant(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def cut_off(window: Any) -> list[str]:
    """Visible texts that do not show whole: elided, or wider or taller than the box they are laid in."""
    found = []
    for item in walk(window.contentItem()):
        text = item.property("text")
        if not isinstance(text, str) or not text.strip() or item.property("contentWidth") is None:
            continue
        if item.property("cursorPosition") is not None:
            continue  # a text field scrolls its own text
        if item.property("truncated"):
            found.append(f"elided: {text[:60]!r}")
        elif item.width() > 0 and item.property("contentWidth") > item.width() + 2:  # a line or a word sticks out
            wide = f"{item.property('contentWidth'):.0f} > {item.width():.0f}"
            found.append(f"wider than its box ({wide}): {text[:60]!r}")
    return found


def out_of_reach(window: Any) -> list[str]:
    """Visible buttons pushed past the screen's content area (under the access bar or off the
    window) by content above them, where no scrolling can bring them back."""
    from PySide6.QtCore import QPointF

    area = window.contentItem()
    bottom = area.height()
    bar = find(window, "accessBar")
    if bar.isVisible():
        bottom = min(bottom, bar.mapToItem(area, QPointF(0, 0)).y())
    found = []
    # a clipping list or page scrolls: what is below it is reached by swiping
    for item in walk(area, into=lambda item: not item.clip()):
        if item.clip() or not str(item.objectName()).endswith("Button"):
            continue
        top = item.mapToItem(area, QPointF(0, 0)).y()
        if item.parentItem() is not None and bar.isAncestorOf(item):
            continue
        if top < 0 or top + item.height() > bottom + 1:
            found.append(f"out of reach: {item.objectName()} at y={top:.0f} (screen area ends at {bottom:.0f})")
    return found


def photo(qtbot: QtBot, app: Any, name: str, problems: dict[str, list[str]]) -> None:
    qtbot.wait(150)
    screenshot(app.window, ARTIFACTS_SCREENS, name)
    bad = cut_off(app.window) + out_of_reach(app.window) + cut_below_without_cue(app.window)
    if bad:
        problems[name] = bad


ARTIFACTS_SCREENS = Path(__file__).resolve().parents[2] / "artifacts" / "screens" / "i16_variants"


def begin(qtbot: QtBot, app: Any, button: str, screen: str, variant: str) -> None:
    """Start an errand from the idle screen in the variant's language and mode, with the long-named card."""
    from drivers.idcard.sim_card import SimCard
    from wiring.devices import DEMO_NUMBER

    language, elder = VARIANTS[variant]
    win = app.window
    on(qtbot, app, "idle", timeout=10000)
    tap(qtbot, win, button)
    on(qtbot, app, "identify")
    if app.vm.language != language:
        tap(qtbot, win, "languageButton")
    if app.vm.elderMode != elder:
        tap(qtbot, win, "elderToggle")
    qtbot.waitUntil(lambda: (app.vm.language, app.vm.elderMode) == (language, elder), timeout=3000)
    # The card's name field holds 15 characters (GA 450): a longer name is on the card as its first 15.
    card = SimCard.resident(name=LONG_NAME[:15], number=DEMO_NUMBER, birth=date(1990, 3, 7), address=LONG_ADDRESS[:35])
    simulator = app.assembly.extras["idcard_simulator"]
    simulator.place(card)
    on(qtbot, app, screen, timeout=10000)
    simulator.remove()


def end(qtbot: QtBot, app: Any) -> None:
    app.vm.cancel()
    on(qtbot, app, "idle", timeout=10000)


def test_issue16_screens_in_english_and_elder_mode_with_the_longest_values(
    qtbot: QtBot, app: Any, variant: str
) -> None:
    win = app.window
    problems: dict[str, list[str]] = {}
    qtbot.waitUntil(lambda: app.vm.catalogLoaded, timeout=30000)

    # Guide-only item: windows, 打印指南, 预约; then the appointment, booked and cancelled.
    begin(qtbot, app, "startApplyButton", "choose_service", variant)
    guide_of(qtbot, app, "食品经营许可证变更")
    assert visible(win, "guideWindow_0")
    photo(qtbot, app, f"{variant}_guide_only", problems)
    tap(qtbot, win, "bookAppointmentButton")
    on(qtbot, app, "appointment")
    qtbot.waitUntil(lambda: len(app.errands.appointment["slots"]) > 4, timeout=10000)
    photo(qtbot, app, f"{variant}_appointment_slots", problems)
    tap(qtbot, win, "slot_4")
    qtbot.waitUntil(lambda: app.errands.appointment.get("printed"), timeout=15000)
    photo(qtbot, app, f"{variant}_appointment_booked", problems)
    tap(qtbot, win, "cancelBookingButton")
    photo(qtbot, app, f"{variant}_appointment_cancel_ask", problems)
    tap(qtbot, win, "keepBookingButton")
    end(qtbot, app)

    # Progress: my applications and my appointments.
    begin(qtbot, app, "startProgressButton", "query_progress", variant)
    qtbot.waitUntil(lambda: len(app.errands.ownApplications["rows"]) >= 2, timeout=10000)
    qtbot.waitUntil(lambda: len(app.errands.myAppointments["rows"]) >= 1, timeout=10000)
    photo(qtbot, app, f"{variant}_progress_mine", problems)
    tap(qtbot, win, "cancelAppointment_0")
    photo(qtbot, app, f"{variant}_progress_cancel_ask", problems)
    end(qtbot, app)

    # 亮证.
    begin(qtbot, app, "startPrintButton", "print_certificate", variant)
    qtbot.waitUntil(lambda: len(app.vm.licenses) == 3, timeout=10000)
    photo(qtbot, app, f"{variant}_licenses", problems)
    tap(qtbot, win, "showLicense_2")
    qtbot.waitUntil(lambda: visible(win, "licenseCard"), timeout=3000)
    photo(qtbot, app, f"{variant}_license_shown", problems)
    end(qtbot, app)

    # A filing posted to someone else with the longest values, the pledge on review, the receipt.
    begin(qtbot, app, "startApplyButton", "choose_service", variant)
    qtbot.waitUntil(lambda: app.vm.catalogLoaded, timeout=15000)
    guide_of(qtbot, app, "户口簿补领")
    tap(qtbot, win, "startFormButton")
    on(qtbot, app, "form")
    type_into(qtbot, win, "field_phone", "13812345678")
    tap(qtbot, win, f"field_delivery_{option_index(app, 'delivery', 'ems')}")
    qtbot.waitUntil(lambda: visible(win, "field_ems_recipient_replace"), timeout=2000)
    photo(qtbot, app, f"{variant}_form_ems_prefilled", problems)
    tap(qtbot, win, "field_ems_recipient_replace")
    type_into(qtbot, win, "field_ems_recipient", LONG_EN_NAME if VARIANTS[variant][0] == "en_US" else LONG_NAME)
    type_into(qtbot, win, "field_ems_phone", "13912345678")
    for level in ("p", "c", "d"):
        tap(qtbot, win, f"field_ems_region_{level}0")
    type_into(qtbot, win, "field_ems_address", LONG_ADDRESS)
    tap(qtbot, win, "reviewButton")
    on(qtbot, app, "review")
    photo(qtbot, app, f"{variant}_review_pledge", problems)
    tap(qtbot, win, "revealButton")
    qtbot.waitUntil(lambda: app.vm.revealFull, timeout=2000)
    photo(qtbot, app, f"{variant}_review_revealed", problems)
    tap(qtbot, win, "pledgeCheck")
    tap(qtbot, win, "submitButton")
    on(qtbot, app, "receipt", timeout=10000)
    qtbot.waitUntil(lambda: not app.vm.printing, timeout=15000)
    photo(qtbot, app, f"{variant}_receipt", problems)
    end(qtbot, app)

    assert problems == {}, problems


def test_bank_records_in_english_and_elder_mode(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, variant: str
) -> None:
    monkeypatch.chdir(tmp_path)
    app = open_window(qtbot, "bank_branch", BANK_ENV)
    problems: dict[str, list[str]] = {}
    try:
        win = app.window
        language, elder = VARIANTS[variant]
        on(qtbot, app, "idle")
        app.vm.setLanguage(language)
        app.vm.setElderMode(elder)
        qtbot.waitUntil(lambda: (app.vm.language, app.vm.elderMode) == (language, elder), timeout=3000)
        photo(qtbot, app, f"{variant}_bank_idle", problems)
        begin(qtbot, app, "startRecordsButton", "choose_service", variant)
        qtbot.waitUntil(lambda: app.vm.catalogLoaded and len(app.vm.services) > 0, timeout=15000)
        photo(qtbot, app, f"{variant}_bank_records_list", problems)
        tap(qtbot, win, "service_" + str(app.vm.services[0]["code"]))
        on(qtbot, app, "guide")
        tap(qtbot, win, "fetchRecordButton")
        qtbot.waitUntil(lambda: app.errands.record["printed"], timeout=15000)
        photo(qtbot, app, f"{variant}_bank_record_printed", problems)
    finally:
        app.close()
    assert problems == {}, problems
