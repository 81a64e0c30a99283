"""The citizen session: every move, every timeout, and the wipe."""

from __future__ import annotations

import pytest

from kiosk.clock import ManualClock
from kiosk.domain.identity import Identity
from kiosk.session.machine import InvalidTransition, SessionMachine
from kiosk.session.states import TRANSITIONS, Purpose, State

APPLY_PATH = [
    State.CHOOSE_SERVICE,
    State.GUIDE,
    State.FORM,
    State.REVIEW,
    State.SUBMIT,
    State.RECEIPT,
    State.RATE,
]


def test_starts_idle_with_no_personal_data(machine: SessionMachine) -> None:
    assert machine.state is State.IDLE
    assert machine.data.is_empty()


def test_apply_path_walks_every_state_then_returns_to_idle(machine: SessionMachine, identity: Identity) -> None:
    machine.start(Purpose.APPLY)
    assert machine.state is State.IDENTIFY
    machine.identified(identity)
    assert machine.state is State.CHOOSE_SERVICE
    for target in APPLY_PATH[1:]:
        machine.go(target)
        assert machine.state is target
    machine.end("done")
    assert machine.state is State.IDLE


@pytest.mark.parametrize(
    ("purpose", "after"),
    [(Purpose.PROGRESS, State.QUERY_PROGRESS), (Purpose.PRINT, State.PRINT_CERTIFICATE)],
)
def test_identification_leads_to_the_chosen_purpose(
    machine: SessionMachine, identity: Identity, purpose: Purpose, after: State
) -> None:
    machine.start(purpose)
    machine.identified(identity)
    assert machine.state is after
    machine.go(State.RATE)
    assert machine.state is State.RATE


@pytest.mark.parametrize("source", list(State))
def test_every_move_not_in_the_table_is_refused(machine: SessionMachine, source: State) -> None:
    machine.state = source
    for target in State:
        if target is State.IDLE or target in TRANSITIONS[source]:
            continue
        with pytest.raises(InvalidTransition):
            machine.go(target)
        assert machine.state is source


@pytest.mark.parametrize("source", [s for s in State if s is not State.IDLE])
def test_leaving_is_allowed_from_every_state(machine: SessionMachine, source: State) -> None:
    machine.state = source
    machine.go(State.IDLE)
    assert machine.state is State.IDLE
    assert machine.last_end_reason == "left"


def test_back_follows_the_form_path(machine: SessionMachine, identity: Identity) -> None:
    machine.start(Purpose.APPLY)
    machine.identified(identity)
    for s in (State.GUIDE, State.FORM, State.REVIEW):
        machine.go(s)
    machine.back()
    assert machine.state is State.FORM
    machine.back()
    assert machine.state is State.GUIDE
    machine.back()
    assert machine.state is State.CHOOSE_SERVICE
    with pytest.raises(InvalidTransition):
        machine.back()


def test_card_cannot_identify_outside_the_identify_screen(machine: SessionMachine, identity: Identity) -> None:
    with pytest.raises(InvalidTransition):
        machine.identified(identity)


@pytest.mark.parametrize("state", [s for s in State if s is not State.IDLE])
def test_every_state_times_out_to_idle(machine: SessionMachine, clock: ManualClock, state: State) -> None:
    machine.state = state
    machine.touch()
    limit = machine.timeouts.for_state(state)
    clock.advance(limit - 1)
    machine.tick()
    assert machine.state is state
    clock.advance(1.5)
    machine.tick()
    assert machine.state is State.IDLE
    assert machine.last_end_reason == "timeout"


def test_warning_counts_down_before_the_timeout(machine: SessionMachine, clock: ManualClock) -> None:
    machine.start(Purpose.APPLY)
    clock.advance(60)
    assert machine.warning_remaining_s() is None
    clock.advance(15)
    assert machine.warning_remaining_s() == pytest.approx(15)
    clock.advance(5)
    assert machine.warning_remaining_s() == pytest.approx(10)


def test_touch_hides_the_warning_and_restarts_the_timer(machine: SessionMachine, clock: ManualClock) -> None:
    machine.start(Purpose.APPLY)
    clock.advance(80)
    assert machine.warning_remaining_s() is not None
    machine.touch()
    assert machine.warning_remaining_s() is None
    clock.advance(80)
    machine.tick()
    assert machine.state is State.IDENTIFY


def test_form_gets_more_time_than_other_screens(machine: SessionMachine) -> None:
    assert machine.timeouts.for_state(State.FORM) > machine.timeouts.for_state(State.CHOOSE_SERVICE)


def test_idle_never_times_out(machine: SessionMachine, clock: ManualClock) -> None:
    clock.advance(10_000)
    machine.tick()
    assert machine.state is State.IDLE
    assert machine.remaining_s() is None


def test_listeners_hear_every_state_change(machine: SessionMachine, identity: Identity) -> None:
    seen: list[State] = []
    machine.subscribe(lambda m: seen.append(m.state))
    machine.start(Purpose.APPLY)
    machine.identified(identity)
    machine.end("done")
    assert seen == [State.IDENTIFY, State.CHOOSE_SERVICE, State.IDLE]
