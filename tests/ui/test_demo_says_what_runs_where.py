"""``kiosk demo`` prints one line saying what runs where: window, simulated devices, sandbox address."""

from __future__ import annotations

import os
import re
import selectors
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]


def test_the_demo_prints_one_line_naming_window_devices_and_sandbox(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), KIOSK_PLATFORM__URL="http://127.0.0.1:0")
    proc = subprocess.Popen(
        [sys.executable, "-m", "wiring.cli", "demo"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        start_new_session=True,
    )
    try:
        assert proc.stdout is not None
        sel = selectors.DefaultSelector()
        sel.register(proc.stdout, selectors.EVENT_READ)
        deadline = time.monotonic() + 60
        lines: list[str] = []
        while time.monotonic() < deadline and not lines:
            if sel.select(timeout=1):
                lines.append(proc.stdout.readline())
        assert lines, "the demo printed nothing within 60 s"
        line = lines[0]
        assert line.startswith("kiosk demo: window 1080×1920 on offscreen")
        assert re.search(r"ID card reader simulated on \S+", line)
        assert re.search(r"sandbox platform http://127\.0\.0\.1:\d+", line)
        assert line[-1] == "\n" and line.count("\n") == 1
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)
