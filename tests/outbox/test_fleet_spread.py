"""A fleet powered on together does not contact the platform in step.

The sync worker's first contact after start waits U(0, start_spread_s), and its idle "still there?"
ping comes every idle_probe_s ±50 %; 立即同步 (force_sync) still ends the start wait at once. No thread
clocks are asserted: the draws are checked, and the clock is a stand-in.
"""

from __future__ import annotations

import itertools
import random
import threading
import time
from pathlib import Path

from kiosk.config.models import PlatformConfig
from kiosk.ports import Refusal
from offline_cache.platform_client import PlatformClient
from offline_cache.sync_worker import SyncWorker
from tests.outbox.kit import make_outbox


class UpPlatform:
    """A healthy platform that answers every ping; counts them."""

    def __init__(self) -> None:
        self.not_before = 0.0
        self.clock_skew_s: float | None = None
        self.refusal = Refusal.NONE
        self.pings = 0

    def ping(self) -> tuple[bool, float, float | None]:
        self.pings += 1
        return True, 0.0, None


def idle_worker(tmp_path: Path, now: list[float], **kwargs: object) -> tuple[SyncWorker, UpPlatform]:
    platform = UpPlatform()
    client: PlatformClient = platform  # type: ignore[assignment]  # only ping and not_before are used
    worker = SyncWorker(
        make_outbox(tmp_path), client, lock_path=tmp_path / "lock", monotonic=lambda: now[0], **kwargs  # type: ignore[arg-type]
    )
    return worker, platform


def test_first_contact_delays_lie_within_the_configured_start_spread(tmp_path):
    spread = PlatformConfig().start_spread_s
    worker, _ = idle_worker(tmp_path, [0.0], start_spread_s=spread, rand=random.Random(3).random)

    delays = [worker.first_contact_delay() for _ in range(500)]

    assert all(0.0 <= d <= spread for d in delays)
    assert min(delays) < spread * 0.1 and max(delays) > spread * 0.9  # spread over the window, not bunched


def test_idle_pings_come_every_period_plus_or_minus_half(tmp_path):
    now = [0.0]
    period = PlatformConfig().idle_probe_s
    worker, platform = idle_worker(tmp_path, now, idle_probe_s=period, rand=random.Random(4).random)
    ping_times = []
    while now[0] < 200 * period:
        before = platform.pings
        wait = worker._step()
        if platform.pings > before:
            ping_times.append(now[0])
        now[0] += wait

    gaps = [b - a for a, b in itertools.pairwise(ping_times)]  # the first probe counts as contact too
    assert len(gaps) > 100
    assert all(0.5 * period <= g <= 1.5 * period + 0.05 for g in gaps)
    assert min(gaps) < 0.6 * period and max(gaps) > 1.4 * period  # drawn afresh, not a fixed beat


def test_reaching_the_platform_counts_as_contact_so_no_idle_ping_follows_at_once(tmp_path):
    now = [0.0]
    worker, platform = idle_worker(tmp_path, now, idle_probe_s=60.0, rand=lambda: 0.0)

    worker._step()  # the first probe finds the platform
    worker._step()  # nothing to send, same instant
    assert platform.pings == 1


def test_force_sync_ends_the_start_wait_at_once(tmp_path):
    worker, platform = idle_worker(tmp_path, [0.0], start_spread_s=600.0, rand=lambda: 1.0)  # would wait 600 s
    worker.start()
    try:
        worker.force_sync()
        reached = threading.Event()
        for _ in range(200):  # a bound on the wait, not a timing claim: 600 s would never fit
            if platform.pings:
                reached.set()
                break
            time.sleep(0.05)
        assert reached.is_set()
    finally:
        worker.stop()


def test_the_worker_defaults_equal_the_configuration_defaults():
    from offline_cache import sync_worker

    assert PlatformConfig().start_spread_s == sync_worker.DEFAULT_START_SPREAD_S
    assert PlatformConfig().idle_probe_s == sync_worker.DEFAULT_IDLE_PROBE_S


class DownPlatform(UpPlatform):
    """Refuses connections while ``down``."""

    down = True

    def ping(self) -> tuple[bool, float, float | None]:
        self.pings += 1
        return not self.down, 0.0, None


def test_a_platform_down_at_start_is_probed_at_the_pace_of_the_start_spread_not_every_half_second(tmp_path):
    # After a power cut the fleet's first contacts are spread over a minute; retries from half a
    # second would gather them again (7,000 terminals, platform down: ~1,050 probes/s).
    spread = PlatformConfig().start_spread_s
    platform = DownPlatform()
    client: PlatformClient = platform  # type: ignore[assignment]
    worker = SyncWorker(make_outbox(tmp_path), client, lock_path=tmp_path / "lock", start_spread_s=spread,
                        rand=lambda: 1.0, monotonic=lambda: 0.0)

    assert worker._step() >= spread  # the longest delay the draw allows, after the first failed contact


def test_a_link_lost_after_the_platform_was_reached_is_probed_again_within_half_a_second(tmp_path):
    now = [0.0]
    platform = DownPlatform()
    platform.down = False
    client: PlatformClient = platform  # type: ignore[assignment]
    worker = SyncWorker(make_outbox(tmp_path), client, lock_path=tmp_path / "lock", start_spread_s=60.0,
                        idle_probe_s=60.0, rand=lambda: 1.0, monotonic=lambda: now[0])
    assert worker._step() == 0.0  # reached
    platform.down = True
    now[0] += 100.0
    worker._step()  # the idle ping finds it gone
    assert worker._step() <= 0.5  # a blip heals at once


def test_no_start_spread_keeps_the_fast_first_probe(tmp_path):
    platform = DownPlatform()
    client: PlatformClient = platform  # type: ignore[assignment]
    worker = SyncWorker(make_outbox(tmp_path), client, lock_path=tmp_path / "lock", start_spread_s=0.0,
                        rand=lambda: 1.0, monotonic=lambda: 0.0)
    assert worker._step() <= 0.5
