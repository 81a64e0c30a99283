"""PIN hashing, the lockout state file, and atomic saves of the site file."""

from __future__ import annotations

import io
import stat
import tomllib
from pathlib import Path

import pytest

from kiosk.clock import ManualClock
from kiosk.config.loader import load_config
from kiosk.technician.pin import PinFormatError, PinGate, hash_pin, verify_pin
from kiosk.technician.settings import SettingError, SiteFile
from tests.technician.conftest import PIN


def test_pin_hash_has_the_scrypt_salt_hash_form_and_verifies(pin_hash: str) -> None:
    scheme, salt, digest = pin_hash.split("$")
    assert scheme == "scrypt" and len(bytes.fromhex(salt)) == 16 and len(bytes.fromhex(digest)) == 32
    assert verify_pin(PIN, pin_hash)
    assert not verify_pin("246811", pin_hash)


def test_short_or_non_digit_pins_are_refused() -> None:
    for bad in ("12345", "12ab56", ""):
        with pytest.raises(PinFormatError):
            hash_pin(bad)


def test_lockout_ends_after_the_configured_minutes(tmp_path: Path, pin_hash: str) -> None:
    clock = ManualClock()
    gate = PinGate(pin_hash, tmp_path / "state.json", clock, max_attempts=2, lockout_minutes=15)
    gate.try_pin("000000")
    assert gate.try_pin("000000").locked_for_s == 900
    clock.advance(899)
    assert not gate.try_pin(PIN).ok
    clock.advance(2)
    assert gate.try_pin(PIN).ok


def test_the_pad_opened_during_a_lockout_tells_the_same_minutes_as_the_lockout(tmp_path: Path, pin_hash: str) -> None:
    gate = PinGate(pin_hash, tmp_path / "state.json", ManualClock(), max_attempts=1, lockout_minutes=15)
    locked = gate.try_pin("000000").message
    assert locked is not None and locked.args == (15,)
    assert gate.lock_notice() == locked  # at the exact minute the pad said 16 before
    assert PinGate(pin_hash, tmp_path / "fresh.json", ManualClock()).lock_notice() is None


def test_a_damaged_state_file_locks_rather_than_unlocks(tmp_path: Path, pin_hash: str) -> None:
    state = tmp_path / "state.json"
    state.write_text("{not json")
    gate = PinGate(pin_hash, state, ManualClock())
    assert not gate.try_pin(PIN).ok and gate.locked_for_s() > 0


def test_site_file_save_rejects_an_invalid_whole_and_keeps_the_old_file(tmp_path: Path) -> None:
    site = tmp_path / "site.toml"
    site.write_text('[terminal]\nid = "SH-0001"\n')
    with pytest.raises(SettingError):
        SiteFile(site).save({"session.idle_timeout_s": 1})
    assert site.read_text() == '[terminal]\nid = "SH-0001"\n'
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site.toml"]  # no temp files left


def test_switching_profiles_brings_the_new_profile_and_keeps_the_site_values(tmp_path: Path) -> None:
    site = tmp_path / "site.toml"
    site.write_text('[terminal]\nid = "BK-0007"\n')
    config = SiteFile(site, environ={}).save({"terminal.site_profile": "bank_branch"})
    assert (config.terminal.id, config.ui.brand_color, config.scanner.enabled) == ("BK-0007", "#1d5fa8", False)
    config = SiteFile(site, environ={}).save({"terminal.site_profile": "service_hall"})
    assert (config.ui.services, config.scanner.enabled, config.ui.brand_name) == ([], True, "一网通办")


def test_cli_set_pin_writes_a_verifiable_hash_into_the_site_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from wiring.cli import main

    site = tmp_path / "site.toml"
    site.write_text('[terminal]\nid = "SH-0001"\n')
    monkeypatch.setattr("sys.stdin", io.StringIO("13579135\n"))
    assert main(["technician", "set-pin", "--config", str(site), "--pin-stdin"]) == 0
    with site.open("rb") as fh:
        stored = tomllib.load(fh)["technician"]["pin_hash"]
    assert verify_pin("13579135", stored)
    assert load_config(site, environ={}).terminal.id == "SH-0001"


def test_the_technician_pin_state_is_readable_by_its_owner_only(tmp_path: Path, pin_hash: str) -> None:
    state = tmp_path / "technician_state.json"
    PinGate(pin_hash, state, ManualClock()).try_pin("000000")
    assert stat.S_IMODE(state.stat().st_mode) == 0o600


def test_the_site_file_holding_the_pin_hash_is_readable_by_its_owner_only(tmp_path: Path, pin_hash: str) -> None:
    site = tmp_path / "site.toml"
    SiteFile(site, environ={}).save({"technician.pin_hash": pin_hash})
    assert stat.S_IMODE(site.stat().st_mode) == 0o600
