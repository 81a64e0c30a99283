"""The whole errand through the real window, on the demo's real parts: the ID card simulator on a pty,
the catalog from the sandbox platform over HTTP, the encrypted SQLite outbox, the simulated camera,
and the spool printer."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from kiosk.codes import parse_tracking_number
from tests.ui.flows import identify_with_the_card, lay_the_demo_card, on, open_form_of, option_index
from tests.ui.harness import draw_signature, find, screenshot, tap, type_into, visible

pytestmark = pytest.mark.slow


def test_cross_province_filing_with_an_elicense_and_a_photographed_page(
    qtbot: QtBot, demo_app: Any, shots: Path
) -> None:
    app, win = demo_app, demo_app.window
    on(qtbot, app, "idle")
    screenshot(win, shots, "01_idle")
    tap(qtbot, win, "startApplyButton")
    on(qtbot, app, "identify")
    qtbot.wait(300)
    screenshot(win, shots, "02_identify")
    lay_the_demo_card(qtbot, app, "choose_service")
    assert "王**" in find(win, "greeting").property("text")
    # The catalog arrives in the background; the list must appear without the citizen doing anything.
    qtbot.waitUntil(lambda: not find(win, "emptyServices").property("visible"), timeout=10000)
    screenshot(win, shots, "03_choose_service")

    open_form_of(qtbot, app, "hukouqianyi", shots)
    assert app.vm.guide["name"] == "户口迁移"
    assert find(win, "field_applicant_id").property("text") == "3201**********1239"  # from the card: masked
    assert find(win, "field_applicant_id").property("readOnly")
    type_into(qtbot, win, "field_phone", "13812345678")
    tap(qtbot, win, "field_from_region_p0")  # 上海市 → its districts (a cascade, not one long list)
    tap(qtbot, win, "field_from_region_c0")
    tap(qtbot, win, "field_from_region_d0")
    type_into(qtbot, win, "field_to_address", "上海市黄浦区南京东路100号")
    tap(qtbot, win, "field_move_reason_0")
    type_into(qtbot, win, "field_movers", "1")
    tap(qtbot, win, f"field_delivery_{option_index(app, 'delivery', 'pickup')}")
    # The household register is held as an e-license: attached automatically, nothing to bring.
    qtbot.waitUntil(lambda: any(m["status"].startswith("免提交") and m["done"] for m in app.vm.materials), timeout=5000)
    to_photograph = [i for i, m in enumerate(app.vm.materials) if m["needs_photo"] and not m["done"]]
    assert len(to_photograph) == 1
    screenshot(win, shots, "05_form")
    tap(qtbot, win, f"photo_{to_photograph[0]}")
    qtbot.waitUntil(lambda: app.vm.materials[to_photograph[0]]["done"], timeout=8000)
    screenshot(win, shots, "05c_form_photographed")

    tap(qtbot, win, "reviewButton")
    qtbot.wait(200)
    assert app.assembly.terminal.session.data.form_errors == {}, app.assembly.terminal.session.data.form_errors
    assert app.vm.screen == "review", app.vm.notice
    on(qtbot, app, "review")
    assert app.vm.needsSignature  # 户口迁移 is signed on the screen
    tap(qtbot, win, "submitButton")
    assert app.vm.screen == "review" and "签名" in app.vm.notice  # unsigned: refused with a message
    draw_signature(qtbot, win)
    tap(qtbot, win, "submitButton")
    assert app.vm.screen == "review" and "承诺" in app.vm.notice  # no pledge: refused with a message
    tap(qtbot, win, "pledgeCheck")
    assert app.vm.pledgeAccepted
    screenshot(win, shots, "06_review")

    tap(qtbot, win, "submitButton")
    on(qtbot, app, "receipt")
    qtbot.waitUntil(lambda: not app.vm.printing, timeout=8000)
    tracking = find(win, "trackingNumber").property("text")
    assert parse_tracking_number(tracking).text == tracking  # a short code: 2EPM-4XAP-2WD8
    assert not app.vm.receiptFailed, app.vm.notice
    screenshot(win, shots, "07_receipt")
    receipts = sorted(Path("var/spool").glob("*.pdf"))
    assert receipts and receipts[-1].read_bytes().startswith(b"%PDF")

    tap(qtbot, win, "toRatingButton")
    on(qtbot, app, "rate")
    tap(qtbot, win, "rate_5")
    screenshot(win, shots, "08_rate")
    tap(qtbot, win, "submitRatingButton")
    on(qtbot, app, "idle")
    assert app.assembly.terminal.session.data.is_empty()
    screenshot(win, shots, "09_back_to_idle")

    # Everything reaches the sandbox platform exactly once, attachments before their application.
    sandbox = app.assembly.extras["sandbox"]
    app.assembly.extras["sync"].worker.force_sync()
    qtbot.waitUntil(lambda: {r["kind"] for r in sandbox.records()} >= {"application", "rating", "print_audit"},
                    timeout=15000)
    applications = [r for r in sandbox.records("application") if r["tracking"] == tracking]
    assert len(applications) == 1
    attachments = [r for r in sandbox.records("attachment") if r["tracking"] == tracking]
    kinds = sorted(r["payload"]["kind"] for r in attachments)
    assert kinds == ["elicense", "photo", "signature"]


def test_each_validation_error_is_shown_next_to_its_field(qtbot: QtBot, demo_app: Any, shots: Path) -> None:
    app, win = demo_app, demo_app.window
    identify_with_the_card(qtbot, app)
    open_form_of(qtbot, app, "hukouqianyi")
    type_into(qtbot, win, "field_phone", "12345")
    tap(qtbot, win, f"field_delivery_{option_index(app, 'delivery', 'ems')}")
    type_into(qtbot, win, "field_ems_phone", "99")
    tap(qtbot, win, "reviewButton")
    qtbot.waitUntil(lambda: find(win, "error_phone").isVisible(), timeout=3000)
    assert "11位" in find(win, "error_phone").property("text")
    qtbot.waitUntil(lambda: "11位" in find(win, "error_ems_phone").property("text"), timeout=3000)
    assert app.vm.screen == "form"
    assert "还缺少材料" in app.vm.notice
    screenshot(win, shots, "05b_form_errors")


def test_a_guidance_only_item_leads_to_its_window_an_appointment_and_a_printed_guide(
    qtbot: QtBot, demo_app: Any, shots: Path
) -> None:
    app, win = demo_app, demo_app.window
    identify_with_the_card(qtbot, app)
    qtbot.waitUntil(lambda: app.vm.catalogLoaded, timeout=10000)
    guidance = next(
        (code for code in _all_codes(app) if not (app.assembly.services.summary(code) or {}).get("online", True)),
        None,
    )
    assert guidance is not None, "the sample catalog has guidance-only items"
    app.vm.chooseService(guidance)
    on(qtbot, app, "guide")
    assert not visible(win, "startFormButton")  # not filed here, and no greyed dead end either
    assert visible(win, "guideWindow_0") and visible(win, "bookAppointmentButton") and visible(win, "printGuideButton")
    screenshot(win, shots, "04b_guide_only")


def _all_codes(app: Any) -> list[str]:
    view = app.assembly.services.current
    return [e.code for e in view.catalog.items] if hasattr(view.catalog, "items") else []
