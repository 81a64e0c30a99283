"""A fake ESC/POS receipt printer on localhost TCP: answers DLE EOT status queries like a real one.

Like a real printer it answers real-time commands (DLE EOT n) *wherever they appear in the byte
stream*, image data included: the printer scans bytes as they arrive, before it knows they belong
to a GS v 0 image. A receipt whose raster happens to contain ``10 04 01`` gets an extra status
byte back, and the status replies the terminal reads afterwards fall out of step.
``realtime_in_data`` counts such sequences found inside image data.

Switch ``mode`` at any time: ok, near-end, no-paper, offline, cover-open, silent (reads, never
answers), or paper-runs-out (answers ok until a raster image arrives, then no paper).
"""

from __future__ import annotations

import socket
import threading

from drivers.printing.escpos_status import (
    DLE_EOT,
    Paper,
    encode_offline_cause,
    encode_online,
    encode_paper,
)

RASTER = b"\x1dv0"  # GS v 0 m xL xH yL yH + data
CUT = b"\x1dV"
ERROR_STATUS_OK = b"\x12"
MODES = ("ok", "near-end", "no-paper", "offline", "cover-open", "silent", "paper-runs-out")


class FakeEscposPrinter:
    def __init__(self, host: str = "127.0.0.1", port: int = 0, mode: str = "ok") -> None:
        self.mode = mode
        self._server = socket.create_server((host, port))
        self._server.settimeout(0.2)
        self.host, self.port = self._server.getsockname()[:2]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="fake-escpos", daemon=True)
        self._lock = threading.Lock()
        self.received = bytearray()  # everything but status queries and raster payloads
        self.raster_rows = 0
        self.cuts = 0
        self.queries = 0
        self.realtime_in_data = 0
        self._paper_ran_out = False

    def start(self) -> FakeEscposPrinter:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        self._server.close()

    def __enter__(self) -> FakeEscposPrinter:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # --- device side --------------------------------------------------------------------------

    def _state(self) -> tuple[bool, Paper, frozenset[str]]:
        mode = self.mode
        if mode == "paper-runs-out" and self._paper_ran_out:
            mode = "no-paper"
        return {
            "near-end": (True, Paper.NEAR_END, frozenset()),
            "no-paper": (False, Paper.OUT, frozenset({"media-empty"})),
            "offline": (False, Paper.OK, frozenset({"error"})),
            "cover-open": (False, Paper.OK, frozenset({"cover-open"})),
        }.get(mode, (True, Paper.OK, frozenset()))

    def _answer(self, n: int) -> bytes:
        if self.mode == "silent":
            return b""
        online, paper, causes = self._state()
        if n == 1:
            return encode_online(online)
        if n == 2:
            return encode_offline_cause(causes)
        if n == 4:
            return encode_paper(paper)
        return ERROR_STATUS_OK  # n == 3: no recoverable or unrecoverable error

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with conn:
                conn.settimeout(0.2)
                self._session(conn)

    def _session(self, conn: socket.socket) -> None:
        buf = b""
        scanned = 0  # bytes of ``buf`` the real-time scanner has seen
        while not self._stop.is_set():
            try:
                chunk = conn.recv(65536)
            except TimeoutError:
                continue
            except OSError:
                return
            if not chunk:
                return
            buf += chunk
            scanned = self._realtime(conn, buf, scanned)
            rest = self._consume(buf)
            scanned = max(0, scanned - (len(buf) - len(rest)))
            buf = rest

    def _realtime(self, conn: socket.socket, buf: bytes, start: int) -> int:
        """Answer every DLE EOT n from ``start`` on, as the printer's receive interrupt does.

        Returns how far it got: an incomplete sequence at the end waits for the next chunk.
        """
        i = start
        while True:
            found = buf.find(DLE_EOT, i)
            if found < 0:
                return max(i, len(buf) - 1)  # a trailing DLE may begin a sequence
            i = found
            if i + 2 >= len(buf):
                return i
            n = buf[i + 2]
            if n in (1, 2, 3, 4):
                with self._lock:
                    self.queries += 1
                reply = self._answer(n)
                if reply:
                    conn.sendall(reply)
                i += 3
            else:
                i += 1

    def _consume(self, buf: bytes) -> bytes:
        """Interpret complete commands in ``buf`` (status queries were answered on arrival); return the tail."""
        i = 0
        while i < len(buf):
            if buf.startswith(DLE_EOT, i):
                if i + 2 >= len(buf):
                    break
                i += 3
            elif buf.startswith(RASTER, i):
                if i + 8 > len(buf):
                    break
                xl, xh, yl, yh = buf[i + 4 : i + 8]
                size = (xl + 256 * xh) * (yl + 256 * yh)
                if i + 8 + size > len(buf):
                    break
                payload = buf[i + 8 : i + 8 + size]
                with self._lock:
                    self.raster_rows += yl + 256 * yh
                    self.realtime_in_data += sum(payload.count(DLE_EOT + bytes([n])) for n in (1, 2, 3, 4))
                if self.mode == "paper-runs-out":
                    self._paper_ran_out = True
                i += 8 + size
            else:
                if buf.startswith(CUT, i):
                    with self._lock:
                        self.cuts += 1
                with self._lock:
                    self.received.append(buf[i])
                i += 1
        return buf[i:]
