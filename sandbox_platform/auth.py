"""Checks a terminal's request signature, independently of the terminal's own signing code."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable, Mapping

MAX_SKEW_S = 300.0


class AuthError(Exception):
    """``str()`` is the machine-readable reason the sandbox sends back."""


def verify(
    headers: Mapping[str, str],
    method: str,
    path: str,
    body: bytes,
    now_s: float,
    key_of: Callable[[str], bytes | None],
    remember_nonce: Callable[[str, str], bool],
) -> str:
    """Return the terminal id, or raise ``AuthError`` (unknown_terminal, bad_signature, stale, replayed)."""
    headers = {k.lower(): v for k, v in headers.items()}
    terminal = headers.get("x-terminal-id", "")
    key = key_of(terminal) if terminal else None
    if key is None:
        raise AuthError("unknown_terminal")
    timestamp = headers.get("x-timestamp", "")
    nonce = headers.get("x-nonce", "")
    digest = headers.get("x-content-sha256", "")
    signature = headers.get("x-signature", "")
    if not (timestamp.isdigit() and nonce and digest and signature):
        raise AuthError("missing_signature_headers")
    if hashlib.sha256(body).hexdigest() != digest:
        raise AuthError("bad_digest")
    message = f"{method.upper()}\n{path}\n{timestamp}\n{nonce}\n{digest}".encode()
    expected = hmac.new(key, message, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, signature):
        raise AuthError("bad_signature")
    if abs(now_s - int(timestamp)) > MAX_SKEW_S:
        raise AuthError("stale_timestamp")
    if not remember_nonce(terminal, nonce):
        raise AuthError("replayed")
    return terminal
