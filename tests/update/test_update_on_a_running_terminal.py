"""Updates on a terminal that is running: the real wheels in two slots, the service's start commands
under a supervisor that restarts like systemd, the real platform (sandbox) receiving the outbox."""

from __future__ import annotations

import json
import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.ports import OutboundItem
from offline_cache.crypto import FieldCipher, load_or_create_key
from offline_cache.outbox import SqliteOutbox
from sandbox_platform.server import SandboxPlatform
from tests.update.kit import Supervisor, rebrand_wheel, wait_until
from wiring.update.agent import HOME_MARKER, Agent, run_doctor
from wiring.update.bundle import load_private_key, load_public_key, make_bundle, new_signing_key
from wiring.update.slots import BORROW_ENV, Slots

pytestmark = pytest.mark.slow
FILINGS = 50
DEADLINE_S = 40.0  # long enough for a good version to reach its home screen on a loaded machine
# A version that never reaches its home screen fails a short deadline as surely as a long one.
BROKEN_DEADLINE_S = 10.0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Terminal:
    def __init__(self, tmp: Path, base_wheel: Path) -> None:
        self.tmp = tmp
        self.root, self.state = tmp / "opt", tmp / "var"
        self.state.mkdir()
        self.port = _free_port()
        self.site = tmp / "site.toml"
        self.site.write_text(
            f'[terminal]\nid = "UPD-0001"\ndata_dir = "{self.state}"\n'
            f'[platform]\nurl = "http://127.0.0.1:{self.port}"\nkey_file = "{self.state}/terminal.key"\n'
            f'[outbox]\npath = "{self.state}/outbox.sqlite3"\nkey_file = "{self.state}/outbox.key"\n'
            f'[idcard]\nsimulated = true\n[camera]\nenabled = false\n[ui]\nfullscreen = false\n'
            f'[printer]\nbackend = "spool"\nspool_dir = "{self.state}/spool"\n[logging]\ndir = "{self.state}/log"\n'
        )
        self.slots = Slots(self.root)
        self.slots.install("a", base_wheel.parent, "0.1.0")
        self.slots.point("current", "a")
        self.slots.point("known-good", "a")
        self.agent = Agent(self.slots, self.state, deadline_s=DEADLINE_S)
        new_signing_key(tmp / "release.key", tmp / "release.pub")
        load_or_create_key(self.state / "terminal.key")
        self.platform: SandboxPlatform | None = None
        self.supervisor = Supervisor(self.root, self.state, self.site, DEADLINE_S)

    def queue_filings(self) -> list[str]:
        box = SqliteOutbox(self.state / "outbox.sqlite3", FieldCipher.from_key_file(self.state / "outbox.key"),
                           disk_budget_bytes=64 * 2**20)
        keys = [f"before-update-{i:02d}" for i in range(FILINGS)]
        box.submit([OutboundItem(k, "rating", {"tracking_number": f"T{k}", "stars": 5}) for k in keys])
        box.close()
        return keys

    def bundle(self, wheel: Path, version: str) -> Path:
        folder = self.tmp / f"release-{version}"
        folder.mkdir()
        os.replace(wheel, folder / wheel.name)
        (folder / "requirements-runtime.lock").write_text("")
        return make_bundle(folder, version, "x86_64", load_private_key(self.tmp / "release.key"),
                           self.tmp / f"hall-kiosk-{version}.tar")

    def stage(self, bundle: Path) -> str:
        return self.agent.stage(bundle, load_public_key(self.tmp / "release.pub"), arch="x86_64")

    def home_version(self) -> str | None:
        try:
            return str(json.loads((self.state / HOME_MARKER).read_text())["version"])
        except (OSError, ValueError, KeyError):
            return None

    def start_platform(self) -> SandboxPlatform:
        self.platform = SandboxPlatform(self.tmp / "platform", port=self.port)
        self.platform.register_terminal("UPD-0001", self.state / "terminal.key")
        self.platform.start()
        return self.platform

    def doctor(self, with_platform: bool) -> bool:
        return run_doctor([str(self.root / "current" / "bin" / "kiosk"), "doctor", "--skip-devices", "--config",
                           str(self.site), *([] if with_platform else ["--skip-platform"])])

    def delivered(self, keys: list[str]) -> list[str]:
        assert self.platform is not None
        return sorted(k for k in self.platform.store.record_keys() if k in set(keys))

    def close(self) -> None:
        self.supervisor.stop()
        if self.platform is not None:
            self.platform.stop()


@pytest.fixture
def terminal(tmp_path: Path, wheels: list[Path], monkeypatch: pytest.MonkeyPatch) -> Iterator[Terminal]:
    import sysconfig

    monkeypatch.setenv(BORROW_ENV, sysconfig.get_paths()["purelib"])
    base = next(w for w in wheels if w.name.startswith("hall_kiosk-0.1.0"))
    (tmp_path / "base").mkdir()
    base_copy = tmp_path / "base" / base.name
    base_copy.write_bytes(base.read_bytes())
    term = Terminal(tmp_path, base_copy)
    yield term
    term.close()


def test_a_good_bundle_is_switched_to_at_idle_passes_its_health_check_and_stays(
    terminal: Terminal, wheels: list[Path], tmp_path: Path
) -> None:
    keys = terminal.queue_filings()
    terminal.supervisor.start()
    wait_until(lambda: terminal.home_version() == "0.1.0", 120, "0.1.0 at its home screen")
    good = rebrand_wheel(terminal.slots.slot("a").parent.parent.parent / "base" / "hall_kiosk-0.1.0-py3-none-any.whl",
                         tmp_path, "0.2.0")
    terminal.stage(terminal.bundle(good, "0.2.0"))
    wait_until(lambda: terminal.slots.target("current") == "b", 60, "switch to slot b at idle")
    terminal.start_platform()
    verdict = wait_until(lambda: terminal.agent.check_trial(terminal.doctor), DEADLINE_S + 30, "a verdict", 1)

    assert verdict == "committed"
    assert (terminal.slots.target("current"), terminal.slots.target("known-good")) == ("b", "b")
    assert terminal.home_version() == "0.2.0"
    assert wait_until(lambda: len(terminal.delivered(keys)) == FILINGS, 60, "50 filings delivered")
    assert terminal.delivered(keys) == sorted(keys)  # each exactly once
    assert terminal.agent.check_trial(terminal.doctor) is None  # nothing left to decide: it stays
    assert terminal.supervisor.starts == ["slots/a", "slots/b"]


def test_a_version_that_never_reaches_its_home_screen_is_rolled_back_by_itself(
    terminal: Terminal, wheels: list[Path], tmp_path: Path
) -> None:
    keys = terminal.queue_filings()
    terminal.supervisor.start()
    wait_until(lambda: terminal.home_version() == "0.1.0", 120, "0.1.0 at its home screen")
    broken = rebrand_wheel(tmp_path / "base" / "hall_kiosk-0.1.0-py3-none-any.whl", tmp_path, "0.3.0", broken=True)
    terminal.supervisor.deadline_s = terminal.agent.deadline_s = BROKEN_DEADLINE_S
    terminal.stage(terminal.bundle(broken, "0.3.0"))
    wait_until(lambda: terminal.slots.target("current") == "b", 60, "switch to slot b at idle")

    verdict = wait_until(lambda: terminal.agent.check_trial(terminal.doctor), DEADLINE_S + 30, "a verdict", 1)
    terminal.supervisor.restart()  # what the agent's restart command does

    assert verdict == "rolled back"
    assert (terminal.slots.target("current"), terminal.slots.target("known-good")) == ("a", "a")
    wait_until(lambda: terminal.home_version() == "0.1.0", 120, "0.1.0 back at its home screen")
    events = [e["what"] for e in terminal.slots.read_state()["events"]]
    assert events[-3:] == ["staged", "switched", "rolled back"]
    terminal.start_platform()
    assert wait_until(lambda: len(terminal.delivered(keys)) == FILINGS, 60, "50 filings delivered")
    assert terminal.delivered(keys) == sorted(keys)
