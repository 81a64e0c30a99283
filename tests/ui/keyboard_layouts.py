"""A check that every keyboard layout of ours compiles where the terminal finds it (``QML_DIR``),
run as its own Python process: from the checkout (``ui``) or from an installed wheel (``hall_kiosk.ui``)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

_CHECK = """
import json
from PySide6.QtCore import QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlComponent, QQmlEngine
from {ui}.app import QML_DIR, prepare_environment
from {ui}.theme import Theme, install_theme

prepare_environment()
app = QGuiApplication([])
install_theme(Theme())
engine = QQmlEngine()
found = {{}}
for path in sorted((QML_DIR / "keyboard" / "layouts").glob("*/*.qml")):
    component = QQmlComponent(engine, QUrl.fromLocalFile(str(path)))
    found[path.parent.name + "/" + path.name] = [e.toString() for e in component.errors()]
print(json.dumps({{"folder": str(QML_DIR), "layouts": found}}))
"""


def compile_layouts(python: Path | str = sys.executable, *, ui: str = "ui", cwd: Path | None = None,
                    env: dict[str, str] | None = None) -> dict[str, object]:
    """{"folder": the QML folder used, "layouts": {"zh_CN/main.qml": [errors…], …}}."""
    import json

    out = subprocess.run([str(python), "-c", _CHECK.format(ui=ui)], cwd=cwd, env=env, capture_output=True,
                         text=True, timeout=120, check=True).stdout
    result: dict[str, object] = json.loads(out.strip().splitlines()[-1])
    return result
