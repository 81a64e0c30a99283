"""Signed codes at their edges: limits, the exact text the issuer made, and what the technician is told."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from kiosk.codes import CodeError, TrustList
from kiosk.codes.signed import LAST_TIMESTAMP, MAX_CODE_LENGTH, CodeKind, parse_unverified, sign_code, verify_code
from sandbox_platform import issuer

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
ID = "11010519491231002X"
TRUST = TrustList.from_json(issuer.trust_list(revoked=["revoked-1"]))
KEY = issuer.demo_private_key(issuer.SERVICE_KID)


def claims(**changes: Any) -> dict[str, Any]:
    base: dict[str, Any] = {"iss": issuer.SERVICE_ISSUER, "kid": issuer.SERVICE_KID, "cid": "c-1", "sub": ID,
                            "iat": int(NOW.timestamp()) - 60, "exp": int(NOW.timestamp()) + 240,
                            "name": "张三丰", "g": "1"}
    base.update(changes)
    return base


def signed(**changes: Any) -> str:
    return sign_code(CodeKind.SERVICE, claims(**changes), KEY)


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def trust_until(last_day: date) -> TrustList:
    data = issuer.trust_list()
    for key in data["keys"]:
        key["not_after"] = last_day.isoformat()
    return TrustList.from_json(data)


def tampered() -> str:
    prefix, body, sig = signed().split(".")
    return ".".join([prefix, b64(base64.urlsafe_b64decode(body + "==").replace(b"c-1", b"c-2")), sig])


# What `err.detail` (the technician's log line, see kiosk/codes/errors.py) says for each rejection.
REJECTIONS: list[tuple[str, Callable[[], str], TrustList, str]] = [
    ("too long", lambda: "HKSC1." + "A" * MAX_CODE_LENGTH, TRUST, "signed code too long (2054 chars)"),
    ("two parts", lambda: "HKSC1.abc", TRUST, "signed code has 2 dot-separated parts, expected 3"),
    ("unknown prefix", lambda: "HKZZ1.abc.def", TRUST, "signed code has an unknown prefix"),
    ("not base64", lambda: "HKSC1.!!!!.AAAA", TRUST, "claims or signature are not valid base64url JSON"),
    ("not an object", lambda: f"HKSC1.{b64(b'[1]')}.AAAA", TRUST, "claims are not a JSON object"),
    ("year 1969", lambda: signed(iat=-1), TRUST, "'iat'/'exp' outside years 1970-9999"),
    ("unknown kid", lambda: signed(kid="nobody-2026"), TRUST, "kid 'nobody-2026' is not in trust list v1"),
    ("issuer mismatch", lambda: signed(iss="别的机构"), TRUST, "belongs to"),
    ("tampered", tampered, TRUST, "Ed25519 signature does not verify"),
    ("key expired", lambda: signed(), trust_until(date(2026, 1, 1)), "expired on 2026-01-01"),
    ("revoked", lambda: signed(cid="revoked-1"), TRUST, "code id is revoked in trust list v1"),
    ("code expired", lambda: signed(exp=int(NOW.timestamp()) - 3600), TRUST, "expired at 2026-11-23T08:00:00+00:00"),
]


@pytest.mark.parametrize(("make", "trust", "why"), [r[1:] for r in REJECTIONS], ids=[r[0] for r in REJECTIONS])
def test_each_rejection_tells_the_technician_why(make: Callable[[], str], trust: TrustList, why: str) -> None:
    with pytest.raises(CodeError) as info:
        verify_code(make(), trust, NOW)
    assert why in info.value.detail


def test_a_code_of_exactly_the_longest_length_is_read_and_one_character_more_is_refused() -> None:
    pad = ""
    while len(text := signed(pad=pad)) < MAX_CODE_LENGTH:
        pad += "x"
    assert len(text) == MAX_CODE_LENGTH  # base64url reaches every length that is not 1 more than a multiple of 4
    assert verify_code(text, TRUST, NOW).code_id == "c-1"
    with pytest.raises(CodeError) as info:
        verify_code(text + "A", TRUST, NOW)
    assert "too long" in info.value.detail


def test_times_at_the_edges_of_the_years_1970_to_9999_are_in_range() -> None:
    _, read, _, _ = parse_unverified(signed(iat=0, exp=LAST_TIMESTAMP))
    assert (read["iat"], read["exp"]) == (0, LAST_TIMESTAMP)
    with pytest.raises(CodeError):
        parse_unverified(signed(exp=LAST_TIMESTAMP + 1))


@pytest.mark.parametrize("changes", [{"iat": True}, {"exp": False}, {"cid": ""}, {"sub": ""}],
                         ids=["iat-true", "exp-false", "empty-cid", "empty-sub"])
def test_a_required_claim_given_as_true_false_or_empty_text_is_refused(changes: dict[str, Any]) -> None:
    with pytest.raises(CodeError) as info:
        verify_code(signed(**changes), TRUST, NOW)
    assert "missing or not a" in info.value.detail


def test_only_the_exact_text_the_issuer_made_is_accepted_not_one_with_a_stray_character() -> None:
    prefix, body, sig = signed().split(".")
    # Python's lenient base64 decoder would drop stray characters: three or four of them even leave the
    # padding right, so the damaged text would verify.
    for stray in ("!", "=", " ", "+", "!!!", "    ", "*-*-"):
        with pytest.raises(CodeError):
            verify_code(".".join([prefix, body, sig[:10] + stray + sig[10:]]), TRUST, NOW)


def test_a_key_is_trusted_through_its_last_day_and_refused_the_day_after() -> None:
    assert verify_code(signed(), trust_until(NOW.date()), NOW).code_id == "c-1"
    with pytest.raises(CodeError):
        verify_code(signed(), trust_until(NOW.date() - timedelta(days=1)), NOW)


def test_a_code_is_refused_from_the_second_it_expires() -> None:
    exp = int(NOW.timestamp())
    assert verify_code(signed(exp=exp + 1), TRUST, NOW).code_id == "c-1"
    with pytest.raises(CodeError):
        verify_code(signed(exp=exp), TRUST, NOW)


def test_codes_of_every_padding_length_verify() -> None:
    # Claims of many lengths: the unpadded base64url text is 0, 1 or 2 characters short of a multiple of 4.
    for n in range(30):
        text = issuer.issue_service_code(ID, "张三丰", now=NOW, code_id=f"c{n:x}" * (1 + n % 3))
        assert verify_code(text, TRUST, NOW).claims["sub"] == ID


def test_the_claims_are_compact_utf8_json_as_docs_codes_md_says() -> None:
    body = signed().split(".")[1]
    text = base64.urlsafe_b64decode(body + "==").decode("utf-8")
    assert "张三丰" in text and ", " not in text and ": " not in text
    assert json.loads(text) == claims()
