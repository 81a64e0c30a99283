"""Two code slots and the links that choose between them, under one root (``/opt/hall-kiosk``)::

    slots/a  slots/b     each a venv holding one version's wheels
    current              → the slot the service starts (``ExecStart`` goes through it)
    known-good           → the last slot that passed its health check (the update agent runs from it)
    update.json          what is staged, what is on trial, the last events

Links are switched by renaming a new link over the old one, so a power cut leaves either the old or
the new target, never none. Data (outbox, keys, logs) is not in a slot: both versions share it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SLOT_NAMES = ("a", "b")
# Tests (and only tests) let a slot borrow already-installed dependencies instead of a wheelhouse.
BORROW_ENV = "HALL_KIOSK_BORROW_SITE_PACKAGES"


class SlotError(Exception):
    """Installing into a slot failed; the running slot is untouched."""


@dataclass
class Slots:
    root: Path

    @property
    def state_file(self) -> Path:
        return self.root / "update.json"

    def slot(self, name: str) -> Path:
        return self.root / "slots" / name

    def target(self, link: str) -> str | None:
        """Which slot ``current`` or ``known-good`` points at."""
        try:
            return Path(os.readlink(self.root / link)).name
        except OSError:
            return None

    def point(self, link: str, slot: str) -> None:
        temporary = self.root / f".{link}.new"
        temporary.unlink(missing_ok=True)
        temporary.symlink_to(Path("slots") / slot)  # relative: the tree may be mounted elsewhere
        os.replace(temporary, self.root / link)
        _fsync_dir(self.root)

    def inactive(self) -> str:
        """The slot neither running nor kept as the way back."""
        busy = {self.target("current"), self.target("known-good")}
        free = [s for s in SLOT_NAMES if s not in busy]
        if not free:
            raise SlotError("both slots are in use (an update is on trial); wait for its verdict")
        return free[0]

    def read_state(self) -> dict[str, Any]:
        try:
            state: dict[str, Any] = json.loads(self.state_file.read_text())
        except FileNotFoundError:
            state = {}
        state.setdefault("staged", None)
        state.setdefault("trial", None)
        state.setdefault("events", [])
        return state

    def write_state(self, state: dict[str, Any]) -> None:
        state["events"] = state.get("events", [])[-20:]
        temporary = self.state_file.with_suffix(".tmp")
        with temporary.open("w") as fh:
            json.dump(state, fh, indent=1, sort_keys=True)
            fh.flush()
            os.fsync(fh.fileno())
        temporary.chmod(0o644)  # the service user reads what is staged
        os.replace(temporary, self.state_file)
        _fsync_dir(self.root)

    def install(self, slot: str, wheels: Path, version: str, python: str | None = None) -> None:
        """A fresh venv in ``slot`` holding hall-kiosk ``version`` from the folder ``wheels``, offline."""
        target = self.slot(slot)
        shutil.rmtree(target, ignore_errors=True)
        target.parent.mkdir(parents=True, exist_ok=True)
        borrow = os.environ.get(BORROW_ENV, "")
        base = python or _system_python()
        steps: list[list[str]] = [[base, "-m", "venv", *(["--without-pip"] if borrow else []), str(target)]]
        pip = [str(target / "bin" / "python"), "-m", "pip", "install", "--quiet", "--no-index",
               "--disable-pip-version-check"]
        if not borrow:
            steps.append([*pip, "--find-links", str(wheels), "--no-deps", "--require-hashes", "-r",
                          str(wheels / "requirements-runtime.lock")])
        ours = sorted(wheels.glob(f"hall_kiosk-{version}-*.whl"))
        if not ours:
            raise SlotError(f"the bundle holds no hall_kiosk-{version} wheel")
        steps.append([*pip, "--no-deps", "--ignore-installed", str(ours[0])])
        # Only the bundle's wheels: no index, find-links or config from the machine's own pip set-up.
        env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_")} | {"PIP_CONFIG_FILE": os.devnull}
        for step in steps:
            result = subprocess.run(step, capture_output=True, text=True, check=False, env=env)
            if result.returncode != 0:
                shutil.rmtree(target, ignore_errors=True)
                raise SlotError(f"installing {version} into slot {slot} failed: {result.stderr.strip()[-400:]}")
            if step is steps[0] and borrow:
                site = next((target / "lib").glob("python3*/site-packages"))
                (site / "borrowed-dependencies.pth").write_text(borrow + "\n")


def _system_python() -> str:
    """The interpreter under the running one (a slot's venv sits on Debian's python3)."""
    return str(getattr(sys, "_base_executable", sys.executable))


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def event(state: dict[str, Any], what: str, **details: Any) -> None:
    state.setdefault("events", []).append({"at": time.time(), "what": what, **details})
