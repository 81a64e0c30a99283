"""How the terminal signs a request: Ed25519 over everything the platform decides on.

The signed text is the method, the path with its query, and every header the platform acts on
(``SIGNED_HEADERS``: who is asking with which key, when, the nonce, the body digest, the
idempotency key, the conditional-request tag and the content type), each written as ``name:value``
and empty when absent, so neither adding, removing nor swapping any of them goes unnoticed. An
intercepted request with a swapped ``Idempotency-Key`` no longer verifies.

The terminal holds only its private key (a 32-byte Ed25519 seed, hex, mode 0600); the platform
holds the public key under a key id, so one terminal can hold two keys during a rotation.
The platform also rejects timestamps more than five minutes off its clock and a (terminal, nonce)
pair it has already seen, so a captured request cannot be replayed.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Mapping

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

SCHEME = "hall-kiosk-ed25519-v2"
TERMINAL_HEADER = "X-Terminal-Id"
KEY_ID_HEADER = "X-Key-Id"
TIMESTAMP_HEADER = "X-Timestamp"
NONCE_HEADER = "X-Nonce"
DIGEST_HEADER = "X-Content-SHA256"
SIGNATURE_HEADER = "X-Signature"
IDEMPOTENCY_HEADER = "Idempotency-Key"
# Every header the platform reads to decide anything, in signing order. docs/platform-api.yaml
# lists the same; a header added to the platform's decisions must be added here first.
SIGNED_HEADERS = (
    TERMINAL_HEADER,
    KEY_ID_HEADER,
    TIMESTAMP_HEADER,
    NONCE_HEADER,
    DIGEST_HEADER,
    IDEMPOTENCY_HEADER,
    "If-None-Match",
    "Content-Type",
)


class TerminalKey:
    """A terminal's private signing key; ``key_id`` names its public half on the platform."""

    def __init__(self, seed: bytes) -> None:
        if len(seed) != 32:
            raise ValueError("an Ed25519 seed is 32 bytes")
        self._private = Ed25519PrivateKey.from_private_bytes(seed)
        self.public_bytes = self._private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        self.key_id = key_id_of(self.public_bytes)

    @classmethod
    def generate(cls) -> tuple[TerminalKey, bytes]:
        """A fresh key and its seed (to be written to the 0600 key file)."""
        seed = secrets.token_bytes(32)
        return cls(seed), seed

    def sign(self, message: bytes) -> bytes:
        return self._private.sign(message)


def key_id_of(public_key: bytes) -> str:
    """A short stable name for a public key: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(public_key).hexdigest()[:16]


def body_digest(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def canonical(method: str, path: str, headers: Mapping[str, str]) -> bytes:
    """The exact bytes signed: scheme, method, path?query, then each signed header (empty when absent)."""
    lower = {k.lower(): v for k, v in headers.items()}
    lines = [SCHEME, method.upper(), path]
    lines += [f"{name.lower()}:{lower.get(name.lower(), '')}" for name in SIGNED_HEADERS]
    return "\n".join(lines).encode()


def sign_headers(
    key: TerminalKey,
    terminal_id: str,
    method: str,
    path: str,
    body: bytes,
    now_s: float,
    headers: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """``headers`` (idempotency key, If-None-Match, content type) plus the signature headers over all of them."""
    out = dict(headers or {})
    out.update(
        {
            TERMINAL_HEADER: terminal_id,
            KEY_ID_HEADER: key.key_id,
            TIMESTAMP_HEADER: str(int(now_s)),
            NONCE_HEADER: secrets.token_hex(16),
            DIGEST_HEADER: body_digest(body),
        }
    )
    out[SIGNATURE_HEADER] = key.sign(canonical(method, path, out)).hex()
    return out
