from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk.clock import ManualClock
from tests.conftest import ARTIFACTS
from tests.ui.harness import open_window
from ui.speech.player import RecordingSink


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(datetime.now(UTC))


@pytest.fixture
def demo_environ() -> dict[str, str]:
    """Settings over the demo profile, as ``KIOSK_…`` variables; a test module may override this.
    Whatever it says, the sandbox platform listens on any free port (``harness.open_window``)."""
    return {}


@pytest.fixture
def speech_player() -> object:
    """What the terminal speaks through; a test module may override this (a ``RecordingSink``)."""
    return None


def _window(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clock: ManualClock,
            environ: dict[str, str], speech_player: object) -> Iterator[object]:
    monkeypatch.chdir(tmp_path)
    app = open_window(qtbot, environ=environ, clock=clock, speech_player=speech_player)
    yield app
    app.close()


@pytest.fixture
def demo_app(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clock: ManualClock, demo_environ: dict[str, str],
    speech_player: object,
) -> Iterator[object]:
    """The real terminal window on the demo profile, with its data in a temporary folder."""
    yield from _window(qtbot, tmp_path, monkeypatch, clock, demo_environ, speech_player)


@pytest.fixture
def quiet_demo_app(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clock: ManualClock, demo_environ: dict[str, str]
) -> Iterator[object]:
    """The demo window with its speech recorded, not played: for tests that walk every screen and
    listen to none of it (this machine has no sound device)."""
    yield from _window(qtbot, tmp_path, monkeypatch, clock, demo_environ, RecordingSink())


@pytest.fixture
def app(demo_app: object) -> object:
    """The window a window test drives: the demo window; a module may override it (``quiet_demo_app``)."""
    return demo_app


@pytest.fixture
def shots() -> Path:
    return ARTIFACTS / "screens"
