"""The outbox key file is never left half-written: a terminal killed while it creates the key starts
again next time (before, it left an empty key file and every later start refused it)."""

from __future__ import annotations

import multiprocessing
import random
import stat
import time
from pathlib import Path

import pytest

from offline_cache.crypto import FieldCipher, load_or_create_key


def test_an_empty_key_file_left_by_a_killed_first_start_is_replaced_by_a_whole_key(tmp_path: Path) -> None:
    key_file = tmp_path / "outbox.key"
    key_file.touch(mode=0o600)
    key = load_or_create_key(key_file)
    assert len(key) == 32
    assert load_or_create_key(key_file) == key
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600


def test_a_new_key_leaves_no_temporary_file_beside_it(tmp_path: Path) -> None:
    load_or_create_key(tmp_path / "outbox.key")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["outbox.key"]


def _create(path: str) -> None:
    FieldCipher.from_key_file(Path(path))


@pytest.mark.slow
def test_killed_at_any_moment_while_creating_its_key_the_outbox_starts_next_time(tmp_path: Path) -> None:
    ctx = multiprocessing.get_context("fork")
    rng = random.Random(20261128)
    for round_no in range(40):
        key_file = tmp_path / f"round{round_no}" / "outbox.key"
        child = ctx.Process(target=_create, args=(str(key_file),))
        child.start()
        time.sleep(rng.uniform(0.0, 0.01))
        child.kill()
        child.join()
        assert len(load_or_create_key(key_file)) == 32, f"round {round_no}"
