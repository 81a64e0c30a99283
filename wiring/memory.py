"""Handing the memory a session freed back to the system, between citizens.

glibc's allocator keeps freed memory for reuse. With the task runner's four threads, the camera's
and Qt's own, it keeps it in several arenas (one per thread that allocated, up to eight per core),
and memory freed in one thread's arena serves only that arena. In the soak (``benchmarks/soak.py``,
sampled with ``mallinfo2``), the arenas held ~215 MiB, of which ~67 MiB were in use and ~148 MiB
free; the resident size swung by ±50 MiB from one sample to the next with which arena last grew, and
a real growth of 1 MiB per 100 sessions could not be told from it. ``malloc_trim(0)`` gives every
arena's free pages back (``madvise``), ~70 MiB each time in that soak.

Two things, both from measurements in that soak:

* **Two arenas** (``limit_arenas``, at start-up before Qt starts a thread; the service's unit also
  sets ``MALLOC_ARENA_MAX=2``, so it holds from the first allocation). With two, the arenas held
  ~86 MiB, ~19 MiB of them free, and the resident size was ~475 MiB instead of ~590 at the same
  point of the run. The threads that share an arena take turns on its lock; most of their
  allocations are Python's, made holding the interpreter lock anyway.
* **Free pages handed back at the wipe** (``release_free_memory``), the moment between two
  citizens, on a worker thread: it walks each arena under that arena's lock, and the UI thread must
  not wait for the walk.

Elsewhere than glibc both do nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import time
from collections.abc import Callable
from functools import cache

log = logging.getLogger(__name__)


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    libc = _libc()
    if libc is None:
        return None
    trim = libc.malloc_trim
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim  # type: ignore[no-any-return]


M_ARENA_MAX = -8  # mallopt's parameter number (glibc's malloc.h)
ARENAS = 2


@cache
def _libc() -> ctypes.CDLL | None:
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.mallopt  # noqa: B018 -- glibc only: a missing symbol raises AttributeError here
    except (OSError, AttributeError):
        return None
    return libc


def limit_arenas(arenas: int = ARENAS) -> bool:
    """At most ``arenas`` allocator arenas from now on (threads started later share them); call it
    before threads start. False where that cannot be asked for."""
    libc = _libc()
    return libc is not None and bool(libc.mallopt(ctypes.c_int(M_ARENA_MAX), ctypes.c_int(arenas)))


def release_free_memory() -> bool:
    """Give the allocator's free pages back to the system; False where that cannot be asked for.
    A blocking call (tens of ms on a large heap): run it off the UI thread."""
    trim = _malloc_trim()
    if trim is None:
        return False
    started = time.perf_counter()
    trim(0)  # ctypes lets go of the interpreter lock during the call
    log.debug("free memory handed back in %.1f ms", (time.perf_counter() - started) * 1000)
    return True
