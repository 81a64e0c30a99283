"""Technician PIN: scrypt hashes, attempt counting and a lockout that survives a restart.

The lockout is kept in a small JSON state file with wall-clock times, because a monotonic clock
restarts with the process and a restart must not hand out five fresh attempts.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import secrets
from dataclasses import dataclass
from pathlib import Path

from kiosk.atomic_file import write_atomic
from kiosk.messages import Message, Tell
from kiosk.ports import Clock

log = logging.getLogger(__name__)

# scrypt cost: about 50 ms on a small terminal CPU, so guessing offline is slow but entry is not.
_N, _R, _P = 2**14, 8, 1
_MIN_PIN_LEN = 6


class PinFormatError(ValueError):
    """The PIN itself is unacceptable (too short, not digits)."""


def check_pin_format(pin: str) -> None:
    if not pin.isdigit() or len(pin) < _MIN_PIN_LEN or len(pin) > 12:
        raise PinFormatError(f"PIN must be {_MIN_PIN_LEN} to 12 digits")


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    """``scrypt$<salt hex>$<hash hex>`` as stored in ``technician.pin_hash``."""
    check_pin_format(pin)
    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"scrypt${salt.hex()}${digest.hex()}"


def verify_pin(pin: str, stored: str) -> bool:
    parts = stored.split("$")
    if len(parts) != 3 or parts[0] != "scrypt":
        return False
    try:
        salt, expected = bytes.fromhex(parts[1]), bytes.fromhex(parts[2])
    except ValueError:
        return False
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=len(expected) or 32)
    return hmac.compare_digest(digest, expected)


@dataclass(frozen=True)
class PinResult:
    ok: bool
    message: Message | None  # shown on the PIN pad (words in the catalog); None when the PIN was right
    attempts_left: int = 0
    locked_for_s: float = 0.0


class PinGate:
    """Checks PINs, counts failures and locks entry for ``lockout_minutes`` after ``max_attempts``."""

    def __init__(
        self,
        pin_hash: str,
        state_file: Path,
        clock: Clock,
        *,
        max_attempts: int = 5,
        lockout_minutes: float = 15,
    ) -> None:
        self._pin_hash = pin_hash
        self._state_file = state_file
        self._clock = clock
        self._max = max_attempts
        self._lockout_s = lockout_minutes * 60
        self._failures, self._locked_until = self._load()

    @property
    def enabled(self) -> bool:
        return bool(self._pin_hash)

    def locked_for_s(self) -> float:
        return max(0.0, self._locked_until - self._clock.now().timestamp())

    def lock_notice(self) -> Message | None:
        """What the pad says while entry is locked, in the same whole minutes as the lockout itself."""
        locked = self.locked_for_s()
        return Message(Tell.PIN_LOCKED, (_minutes(locked),)) if locked > 0 else None

    def attempts_left(self) -> int:
        return max(0, self._max - self._failures)

    def try_pin(self, pin: str) -> PinResult:
        if not self.enabled:
            log.warning("technician entry refused: no PIN configured (technician.pin_hash is empty)")
            return PinResult(False, Message(Tell.PIN_NOT_SET))
        locked = self.locked_for_s()
        if locked > 0:
            log.warning("technician entry refused: locked for another %.0f s", locked)
            return PinResult(False, Message(Tell.PIN_LOCKED, (_minutes(locked),)), 0, locked)
        if self._locked_until:
            self._failures, self._locked_until = 0, 0.0  # the lockout ran out: a fresh set of attempts
        if verify_pin(pin, self._pin_hash):
            self._failures, self._locked_until = 0, 0.0
            self._save()
            log.info("technician entered maintenance mode")
            return PinResult(True, None, self._max)
        self._failures += 1
        if self._failures >= self._max:
            self._locked_until = self._clock.now().timestamp() + self._lockout_s
            self._save()
            minutes = self._lockout_s / 60
            log.warning("technician PIN wrong %d times: entry locked for %.0f min", self._failures, minutes)
            return PinResult(False, Message(Tell.PIN_LOCKED, (_minutes(self._lockout_s),)), 0, self._lockout_s)
        self._save()
        left = self.attempts_left()
        log.warning("technician PIN wrong (%d of %d attempts used)", self._failures, self._max)
        return PinResult(False, Message(Tell.PIN_WRONG, (left,)), left)

    def _load(self) -> tuple[int, float]:
        try:
            data = json.loads(self._state_file.read_text(encoding="utf-8"))
            return int(data.get("failures", 0)), float(data.get("locked_until", 0.0))
        except FileNotFoundError:
            return 0, 0.0
        except (ValueError, TypeError, AttributeError, OSError):
            # A damaged state file must not unlock the terminal: treat it as a fresh lockout.
            log.warning("technician state file %s unreadable: locking entry", self._state_file)
            return self._max, self._clock.now().timestamp() + self._lockout_s

    def _save(self) -> None:
        data = json.dumps({"failures": self._failures, "locked_until": self._locked_until})
        write_atomic(self._state_file, data.encode())  # 0600: attempts and lockout are the owner's only


def _minutes(seconds: float) -> int:
    return max(1, int(seconds // 60 + (1 if seconds % 60 else 0)))
