"""A terminal in production never loads the test server: importing the entry point and the code that
assembles a non-sandbox terminal brings in no Flask, no Werkzeug and nothing of the sandbox."""

from __future__ import annotations

import subprocess
import sys

TEST_SERVER = ("flask", "werkzeug", "sandbox_platform")


def test_importing_the_production_entry_point_loads_no_flask_werkzeug_or_sandbox() -> None:
    code = (
        "import sys\n"
        "import wiring.cli, wiring.composition, wiring.platform, wiring.devices, ui.app\n"
        f"print(','.join(sorted(n for n in sys.modules if n.split('.')[0] in {TEST_SERVER!r})))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_a_terminal_not_asking_for_the_sandbox_does_not_start_or_import_it() -> None:
    code = (
        "import sys\n"
        "from kiosk.config.loader import load_config\n"
        "from wiring.platform import start_sandbox_if_asked\n"
        "config = load_config(environ={})\n"
        "assert not config.platform.sandbox\n"
        "closers = []\n"
        "same, sandbox = start_sandbox_if_asked(config, closers)\n"
        "assert same is config and sandbox is None and closers == []\n"
        f"print(','.join(sorted(n for n in sys.modules if n.split('.')[0] in {TEST_SERVER!r})))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
