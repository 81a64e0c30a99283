"""How the QML engine collects its JavaScript heap: chosen per Qt version, before the first engine.

Qt 6.8 made the collector incremental (it marks and sweeps in slices between frames). On Qt 6.8.0
(PySide6 6.8.0.2, the aarch64 pin: docs/packaging.md) it sweeps heap cells that are still in use:
with ``QV4_MM_AGGRESSIVE_GC=1`` (a collection at every allocation) the second terminal window of a
process segfaults while it loads, and the slow window tests segfaulted in 3 of 3 long runs, always in
``QV4::Lookup::getterGeneric`` reading a cell whose class pointer was already null. Collecting in one
pass (``QV4_GC_TIMELIMIT=0``, how Qt up to 6.7 always worked) passes both
(``tests/ui/test_js_heap.py``). Qt 6.12.0 passes the same test with its incremental collector, so it
keeps it; the versions between were never tried, so they get the one-pass collector too.
"""

from __future__ import annotations

import os

SAFE_INCREMENTAL_FROM = (6, 12)


def collector_settings(qt_version: str) -> dict[str, str]:
    """The environment the QML engine of ``qt_version`` (``qVersion()``, e.g. ``"6.8.0"``) needs."""
    major, minor = (int(part) for part in qt_version.split(".")[:2])
    if (6, 8) <= (major, minor) < SAFE_INCREMENTAL_FROM:
        return {"QV4_GC_TIMELIMIT": "0"}  # milliseconds per collection slice; 0: the whole collection at once
    return {}


def choose_collector() -> None:
    """Apply ``collector_settings`` for the Qt in use, unless the environment already says otherwise."""
    from PySide6.QtCore import qVersion

    for name, value in collector_settings(qVersion()).items():
        os.environ.setdefault(name, value)
