"""The health verdict on a switched version: home screen, its own device self-tests and the doctor,
all from this start of this version, before the deadline; anything less rolls back at the deadline.
The doctor checks the platform link only if the platform answered in the 10 minutes before the switch."""

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
    assert agent.check_trial(lambda with_platform: True) == "committed"
    assert (agent.slots.target("current"), agent.slots.target("known-good")) == ("b", "b")


def test_a_failing_device_self_test_rolls_back_at_the_deadline(agent: Agent, clock: Clock) -> None:
    _healthy_start(agent, clock.now + 5, devices_ok=False)
    clock.now += 59
    assert agent.check_trial(lambda with_platform: True) is None  # still within its time
    clock.now += 2
    assert agent.check_trial(lambda with_platform: True) == "rolled back"
    assert (agent.slots.target("current"), agent.slots.target("known-good")) == ("a", "a")


def test_a_failing_doctor_rolls_back_at_the_deadline(agent: Agent, clock: Clock) -> None:
    _healthy_start(agent, clock.now + 5)
    clock.now += 61
    assert agent.check_trial(lambda with_platform: False) == "rolled back"
    assert agent.slots.read_state()["events"][-1]["why"] == "failed its health checks"


def test_markers_from_before_the_switch_do_not_count(agent: Agent, clock: Clock) -> None:
    _healthy_start(agent, clock.now - 1)
    clock.now += 61
    assert agent.check_trial(lambda with_platform: True) == "rolled back"
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


def _switched_after_contact(tmp_path: Path, clock: Clock, marker: dict[str, object]) -> Agent:
    slots = Slots(tmp_path / "opt")
    for name in ("a", "b"):
        slots.slot(name).mkdir(parents=True)
    slots.point("current", "a")
    slots.point("known-good", "a")
    slots.write_state({"staged": {"slot": "b", "version": "2.0"}})
    agent = Agent(slots, tmp_path / "var", deadline_s=60, clock=clock)
    _write(agent, IDLE_MARKER, {"version": "2.0", **marker})
    assert agent.switch_if_staged()
    _healthy_start(agent, clock.now + 5)
    return agent


@pytest.mark.parametrize(("seconds_before_switch", "with_platform"), [(599, True), (601, False)])
def test_the_doctor_checks_the_link_only_after_platform_contact_within_10_minutes_of_the_switch(
    tmp_path: Path, clock: Clock, seconds_before_switch: float, with_platform: bool
) -> None:
    agent = _switched_after_contact(tmp_path, clock, {"platform_contact_at": clock.now - seconds_before_switch})
    asked: list[bool] = []

    def doctor(with_platform: bool) -> bool:
        asked.append(with_platform)
        return True

    agent.check_trial(doctor)
    assert asked == [with_platform]


def test_a_link_check_left_out_is_written_in_the_update_log_with_the_reason(tmp_path: Path, clock: Clock) -> None:
    agent = _switched_after_contact(tmp_path, clock, {"platform_contact_at": clock.now - 3600})
    assert agent.check_trial(lambda link: not link) == "committed"
    committed = agent.slots.read_state()["events"][-1]
    assert committed["link_check"] == "skipped"
    assert committed["link_why"] == "no platform contact in the 10 min before the switch (last 60 min before)"


def test_an_idle_marker_from_a_version_that_does_not_report_its_contact_leaves_the_link_out(
    tmp_path: Path, clock: Clock
) -> None:
    agent = _switched_after_contact(tmp_path, clock, {})
    asked: list[bool] = []

    def doctor(with_platform: bool) -> bool:
        asked.append(with_platform)
        return True

    agent.check_trial(doctor)
    assert asked == [False]
    why = agent.slots.read_state()["events"][-1]["link_why"]
    assert why == "the previous version does not report its platform contact"
