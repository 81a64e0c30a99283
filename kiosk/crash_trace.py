"""Native crashes leave a trace: Python's fault handler writes every thread's stack to a file in
the log folder when the process dies of a signal (SIGSEGV, SIGABRT, …), where no logger can run.

The trace holds file names, line numbers and function names only, never values, so it carries no
personal data. It is a file of its own, not the JSON-lines log, because the fault handler writes
plain text from inside a signal handler.
"""

from __future__ import annotations

import faulthandler
import logging
import os
from pathlib import Path
from typing import IO

log = logging.getLogger(__name__)

TRACE_NAME = "native-crash.log"

_open: list[IO[str]] = []  # the fault handler writes to the descriptor: the file must stay open


def enable_crash_trace(log_dir: Path) -> Path:
    """Arm the fault handler to append to ``log_dir/native-crash.log``; report an earlier crash."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / TRACE_NAME
    if path.exists() and path.stat().st_size > 0:
        log.warning("an earlier run ended in a native crash; its stacks are in %s", path)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    stream = os.fdopen(fd, "a", encoding="utf-8")
    faulthandler.enable(stream, all_threads=True)
    while _open:  # a second call (tests) moves the trace; the old file is no longer written to
        _open.pop().close()
    _open.append(stream)
    return path
