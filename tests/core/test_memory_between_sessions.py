"""The memory a session freed goes back to the system at the wipe, not kept by the allocator for good
(issue 13: the soak's resident size swung by ±50 MiB with the allocator's free pages)."""

from __future__ import annotations

import ctypes
import os
from pathlib import Path

import pytest

MIB = 1024 * 1024
BLOCK = 64 * 1024  # below glibc's mmap threshold: served from an arena, kept there once freed


def _rss() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


@pytest.mark.skipif(not Path("/proc/self/statm").exists(), reason="reads the resident size from /proc")
def test_the_memory_a_session_freed_goes_back_to_the_system_when_the_session_is_wiped(tmp_path: Path) -> None:
    from kiosk.clock import ManualClock
    from kiosk.config.loader import CONFIG_DIR, load_config
    from kiosk.tasks import InlineTaskRunner
    from wiring.composition import build
    from wiring.memory import release_free_memory

    if not release_free_memory():
        pytest.skip("not glibc: nothing to ask the allocator for")
    libc = ctypes.CDLL("libc.so.6")
    libc.malloc.restype = ctypes.c_void_p
    libc.malloc.argtypes = [ctypes.c_size_t]
    libc.free.argtypes = [ctypes.c_void_p]
    config = load_config(CONFIG_DIR / "profiles" / "demo.toml", environ={"KIOSK_TERMINAL__DATA_DIR": str(tmp_path)})
    assembly = build(config, clock=ManualClock(), tasks=InlineTaskRunner(), demo=True)
    try:
        # What a session leaves: 48 MiB of blocks used and freed, below one block still in use, so
        # the allocator cannot shrink its heap from the top by itself.
        blocks = [libc.malloc(BLOCK) for _ in range(48 * MIB // BLOCK)]
        pinned = libc.malloc(BLOCK)
        for block in blocks:
            ctypes.memset(block, 1, BLOCK)
        for block in blocks:
            libc.free(block)
        held = _rss()
        assembly.terminal.session.end("done")
        # before: the 48 MiB stayed resident until another allocation happened to reuse them
        assert held - _rss() > 24 * MIB
        libc.free(pinned)
    finally:
        assembly.close()


CHILD = """
import ctypes, os, re, sys, tempfile, threading
from ui.app import prepare_environment
prepare_environment()
libc = ctypes.CDLL("libc.so.6")
libc.malloc.restype = ctypes.c_void_p
libc.malloc.argtypes = [ctypes.c_size_t]
libc.free.argtypes = [ctypes.c_void_p]
go = threading.Barrier(8)
def work():
    go.wait()  # all at once: a thread that finds every arena busy makes one of its own
    for _ in range(2000):
        libc.free(libc.malloc(4096))
threads = [threading.Thread(target=work) for _ in range(8)]
for t in threads: t.start()
for t in threads: t.join()
with tempfile.TemporaryFile("w+b") as f:
    libc.fdopen.restype = ctypes.c_void_p
    stream = libc.fdopen(os.dup(f.fileno()), b"w")
    libc.malloc_info(0, ctypes.c_void_p(stream))
    libc.fclose(ctypes.c_void_p(stream))
    f.seek(0)
    print(len(re.findall(rb"<heap nr=", f.read())))
"""


@pytest.mark.skipif(not Path("/proc/self/statm").exists(), reason="glibc on Linux")
def test_the_terminals_threads_share_two_allocator_arenas() -> None:
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, PYTHONPATH=str(root))
    env.pop("MALLOC_ARENA_MAX", None)
    out = subprocess.run([sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, timeout=60, check=True)
    # before: one arena per thread that met the others' busy (up to 8 per core), each keeping what it freed
    assert int(out.stdout.strip().splitlines()[-1]) <= 2
