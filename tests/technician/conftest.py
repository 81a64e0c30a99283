from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from kiosk.config.loader import CONFIG_DIR, load_config
from kiosk.ports import SelfTestResult
from kiosk.technician.pin import hash_pin
from tests.conftest import ARTIFACTS
from tests.ui.harness import ANY_PORT

PIN = "246810"
# Hashing is deliberately slow; one hash for the whole session keeps the suite quick.
_PIN_HASH = hash_pin(PIN, salt=b"technician-tests")


@pytest.fixture(scope="session")
def pin_hash() -> str:
    return _PIN_HASH


def write_site(tmp_path: Path, pin_hash: str, extra: str = "") -> Path:
    site = tmp_path / "site.toml"
    shutil.copy(CONFIG_DIR / "profiles" / "demo.toml", site)
    with site.open("a", encoding="utf-8") as fh:
        fh.write(f'\n[technician]\npin_hash = "{pin_hash}"\n{extra}\n')
    return site


class FlakyPrinter:
    """A self-test stand-in whose answer the test decides (the doctor table needs one broken device)."""

    def __init__(self, ok: bool) -> None:
        self.ok = ok

    def __call__(self) -> SelfTestResult:
        if self.ok:
            return SelfTestResult("printer", True, "queue kiosk-pdf idle")
        return SelfTestResult("printer", False, "queue kiosk-pdf paused: media-empty", {"queue": "kiosk-pdf"})


def start_app(qtbot: QtBot, site: Path, **kwargs: Any) -> Any:
    from ui.app import KioskApp

    config = load_config(site, environ=ANY_PORT | dict(os.environ))  # a setting a test makes wins
    app = KioskApp(config, demo=True, site_file=site, technician_options=kwargs)
    app.window.show()
    qtbot.waitExposed(app.window)
    return app


def stop_app(app: Any) -> None:
    app.tech.exit()
    app.close()


@pytest.fixture
def tech_app(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pin_hash: str) -> Iterator[Any]:
    monkeypatch.chdir(tmp_path)
    app = start_app(qtbot, write_site(tmp_path, pin_hash))
    yield app
    stop_app(app)


@pytest.fixture
def shots() -> Path:
    return ARTIFACTS / "screens"
