"""How often the terminal's threads take turns at the Python interpreter.

Only one thread runs Python at a time. A thread that wants the interpreter while another runs pure
Python waits up to ``sys.getswitchinterval()`` before it asks for it, and CPython's default is 5 ms.
The UI thread does not ask once per frame: each call from Qt into Python (a timer's slot, a QML
binding reading a view model's property) asks again, and PySide lets go of the interpreter around
each call back into Qt. While the catalog refresh parses and indexes on its thread, a frame that
asked a dozen times waited a dozen turns (the "convoy effect" of a lock handed over on a timer):
stalls of 100–280 ms with under 1 ms of the UI thread's own CPU, and no time spent waiting for a CPU
(its ``/proc`` schedstat), in ``benchmarks/refresh_stall.py``.

A shorter turn bounds each of those waits; the cost is more hand-overs while two threads both run
Python, a few microseconds each. Threads blocked in I/O (card reader, printer, network) are not
affected: they let go of the interpreter while they wait.
"""

from __future__ import annotations

import sys

UI_TURN_S = 0.0005


def share_interpreter_with_the_ui() -> None:
    """Hand the interpreter over every ``UI_TURN_S`` while another thread runs Python."""
    sys.setswitchinterval(UI_TURN_S)
