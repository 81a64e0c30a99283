"""The heartbeat producer: device health (cached self-test results) and outbox depth, enqueued
through the outbox like any other item. The app's timer calls ``maybe_beat`` every second or so.

With a ``Schedule`` (the app passes one) the first beat comes a random share of the interval after
start and each next one after the interval ±50 %, so a fleet restarted together does not beat in step.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from kiosk.ports import Clock, OutboundItem, OutboxStatus, StorageFull
from kiosk.schedule import Schedule

log = logging.getLogger(__name__)


class HeartbeatProducer:
    def __init__(
        self,
        *,
        terminal_id: str,
        clock: Clock,
        interval_s: float,
        submit: Callable[[Sequence[OutboundItem]], None],
        outbox_status: Callable[[], OutboxStatus],
        device_health: Callable[[], Mapping[str, Mapping[str, Any]]],
        software_version: str = "",
        schedule: Schedule | None = None,
        extra: Callable[[], Mapping[str, Any]] | None = None,
    ) -> None:
        self._terminal_id = terminal_id
        self._clock = clock
        self.interval_s = interval_s
        self._submit = submit
        self._outbox_status = outbox_status
        self._device_health = device_health
        self._version = software_version
        self._last = float("-inf")
        self._schedule = schedule
        self._extra = extra  # more to report (catalog and config versions), from the composition
        self._due = clock.monotonic() + schedule.first_delay(True) if schedule else float("-inf")

    def payload(self) -> dict[str, Any]:
        status = self._outbox_status()
        health = {name: dict(h) for name, h in self._device_health().items()}
        return {
            "terminal_id": self._terminal_id,
            "at": self._clock.now().isoformat(),
            "version": self._version,
            "devices": health,
            "all_ok": all(bool(h.get("ok")) for h in health.values()),
            "pending": status.pending,
            "dead": status.dead,
            "oldest_pending_age_s": status.oldest_pending_age_s,
            "clock_skew_s": status.clock_skew_s,
            **(dict(self._extra()) if self._extra else {}),
        }

    def beat(self) -> OutboundItem | None:
        """Enqueue one heartbeat now; None when the outbox could not take it."""
        self._last = self._clock.monotonic()
        item = OutboundItem(key=f"hb-{uuid.uuid4()}", kind="heartbeat", payload=self.payload(), personal=False)
        try:
            self._submit([item])
        except (StorageFull, OSError) as exc:
            log.warning("heartbeat not queued: %s", exc)
            return None
        return item

    def maybe_beat(self) -> OutboundItem | None:
        now = self._clock.monotonic()
        if self._schedule is not None:
            if now < self._due:
                return None
            item = self.beat()
            self._schedule.period_s = self.interval_s  # a technician may have changed it
            self._due = now + self._schedule.next_delay(item is not None)
            return item
        if now - self._last < self.interval_s:
            return None
        return self.beat()
