"""DEMO ONLY: the platform's code issuer for the sandbox, demos and tests.

The private keys below are derived from fixed, published seeds so every run issues the same keys.
Anyone can forge codes with them: a production trust list must never contain these key ids.
"""

from __future__ import annotations

import base64
import hashlib
import uuid
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime, timedelta
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from kiosk.codes.signed import CodeKind, sign_code

SERVICE_ISSUER = "DEMO-一网通办-个人服务码"
SERVICE_KID = "demo-svc-2026"
ELICENSE_ISSUER = "DEMO-电子证照库"
ELICENSE_KID = "demo-elic-2026"
KEYS_NOT_AFTER = date(2099, 12, 31)
TRUST_LIST_VERSION = 1


def demo_private_key(kid: str) -> Ed25519PrivateKey:
    """DEMO ONLY: a deterministic key per kid."""
    seed = hashlib.sha256(f"hall-kiosk DEMO ONLY issuer seed / {kid}".encode()).digest()
    return Ed25519PrivateKey.from_private_bytes(seed)


def public_key_b64(kid: str) -> str:
    raw = demo_private_key(kid).public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def trust_list(revoked: Iterable[str] = (), version: int = TRUST_LIST_VERSION) -> dict[str, Any]:
    """The JSON the platform serves at GET /v1/trust-list."""
    keys = [(SERVICE_KID, SERVICE_ISSUER), (ELICENSE_KID, ELICENSE_ISSUER)]
    return {
        "version": version,
        "keys": [
            {
                "kid": kid,
                "issuer": issuer,
                "alg": "Ed25519",
                "public_key": public_key_b64(kid),
                "not_after": KEYS_NOT_AFTER.isoformat(),
            }
            for kid, issuer in keys
        ],
        "revoked": sorted(revoked),
    }


def _times(now: datetime | None, ttl: timedelta) -> tuple[int, int]:
    issued = now or datetime.now(UTC)
    return int(issued.timestamp()), int((issued + ttl).timestamp())


def issue_service_code(
    document_number: str,
    name: str,
    *,
    gender: str = "0",
    birth_date: date | None = None,
    now: datetime | None = None,
    ttl: timedelta = timedelta(minutes=5),
    code_id: str | None = None,
    issuer: str = SERVICE_ISSUER,
    kid: str = SERVICE_KID,
) -> str:
    """A 个人服务码 for the person; ``issuer``/``kid`` are overridable so tests can forge bad ones."""
    iat, exp = _times(now, ttl)
    claims: dict[str, Any] = {
        "iss": issuer,
        "kid": kid,
        "cid": code_id or uuid.uuid4().hex[:16],
        "sub": document_number,
        "iat": iat,
        "exp": exp,
        "name": name,
        "g": gender,
    }
    if birth_date is not None:
        claims["bd"] = birth_date.isoformat()
    return sign_code(CodeKind.SERVICE, claims, demo_private_key(kid))


def issue_elicense_code(
    document_number: str,
    holder: str,
    *,
    license_type: str = "household_register",
    license_name: str = "居民户口簿",
    license_number: str = "",
    license_issuer: str = "DEMO 公安局",
    license_name_en: str = "",
    license_issuer_en: str = "",
    valid_to: str = "",
    fields: Mapping[str, str] | None = None,
    now: datetime | None = None,
    ttl: timedelta = timedelta(minutes=30),
    code_id: str | None = None,
    issuer: str = ELICENSE_ISSUER,
    kid: str = ELICENSE_KID,
) -> str:
    """A 电子证照码 presenting one license of the holder."""
    iat, exp = _times(now, ttl)
    cid = code_id or uuid.uuid4().hex[:16]
    claims: dict[str, Any] = {
        "iss": issuer,
        "kid": kid,
        "cid": cid,
        "sub": document_number,
        "iat": iat,
        "exp": exp,
        "lt": license_type,
        "ln": license_name,
        "no": license_number or f"EL{cid.upper()}",
        "h": holder,
        "lis": license_issuer,
        **({"ln_en": license_name_en} if license_name_en else {}),
        **({"lis_en": license_issuer_en} if license_issuer_en else {}),
        "vt": valid_to,
        "f": dict(fields or {}),
    }
    return sign_code(CodeKind.ELICENSE, claims, demo_private_key(kid))
