"""Shared test set-up: Qt renders offscreen unless a display is given explicitly."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
