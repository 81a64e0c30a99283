"""Production refuses a platform reached over plain http; only this machine may speak http."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.config.loader import ConfigError, check_file, load_config
from wiring.cli import main


def _site(tmp_path: Path, url: str) -> Path:
    path = tmp_path / "site.toml"
    path.write_text(f'[platform]\nurl = "{url}"\n', encoding="utf-8")
    return path


def test_a_plain_http_platform_url_is_refused_with_one_clear_line(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as info:
        check_file(_site(tmp_path, "http://platform.example.gov.cn/api"))
    message = str(info.value)
    assert "\n" not in message
    assert str(tmp_path / "site.toml") in message and "platform.url" in message
    assert "https" in message and "Value error" not in message


def test_config_check_exits_with_the_https_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["config", "check", str(_site(tmp_path, "http://10.2.3.4:8470"))])
    captured = capsys.readouterr()
    assert code != 0
    assert "must be reached over https" in captured.out + captured.err


@pytest.mark.parametrize("url", ["https://platform.example.gov.cn", "http://127.0.0.1:8470", "http://localhost:1", "http://[::1]:8470"])
def test_https_anywhere_and_http_on_this_machine_are_accepted(tmp_path: Path, url: str) -> None:
    assert check_file(_site(tmp_path, url)).endswith("ok")


def test_the_environment_cannot_sneak_in_plain_http(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="environment KIOSK_PLATFORM__URL"):
        load_config(environ={"KIOSK_PLATFORM__URL": "http://platform.example.gov.cn"})
