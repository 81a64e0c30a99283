"""Keeps ``True`` and ``False`` alive for the life of the process, whatever a binding gets wrong.

PySide6 6.12.0's ``SignalInstance.emit()`` returns ``True`` without taking a reference to it, so
every signal emitted from Python gives away one of ``True``'s references. On Python 3.11 the
singletons are ordinary counted objects: once the count a long-running terminal started with is
used up (a few thousand emits; the camera preview alone emits 15 a second, the dispatcher one per
device event and finished task), the next release of ``True`` anywhere — usually the camera decode
thread, which passes ``try_invert=True`` dozens of times a second — aborts the process with
"Fatal Python error: bool_dealloc". Python 3.12 made the singletons immortal for exactly this
reason; here we do the same by hand, so the bug (and any other extension's miscount of a bool)
can no longer end the process. ``emit_steals_true`` tells whether the binding still has the bug.
"""

from __future__ import annotations

import ctypes
import sys

# Far beyond any count a process can give away (one emit a microsecond for ~36,000 years) and far
# below the largest Py_ssize_t, so counting up from here never wraps either.
_PINNED = 1 << 60


def _count_cell(obj: object) -> ctypes.c_ssize_t:
    # ob_refcnt is the first field of every object in CPython's (non-free-threaded) build.
    return ctypes.c_ssize_t.from_address(id(obj))


def pin_bools() -> None:
    """Make ``True``/``False`` immortal in practice; idempotent, and a no-op where they already are."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for singleton in (True, False):
        cell = _count_cell(singleton)
        if cell.value < _PINNED:
            cell.value += _PINNED


def emit_steals_true(emits: int = 100) -> bool:
    """Whether emitting a signal from Python releases a reference to ``True`` it never took."""
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        fired = Signal()

    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(emits):
        probe.fired.emit()
    return sys.getrefcount(True) <= before - emits
