"""The wheels (``wheels``, tests/conftest.py) are installed once into a fresh venv."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.packaging.kit import fresh_venv


@pytest.fixture(scope="session")
def installed(tmp_path_factory: pytest.TempPathFactory, wheels: list[Path]) -> Path:
    """The venv's folder; its ``bin/kiosk`` is the installed command."""
    return fresh_venv(tmp_path_factory.mktemp("venv") / "venv", wheels)
