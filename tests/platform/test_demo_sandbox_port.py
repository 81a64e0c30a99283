"""Two demos (or two test workers) starting at once on one machine both get a sandbox platform."""

from __future__ import annotations

import socket
from collections.abc import Callable
from pathlib import Path

from kiosk.config.loader import load_config
from kiosk.config.models import KioskConfig
from wiring.platform import start_sandbox_if_asked


def _demo_config(tmp_path: Path, port: int) -> KioskConfig:
    return load_config(environ={
        "KIOSK_TERMINAL__DATA_DIR": str(tmp_path / "data"),
        "KIOSK_PLATFORM__SANDBOX": "true",
        "KIOSK_PLATFORM__URL": f"http://127.0.0.1:{port}",
        "KIOSK_PLATFORM__KEY_FILE": str(tmp_path / "data" / "terminal.key"),
    })


def test_a_port_taken_between_the_check_and_the_bind_gives_the_sandbox_another_port(tmp_path: Path) -> None:
    # Bound but not listening: the "is anyone there?" check finds the port free, the bind then fails,
    # which is what a second demo sees when the first binds in between.
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        port = taken.getsockname()[1]
        closers: list[Callable[[], None]] = []
        try:
            config, sandbox = start_sandbox_if_asked(_demo_config(tmp_path, port), closers)
            assert sandbox is not None
            assert sandbox.port not in (0, port)
            assert config.platform.url.port == sandbox.port
        finally:
            for close in reversed(closers):
                close()
