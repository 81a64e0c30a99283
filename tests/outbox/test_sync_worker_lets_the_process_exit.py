"""A terminal process whose sync worker was never stopped still exits.

A crash path, a signal handler or a tool that forgets ``stop()`` must not leave a process that
cannot end: the worker's thread waits between passes for as long as a minute, forever while the
platform is down. The child process is a real one, on a real outbox, with a real platform client
pointed at a port where nothing listens.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

from offline_cache.crypto import load_or_create_key
from offline_cache.platform_client import PlatformClient
from offline_cache.sync_worker import SyncWorker
from tests.outbox.kit import make_outbox

ROOT = Path(__file__).resolve().parents[2]  # the tree this test runs from (mutmut's copy included)


def test_a_terminal_that_ends_without_stopping_its_sync_worker_exits_and_leaves_the_outbox_free(tmp_path):
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))  # bound, never listening: connections are refused, and no one else gets the port
        url = f"http://127.0.0.1:{closed.getsockname()[1]}"
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        # A hang detector, not a timing claim: the child needs about a second; a worker that holds the
        # process open never lets it end.
        done = subprocess.run(
            [sys.executable, "-m", "tests.outbox.unstopped_terminal", str(tmp_path), url],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=20,
        )
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == "checked=True pending=1"

        # The next terminal on the same data folder takes the outbox (the lock went with the process)
        # and finds the rating still to send.
        outbox = make_outbox(tmp_path)
        client = PlatformClient(url, "K-EXIT", load_or_create_key(tmp_path / "terminal.key"))
        successor = SyncWorker(outbox, client, start_spread_s=60.0)
        successor.start()
        try:
            assert outbox.status().pending == 1
        finally:
            successor.stop()
            outbox.close()
