"""Shared test set-up: Qt renders offscreen unless a display is given explicitly."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The input method is chosen when the application object is made, which pytest-qt does early.
os.environ.setdefault("QT_IM_MODULE", "qtvirtualkeyboard")
os.environ.setdefault("QT_QUICK_CONTROLS_STYLE", "Basic")
# Software rendering makes window grabs (screenshots) reliable without a GPU.
os.environ.setdefault("QT_QUICK_BACKEND", "software")

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
