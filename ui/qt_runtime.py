"""Qt plumbing for the core's threading contract: device events and finished background work are
delivered on the Qt main thread, and blocking work runs in a thread pool so the screen never waits."""

from __future__ import annotations

import contextlib
import logging
import signal
import socket
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QSocketNotifier, QThreadPool, QTimer, Signal, Slot

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
        self._posted.emit(fn)

    @Slot(object)
    def _run(self, fn: Callable[[], Any]) -> None:
        fn()

    def sink_for(self, handler: EventSink) -> EventSink:
        def sink(event: DeviceEvent) -> None:
            self.post(lambda: handler(event))

        return sink


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        super().__init__()
        self._work = work
        self._done = done

    def run(self) -> None:
        try:
            result: Any = self._work()
        except BaseException as exc:  # delivered to the caller, who decides what the citizen sees
            result = exc
        self._done(result)


class QtTaskRunner:
    def __init__(self, dispatcher: MainThreadDispatcher, max_threads: int = 4) -> None:
        self._dispatcher = dispatcher
        self._pool = QThreadPool()
        self._pool.setMaxThreadCount(max_threads)

    def run(self, work: Callable[[], T], done: Callable[[T | BaseException], None]) -> None:
        def deliver(result: Any) -> None:
            self._dispatcher.post(lambda: done(result))

        self._pool.start(_Job(work, deliver))

    def wait(self, ms: int = 5000) -> bool:
        return bool(self._pool.waitForDone(ms))


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
