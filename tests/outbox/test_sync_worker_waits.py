"""How long the sync worker waits between passes, when it queues heartbeats, and when a tool's
``drain_until_empty`` stops.

A technician notices these as "the kiosk honoured the platform's Retry-After", "a heartbeat arrives
every period" and "sync-now returns once the queue is empty". The pass (``_step``) is driven
directly on a manual clock with a scripted platform; only ``drain_until_empty`` sleeps for real, and
only for a few hundredths of a second.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

import pytest

from kiosk.clock import ManualClock
from kiosk.ports import OutboundItem, OutboxStatus, Refusal
from offline_cache.delivery import Backoff, DeliveryPolicy
from offline_cache.outbox import ClaimedItem, SqliteOutbox
from offline_cache.platform_client import ItemResult, LinkDown, PlatformClient, PlatformError, RateLimited
from offline_cache.sync_worker import SyncWorker
from tests.outbox.kit import make_outbox, rating


class ScriptedPlatform:
    """Answers pings with ``up``; answers each send with the next scripted answer (200 when none)."""

    def __init__(self) -> None:
        self.not_before = 0.0
        self.clock_skew_s: float | None = None
        self.refusal = Refusal.NONE
        self.up = True
        self.pings = 0
        self.answers: list[int | PlatformError] = []
        self.sent: list[str] = []  # kinds the platform took, in order
        self.requests: list[str] = []  # "one" or "batch", per request

    def ping(self) -> tuple[bool, float, float | None]:
        self.pings += 1
        return self.up, 0.0, None

    def send_one(self, item: ClaimedItem) -> ItemResult:
        self.requests.append("one")
        return self._answer([item])[0]

    def send_batch(self, batch: Sequence[ClaimedItem]) -> list[ItemResult]:
        self.requests.append("batch")
        return self._answer(batch)

    def _answer(self, batch: Sequence[ClaimedItem]) -> list[ItemResult]:
        answer = self.answers.pop(0) if self.answers else 200
        if isinstance(answer, PlatformError):
            raise answer
        if 200 <= answer < 300:
            self.sent.extend(item.kind for item in batch)
        return [ItemResult(item.key, answer, {"record_id": "R1"}) for item in batch]


def worker_on(
    tmp_path: Path, clock: ManualClock | None, **kwargs: object
) -> tuple[SyncWorker, ScriptedPlatform, SqliteOutbox]:
    platform = ScriptedPlatform()
    client: PlatformClient = platform  # type: ignore[assignment]  # the worker uses ping, sends and not_before
    box = make_outbox(tmp_path, clock=clock)
    kwargs.setdefault("start_spread_s", 0.0)
    kwargs.setdefault("rand", lambda: 1.0)
    if clock is not None:
        kwargs.setdefault("monotonic", clock.monotonic)
        kwargs.setdefault("clock", clock)
    worker = SyncWorker(box, client, lock_path=tmp_path / "lock", **kwargs)  # type: ignore[arg-type]
    return worker, platform, box


# --- waiting between passes ------------------------------------------------------------------


def test_a_retry_after_from_the_platform_holds_every_send_until_it_has_passed(tmp_path):
    clock = ManualClock()
    worker, platform, box = worker_on(tmp_path, clock)
    box.submit([rating("T1")])
    platform.answers = [RateLimited(30.0)]
    assert worker._step() == 0.0  # the probe finds the platform
    assert worker._step() == 0.0  # the send is told to slow down

    assert worker._step() == pytest.approx(30.0)
    clock.advance(10.0)
    assert worker._step() == pytest.approx(20.0)
    assert platform.sent == []

    clock.advance(20.0)
    worker._step()
    assert platform.sent == ["rating"]


def test_a_not_before_set_by_the_client_is_waited_out_without_probing(tmp_path):
    clock = ManualClock()
    worker, platform, _ = worker_on(tmp_path, clock)
    platform.not_before = clock.monotonic() + 12.0

    assert worker._step() == pytest.approx(12.0)
    assert platform.pings == 0


def test_an_idle_worker_looks_again_after_its_interval(tmp_path):
    clock = ManualClock()
    worker, _, _ = worker_on(tmp_path, clock, interval_s=5.0, idle_probe_s=60.0)
    worker._step()  # the probe finds the platform

    assert worker._step() == pytest.approx(5.0)


def test_an_idle_worker_wakes_for_its_idle_probe_when_that_comes_before_the_interval(tmp_path):
    clock = ManualClock()
    worker, platform, _ = worker_on(tmp_path, clock, interval_s=100.0, idle_probe_s=20.0, rand=lambda: 0.5)
    worker._step()  # the probe finds the platform; the idle probe is due 20 s later
    clock.advance(5.0)

    assert worker._step() == pytest.approx(15.0)
    clock.advance(15.0)
    worker._step()
    assert platform.pings == 2


@pytest.mark.parametrize("backoff_s", [3.0, 0.3], ids=["seconds", "under_a_second"])
def test_an_item_waiting_its_backoff_wakes_the_worker_when_it_is_due(tmp_path, backoff_s):
    clock = ManualClock()
    policy = DeliveryPolicy(backoff=Backoff(backoff_s, backoff_s), rand=lambda: 1.0)
    worker, platform, box = worker_on(tmp_path, clock, interval_s=100.0, idle_probe_s=1000.0, policy=policy)
    box.submit([rating("T1")])
    platform.answers = [503]
    worker._step()  # probe
    worker._step()  # the send fails; retry after the backoff

    assert worker._step() == pytest.approx(backoff_s)  # not rounded up to a whole second
    clock.advance(backoff_s)
    worker._step()
    assert platform.sent == ["rating"]


def test_a_failed_send_marks_the_link_down_and_the_next_pass_probes_first(tmp_path):
    clock = ManualClock()
    worker, platform, box = worker_on(tmp_path, clock, idle_probe_s=1000.0)
    box.submit([rating("T1")])
    worker._step()  # probe
    platform.answers = [LinkDown("connection refused")]
    worker._step()
    assert worker.status().platform_reachable is False
    assert "connection refused" in worker.last_error

    platform.up = False
    pings = platform.pings
    worker._step()
    assert platform.pings == pings + 1
    assert platform.sent == []


def test_an_answered_send_counts_as_contact(tmp_path):
    clock = ManualClock()
    worker, _, box = worker_on(tmp_path, clock, idle_probe_s=1000.0)
    worker._step()  # probe
    worker.last_contact_at = None
    box.submit([rating("T1")])

    worker._step()

    assert worker.last_contact_at == clock.now().timestamp()
    assert worker.status().platform_reachable is True


def test_an_idle_probe_left_unanswered_shows_the_platform_as_unreachable(tmp_path):
    clock = ManualClock()
    worker, platform, _ = worker_on(tmp_path, clock, idle_probe_s=10.0, rand=lambda: 0.5)
    worker._step()  # probe
    platform.up = False
    clock.advance(10.0)

    worker._step()

    assert worker.status().platform_reachable is False
    assert worker.last_error == "no answer to the idle probe"


# --- heartbeats -------------------------------------------------------------------------------


def heartbeats_sent_over(tmp_path: Path, seconds: float, **kwargs: object) -> list[float]:
    clock = ManualClock()
    worker, platform, _ = worker_on(tmp_path, clock, interval_s=1.0, idle_probe_s=1000.0, terminal_id="K-1", **kwargs)
    start = clock.monotonic()
    times: list[float] = []
    while clock.monotonic() - start < seconds:
        before = platform.sent.count("heartbeat")
        wait = worker._step()
        if platform.sent.count("heartbeat") > before:
            times.append(clock.monotonic() - start)
        clock.advance(wait)
    return times


def test_a_heartbeat_is_sent_every_period_while_the_platform_answers(tmp_path):
    assert heartbeats_sent_over(tmp_path, 100.0, heartbeat_interval_s=30.0) == [0.0, 30.0, 60.0, 90.0]


def test_no_heartbeat_is_sent_when_heartbeats_are_off(tmp_path):
    assert heartbeats_sent_over(tmp_path, 100.0, heartbeat_interval_s=None) == []


def test_a_heartbeat_carries_the_terminal_and_the_outbox_status(tmp_path):
    clock = ManualClock()
    worker, _, box = worker_on(
        tmp_path, clock, heartbeat_interval_s=30.0, idle_probe_s=1000.0, terminal_id="K-7", policy=DeliveryPolicy()
    )
    box.submit([rating("T1")])
    worker._step()  # probe
    claimed: list[OutboundItem] = []
    box_replace = box.replace_pending

    def spy(item: OutboundItem) -> None:
        claimed.append(item)
        box_replace(item)

    box.replace_pending = spy  # type: ignore[method-assign]
    worker._step()

    (beat,) = claimed
    assert beat.kind == "heartbeat"
    assert beat.payload["terminal_id"] == "K-7"
    assert beat.payload["pending"] == 1
    assert beat.payload["at"] == clock.now().isoformat()


# --- the thread --------------------------------------------------------------------------------


def test_the_running_worker_delivers_a_new_filing_and_reports_its_status(tmp_path):
    from tests.outbox.kit import wait_until

    seen: list[OutboxStatus] = []
    worker, platform, box = worker_on(tmp_path, None, interval_s=0.05, idle_probe_s=1000.0, on_status=seen.append)
    worker.start()
    try:
        box.submit([rating("T1")])
        assert wait_until(lambda: platform.sent == ["rating"] and seen[-1].pending == 0, timeout_s=10.0)
        assert seen[-1].platform_reachable
    finally:
        worker.stop()
    # stopped: the drain lock is free for the next terminal process
    box.close()
    successor, _, _ = worker_on(tmp_path, None)
    successor.start()
    successor.stop()


def test_a_status_callback_that_fails_does_not_stop_delivery(tmp_path):
    from tests.outbox.kit import wait_until

    def broken(_: OutboxStatus) -> None:
        raise RuntimeError("screen gone")

    worker, platform, box = worker_on(tmp_path, None, interval_s=0.05, idle_probe_s=1000.0, on_status=broken)
    worker.start()
    try:
        box.submit([rating("T1")])
        assert wait_until(lambda: platform.sent == ["rating"], timeout_s=10.0)
        box.submit([rating("T2")])
        assert wait_until(lambda: platform.sent == ["rating", "rating"], timeout_s=10.0)
    finally:
        worker.stop()


class WaitsOnTheClock(threading.Event):
    """The running worker's wake-up event on a manual clock: a wait moves the clock on by its timeout
    at once, so the thread sees that time pass, and is kept in ``waits``; a set (a new filing,
    ``stop``) still ends it. The thread then pauses a real hundredth of a second, so an idle worker
    does not race through virtual hours while the test looks."""

    def __init__(self, clock: ManualClock) -> None:
        super().__init__()
        self._clock = clock
        self.waits: list[float] = []

    def wait(self, timeout: float | None = None) -> bool:
        if self.is_set() or not timeout:
            return super().wait(timeout)
        self.waits.append(timeout)
        self._clock.advance(timeout)
        return super().wait(0.01)


def test_the_running_worker_waits_out_a_retry_after_under_a_second_before_sending_again(tmp_path):
    from tests.outbox.kit import wait_until

    clock = ManualClock()
    worker, platform, box = worker_on(tmp_path, clock, interval_s=100.0, idle_probe_s=1000.0)
    box.submit([rating("T1")])
    platform.answers = [RateLimited(0.5)]
    worker._wake = wake = WaitsOnTheClock(clock)
    worker.start()
    try:
        assert wait_until(lambda: platform.sent == ["rating"], timeout_s=10.0)
    finally:
        worker.stop()

    assert wake.waits[0] == pytest.approx(0.5)  # the first wait of all: not skipped for being short


def test_the_running_worker_probes_a_platform_that_is_down_at_half_a_second_then_doubling(tmp_path):
    from tests.outbox.kit import wait_until

    clock = ManualClock()
    worker, platform, _ = worker_on(tmp_path, clock, idle_probe_s=1000.0)
    platform.up = False
    probed_at: list[float] = []
    down_ping = platform.ping

    def ping() -> tuple[bool, float, float | None]:
        probed_at.append(clock.monotonic())
        return down_ping()

    platform.ping = ping  # type: ignore[method-assign]
    worker._wake = WaitsOnTheClock(clock)
    start = clock.monotonic()
    worker.start()
    try:
        assert wait_until(lambda: len(probed_at) >= 4, timeout_s=10.0)
    finally:
        worker.stop()

    assert [t - start for t in probed_at[:4]] == pytest.approx([0.0, 0.5, 1.5, 3.5])


# --- drain_until_empty -------------------------------------------------------------------------


def test_drain_until_empty_returns_once_everything_is_delivered(tmp_path):
    worker, platform, box = worker_on(tmp_path, None, idle_probe_s=1000.0)
    box.submit([rating("T1"), rating("T2"), rating("T3")])

    worker.drain_until_empty(timeout_s=5.0)

    assert sorted(platform.sent) == ["rating"] * 3
    assert box.status().pending == 0


def test_drain_until_empty_waits_out_a_short_retry_and_then_delivers(tmp_path):
    policy = DeliveryPolicy(backoff=Backoff(0.05, 0.05), rand=lambda: 1.0)
    worker, platform, box = worker_on(tmp_path, None, idle_probe_s=1000.0, interval_s=0.05, policy=policy)
    box.submit([rating("T1")])
    platform.answers = [503]

    worker.drain_until_empty(timeout_s=5.0)

    assert platform.sent == ["rating"]
    assert box.status().pending == 0


def test_drain_until_empty_stops_when_only_dead_items_are_left(tmp_path):
    worker, platform, box = worker_on(tmp_path, None, idle_probe_s=1000.0)
    box.submit([rating("T1")])
    platform.answers = [400]

    worker.drain_until_empty(timeout_s=5.0)

    assert box.status().dead == 1


def test_drain_until_empty_gives_up_when_the_next_try_lies_beyond_its_timeout(tmp_path):
    policy = DeliveryPolicy(backoff=Backoff(30.0, 30.0), rand=lambda: 1.0)
    worker, platform, box = worker_on(tmp_path, None, idle_probe_s=1000.0, policy=policy)
    box.submit([rating("T1")])
    platform.answers = [503]

    with pytest.raises(TimeoutError, match="did not drain"):
        worker.drain_until_empty(timeout_s=1.0)
    assert box.status().pending == 1


# --- what the technician's screen and tools see --------------------------------------------------


def test_a_fresh_worker_shows_no_error_and_no_check_yet(tmp_path):
    worker, _, _ = worker_on(tmp_path, ManualClock())

    assert worker.last_error == ""
    status = worker.status()
    assert status.platform_checked is False
    assert status.platform_reachable is False


def test_the_status_carries_the_clients_clock_skew_and_refusal(tmp_path):
    worker, platform, _ = worker_on(tmp_path, ManualClock())
    platform.clock_skew_s = 42.0
    platform.refusal = Refusal.CLOCK

    status = worker.status()

    assert status.clock_skew_s == 42.0
    assert status.platform_refusal is Refusal.CLOCK


def test_a_rate_limited_send_tells_the_technician_why_it_waits(tmp_path):
    clock = ManualClock()
    worker, platform, box = worker_on(tmp_path, clock)
    box.submit([rating("T1")])
    platform.answers = [RateLimited(30.0)]
    worker._step()  # probe
    worker._step()

    assert "429" in worker.last_error


def test_batches_go_out_back_to_back(tmp_path):
    clock = ManualClock()
    worker, platform, box = worker_on(tmp_path, clock, batch_size=1, idle_probe_s=1000.0)
    box.submit([rating("T1"), rating("T2")])
    worker._step()  # probe

    assert worker._step() == 0.0
    assert worker._step() == 0.0
    assert platform.sent == ["rating", "rating"]


def test_an_idle_probe_period_under_a_second_is_kept(tmp_path):
    clock = ManualClock()
    worker, _, _ = worker_on(tmp_path, clock, interval_s=5.0, idle_probe_s=0.4, rand=lambda: 0.5)
    worker._step()  # the probe finds the platform; the idle probe is due 0.4 s later

    assert worker._step() == pytest.approx(0.4)


def test_after_sync_now_with_the_platform_down_the_metrics_read_it_as_unreachable(tmp_path):
    from prometheus_client import generate_latest

    from wiring.metrics import TerminalMetrics

    worker, platform, _ = worker_on(tmp_path, ManualClock(), idle_probe_s=1000.0)
    worker._step()  # the probe finds the platform
    platform.up = False
    worker.force_sync()  # the technician's "sync now"
    worker._step()  # its probe goes unanswered

    metrics = TerminalMetrics(outbox_status=worker.status, device_health=dict, catalog_label=lambda: "")
    assert "kiosk_platform_reachable 0.0" in generate_latest(metrics.registry).decode()


def test_the_drain_lock_sits_beside_the_outbox_when_no_path_is_given(tmp_path):
    box = make_outbox(tmp_path)
    client: PlatformClient = ScriptedPlatform()  # type: ignore[assignment]
    worker = SyncWorker(box, client, start_spread_s=0.0)
    worker.start()
    try:
        assert (tmp_path / "outbox.sqlite3.lock").exists()
    finally:
        worker.stop()


def test_stopping_a_worker_that_never_started_or_stopping_twice_is_harmless(tmp_path):
    worker, _, _ = worker_on(tmp_path, None)
    worker.stop()
    worker.start()
    worker.stop()
    worker.stop()


def test_the_running_worker_probes_after_its_start_spread_with_nothing_queued(tmp_path):
    from tests.outbox.kit import wait_until

    worker, platform, _ = worker_on(tmp_path, None, start_spread_s=0.05, idle_probe_s=1000.0)
    worker.start()
    try:
        assert wait_until(lambda: platform.pings >= 1, timeout_s=10.0)
    finally:
        worker.stop()


def test_the_running_worker_retries_a_failed_probe_without_a_new_filing(tmp_path):
    from tests.outbox.kit import wait_until

    worker, platform, _ = worker_on(tmp_path, None, probe_cap_s=0.1, idle_probe_s=1000.0, rand=lambda: 1.0)
    platform.up = False
    worker.start()
    try:
        assert wait_until(lambda: platform.pings >= 3, timeout_s=10.0)
    finally:
        worker.stop()


def test_the_running_worker_outlives_a_pass_that_fails(tmp_path):
    from tests.outbox.kit import wait_until

    worker, platform, box = worker_on(tmp_path, None, interval_s=0.05, idle_probe_s=1000.0)
    real_ping = platform.ping
    calls = [0]

    def ping_once_broken() -> tuple[bool, float, float | None]:
        calls[0] += 1
        if calls[0] == 1:
            raise RuntimeError("surprise")
        return real_ping()

    platform.ping = ping_once_broken  # type: ignore[method-assign]
    worker.start()
    try:
        box.submit([rating("T1")])
        assert wait_until(lambda: platform.sent == ["rating"], timeout_s=10.0)
    finally:
        worker.stop()


def test_a_lone_filing_goes_as_a_request_of_its_own_and_several_as_one_batch(tmp_path):
    clock = ManualClock()
    worker, platform, box = worker_on(tmp_path, clock, idle_probe_s=1000.0)
    worker._step()  # probe
    box.submit([rating("T1")])
    worker._step()
    box.submit([rating("T2"), rating("T3")])
    worker._step()

    assert platform.requests == ["one", "batch"]


def test_with_the_default_policy_a_refused_key_holds_sending_for_the_interval(tmp_path):
    from offline_cache.platform_client import AuthRejected

    clock = ManualClock()
    worker, platform, box = worker_on(tmp_path, clock, interval_s=7.0, idle_probe_s=1000.0)
    box.submit([rating("T1")])
    platform.answers = [AuthRejected("the platform refused this terminal's key", status=403)]
    worker._step()  # probe
    worker._step()

    assert worker._step() == pytest.approx(7.0)


def test_drain_until_empty_on_an_empty_queue_returns_at_once_whatever_the_interval(tmp_path):
    for interval in (0.05, 1.0, 5.0):
        worker, _, _ = worker_on(tmp_path / str(interval), None, interval_s=interval, idle_probe_s=1000.0)
        worker.drain_until_empty(timeout_s=2.0)


def test_drain_until_empty_gives_up_before_sleeping_past_its_timeout(tmp_path, monkeypatch):
    slept: list[float] = []
    monkeypatch.setattr("offline_cache.sync_worker.time.sleep", slept.append)  # the tool's caller is not held
    policy = DeliveryPolicy(backoff=Backoff(30.0, 30.0), rand=lambda: 1.0)
    worker, platform, box = worker_on(tmp_path, None, interval_s=5.0, idle_probe_s=1000.0, policy=policy)
    box.submit([rating("T1")])
    platform.answers = [503]

    with pytest.raises(TimeoutError):
        worker.drain_until_empty(timeout_s=1.0)
    assert sum(slept) <= 1.0
