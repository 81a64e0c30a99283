"""The delivery policy as a table: (item, what came back) -> delivered / retry / release / dead."""

from __future__ import annotations

import pytest

from kiosk.clock import ManualClock
from offline_cache.delivery import Backoff, DeliveryPolicy
from offline_cache.outbox import ClaimedItem, Dead, Delivered, Release, Retry
from offline_cache.platform_client import (
    AuthRejected,
    ItemResult,
    LinkDown,
    PlatformError,
    RateLimited,
    ServerTrouble,
)
from tests.outbox.kit import make_outbox, rating

# rand() = 1.0 makes the full-jitter delay its ceiling: base 2 s · 2^(attempts) for the next attempt.
POLICY = DeliveryPolicy(backoff=Backoff(base_s=2.0, cap_s=300.0), auth_pause_s=5.0, rand=lambda: 1.0)
ITEM = ClaimedItem(id=7, key="k", kind="application", group="g", seq=0, attempts=2, body=b"{}")


def result(status: int, **body: object) -> ItemResult:
    return ItemResult("k", status, body)


@pytest.mark.parametrize(
    ("answer", "outcome"),
    [
        (result(201, record_id="R1"), Delivered(7, "R1")),
        (result(200), Delivered(7, "")),
        (result(500, error="boom"), Retry(7, "platform answered 500 to application: boom", 8.0)),
        (result(503), Retry(7, "platform answered 503 to application: ", 8.0)),
        (result(408), Retry(7, "platform answered 408 to application: ", 8.0)),
        (result(409), Retry(7, "platform answered 409 to application: ", 2.0)),
        (result(400, error="bad"), Dead(7, "platform answered 400 to application: bad")),
        (result(404), Dead(7, "platform answered 404 to application: ")),
        (result(422, error="key_reused"), Dead(7, "platform answered 422 to application: key_reused")),
        (result(429), Release(7, 5.0)),
        (result(401), Release(7, 5.0)),
        (result(403), Release(7, 5.0)),
        (LinkDown("ConnectionError: refused"), Release(7)),
        (PlatformError("something new"), Release(7)),
        (RateLimited(30.0), Release(7, 30.0)),
        (AuthRejected("platform refused this terminal", status=401), Release(7, 5.0)),
        (ServerTrouble("platform answered 502 to POST /v1/batch", status=502),
         Retry(7, "platform answered 502 to POST /v1/batch", 8.0)),
    ],
    ids=lambda v: type(v).__name__ if not isinstance(v, ItemResult) else f"status-{v.status}",
)
def test_the_policy_maps_each_answer_to_one_outcome(answer, outcome):
    assert POLICY.decide(ITEM, answer) == outcome


def test_a_rate_limit_neither_counts_as_an_attempt_nor_grows_the_backoff(tmp_path):
    clock = ManualClock()
    outbox = make_outbox(tmp_path, clock=clock)
    outbox.submit([rating("T1")])
    for _ in range(5):
        (item,) = outbox.claim(1)
        decision = POLICY.decide_batch([item], RateLimited(10.0))
        assert decision.pause_s == 10.0
        outbox.settle(decision.outcomes)
        assert outbox.claim(1) == []  # held for the Retry-After
        clock.advance(10)
    (item,) = outbox.claim(1)
    assert item.attempts == 0
    assert POLICY.decide(item, result(500)) == Retry(item.id, "platform answered 500 to rating: ", 2.0)


def test_a_lost_link_releases_the_batch_and_asks_the_loop_to_probe():
    decision = POLICY.decide_batch([ITEM], LinkDown("timeout"))
    assert decision.outcomes == [Release(7)]
    assert decision.link_down
    assert decision.pause_s == 0.0


def test_platform_errors_share_one_root_and_carry_their_context():
    errors = [
        LinkDown("x", method="POST", path="/v1/batch"),
        RateLimited(3.0, method="POST", path="/v1/batch"),
        ServerTrouble("x", method="POST", path="/v1/batch", status=502),
        AuthRejected("x", method="POST", path="/v1/batch", status=401, error="bad_signature"),
    ]
    for error in errors:
        assert isinstance(error, PlatformError)
        assert (error.method, error.path) == ("POST", "/v1/batch")
    assert [e.status for e in errors] == [None, 429, 502, 401]
    assert errors[3].error == "bad_signature"
