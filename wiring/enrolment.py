"""Enrolment and key rotation as the technician screen uses them: status, enrol with a code, rotate.

Blocking (network, fsync); the view model runs them through its task runner. Results are reason
codes (``offline_cache.enrolment.EnrolmentFailed.reason`` plus ``ok``/``not_enrolled``), never
sentences: the screen has the words.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from kiosk.config.models import KioskConfig
from offline_cache.enrolment import EnrolmentFailed, enrol, read_enrolment, rotate

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class EnrolmentStatus:
    enrolled: bool
    terminal_id: str = ""
    site: str = ""
    key_id: str = ""
    since: str = ""  # when enrolled or last rotated, local time, minutes
    how: str = ""  # "code" or "installed"


class EnrolmentDesk:
    def __init__(self, config: KioskConfig, client: Any | None) -> None:
        self._config = config
        self._client = client  # the running PlatformClient: it signs with the new key at once

    @property
    def key_file(self) -> Path:
        return Path(self._config.platform.key_file)

    def status(self) -> EnrolmentStatus:
        record = read_enrolment(self.key_file)
        if record is None:
            return EnrolmentStatus(False)
        at = record.rotated_at or record.enrolled_at
        return EnrolmentStatus(
            True,
            record.terminal_id or self._config.terminal.id,
            record.site,
            record.key_id,
            datetime.fromtimestamp(at).strftime("%Y-%m-%d %H:%M"),
            record.how,
        )

    def enrol(self, code: str) -> str:
        """"ok" or a reason code."""
        try:
            enrolment, key = enrol(
                str(self._config.platform.url), code, self.key_file, ca_bundle=self._config.platform.ca_bundle
            )
        except EnrolmentFailed as exc:
            log.warning("enrolment refused: %s", exc)
            return exc.reason
        except OSError as exc:
            log.error("enrolment: key file %s not written: %s", self.key_file, exc)
            return "not_written"
        if self._client is not None:
            self._client.use_key(key, enrolment.terminal_id)
        log.info("terminal enrolled as %s (key %s)", enrolment.terminal_id, enrolment.key_id)
        return "ok"

    def follow_commands(self) -> bool:
        """Ask the platform for commands (``GET /v1/commands``) and carry them out: today, rotate the key.
        Runs on the remote-configuration schedule; False when the platform could not be asked."""
        if self._client is None or not getattr(self._client, "enrolled", False):
            return True
        try:
            commands = self._client.conditional_get("/v1/commands").value or {}
        except Exception as exc:
            log.info("platform commands not fetched: %s", exc)
            return False
        if commands.get("rotate_key"):
            outcome = self.rotate()
            log.info("platform asked for a key rotation: %s", outcome)
            return outcome == "ok"
        return True

    def rotate(self) -> str:
        if self._client is None or not getattr(self._client, "enrolled", False):
            return "not_enrolled"
        try:
            enrolment, key = rotate(self.key_file, self._client.register_key)
        except EnrolmentFailed as exc:
            return exc.reason
        except Exception as exc:  # link down, refused: the old key stays in use
            log.warning("key rotation failed: %s", exc)
            return "unreachable"
        self._client.use_key(key)
        log.info("terminal key rotated to %s", enrolment.key_id)
        return "ok"
