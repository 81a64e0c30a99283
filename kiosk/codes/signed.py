"""Signed codes: personal service codes (个人服务码) and e-license codes (电子证照码).

Text form (fits a version-10-ish QR in byte mode)::

    HKSC1.<claims>.<signature>      service code
    HKEL1.<claims>.<signature>      e-license code

``<claims>`` is base64url (no padding) of compact UTF-8 JSON; ``<signature>`` is base64url of the
Ed25519 signature over the ASCII bytes ``<prefix>.<claims>``, so a claim set cannot be moved from
one kind to the other. Required claims: ``iss`` issuer, ``kid`` key id, ``cid`` code id, ``sub``
subject (document number), ``iat``/``exp`` Unix seconds. The rest depends on the kind (see
``docs/codes.md``).
"""

from __future__ import annotations

import base64
import binascii
import enum
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.codes.errors import BadSignature, CodeExpired, CodeRevoked, MalformedCode, UnknownIssuer
from kiosk.codes.trust import TrustList
from kiosk.domain.masking import mask_id_number

MAX_CODE_LENGTH = 2048  # a QR code holds less; anything longer is not ours
LAST_TIMESTAMP = 253_402_300_799  # 9999-12-31T23:59:59Z, the last instant datetime can hold


class CodeKind(enum.Enum):
    SERVICE = "HKSC1"
    ELICENSE = "HKEL1"


REQUIRED_CLAIMS: dict[str, type] = {"iss": str, "kid": str, "cid": str, "sub": str, "iat": int, "exp": int}


@dataclass(frozen=True)
class VerifiedClaims:
    kind: CodeKind
    claims: Mapping[str, Any]

    @property
    def code_id(self) -> str:
        return str(self.claims["cid"])

    @property
    def issuer(self) -> str:
        return str(self.claims["iss"])

    @property
    def expires(self) -> datetime:
        return datetime.fromtimestamp(int(self.claims["exp"]), UTC)


def _iso(ts: int) -> str:
    try:
        return datetime.fromtimestamp(ts, UTC).isoformat()
    except (OverflowError, OSError, ValueError):
        return f"unix {ts}"


def _b64encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _b64decode(text: str) -> bytes:
    if not text or any(c not in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_" for c in text):
        raise ValueError("not base64url")
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def sign_code(kind: CodeKind, claims: Mapping[str, Any], private_key: Ed25519PrivateKey) -> str:
    """The issuer's side (platform, sandbox, tests): claims → code text."""
    body = _b64encode(json.dumps(dict(claims), ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
    signed_part = f"{kind.value}.{body}"
    return f"{signed_part}.{_b64encode(private_key.sign(signed_part.encode('ascii')))}"


def is_signed_code(text: str) -> bool:
    return text.startswith(tuple(f"{k.value}." for k in CodeKind))


def parse_unverified(text: str) -> tuple[CodeKind, dict[str, Any], bytes, bytes]:
    """Split and decode without trusting anything: (kind, claims, signed bytes, signature)."""
    if len(text) > MAX_CODE_LENGTH:
        raise MalformedCode(f"signed code too long ({len(text)} chars)")
    parts = text.split(".")
    if len(parts) != 3:
        raise MalformedCode(f"signed code has {len(parts)} dot-separated parts, expected 3")
    prefix, body, sig = parts
    try:
        kind = CodeKind(prefix)
    except ValueError:
        raise MalformedCode("signed code has an unknown prefix") from None
    try:
        claims = json.loads(_b64decode(body).decode("utf-8"))
        signature = _b64decode(sig)
    except (ValueError, UnicodeDecodeError, binascii.Error, RecursionError):
        raise MalformedCode(f"{kind.value} code: claims or signature are not valid base64url JSON") from None
    if not isinstance(claims, dict):
        raise MalformedCode(f"{kind.value} code: claims are not a JSON object")
    for name, typ in REQUIRED_CLAIMS.items():
        value = claims.get(name)
        if not isinstance(value, typ) or isinstance(value, bool) or value == "":
            raise MalformedCode(f"{kind.value} code: claim {name!r} missing or not a {typ.__name__}")
    if not all(0 <= claims[t] <= LAST_TIMESTAMP for t in ("iat", "exp")):
        raise MalformedCode(f"{kind.value} code: 'iat'/'exp' outside years 1970-9999")
    return kind, claims, f"{prefix}.{body}".encode("ascii"), signature


def verify_code(text: str, trust: TrustList, now: datetime) -> VerifiedClaims:
    """Verify offline against ``trust``; raises a ``CodeError`` subclass saying what is wrong."""
    kind, claims, signed, signature = parse_unverified(text)
    who = f"{kind.value} code {claims['cid']!r} for {mask_id_number(str(claims['sub']))}"
    key = trust.keys.get(claims["kid"])
    if key is None:
        raise UnknownIssuer(f"{who}: kid {claims['kid']!r} is not in trust list v{trust.version}")
    if key.issuer != claims["iss"]:
        raise UnknownIssuer(f"{who}: kid {key.kid!r} belongs to {key.issuer!r}, not {claims['iss']!r}")
    try:
        key.public_key.verify(signature, signed)
    except InvalidSignature:
        raise BadSignature(f"{who}: Ed25519 signature does not verify with kid {key.kid!r}") from None
    if now.date() > key.not_after:
        raise UnknownIssuer(f"{who}: key {key.kid!r} expired on {key.not_after.isoformat()}")
    if claims["cid"] in trust.revoked:
        raise CodeRevoked(f"{who}: code id is revoked in trust list v{trust.version}")
    if now.timestamp() >= claims["exp"]:
        raise CodeExpired(f"{who}: expired at {_iso(claims['exp'])}")
    return VerifiedClaims(kind=kind, claims=claims)
