"""A terminal in a folder: slots installed from real wheels, the unit's ExecStartPre + ExecStart run
by a small supervisor with systemd's Restart=always, the update agent's verdicts from the test."""

from __future__ import annotations

import base64
import hashlib
import os
import subprocess
import sysconfig
import threading
import time
import zipfile
from pathlib import Path

from tests.packaging.kit import clean_env
from wiring.update.slots import BORROW_ENV


def rebrand_wheel(wheel: Path, out_dir: Path, version: str, *, broken: bool = False) -> Path:
    """The same wheel as another version; ``broken`` makes its ``kiosk`` command fail at start."""
    old_info = next(n.split("/")[0] for n in zipfile.ZipFile(wheel).namelist() if n.endswith(".dist-info/METADATA"))
    new_info = f"hall_kiosk-{version}.dist-info"
    out = out_dir / f"hall_kiosk-{version}-py3-none-any.whl"
    records: list[str] = []
    with zipfile.ZipFile(wheel) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            name = item.filename.replace(old_info, new_info)
            if name.endswith("/RECORD"):
                continue
            data = src.read(item)
            if name.endswith("/METADATA"):
                data = b"\n".join(
                    f"Version: {version}".encode() if line.startswith(b"Version:") else line
                    for line in data.split(b"\n")
                )
            if broken and name == "hall_kiosk/wiring/cli.py":
                data += b"\n\ndef main(argv=None):\n    raise SystemExit('this build is broken on purpose')\n"
            dst.writestr(name, data)
            digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
            records.append(f"{name},sha256={digest},{len(data)}")
        records.append(f"{new_info}/RECORD,,")
        dst.writestr(f"{new_info}/RECORD", "\n".join(records) + "\n")
    return out


def borrowing_env(**extra: str) -> dict[str, str]:
    return clean_env(**{BORROW_ENV: sysconfig.get_paths()["purelib"]}, **extra)


class Supervisor:
    """``ExecStartPre=kiosk update switch-if-staged`` then ``ExecStart=current/bin/kiosk run``, again and
    again (Restart=always), until stopped."""

    def __init__(self, root: Path, state: Path, site: Path, deadline_s: float) -> None:
        self.root, self.state, self.site, self.deadline_s = root, state, site, deadline_s
        self.proc: subprocess.Popen[bytes] | None = None
        self.starts: list[str] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self.log = (state / "supervisor.log").open("ab")

    def start(self) -> None:
        self._thread.start()

    def _loop(self) -> None:
        env = borrowing_env(HALL_KIOSK_SLOTS=str(self.root))
        while not self._stop.is_set():
            subprocess.run(
                [str(self.root / "known-good" / "bin" / "kiosk"), "update", "switch-if-staged", "--root",
                 str(self.root), "--state", str(self.state), "--deadline", str(self.deadline_s)],
                env=env, cwd=self.state, stdout=self.log, stderr=self.log, check=False,
            )
            self.starts.append(os.readlink(self.root / "current"))
            self.proc = subprocess.Popen([str(self.root / "current" / "bin" / "kiosk"), "run", "--config",
                                          str(self.site)], env=env, cwd=self.state, stdout=self.log,
                                         stderr=self.log)
            self.proc.wait()
            time.sleep(0.5)  # RestartSec

    def restart(self) -> None:
        """What ``systemctl restart`` does to the running version."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()

    def stop(self) -> None:
        self._stop.set()
        self.restart()
        self._thread.join(timeout=60)
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
        self.log.close()


def wait_until(condition, timeout_s: float, what: str, poll_s: float = 0.5):  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(poll_s)
    raise AssertionError(f"{what}: not within {timeout_s} s")
