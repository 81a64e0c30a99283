"""The thread that moves the outbox to the platform.

It drains due items in batches, pauses while the platform is unreachable (probing on a fully
jittered backoff capped at ``probe_cap_s``, so a fleet does not hammer a down platform and still
notices it healed within about a minute), honours Retry-After, and reports the outbox status after
every pass. Only the holder of the outbox's lock file drains.
"""

from __future__ import annotations

import fcntl
import logging
import math
import os
import random
import threading
import time
import uuid
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import IO, Any

from kiosk.clock import SystemClock
from kiosk.ports import Clock, OutboundItem, OutboxStatus
from offline_cache.delivery import Backoff, DeliveryPolicy
from offline_cache.outbox import ClaimedItem, OutboxFull, SqliteOutbox
from offline_cache.platform_client import MAX_BATCH, AuthRejected, ItemResult, PlatformClient, PlatformError

log = logging.getLogger(__name__)

# The first probe after a failure may come back within half a second (a blip heals at once);
# the delay then doubles up to the cap (``PlatformConfig.probe_cap_s``: why 60 s is said there).
PROBE_BASE_S = 0.5
DEFAULT_PROBE_CAP_S = 60.0
# First contact after start lands at U(0, start_spread_s), and the idle "still there?" ping at
# idle_probe_s ±50 %, so a fleet powered on together does not ask in step
# (``PlatformConfig.start_spread_s`` / ``idle_probe_s``: the arithmetic is there).
DEFAULT_START_SPREAD_S = 60.0
DEFAULT_IDLE_PROBE_S = 60.0


def failures_matching(spread_s: float, base_s: float = PROBE_BASE_S) -> int:
    """The probe failure count whose next delay may reach ``spread_s`` (0 for no spread)."""
    return max(0, math.ceil(math.log2(spread_s / base_s))) if spread_s > base_s else 0


class OutboxLocked(Exception):
    """Another process already drains this outbox; ``str()`` is the one line for the technician."""

    def __init__(self, message: str, holder_pid: int | None = None) -> None:
        super().__init__(message)
        self.holder_pid = holder_pid


class DrainLock:
    """An advisory lock file: released by the kernel when the holder dies, so no stale locks."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._fh: IO[str] | None = None

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fh = self.path.open("a+")
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            fh.seek(0)
            holder = fh.read().strip()
            fh.close()
            who = f"process {holder}" if holder.isdigit() else "another process"
            raise OutboxLocked(
                f"{who} already runs a terminal on this outbox ({self.path}); only one may, so this one stops",
                holder_pid=int(holder) if holder.isdigit() else None,
            ) from None
        fh.seek(0)
        fh.truncate()
        fh.write(f"{os.getpid()}\n")
        fh.flush()
        self._fh = fh

    def release(self) -> None:
        if self._fh is not None:
            fcntl.flock(self._fh.fileno(), fcntl.LOCK_UN)
            self._fh.close()
            self._fh = None


def heartbeat_item(
    terminal_id: str, status: OutboxStatus, now_iso: str, extra: Mapping[str, Any] | None = None
) -> OutboundItem:
    payload: dict[str, Any] = {
        "terminal_id": terminal_id,
        "at": now_iso,
        "pending": status.pending,
        "dead": status.dead,
        "oldest_pending_age_s": status.oldest_pending_age_s,
        "clock_skew_s": status.clock_skew_s,
    }
    payload.update(extra or {})
    return OutboundItem(key=str(uuid.uuid4()), kind="heartbeat", payload=payload, personal=False)


class SyncWorker:
    def __init__(
        self,
        outbox: SqliteOutbox,
        client: PlatformClient,
        *,
        lock_path: str | Path | None = None,
        on_status: Callable[[OutboxStatus], None] | None = None,
        interval_s: float = 5.0,
        batch_size: int = MAX_BATCH,
        policy: DeliveryPolicy | None = None,
        probe_cap_s: float = DEFAULT_PROBE_CAP_S,
        heartbeat_interval_s: float | None = None,
        terminal_id: str = "",
        clock: Clock | None = None,
        rand: Callable[[], float] = random.random,
        start_spread_s: float = DEFAULT_START_SPREAD_S,
        idle_probe_s: float = DEFAULT_IDLE_PROBE_S,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._outbox = outbox
        self._client = client
        self._lock = DrainLock(lock_path or str(outbox.path) + ".lock")
        self._on_status = on_status
        self._interval_s = interval_s
        self._batch_size = min(batch_size, MAX_BATCH)
        self._policy = policy or DeliveryPolicy(auth_pause_s=interval_s)
        self._probe_backoff = Backoff(PROBE_BASE_S, probe_cap_s)
        self._rand = rand
        self._start_spread_s = start_spread_s
        self._idle_probe_s = idle_probe_s
        self._monotonic = monotonic  # the benchmark runs the worker on a virtual clock
        self._heartbeat_interval_s = heartbeat_interval_s
        self._terminal_id = terminal_id
        self._clock = clock or SystemClock()
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._reachable = False
        self._checked = False  # a probe has answered or failed at least once
        self._next_idle_probe = float("-inf")  # monotonic time the idle probe is due
        # Until the platform has answered once since start, a failed probe waits as long as the start
        # spread did, not half a second doubling: after a power cut with the platform down, fast
        # retries would bunch the fleet's spread first contacts together again (7,000 terminals:
        # ~1,050 probes/s in the first minute, 3.9x the hour's mean; benchmarks/fleet.py part 1b).
        # Once reached, a lost link is probed from half a second again (a blip heals at once).
        self._probe_failures = failures_matching(start_spread_s)
        self._paused_until = 0.0  # monotonic; set by Retry-After
        self._last_heartbeat = float("-inf")
        self.last_error = ""
        # Wall time of the platform's last answer (a probe, or a delivery it answered): the update
        # agent asks for the link in a new version's health check only if the hall had it just before.
        self.last_contact_at: float | None = None
        outbox.add_listener(self._wake.set)

    # --- control ----------------------------------------------------------------------------

    def start(self) -> None:
        """Take the drain lock (``OutboxLocked`` if another process has it) and start the thread."""
        self._lock.acquire()
        self._outbox.release_all_inflight()
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="outbox-sync", daemon=True)
        self._thread.start()

    def stop(self, timeout_s: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout_s)
            self._thread = None
        self._lock.release()

    def first_contact_delay(self) -> float:
        """Seconds the thread waits after start before its first pass: full jitter over the spread."""
        return self._rand() * self._start_spread_s

    def force_sync(self) -> None:
        """Technician: forget backoff and probe delay, try everything now."""
        self._outbox.make_all_due()
        self._paused_until = 0.0
        self._client.not_before = 0.0
        self._probe_failures = 0
        self._reachable = False  # re-probe first, which also refreshes latency and skew
        self._wake.set()

    def status(self) -> OutboxStatus:
        self._outbox.platform_reachable = self._reachable
        self._outbox.platform_checked = self._checked
        self._outbox.clock_skew_s = self._client.clock_skew_s
        self._outbox.platform_refusal = self._client.refusal
        return self._outbox.status()

    # --- loop -------------------------------------------------------------------------------

    def _run(self) -> None:
        # A new item, force_sync or stop sets the event and ends the wait: only an idle start waits.
        self._wake.wait(self.first_contact_delay())
        self._wake.clear()
        while not self._stop.is_set():
            try:
                wait = self._step()
            except Exception:
                # The worker must outlive any surprise; the next pass starts from the database again.
                log.exception("sync pass failed")
                wait = self._interval_s
            self._report()
            if wait > 0:
                self._wake.wait(wait)
                self._wake.clear()

    def _report(self) -> None:
        if self._on_status is not None:
            try:
                self._on_status(self.status())
            except Exception:
                log.exception("status callback failed")

    def _step(self) -> float:
        """One pass; returns how long to sleep before the next (0: go again at once)."""
        now = self._monotonic()
        paused_until = max(self._paused_until, self._client.not_before)
        if paused_until > now:
            return paused_until - now
        if not self._reachable:
            ok, _, _ = self._client.ping()
            self._checked = True
            if not ok:
                self._probe_failures += 1
                return self._probe_backoff.delay(self._probe_failures, self._rand)
            self._reachable, self._probe_failures = True, 0
            self._contact()
            self._idle_probe_done(now)  # the probe was the contact: no idle ping right behind it
            log.info("platform reachable again; draining")
            return 0.0  # next pass: honour any Retry-After the probe brought back, then drain
        self._maybe_heartbeat()
        batch = self._outbox.claim(self._batch_size)
        if not batch:
            self._keep_link_honest(now)
            due = self._outbox.next_due_in()
            wait = min(self._interval_s, max(self._next_idle_probe - now, 0.05))
            return wait if due is None else min(wait, max(due, 0.05))
        self._deliver(batch)
        return 0.0

    def _keep_link_honest(self, now: float) -> None:
        """With nothing to send, ask the platform now and then whether it is still there: the
        screens say "connected" only while that is true, not until the next filing fails."""
        if now < self._next_idle_probe:
            return
        ok, _, _ = self._client.ping()
        self._idle_probe_done(now)
        if ok:
            self._contact()
        else:
            self._link_lost("no answer to the idle probe")

    def _contact(self) -> None:
        self.last_contact_at = self._clock.now().timestamp()

    def _idle_probe_done(self, now: float) -> None:
        # Period ±50 %, drawn afresh each time, so terminals that met in step drift apart.
        self._next_idle_probe = now + self._idle_probe_s * (0.5 + self._rand())

    def _maybe_heartbeat(self) -> None:
        if self._heartbeat_interval_s is None:
            return
        now = self._monotonic()
        if now - self._last_heartbeat < self._heartbeat_interval_s:
            return
        self._last_heartbeat = now
        item = heartbeat_item(self._terminal_id, self.status(), self._clock.now().isoformat())
        try:
            self._outbox.replace_pending(item)
        except OutboxFull:
            log.warning("heartbeat not queued: outbox at its disk budget")

    def _deliver(self, batch: list[ClaimedItem]) -> None:
        answer: list[ItemResult] | PlatformError
        try:
            answer = self._client.send_batch(batch) if len(batch) > 1 else [self._client.send_one(batch[0])]
        except PlatformError as exc:
            answer = exc
        decision = self._policy.decide_batch(batch, answer)
        self._outbox.settle(decision.outcomes)
        if decision.error:
            self.last_error = decision.error
        if isinstance(answer, AuthRejected):
            # Nothing wrong with the items: they are held, and the log keeps saying why until a technician fixes it.
            log.error("%s", answer)
        if decision.link_down:
            self._link_lost(decision.error)  # a failed real request marks the link down at once
        else:
            self._contact()
            self._idle_probe_done(self._monotonic())  # it answered: that was the contact

        if decision.pause_s:
            self._paused_until = max(self._paused_until, self._monotonic() + decision.pause_s)

    def _link_lost(self, detail: str) -> None:
        if self._reachable:
            log.warning("platform unreachable: %s", detail)
        self._reachable = False
        self.last_error = detail

    def drain_until_empty(self, timeout_s: float = 30.0) -> None:
        """For tools, tests and benchmarks, on the calling thread: pass until nothing is pending."""
        deadline = time.monotonic() + timeout_s
        while True:
            wait = self._step()
            if wait == 0:
                continue
            if self._outbox.next_due_in() is None:
                return
            if time.monotonic() + wait > deadline:
                raise TimeoutError("outbox did not drain in time")
            time.sleep(wait)
