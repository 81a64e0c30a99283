"""Checks a terminal's request signature, independently of the terminal's own signing code.

The platform verifies an Ed25519 signature over the method, the path with its query and every
header it acts on (``DECIDING_HEADERS``), each as ``name:value`` with absent ones empty. A header
outside that list changes nothing the platform does, so it need not be signed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

MAX_SKEW_S = 300.0
SCHEME = "hall-kiosk-ed25519-v2"
DECIDING_HEADERS = (
    "x-terminal-id",
    "x-key-id",
    "x-timestamp",
    "x-nonce",
    "x-content-sha256",
    "idempotency-key",
    "if-none-match",
    "content-type",
)


class AuthError(Exception):
    """``str()`` is the machine-readable reason the sandbox sends back."""


def _message(method: str, path: str, headers: Mapping[str, str]) -> bytes:
    lines = [SCHEME, method.upper(), path] + [f"{name}:{headers.get(name, '')}" for name in DECIDING_HEADERS]
    return "\n".join(lines).encode()


def verify(
    headers: Mapping[str, str],
    method: str,
    path: str,
    body: bytes,
    now_s: float,
    key_of: Callable[[str, str, float], bytes | None],
    remember_nonce: Callable[[str, str], bool],
) -> str:
    """Return the terminal id, or raise ``AuthError``.

    ``key_of(terminal, key_id, now)`` answers the public key, or None when the terminal or key is
    unknown or the key was retired (a rotation window that has closed).
    """
    headers = {k.lower(): v for k, v in headers.items()}
    terminal = headers.get("x-terminal-id", "")
    key_id = headers.get("x-key-id", "")
    if not terminal:
        raise AuthError("unknown_terminal")
    if not key_id:
        raise AuthError("missing_signature_headers")
    public = key_of(terminal, key_id, now_s)
    if public is None:
        raise AuthError("unknown_key")
    timestamp = headers.get("x-timestamp", "")
    nonce = headers.get("x-nonce", "")
    digest = headers.get("x-content-sha256", "")
    signature = headers.get("x-signature", "")
    if not (timestamp.isdigit() and nonce and digest and signature):
        raise AuthError("missing_signature_headers")
    if hashlib.sha256(body).hexdigest() != digest:
        raise AuthError("bad_digest")
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(bytes.fromhex(signature), _message(method, path, headers))
    except (InvalidSignature, ValueError):
        raise AuthError("bad_signature") from None
    if abs(now_s - int(timestamp)) > MAX_SKEW_S:
        raise AuthError("stale_timestamp")
    if not remember_nonce(terminal, nonce):
        raise AuthError("replayed")
    return terminal
