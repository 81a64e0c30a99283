from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk.clock import ManualClock
from kiosk.config.loader import CONFIG_DIR, load_config
from tests.conftest import ARTIFACTS


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(datetime.now(UTC))


@pytest.fixture
def demo_environ() -> dict[str, str]:
    """Settings over the demo profile, as ``KIOSK_…`` variables; a test module may override this."""
    return {}


@pytest.fixture
def demo_app(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clock: ManualClock, demo_environ: dict[str, str]
) -> Iterator[object]:
    """The real terminal window on the demo profile, with its data in a temporary folder."""
    from ui.app import KioskApp

    monkeypatch.chdir(tmp_path)
    config = load_config(CONFIG_DIR / "profiles" / "demo.toml", environ=demo_environ)
    app = KioskApp(config, demo=True, clock=clock)
    app.window.show()
    qtbot.waitExposed(app.window)
    yield app
    app.close()


@pytest.fixture
def shots() -> Path:
    return ARTIFACTS / "screens"
