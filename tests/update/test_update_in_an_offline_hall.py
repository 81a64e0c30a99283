"""An update must not roll back only because the hall is offline: the new version's health check asks
for the platform link only if the terminal had platform contact in the 10 minutes before the switch.

Real parts: the old version's ServiceLink writes the idle marker, ``kiosk update switch-if-staged``
and ``kiosk update watch --once`` are the unit commands, and the doctor is this checkout's real
``kiosk doctor`` run as the new slot's command against a real outbox and a platform port nobody
listens on."""

from __future__ import annotations

import json
import socket
import sys
import time
from pathlib import Path

import pytest

from offline_cache.crypto import FieldCipher, load_or_create_key
from offline_cache.outbox import SqliteOutbox
from ui.service_link import SLOTS_ENV, ServiceLink
from wiring.cli import main
from wiring.update.agent import HOME_MARKER, SELF_TEST_MARKER
from wiring.update.slots import Slots

ROOT = Path(__file__).resolve().parents[2]


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])  # closed again when the block ends: nobody answers there


class Hall:
    """Version 1.0 running from slot a, 2.0 staged in slot b, and no platform answering."""

    def __init__(self, tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.root, self.state = tmp / "opt", tmp / "var"
        self.state.mkdir()
        self.site = tmp / "site.toml"
        self.site.write_text(
            f'[terminal]\nid = "HALL-0001"\ndata_dir = "{self.state}"\n'
            f'[platform]\nurl = "http://127.0.0.1:{_closed_port()}"\nkey_file = "{self.state}/terminal.key"\n'
            f'connect_timeout_s = 1.0\n'
            f'[outbox]\npath = "{self.state}/outbox.sqlite3"\nkey_file = "{self.state}/outbox.key"\n'
            f'[logging]\ndir = "{self.state}/log"\n'
        )
        load_or_create_key(self.state / "terminal.key")
        SqliteOutbox(self.state / "outbox.sqlite3", FieldCipher.from_key_file(self.state / "outbox.key"),
                     disk_budget_bytes=64 * 2**20).close()
        self.slots = Slots(self.root)
        for name in ("a", "b"):
            (self.slots.slot(name) / "bin").mkdir(parents=True)
        # Slot b's kiosk command is this checkout's: its doctor is the real one.
        kiosk = self.slots.slot("b") / "bin" / "kiosk"
        kiosk.write_text(f'#!/bin/sh\nPYTHONPATH="{ROOT}" exec "{sys.executable}" -m wiring.cli "$@"\n')
        kiosk.chmod(0o755)
        self.slots.point("current", "a")
        self.slots.point("known-good", "a")
        self.slots.write_state({"staged": {"slot": "b", "version": "2.0"}})
        monkeypatch.setenv(SLOTS_ENV, str(self.root))

    def old_version_stops_for_the_switch(self, platform_contact_at: float | None) -> None:
        quits: list[bool] = []
        link = ServiceLink(self.state, is_idle=lambda: True, quit_app=lambda: quits.append(True),
                           platform_contact=lambda: platform_contact_at)
        link._take_staged_update_when_idle()
        assert quits == [True]
        assert main(["update", "switch-if-staged", "--root", str(self.root), "--state", str(self.state),
                     "--deadline", "0"]) == 0
        assert self.slots.target("current") == "b"

    def new_version_reaches_home_with_its_devices_passing(self) -> None:
        now = time.time() + 1
        for marker, value in ((HOME_MARKER, {}), (SELF_TEST_MARKER, {"results": [{"device": "idcard", "ok": True}]})):
            (self.state / marker).write_text(json.dumps({"version": "2.0", "at": now, **value}))

    def watch_once(self, capsys: pytest.CaptureFixture[str]) -> str:
        capsys.readouterr()
        assert main(["update", "watch", "--once", "--root", str(self.root), "--state", str(self.state),
                     "--config", str(self.site), "--restart-command", "true"]) == 0
        return capsys.readouterr().out.strip()

    def events(self) -> list[dict[str, object]]:
        return list(self.slots.read_state()["events"])


@pytest.fixture
def hall(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: object) -> Hall:
    return Hall(tmp_path, monkeypatch)


def test_a_hall_offline_since_the_old_version_started_keeps_a_healthy_update_and_logs_the_skipped_link_check(
    hall: Hall, capsys: pytest.CaptureFixture[str]
) -> None:
    hall.old_version_stops_for_the_switch(platform_contact_at=None)
    hall.new_version_reaches_home_with_its_devices_passing()

    assert hall.watch_once(capsys) == "committed"  # the deadline (0 s) has passed: no second chance
    assert (hall.slots.target("current"), hall.slots.target("known-good")) == ("b", "b")
    switched, committed = hall.events()[-2:]
    assert (switched["what"], switched["link_check"]) == ("switched", "skipped")
    assert committed["what"] == "committed" and committed["link_check"] == "skipped"
    assert "platform had not answered" in str(committed["link_why"])


def test_a_hall_that_reached_the_platform_minutes_before_the_switch_rolls_back_a_version_without_the_link(
    hall: Hall, capsys: pytest.CaptureFixture[str]
) -> None:
    hall.old_version_stops_for_the_switch(platform_contact_at=time.time() - 180)
    hall.new_version_reaches_home_with_its_devices_passing()

    assert hall.watch_once(capsys) == "rolled back"
    assert (hall.slots.target("current"), hall.slots.target("known-good")) == ("a", "a")
    switched, rolled_back = hall.events()[-2:]
    assert switched["link_check"] == "required"
    assert rolled_back["what"] == "rolled back" and rolled_back["why"] == "failed its health checks"
