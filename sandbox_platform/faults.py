"""Faults the sandbox can be told to have, for a fraction of requests or for the next N of them."""

from __future__ import annotations

import random
import threading
from dataclasses import dataclass

MODES = ("slow", "error500", "rate_limit", "drop_after_commit")


@dataclass(frozen=True)
class Fault:
    mode: str
    fraction: float = 1.0
    count: int | None = None  # affect only the next N matching requests; None: until healed
    delay_s: float = 1.0  # slow
    retry_after_s: int = 1  # rate_limit

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ValueError(f"unknown fault mode {self.mode!r}; one of {', '.join(MODES)} (or 'down')")
        if not 0.0 <= self.fraction <= 1.0:
            raise ValueError("fraction must be within 0..1")


class Faults:
    def __init__(self, seed: int | None = None) -> None:
        self._lock = threading.Lock()
        self._fault: Fault | None = None
        self._left: int | None = None
        self._rng = random.Random(seed)
        self.injected = 0

    def set(self, fault: Fault) -> None:
        with self._lock:
            self._fault, self._left = fault, fault.count

    def clear(self) -> None:
        with self._lock:
            self._fault, self._left = None, None

    def draw(self) -> Fault | None:
        """The fault this request suffers, if any (each call is one request)."""
        with self._lock:
            fault = self._fault
            if fault is None or self._rng.random() >= fault.fraction:
                return None
            if self._left is not None:
                self._left -= 1
                if self._left <= 0:
                    self._fault, self._left = None, None
            self.injected += 1
            return fault
