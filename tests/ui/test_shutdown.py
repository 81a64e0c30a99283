"""Stopping the terminal: the service manager's SIGTERM and a console's Ctrl-C close it cleanly."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def wait_for_log(log_dir: Path, text: str, timeout: float) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        content = "".join(p.read_text(encoding="utf-8") for p in log_dir.glob("*.jsonl*"))
        if text in content:
            return content
        time.sleep(0.2)
    raise AssertionError(f"{text!r} not logged within {timeout} s")


@pytest.mark.slow
@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_stop_signal_closes_the_running_terminal_cleanly(tmp_path: Path, number: signal.Signals) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), KIOSK_PLATFORM__URL="http://127.0.0.1:0")
    process = subprocess.Popen(
        [sys.executable, "-m", "wiring.cli", "demo"], cwd=tmp_path, env=env,
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    try:
        wait_for_log(tmp_path / "var" / "log", "home screen up", timeout=60)
        process.send_signal(number)
        _out, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, err[-2000:]
    assert "Traceback" not in err, err[-4000:]  # the whole traceback, not pytest's shortened repr
    log = wait_for_log(tmp_path / "var" / "log", f"{number.name} received", timeout=5)
    assert "closing the terminal" in log


def test_a_result_posted_after_the_window_closed_is_dropped_quietly(qapp: object) -> None:
    import shiboken6

    from ui.qt_runtime import MainThreadDispatcher

    dispatcher = MainThreadDispatcher()
    ran: list[int] = []
    shiboken6.delete(dispatcher)  # what closing the app does to it
    dispatcher.post(lambda: ran.append(1))  # a device thread's last event, or a late background result
    assert ran == []
