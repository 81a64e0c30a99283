"""A serial scan engine as a code source: one ``CodeScanned`` per line, its text when the line's bytes
read one way, else its readings (``drivers/scanner/codec.py``) with the text empty."""

from __future__ import annotations

import logging
import threading

import serial

from drivers.scanner.codec import LineSplitter
from kiosk.ports import CodeScanned, DeviceBack, DeviceLost, EventSink

log = logging.getLogger("drivers.scanner")


class SerialScannerSource:
    name = "scanner"

    def __init__(self, port: str, baud: int = 9600, backoff_s: tuple[float, float] = (0.5, 10.0)) -> None:
        self.port, self.baud, self.backoff_s = port, baud, backoff_s
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.connected = threading.Event()  # set while the port is open (self-test, tests)

    def start(self, sink: EventSink) -> None:
        if self._thread is not None:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, args=(sink,), name="scanner-serial", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def _run(self, sink: EventSink) -> None:
        backoff, lost = self.backoff_s[0], False
        while not self._stop.is_set():
            try:
                with serial.Serial(self.port, self.baud, timeout=0.2) as port:
                    if lost:
                        lost, backoff = False, self.backoff_s[0]
                        sink(DeviceBack("scanner"))
                    splitter = LineSplitter()
                    self.connected.set()
                    while not self._stop.is_set():
                        chunk = port.read(port.in_waiting or 1)
                        for line in splitter.feed(chunk):
                            sink(CodeScanned.of("scanner", (line,)))
            except (serial.SerialException, OSError) as exc:
                self.connected.clear()
                if not lost:
                    lost = True
                    log.warning("scanner on %s lost: %s", self.port, exc)
                    sink(DeviceLost("scanner", f"serial port {self.port}: {exc}"))
            self._stop.wait(backoff)
            backoff = min(backoff * 2, self.backoff_s[1])
