"""When a terminal next calls the platform for something periodic: jittered, so a fleet never beats in step.

After a power cut restores a whole city, thousands of terminals start in the same second. With
fixed schedules they would then fetch the catalog, the trust list and their configuration and send
a heartbeat in that same second, and again every period after. Here each periodic task

- starts after a random share of its period (``first_delay``) when it already has something usable
  (a cached catalog, a trust list), or within ``urgent_spread_s`` when it has nothing at all;
- repeats after its period times a random factor in [1 − jitter, 1 + jitter], so terminals that
  started together drift apart instead of staying in phase;
- after a failure waits an exponentially growing, fully jittered delay ("full jitter", as in AWS's
  architecture note on backoff), capped, so a platform coming back is not hit by a synchronised wave.

``PeriodicTask`` is the loop body both the terminal's threads and ``benchmarks/fleet.py`` run.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Schedule:
    period_s: float
    jitter: float = 0.5  # share of the period each repeat may move either way
    urgent_spread_s: float = 30.0  # first try of a task with nothing cached lands within this
    retry_base_s: float = 10.0
    retry_cap_s: float = 600.0
    spread_start: bool = True
    rng: random.Random = field(default_factory=random.Random)
    failures: int = 0

    def first_delay(self, have_something: bool) -> float:
        if not self.spread_start:
            return 0.0
        spread = self.period_s if have_something else self.urgent_spread_s
        return self.rng.uniform(0.0, spread)

    def next_delay(self, ok: bool) -> float:
        if ok:
            self.failures = 0
            return self.period_s * self.rng.uniform(1.0 - self.jitter, 1.0 + self.jitter)
        self.failures += 1
        ceiling = min(self.retry_cap_s, self.retry_base_s * 2.0 ** (self.failures - 1))
        if not self.spread_start and self.jitter == 0.0:
            return ceiling
        # Never sooner than a second: full jitter may draw ~0, and a broken link must not spin.
        return max(1.0, self.rng.uniform(0.0, ceiling))


def fixed(period_s: float, retry_s: float = 10.0) -> Schedule:
    """The schedule terminals used before jitter (for the fleet benchmark's comparison)."""
    return Schedule(period_s, jitter=0.0, retry_base_s=retry_s, retry_cap_s=retry_s, spread_start=False)


class PeriodicTask:
    """One periodic platform call: ``step()`` runs it once and answers how long to wait before the next."""

    def __init__(self, name: str, schedule: Schedule, action: Callable[[], bool]) -> None:
        self.name = name
        self.schedule = schedule
        self._action = action
        self.runs = 0

    def step(self) -> float:
        try:
            ok = self._action()
        except Exception:
            ok = False
        self.runs += 1
        return self.schedule.next_delay(ok)


# Tasks whose first run may wait when the terminal already holds a usable copy (cache, last list).
URGENT_SPREAD_S = 2.0


def platform_schedules(
    *, catalog_s: float, trust_list_s: float, heartbeat_s: float, config_s: float | None = None,
    rng: random.Random | None = None,
) -> dict[str, Schedule]:
    """The schedules of a terminal's periodic platform calls, as the composition root builds them
    (and ``benchmarks/fleet.py`` simulates them)."""
    rng = rng or random.Random()
    out = {
        "catalog": Schedule(catalog_s, urgent_spread_s=URGENT_SPREAD_S, rng=rng),
        "trust_list": Schedule(trust_list_s, urgent_spread_s=URGENT_SPREAD_S, rng=rng),
        "heartbeat": Schedule(heartbeat_s, rng=rng),
    }
    if config_s is not None:
        out["config"] = Schedule(config_s, urgent_spread_s=URGENT_SPREAD_S, rng=rng)
    return out
