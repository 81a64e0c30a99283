"""A staged update never interrupts a citizen: the terminal stops for the switch only once its
session is idle, and says which version it stopped for."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ui.service_link import SLOTS_ENV, ServiceLink
from wiring.update.agent import IDLE_MARKER
from wiring.update.slots import Slots


def test_an_update_staged_mid_session_waits_until_the_session_is_idle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    slots = Slots(tmp_path / "opt")
    slots.root.mkdir()
    slots.write_state({"staged": {"slot": "b", "version": "9.9.9"}})
    monkeypatch.setenv(SLOTS_ENV, str(slots.root))
    in_session = [True]
    quits: list[bool] = []
    link = ServiceLink(tmp_path / "var", is_idle=lambda: not in_session[0], quit_app=lambda: quits.append(True))

    link._take_staged_update_when_idle()
    assert quits == [] and not (tmp_path / "var" / IDLE_MARKER).exists()

    in_session[0] = False
    link._take_staged_update_when_idle()
    assert quits == [True]
    assert json.loads((tmp_path / "var" / IDLE_MARKER).read_text())["version"] == "9.9.9"


def test_without_a_staged_update_an_idle_terminal_keeps_running(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    slots = Slots(tmp_path / "opt")
    slots.root.mkdir()
    slots.write_state({})
    monkeypatch.setenv(SLOTS_ENV, str(slots.root))
    quits: list[bool] = []
    link = ServiceLink(tmp_path / "var", is_idle=lambda: True, quit_app=lambda: quits.append(True))
    link._take_staged_update_when_idle()
    assert quits == []


def test_the_idle_marker_says_when_the_platform_last_answered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    slots = Slots(tmp_path / "opt")
    slots.root.mkdir()
    slots.write_state({"staged": {"slot": "b", "version": "9.9.9"}})
    monkeypatch.setenv(SLOTS_ENV, str(slots.root))
    link = ServiceLink(tmp_path / "var", is_idle=lambda: True, quit_app=lambda: None,
                       platform_contact=lambda: 1_790_000_000.5)
    link._take_staged_update_when_idle()
    assert json.loads((tmp_path / "var" / IDLE_MARKER).read_text())["platform_contact_at"] == 1_790_000_000.5
