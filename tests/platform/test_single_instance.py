"""A second terminal started on the same data directory says so in one line and exits."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from offline_cache.sync_worker import DrainLock

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]


def test_a_second_terminal_on_the_same_data_directory_exits_with_one_line(tmp_path: Path) -> None:
    var = tmp_path / "var"
    site = tmp_path / "site.toml"
    site.write_text(
        f"""
[terminal]
id = "DEMO-0001"
data_dir = "{var}"
[ui]
fullscreen = false
[platform]
sandbox = true
url = "http://127.0.0.1:0"
key_file = "{var}/terminal.key"
[outbox]
path = "{var}/outbox.sqlite3"
key_file = "{var}/outbox.key"
[logging]
dir = "{var}/log"
[idcard]
simulated = true
[camera]
simulated_source = "demo"
[printer]
backend = "spool"
""",
        encoding="utf-8",
    )
    first = DrainLock(var / "outbox.sqlite3.lock")
    first.acquire()  # the first terminal's hold on the outbox
    try:
        env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
        done = subprocess.run(
            [sys.executable, "-m", "wiring.cli", "demo", "--config", str(site)],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
        )
    finally:
        first.release()
    assert done.returncode == 3, done.stderr
    assert "Traceback" not in done.stderr
    lines = [line for line in done.stderr.splitlines() if line.startswith("kiosk:")]
    assert lines == [
        f"kiosk: not started: process {os.getpid()} already runs a terminal on this outbox "
        f"({var}/outbox.sqlite3.lock); only one may, so this one stops"
    ]
