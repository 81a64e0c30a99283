from __future__ import annotations

import threading
import time

import pytest

from drivers.idcard.reader import IdCardReader
from drivers.idcard.simulator import Simulator


class Events:
    """Thread-safe record of what the reader reported, with waits."""

    def __init__(self) -> None:
        self.items: list[tuple[float, object]] = []
        self._cond = threading.Condition()

    def __call__(self, event) -> None:
        with self._cond:
            self.items.append((time.monotonic(), event))
            self._cond.notify_all()

    def of(self, kind) -> list[object]:
        with self._cond:
            return [e for _, e in self.items if isinstance(e, kind)]

    def wait_for(self, kind, count: int = 1, timeout: float = 15.0):
        """The ``count``-th event of ``kind`` and when it arrived; fails the test on timeout. The
        timeout is generous: on a loaded machine the simulator's thread can stall mid-reply and the
        reader reads again (seen: a layout test got no CardRead within 5 s in a full-suite run)."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                found = [(t, e) for t, e in self.items if isinstance(e, kind)]
                if len(found) >= count:
                    return found[count - 1]
                left = deadline - time.monotonic()
                if left <= 0:
                    what = getattr(kind, "__name__", kind)
                    raise AssertionError(f"no {what} #{count} within {timeout} s; got {self.items}")
                self._cond.wait(left)


@pytest.fixture
def sim(tmp_path):
    simulator = Simulator(115200, link_dir=tmp_path).start()
    yield simulator
    simulator.stop()


@pytest.fixture
def events():
    return Events()


@pytest.fixture
def start_reader(events):
    readers = []

    def start(port: str, **kwargs) -> IdCardReader:
        kwargs.setdefault("poll_interval", 0.05)
        kwargs.setdefault("system_ports", False)
        reader = IdCardReader(port, **kwargs)
        reader.start(events)
        readers.append(reader)
        return reader

    yield start
    for reader in readers:
        reader.stop()
