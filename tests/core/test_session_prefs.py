"""Language, 长辈版 and sound belong to one citizen: the wipe gives the next one the site's defaults."""

from __future__ import annotations

import pytest

from kiosk.clock import ManualClock
from kiosk.session.machine import SessionMachine, Timeouts
from kiosk.session.prefs import Preferences
from kiosk.session.states import Purpose


@pytest.fixture
def machine(clock: ManualClock) -> SessionMachine:
    return SessionMachine(clock, Timeouts(default_s=90, form_s=180, receipt_s=60, warning_s=20),
                          Preferences(language="zh_CN", elder_mode=False))


@pytest.mark.parametrize("reason", ["done", "cancelled", "left", "timeout"])
def test_the_wipe_restores_the_site_language_and_mode(machine: SessionMachine, reason: str) -> None:
    machine.start(Purpose.APPLY)
    machine.set_prefs(language="en_US", elder_mode=True, speech_on=False, volume=0.3, language_offer="en_US")
    machine.end(reason)
    assert machine.prefs == Preferences(language="zh_CN", elder_mode=False)


def test_a_site_that_starts_in_elder_mode_gets_it_back_after_the_wipe(clock: ManualClock) -> None:
    machine = SessionMachine(clock, Timeouts(), Preferences(elder_mode=True))
    machine.start(Purpose.APPLY)
    machine.set_prefs(elder_mode=False)
    machine.end("done")
    assert machine.prefs.elder_mode


def test_elder_mode_doubles_the_idle_timeout(machine: SessionMachine, clock: ManualClock) -> None:
    machine.start(Purpose.APPLY)
    machine.set_prefs(elder_mode=True)
    clock.advance(150)  # past the standard 90 s, within the doubled 180 s
    machine.tick()
    assert machine.state.value == "identify"
    clock.advance(31)
    machine.tick()
    assert machine.state.value == "idle"


def test_switching_language_counts_as_a_touch(machine: SessionMachine, clock: ManualClock) -> None:
    machine.start(Purpose.APPLY)
    clock.advance(80)
    machine.set_prefs(language="en_US")
    clock.advance(80)
    machine.tick()
    assert machine.state.value == "identify"


def test_speech_follows_the_mode_until_the_citizen_chooses() -> None:
    prefs = Preferences()
    assert not prefs.speaking(site_speech=False)
    prefs.elder_mode = True
    assert prefs.speaking(site_speech=False)
    prefs.speech_on = False
    assert not prefs.speaking(site_speech=True)


def test_a_hall_terminal_speaks_by_default_in_every_mode_at_a_moderate_volume() -> None:
    # A citizen who cannot read the screen cannot find the button that turns speech on: it starts on.
    from kiosk.config.loader import CONFIG_DIR, load_config

    for profile in ("service_hall", "bank_branch", "demo"):
        ui = load_config(CONFIG_DIR / "profiles" / f"{profile}.toml", environ={}).ui
        for elder in (False, True):
            assert Preferences(elder_mode=elder, volume=ui.speech_volume).speaking(site_speech=ui.speech), profile
        assert 0.4 <= ui.speech_volume <= 0.7, profile  # moderate: the citizen can go up to 100 % or mute


def test_a_site_may_keep_standard_mode_quiet_but_not_elder_mode() -> None:
    assert not Preferences(elder_mode=False).speaking(site_speech=False)
    assert Preferences(elder_mode=True).speaking(site_speech=False)
