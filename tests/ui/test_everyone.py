"""Every citizen can use it: a foreigner's card offers English and the whole errand runs in English,
the next citizen gets Chinese again; 呼叫工作人员 reaches staff and shows their answer; each screen's
instruction is spoken (through a recording sink: this machine has no sound device)."""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtQuick import QQuickItem
from pytestqt.qtbot import QtBot

from drivers.idcard import DEMO_CARDS
from tests.ui.flows import lay_the_demo_card, on, open_form_of, option_index
from tests.ui.harness import draw_signature, find, tap, type_into, visible, walk
from tests.ui.platform_words import chinese_on_screen
from ui.speech.player import RecordingSink

pytestmark = pytest.mark.slow

CJK = re.compile(r"[\u3400-\u9fff]")
# Controls whose words are data from the platform (service names, field labels, their options).
DATA_CONTROLS = ("field_", "category_", "service_", "printLicense_")


@pytest.fixture
def sink() -> RecordingSink:
    return RecordingSink()


@pytest.fixture
def speech_player(sink: RecordingSink) -> RecordingSink:
    return sink


def _items(app: Any) -> list[QQuickItem]:
    return list(walk(app.window.contentItem()))


def _chinese_chrome(app: Any) -> list[str]:
    """Words on screen that come from the catalog (not platform data) and are still Chinese."""
    found = []
    title = str(find(app.window, "screenTitle").property("text"))
    if CJK.search(title):
        found.append(f"title: {title}")
    for item in _items(app):
        name = item.objectName()
        text = item.property("text")
        if not isinstance(text, str) or not CJK.search(text) or name.startswith(DATA_CONTROLS):
            continue
        if name in ("languageButton", "declineEnglishButton"):
            continue  # written in the language they switch to, on purpose
        if item.metaObject().className().startswith(("BigButton", "QQuickButton")) or name in (
            "noticeText", "helpStatus", "timeoutText"
        ) or name.startswith("material_status_"):
            if name == "noticeText" and re.match(r"[A-Za-z\"]", text):
                continue  # an English sentence naming a material (data) in Chinese
            found.append(f"{name or item.metaObject().className()}: {text}")
    return found


def _place_card(app: Any, card: str) -> None:
    app.assembly.extras["idcard_simulator"].place(DEMO_CARDS[card])


def test_a_foreigner_card_offers_english_the_errand_runs_in_english_and_the_next_citizen_sees_chinese(
    qtbot: QtBot, app: Any, sink: RecordingSink
) -> None:
    win = app.window
    on(qtbot, app, "idle")
    assert app.vm.speechOn  # spoken guidance starts on in every mode (docs/words.md)
    _place_card(app, "f2017")  # 外国人永久居留身份证 (I layout) laid on the reader at the home screen
    on(qtbot, app, "choose_service", timeout=8000)
    qtbot.waitUntil(lambda: visible(win, "languageOffer"), timeout=3000)
    assert "speech.language_offer" in sink.prompts()
    tap(qtbot, win, "acceptEnglishButton")
    qtbot.waitUntil(lambda: app.vm.language == "en_US", timeout=2000)
    assert not visible(win, "languageOffer")
    assert find(win, "screenTitle").property("text") == "Choose a service"
    app.assembly.extras["idcard_simulator"].remove()

    # 户口迁移: the platform sends English for all its content. On its guide and form nothing is the
    # platform's Chinese any more (place names and the citizen's own data are data), and the cue
    # that the platform's content is Chinese is not shown.
    qtbot.waitUntil(lambda: app.vm.catalogLoaded, timeout=10000)
    type_into(qtbot, win, "serviceSearch", "hukouqianyi")
    qtbot.waitUntil(lambda: len(app.vm.services) > 0, timeout=3000)
    tap(qtbot, win, f"service_{app.vm.services[0]['code']}")
    on(qtbot, app, "guide")
    assert find(win, "guideName").property("text") == "Moving your household registration"
    assert chinese_on_screen(app) == [] and not visible(win, "platformCue")
    tap(qtbot, win, "startFormButton")
    on(qtbot, app, "form")
    assert chinese_on_screen(app) == [] and not visible(win, "platformCue")
    assert _chinese_chrome(app) == []
    tap(qtbot, win, "field_from_region_p0")
    tap(qtbot, win, "field_from_region_c0")
    tap(qtbot, win, "field_from_region_d0")
    tap(qtbot, win, "field_move_reason_0")
    tap(qtbot, win, f"field_delivery_{option_index(app, 'delivery', 'pickup')}")
    tap(qtbot, win, "reviewButton")  # fields missing: the errors and the notice are English
    qtbot.wait(200)
    assert app.vm.screen == "form"
    assert _chinese_chrome(app) == []
    errors = [f["error"] for f in app.vm.formFields if f.get("error")]
    # Each error is an English sentence; the field's own name is the platform's (Chinese) data.
    assert errors and all(re.search(r"[A-Za-z]{4,}", e) for e in errors), errors
    assert app.vm.notice.startswith("Still missing")

    # The form asks for an 18-character resident ID, which a 2017 foreigner card does not have; the
    # citizen types the one the item needs (this test is about the words, not the item's rules).
    type_into(qtbot, win, "field_applicant_id", "320102199003071239")
    type_into(qtbot, win, "field_phone", "13812345678")
    type_into(qtbot, win, "field_to_address", "上海市黄浦区南京东路100号")
    type_into(qtbot, win, "field_movers", "1")
    tap(qtbot, win, "field_handling_region_0")
    for index, material in enumerate(list(app.vm.materials)):
        if material["needs_photo"] and not material["done"]:
            tap(qtbot, win, f"photo_{index}")

            def photographed(i: int = index) -> bool:
                return bool(app.vm.materials[i]["done"])

            qtbot.waitUntil(photographed, timeout=8000)
    assert all(re.search(r"[A-Za-z]{4,}", m["status"]) for m in app.vm.materials)
    tap(qtbot, win, "reviewButton")
    on(qtbot, app, "review")
    assert _chinese_chrome(app) == [] and find(win, "screenTitle").property("text") == "Check your details"
    assert chinese_on_screen(app) == []  # the item's labels and choices too (the typed address is data)
    if app.vm.needsSignature:
        draw_signature(qtbot, win)
    tap(qtbot, win, "pledgeCheck")
    assert find(win, "pledgeCheck").property("text").startswith("I declare")
    tap(qtbot, win, "submitButton")
    on(qtbot, app, "receipt")
    qtbot.waitUntil(lambda: not app.vm.printing, timeout=8000)
    assert _chinese_chrome(app) == [] and find(win, "screenTitle").property("text") == "Receipt"
    assert chinese_on_screen(app) == []  # where to collect the result: the window's address in English
    assert app.vm.receiptMessage.startswith("Your application")
    tap(qtbot, win, "toRatingButton")
    on(qtbot, app, "rate")
    assert _chinese_chrome(app) == []
    tap(qtbot, win, "rate_5")
    tap(qtbot, win, "submitRatingButton")
    on(qtbot, app, "idle")  # the wipe: the next citizen
    qtbot.waitUntil(lambda: app.vm.language == "zh_CN", timeout=2000)
    assert find(win, "screenTitle").property("text") == "欢迎使用政务服务自助终端"
    assert find(win, "startApplyButton").property("text") == "办理业务"


def test_the_wipe_gives_the_next_citizen_the_site_language_and_standard_mode(qtbot: QtBot, app: Any) -> None:
    win = app.window
    on(qtbot, app, "idle")
    tap(qtbot, win, "elderModeButton")
    tap(qtbot, win, "languageButton")
    qtbot.waitUntil(lambda: app.vm.language == "en_US" and app.vm.elderMode, timeout=2000)
    assert find(win, "screenTitle").property("text") == "Welcome"
    tap(qtbot, win, "startApplyButton")
    on(qtbot, app, "identify")
    assert find(win, "screenTitle").property("text") == "Identify yourself"
    tap(qtbot, win, "cancelButton")
    on(qtbot, app, "idle")
    qtbot.waitUntil(lambda: app.vm.language == "zh_CN", timeout=2000)
    assert not app.vm.elderMode and not app.theme.property("elder")
    assert find(win, "screenTitle").property("text") == "欢迎使用政务服务自助终端"


def test_help_reaches_the_platform_is_acknowledged_there_and_the_screen_says_so(
    qtbot: QtBot, app: Any, sink: RecordingSink
) -> None:
    win = app.window
    on(qtbot, app, "idle")
    tap(qtbot, win, "startApplyButton")
    on(qtbot, app, "identify")
    tap(qtbot, win, "helpButton")
    qtbot.waitUntil(lambda: visible(win, "helpPanel"), timeout=2000)
    sandbox = app.assembly.extras["sandbox"]
    app.assembly.extras["sync"].worker.force_sync()
    qtbot.waitUntil(lambda: bool(sandbox.state.store.help_requests("open")), timeout=15000)
    (call,) = sandbox.state.store.help_requests("open")
    assert call["screen"] == "identify" and call["terminal_id"] == app.assembly.config.terminal.id
    sandbox.state.store.acknowledge_help(call["request_id"], "窗口3", 0.0)
    qtbot.waitUntil(lambda: app.vm.helpState == "acknowledged", timeout=10000)
    assert find(win, "helpStatus").property("text") == "工作人员已收到呼叫，正在赶来。"
    tap(qtbot, win, "helpCancelButton")
    qtbot.waitUntil(lambda: not visible(win, "helpPanel"), timeout=2000)


def test_help_while_offline_is_queued_said_honestly_and_delivered_once(qtbot: QtBot, app: Any) -> None:
    win = app.window
    sandbox = app.assembly.extras["sandbox"]
    sandbox.fail("down")
    app.assembly.extras["sync"].worker.force_sync()
    qtbot.waitUntil(lambda: not app.vm.platformReachable, timeout=15000)
    on(qtbot, app, "idle")
    tap(qtbot, win, "helpButton")
    qtbot.waitUntil(lambda: app.vm.helpState == "queued", timeout=5000)
    assert "网络暂时不通" in find(win, "helpStatus").property("text")
    sandbox.heal()
    app.assembly.extras["sync"].worker.force_sync()
    qtbot.waitUntil(lambda: bool(sandbox.records("help_request")), timeout=30000)
    qtbot.waitUntil(lambda: app.vm.helpState == "calling", timeout=15000)
    app.assembly.extras["sync"].worker.force_sync()
    qtbot.wait(500)
    assert len(sandbox.records("help_request")) == 1


SCREEN_PROMPTS = {"idle": "speech.idle", "identify": "speech.identify", "choose_service": "speech.choose_service",
                  "guide": "speech.guide", "form": "speech.form"}


def test_each_screen_speaks_its_instruction_in_the_session_language(
    qtbot: QtBot, app: Any, sink: RecordingSink
) -> None:
    win = app.window
    on(qtbot, app, "idle")
    tap(qtbot, win, "elderModeButton")  # 长辈版 turns spoken guidance on
    qtbot.waitUntil(lambda: app.vm.speechOn, timeout=2000)
    tap(qtbot, win, "startApplyButton")
    on(qtbot, app, "identify")
    qtbot.waitUntil(lambda: "speech.identify" in sink.prompts(), timeout=10000)
    app.vm.demo("card_expired")
    qtbot.waitUntil(lambda: "speech.card_expired" in sink.prompts(), timeout=10000)  # an error, without its date
    tap(qtbot, win, "languageButton")
    qtbot.waitUntil(lambda: sink.played[-1].language == "en_US", timeout=10000)
    assert sink.played[-1].prompt_id == "speech.identify"  # said again in the language just chosen
    lay_the_demo_card(qtbot, app, "choose_service")
    qtbot.waitUntil(lambda: sink.played[-1].prompt_id == "speech.choose_service", timeout=10000)
    tap(qtbot, win, "speechToggle")  # the citizen mutes it
    qtbot.waitUntil(lambda: not app.vm.speechOn, timeout=2000)
    before = len(sink.played)
    open_form_of(qtbot, app, "hukouqianyi")
    qtbot.wait(300)
    assert len(sink.played) == before and sink.stops >= 1
    for played in sink.played:
        assert played.path.exists() and played.path.stat().st_size > 10_000  # real audio, not a stub
        assert played.prompt_id.startswith(("speech.", "card.", "code.", "notice.", "page.", "print.", "progress."))
