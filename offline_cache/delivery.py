"""The delivery policy: what a platform answer (or failure) means for one outbox item.

One pure function, ``DeliveryPolicy.decide(item, answer)``, maps an item and what came back for it
(an ``ItemResult`` or a ``PlatformError``) to an outcome: delivered, retry after a delay (an attempt
that counts), release (back to the queue, not the item's fault), or dead (a technician decides).
Like urllib3's ``Retry``, the policy is a value: the worker holds one and only runs the loop.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from offline_cache.outbox import ClaimedItem, Dead, Delivered, Outcome, Release, Retry
from offline_cache.platform_client import (
    AuthRejected,
    ItemResult,
    LinkDown,
    PlatformError,
    RateLimited,
    ServerTrouble,
)


@dataclass(frozen=True)
class Backoff:
    base_s: float = 2.0
    cap_s: float = 300.0

    def delay(self, attempts: int, rand: Callable[[], float] = random.random) -> float:
        """Full jitter: uniform in [0, min(cap, base·2^(attempts-1))], so recovering terminals spread out."""
        ceiling = min(self.cap_s, self.base_s * (2 ** max(0, min(attempts - 1, 30))))
        return float(ceiling * rand())


Answer = ItemResult | PlatformError


@dataclass(frozen=True)
class BatchDecision:
    """What the loop does after one send: settle these outcomes, then wait ``pause_s`` before the next
    send, and (``link_down``) probe before draining again."""

    outcomes: list[Outcome]
    pause_s: float = 0.0
    link_down: bool = False
    error: str = ""


@dataclass(frozen=True)
class DeliveryPolicy:
    backoff: Backoff = field(default_factory=Backoff)
    # 409: the platform is still working on the first request with this key; ask again soon.
    in_progress_cap_s: float = 2.0
    # How long to hold items the platform refuses for this terminal's key or clock before asking again.
    auth_pause_s: float = 5.0
    # When a per-item 429 comes without a Retry-After of its own.
    rate_limit_default_s: float = 5.0
    rand: Callable[[], float] = random.random

    def decide(self, item: ClaimedItem, answer: Answer) -> Outcome:
        """The pure decision for one item."""
        if isinstance(answer, PlatformError):
            return self._after_error(item, answer)
        status = answer.status
        if 200 <= status < 300:
            return Delivered(item.id, str(answer.body.get("record_id", "")))
        reason = f"platform answered {status} to {item.kind}: {answer.body.get('error', '')}"
        if status == 429:
            # Not the item's failure: no attempt counted, so the backoff does not grow.
            return Release(item.id, self.rate_limit_default_s)
        if status in (401, 403):
            return Release(item.id, self.auth_pause_s)
        if status == 409:
            return Retry(item.id, reason, min(self.in_progress_cap_s, self._delay(item)))
        if is_permanent(status):
            return Dead(item.id, reason)
        return Retry(item.id, reason, self._delay(item))

    def _after_error(self, item: ClaimedItem, error: PlatformError) -> Outcome:
        if isinstance(error, RateLimited):
            return Release(item.id, error.retry_after_s)
        if isinstance(error, AuthRejected):
            return Release(item.id, self.auth_pause_s)
        if isinstance(error, ServerTrouble):
            return Retry(item.id, str(error), self._delay(item))
        # LinkDown and anything else the client may add: the item's fate is unknown, not its fault.
        return Release(item.id)

    def _delay(self, item: ClaimedItem) -> float:
        return self.backoff.delay(item.attempts + 1, self.rand)

    def decide_batch(self, batch: Sequence[ClaimedItem], answer: Sequence[ItemResult] | PlatformError) -> BatchDecision:
        """Outcomes for one send, plus what the loop must do before the next."""
        if not isinstance(answer, PlatformError):
            return BatchDecision([self.decide(i, r) for i, r in zip(batch, answer, strict=True)])
        outcomes = [self.decide(i, answer) for i in batch]
        if isinstance(answer, RateLimited):
            return BatchDecision(outcomes, pause_s=answer.retry_after_s, error=str(answer))
        if isinstance(answer, AuthRejected):
            return BatchDecision(outcomes, pause_s=self.auth_pause_s, error=str(answer))
        return BatchDecision(outcomes, link_down=isinstance(answer, LinkDown), error=str(answer))


def is_permanent(status: int) -> bool:
    """A 4xx other than 408/409/429 will not change by retrying the same request.

    409 means the platform is still working on the same key, 401/403 are this terminal's clock or
    key (a technician fixes them, the item itself is fine), so neither sends an item to dead.
    """
    return 400 <= status < 500 and status not in (401, 403, 408, 409, 429)
