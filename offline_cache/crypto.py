"""Field encryption at rest: AES-256-GCM with a key kept in a 0600 file next to the data.

Every sealed value carries its own random nonce and is bound to a context string (the item's key,
the cache slot), so a ciphertext copied to another row does not decrypt.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from kiosk.atomic_file import write_atomic

_KEY_BYTES = 32
_NONCE_BYTES = 12
_VERSION = b"\x01"


class KeyFileError(Exception):
    """The key file exists but cannot be used; the message names the file and the problem."""


class DecryptError(Exception):
    """A sealed value did not authenticate (wrong key, tampered or moved row)."""


def load_or_create_key(path: str | Path) -> bytes:
    """Read a hex key from ``path``; create a fresh one with mode 0600 when the file is absent.

    A new key appears under its name only whole: it is written and synced under a temporary name,
    then hard-linked into place. Killed half-way (power loss at the first start), the terminal used
    to leave an empty key file behind, and every later start refused it.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        return _create_key(path)
    if not text:
        # Only an older terminal killed while creating it leaves an empty file; that key was never
        # handed out (it was returned only after its bytes were synced), so nothing was sealed with it.
        path.unlink(missing_ok=True)
        return _create_key(path)
    try:
        key = bytes.fromhex(text)
    except ValueError:
        raise KeyFileError(f"{path}: not a hex key") from None
    if len(key) != _KEY_BYTES:
        raise KeyFileError(f"{path}: key is {len(key)} bytes, expected {_KEY_BYTES}")
    if path.stat().st_mode & 0o077:
        os.chmod(path, 0o600)
    return key


def _create_key(path: Path) -> bytes:
    key = secrets.token_bytes(_KEY_BYTES)
    # link, not rename: two processes starting together must not each install their own key.
    if not write_atomic(path, (key.hex() + "\n").encode("ascii"), replace=False):
        return load_or_create_key(path)
    return key


class FieldCipher:
    def __init__(self, key: bytes) -> None:
        if len(key) != _KEY_BYTES:
            raise ValueError("key must be 32 bytes")
        self._aead = AESGCM(key)
        # A separate subkey for lookup tags, so a tag never reveals anything about the cipher key.
        self._tag_key = hashlib.sha256(b"hall-kiosk lookup tag\x00" + key).digest()

    @classmethod
    def from_key_file(cls, path: str | Path) -> FieldCipher:
        return cls(load_or_create_key(path))

    def seal(self, plaintext: bytes, context: str) -> bytes:
        nonce = secrets.token_bytes(_NONCE_BYTES)
        return _VERSION + nonce + self._aead.encrypt(nonce, plaintext, context.encode())

    def open(self, sealed: bytes, context: str) -> bytes:
        if sealed[:1] != _VERSION or len(sealed) < 1 + _NONCE_BYTES + 16:
            raise DecryptError("unknown sealed-value format")
        nonce = sealed[1 : 1 + _NONCE_BYTES]
        try:
            return self._aead.decrypt(nonce, sealed[1 + _NONCE_BYTES :], context.encode())
        except InvalidTag:
            raise DecryptError("sealed value did not authenticate") from None

    def lookup_tag(self, text: str) -> str:
        """A stable keyed digest to index personal values (document numbers) without storing them."""
        return hmac.new(self._tag_key, text.encode(), hashlib.sha256).hexdigest()
