"""What the PIN pad is told after each try: attempts left, the lockout and its minutes, a fresh start."""

from __future__ import annotations

from pathlib import Path

from kiosk.clock import ManualClock
from kiosk.messages import Message, Tell
from kiosk.technician.pin import PinGate, PinResult
from tests.technician.conftest import PIN

WRONG = "000000"


def locked_message(minutes: int) -> Message:
    return Message(Tell.PIN_LOCKED, (minutes,))


def wrong_message(left: int) -> Message:
    return Message(Tell.PIN_WRONG, (left,))


def test_by_default_five_wrong_pins_lock_entry_for_fifteen_minutes(tmp_path: Path, pin_hash: str) -> None:
    gate = PinGate(pin_hash, tmp_path / "state.json", ManualClock())
    answers = [gate.try_pin(WRONG) for _ in range(5)]
    assert answers[:4] == [PinResult(False, wrong_message(n), n) for n in (4, 3, 2, 1)]
    assert answers[4] == PinResult(False, locked_message(15), 0, 900.0)
    assert gate.attempts_left() == 0


def test_while_locked_even_the_right_pin_is_refused_with_the_minutes_left(tmp_path: Path, pin_hash: str) -> None:
    clock = ManualClock()
    gate = PinGate(pin_hash, tmp_path / "state.json", clock, max_attempts=2, lockout_minutes=15)
    gate.try_pin(WRONG)
    gate.try_pin(WRONG)
    clock.advance(60)
    assert gate.try_pin(PIN) == PinResult(False, locked_message(14), 0, 840.0)
    assert gate.attempts_left() == 0


def test_the_right_pin_opens_and_gives_back_every_attempt(tmp_path: Path, pin_hash: str) -> None:
    gate = PinGate(pin_hash, tmp_path / "state.json", ManualClock(), max_attempts=5)
    gate.try_pin(WRONG)
    gate.try_pin(WRONG)
    assert gate.try_pin(PIN) == PinResult(True, None, 5)
    assert gate.attempts_left() == 5
    answers = [gate.try_pin(WRONG) for _ in range(5)]
    assert [a.attempts_left for a in answers] == [4, 3, 2, 1, 0] and answers[-1].locked_for_s == 900.0


def test_after_a_lockout_runs_out_the_next_wrong_pins_lock_again(tmp_path: Path, pin_hash: str) -> None:
    clock = ManualClock()
    gate = PinGate(pin_hash, tmp_path / "state.json", clock, max_attempts=2, lockout_minutes=15)
    gate.try_pin(WRONG)
    gate.try_pin(WRONG)
    clock.advance(901)
    assert gate.try_pin(WRONG) == PinResult(False, wrong_message(1), 1)
    assert gate.try_pin(WRONG) == PinResult(False, locked_message(15), 0, 900.0)


def test_a_terminal_without_a_pin_refuses_entry_and_says_how_to_set_one(tmp_path: Path) -> None:
    gate = PinGate("", tmp_path / "state.json", ManualClock())
    assert gate.try_pin(PIN) == PinResult(False, Message(Tell.PIN_NOT_SET))


def test_a_state_file_missing_a_field_counts_that_field_as_never_set(tmp_path: Path, pin_hash: str) -> None:
    state = tmp_path / "state.json"
    state.write_text('{"failures": 3}')
    assert PinGate(pin_hash, state, ManualClock()).try_pin(WRONG) == PinResult(False, wrong_message(1), 1)
    state.write_text('{"locked_until": 0.0}')
    assert PinGate(pin_hash, state, ManualClock()).attempts_left() == 5


def test_attempts_are_counted_even_when_the_data_folder_does_not_exist_yet(tmp_path: Path, pin_hash: str) -> None:
    state = tmp_path / "var" / "lib" / "hall-kiosk" / "technician_state.json"
    PinGate(pin_hash, state, ManualClock()).try_pin(WRONG)
    assert PinGate(pin_hash, state, ManualClock()).attempts_left() == 4
