"""Keeps ``None``, ``True`` and ``False`` alive for the life of the process, whatever a binding gets wrong.

PySide6 6.12.0 returns singletons it holds no reference to: every wrapped C++ method that returns
``void`` (``QTimer.start``, ``QPainter.drawLine``, ``processEvents``, ``QThreadPool.start``, …)
and every invalid ``QVariant`` gives back ``None``, and ``SignalInstance.emit()`` gives back
``True``, each without taking a reference. The caller then releases one reference it never got.
On Python 3.11 the singletons are ordinary counted objects: once the count a long-running terminal
started with is used up (~8,000 for ``True``, a few 10,000 for ``None``; the soak used up ``None``
in ~110 sessions), the next release anywhere — usually the camera decode thread, which passes
``try_invert=True`` dozens of times a second — aborts the process with "Fatal Python error:
bool_dealloc" (or ``none_dealloc``). Python 3.12 made the singletons immortal; here we do the
same by hand, so these miscounts can no longer end the process. The probes below tell whether the
installed binding still has the bugs, so this can go when it does not.

PySide6 6.8.0.2 (tried in session 4 for ARM64, not pinned) does not have them: both probes answer False, and the
long-running test's 100,000 emits and 100,000 void calls pass with the pinning switched off (6.12.0
aborts there with bool_dealloc). The pinning costs nothing and is harmless where the counts are right.
"""

from __future__ import annotations

import ctypes
import sys

# Far beyond any count a process can give away (one miscount a microsecond for ~36,000 years) and
# far below the largest Py_ssize_t, so counting up from here never wraps either.
_PINNED = 1 << 60


def _count_cell(obj: object) -> ctypes.c_ssize_t:
    # ob_refcnt is the first field of every object in CPython's (non-free-threaded) build.
    return ctypes.c_ssize_t.from_address(id(obj))


def pin_singletons() -> None:
    """Make ``None``/``True``/``False`` immortal in practice; idempotent, a no-op where they already are."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for singleton in (None, True, False):
        cell = _count_cell(singleton)
        if cell.value < _PINNED:
            cell.value += _PINNED


def emit_steals_true(calls: int = 100) -> bool:
    """Whether emitting a signal from Python releases a reference to ``True`` it never took."""
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        fired = Signal()

    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(calls):
        probe.fired.emit()
    return sys.getrefcount(True) <= before - calls


def void_call_steals_none(calls: int = 100) -> bool:
    """Whether calling a ``void`` Qt method releases a reference to ``None`` it never took."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(calls):
        probe.setObjectName("probe")
    return sys.getrefcount(None) <= before - calls
