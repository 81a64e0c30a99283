"""When to try again: capped exponential backoff with full jitter, and which refusals are final."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Backoff:
    base_s: float = 2.0
    cap_s: float = 300.0

    def delay(self, attempts: int, rand: Callable[[], float] = random.random) -> float:
        """Full jitter: uniform in [0, min(cap, base·2^(attempts-1))], so recovering terminals spread out."""
        ceiling = min(self.cap_s, self.base_s * (2 ** max(0, min(attempts - 1, 30))))
        return float(ceiling * rand())


def is_permanent(status: int) -> bool:
    """A 4xx other than 408/409/429 will not change by retrying the same request.

    409 means the platform is still working on the same key, 401/403 are this terminal's clock or
    key (a technician fixes them, the item itself is fine), so neither sends an item to dead.
    """
    return 400 <= status < 500 and status not in (401, 403, 408, 409, 429)
