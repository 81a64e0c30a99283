"""Enrolment with a one-time code, key ids in signatures, rotation with a window, and no silent keys."""

from __future__ import annotations

import io
import stat
import time
from pathlib import Path

import pytest
import requests

from kiosk.clock import SystemClock
from kiosk.config.models import KioskConfig, OutboxConfig, PlatformConfig, TerminalConfig
from offline_cache.assembly import build_sync_stack
from offline_cache.enrolment import EnrolmentFailed, enrol, load_terminal_key, read_enrolment, rotate
from offline_cache.platform_client import PlatformClient
from offline_cache.signing import TerminalKey, sign_headers
from tests.outbox.kit import make_worker, rating, wait_until
from wiring.doctor import doctor, standard_self_tests

pytestmark = pytest.mark.slow


def _ping_as(sandbox, terminal_id: str, key: TerminalKey, offset_s: float = 0.0) -> requests.Response:
    headers = sign_headers(key, terminal_id, "GET", "/v1/ping", b"", time.time() + offset_s)
    return requests.get(sandbox.url + "/v1/ping", headers=headers, timeout=5)


def test_a_good_code_binds_a_key_made_on_the_terminal_and_keeps_only_the_private_half(sandbox, tmp_path):
    code = sandbox.issue_enrolment_code("SH-0042", site="市民中心", region="310101", ttl_s=600)
    key_file = tmp_path / "new" / "terminal.key"
    enrolment, key = enrol(sandbox.url, code.lower().replace("-", " "), key_file)
    assert (enrolment.terminal_id, enrolment.site, enrolment.key_id) == ("SH-0042", "市民中心", key.key_id)
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert load_terminal_key(key_file).key_id == key.key_id
    assert read_enrolment(key_file) == enrolment
    assert enrolment.config_key == sandbox.state.fleet.configs.public_key.hex()  # to verify its configuration
    client = PlatformClient(sandbox.url, enrolment.terminal_id, load_terminal_key(key_file))
    item = type("C", (), {"kind": "rating", "body": b'{"stars":5}', "key": "rating-E1"})()
    assert client.send_one(item).status == 201
    client.close()


def test_a_reused_code_is_refused_and_the_enrolled_key_is_kept(sandbox, tmp_path):
    code = sandbox.issue_enrolment_code("SH-0043", ttl_s=600)
    key_file = tmp_path / "terminal2.key"
    enrol(sandbox.url, code, key_file)
    before = key_file.read_bytes()
    with pytest.raises(EnrolmentFailed) as info:
        enrol(sandbox.url, code, key_file)
    assert info.value.reason == "code_used"
    assert key_file.read_bytes() == before


def test_an_expired_code_is_refused(sandbox, tmp_path):
    code = sandbox.issue_enrolment_code("SH-0044", ttl_s=60)
    sandbox.set_clock_offset(61)
    with pytest.raises(EnrolmentFailed) as info:
        enrol(sandbox.url, code, tmp_path / "terminal3.key")
    assert info.value.reason == "code_expired"
    assert not (tmp_path / "terminal3.key").exists()


def test_an_unknown_code_is_refused(sandbox, tmp_path):
    with pytest.raises(EnrolmentFailed) as info:
        enrol(sandbox.url, "AAAA-BBBB-CCCC", tmp_path / "terminal4.key")
    assert info.value.reason == "unknown_code"


def test_after_a_rotation_the_old_key_works_only_inside_the_window(sandbox, tmp_path):
    sandbox.set_rotation_window(3600)
    old = load_terminal_key(sandbox.key_file)
    client = PlatformClient(sandbox.url, sandbox.terminal_id, old)
    enrolment, new = rotate(sandbox.key_file, client.register_key)
    client.use_key(new)
    assert enrolment.key_id == new.key_id != old.key_id
    assert load_terminal_key(sandbox.key_file).key_id == new.key_id
    assert client.ping()[0]
    assert _ping_as(sandbox, sandbox.terminal_id, old).status_code == 200
    sandbox.set_clock_offset(3500)
    assert _ping_as(sandbox, sandbox.terminal_id, old, 3500).status_code == 200
    sandbox.set_clock_offset(3700)
    late = _ping_as(sandbox, sandbox.terminal_id, old, 3700)
    assert (late.status_code, late.json()["error"]) == (401, "retired_key")
    assert _ping_as(sandbox, sandbox.terminal_id, new, 3700).status_code == 200
    client.close()


def test_a_rotation_whose_answer_was_lost_is_finished_with_the_same_new_key(sandbox, tmp_path):
    client = PlatformClient(sandbox.url, sandbox.terminal_id, load_terminal_key(sandbox.key_file))

    def lost(public: bytes) -> str:
        client.register_key(public)
        raise ConnectionError("answer lost")

    with pytest.raises(ConnectionError):
        rotate(sandbox.key_file, lost)
    pending = Path(str(sandbox.key_file) + ".next").read_text()
    _, new = rotate(sandbox.key_file, client.register_key)
    assert sandbox.key_file.read_text() == pending
    client.use_key(new)
    assert client.ping()[0]
    client.close()


def _production_config(tmp_path: Path, url: str) -> KioskConfig:
    return KioskConfig(
        terminal=TerminalConfig(id="SH-0099", data_dir=str(tmp_path)),
        platform=PlatformConfig.model_validate({"url": url, "key_file": str(tmp_path / "prod" / "terminal.key")}),
        outbox=OutboxConfig(path=str(tmp_path / "prod" / "outbox.sqlite3"), key_file=str(tmp_path / "prod" / "o.key")),
    )


def test_a_production_terminal_without_enrolment_refuses_to_sync_and_makes_no_key(sandbox, tmp_path):
    config = _production_config(tmp_path, sandbox.url)
    (tmp_path / "prod").mkdir()
    stack = build_sync_stack(config, SystemClock())
    try:
        assert not stack.client.enrolled
        stack.outbox.submit([rating("NE-1")])
        worker = make_worker(stack.outbox, stack.client)
        worker.start()
        try:
            assert wait_until(lambda: "not enrolled" in (worker.last_error or ""), timeout_s=10)
        finally:
            worker.stop()
        assert stack.outbox.status().pending == 1 and stack.outbox.status().dead == 0
    finally:
        stack.stop()
    assert not Path(config.platform.key_file).exists()
    assert sandbox.record_keys() == []


def test_doctor_says_a_terminal_without_enrolment_is_not_enrolled(tmp_path):
    config = _production_config(tmp_path, "https://platform.example.gov.cn")
    out = io.StringIO()
    assert doctor({"platform": standard_self_tests(config)["platform"]}, out) == 1
    line = next(x for x in out.getvalue().splitlines() if x.startswith("platform"))
    assert "BROKEN" in line and "not enrolled" in line and "enrolment code" in line
    assert not Path(config.platform.key_file).exists()


def test_one_platform_command_rotates_the_key_at_the_next_poll(sandbox, tmp_path):
    from wiring.enrolment import EnrolmentDesk

    config = KioskConfig(
        terminal=TerminalConfig(id=sandbox.terminal_id, data_dir=str(tmp_path)),
        platform=PlatformConfig.model_validate({"url": sandbox.url, "key_file": str(sandbox.key_file)}),
    )
    client = PlatformClient(sandbox.url, sandbox.terminal_id, load_terminal_key(sandbox.key_file))
    desk = EnrolmentDesk(config, client)
    before = client.key_id
    assert desk.follow_commands() and client.key_id == before  # nothing asked: nothing done
    sandbox.keys.request_rotation(sandbox.terminal_id, time.time())
    assert desk.follow_commands()
    assert client.key_id != before and load_terminal_key(sandbox.key_file).key_id == client.key_id
    assert client.ping()[0]
    assert not sandbox.keys.rotation_requested(sandbox.terminal_id)  # done once, not at every poll
    client.close()


def test_doctor_says_the_platform_refuses_a_key_it_does_not_know(sandbox, tmp_path):
    config = _production_config(tmp_path, sandbox.url)
    key_file = Path(config.platform.key_file)
    key_file.parent.mkdir()
    key_file.write_text(bytes(range(32)).hex() + "\n")  # a key the platform never bound to this terminal
    key_file.chmod(0o600)
    out = io.StringIO()
    assert doctor({"platform": standard_self_tests(config)["platform"]}, out) == 1
    line = next(x for x in out.getvalue().splitlines() if x.startswith("platform"))
    assert "BROKEN" in line and "refuses this terminal's key" in line and "enrol it again" in line


def test_a_refused_key_or_no_key_is_not_a_connected_platform(sandbox, tmp_path):
    from kiosk.link import Link, LinkState
    from kiosk.ports import Refusal

    config = _production_config(tmp_path, sandbox.url)
    (tmp_path / "prod").mkdir()
    stack = build_sync_stack(config, SystemClock())
    try:
        worker = make_worker(stack.outbox, stack.client)
        worker.start()
        try:
            assert wait_until(lambda: worker.status().platform_checked, timeout_s=10)
            status = worker.status()
            assert status.platform_refusal is Refusal.NOT_ENROLLED and not status.platform_connected
            assert LinkState.from_status(status).link is Link.DOWN
            # Now a key the platform does not know: it answers, and refuses it.
            stack.client.use_key(TerminalKey(bytes(range(32))))
            worker.force_sync()
            assert wait_until(lambda: worker.status().platform_refusal is Refusal.KEY, timeout_s=10)
            assert LinkState.from_status(worker.status()).link is Link.DOWN
            # The key it knows: connected.
            stack.client.use_key(load_terminal_key(sandbox.key_file), sandbox.terminal_id)
            worker.force_sync()
            assert wait_until(lambda: worker.status().platform_connected, timeout_s=10)
            assert LinkState.from_status(worker.status()).link is Link.UP
        finally:
            worker.stop()
    finally:
        stack.stop()
