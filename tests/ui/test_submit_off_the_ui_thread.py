"""提交 in the real window: the filing is stored, and the receipt's QR made, on a worker; the review
screen stays (taking no taps) until the store answers; a slow store shows 正在保存; a full disk
brings the citizen back to review with the clear message and nothing lost.

The outbox's ``submit`` is wrapped so a test can hold the store on its worker: what the screen
shows meanwhile is then observed without timing anything.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
import segno
from pytestqt.qtbot import QtBot

from kiosk.clock import ManualClock
from kiosk.ports import OutboundItem, StorageFull
from kiosk.session.states import State
from tests.ui.flows import identify_with_the_card, on, open_form_of
from tests.ui.harness import draw_signature, find, open_window, tap, visible
from ui.speech.player import RecordingSink

pytestmark = pytest.mark.slow

ANSWERS = {"phone": "13812345678", "to_address": "上海市黄浦区南京东路100号", "movers": "1"}


def _at_review(qtbot: QtBot, app: Any) -> None:
    identify_with_the_card(qtbot, app)
    open_form_of(qtbot, app, "hukouqianyi")
    # The form's own tests fill it in; here the answers are set and the review screen reached directly.
    app.assembly.terminal.session.data.form_values = dict(ANSWERS)
    app.assembly.terminal.session.go(State.REVIEW)
    on(qtbot, app, "review")
    draw_signature(qtbot, app.window)
    tap(qtbot, app.window, "pledgeCheck")


class HeldStore:
    """Wraps the outbox's ``submit``: a filing's store records the thread it runs on and waits for
    ``release`` (other items, such as a heartbeat, pass through)."""

    def __init__(self, outbox: Any, monkeypatch: pytest.MonkeyPatch, error: Exception | None = None) -> None:
        self._submit = outbox.submit
        self.error = error
        self.threads: list[threading.Thread] = []
        self.entered = threading.Event()
        self.release = threading.Event()
        self.stored: list[OutboundItem] = []
        monkeypatch.setattr(outbox, "submit", self)

    def __call__(self, items: Sequence[OutboundItem]) -> None:
        if not any(i.kind == "application" for i in items):
            self._submit(items)
            return
        self.threads.append(threading.current_thread())
        if threading.current_thread() is not threading.main_thread():  # never hold the UI thread
            self.entered.set()
            self.release.wait(30)
        if self.error is not None:
            raise self.error
        self._submit(items)
        self.stored.extend(items)


def test_submit_returns_to_the_event_loop_before_the_filing_is_stored_and_the_receipt_follows_it(
    qtbot: QtBot, quiet_demo_app: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    app, win = quiet_demo_app, quiet_demo_app.window
    _at_review(qtbot, app)
    store = HeldStore(app.assembly.terminal.outbox, monkeypatch)
    qr_threads: dict[str, threading.Thread] = {}
    make = segno.make

    def recording_make(content: Any, *args: Any, **kwargs: Any) -> Any:
        qr_threads[str(content)] = threading.current_thread()
        return make(content, *args, **kwargs)

    monkeypatch.setattr(segno, "make", recording_make)

    tap(qtbot, win, "submitButton")

    # Back from the tap with the filing not yet stored: the store is a worker's.
    assert store.threads and store.threads[0] is not threading.main_thread()
    assert store.stored == [] and app.vm.trackingNumber == ""
    assert app.vm.screen == "submit"
    assert visible(win, "screen_review") and not find(win, "submitButton").isEnabled()  # no second 提交
    # A store that takes visible time shows that the terminal is saving.
    qtbot.waitUntil(lambda: visible(win, "screen_submit"), timeout=10000)
    assert store.stored == []

    store.release.set()
    on(qtbot, app, "receipt", timeout=15000)
    tracking = str(find(win, "trackingNumber").property("text"))
    assert tracking and {i.payload["tracking_number"] for i in store.stored} == {tracking}  # the filing shown
    assert tracking in qr_threads and qr_threads[tracking] is not threading.main_thread()
    assert str(app.errands.receipt["qr"]).startswith("data:image/png;base64,")
    qtbot.waitUntil(lambda: not app.vm.printing, timeout=15000)


def test_a_full_disk_during_the_background_store_returns_to_review_with_the_message_and_keeps_every_answer(
    qtbot: QtBot, quiet_demo_app: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    app, win = quiet_demo_app, quiet_demo_app.window
    _at_review(qtbot, app)
    data = app.assembly.terminal.session.data
    store = HeldStore(app.assembly.terminal.outbox, monkeypatch, error=StorageFull("the disk is full"))

    tap(qtbot, win, "submitButton")
    assert store.stored == [] and app.vm.screen == "submit"
    store.release.set()

    on(qtbot, app, "review", timeout=15000)
    qtbot.waitUntil(lambda: "空间已满" in str(find(win, "reviewNotice").property("text")), timeout=5000)
    assert app.vm.trackingNumber == "" and app.assembly.terminal.outbox.status().pending == 0
    assert data.form_values == ANSWERS
    assert any(a.get("kind") == "signature" for a in data.attachments)
    assert find(win, "submitButton").isEnabled()

    store.error = None  # space again: the same answers are filed
    tap(qtbot, win, "submitButton")
    on(qtbot, app, "receipt", timeout=15000)
    (application,) = [i for i in store.stored if i.kind == "application"]
    assert application.payload["form"] == ANSWERS
    qtbot.waitUntil(lambda: not app.vm.printing, timeout=15000)


def test_a_terminal_stopped_while_a_filing_is_being_stored_lets_the_store_finish_before_closing_the_outbox(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clock: ManualClock
) -> None:
    # systemd stops the terminal (or a technician restarts it) a moment after 提交: the store runs on
    # a worker, and closing the outbox under it would lose a filing the citizen was about to be
    # given a receipt for.
    monkeypatch.chdir(tmp_path)
    app = open_window(qtbot, clock=clock, speech_player=RecordingSink())
    try:
        _at_review(qtbot, app)
        store = HeldStore(app.assembly.terminal.outbox, monkeypatch)
        tap(qtbot, app.window, "submitButton")
        assert store.entered.wait(10)
        threading.Timer(0.5, store.release.set).start()
    finally:
        app.close()
    assert [i.kind for i in store.stored].count("application") == 1
