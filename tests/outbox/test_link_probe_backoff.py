"""While the platform is down the sync worker probes it on a capped, fully jittered backoff.

A fleet of 7,000 terminals probing every few seconds would send thousands of requests a second at a
down platform (benchmarks/fleet.py prints the figures); the cap bounds that, and a technician's
立即同步 still probes at once. The worker's pass (``_step``) is driven directly, with no thread and no clock.
"""

from __future__ import annotations

import inspect
import random
from pathlib import Path

import pytest
from pydantic import ValidationError

from kiosk.config.models import PlatformConfig
from kiosk.ports import Refusal
from offline_cache.platform_client import PlatformClient
from offline_cache.sync_worker import SyncWorker
from tests.outbox.kit import make_outbox


class RefusingPlatform:
    """A platform that never answers a probe; counts the probes."""

    def __init__(self) -> None:
        self.not_before = 0.0
        self.clock_skew_s: float | None = None
        self.refusal = Refusal.NONE
        self.probes = 0

    def ping(self) -> tuple[bool, float, float | None]:
        self.probes += 1
        return False, 0.0, None


def down_worker(tmp_path: Path, **kwargs: object) -> tuple[SyncWorker, RefusingPlatform]:
    platform = RefusingPlatform()
    client: PlatformClient = platform  # type: ignore[assignment]  # only ping and not_before are used
    return SyncWorker(make_outbox(tmp_path), client, lock_path=tmp_path / "lock", **kwargs), platform  # type: ignore[arg-type]


def test_probe_delay_ceilings_double_with_each_failure_up_to_the_configured_cap(tmp_path):
    cap = PlatformConfig().probe_cap_s
    # Draw the ceiling each time. No start spread: the ceilings of a link lost after it was up (a
    # platform down from the start is probed at the spread's pace: tests/outbox/test_fleet_spread.py).
    worker, platform = down_worker(tmp_path, probe_cap_s=cap, start_spread_s=0.0, rand=lambda: 1.0)

    delays = [worker._step() for _ in range(10)]

    assert platform.probes == 10  # one probe per pass
    assert delays == [0.5, 1.0, 2.0, 4.0, 8.0, 16.0, 32.0, cap, cap, cap]


def test_probe_delays_drawn_while_down_stay_between_zero_and_the_cap(tmp_path):
    worker, _ = down_worker(tmp_path, probe_cap_s=60.0, rand=random.Random(5).random)

    delays = [worker._step() for _ in range(500)]

    assert all(0.0 <= d <= 60.0 for d in delays)
    # Full jitter: once capped, delays spread over the whole range instead of beating in step.
    capped = delays[10:]
    assert min(capped) < 6.0 and max(capped) > 54.0


def test_the_default_cap_keeps_a_fleet_of_7000_under_300_probes_a_second_at_a_down_platform():
    # Once capped, the mean delay is cap / 2, so a fleet probes at terminals / (cap / 2) per second.
    assert 7000 / (PlatformConfig().probe_cap_s / 2) <= 300
    # A worker built without the configuration (tools, benchmarks) is as fleet-safe.
    assert inspect.signature(SyncWorker).parameters["probe_cap_s"].default == PlatformConfig().probe_cap_s


def test_force_sync_after_a_long_outage_probes_at_once_and_restarts_the_backoff(tmp_path):
    worker, platform = down_worker(tmp_path, rand=lambda: 1.0)
    for _ in range(12):
        worker._step()
    assert worker._step() == PlatformConfig().probe_cap_s  # waiting a full cap between probes

    worker.force_sync()
    assert worker._wake.is_set()  # the thread's wait for the current delay ends now
    probes_before = platform.probes
    delay = worker._step()

    assert platform.probes == probes_before + 1  # the very next pass probes, no wait
    assert delay == 0.5  # and a failure starts the backoff over from its first step


@pytest.mark.parametrize("cap", [0, 1, 4.9, 601])
def test_a_probe_cap_outside_5_to_600_seconds_is_refused(cap):
    with pytest.raises(ValidationError, match="probe_cap_s"):
        PlatformConfig(probe_cap_s=cap)


@pytest.mark.parametrize("cap", [5, 60, 600])
def test_a_probe_cap_from_5_to_600_seconds_is_taken(cap):
    assert PlatformConfig(probe_cap_s=cap).probe_cap_s == cap
