"""A terminal that runs for weeks: nothing a long run repeats may use up a count or end the process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# True's reference count is ~8,000 in a started terminal; 50,000 emits go well past it.
_MANY_EMITS = """
from kiosk.config.loader import CONFIG_DIR, load_config
from ui.app import KioskApp
app = KioskApp(load_config(CONFIG_DIR / "profiles" / "demo.toml", environ={}), demo=True)
for _ in range(50):
    for _ in range(1000):
        app.dispatcher.post(lambda: None)
    app.qt_app.processEvents()
app.close()
print("survived", flush=True)
"""


def test_the_terminal_survives_more_signals_than_true_has_references(tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", _MANY_EMITS], cwd=tmp_path, env=env, capture_output=True,
                          text=True, timeout=120)
    assert "bool_dealloc" not in done.stderr
    assert done.returncode == 0, done.stderr[-2000:]
    assert "survived" in done.stdout
