"""呼叫工作人员: a citizen asks for a person, from any screen, and sees what became of the call.

A call goes to the platform through the outbox like everything else (so it survives a dead link and
is delivered exactly once), and carries only the terminal, its site and the screen the citizen is
on: never who they are. Staff acknowledge it on the platform; the terminal asks the platform for the
call's state while it is open and shows "on the way". The citizen may cancel; leaving the session
cancels an open call too (nobody is waiting any more).
"""

from __future__ import annotations

import enum
import logging
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from kiosk.ports import Clock, OutboundItem, Outbox, StorageFull

log = logging.getLogger(__name__)


class HelpState(enum.StrEnum):
    NONE = ""
    CALLING = "calling"  # stored, being sent or sent, not yet acknowledged
    QUEUED = "queued"  # stored, but the platform is unreachable: said plainly on screen
    ACKNOWLEDGED = "acknowledged"
    CANCELLED = "cancelled"
    FAILED = "failed"  # could not even be stored (disk full): the screen says to go to a counter


@dataclass(frozen=True)
class HelpCall:
    request_id: str
    screen: str
    raised_at: datetime


class HelpDesk:
    def __init__(
        self,
        *,
        terminal_id: str,
        site_name: str,
        clock: Clock,
        outbox: Outbox,
        new_id: Callable[[], str] = lambda: uuid.uuid4().hex,
    ) -> None:
        self._terminal_id = terminal_id
        self._site_name = site_name
        self._clock = clock
        self._outbox = outbox
        self._new_id = new_id
        self.call: HelpCall | None = None
        self.acknowledged_at: str = ""
        self._state = HelpState.NONE

    def state(self, platform_reachable: bool) -> HelpState:
        if self._state is HelpState.CALLING and not platform_reachable:
            return HelpState.QUEUED
        return self._state

    def raise_call(self, screen: str) -> HelpState:
        if self.call is not None and self._state in (HelpState.CALLING, HelpState.ACKNOWLEDGED):
            return self._state  # one open call at a time: a second tap changes nothing
        call = HelpCall(self._new_id(), screen, self._clock.now())
        item = OutboundItem(
            key=f"help-{call.request_id}",
            kind="help_request",
            payload={
                "request_id": call.request_id,
                "terminal_id": self._terminal_id,
                "site": self._site_name,
                "screen": screen,
                "raised_at": call.raised_at.isoformat(),
            },
            personal=False,
        )
        try:
            self._outbox.submit([item])
        except (StorageFull, OSError):
            log.exception("help request could not be stored")
            self._state = HelpState.FAILED
            return self._state
        log.info("help requested from screen %s (request %s)", screen, call.request_id)
        self.call = call
        self.acknowledged_at = ""
        self._state = HelpState.CALLING
        return self._state

    def cancel(self, reason: str = "citizen") -> None:
        call = self.call
        if call is not None and self._state in (HelpState.CALLING, HelpState.ACKNOWLEDGED):
            item = OutboundItem(
                key=f"help-cancel-{call.request_id}",
                kind="help_cancel",
                payload={"request_id": call.request_id, "terminal_id": self._terminal_id, "reason": reason,
                         "cancelled_at": self._clock.now().isoformat()},
                personal=False,
            )
            try:
                self._outbox.submit([item])
            except (StorageFull, OSError):
                log.exception("help cancellation could not be stored")
            log.info("help request %s cancelled (%s)", call.request_id, reason)
        self.call = None
        self.acknowledged_at = ""
        self._state = HelpState.NONE

    def note_platform_state(self, request_id: str, answer: Mapping[str, Any]) -> bool:
        """The platform's view of a call (``GET /v1/help-requests/{id}``); True when it changed ours."""
        if self.call is None or request_id != self.call.request_id or self._state is not HelpState.CALLING:
            return False
        if answer.get("state") == "acknowledged":
            self._state = HelpState.ACKNOWLEDGED
            self.acknowledged_at = str(answer.get("acknowledged_at", ""))
            log.info("help request %s acknowledged", request_id)
            return True
        return False

    @property
    def open(self) -> bool:
        return self.call is not None and self._state in (HelpState.CALLING, HelpState.ACKNOWLEDGED)
