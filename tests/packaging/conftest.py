"""The wheels are built once per test run and installed once into a fresh venv."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.packaging.kit import build_wheels, fresh_venv


@pytest.fixture(scope="session")
def wheels(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return build_wheels(tmp_path_factory.mktemp("wheels"))


@pytest.fixture(scope="session")
def installed(tmp_path_factory: pytest.TempPathFactory, wheels: list[Path]) -> Path:
    """The venv's folder; its ``bin/kiosk`` is the installed command."""
    return fresh_venv(tmp_path_factory.mktemp("venv") / "venv", wheels)
