"""Building the wheels once per run, installing them into a fresh venv outside the repository, and
listening like systemd does (``$NOTIFY_SOCKET``) to a process started from that venv."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import sysconfig
import time
import venv
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


def build_wheels(out: Path) -> list[Path]:
    """``hall-kiosk`` and ``hall-kiosk-sandbox`` as ``pip wheel`` builds them from the repository."""
    for settings in ([], ["--config-settings", "dist=sandbox"]):
        subprocess.run(
            [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w", str(out), *settings],
            check=True, capture_output=True, text=True,
        )
    return sorted(out.glob("*.whl"))


def fresh_venv(target: Path, wheels: list[Path]) -> Path:
    """A new venv holding our wheels; its third-party packages come from the running environment.

    CI reaches no index beyond PyPI and Qt alone is hundreds of megabytes, so the venv borrows the
    running environment's site-packages through a plain path line: a ``.pth`` line that is a path
    adds the folder but does not run that folder's own ``.pth`` files, so the developer's editable
    install of the repository stays out. What is ours comes only from the wheels.
    """
    venv.EnvBuilder(with_pip=False, clear=True).create(target)
    site = target / "lib" / f"python{sys.version_info.major}.{sys.version_info.minor}" / "site-packages"
    (site / "borrowed-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run(
        [str(target / "bin" / "python"), "-m", "pip", "install", "-q", "--no-deps", "--no-index",
         "--ignore-installed", *map(str, wheels)],
        check=True, capture_output=True, text=True, env=clean_env(),
    )
    return target


def clean_env(**extra: str) -> dict[str, str]:
    """The environment without the repository on the import path."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "NOTIFY_SOCKET", "WATCHDOG_USEC")}
    env.update(QT_QPA_PLATFORM="offscreen", QT_QUICK_BACKEND="software", **extra)
    return env


class NotifyListener:
    """The ``$NOTIFY_SOCKET`` end of the service protocol, as systemd holds it."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / "notify.sock"
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(str(self.path))
        self.messages: list[tuple[float, str]] = []

    def receive(self, timeout_s: float) -> str | None:
        self.sock.settimeout(timeout_s)
        try:
            data = self.sock.recv(4096).decode()
        except TimeoutError:
            return None
        self.messages.append((time.monotonic(), data))
        return data

    def wait_for(self, prefix: str, timeout_s: float, proc: subprocess.Popen[Any] | None = None) -> str:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if proc is not None and proc.poll() is not None:
                raise AssertionError(f"process ended with {proc.returncode} before {prefix!r}")
            message = self.receive(min(1.0, max(0.05, deadline - time.monotonic())))
            if message and any(line.startswith(prefix) for line in message.splitlines()):
                return message
        raise AssertionError(f"no {prefix!r} within {timeout_s} s; got {[m for _, m in self.messages]}")

    def close(self) -> None:
        self.sock.close()
