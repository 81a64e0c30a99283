"""The process the crash test kills: it files applications and syncs them until SIGKILL."""

from __future__ import annotations

import random
import time
from multiprocessing.connection import Connection
from pathlib import Path

from offline_cache.crypto import load_or_create_key
from offline_cache.platform_client import PlatformClient
from tests.outbox.kit import application, make_outbox, make_worker


def file_and_sync(data_dir: str, url: str, terminal_id: str, key_file: str, acks: Connection, seed: int) -> None:
    outbox = make_outbox(Path(data_dir))
    client = PlatformClient(url, terminal_id, load_or_create_key(key_file), connect_timeout_s=1, read_timeout_s=2)
    worker = make_worker(outbox, client, interval_s=0.02, batch_size=4)
    worker.start()
    rng = random.Random(seed)
    n = 0
    while True:
        n += 1
        items = application(f"C{seed:04d}-{n:04d}", attachments=rng.randint(0, 2))
        outbox.submit(items)
        # Acknowledged to the caller only now, after the durable commit returned.
        for item in items:
            acks.send_bytes(item.key.encode())
        time.sleep(rng.uniform(0, 0.01))
