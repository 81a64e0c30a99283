"""scripts/install-terminal.sh into a fresh directory tree (``--root``): user, slot, links, config,
units and lockdown in place; a second run changes nothing; the installed units pass
``systemd-analyze verify``."""

from __future__ import annotations

import os
import shutil
import subprocess
import sysconfig
from pathlib import Path

import pytest

from tests.packaging.kit import ROOT, clean_env

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.geteuid() != 0, reason="the installer creates a user and sets owners: needs root"),
]
SCRIPT = ROOT / "scripts" / "install-terminal.sh"


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A fresh tree with the account files a fresh Debian has (taken from this Debian machine)."""
    root = tmp_path / "root"
    (root / "etc").mkdir(parents=True)
    for name in ("passwd", "group", "shadow", "gshadow", "login.defs"):
        if Path("/etc", name).exists():
            shutil.copy(Path("/etc", name), root / "etc" / name)
    return root


@pytest.fixture
def wheelhouse(tmp_path: Path, wheels: list[Path]) -> Path:
    house = tmp_path / "wheelhouse"
    arch = os.uname().machine.replace("arm64", "aarch64")
    (house / arch).mkdir(parents=True)
    shutil.copy(next(w for w in wheels if w.name.startswith("hall_kiosk-")), house / arch)
    (house / "requirements-runtime.lock").write_text("")  # dependencies are borrowed (below)
    return house


def _install(tree: Path, wheelhouse: Path, site: Path) -> str:
    result = subprocess.run(
        ["bash", str(SCRIPT), "--wheelhouse", str(wheelhouse), "--root", str(tree), "--site", str(site)],
        env=clean_env(HALL_KIOSK_BORROW_SITE_PACKAGES=sysconfig.get_paths()["purelib"]),
        capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def _snapshot(tree: Path) -> dict[str, object]:
    return {
        str(p.relative_to(tree)): (os.readlink(p) if p.is_symlink() else
                                   (p.read_bytes(), p.stat().st_mode, p.stat().st_uid) if p.is_file() else "dir")
        for p in sorted(tree.rglob("*")) if "__pycache__" not in p.parts
    }


@pytest.fixture
def site(tmp_path: Path) -> Path:
    path = tmp_path / "site.toml"
    path.write_text('[terminal]\nid = "HALL-0042"\ndata_dir = "/var/lib/hall-kiosk"\n'
                    '[platform]\nurl = "https://platform.example.gov.cn"\n')
    return path


def test_the_installer_sets_up_user_slot_config_units_and_lockdown(tree: Path, wheelhouse: Path, site: Path) -> None:
    out = _install(tree, wheelhouse, site)
    assert "user kiosk: created" in out
    users = {line.split(":")[0]: line.split(":") for line in (tree / "etc" / "passwd").read_text().splitlines()}
    assert users["kiosk"][5:] == ["/var/lib/hall-kiosk", "/usr/sbin/nologin"]
    lines = (tree / "etc" / "group").read_text().splitlines()
    groups = {line.split(":")[0]: line.rsplit(":", 1)[1].split(",") for line in lines}
    for group in ("dialout", "video", "lp"):
        assert group not in groups or "kiosk" in groups[group]
    opt = tree / "opt" / "hall-kiosk"
    assert (os.readlink(opt / "current"), os.readlink(opt / "known-good")) == ("slots/a", "slots/a")
    kiosk = str(opt / "current" / "bin" / "kiosk")
    check = subprocess.run([kiosk, "config", "check", str(tree / "etc/hall-kiosk/site.toml")],
                           env=clean_env(), capture_output=True, text=True)
    assert check.returncode == 0, check.stderr
    assert (tree / "var/lib/hall-kiosk").stat().st_mode & 0o777 == 0o700
    units = tree / "etc/systemd/system"
    assert (units / "graphical.target.wants/hall-kiosk.service").is_symlink()
    assert os.readlink(units / "ctrl-alt-del.target") == "/dev/null"
    assert "HandlePowerKey=ignore" in (tree / "etc/systemd/logind.conf.d/hall-kiosk.conf").read_text()


def test_running_the_installer_again_changes_nothing(tree: Path, wheelhouse: Path, site: Path) -> None:
    _install(tree, wheelhouse, site)
    before = _snapshot(tree)
    out = _install(tree, wheelhouse, site)
    assert _snapshot(tree) == before
    assert "user kiosk: present" in out and "site file: " in out and "kept" in out


@pytest.mark.skipif(not shutil.which("systemd-analyze") or not Path("/usr/bin/cage").exists(),
                    reason="needs systemd-analyze and cage (Debian packages systemd, cage)")
def test_the_installed_units_pass_systemd_analyze_verify(tree: Path, wheelhouse: Path, site: Path,
                                                         tmp_path: Path) -> None:
    """Verified on this machine with the tree's paths: the tree is not a whole system (no sysinit.target)."""
    _install(tree, wheelhouse, site)
    checked = tmp_path / "units"
    checked.mkdir()
    for unit in ("hall-kiosk.service", "hall-kiosk-update.service"):
        text = (tree / "etc/systemd/system" / unit).read_text().replace("/opt/hall-kiosk", str(tree / "opt/hall-kiosk"))
        (checked / unit).write_text(text)
    result = subprocess.run(["systemd-analyze", "verify", *map(str, sorted(checked.iterdir()))],
                            capture_output=True, text=True)
    assert (result.returncode, result.stderr) == (0, "")
