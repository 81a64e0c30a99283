"""The root of everything the ID card driver raises, so a caller can catch the driver as one.

``str()`` is technician-facing and never holds card data; the context a caller may act on is in
attributes: ``port`` (the serial path, when one is involved) and ``command`` (the request, when
one was in flight).
"""

from __future__ import annotations


class IdCardError(Exception):
    def __init__(self, message: str = "", *, port: str = "", command: str = "") -> None:
        super().__init__(message)
        self.port = port
        self.command = command
