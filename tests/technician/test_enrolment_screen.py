"""A production terminal without enrolment says so on the technician screen, and a technician enrols it."""

from __future__ import annotations

import stat
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from sandbox_platform.server import running_sandbox
from tests.technician.conftest import PIN, start_app, stop_app, write_site
from tests.technician.test_entry import enter_pin, open_pad
from tests.ui.harness import find, screenshot, tap, type_into, visible

pytestmark = pytest.mark.slow


def _text(app: Any, name: str) -> str:
    return str(find(app.window, name).property("text"))


def test_a_technician_enrols_an_unenrolled_terminal_with_a_one_time_code(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pin_hash: str, shots: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    with running_sandbox(tmp_path / "platform", key_file=tmp_path / "platform" / "other.key") as sandbox:
        key_file = tmp_path / "var" / "terminal.key"
        # A production platform set-up: no built-in sandbox, no key on the terminal.
        monkeypatch.setenv("KIOSK_PLATFORM__SANDBOX", "false")
        monkeypatch.setenv("KIOSK_PLATFORM__URL", sandbox.url)
        monkeypatch.setenv("KIOSK_PLATFORM__KEY_FILE", str(key_file))
        code = sandbox.issue_enrolment_code("DEMO-0001", site="市民中心一楼", ttl_s=600)
        app = start_app(qtbot, write_site(tmp_path, pin_hash))
        try:
            client = app.assembly.extras["sync"].client
            assert not client.enrolled and not key_file.exists()
            open_pad(qtbot, app)
            enter_pin(qtbot, app, PIN)
            tap(qtbot, app.window, "techTab_enrol")
            qtbot.waitUntil(lambda: visible(app.window, "techEnrolPage"), timeout=3000)
            assert "未登记" in _text(app, "enrolStatus")
            screenshot(app.window, shots, "tech_enrol_not_enrolled")

            type_into(qtbot, app.window, "enrolCodeInput", code)
            tap(qtbot, app.window, "enrolButton")
            qtbot.waitUntil(lambda: _text(app, "enrolMessage") == "登记成功，已开始上报", timeout=10000)
            assert "DEMO-0001" in _text(app, "enrolStatus") and "市民中心一楼" in _text(app, "enrolStatus")
            screenshot(app.window, shots, "tech_enrol_enrolled")
            assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
            assert client.enrolled and client.ping()[0]

            type_into(qtbot, app.window, "enrolCodeInput", code)
            tap(qtbot, app.window, "enrolButton")
            qtbot.waitUntil(lambda: "已被使用" in _text(app, "enrolMessage"), timeout=10000)
            assert client.ping()[0]  # a refused code leaves the enrolled key in use

            old = client.key_id
            tap(qtbot, app.window, "rotateKeyButton")
            qtbot.waitUntil(lambda: "密钥已更换" in _text(app, "enrolMessage"), timeout=10000)
            assert client.key_id != old and client.ping()[0]
        finally:
            stop_app(app)


@pytest.mark.parametrize("key", ["none", "unknown"])
def test_a_terminal_the_platform_takes_nothing_from_tells_citizens_it_keeps_filings_here(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pin_hash: str, shots: Path, key: str
) -> None:
    # The platform answers, but refuses this terminal (no key / a key it never bound): the header
    # must not say 平台已连接 (a filing would wait on the terminal), and the technician sees why.
    monkeypatch.chdir(tmp_path)
    with running_sandbox(tmp_path / "platform", key_file=tmp_path / "platform" / "other.key") as sandbox:
        key_file = tmp_path / "var" / "terminal.key"
        if key == "unknown":
            key_file.parent.mkdir()
            key_file.write_text(bytes(range(32)).hex() + "\n")
            key_file.chmod(0o600)
        monkeypatch.setenv("KIOSK_PLATFORM__SANDBOX", "false")
        monkeypatch.setenv("KIOSK_PLATFORM__URL", sandbox.url)
        monkeypatch.setenv("KIOSK_PLATFORM__KEY_FILE", str(key_file))
        app = start_app(qtbot, write_site(tmp_path, pin_hash))
        try:
            worker = app.assembly.extras["sync"].worker
            qtbot.waitUntil(lambda: worker.status().platform_checked, timeout=15000)
            qtbot.waitUntil(lambda: not _text(app, "platformStatus").startswith("…"), timeout=5000)
            assert _text(app, "platformStatus") == "▲ 离线受理中"
            screenshot(app.window, shots, f"header_refused_{key}_key")

            open_pad(qtbot, app)
            enter_pin(qtbot, app, PIN)
            tap(qtbot, app.window, "techTab_outbox")
            qtbot.waitUntil(lambda: visible(app.window, "techOutboxPage"), timeout=3000)
            why = "本终端未登记" if key == "none" else "密钥未被接受"
            qtbot.waitUntil(lambda: why in _text(app, "outboxSummary"), timeout=5000)
            assert "平台可达" not in _text(app, "outboxSummary")
            screenshot(app.window, shots, f"tech_outbox_refused_{key}_key")

            code = sandbox.issue_enrolment_code("DEMO-0001", site="市民中心一楼", ttl_s=600)
            tap(qtbot, app.window, "techTab_enrol")
            qtbot.waitUntil(lambda: visible(app.window, "techEnrolPage"), timeout=3000)
            type_into(qtbot, app.window, "enrolCodeInput", code)
            tap(qtbot, app.window, "enrolButton")
            qtbot.waitUntil(lambda: _text(app, "enrolMessage") == "登记成功，已开始上报", timeout=10000)
            app.tech.exit()
            qtbot.waitUntil(lambda: _text(app, "platformStatus") == "● 平台已连接", timeout=15000)
        finally:
            stop_app(app)
