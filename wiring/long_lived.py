"""Building data the terminal keeps for hours (the catalog and its search index) without long
garbage-collector passes.

A full pass of CPython's collector is one C call that holds the interpreter lock while it walks
every object it tracks, whichever thread set it off. A province catalog and its index are ~1.5
million objects, and the pinyin tables 200,000 more: passes set off while the refresh thread built
them took 200–600 ms, the UI thread waiting throughout (``benchmarks/catalog_stall.py --where``).

So: at start, before any window shows, the search's tables are loaded and everything alive is
frozen (``gc.freeze``: later passes skip it). Each catalog build first reclaims the garbage cycles
made since the last freeze (a pass over only what is not frozen: short), then runs with the
automatic collector paused (a build makes no cycles to reclaim), and freezes what is alive when it
ends, if no citizen is being served then. A replaced catalog holds no cycles and is freed by
reference counting (``tests/catalog/test_catalog_stall.py``).

Why not freeze mid-session: a frozen object is never reclaimed by the collector, so a reference
cycle alive at a freeze that dies later stays in memory for good; at idle the collection before the
build has just reclaimed the last session's cycles, so what is frozen is the terminal's own
long-lived state. So the refresher builds at idle only (a refresh due mid-session is put off), and
a build that still ends mid-session (the first catalog, or a citizen who tapped during the build) is
not frozen: the collector then walks that catalog in its passes, as it did before, until the next
build at idle.

Frozen objects are not in ``gc.get_objects()``: code that counts or scans objects calls
``gc.unfreeze()`` first.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_building = 0
_was_enabled = True
_freeze = False


class Build:
    """What ``building_long_lived`` yields: set ``kept = False`` when the body built nothing to
    keep (an unchanged catalog), so nothing is frozen for it."""

    kept = True


def freeze_start_up() -> None:
    """Load the search's tables and freeze what is alive: call before any window shows."""
    # Importing the search loads pypinyin's tables: one 2.5 MB json.loads, ~0.2 s of CPU holding the
    # interpreter, which on the refresh thread would stop the home screen's UI thread for that long.
    from kiosk.catalog import services  # noqa: F401

    gc.collect()
    gc.freeze()


def _always() -> bool:
    return True


@contextmanager
def building_long_lived(may_freeze: Callable[[], bool] = _always) -> Iterator[Build]:
    """Pause the automatic collector while the body runs; then, if ``may_freeze()`` (no citizen
    is in a session), freeze what is alive; resume."""
    global _building, _was_enabled, _freeze
    with _lock:
        if _building == 0:
            _was_enabled, _freeze = gc.isenabled(), False
            gc.collect()  # so no garbage cycle alive now (the last session's) is frozen below
            gc.disable()
        _building += 1
    build = Build()
    try:
        yield build
    finally:
        with _lock:
            _freeze = _freeze or (build.kept and may_freeze())
            _building -= 1
            if _building == 0:
                if _freeze:
                    gc.freeze()
                if _was_enabled:
                    gc.enable()
