"""Qt plumbing for the core's threading contract: device events and finished background work are
delivered on the Qt main thread, and blocking work runs in a thread pool so the screen never waits."""

from __future__ import annotations

import contextlib
import logging
import signal
import socket
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, QTimer, Signal, Slot

from kiosk.ports import DeviceEvent, EventSink

T = TypeVar("T")
log = logging.getLogger(__name__)


class MainThreadDispatcher(QObject):
    """Calls functions on the thread that created it, whichever thread posts them."""

    _posted = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self._posted.connect(self._run)

    def post(self, fn: Callable[[], Any]) -> None:
        try:
            self._posted.emit(fn)
        except RuntimeError:  # "Signal source has been deleted": the window closed, nothing is left to show it
            log.debug("posted after the dispatcher was deleted: dropped")

    @Slot(object)
    def _run(self, fn: Callable[[], Any]) -> None:
        fn()

    def sink_for(self, handler: EventSink) -> EventSink:
        def sink(event: DeviceEvent) -> None:
            self.post(lambda: handler(event))

        return sink


class QtTaskRunner:
    """Runs blocking work on a pool of Python threads and hands each result to the Qt main thread.

    A ``concurrent.futures`` pool, not ``QThreadPool``: PySide6 6.12 keeps a reference to some of
    the Python ``QRunnable`` objects it has run, with their closures, so a terminal that runs for
    weeks grew by about one finished job per session (the soak). Here nothing outlives its job. The
    result goes back through the dispatcher's queued signal: the main thread never waits on a job.
    """

    def __init__(self, dispatcher: MainThreadDispatcher, max_threads: int = 4) -> None:
        self._dispatcher = dispatcher
        self._pool = ThreadPoolExecutor(max_workers=max_threads, thread_name_prefix="kiosk-task")
        self._idle = threading.Condition()
        self._running = 0
        self._closed = False

    def run(self, work: Callable[[], T], done: Callable[[T | BaseException], None]) -> None:
        with self._idle:
            if self._closed:  # a result could no longer be shown: the window is going
                log.info("background work after close dropped: %s", getattr(work, "__qualname__", "?"))
                return
            self._running += 1
        self._pool.submit(self._job, work, done)

    def _job(self, work: Callable[[], T], done: Callable[[T | BaseException], None]) -> None:
        try:
            try:
                result: T | BaseException = work()
            except BaseException as exc:  # delivered to the caller, who decides what the citizen sees
                result = exc
            self._dispatcher.post(lambda: done(result))
        finally:
            with self._idle:
                self._running -= 1
                self._idle.notify_all()

    def wait(self, ms: int = 5000) -> bool:
        """Blocks until every job has run (not until its result was handled); False on timeout."""
        with self._idle:
            return self._idle.wait_for(lambda: self._running == 0, timeout=ms / 1000)

    def close(self, ms: int = 3000) -> bool:
        """Waits up to ``ms`` for the jobs, then takes no more. A job still running or queued is left to
        finish (as ``QThreadPool`` did): it may be a filing on its way into the outbox."""
        finished = self.wait(ms)
        with self._idle:
            self._closed = True
        self._pool.shutdown(wait=False)
        return finished


class QuitOnSignals:
    """SIGTERM (systemd stopping the terminal) and SIGINT (Ctrl-C at a technician's console) end the
    event loop, so the app closes its devices and outbox instead of dying mid-write.

    Python runs signal handlers only between bytecodes, and the Qt loop may sit in C for a long
    time; the wake-up fd gets the loop's attention at once.
    """

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._read, self._write = socket.socketpair()
        self._read.setblocking(False)
        self._write.setblocking(False)
        signal.set_wakeup_fd(self._write.fileno())
        self._notifier = QSocketNotifier(self._read.fileno(), QSocketNotifier.Type.Read)
        self._notifier.activated.connect(self._drain)
        for number in (signal.SIGTERM, signal.SIGINT):
            signal.signal(number, self._on_signal)

    def _drain(self) -> None:
        with contextlib.suppress(BlockingIOError):
            self._read.recv(64)

    def _on_signal(self, number: int, _frame: object) -> None:
        log.info("%s received: closing the terminal", signal.Signals(number).name)
        QTimer.singleShot(0, self._app.quit)  # from the loop, not from whatever Python code the signal interrupted
