"""The delivery policy at its edges: the borders of "delivered", whole-batch errors and what the
technician reads about them. Written against mutants that survived `./dev mutate`."""

from __future__ import annotations

import pytest

from offline_cache.delivery import Backoff, DeliveryPolicy
from offline_cache.outbox import ClaimedItem, Delivered, Release, Retry
from offline_cache.platform_client import AuthRejected, ItemResult, LinkDown, RateLimited

POLICY = DeliveryPolicy(backoff=Backoff(base_s=2.0, cap_s=300.0), auth_pause_s=5.0, rand=lambda: 1.0)
BATCH = [ClaimedItem(id=i, key=f"k{i}", kind="rating", group="", seq=0, attempts=0, body=b"{}") for i in (1, 2)]


@pytest.mark.parametrize("status", [300, 301, 304])
def test_a_3xx_answer_is_not_a_delivery(status: int) -> None:
    outcome = POLICY.decide(BATCH[0], ItemResult("k1", status, {}))
    assert isinstance(outcome, Retry)


def test_the_last_2xx_is_still_a_delivery() -> None:
    assert POLICY.decide(BATCH[0], ItemResult("k1", 299, {})) == Delivered(1, "")


def test_a_batch_answer_with_fewer_results_than_items_is_a_programming_error_not_a_partial_delivery() -> None:
    with pytest.raises(ValueError):
        POLICY.decide_batch(BATCH, [ItemResult("k1", 201, {})])


def test_a_rate_limited_batch_tells_the_technician_why_it_waits() -> None:
    decision = POLICY.decide_batch(BATCH, RateLimited(30.0))
    assert decision.outcomes == [Release(1, 30.0), Release(2, 30.0)]
    assert decision.error == str(RateLimited(30.0)) and "429" in decision.error


def test_a_refused_terminal_key_holds_the_batch_for_the_auth_pause_and_says_so() -> None:
    refusal = AuthRejected("platform refused this terminal (401 bad signature); check terminal id and key file")
    decision = POLICY.decide_batch(BATCH, refusal)
    assert decision.outcomes == [Release(1, 5.0), Release(2, 5.0)]
    assert decision.pause_s == 5.0
    assert decision.error == str(refusal)
    assert not decision.link_down


def test_a_lost_link_names_the_failure_for_the_technician() -> None:
    decision = POLICY.decide_batch(BATCH, LinkDown("ConnectionError: refused"))
    assert decision.error == "ConnectionError: refused"


def test_the_backoff_reaches_its_cap_and_stays_there_for_any_number_of_attempts() -> None:
    backoff = Backoff(base_s=2.0, cap_s=300.0)
    assert [backoff.delay(n, lambda: 1.0) for n in (1, 2, 9, 10, 31, 1000)] == [2.0, 4.0, 300.0, 300.0, 300.0, 300.0]
