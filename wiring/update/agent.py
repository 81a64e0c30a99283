"""The update agent: stage a verified bundle into the free slot, switch while nobody is served, and
keep the new version only if it proves healthy before its deadline.

1. ``stage``: verify the bundle (signature, architecture, files), install it into the inactive slot,
   record it as staged. A refused bundle changes nothing.
2. The running terminal sees the staged version and, once its citizen session is idle, writes
   ``update/idle-for-update`` in its data folder and exits (``ui/service_link.py``).
3. ``switch_if_staged`` (the unit's ``ExecStartPre``, before every start): when that marker names the
   staged version, ``current`` moves to the new slot and a trial begins with a deadline.
4. ``check_trial`` (``kiosk update watch``, running from ``known-good``): before the deadline the new
   version must write its home-screen marker (with READY=1), report its own device self-tests as
   passing (only the running terminal can test the devices it holds open) and pass
   ``kiosk doctor --skip-devices`` (platform link, outbox, disk); then ``known-good`` follows it.
   Otherwise ``current`` goes back to the previous slot and the service is restarted there.

The platform link is part of that verdict only if the terminal had it in the ``LINK_WINDOW_S``
before the switch (the old version writes when the platform last answered into its idle marker).
A hall that was offline cannot show the new version's link either way, and rolling back for that
would only keep every offline hall on its old version; the new version is then judged on home
screen, self-tests and the doctor without the link, and the update log says the link check was
skipped and why.
"""

from __future__ import annotations

import json
import logging
import shutil
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from wiring.update.bundle import BundleRefused, verify_and_extract
from wiring.update.slots import SlotError, Slots, event

log = logging.getLogger(__name__)

IDLE_MARKER = Path("update") / "idle-for-update"
HOME_MARKER = Path("update") / "home-screen.json"
SELF_TEST_MARKER = Path("update") / "device-self-tests.json"
DEFAULT_DEADLINE_S = 300.0
LINK_WINDOW_S = 600.0  # platform contact this recent before the switch makes the link part of the verdict


class UpdateRefused(Exception):
    """``str(err)`` is the technician's one line; nothing changed."""


@dataclass
class Agent:
    slots: Slots
    state_dir: Path  # the terminal's data folder (/var/lib/hall-kiosk)
    deadline_s: float = DEFAULT_DEADLINE_S
    clock: Callable[[], float] = time.time

    # --- 1. stage --------------------------------------------------------------------------------

    def stage(self, bundle: Path, public_key: Ed25519PublicKey, arch: str | None = None) -> str:
        state = self.slots.read_state()
        if state["trial"]:
            raise UpdateRefused(f"version {state['trial']['version']} is on trial; wait for its verdict")
        try:
            slot = self.slots.inactive()
        except SlotError as exc:
            raise UpdateRefused(str(exc)) from None
        incoming = self.slots.root / "incoming"
        shutil.rmtree(incoming, ignore_errors=True)
        try:
            manifest = verify_and_extract(bundle, public_key, incoming, arch)
        except BundleRefused as exc:
            raise UpdateRefused(f"update refused, nothing changed: {exc}") from None
        try:
            self.slots.install(slot, incoming, manifest.version)
        except SlotError as exc:
            raise UpdateRefused(f"update not installed, the terminal keeps its version: {exc}") from None
        finally:
            shutil.rmtree(incoming, ignore_errors=True)
        state["staged"] = {"slot": slot, "version": manifest.version}
        event(state, "staged", slot=slot, version=manifest.version)
        self.slots.write_state(state)
        return f"version {manifest.version} installed in slot {slot}; it starts when the terminal is next idle"

    # --- 3. switch -------------------------------------------------------------------------------

    def switch_if_staged(self) -> str | None:
        state = self.slots.read_state()
        staged = state["staged"]
        marker = self.state_dir / IDLE_MARKER
        if not staged or _read_json(marker).get("version") != staged["version"]:
            return None
        previous = self.slots.target("current") or staged["slot"]
        now = self.clock()
        link_check, why = _link_check(_read_json(marker).get("platform_contact_at", _NOT_REPORTED), now)
        for stale in (HOME_MARKER, SELF_TEST_MARKER):
            (self.state_dir / stale).unlink(missing_ok=True)
        self.slots.point("current", staged["slot"])
        state["trial"] = {**staged, "previous": previous, "since": now, "deadline": now + self.deadline_s,
                          "link_check": link_check, "link_why": why}
        state["staged"] = None
        event(state, "switched", slot=staged["slot"], version=staged["version"],
              link_check="required" if link_check else "skipped", link_why=why)
        if not link_check:
            log.warning("update to %s: platform link not part of the health check: %s", staged["version"], why)
        self.slots.write_state(state)
        marker.unlink(missing_ok=True)
        version, slot = staged["version"], staged["slot"]
        return f"switched to version {version} (slot {slot}); health deadline {self.deadline_s:.0f} s"

    # --- 4. verdict ------------------------------------------------------------------------------

    def check_trial(self, doctor: Callable[[bool], bool]) -> str | None:
        """``"committed"``, ``"rolled back"`` or None (no trial, or still within its deadline).

        ``doctor(with_platform)`` runs ``kiosk doctor --skip-devices``, with the platform link or not.
        """
        state = self.slots.read_state()
        trial = state["trial"]
        if not trial:
            return None
        home = _read_json(self.state_dir / HOME_MARKER)
        reached_home = home.get("version") == trial["version"] and float(home.get("at", 0)) >= trial["since"]
        devices = _read_json(self.state_dir / SELF_TEST_MARKER)
        devices_ok = (
            devices.get("version") == trial["version"]
            and float(devices.get("at", 0)) >= trial["since"]
            and all(r.get("ok") for r in devices.get("results", []))
        )
        link_check = bool(trial.get("link_check", True))  # a trial opened before the rule: as it was
        link = {} if link_check else {"link_check": "skipped", "link_why": trial.get("link_why", "")}
        if reached_home and devices_ok and doctor(link_check):
            self.slots.point("known-good", trial["slot"])
            state["trial"] = None
            event(state, "committed", slot=trial["slot"], version=trial["version"], **link)
            self.slots.write_state(state)
            return "committed"
        if self.clock() < trial["deadline"]:
            return None
        self.slots.point("current", trial["previous"])
        state["trial"] = None
        why = "failed its health checks" if reached_home else "never reached its home screen"
        event(state, "rolled back", slot=trial["slot"], version=trial["version"], why=why, **link)
        self.slots.write_state(state)
        log.error("update to %s %s within %.0f s: rolled back to slot %s", trial["version"], why, self.deadline_s,
                  trial["previous"])
        return "rolled back"

    def watch(self, doctor: Callable[[bool], bool], restart: Callable[[], None], poll_s: float = 2.0,
              stop: Callable[[], bool] = lambda: False) -> None:
        while not stop():
            if self.check_trial(doctor) == "rolled back":
                restart()
            time.sleep(poll_s)

    def status(self) -> dict[str, Any]:
        state = self.slots.read_state()
        return {"current": self.slots.target("current"), "known_good": self.slots.target("known-good"), **state}


def run_doctor(command: Sequence[str], timeout_s: float = 120) -> bool:
    try:
        return subprocess.run(list(command), capture_output=True, timeout=timeout_s, check=False).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


_NOT_REPORTED = object()  # an idle marker written by a version from before the link rule


def _link_check(contact_at: object, switch_at: float) -> tuple[bool, str]:
    """Whether the new version must show the platform link, and why (for the update log)."""
    window_min = LINK_WINDOW_S / 60
    if contact_at is _NOT_REPORTED:
        return False, "the previous version does not report its platform contact"
    if not isinstance(contact_at, (int, float)) or isinstance(contact_at, bool):
        return False, "the platform had not answered since the terminal started"
    ago = switch_at - float(contact_at)
    if ago > LINK_WINDOW_S:
        last = f"last {ago / 60:.0f} min before"
        return False, f"no platform contact in the {window_min:.0f} min before the switch ({last})"
    return True, f"platform answered {max(ago, 0):.0f} s before the switch"


def _read_json(path: Path) -> dict[str, Any]:
    try:
        value = json.loads(path.read_text())
    except (OSError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}
