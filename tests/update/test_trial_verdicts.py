"""The health verdict on a switched version: home screen, its own device self-tests and the doctor,
all from this start of this version, before the deadline; anything less rolls back at the deadline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wiring.update.agent import HOME_MARKER, IDLE_MARKER, SELF_TEST_MARKER, Agent
from wiring.update.slots import Slots


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def agent(tmp_path: Path, clock: Clock) -> Agent:
    """Slot a good and running, version 2.0 staged in b, the terminal stopped for it at idle: switched."""
    slots = Slots(tmp_path / "opt")
    for name in ("a", "b"):
        (slots.slot(name)).mkdir(parents=True)
    slots.point("current", "a")
    slots.point("known-good", "a")
    slots.write_state({"staged": {"slot": "b", "version": "2.0"}})
    agent = Agent(slots, tmp_path / "var", deadline_s=60, clock=clock)
    _write(agent, IDLE_MARKER, {"version": "2.0"})
    assert agent.switch_if_staged()
    return agent


def _write(agent: Agent, marker: Path, value: dict[str, object]) -> None:
    path = agent.state_dir / marker
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(value))


def _healthy_start(agent: Agent, at: float, devices_ok: bool = True) -> None:
    _write(agent, HOME_MARKER, {"version": "2.0", "at": at})
    _write(agent, SELF_TEST_MARKER, {"version": "2.0", "at": at, "results": [{"device": "idcard", "ok": devices_ok}]})


def test_home_screen_device_self_tests_and_doctor_passing_commit_the_new_version(agent: Agent, clock: Clock) -> None:
    _healthy_start(agent, clock.now + 5)
    assert agent.check_trial(lambda: True) == "committed"
    assert (agent.slots.target("current"), agent.slots.target("known-good")) == ("b", "b")


def test_a_failing_device_self_test_rolls_back_at_the_deadline(agent: Agent, clock: Clock) -> None:
    _healthy_start(agent, clock.now + 5, devices_ok=False)
    clock.now += 59
    assert agent.check_trial(lambda: True) is None  # still within its time
    clock.now += 2
    assert agent.check_trial(lambda: True) == "rolled back"
    assert (agent.slots.target("current"), agent.slots.target("known-good")) == ("a", "a")


def test_a_failing_doctor_rolls_back_at_the_deadline(agent: Agent, clock: Clock) -> None:
    _healthy_start(agent, clock.now + 5)
    clock.now += 61
    assert agent.check_trial(lambda: False) == "rolled back"
    assert agent.slots.read_state()["events"][-1]["why"] == "failed its health checks"


def test_markers_from_before_the_switch_do_not_count(agent: Agent, clock: Clock) -> None:
    _healthy_start(agent, clock.now - 1)
    clock.now += 61
    assert agent.check_trial(lambda: True) == "rolled back"
    assert agent.slots.read_state()["events"][-1]["why"] == "never reached its home screen"


def test_without_the_idle_marker_for_the_staged_version_nothing_switches(tmp_path: Path) -> None:
    slots = Slots(tmp_path / "opt")
    slots.slot("a").mkdir(parents=True)
    slots.point("current", "a")
    slots.write_state({"staged": {"slot": "b", "version": "2.0"}})
    agent = Agent(slots, tmp_path / "var")
    _write(agent, IDLE_MARKER, {"version": "1.9"})  # a marker for some other version
    assert agent.switch_if_staged() is None
    assert slots.target("current") == "a"
