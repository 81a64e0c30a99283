"""The terminal's UI process hands the interpreter to a waiting thread often: the UI thread asks
for it on every call from Qt into Python, and waits up to one turn each time while the catalog
refresh runs Python (``benchmarks/refresh_stall.py`` measures the stalls against CPython's 5 ms)."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest

from ui.app import prepare_environment


@pytest.fixture
def restored_turn() -> Iterator[None]:
    before = sys.getswitchinterval()
    yield
    sys.setswitchinterval(before)


def test_the_ui_process_hands_the_interpreter_over_at_least_every_millisecond(restored_turn: None) -> None:
    sys.setswitchinterval(0.005)  # CPython's default
    prepare_environment()
    assert sys.getswitchinterval() <= 0.001
