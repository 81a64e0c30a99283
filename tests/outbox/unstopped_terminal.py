"""The child process of ``test_sync_worker_lets_the_process_exit``: a terminal that starts its sync
worker against a platform that does not answer, files a rating, and ends without ``stop()``.

Run as ``python -m tests.outbox.unstopped_terminal DATA_DIR PLATFORM_URL``.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from offline_cache.crypto import load_or_create_key
from offline_cache.platform_client import PlatformClient
from offline_cache.sync_worker import SyncWorker
from tests.outbox.kit import make_outbox, rating


def main(data_dir: Path, url: str) -> None:
    outbox = make_outbox(data_dir)
    client = PlatformClient(url, "K-EXIT", load_or_create_key(data_dir / "terminal.key"), connect_timeout_s=1.0)
    worker = SyncWorker(outbox, client, start_spread_s=0.0)  # the terminal's defaults otherwise
    worker.start()
    outbox.submit([rating("T-EXIT")])
    # Past its first wait and into its loop: the probe has failed and the thread waits to probe again.
    deadline = time.monotonic() + 15.0
    while not worker.status().platform_checked and time.monotonic() < deadline:
        time.sleep(0.01)
    print(f"checked={worker.status().platform_checked} pending={worker.status().pending}", flush=True)
    # ...and the process ends here, with the worker never stopped.


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2])
