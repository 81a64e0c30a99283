"""The settings screen through the real window: every field refuses a bad value beside the field,
and a saved value takes effect."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPointF
from pytestqt.qtbot import QtBot

from tests.technician.conftest import PIN, start_app, stop_app, write_site
from tests.technician.test_entry import enter_pin, open_pad
from tests.ui.harness import find, screenshot, tap, type_into, visible

pytestmark = pytest.mark.slow

BAD_VALUES = {
    "idcard_port": ("/dev/ttyNOPE9", "不存在"),
    "camera_device": ("/dev/video97", "不存在"),
    "printer_queue": ("no-such-queue", "没有名为 no-such-queue"),
    "platform_url": ("ftp//platform", "http://"),
    "terminal_id": ("abc", "终端编号"),
    "platform_key_file": ("missing.key", "密钥文件 missing.key 不存在"),
    "terminal_site_profile": ("shop", "只能选择"),
    "session_idle_timeout_s": ("5", "15 到 3600"),
    "terminal_language": ("fr_FR", "只能选择"),
}


def scroll_to(qtbot: QtBot, win: Any, name: str) -> None:
    """Swipe the settings list so the control is on screen, as a technician would."""
    flick, item = find(win, "settingsFlick"), find(win, name)
    y = item.mapToItem(flick.property("contentItem"), QPointF(0, 0)).y()
    most = max(0.0, flick.property("contentHeight") - flick.height())
    flick.setProperty("contentY", min(max(0.0, y - 100), most))
    qtbot.wait(30)


def open_settings(qtbot: QtBot, app: Any) -> None:
    open_pad(qtbot, app)
    enter_pin(qtbot, app, PIN)
    qtbot.waitUntil(lambda: app.tech.unlocked, timeout=3000)
    tap(qtbot, app.window, "techTab_settings")
    qtbot.waitUntil(lambda: visible(app.window, "techSettingsPage"), timeout=3000)


def set_field(qtbot: QtBot, win: Any, field: str, value: str) -> None:
    scroll_to(qtbot, win, f"setting_{field}")
    type_into(qtbot, win, f"setting_{field}", value)


def test_each_field_rejects_a_bad_value_with_a_message_beside_it(qtbot: QtBot, tech_app: Any, shots: Path) -> None:
    app, win = tech_app, tech_app.window
    site = Path("site.toml")
    before = site.read_bytes()
    open_settings(qtbot, app)
    screenshot(win, shots, "technician_settings")
    for field, (bad, _) in BAD_VALUES.items():
        set_field(qtbot, win, field, bad)
    find(win, "inputPanel").setProperty("active", False)
    tap(qtbot, win, "saveSettingsButton")
    for field, (_, expected) in BAD_VALUES.items():
        scroll_to(qtbot, win, f"setting_{field}_error")
        assert visible(win, f"setting_{field}_error"), field
        assert expected in find(win, f"setting_{field}_error").property("text"), field
    screenshot(win, shots, "technician_settings_errors")
    assert site.read_bytes() == before


def test_correcting_a_field_clears_its_message(qtbot: QtBot, tech_app: Any) -> None:
    app, win = tech_app, tech_app.window
    open_settings(qtbot, app)
    set_field(qtbot, win, "terminal_id", "abc")
    tap(qtbot, win, "saveSettingsButton")
    assert visible(win, "setting_terminal_id_error")
    set_field(qtbot, win, "terminal_id", "SH-0042")
    assert not visible(win, "setting_terminal_id_error")


def test_a_saved_idle_timeout_changes_what_the_citizen_sees(qtbot: QtBot, tech_app: Any) -> None:
    app, win = tech_app, tech_app.window
    open_settings(qtbot, app)
    set_field(qtbot, win, "session_idle_timeout_s", "15")
    tap(qtbot, win, "saveSettingsButton")
    assert "已保存 1 项" in find(win, "techNotice").property("text")
    with Path("site.toml").open("rb") as fh:
        assert tomllib.load(fh)["session"]["idle_timeout_s"] == 15
    tap(qtbot, win, "techExitButton")
    qtbot.waitUntil(lambda: not visible(win, "technicianOverlay"), timeout=3000)
    tap(qtbot, win, "startApplyButton")
    # 15 s is inside the 20 s warning window, so the countdown band shows at once.
    qtbot.waitUntil(lambda: visible(win, "timeoutWarning"), timeout=3000)
    assert "秒后将退出" in find(win, "timeoutText").property("text")


def test_choosing_the_bank_branch_profile_brings_its_branding_services_and_devices(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pin_hash: str
) -> None:
    monkeypatch.chdir(tmp_path)
    site = write_site(tmp_path, pin_hash)
    app = start_app(qtbot, site)
    try:
        open_settings(qtbot, app)
        scroll_to(qtbot, app.window, "setting_terminal_site_profile_opt_1")
        tap(qtbot, app.window, "setting_terminal_site_profile_opt_1")
        tap(qtbot, app.window, "saveSettingsButton")
        assert app.tech.config.terminal.site_profile == "bank_branch"
        # The citizen screens take the new branding at once, without a restart.
        qtbot.waitUntil(lambda: "政银合作" in find(app.window, "brandName").property("text"), timeout=3000)
    finally:
        stop_app(app)
    restarted = start_app(qtbot, site)
    try:
        config = restarted.tech.config
        assert config.ui.services == ["social_security", "medical_insurance", "housing_fund", "real_estate"]
        assert config.printer.receipt_backend == "escpos"
        assert config.terminal.id == "DEMO-0001"  # the site's own values stay
        assert "政银合作" in find(restarted.window, "brandName").property("text")
    finally:
        stop_app(restarted)
