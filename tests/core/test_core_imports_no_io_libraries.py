"""The core stays testable without hardware: importing it loads no GUI, device or network library."""

from __future__ import annotations

import subprocess
import sys

FORBIDDEN = ("PySide6", "serial", "cv2", "cups", "requests", "zxingcpp", "pyzbar", "reportlab", "escpos")


def test_core_modules_import_no_qt_serial_opencv_cups_or_requests() -> None:
    code = (
        "import pkgutil, importlib, sys, kiosk\n"
        "skip = ('kiosk.composition', 'kiosk.cli', 'kiosk.wiring')\n"
        "for m in pkgutil.walk_packages(kiosk.__path__, 'kiosk.'):\n"
        "    if not m.name.startswith(skip):\n"
        "        importlib.import_module(m.name)\n"
        f"bad = [n for n in {FORBIDDEN!r} if n in sys.modules]\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
