"""Shared test set-up: Qt renders offscreen unless a display is given explicitly."""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The input method is chosen when the application object is made, which pytest-qt does early.
os.environ.setdefault("QT_IM_MODULE", "qtvirtualkeyboard")
os.environ.setdefault("QT_QUICK_CONTROLS_STYLE", "Basic")
# Software rendering makes window grabs (screenshots) reliable without a GPU.
os.environ.setdefault("QT_QUICK_BACKEND", "software")

# Hypothesis fails an example that runs longer than 200 ms by default: a wall-clock assert in disguise,
# which a loaded CI machine trips (seen: 368 ms for a tracking-number check that takes 1 ms). Speed
# is measured in benchmarks/; here an example may take as long as the machine needs.
settings.register_profile("kiosk", deadline=None)
settings.load_profile("kiosk")

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"


@pytest.fixture(scope="session")
def wheels(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """hall-kiosk and hall-kiosk-sandbox as ``pip wheel`` builds them from this checkout, once per run.

    Under pytest-xdist the workers of one run share a parent folder: the first worker to ask builds
    the wheels there under a lock, and the others read them (tests only read the wheels).
    """
    from tests.packaging.kit import build_wheels

    base = tmp_path_factory.getbasetemp()
    shared = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    done = shared / "wheels-built.txt"
    with (shared / "wheels.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not done.exists():
            built = build_wheels(shared / "wheels")
            done.write_text("".join(f"{wheel}\n" for wheel in built))
    return [Path(line) for line in done.read_text().splitlines()]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The end-to-end tests start first, so that pytest-xdist's workers run the long ones side by side
    # and the many short ones fill in behind them, instead of one long test starting last and running
    # alone (longest first is the classic rule for spreading jobs over workers). Order within each
    # kind is kept.
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)
