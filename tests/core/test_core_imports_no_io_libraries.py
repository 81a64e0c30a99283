"""The core stays testable without hardware: importing any of its modules loads no GUI, device or
network library, and nothing from the adapter packages. The rule has no exceptions: the wiring
(composition root, CLI, doctor, device pickers) lives in `wiring/`, outside the core."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

FORBIDDEN = ("PySide6", "serial", "cv2", "cups", "requests", "zxingcpp", "pyzbar", "reportlab", "escpos", "flask")
ADAPTERS = ("drivers", "offline_cache", "ui", "sandbox_platform", "wiring")
CORE = Path(__file__).resolve().parents[2] / "kiosk"


def test_importing_every_core_module_loads_no_io_library_or_adapter() -> None:
    code = (
        "import pkgutil, importlib, sys, kiosk\n"
        "for m in pkgutil.walk_packages(kiosk.__path__, 'kiosk.'):\n"
        "    importlib.import_module(m.name)\n"
        f"bad = sorted(n for n in sys.modules if n.split('.')[0] in {FORBIDDEN + ADAPTERS!r})\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_no_core_source_file_names_an_io_library_or_adapter_even_inside_a_function() -> None:
    """Imports inside functions escape the import-time check above; read every file's syntax tree."""
    offenders: list[str] = []
    for path in sorted(CORE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            else:
                continue
            offenders += [
                f"{path.relative_to(CORE.parent)}:{node.lineno} {n}"
                for n in names
                if n.split(".")[0] in FORBIDDEN + ADAPTERS
            ]
    assert offenders == []
