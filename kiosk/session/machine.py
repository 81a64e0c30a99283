"""The citizen session as one state machine: states, moves, idle timeouts and the wipe."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from kiosk.domain.identity import Identity
from kiosk.ports import Clock
from kiosk.session.data import SessionData
from kiosk.session.prefs import Preferences
from kiosk.session.states import AFTER_IDENTIFY, BACK, TRANSITIONS, Purpose, State

log = logging.getLogger(__name__)


class InvalidTransition(Exception):
    pass


@dataclass(frozen=True)
class Timeouts:
    """Seconds of inactivity before the session ends, and how long the warning shows before that."""

    default_s: float = 90.0
    form_s: float = 180.0  # typing on a touch keyboard is slow, especially for elderly people
    receipt_s: float = 60.0
    warning_s: float = 20.0

    def for_state(self, state: State) -> float:
        if state in (State.FORM, State.REVIEW):
            return self.form_s
        if state in (State.RECEIPT, State.RATE):
            return self.receipt_s
        return self.default_s


Listener = Callable[["SessionMachine"], None]


class SessionMachine:
    def __init__(self, clock: Clock, timeouts: Timeouts | None = None, defaults: Preferences | None = None) -> None:
        self._clock = clock
        self.timeouts = timeouts or Timeouts()
        self.state = State.IDLE
        self.data = SessionData()
        self.default_prefs = defaults or Preferences()
        self.prefs = self.default_prefs.copy()
        self.last_end_reason = ""
        self._last_activity = clock.monotonic()
        self._listeners: list[Listener] = []
        self._wipe_hooks: list[Callable[[], None]] = []

    # --- observation ------------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def on_wipe(self, hook: Callable[[], None]) -> None:
        """Other holders of personal data (view models, temp files, camera frames) clear themselves here."""
        self._wipe_hooks.append(hook)

    def notify(self) -> None:
        """Tell observers that session data changed without a change of state."""
        self._changed()

    def _changed(self) -> None:
        for listener in list(self._listeners):
            listener(self)

    # --- moves ------------------------------------------------------------------------------

    def go(self, target: State) -> None:
        if target is State.IDLE:
            self.end("left")
            return
        if target not in TRANSITIONS[self.state]:
            raise InvalidTransition(f"{self.state.value} -> {target.value}")
        log.info("session %s -> %s", self.state.value, target.value)
        self.state = target
        self.touch(notify=False)
        self._changed()

    def start(self, purpose: Purpose) -> None:
        if self.state is not State.IDLE:
            raise InvalidTransition(f"start from {self.state.value}")
        self.data.purpose = purpose
        self.go(State.IDENTIFY)

    def identified(self, identity: Identity) -> None:
        if self.state is not State.IDENTIFY or self.data.purpose is None:
            raise InvalidTransition(f"identified in {self.state.value}")
        self.data.identity = identity
        self.go(AFTER_IDENTIFY[self.data.purpose])

    def back(self) -> None:
        target = BACK.get(self.state)
        if target is None:
            raise InvalidTransition(f"no way back from {self.state.value}")
        self.go(target)

    def end(self, reason: str) -> None:
        """Leave the session for any reason: wipe every personal value and return to idle."""
        was = self.state
        self.data.wipe()
        for hook in list(self._wipe_hooks):
            try:
                hook()
            except Exception:  # a failing hook must not keep personal data on screen
                log.exception("wipe hook failed")
        self.state = State.IDLE
        self.prefs = self.default_prefs.copy()  # the next citizen starts in the site's language and mode
        self.last_end_reason = reason
        self.touch(notify=False)
        if was is not State.IDLE:
            log.info("session ended (%s) from %s", reason, was.value)
        self._changed()

    # --- idle timer -------------------------------------------------------------------------

    def touch(self, notify: bool = True) -> None:
        """The citizen did something: restart the idle timer (and hide a warning)."""
        warned = self.warning_remaining_s() is not None
        self._last_activity = self._clock.monotonic()
        if notify and warned:
            self._changed()

    def idle_s(self) -> float:
        return self._clock.monotonic() - self._last_activity

    def limit_s(self) -> float:
        """Idle seconds allowed on this screen; 长辈版 doubles them (older citizens read and type slower)."""
        return self.timeouts.for_state(self.state) * (2 if self.prefs.elder_mode else 1)

    def remaining_s(self) -> float | None:
        if self.state is State.IDLE:
            return None
        return self.limit_s() - self.idle_s()

    def set_prefs(self, **changes: object) -> None:
        """The citizen switched language, 长辈版 or sound: a touch like any other, then a redraw."""
        for name, value in changes.items():
            if not hasattr(self.prefs, name):
                raise AttributeError(name)
            setattr(self.prefs, name, value)
        self.touch(notify=False)
        self._changed()

    def warning_remaining_s(self) -> float | None:
        """Seconds left while the countdown warning is showing, else None."""
        left = self.remaining_s()
        if left is None or left > self.timeouts.warning_s:
            return None
        return max(0.0, left)

    def tick(self) -> None:
        """Called about once a second; ends the session when its idle time ran out."""
        left = self.remaining_s()
        if left is None:
            return
        if left <= 0:
            self.end("timeout")
        elif left <= self.timeouts.warning_s:
            self._changed()
