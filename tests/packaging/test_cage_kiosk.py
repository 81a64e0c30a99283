"""The lockdown session for real: cage (headless wlroots backend, pixman renderer) runs the installed
terminal as an unprivileged user, and grim takes a screenshot of its home screen from inside cage."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import sysconfig
import time
from pathlib import Path

import pytest

from tests.conftest import ARTIFACTS
from tests.packaging.kit import NotifyListener

pytestmark = pytest.mark.slow
NOBODY = 65534
DEBIAN_PYTHON = Path("/usr/bin/python3")


def _missing() -> str:
    for tool in ("cage", "grim", "Xwayland"):
        if not shutil.which(tool):
            return f"{tool} is not installed (Debian packages cage, grim, xwayland)"
    if os.geteuid() == 0 and not shutil.which("setpriv"):
        return "cage refuses to run as root and setpriv is missing"
    if not DEBIAN_PYTHON.exists():
        return "no /usr/bin/python3 to build a venv an unprivileged user can run"
    same = subprocess.run([str(DEBIAN_PYTHON), "-c", "import sys; print(sys.version_info[:2])"],
                          capture_output=True, text=True).stdout.strip()
    if same != str(sys.version_info[:2]):
        return f"/usr/bin/python3 is {same}, the dependencies here are built for {sys.version_info[:2]}"
    return ""


def _link_tree(source: Path, target: Path) -> None:
    def link_or_copy(src: str, dst: str) -> None:
        try:
            os.link(src, dst)
        except OSError:  # another filesystem: a copy reads the same
            shutil.copy2(src, dst)

    shutil.copytree(source, target, symlinks=True, copy_function=link_or_copy)


@pytest.mark.skipif(bool(_missing()), reason=_missing() or "ready")
def test_cage_shows_the_installed_terminal_and_grim_captures_its_home_screen(
    tmp_path_factory: pytest.TempPathFactory, wheels: list[Path]
) -> None:
    # Everything the unprivileged user touches lives in one folder it owns: /root and the developer's
    # interpreter under it are out of its reach, so the venv sits on Debian's own python3.
    home = Path("/tmp") / f"hall-kiosk-cage-{os.getpid()}"
    shutil.rmtree(home, ignore_errors=True)
    (home / "xdg").mkdir(parents=True, mode=0o700)
    try:
        target = home / "venv"
        subprocess.run([str(DEBIAN_PYTHON), "-m", "venv", "--without-pip", str(target)], check=True)
        venv_python = target / "bin" / "python"
        site = next((target / "lib").glob("python3*/site-packages"))
        borrowed = home / "borrowed-site-packages"
        (site / "borrowed-dependencies.pth").write_text(f"{borrowed}\n")
        # The checkout may sit under a folder only root can enter (mktemp -d makes 0700), so the
        # unprivileged user gets the developer's dependencies as hard links in a folder it can read.
        _link_tree(Path(sysconfig.get_paths()["purelib"]), borrowed)
        subprocess.run([str(venv_python), "-m", "pip", "install", "-q", "--no-deps", "--no-index", "--ignore-installed",
                        *map(str, wheels)], check=True, capture_output=True, env={"PATH": "/usr/bin:/bin"})
        listener = NotifyListener(home)
        os.chmod(listener.path, 0o777)
        env = {
            "PATH": "/usr/bin:/bin", "HOME": str(home), "XDG_RUNTIME_DIR": str(home / "xdg"),
            "WLR_BACKENDS": "headless", "WLR_RENDERER": "pixman", "WLR_LIBINPUT_NO_DEVICES": "1",
            "QT_QPA_PLATFORM": "wayland", "QT_QUICK_BACKEND": "software", "NOTIFY_SOCKET": str(listener.path),
        }
        as_nobody = (["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
                     if os.geteuid() == 0 else [])
        # Not recursive over the borrowed tree: a chown through a hard link changes the developer's file.
        subprocess.run(["chown", f"{NOBODY}:{NOBODY}", str(home), str(listener.path)], check=os.geteuid() == 0)
        subprocess.run(["chown", "-R", f"{NOBODY}:{NOBODY}", str(home / "xdg"), str(target)],
                       check=os.geteuid() == 0)
        cage = subprocess.Popen([*as_nobody, "cage", "-d", "--", str(target / "bin" / "kiosk"), "demo"],
                                cwd=home, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            listener.wait_for("READY=1", 180, cage)
            from PIL import Image

            # READY=1 says the home screen is loaded; its first frame reaches cage a moment later.
            shot = home / "home.png"
            deadline = time.monotonic() + 60
            while True:
                subprocess.run([*as_nobody, "grim", str(shot)], env={**env, "WAYLAND_DISPLAY": "wayland-0"},
                               check=True, timeout=60)
                with Image.open(shot) as image:
                    if len(image.getcolors(1 << 16) or []) > 10 or time.monotonic() > deadline:
                        break
                time.sleep(1)
            with Image.open(shot) as image:
                ARTIFACTS.mkdir(exist_ok=True)
                image.save(ARTIFACTS / "cage-home-screen.png")
                # The header bar is the terminal's red; a black or empty frame would be one colour.
                assert len(image.getcolors(1 << 16) or []) > 10
                pixel = image.convert("RGB").getpixel((20, 20))
                assert isinstance(pixel, tuple) and pixel[0] > 150 and pixel[1] < 80 and pixel[2] < 80
        finally:
            cage.send_signal(signal.SIGTERM)
            try:
                cage.wait(timeout=30)
            except subprocess.TimeoutExpired:
                cage.kill()
            listener.close()
    finally:
        shutil.rmtree(home, ignore_errors=True)
