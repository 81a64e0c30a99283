"""The whole demo errand through the real window: card, service, form, submit, receipt, rating."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.harness import find, screenshot, tap, type_into

pytestmark = pytest.mark.slow


def _on(qtbot: QtBot, app: Any, screen: str) -> None:
    qtbot.waitUntil(lambda: app.vm.screen == screen, timeout=5000)
    qtbot.waitUntil(lambda: find(app.window, f"screen_{screen}").isVisible(), timeout=5000)
    qtbot.wait(50)


def test_citizen_walks_the_whole_demo_flow(qtbot: QtBot, demo_app: Any, shots: Path) -> None:
    app, win = demo_app, demo_app.window
    _on(qtbot, app, "idle")
    screenshot(win, shots, "01_idle")

    tap(qtbot, win, "startApplyButton")
    _on(qtbot, app, "identify")
    screenshot(win, shots, "02_identify")

    tap(qtbot, win, "demoCardButton")
    _on(qtbot, app, "choose_service")
    assert "王**" in find(win, "greeting").property("text")
    screenshot(win, shots, "03_choose_service")

    code = app.vm.services[0]["code"]
    tap(qtbot, win, f"service_{code}")
    _on(qtbot, app, "guide")
    screenshot(win, shots, "04_guide")

    tap(qtbot, win, "startFormButton")
    _on(qtbot, app, "form")
    assert find(win, "field_id_number").property("text") == "320102199003071239"
    assert find(win, "field_name").property("text") == "王小明"
    type_into(qtbot, win, "field_phone", "13812345678")
    tap(qtbot, win, "field_delivery_0")
    screenshot(win, shots, "05_form")

    tap(qtbot, win, "reviewButton")
    assert app.assembly.terminal.session.data.form_errors == {}
    _on(qtbot, app, "review")
    screenshot(win, shots, "06_review")

    tap(qtbot, win, "submitButton")
    _on(qtbot, app, "receipt")
    qtbot.waitUntil(lambda: not app.vm.printing, timeout=5000)
    tracking = find(win, "trackingNumber").property("text")
    assert tracking.startswith("DEMO-0001-")
    assert app.vm.notice == "回执已打印，请在出纸口取走" or "打印" in app.vm.notice
    assert not app.vm.receiptFailed
    screenshot(win, shots, "07_receipt")
    spooled = sorted(Path("var/spool").glob("*.pdf"))
    assert spooled and spooled[-1].read_bytes().startswith(b"%PDF")

    tap(qtbot, win, "toRatingButton")
    _on(qtbot, app, "rate")
    tap(qtbot, win, "rate_5")
    screenshot(win, shots, "08_rate")
    tap(qtbot, win, "submitRatingButton")
    _on(qtbot, app, "idle")
    assert app.assembly.terminal.session.data.is_empty()
    screenshot(win, shots, "09_back_to_idle")
    # Everything the citizen did reaches the (sandbox) platform exactly once.
    sandbox = app.assembly.extras["sandbox"]
    app.assembly.extras["sync"].worker.force_sync()
    qtbot.waitUntil(lambda: {r["kind"] for r in sandbox.records()} >= {"application", "rating", "print_audit"},
                    timeout=10000)
    applications = [r for r in sandbox.records("application") if r["tracking"] == tracking]
    assert len(applications) == 1


def test_wrong_phone_number_is_reported_next_to_its_field(qtbot: QtBot, demo_app: Any, shots: Path) -> None:
    app, win = demo_app, demo_app.window
    tap(qtbot, win, "startApplyButton")
    tap(qtbot, win, "demoCardButton")
    _on(qtbot, app, "choose_service")
    tap(qtbot, win, f"service_{app.vm.services[0]['code']}")
    tap(qtbot, win, "startFormButton")
    _on(qtbot, app, "form")
    type_into(qtbot, win, "field_phone", "12345")
    tap(qtbot, win, "reviewButton")
    qtbot.waitUntil(lambda: find(win, "error_phone").isVisible(), timeout=3000)
    assert "11位" in find(win, "error_phone").property("text")
    assert find(win, "error_delivery").property("text") == "请选择结果领取方式"
    assert app.vm.screen == "form"
    screenshot(win, shots, "05b_form_errors")
