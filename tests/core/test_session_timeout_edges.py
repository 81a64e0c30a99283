"""The idle timer at its exact edges: the session ends at its limit, not a tick later, and the
warning is announced from the moment exactly the warning time is left. Written against mutants that
survived `./dev mutate`."""

from __future__ import annotations

from kiosk.clock import ManualClock
from kiosk.session.machine import SessionMachine
from kiosk.session.states import Purpose, State


def test_the_session_ends_when_exactly_its_limit_has_passed(machine: SessionMachine, clock: ManualClock) -> None:
    machine.start(Purpose.APPLY)
    clock.advance(machine.timeouts.for_state(State.IDENTIFY))
    machine.tick()
    assert machine.state is State.IDLE and machine.last_end_reason == "timeout"


def test_listeners_hear_the_warning_when_exactly_the_warning_time_is_left(
    machine: SessionMachine, clock: ManualClock
) -> None:
    machine.start(Purpose.APPLY)
    heard: list[State] = []
    machine.subscribe(lambda *_: heard.append(machine.state))
    clock.advance(machine.timeouts.for_state(State.IDENTIFY) - machine.timeouts.warning_s)
    machine.tick()
    assert heard == [State.IDENTIFY]
