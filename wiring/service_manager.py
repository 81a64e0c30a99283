"""Talking to systemd as a ``Type=notify`` service: ``READY=1``, ``WATCHDOG=1``, ``STOPPING=1``.

The protocol is one datagram per message to the ``AF_UNIX`` socket named in ``$NOTIFY_SOCKET``
(a leading ``@`` means the abstract namespace), so no library is needed. ``$WATCHDOG_USEC`` says
how often systemd wants to hear from us; ``$WATCHDOG_PID``, when set, names the process it means.
Started by hand (no ``$NOTIFY_SOCKET``) every call does nothing.
"""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Mapping

log = logging.getLogger(__name__)


class ServiceManager:
    """The service manager that started us, or nobody."""

    def __init__(self, environ: Mapping[str, str] | None = None) -> None:
        env = os.environ if environ is None else environ
        address = env.get("NOTIFY_SOCKET", "")
        self._address = "\0" + address[1:] if address.startswith("@") else address
        self.watchdog_interval_s: float | None = None
        usec = env.get("WATCHDOG_USEC", "")
        pid = env.get("WATCHDOG_PID", "")
        if address and usec.isdigit() and int(usec) > 0 and (not pid or pid == str(os.getpid())):
            self.watchdog_interval_s = int(usec) / 1_000_000
        self._socket: socket.socket | None = None

    @property
    def present(self) -> bool:
        return bool(self._address)

    def notify(self, message: str) -> bool:
        """Send one message (``KEY=VALUE`` lines); False when nobody listens or the send failed."""
        if not self._address:
            return False
        try:
            if self._socket is None:
                self._socket = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC)
            self._socket.sendto(message.encode(), self._address)
        except OSError as exc:
            # The terminal keeps serving citizens; the watchdog will say the rest if this persists.
            log.warning("service manager notification failed: %s", exc)
            return False
        return True

    def ready(self, status: str) -> bool:
        return self.notify(f"READY=1\nSTATUS={status}")

    def watchdog(self) -> bool:
        return self.notify("WATCHDOG=1")

    def stopping(self) -> bool:
        return self.notify("STOPPING=1")

    def close(self) -> None:
        if self._socket is not None:
            self._socket.close()
            self._socket = None
