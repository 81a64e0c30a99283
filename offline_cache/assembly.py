"""Building the outbox, cache, platform client and sync worker from the terminal's configuration."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kiosk.config.models import KioskConfig
from kiosk.ports import Clock, OutboxStatus
from offline_cache.crypto import FieldCipher
from offline_cache.enrolment import NotEnrolled, load_terminal_key, read_enrolment
from offline_cache.outbox import SqliteOutbox
from offline_cache.platform_client import PlatformClient
from offline_cache.read_cache import ReadCache
from offline_cache.sync_worker import SyncWorker


@dataclass
class SyncStack:
    outbox: SqliteOutbox  # kiosk.ports.Outbox
    client: PlatformClient  # kiosk.ports.PlatformReads (+ trust_list, ping)
    worker: SyncWorker
    cache: ReadCache

    def start(self) -> None:
        """Raises ``OutboxLocked`` if another process already drains this outbox."""
        self.worker.start()

    def stop(self) -> None:
        self.worker.stop()
        self.client.close()
        self.cache.close()
        self.outbox.close()


def build_sync_stack(
    config: KioskConfig, clock: Clock, on_status: Callable[[OutboxStatus], None] | None = None
) -> SyncStack:
    cipher = FieldCipher.from_key_file(config.outbox.key_file)
    outbox_path = Path(config.outbox.path)
    outbox = SqliteOutbox(
        outbox_path,
        cipher,
        disk_budget_bytes=int(config.outbox.disk_budget_mb * 2**20),
        clock=clock,
    )
    cache = ReadCache(outbox_path.with_name(outbox_path.stem + ".cache.sqlite3"), cipher)
    platform = config.platform
    try:
        key = load_terminal_key(platform.key_file)
    except NotEnrolled:
        key = None  # the client refuses to sync until a technician enrols the terminal
    enrolled = read_enrolment(platform.key_file) if key else None
    # The platform bound the key to the terminal id on the enrolment code; sign as that terminal.
    terminal_id = (enrolled.terminal_id if enrolled else "") or config.terminal.id
    client = PlatformClient(
        str(platform.url),
        terminal_id,
        key,
        cache=cache,
        ca_bundle=platform.ca_bundle,
        connect_timeout_s=platform.connect_timeout_s,
        read_timeout_s=platform.read_timeout_s,
        clock=clock,
    )
    worker = SyncWorker(
        outbox,
        client,
        on_status=on_status,
        interval_s=platform.sync_interval_s,
        probe_cap_s=platform.probe_cap_s,
        start_spread_s=platform.start_spread_s,
        idle_probe_s=platform.idle_probe_s,
        heartbeat_interval_s=None,  # the app sends heartbeats with device health (kiosk/technician/heartbeat.py)
        terminal_id=config.terminal.id,
        clock=clock,
    )
    return SyncStack(outbox, client, worker, cache)
