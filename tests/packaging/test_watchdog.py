"""systemd's watchdog, played by the test: the terminal pets it from its Qt event loop, so pets keep
coming while the loop runs and stop when the loop freezes; then the process is killed with
systemd's watchdog signal (SIGABRT) and, under the unit's Restart=always, started again."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.packaging.kit import ROOT, NotifyListener

pytestmark = pytest.mark.slow
WATCHDOG_S = 4.0

# The unit's command (``kiosk run --config SITE``), with one addition for the test: a timer on the same
# event loop that blocks it for good once a trigger file appears, as a hung slot would.
FREEZABLE = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from ui.app import prepare_environment
prepare_environment()
app = QGuiApplication(sys.argv[:1])
trigger = Path(sys.argv[1])
freezer = QTimer()
freezer.setInterval(100)
freezer.timeout.connect(lambda: trigger.exists() and time.sleep(3600))
freezer.start()
from wiring.cli import main
sys.exit(main(["run", "--config", sys.argv[2]]))
"""


def _site(folder: Path) -> Path:
    site = folder / "site.toml"
    site.write_text(
        f'[terminal]\ndata_dir = "{folder}/var"\n[platform]\nurl = "http://127.0.0.1:9"\n'
        f'key_file = "{folder}/var/terminal.key"\n[outbox]\npath = "{folder}/var/outbox.sqlite3"\n'
        f'key_file = "{folder}/var/outbox.key"\n[idcard]\nsimulated = true\n[camera]\nenabled = false\n'
        f'[printer]\nbackend = "spool"\nspool_dir = "{folder}/var/spool"\n[logging]\ndir = "{folder}/var/log"\n'
        '[ui]\nfullscreen = false\n'
    )
    return site


def test_a_frozen_event_loop_stops_the_pets_and_the_watchdog_kills_the_terminal(tmp_path: Path) -> None:
    listener = NotifyListener(tmp_path)
    trigger = tmp_path / "freeze"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NOTIFY_SOCKET": str(listener.path),
           "WATCHDOG_USEC": str(int(WATCHDOG_S * 1_000_000))}
    proc = subprocess.Popen([sys.executable, "-c", FREEZABLE, str(trigger), str(_site(tmp_path))], env=env,
                            cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        listener.wait_for("READY=1", 120, proc)
        # Running: pets every WATCHDOG_S / 2, never a gap long enough for systemd to act.
        last, gaps = time.monotonic(), list[float]()
        while time.monotonic() - last < WATCHDOG_S and len(gaps) < 5:
            if listener.receive(WATCHDOG_S) == "WATCHDOG=1":
                now = time.monotonic()
                gaps.append(now - last)
                last = now
        assert len(gaps) == 5 and proc.poll() is None, f"pets stopped while the loop ran: {gaps}"

        trigger.touch()
        # systemd's side: no pet for WATCHDOG_USEC → the watchdog signal.
        while time.monotonic() - last < WATCHDOG_S:
            if listener.receive(0.1) == "WATCHDOG=1":
                last = time.monotonic()
        assert proc.poll() is None
        proc.send_signal(signal.SIGABRT)
        assert proc.wait(timeout=30) == -signal.SIGABRT
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        listener.close()
