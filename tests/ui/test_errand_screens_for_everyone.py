"""The errand screens issue 16 added, in their four variants (standard/长辈版 × 中文/English): every
interactive control has an accessible name and role and is big enough to touch (≥ 120 px in 长辈版,
≥ 96 px standard), and a screenshot of each is saved to artifacts/screens/variants/ to look at.

Screens: a guide-only item with its windows, the appointment (slots, then the booking with its QR),
the citizen's own applications on the progress screen, a license shown on screen (亮证), and at a
bank branch the records list and a fetched record. The receipt with its QR and the 告知承诺 pledge on
the review screen are walked by tests/ui/test_screens_for_everyone.py. Each screen's spoken
instruction is asserted through the recording sink on the way.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QAccessible
from pytestqt.qtbot import QtBot

from tests.ui.flows import card_lifted, lay_the_demo_card, on
from tests.ui.harness import BANK_ENV, find, open_window, screenshot, tap, type_into, visible
from tests.ui.test_screens_for_everyone import VARIANTS, _check, _variant
from ui.speech.player import RecordingSink

pytestmark = pytest.mark.slow

IDS = ["zh", "en", "zh-elder", "en-elder"]


def _start(qtbot: QtBot, profile: str, environ: dict[str, str]) -> Any:
    sink = RecordingSink()
    kiosk = open_window(qtbot, profile, environ, speech_player=sink)
    kiosk.sink = sink  # what would have been spoken: each screen's prompt, in the session's language
    QAccessible.setActive(True)
    return kiosk


@pytest.fixture
def hall(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    monkeypatch.chdir(tmp_path)
    kiosk = _start(qtbot, "demo", {})
    yield kiosk
    kiosk.close()


@pytest.fixture
def bank(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    monkeypatch.chdir(tmp_path)
    kiosk = _start(qtbot, "bank_branch", BANK_ENV)
    yield kiosk
    kiosk.close()


def _look(app: Any, qtbot: QtBot, folder: Path, name: str, elder: bool, problems: dict[str, list[str]]) -> None:
    qtbot.wait(250)
    screenshot(app.window, folder, name)
    found = _check(app, elder)
    if found:
        problems[name] = found


def _heard(qtbot: QtBot, app: Any, prompt: str, language: str) -> None:
    """The screen's instruction was spoken (speech starts on in every mode), in the session's language."""
    qtbot.waitUntil(lambda: any(p.prompt_id == prompt and p.language == language for p in app.sink.played),
                    timeout=15000)


def _identify(qtbot: QtBot, app: Any, start_button: str, screen: str, language: str, elder: bool) -> None:
    on(qtbot, app, "idle")
    _variant(app, qtbot, language, elder)  # the wipe restored the site's defaults
    tap(qtbot, app.window, start_button)
    on(qtbot, app, "identify")
    qtbot.waitUntil(lambda: card_lifted(app), timeout=5000)  # the last errand's card is off the reader
    lay_the_demo_card(qtbot, app, screen, timeout=20000)


def _folder(shots: Path, language: str, elder: bool) -> Path:
    return shots / "variants" / f"{'elder' if elder else 'standard'}-{language}"


@pytest.mark.parametrize(("language", "elder"), VARIANTS, ids=IDS)
def test_the_hall_errand_screens_are_named_and_big_enough_in_every_variant(
    qtbot: QtBot, hall: Any, shots: Path, language: str, elder: bool
) -> None:
    app, win, folder = hall, hall.window, _folder(shots, language, elder)
    problems: dict[str, list[str]] = {}
    _identify(qtbot, app, "startApplyButton", "choose_service", language, elder)
    qtbot.waitUntil(lambda: app.vm.catalogLoaded, timeout=15000)
    type_into(qtbot, win, "serviceSearch", "食品经营许可证变更")
    qtbot.waitUntil(lambda: any(r["name"] == "食品经营许可证变更" for r in app.vm.services), timeout=5000)
    tap(qtbot, win, "service_" + next(str(r["code"]) for r in app.vm.services if r["name"] == "食品经营许可证变更"))
    on(qtbot, app, "guide")
    _heard(qtbot, app, "speech.guide", language)
    qtbot.waitUntil(lambda: visible(win, "guideWindow_0"), timeout=5000)
    _look(app, qtbot, folder, "guide_only", elder, problems)
    tap(qtbot, win, "bookAppointmentButton")
    on(qtbot, app, "appointment")
    _heard(qtbot, app, "speech.appointment", language)
    qtbot.waitUntil(lambda: len(app.errands.appointment["slots"]) > 0, timeout=10000)
    _look(app, qtbot, folder, "appointment", elder, problems)
    tap(qtbot, win, "slot_1")
    qtbot.waitUntil(lambda: "confirmation" in app.errands.appointment, timeout=10000)
    qtbot.waitUntil(lambda: visible(win, "appointmentDoneButton"), timeout=10000)
    _look(app, qtbot, folder, "appointment_booked", elder, problems)
    app.assembly.terminal.session.end("done")

    _identify(qtbot, app, "startProgressButton", "query_progress", language, elder)
    _heard(qtbot, app, "speech.query_progress", language)
    qtbot.waitUntil(lambda: len(app.errands.ownApplications["rows"]) >= 2, timeout=10000)
    qtbot.waitUntil(lambda: visible(win, "ownApplication_0"), timeout=5000)
    _look(app, qtbot, folder, "my_applications", elder, problems)
    app.assembly.terminal.session.end("done")

    _identify(qtbot, app, "startPrintButton", "print_certificate", language, elder)
    _heard(qtbot, app, "speech.print_certificate", language)
    qtbot.waitUntil(lambda: len(app.vm.licenses) == 3, timeout=10000)
    tap(qtbot, win, "showLicense_2")
    qtbot.waitUntil(lambda: visible(win, "licenseCard"), timeout=3000)
    _look(app, qtbot, folder, "license_shown", elder, problems)
    assert problems == {}


@pytest.mark.parametrize(("language", "elder"), VARIANTS, ids=IDS)
def test_the_bank_branch_records_screens_are_named_and_big_enough_in_every_variant(
    qtbot: QtBot, bank: Any, shots: Path, language: str, elder: bool
) -> None:
    app, win, folder = bank, bank.window, _folder(shots, language, elder)
    problems: dict[str, list[str]] = {}
    on(qtbot, app, "idle")
    _variant(app, qtbot, language, elder)
    _look(app, qtbot, folder, "bank_idle", elder, problems)
    for name in ("startRecordsButton", "startProgressButton", "startPrintButton", "startAppointmentButton"):
        button = find(win, name)
        label = button.property("contentItem")
        assert label.property("contentHeight") <= button.height() - 8, f"{name}: its label is clipped"
    _identify(qtbot, app, "startRecordsButton", "choose_service", language, elder)
    qtbot.waitUntil(lambda: app.vm.catalogLoaded and len(app.vm.services) > 0, timeout=15000)
    _look(app, qtbot, folder, "bank_records", elder, problems)
    tap(qtbot, win, "service_" + str(app.vm.services[0]["code"]))
    on(qtbot, app, "guide")
    tap(qtbot, win, "fetchRecordButton")
    qtbot.waitUntil(lambda: app.errands.record["printed"], timeout=15000)
    qtbot.waitUntil(lambda: visible(win, "recordPanel"), timeout=5000)
    _look(app, qtbot, folder, "bank_record_printed", elder, problems)
    assert problems == {}
