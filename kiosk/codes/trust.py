"""The trust list: which issuers' public keys the terminal accepts, and which codes are revoked.

JSON shape served by the platform at ``GET /v1/trust-list`` (and cached by the terminal)::

    {"version": 3,
     "keys": [{"kid": "...", "issuer": "...", "alg": "Ed25519",
               "public_key": "<base64 of the raw 32 bytes>", "not_after": "2027-12-31"}],
     "revoked": ["<code id>", ...]}
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from kiosk.codes.errors import TrustListError


@dataclass(frozen=True)
class TrustedKey:
    kid: str
    issuer: str
    public_key: Ed25519PublicKey = field(compare=False)
    not_after: date


@dataclass(frozen=True)
class TrustList:
    version: int
    keys: Mapping[str, TrustedKey]
    revoked: frozenset[str]

    @classmethod
    def empty(cls) -> TrustList:
        return cls(version=0, keys={}, revoked=frozenset())

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> TrustList:
        """Parse the platform's JSON; anything off-shape raises ``TrustListError`` naming the field."""
        if not isinstance(data, Mapping):
            raise TrustListError("trust list is not a JSON object")
        version = data.get("version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 0:
            raise TrustListError(f"trust list 'version' must be a non-negative integer, got {version!r}")
        raw_keys = data.get("keys")
        if not isinstance(raw_keys, list):
            raise TrustListError("trust list 'keys' must be a list")
        keys: dict[str, TrustedKey] = {}
        for i, raw in enumerate(raw_keys):
            key = _parse_key(i, raw)
            if key.kid in keys:
                raise TrustListError(f"trust list key #{i}: duplicate kid {key.kid!r}")
            keys[key.kid] = key
        revoked = data.get("revoked", [])
        if not isinstance(revoked, list) or not all(isinstance(r, str) for r in revoked):
            raise TrustListError("trust list 'revoked' must be a list of code ids")
        return cls(version=version, keys=keys, revoked=frozenset(revoked))


def _parse_key(i: int, raw: Any) -> TrustedKey:
    if not isinstance(raw, Mapping):
        raise TrustListError(f"trust list key #{i} is not an object")
    kid, issuer, alg = raw.get("kid"), raw.get("issuer"), raw.get("alg")
    if not isinstance(kid, str) or not kid or not isinstance(issuer, str) or not issuer:
        raise TrustListError(f"trust list key #{i}: 'kid' and 'issuer' must be non-empty strings")
    if alg != "Ed25519":
        raise TrustListError(f"trust list key {kid!r}: unsupported alg {alg!r} (only Ed25519)")
    try:
        raw_key = base64.b64decode(str(raw.get("public_key", "")), validate=True)
        public_key = Ed25519PublicKey.from_public_bytes(raw_key)
    except (binascii.Error, ValueError) as exc:
        raise TrustListError(f"trust list key {kid!r}: 'public_key' is not base64 of 32 raw bytes") from exc
    try:
        not_after = date.fromisoformat(str(raw.get("not_after", "")))
    except ValueError as exc:
        raise TrustListError(f"trust list key {kid!r}: 'not_after' is not an ISO date") from exc
    return TrustedKey(kid=kid, issuer=issuer, public_key=public_key, not_after=not_after)
