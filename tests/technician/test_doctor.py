"""``kiosk doctor``: an aligned table of every self-test and an exit code that says if anything is broken."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from kiosk.config.models import KioskConfig, PlatformConfig, TerminalConfig
from kiosk.ports import SelfTestResult
from sandbox_platform.server import running_sandbox
from tests.technician.conftest import FlakyPrinter
from wiring.doctor import collect_tests, doctor


def test_all_devices_ok_exits_zero() -> None:
    out = io.StringIO()
    code = doctor({"printer": FlakyPrinter(True), "idcard": lambda: SelfTestResult("idcard", True, "ok")}, out)
    assert code == 0
    assert "2 ok, 0 broken" in out.getvalue()


def test_one_broken_device_exits_one_and_is_named() -> None:
    out = io.StringIO()
    code = doctor(
        {"idcard": lambda: SelfTestResult("idcard", True, "reader answered"), "printer": FlakyPrinter(False)}, out
    )
    assert code == 1
    assert "1 ok, 1 broken: printer" in out.getvalue()


def test_table_columns_line_up() -> None:
    out = io.StringIO()
    doctor({"idcard": lambda: SelfTestResult("idcard", True, "reader answered"), "printer": FlakyPrinter(False)}, out)
    lines = out.getvalue().splitlines()[:3]
    assert lines[0].split() == ["DEVICE", "STATE", "MESSAGE", "DETAILS"]
    state_col = lines[0].index("STATE")
    message_col = lines[0].index("MESSAGE")
    assert [line[state_col : state_col + 6].strip() for line in lines[1:]] == ["OK", "BROKEN"]
    assert lines[2][message_col:].startswith("queue kiosk-pdf paused: media-empty")
    assert lines[2].endswith("queue=kiosk-pdf")


def test_a_self_test_that_raises_is_reported_broken_without_personal_data() -> None:
    def explode() -> SelfTestResult:
        raise RuntimeError("card 11010519491231002X jammed")

    out = io.StringIO()
    assert doctor({"idcard": explode}, out) == 1
    assert "self-test raised RuntimeError: card 1101**********002X jammed" in out.getvalue()
    assert "11010519491231002X" not in out.getvalue()


@pytest.mark.slow
def test_doctor_pings_the_real_sandbox_platform_and_reports_the_broken_printer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    with running_sandbox(tmp_path) as sandbox:
        config = KioskConfig(
            terminal=TerminalConfig(id=sandbox.terminal_id, data_dir=str(tmp_path)),
            platform=PlatformConfig.model_validate({"url": sandbox.url, "key_file": str(sandbox.key_file)}),
        )
        tests = collect_tests(config, lambda _c: {"printer": FlakyPrinter(False)})
        out = io.StringIO()
        code = doctor(tests, out)
        text = out.getvalue()
        assert code == 1
        platform_line = next(line for line in text.splitlines() if line.startswith("platform"))
        assert " OK " in platform_line and "platform answered in" in platform_line
        sandbox.stop()
        out = io.StringIO()
        doctor(tests, out)
        platform_line = next(line for line in out.getvalue().splitlines() if line.startswith("platform"))
        assert "BROKEN" in platform_line and "not reachable" in platform_line


def test_cli_doctor_exit_code_follows_the_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    from wiring.cli import main

    monkeypatch.chdir(tmp_path)
    site = tmp_path / "site.toml"
    site.write_text('[printer]\nbackend = "spool"\n')
    code = main(["doctor", "--config", str(site)])
    out = capsys.readouterr().out
    # No key file and no outbox in an empty folder: the doctor must say so and fail.
    assert code == 1
    assert "terminal key file" in out and "outbox database" in out
