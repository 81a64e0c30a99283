"""Restarting the terminal between wrong PINs does not buy more guesses: every wrong attempt is on
disk before the answer is shown, not only the one that locks."""

from __future__ import annotations

from pathlib import Path

from kiosk.clock import ManualClock
from kiosk.technician.pin import PinGate
from tests.technician.conftest import PIN


def test_wrong_attempts_below_the_limit_are_counted_across_restarts(tmp_path: Path, pin_hash: str) -> None:
    clock, state = ManualClock(), tmp_path / "state.json"
    for _ in range(4):  # a restart after every wrong attempt
        PinGate(pin_hash, state, clock, max_attempts=5).try_pin("000000")
    assert PinGate(pin_hash, state, clock, max_attempts=5).attempts_left() == 1


def test_the_limit_reached_over_restarts_locks_even_the_right_pin(tmp_path: Path, pin_hash: str) -> None:
    clock, state = ManualClock(), tmp_path / "state.json"
    for _ in range(5):
        PinGate(pin_hash, state, clock, max_attempts=5, lockout_minutes=15).try_pin("000000")
    result = PinGate(pin_hash, state, clock, max_attempts=5, lockout_minutes=15).try_pin(PIN)
    assert not result.ok
    assert result.locked_for_s > 0
