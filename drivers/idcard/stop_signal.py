"""A stop flag whose timed wait is as cheap as a sleep, for a thread that waits forty times a second."""

from __future__ import annotations

import contextlib
import os
import select
import weakref


class StopSignal:
    """Set from any thread; ``wait`` returns early when set.

    ``threading.Event.wait`` builds a lock and a condition round per call; measured on an idle
    reader it cost 0.05 ms of CPU per wait on top of the 0.08 ms any wake-up costs. Waiting in
    ``select`` on a pipe costs no more than ``time.sleep`` and still wakes at once on ``set``.
    """

    def __init__(self) -> None:
        self._flag = False
        self._read_end, self._write_end = os.pipe()
        os.set_blocking(self._read_end, False)
        os.set_blocking(self._write_end, False)
        closer = weakref.finalize(self, _close, self._read_end, self._write_end)
        # Not at interpreter exit: a daemon thread (the reader's) may still be waiting on the pipe
        # then, and closing it under that thread made its next wait fail with "Bad file descriptor".
        # The process's end closes the pipe anyway.
        closer.atexit = False

    def set(self) -> None:
        self._flag = True
        with contextlib.suppress(BlockingIOError):  # a full pipe already wakes every waiter
            os.write(self._write_end, b"\0")

    def clear(self) -> None:
        self._flag = False
        with contextlib.suppress(BlockingIOError):
            while os.read(self._read_end, 4096):
                pass

    def is_set(self) -> bool:
        return self._flag

    def wait(self, timeout: float) -> bool:
        """Sleep up to ``timeout`` seconds; True when the signal is (or becomes) set."""
        if not self._flag:
            select.select([self._read_end], [], [], max(0.0, timeout))
        return self._flag


def _close(*fds: int) -> None:
    for fd in fds:
        with contextlib.suppress(OSError):
            os.close(fd)
