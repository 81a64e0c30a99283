"""The running terminal's side of the service contract.

* READY=1 once the home screen is up, and for the update agent's health check of a new version
  (``wiring/update/agent.py``) a home-screen marker and the running terminal's own device
  self-tests: a second process (``kiosk doctor``) cannot test devices the terminal holds open
  (the ID card port is opened exclusively);
* WATCHDOG=1 from a timer on the Qt event loop, so that a frozen UI stops the pets and systemd
  kills and restarts it (``WatchdogSec=``). The outbox commits every filing before the citizen sees
  "submitted", so such a restart loses nothing;
* an update staged by the agent is taken only while no citizen is being served: at idle the
  terminal leaves a marker (with the time the platform last answered) and exits, and the unit's
  ``ExecStartPre`` switches slots before the restart.
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Callable
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from PySide6.QtCore import QTimer

from kiosk.ports import SelfTestResult
from wiring.service_manager import ServiceManager
from wiring.update.agent import HOME_MARKER, IDLE_MARKER, SELF_TEST_MARKER
from wiring.update.slots import Slots

log = logging.getLogger(__name__)
SLOTS_ENV = "HALL_KIOSK_SLOTS"  # set by the unit: /opt/hall-kiosk


def running_version() -> str:
    try:
        return version("hall-kiosk")
    except PackageNotFoundError:
        return "unknown"


def _write_json(path: Path, value: dict[str, object]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(value))
    os.replace(temporary, path)


class ServiceLink:
    def __init__(
        self,
        data_dir: Path,
        is_idle: Callable[[], bool],
        quit_app: Callable[[], None],
        manager: ServiceManager | None = None,
        device_self_tests: Callable[[], list[SelfTestResult]] | None = None,
        in_background: Callable[[Callable[[], object]], None] | None = None,
        platform_contact: Callable[[], float | None] = lambda: None,
    ) -> None:
        self.manager = manager or ServiceManager()
        self.data_dir = data_dir
        self.is_idle = is_idle
        self.quit_app = quit_app
        self.device_self_tests = device_self_tests
        self.in_background = in_background
        self.platform_contact = platform_contact
        self.version = running_version()
        slots_root = os.environ.get(SLOTS_ENV, "")
        self.slots = Slots(Path(slots_root)) if slots_root else None
        self._timers: list[QTimer] = []

    def _every(self, interval_ms: int, action: Callable[[], object]) -> None:
        timer = QTimer()
        timer.setInterval(interval_ms)
        timer.timeout.connect(action)
        timer.start()
        self._timers.append(timer)

    def home_screen_up(self, status: str) -> None:
        _write_json(self.data_dir / HOME_MARKER, {"version": self.version, "pid": os.getpid(), "at": time.time()})
        self.manager.ready(status)
        if self.device_self_tests is not None and self.in_background is not None:
            self.in_background(self._record_device_self_tests)
        interval = self.manager.watchdog_interval_s
        if interval is not None:
            # Half the deadline, as sd_watchdog_enabled(3) advises: one late tick is not yet a kill.
            self._every(max(50, int(interval * 1000 / 2)), self.manager.watchdog)
            self.manager.watchdog()
            log.info("watchdog fed from the event loop every %.1f s", interval / 2)
        if self.slots is not None:
            self._every(1000, self._take_staged_update_when_idle)

    def _record_device_self_tests(self) -> None:
        assert self.device_self_tests is not None
        results = [{"device": r.device, "ok": r.ok, "message": r.message} for r in self.device_self_tests()]
        _write_json(self.data_dir / SELF_TEST_MARKER, {"version": self.version, "at": time.time(), "results": results})

    def _take_staged_update_when_idle(self) -> None:
        assert self.slots is not None
        try:
            staged = self.slots.read_state()["staged"]
        except (OSError, ValueError):
            return
        if not staged or staged["version"] == self.version or not self.is_idle():
            return
        log.info("version %s is staged and no citizen is served: stopping for the switch", staged["version"])
        # When the platform last answered: the agent checks the link in the new version's health
        # check only if this hall had it in the minutes before the switch.
        _write_json(self.data_dir / IDLE_MARKER, {"version": staged["version"], "pid": os.getpid(), "at": time.time(),
                                                  "platform_contact_at": self.platform_contact()})
        self.quit_app()

    def stopping(self) -> None:
        for timer in self._timers:
            timer.stop()
        self.manager.stopping()
        self.manager.close()
