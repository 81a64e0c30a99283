"""Configuration the platform publishes for this terminal or its site: fetched, verified, validated,
kept, and applied at the next moment no citizen is in a session.

A document is refused, and the last good one kept, when its signature does not verify against the
platform's configuration key (from enrolment, or pinned in ``[remote] public_key``), when it is
addressed to another terminal or site, when it is older than the one in use, or when the settings
fail the same validation as a local file (``build`` raises ``ConfigError``). The last good
document is stored as signed (``remote_config.json``, 0600) and verified again at start.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from offline_cache.enrolment import write_secret
from offline_cache.platform_client import PlatformClient, ServerTrouble

log = logging.getLogger(__name__)


class RemoteConfigRefused(Exception):
    """``reason``: bad_signature, malformed, not_for_this_terminal, older_version, invalid, no_key."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class RemoteDocument:
    version: int
    scope: str
    target: str
    settings: Mapping[str, Any]
    signed: Mapping[str, str]  # {"payload", "signature"} exactly as the platform sent them


def verify(signed: Any, public_key_hex: str, terminal_id: str, site: str) -> RemoteDocument:
    if not public_key_hex:
        raise RemoteConfigRefused("no_key", "the platform's configuration key is unknown (enrol, or remote.public_key)")
    if not isinstance(signed, Mapping) or not isinstance(signed.get("payload"), str):
        raise RemoteConfigRefused("malformed", "expected {payload, signature}")
    payload, signature = signed["payload"], str(signed.get("signature", ""))
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_key_hex)).verify(
            bytes.fromhex(signature), payload.encode()
        )
    except (InvalidSignature, ValueError):
        raise RemoteConfigRefused("bad_signature") from None
    try:
        body = json.loads(payload)
        version, scope, target, settings = int(body["version"]), body["scope"], body["target"], body["settings"]
    except (ValueError, KeyError, TypeError):
        raise RemoteConfigRefused("malformed", "payload lacks version, scope, target or settings") from None
    if not isinstance(settings, Mapping) or (scope, target) not in (("terminal", terminal_id), ("site", site)):
        raise RemoteConfigRefused("not_for_this_terminal", f"{scope} {target!r}")
    return RemoteDocument(version, str(scope), str(target), settings, {"payload": payload, "signature": signature})


class RemoteConfigAgent:
    """``refresh()`` is the periodic task; ``between_sessions()`` is hooked to the session wipe."""

    def __init__(
        self,
        *,
        client: PlatformClient,
        store: Path,
        public_key: Callable[[], str],
        terminal_id: str,
        site: Callable[[], str],
        build: Callable[[RemoteDocument], Any],
        apply: Callable[[Any, int], None],
        in_session: Callable[[], bool],
    ) -> None:
        self._client = client
        self._store = store
        self._public_key = public_key
        self._terminal_id = terminal_id
        self._site = site
        self._build = build
        self._apply = apply
        self._in_session = in_session
        self._lock = threading.Lock()
        self._etag = ""
        self._pending: tuple[Any, int] | None = None
        self.version = 0  # the version in use (0: local files only)
        self.last_refusal = ""

    def load_held(self) -> tuple[Any, int] | None:
        """The last good document, verified and built again (start-up); None if there is none or it fails."""
        try:
            signed = json.loads(self._store.read_text(encoding="utf-8"))
            document = verify(signed, self._public_key(), self._terminal_id, self._site())
            config = self._build(document)
        except FileNotFoundError:
            return None
        except Exception as exc:
            log.error("stored remote configuration %s not used: %s", self._store, exc)
            return None
        self.version = document.version
        return config, document.version

    def refresh(self) -> bool:
        try:
            answer = self._client.conditional_get("/v1/config", self._etag)
        except ServerTrouble as exc:
            if exc.status == 404:
                return True  # nothing published for this terminal or site
            raise
        if answer.status == 304:
            return True
        try:
            document = verify(answer.value, self._public_key(), self._terminal_id, self._site())
            if document.version < self.version:
                raise RemoteConfigRefused("older_version", f"v{document.version} < v{self.version} in use")
            if document.version == self.version:
                self._etag = answer.etag
                return True
            try:
                config = self._build(document)
            except Exception as exc:  # ConfigError, RemoteKeyRefused: the same one line as a local file
                raise RemoteConfigRefused("invalid", str(exc)) from None
        except RemoteConfigRefused as exc:
            self.last_refusal = str(exc)
            log.error("remote configuration refused, keeping v%d: %s", self.version, exc)
            return True  # the platform answered; retrying sooner would not change the document
        write_secret(self._store, json.dumps(dict(document.signed), ensure_ascii=False) + "\n")
        self._etag, self.last_refusal = answer.etag, ""
        self._offer(config, document.version)
        return True

    def _offer(self, config: Any, version: int) -> None:
        if self._in_session():
            with self._lock:
                self._pending = (config, version)
            log.info("remote configuration v%d verified; applied when the session ends", version)
            return
        self._use(config, version)

    def _use(self, config: Any, version: int) -> None:
        self._apply(config, version)
        self.version = version
        log.info("remote configuration v%d applied", version)

    def between_sessions(self) -> None:
        with self._lock:
            pending, self._pending = self._pending, None
        if pending is not None:
            self._use(*pending)

    @property
    def waiting(self) -> bool:
        with self._lock:
            return self._pending is not None
