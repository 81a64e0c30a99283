"""The session machine's promises at their edges: the site's timeouts and preferences, one announcement
per change, the countdown's first and last value, and crash-log lines that name the impossible move."""

from __future__ import annotations

import pytest

from kiosk.clock import ManualClock
from kiosk.domain.identity import Identity
from kiosk.session.machine import InvalidTransition, SessionMachine, Timeouts
from kiosk.session.prefs import Preferences
from kiosk.session.states import Purpose, State


def in_warning(machine: SessionMachine, clock: ManualClock) -> list[State]:
    """Start a session, let it reach its warning, and return the list listeners' calls land in."""
    machine.start(Purpose.APPLY)
    clock.advance(machine.limit_s() - machine.timeouts.warning_s + 1)
    assert machine.warning_remaining_s() is not None
    heard: list[State] = []
    machine.subscribe(lambda m: heard.append(m.state))
    return heard


def test_a_machine_given_the_sites_timeouts_uses_them(clock: ManualClock) -> None:
    machine = SessionMachine(clock, Timeouts(default_s=30, warning_s=10))
    machine.start(Purpose.APPLY)
    clock.advance(30)
    machine.tick()
    assert machine.state is State.IDLE and machine.last_end_reason == "timeout"


def test_a_move_while_the_warning_shows_is_announced_once(
        machine: SessionMachine, clock: ManualClock, identity: Identity) -> None:
    heard = in_warning(machine, clock)
    machine.identified(identity)
    assert heard == [State.CHOOSE_SERVICE]


def test_a_preference_changed_while_the_warning_shows_is_announced_once(
        machine: SessionMachine, clock: ManualClock) -> None:
    heard = in_warning(machine, clock)
    machine.set_prefs(language="en_US")  # (长辈版 would double the limit and end the warning)
    assert heard == [State.IDENTIFY]


def test_a_session_ended_while_the_warning_shows_is_announced_once(
        machine: SessionMachine, clock: ManualClock) -> None:
    heard = in_warning(machine, clock)
    machine.end("left")
    assert heard == [State.IDLE]


def test_a_touch_while_the_warning_shows_is_announced_so_the_warning_hides(
        machine: SessionMachine, clock: ManualClock) -> None:
    heard = in_warning(machine, clock)
    machine.touch()
    assert heard == [State.IDENTIFY] and machine.warning_remaining_s() is None


def test_a_touch_without_a_warning_announces_nothing(machine: SessionMachine) -> None:
    machine.start(Purpose.APPLY)
    heard: list[State] = []
    machine.subscribe(lambda m: heard.append(m.state))
    machine.touch()
    assert heard == []


def test_the_countdown_starts_at_the_warning_time_and_never_shows_more_than_is_left(
        machine: SessionMachine, clock: ManualClock) -> None:
    machine.start(Purpose.APPLY)
    clock.advance(machine.limit_s() - machine.timeouts.warning_s)
    assert machine.warning_remaining_s() == machine.timeouts.warning_s
    clock.advance(machine.timeouts.warning_s - 0.5)
    assert machine.warning_remaining_s() == 0.5
    clock.advance(2)  # past the limit, before the next tick
    assert machine.warning_remaining_s() == 0.0


def test_the_next_citizen_starts_with_exactly_the_sites_preferences(clock: ManualClock) -> None:
    site = Preferences(language="en_US", elder_mode=True, speech_on=False, volume=0.3, language_offer="zh_CN")
    machine = SessionMachine(clock, defaults=site)
    assert machine.prefs == site
    machine.start(Purpose.APPLY)
    machine.set_prefs(language="zh_CN", elder_mode=False, speech_on=True, volume=1.0, language_offer=None)
    machine.end("left")
    assert machine.prefs == site and machine.prefs is not site


def test_an_impossible_move_names_where_from_and_where_to_for_the_crash_log(
        machine: SessionMachine, identity: Identity) -> None:
    with pytest.raises(InvalidTransition, match=r"^idle -> receipt$"):
        machine.go(State.RECEIPT)
    with pytest.raises(InvalidTransition, match=r"^no way back from idle$"):
        machine.back()
    machine.start(Purpose.APPLY)
    with pytest.raises(InvalidTransition, match=r"^start from identify$"):
        machine.start(Purpose.APPLY)
    machine.identified(identity)
    with pytest.raises(InvalidTransition, match=r"^identified in choose_service$"):
        machine.identified(identity)
    with pytest.raises(AttributeError, match=r"^font_size$"):
        machine.set_prefs(font_size=2)
