"""The one line ``kiosk demo`` prints when its window is up: what runs where.

Technician-facing (stdout of ``./dev demo``), so it names paths, ports and the display; it holds no
personal data.
"""

from __future__ import annotations

import os
from typing import Any

from kiosk.config.models import KioskConfig


def demo_line(config: KioskConfig, extras: dict[str, Any]) -> str:
    display = os.environ.get("DISPLAY", "")
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform == "offscreen":
        where = "offscreen (no window)"
    else:
        where = f"DISPLAY {display}" if display else "the default screen"
    parts = [f"window {config.ui.width}×{config.ui.height} on {where}"]
    simulator = extras.get("idcard_simulator")
    if simulator is not None:
        parts.append(f"ID card reader simulated on {getattr(simulator, 'path', '?')}")
    elif config.idcard.enabled:
        parts.append(f"ID card reader on {config.idcard.port}")
    if config.camera.enabled:
        parts.append(f"camera {config.camera.simulated_source or config.camera.device}")
    printer = extras.get("printer")
    if printer is not None:
        target = config.printer.spool_dir if config.printer.backend == "spool" else f"CUPS queue {config.printer.queue}"
        parts.append(f"printer {target}")
    sandbox = extras.get("sandbox")
    if sandbox is not None:
        parts.append(f"sandbox platform {sandbox.url}")
    else:
        parts.append(f"platform {config.platform.url}")
    parts.append(f"site {config.terminal.site_profile} ({config.terminal.region_code})")
    return "kiosk demo: " + " · ".join(parts)
