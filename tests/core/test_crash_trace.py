"""A native crash leaves every thread's stack in the log folder, where the next start reports it."""

from __future__ import annotations

import faulthandler
import logging
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.crash_trace import TRACE_NAME, enable_crash_trace

ROOT = Path(__file__).resolve().parents[2]

_CRASHING = """
import faulthandler, sys, threading, time
from pathlib import Path
from kiosk.crash_trace import enable_crash_trace
enable_crash_trace(Path(sys.argv[1]))
def camera_decode():
    time.sleep(60)
threading.Thread(target=camera_decode, name="camera-decode", daemon=True).start()
time.sleep(0.2)
faulthandler._sigsegv()
"""


def test_a_native_crash_writes_every_threads_stack_to_the_log_folder(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-c", _CRASHING, str(tmp_path)], env=dict(os.environ, PYTHONPATH=str(ROOT)),
                          capture_output=True, text=True, timeout=60)
    assert done.returncode != 0
    trace = (tmp_path / TRACE_NAME).read_text()
    assert "Fatal Python error: Segmentation fault" in trace
    assert "camera_decode" in trace  # the other thread's stack too
    assert stat.S_IMODE((tmp_path / TRACE_NAME).stat().st_mode) == 0o600


def test_the_next_start_says_an_earlier_run_crashed(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    (tmp_path / TRACE_NAME).write_text("Fatal Python error: Segmentation fault\n")
    try:
        with caplog.at_level(logging.WARNING):
            enable_crash_trace(tmp_path)
    finally:
        faulthandler.enable(sys.__stderr__ or sys.stderr)  # give pytest's own fault handler its stream back
    assert "earlier run ended in a native crash" in caplog.text
