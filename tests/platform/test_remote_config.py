"""Remote configuration: signed by the platform, validated like a local file, applied between sessions."""

from __future__ import annotations

import json
import stat
from pathlib import Path
from typing import Any

import pytest

from kiosk.config.models import KioskConfig, PlatformConfig, RemoteSection, TerminalConfig
from wiring.remote import make_agent

pytestmark = pytest.mark.slow


class Terminal:
    """What the agent needs from a running terminal: whether a citizen is in a session, and apply."""

    def __init__(self) -> None:
        self.in_session = False
        self.applied: list[tuple[int, KioskConfig]] = []

    def apply(self, config: KioskConfig, version: int) -> None:
        self.applied.append((version, config))


def _agent(sandbox, client, tmp_path: Path, terminal: Terminal, pinned: list[str] | None = None):
    config = KioskConfig(
        terminal=TerminalConfig(id=sandbox.terminal_id, data_dir=str(tmp_path)),
        platform=PlatformConfig.model_validate({"url": sandbox.url, "key_file": str(sandbox.key_file)}),
        remote=RemoteSection(public_key=sandbox.state.fleet.configs.public_key.hex(), pinned=pinned or []),
    )
    return make_agent(config, None, client, terminal.apply, lambda: terminal.in_session)


def _publish(sandbox, settings: dict[str, Any]) -> Any:
    return sandbox.state.fleet.configs.publish("terminal", sandbox.terminal_id, settings)


def _tamper(client, change) -> None:
    """A man in the middle rewrites the configuration document on its way to the terminal."""
    original = client._session.request

    def forward(method, url, **kwargs):
        resp = original(method, url, **kwargs)
        if "/v1/config" in url and resp.status_code == 200:
            data = resp.json()
            data["payload"] = change(data["payload"])
            resp._content = json.dumps(data).encode()
        return resp

    client._session.request = forward


def test_a_published_configuration_is_verified_validated_applied_and_kept(sandbox, client, tmp_path):
    terminal = Terminal()
    agent = _agent(sandbox, client, tmp_path, terminal)
    _publish(sandbox, {"session": {"idle_timeout_s": 120}, "ui": {"brand_name": "一网通办·市中心"}})
    assert agent.refresh()
    [(version, config)] = terminal.applied
    assert version == agent.version == 1
    assert config.session.idle_timeout_s == 120 and config.ui.brand_name == "一网通办·市中心"
    stored = tmp_path / "remote_config.json"
    assert stat.S_IMODE(stored.stat().st_mode) == 0o600
    assert agent.refresh() and len(terminal.applied) == 1  # unchanged: 304, nothing applied again


def test_a_tampered_configuration_is_refused_and_the_previous_one_kept(sandbox, client, tmp_path):
    terminal = Terminal()
    agent = _agent(sandbox, client, tmp_path, terminal)
    _publish(sandbox, {"session": {"idle_timeout_s": 120}})
    agent.refresh()
    kept = (tmp_path / "remote_config.json").read_bytes()
    _publish(sandbox, {"session": {"idle_timeout_s": 150}})
    _tamper(client, lambda payload: payload.replace('"idle_timeout_s":150', '"idle_timeout_s":3600'))
    agent.refresh()
    assert "bad_signature" in agent.last_refusal
    assert agent.version == 1 and [v for v, _ in terminal.applied] == [1]
    assert (tmp_path / "remote_config.json").read_bytes() == kept
    # After a restart the kept document is verified again and used.
    again = _agent(sandbox, client, tmp_path, Terminal())
    held = again.load_held()
    assert held is not None and held[1] == 1 and held[0].session.idle_timeout_s == 120


def test_a_value_a_local_file_could_not_hold_is_refused_with_the_same_one_line_error(sandbox, client, tmp_path):
    terminal = Terminal()
    agent = _agent(sandbox, client, tmp_path, terminal)
    _publish(sandbox, {"session": {"idle_timeout_s": 5}})
    agent.refresh()
    assert agent.version == 0 and terminal.applied == []
    assert "remote configuration v1: session.idle_timeout_s = 5" in agent.last_refusal
    assert "greater than or equal to 15" in agent.last_refusal


def test_settings_only_the_site_may_set_are_refused(sandbox, client, tmp_path):
    terminal = Terminal()
    agent = _agent(sandbox, client, tmp_path, terminal)
    _publish(sandbox, {"platform": {"url": "https://elsewhere.example.com"}})
    agent.refresh()
    assert "platform.url: may not be set remotely" in agent.last_refusal and terminal.applied == []


def test_a_key_pinned_by_the_site_file_keeps_its_local_value(sandbox, client, tmp_path):
    terminal = Terminal()
    agent = _agent(sandbox, client, tmp_path, terminal, pinned=["printer.queue"])
    _publish(sandbox, {"printer": {"queue": "other-queue"}, "session": {"warning_s": 30}})
    agent.refresh()
    [(_, config)] = terminal.applied
    assert config.printer.queue == "kiosk-pdf" and config.session.warning_s == 30


def test_a_configuration_arriving_mid_session_is_applied_only_after_the_wipe(sandbox, client, tmp_path):
    terminal = Terminal()
    agent = _agent(sandbox, client, tmp_path, terminal)
    terminal.in_session = True
    _publish(sandbox, {"session": {"idle_timeout_s": 200}})
    agent.refresh()
    assert agent.waiting and terminal.applied == [] and agent.version == 0
    terminal.in_session = False
    agent.between_sessions()  # the session machine calls this on the wipe
    assert [v for v, _ in terminal.applied] == [1] and terminal.applied[0][1].session.idle_timeout_s == 200
    assert not agent.waiting
