"""The one line `kiosk demo` prints: what runs where, for the person who started it (no personal data)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from kiosk.config.loader import load_config
from wiring.demo_line import demo_line


def test_the_demo_line_names_the_window_reader_camera_printer_sandbox_and_site(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    config = load_config(environ={})
    extras = {"idcard_simulator": SimpleNamespace(path="/dev/pts/7"), "printer": object(),
              "sandbox": SimpleNamespace(url="http://127.0.0.1:40123/")}
    assert demo_line(config, extras) == (
        "kiosk demo: window 1080×1920 on offscreen (no window) · ID card reader simulated on /dev/pts/7"
        " · camera 0 · printer CUPS queue kiosk-pdf · sandbox platform http://127.0.0.1:40123/"
        " · site service_hall (310101)")


def test_without_simulators_the_demo_line_names_the_real_devices_and_the_configured_platform(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setenv("DISPLAY", ":3")
    line = demo_line(load_config(environ={}), {})
    assert "window 1080×1920 on DISPLAY :3" in line and "ID card reader on auto" in line
    assert "platform http://127.0.0.1:8470/" in line and "printer" not in line
