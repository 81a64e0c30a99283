"""Writing a small file so that a power cut leaves the old file or the new one, never half of either.

One helper for every file the terminal must not lose or tear: the technician PIN state and site
settings, the enrolment record and signing keys, the stored remote configuration. The steps:
a temporary file of its own beside the target (created exclusively, with the final mode), the data,
``fsync``; then ``rename`` over the target, or ``link`` into place when an existing file must win
(two processes creating a key at once); then ``fsync`` of the folder, so the new name is durable too.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

OWNER_ONLY = 0o600


def write_atomic(path: Path, data: bytes, *, mode: int = OWNER_ONLY, replace: bool = True) -> bool:
    """Put ``data`` at ``path`` durably; False only when ``replace`` is off and a file was already there.

    ``mode`` is the new file's permission bits (0600 unless the file is meant for others to read,
    less the umask). With ``replace=False`` an existing file is kept as it is.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if replace:
            os.replace(temp, path)
        else:
            try:
                os.link(temp, path)
            except FileExistsError:
                return False
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()  # after a rename it is gone already; after a link it is a second name
    fsync_folder(path.parent)
    return True


def fsync_folder(folder: Path) -> None:
    """Make a rename, link or new file in ``folder`` survive a power cut."""
    dir_fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)
