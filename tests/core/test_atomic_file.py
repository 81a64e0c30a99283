"""Files the terminal must not lose or tear are written whole or not at all, and kept from other users."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from kiosk.atomic_file import write_atomic


def test_the_data_is_synced_before_the_rename_and_the_folder_after_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "state.json"
    steps: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        steps.append("fsync folder" if stat.S_ISDIR(os.fstat(fd).st_mode) else "fsync data")
        real_fsync(fd)

    def replace(src: str | Path, dst: str | Path) -> None:
        steps.append("rename")
        real_replace(src, dst)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    assert write_atomic(target, b"{}")
    assert steps == ["fsync data", "rename", "fsync folder"]
    assert target.read_bytes() == b"{}"


def test_a_write_that_fails_leaves_the_old_file_and_no_temporary_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "site.toml"
    write_atomic(target, b"old")

    def no_room(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_room)
    with pytest.raises(OSError):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["site.toml"]


def test_without_replace_a_file_already_there_wins(tmp_path: Path) -> None:
    key = tmp_path / "outbox.key"
    assert write_atomic(key, b"first", replace=False)
    assert not write_atomic(key, b"second", replace=False)  # another process made it first
    assert key.read_bytes() == b"first"
    assert [p.name for p in tmp_path.iterdir()] == ["outbox.key"]
