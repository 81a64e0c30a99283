"""The running terminal's side of the service contract: READY=1 once the home screen is up, and
WATCHDOG=1 from a timer on the Qt event loop, so that a frozen UI stops the pets and systemd kills
and restarts it (``WatchdogSec=``). The outbox commits every filing before the citizen sees
"submitted", so such a restart loses nothing."""

from __future__ import annotations

import logging

from PySide6.QtCore import QTimer

from wiring.service_manager import ServiceManager

log = logging.getLogger(__name__)


class ServiceLink:
    def __init__(self, manager: ServiceManager | None = None) -> None:
        self.manager = manager or ServiceManager()
        self._timer: QTimer | None = None

    def home_screen_up(self, status: str) -> None:
        self.manager.ready(status)
        interval = self.manager.watchdog_interval_s
        if interval is None:
            return
        # Half the deadline, as sd_watchdog_enabled(3) advises: one late tick is not yet a kill.
        self._timer = QTimer()
        self._timer.setInterval(max(50, int(interval * 1000 / 2)))
        self._timer.timeout.connect(self.manager.watchdog)
        self._timer.start()
        self.manager.watchdog()
        log.info("watchdog fed from the event loop every %.1f s", interval / 2)

    def stopping(self) -> None:
        if self._timer is not None:
            self._timer.stop()
        self.manager.stopping()
        self.manager.close()
