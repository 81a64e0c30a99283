"""A task runner that runs work at once on the calling thread: for tests and command-line tools."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


class InlineTaskRunner:
    def run(self, work: Callable[[], T], done: Callable[[T | BaseException], None]) -> None:
        try:
            result: T | BaseException = work()
        except Exception as exc:
            result = exc
        done(result)
