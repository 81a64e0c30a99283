"""What is plugged in, for the settings pickers. Device libraries are imported only when asked."""

from __future__ import annotations

import glob
import logging

log = logging.getLogger(__name__)


def serial_ports() -> list[str]:
    ports: list[str] = []
    try:
        from serial.tools import list_ports

        ports = sorted(p.device for p in list_ports.comports())
    except Exception:
        log.exception("listing serial ports failed")
    # Simulators and USB-serial bridges in a test stand appear as pseudo-terminals.
    ptys = sorted(p for p in glob.glob("/dev/pts/[0-9]*"))
    return ["auto", *ports, *(p for p in ptys if p not in ports)]


def cameras() -> list[str]:
    return sorted(glob.glob("/dev/video*")) or ["0"]


def cups_queues() -> list[str] | None:
    """Queue names, or None when CUPS cannot be asked (then any well-formed name is accepted)."""
    try:
        import cups

        return sorted(cups.Connection().getPrinters())
    except Exception as exc:
        log.warning("CUPS not reachable for the printer picker: %s", exc)
        return None
