"""Plays a scan engine on a pseudo-terminal: the code source opens ``device_path`` like a real port."""

from __future__ import annotations

import contextlib
import os
import tty

from drivers.scanner.codec import encode_line


class ScannerSimulator:
    def __init__(self) -> None:
        self._master, slave = os.openpty()
        tty.setraw(slave)  # no echo, no CR/LF translation: bytes arrive exactly as sent
        self._slave = slave
        self.device_path = os.ttyname(slave)

    def scan(self, text: str, charset: str = "utf-8", terminator: bytes = b"\r\n") -> None:
        os.write(self._master, encode_line(text, charset, terminator))

    def send_raw(self, data: bytes) -> None:
        os.write(self._master, data)

    def close(self) -> None:
        for fd in (self._master, self._slave):
            with contextlib.suppress(OSError):
                os.close(fd)
