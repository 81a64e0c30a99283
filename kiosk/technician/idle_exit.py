"""Technician mode closes itself after a quiet spell, so a terminal left open does not stay open."""

from __future__ import annotations

from kiosk.ports import Clock


class IdleExit:
    def __init__(self, clock: Clock, idle_exit_s: float) -> None:
        self._clock = clock
        self.idle_exit_s = idle_exit_s
        self._last = clock.monotonic()

    def touch(self) -> None:
        self._last = self._clock.monotonic()

    def remaining_s(self) -> float:
        return self.idle_exit_s - (self._clock.monotonic() - self._last)

    def expired(self) -> bool:
        return self.remaining_s() <= 0
