"""Configuration layers, and the one-line error a technician sees for each kind of bad value."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.config.loader import ConfigError, check_file, load_config


def _site(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "site.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_load_without_a_site_file() -> None:
    cfg = load_config(environ={})
    assert cfg.terminal.id == "DEMO-0001"
    assert cfg.session.idle_timeout_s == 90


def test_site_file_overrides_defaults_and_environment_overrides_both(tmp_path: Path) -> None:
    site = _site(tmp_path, '[session]\nidle_timeout_s = 120\n[terminal]\nid = "SH-0042"\n')
    cfg = load_config(site, environ={"KIOSK_SESSION__IDLE_TIMEOUT_S": "150"})
    assert cfg.session.idle_timeout_s == 150
    assert cfg.terminal.id == "SH-0042"


def test_shipped_profiles_are_valid() -> None:
    profiles = Path(__file__).resolve().parents[2] / "config" / "profiles"
    names = sorted(p.name for p in profiles.glob("*.toml"))
    assert {"bank_branch.toml", "service_hall.toml", "demo.toml"} <= set(names)
    for path in profiles.glob("*.toml"):
        assert check_file(path).endswith("ok")


def _error(tmp_path: Path, text: str, environ: dict[str, str] | None = None) -> str:
    with pytest.raises(ConfigError) as info:
        load_config(_site(tmp_path, text), environ=environ or {})
    message = str(info.value)
    assert "\n" not in message
    return message


def test_number_out_of_range_names_file_key_value_and_range(tmp_path: Path) -> None:
    msg = _error(tmp_path, "[session]\nidle_timeout_s = 5\n")
    assert str(tmp_path / "site.toml") in msg
    assert "session.idle_timeout_s" in msg
    assert "5" in msg
    assert "greater than or equal to 15" in msg


def test_value_of_the_wrong_type_is_named(tmp_path: Path) -> None:
    msg = _error(tmp_path, '[session]\nidle_timeout_s = "soon"\n')
    assert "session.idle_timeout_s = 'soon'" in msg
    assert "number" in msg


def test_choice_outside_the_allowed_values_lists_them(tmp_path: Path) -> None:
    msg = _error(tmp_path, '[printer]\nbackend = "laser"\n')
    assert "printer.backend = 'laser'" in msg
    assert "'cups'" in msg and "'spool'" in msg


def test_unknown_key_lists_the_allowed_keys(tmp_path: Path) -> None:
    msg = _error(tmp_path, "[session]\nidle_timout_s = 60\n")
    assert "session.idle_timout_s: unknown key" in msg
    assert "idle_timeout_s" in msg


def test_pattern_mismatch_shows_the_pattern(tmp_path: Path) -> None:
    msg = _error(tmp_path, '[terminal]\nid = "bad id!"\n')
    assert "terminal.id = 'bad id!'" in msg
    assert "pattern" in msg


def test_bad_url_is_reported(tmp_path: Path) -> None:
    msg = _error(tmp_path, '[platform]\nurl = "not a url"\n')
    assert "platform.url = 'not a url'" in msg


def test_invalid_toml_names_the_file_and_line(tmp_path: Path) -> None:
    msg = _error(tmp_path, "[session\nidle_timeout_s = 60\n")
    assert "site.toml: not valid TOML" in msg
    assert "line 1" in msg


def test_missing_site_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="file not found"):
        load_config(tmp_path / "absent.toml", environ={})


def test_bad_environment_value_names_the_variable(tmp_path: Path) -> None:
    msg = _error(tmp_path, "", environ={"KIOSK_UI__WIDTH": "12"})
    assert "environment KIOSK_UI__WIDTH" in msg
    assert "ui.width = '12'" in msg


def test_a_file_that_is_not_utf8_is_a_one_line_error_from_config_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from wiring.cli import main

    site = tmp_path / "site.toml"
    site.write_bytes("[session]\n# 闲置超时\nidle_timeout_s = 60\n".encode("gbk"))
    assert main(["config", "check", str(site)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "site.toml: line 2" in err
    assert "not UTF-8" in err


def test_a_numeric_choice_from_the_environment_is_accepted() -> None:
    assert load_config(environ={"KIOSK_IDCARD__BAUD": "9600"}).idcard.baud == 9600
    assert load_config(environ={"KIOSK_IDCARD__BAUD": "0"}).idcard.baud == 0


def test_a_numeric_choice_outside_the_allowed_values_names_them(tmp_path: Path) -> None:
    msg = _error(tmp_path, "", environ={"KIOSK_IDCARD__BAUD": "1234"})
    assert "environment KIOSK_IDCARD__BAUD" in msg
    assert "115200" in msg
