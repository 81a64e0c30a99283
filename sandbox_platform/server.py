"""Running the sandbox platform: werkzeug's threaded server with keep-alive, and "down" for real.

"Down" closes the listening socket (new connections are refused) and shuts every open
connection, which is what a terminal sees when the platform or its link disappears.
"""

from __future__ import annotations

import errno
import io
import logging
import os
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server

from kiosk.domain.masking import mask_text
from sandbox_platform.app import SandboxState, create_app
from sandbox_platform.faults import Fault
from sandbox_platform.fleet_api import FleetState
from sandbox_platform.keys import KeyRegistry, public_key_of_seed_file
from sandbox_platform.storage import PlatformStore

log = logging.getLogger(__name__)


def read_key_file(path: str | Path) -> bytes:
    return bytes.fromhex(Path(path).read_text(encoding="ascii").strip())


class _Handler(WSGIRequestHandler):
    protocol_version = "HTTP/1.1"
    timeout = 30  # an idle keep-alive connection does not hold a thread forever

    def setup(self) -> None:
        super().setup()
        # Headers and body go out in separate writes; without this, Nagle + delayed ACK add 40 ms.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.server.connections.add(self.connection)  # type: ignore[attr-defined]

    def finish(self) -> None:
        self.server.connections.discard(self.connection)  # type: ignore[attr-defined]
        super().finish()

    def make_environ(self) -> Any:
        environ = super().make_environ()
        # After each response werkzeug drains "leftover" input from rfile, which on a keep-alive
        # connection is the next request. The app reads every body in full, so give that drain
        # an empty stream and restore the socket's reader afterwards.
        self._socket_rfile = self.rfile
        self.rfile = io.BytesIO()
        return environ

    def run_wsgi(self) -> None:
        try:
            super().run_wsgi()
        finally:
            real = self.__dict__.pop("_socket_rfile", None)
            if real is not None:
                self.rfile = real

    def send_header(self, keyword: str, value: str) -> None:
        # werkzeug closes every connection; the app drains each request body, so keep-alive is safe.
        if keyword.lower() == "connection" and value.lower() == "close" and self._client_keeps_alive():
            return
        super().send_header(keyword, value)

    def _client_keeps_alive(self) -> bool:
        return self.request_version == "HTTP/1.1" and self.headers.get("Connection", "").lower() != "close"

    def date_time_string(self, timestamp: float | None = None) -> str:
        offset = getattr(self.server, "clock_offset_s", lambda: 0.0)()
        return super().date_time_string((timestamp or time.time()) + offset)

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        log.debug("%s %s", mask_text(str(self.requestline)), code)

    def log_error(self, format: str, *args: Any) -> None:
        log.debug("sandbox connection: %s", mask_text(format % args))


def _write_owner_only(path: Path, text: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(text)


class SandboxPlatform:
    def __init__(self, data_dir: str | Path, *, host: str = "127.0.0.1", port: int = 0) -> None:
        self.data_dir = Path(data_dir)
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.store = PlatformStore(self.data_dir / "platform.sqlite3")
        self.keys = KeyRegistry(self.data_dir / "keys.sqlite3")
        self.state = SandboxState(self.store, go_down=self._admin_down, fleet=FleetState(self.keys))
        self.admin_token_file = self.data_dir / "admin.token"
        _write_owner_only(self.admin_token_file, self.state.admin_token + "\n")
        self.app = create_app(self.state)
        self.host = host
        self.port = port
        self._server: BaseWSGIServer | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self.terminal_id = ""  # the terminal ``running_sandbox`` registered
        self.key_file: Path | None = None

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    # --- lifecycle --------------------------------------------------------------------------

    def start(self) -> None:
        with self._lock:
            if self._server is not None:
                return
            try:
                server = make_server(self.host, self.port, self.app, threaded=True, request_handler=_Handler)
            except SystemExit:  # werkzeug prints a bind failure and exits; a caller can act on an OSError
                raise OSError(errno.EADDRINUSE, f"cannot listen on {self.host}:{self.port}") from None
            server.connections = set()  # type: ignore[attr-defined]
            server.clock_offset_s = lambda: self.state.clock_offset_s  # type: ignore[attr-defined]
            self.port = server.port
            self._server = server
            self.state.down = False
            self._thread = threading.Thread(
                target=server.serve_forever, kwargs={"poll_interval": 0.05}, name="sandbox-platform", daemon=True
            )
            self._thread.start()

    def stop(self) -> None:
        with self._lock:
            server, self._server = self._server, None
            if server is None:
                return
            self.state.down = True
            server.shutdown()
            server.server_close()
            for conn in list(server.connections):  # type: ignore[attr-defined]
                with suppress(OSError):
                    conn.shutdown(socket.SHUT_RDWR)
            if self._thread is not None:
                self._thread.join(5)

    def close(self) -> None:
        self.stop()
        self.store.close()
        self.keys.close()

    # --- faults -----------------------------------------------------------------------------

    def fail(
        self,
        mode: str,
        *,
        fraction: float = 1.0,
        count: int | None = None,
        delay_s: float = 1.0,
        retry_after_s: int = 1,
    ) -> None:
        """Inject a fault: "down", "slow", "error500", "rate_limit" or "drop_after_commit"."""
        if mode == "down":
            self.stop()
            return
        self.state.faults.set(Fault(mode, fraction, count, delay_s, retry_after_s))

    def heal(self) -> None:
        self.state.faults.clear()
        self.start()

    def _admin_down(self, duration_s: float | None) -> None:
        # Called from a request thread: stopping must happen elsewhere or shutdown() waits on itself.
        def run() -> None:
            time.sleep(0.1)
            self.stop()
            if duration_s is not None:
                time.sleep(duration_s)
                self.start()

        threading.Thread(target=run, daemon=True).start()

    def set_clock_offset(self, seconds: float) -> None:
        self.state.clock_offset_s = seconds

    # --- terminals and what arrived ---------------------------------------------------------

    def register_terminal(self, terminal_id: str, key_file: str | Path) -> str:
        """Bind the public half of a terminal's key file (tests and the demo); returns the key id."""
        return self.keys.register(terminal_id, public_key_of_seed_file(key_file), self.state.now())

    def issue_enrolment_code(self, terminal_id: str, site: str = "", region: str = "", ttl_s: float = 3600) -> str:
        return self.keys.issue_code(terminal_id, site, region, ttl_s, self.state.now())

    def set_rotation_window(self, seconds: float) -> None:
        self.state.fleet.rotation_window_s = seconds

    def records(self, kind: str | None = None) -> list[dict[str, Any]]:
        return self.store.records(kind)

    def appointments(self) -> list[dict[str, Any]]:
        """Bookings held (id = confirmation code), for tests and the demo."""
        return self.store.appointments()

    def record_keys(self) -> list[str]:
        return self.store.record_keys()

    def latest_heartbeat(self, terminal_id: str) -> dict[str, Any] | None:
        return self.store.latest_heartbeat(terminal_id)


@contextmanager
def running_sandbox(
    data_dir: str | Path, *, terminal_id: str = "TEST-0001", key_file: str | Path | None = None
) -> Iterator[SandboxPlatform]:
    """A started sandbox on a free port with one registered terminal (key file created if absent)."""
    from offline_cache.crypto import load_or_create_key

    data_dir = Path(data_dir)
    key_path = Path(key_file) if key_file else data_dir / "terminal.key"
    load_or_create_key(key_path)
    sandbox = SandboxPlatform(data_dir / "sandbox")
    sandbox.register_terminal(terminal_id, key_path)
    sandbox.terminal_id, sandbox.key_file = terminal_id, key_path
    sandbox.start()
    try:
        yield sandbox
    finally:
        sandbox.close()
