"""The built wheel runs wherever it is installed: a fresh venv outside the repository, the
repository not on ``sys.path``, config and assets read from the installed package."""

from __future__ import annotations

import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.packaging.kit import NotifyListener, clean_env
from tests.ui.keyboard_layouts import compile_layouts

pytestmark = pytest.mark.slow


def _kiosk(venv: Path, *args: str, cwd: Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(venv / "bin" / "kiosk"), *args], cwd=cwd, env=clean_env(),
                          capture_output=True, text=True, timeout=timeout)


def _site_file(folder: Path, platform_url: str = "http://127.0.0.1:9") -> Path:
    site = folder / "site.toml"
    site.write_text(
        f'[terminal]\nid = "DEMO-0001"\ndata_dir = "{folder}/var"\n'
        f'[platform]\nurl = "{platform_url}"\nkey_file = "{folder}/var/terminal.key"\n'
        f'[outbox]\npath = "{folder}/var/outbox.sqlite3"\nkey_file = "{folder}/var/outbox.key"\n'
        f'[idcard]\nsimulated = true\n[camera]\nenabled = false\n'
        f'[printer]\nbackend = "spool"\nspool_dir = "{folder}/var/spool"\n[logging]\ndir = "{folder}/var/log"\n',
        encoding="utf-8",
    )
    return site


def test_the_repository_is_not_importable_from_the_fresh_venv(installed: Path, tmp_path: Path) -> None:
    code = "import importlib.util as u; print(u.find_spec('kiosk'), u.find_spec('ui'), u.find_spec('hall_kiosk.kiosk'))"
    out = subprocess.run([str(installed / "bin" / "python"), "-c", code], cwd=tmp_path, env=clean_env(),
                         capture_output=True, text=True, check=True).stdout
    assert out.startswith("None None ModuleSpec(name='hall_kiosk.kiosk'")
    assert str(installed) in out


def test_config_check_reads_the_packaged_defaults(installed: Path, tmp_path: Path) -> None:
    result = _kiosk(installed, "config", "check", str(_site_file(tmp_path)), cwd=tmp_path)
    assert (result.returncode, result.stdout.strip()) == (0, f"{tmp_path / 'site.toml'}: ok"), result.stderr


def _run_until_home_screen(venv: Path, args: list[str], folder: Path) -> list[str]:
    """Start the installed command, wait for READY=1 (sent once the home screen is up), stop it."""
    listener = NotifyListener(folder)
    proc = subprocess.Popen([str(venv / "bin" / "kiosk"), *args], cwd=folder, text=True,
                            env=clean_env(NOTIFY_SOCKET=str(listener.path)),
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        listener.wait_for("READY=1", 120, proc)
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=60)
        assert proc.returncode == 0, proc.stdout.read() if proc.stdout else ""
        while listener.receive(0.2) is not None:  # what it said on the way out
            pass
        return [m for _, m in listener.messages]
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        listener.close()


def test_the_demo_reaches_its_home_screen_from_the_installed_package(installed: Path, tmp_path: Path) -> None:
    messages = _run_until_home_screen(installed, ["demo"], tmp_path)
    assert any("STATUS=home screen up" in m for m in messages)
    assert any(m.startswith("STOPPING=1") for m in messages)


@pytest.fixture
def sandbox_platform(installed: Path, tmp_path: Path) -> Iterator[str]:
    (tmp_path / "var").mkdir()
    proc = subprocess.Popen(
        [str(installed / "bin" / "kiosk-sandbox-platform"), "--port", "0", "--data-dir", str(tmp_path / "platform"),
         "--terminal", f"DEMO-0001={tmp_path / 'var' / 'terminal.key'}"],
        cwd=tmp_path, env=clean_env(), stdout=subprocess.PIPE, text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    yield line.split(" listening on ")[1].split()[0]
    proc.terminate()
    proc.wait(timeout=30)


def test_doctor_passes_on_the_simulated_devices_after_the_first_start(
    installed: Path, tmp_path: Path, sandbox_platform: str
) -> None:
    site = _site_file(tmp_path, sandbox_platform)
    _run_until_home_screen(installed, ["run", "--config", str(site)], tmp_path)
    result = _kiosk(installed, "doctor", "--config", str(site), cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "idcard" in result.stdout and "printer" in result.stdout


def test_the_installed_terminal_finds_and_compiles_its_keyboard_layouts(installed: Path, tmp_path: Path) -> None:
    # Main.qml points Qt's keyboard at keyboard/layouts next to itself: inside the installed package.
    result = compile_layouts(installed / "bin" / "python", ui="hall_kiosk.ui", cwd=tmp_path, env=clean_env())
    assert str(result["folder"]).startswith(str(installed))
    layouts = result["layouts"]
    assert isinstance(layouts, dict) and len(layouts) == 8
    assert {name: errors for name, errors in layouts.items() if errors} == {}
