"""The single-writer lock on an outbox: a second terminal on the same data folder is told who holds it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from offline_cache.sync_worker import DrainLock, OutboxLocked


def test_a_second_terminal_on_the_same_outbox_is_refused_naming_the_holders_pid(tmp_path: Path) -> None:
    path = tmp_path / "var" / "lib" / "hall-kiosk" / "outbox.lock"  # folders made on the way
    first = DrainLock(path)
    first.acquire()
    with pytest.raises(OutboxLocked) as info:
        DrainLock(path).acquire()
    assert str(info.value) == (f"process {os.getpid()} already runs a terminal on this outbox ({path}); "
                               "only one may, so this one stops")
    assert info.value.holder_pid == os.getpid()
    first.release()


def test_a_holder_whose_pid_cannot_be_read_is_named_as_another_process(tmp_path: Path) -> None:
    path = tmp_path / "outbox.lock"
    first = DrainLock(path)
    first.acquire()
    path.write_text("")  # a holder killed between taking the lock and writing its pid
    with pytest.raises(OutboxLocked) as info:
        DrainLock(path).acquire()
    assert str(info.value).startswith("another process already runs a terminal") and info.value.holder_pid is None
    first.release()


def test_the_lock_file_names_the_new_holder_only_not_a_dead_ones_pid(tmp_path: Path) -> None:
    path = tmp_path / "outbox.lock"
    path.write_text("99999\n")  # left by a terminal that died
    first = DrainLock(path)
    first.acquire()
    assert path.read_text() == f"{os.getpid()}\n"
    first.release()


def test_a_released_lock_can_be_taken_again_and_releasing_twice_is_harmless(tmp_path: Path) -> None:
    path = tmp_path / "outbox.lock"
    first = DrainLock(path)
    first.acquire()
    first.release()
    first.release()
    second = DrainLock(path)
    second.acquire()
    second.release()
