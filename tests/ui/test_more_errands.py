"""A 一件事 bundle filed in one go, its progress checked online and offline, and a certificate printed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.flows import identify_with_the_card, lay_the_demo_card, on, open_form_of, option_index
from tests.ui.harness import find, screenshot, tap, type_into

pytestmark = pytest.mark.slow


def _file_the_newborn_bundle(qtbot: QtBot, app: Any, shots: Path) -> str:
    win = app.window
    identify_with_the_card(qtbot, app)
    open_form_of(qtbot, app, "xinshenger")
    assert app.vm.guide["name"] == "新生儿出生“一件事”"
    type_into(qtbot, win, "field_phone", "13812345678")
    type_into(qtbot, win, "field_baby_name", "王小宝")
    tap(qtbot, win, "field_baby_gender_0")
    type_into(qtbot, win, "field_baby_birth_date", "2026-11-01")
    type_into(qtbot, win, "field_birth_hospital", "南京市妇幼保健院")
    tap(qtbot, win, "field_bank_0")
    tap(qtbot, win, f"field_delivery_{option_index(app, 'delivery', app.vm.formFields[-1]['options'][0]['value'])}")
    qtbot.waitUntil(lambda: sum(m["status"].startswith("免提交") for m in app.vm.materials) >= 2, timeout=5000)
    for index, material in enumerate(list(app.vm.materials)):
        if material["needs_photo"] and not material["done"]:
            tap(qtbot, win, f"photo_{index}")

            def photographed(i: int = index) -> bool:
                return bool(app.vm.materials[i]["done"])

            qtbot.waitUntil(photographed, timeout=8000)
    screenshot(win, shots, "11_bundle_form")
    tap(qtbot, win, "reviewButton")
    on(qtbot, app, "review")
    tap(qtbot, win, "pledgeCheck")
    tap(qtbot, win, "submitButton")
    on(qtbot, app, "receipt")
    qtbot.waitUntil(lambda: not app.vm.printing, timeout=8000)
    tracking = str(find(win, "trackingNumber").property("text"))
    tap(qtbot, win, "toRatingButton")
    on(qtbot, app, "rate")
    tap(qtbot, win, "skipRatingButton")
    on(qtbot, app, "idle")
    return tracking


def test_bundle_is_filed_once_and_its_progress_shows_online_then_from_cache_offline(
    qtbot: QtBot, demo_app: Any, shots: Path
) -> None:
    app, win = demo_app, demo_app.window
    tracking = _file_the_newborn_bundle(qtbot, app, shots)
    sandbox = app.assembly.extras["sandbox"]
    app.assembly.extras["sync"].worker.force_sync()
    qtbot.waitUntil(lambda: any(r["tracking"] == tracking for r in sandbox.records("application")), timeout=15000)

    tap(qtbot, win, "startProgressButton")
    lay_the_demo_card(qtbot, app, "query_progress")
    type_into(qtbot, win, "trackingInput", tracking)
    tap(qtbot, win, "queryButton")
    qtbot.waitUntil(lambda: len(app.vm.progress.get("steps", [])) > 0, timeout=5000)
    assert app.vm.progress["title"].startswith("新生儿出生")
    assert not app.vm.progress.get("age")
    screenshot(win, shots, "12_progress_online")

    sandbox.fail("down")
    tap(qtbot, win, "queryButton")
    qtbot.waitUntil(lambda: bool(app.vm.progress.get("age")), timeout=15000)
    age = find(win, "progressAge").property("text")
    assert "刚刚" in age and "0 分钟前" not in age  # a record fetched seconds ago is not "0 minutes old"
    screenshot(win, shots, "13_progress_offline")
    sandbox.heal()


def test_held_elicense_is_printed_as_a_certificate(qtbot: QtBot, demo_app: Any, shots: Path) -> None:
    app, win = demo_app, demo_app.window
    tap(qtbot, win, "startPrintButton")
    lay_the_demo_card(qtbot, app, "print_certificate")
    qtbot.waitUntil(lambda: len(app.vm.licenses) >= 2, timeout=5000)
    screenshot(win, shots, "14_certificates")
    before = set(Path("var/spool").glob("*.pdf"))
    tap(qtbot, win, "printLicense_0")
    qtbot.waitUntil(lambda: not app.vm.printing and "打印" in app.vm.notice and "正在" not in app.vm.notice,
                    timeout=8000)
    printed = set(Path("var/spool").glob("*.pdf")) - before
    assert len(printed) == 1
    assert printed.pop().read_bytes().startswith(b"%PDF")
    screenshot(win, shots, "15_certificate_printed")
