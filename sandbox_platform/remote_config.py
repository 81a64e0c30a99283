"""Configuration documents the platform publishes per terminal or per site, signed with its own key.

A document is the exact JSON text the platform signed (``payload``) and its Ed25519 ``signature``:
``{"version", "issued_at", "scope": "terminal"|"site", "target", "settings": {section: {key: value}}}``.
A terminal's own document wins over its site's. The public half of the signing key reaches a
terminal in the enrolment answer (``config_public_key``).
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Mapping
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat


class ConfigPublisher:
    def __init__(self) -> None:
        self._key = Ed25519PrivateKey.generate()
        self.public_key = self._key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        self._lock = threading.Lock()
        self._version = 0
        self._documents: dict[tuple[str, str], dict[str, Any]] = {}

    def publish(self, scope: str, target: str, settings: Mapping[str, Any]) -> int:
        if scope not in ("terminal", "site"):
            raise ValueError("scope is 'terminal' or 'site'")
        with self._lock:
            self._version += 1
            payload = json.dumps(
                {
                    "version": self._version,
                    "issued_at": time.time(),
                    "scope": scope,
                    "target": target,
                    "settings": dict(settings),
                },
                ensure_ascii=False,
                sort_keys=True,
                separators=(",", ":"),
            )
            self._documents[(scope, target)] = {
                "payload": payload,
                "signature": self._key.sign(payload.encode()).hex(),
            }
            return self._version

    def document_for(self, terminal: str, site: str) -> dict[str, Any] | None:
        with self._lock:
            found = self._documents.get(("terminal", terminal)) or self._documents.get(("site", site))
            return dict(found) if found else None
