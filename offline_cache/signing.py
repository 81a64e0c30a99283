"""How the terminal signs a request: HMAC-SHA256 over method, path, timestamp, nonce and body digest.

The platform rejects bad signatures, timestamps more than five minutes off its clock, and a
(terminal, nonce) pair it has already seen, so a captured request cannot be replayed.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

TERMINAL_HEADER = "X-Terminal-Id"
TIMESTAMP_HEADER = "X-Timestamp"
NONCE_HEADER = "X-Nonce"
DIGEST_HEADER = "X-Content-SHA256"
SIGNATURE_HEADER = "X-Signature"


def body_digest(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def canonical(method: str, path: str, timestamp: str, nonce: str, digest: str) -> bytes:
    return f"{method.upper()}\n{path}\n{timestamp}\n{nonce}\n{digest}".encode()


def sign_headers(key: bytes, terminal_id: str, method: str, path: str, body: bytes, now_s: float) -> dict[str, str]:
    timestamp = str(int(now_s))
    nonce = secrets.token_hex(16)
    digest = body_digest(body)
    signature = hmac.new(key, canonical(method, path, timestamp, nonce, digest), hashlib.sha256).hexdigest()
    return {
        TERMINAL_HEADER: terminal_id,
        TIMESTAMP_HEADER: timestamp,
        NONCE_HEADER: nonce,
        DIGEST_HEADER: digest,
        SIGNATURE_HEADER: signature,
    }
