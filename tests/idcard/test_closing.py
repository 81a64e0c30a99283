"""The reader's thread and the end of the process: whatever order things stop in, nothing is logged as an error."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# The reader polls the simulated card reader and waits between finds on its stop pipe. The process
# then ends without stopping it (as when stop() gives up on a thread), and takes a moment to wind
# down after the interpreter's exit hooks ran (a Qt app's teardown does): the thread keeps waiting.
_ENDS_WHILE_THE_READER_WAITS = """
import atexit, time
atexit.register(time.sleep, 0.5)  # registered first, so it runs last: after the other exit hooks
from drivers.idcard import start_demo_reader
simulator, reader = start_demo_reader()
reader.start(lambda _event: None)
deadline = time.monotonic() + 20
while reader._link is None and time.monotonic() < deadline:
    time.sleep(0.01)
print("polling" if reader._link is not None else "not connected", flush=True)
"""


def test_a_process_that_ends_while_the_reader_waits_logs_no_error(tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", _ENDS_WHILE_THE_READER_WAITS], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "polling"
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Bad file descriptor" not in done.stderr
    assert "Traceback" not in done.stderr
