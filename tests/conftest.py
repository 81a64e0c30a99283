"""Shared test set-up: Qt renders offscreen unless a display is given explicitly."""

from __future__ import annotations

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
    """hall-kiosk and hall-kiosk-sandbox as ``pip wheel`` builds them from this checkout, once per run."""
    from tests.packaging.kit import build_wheels

    return build_wheels(tmp_path_factory.mktemp("wheels"))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # Under pytest-xdist every test that installs the built wheels runs in one worker, so the wheels
    # are built once per run, not once per worker.
    for item in items:
        if "wheels" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.xdist_group("wheels"))
