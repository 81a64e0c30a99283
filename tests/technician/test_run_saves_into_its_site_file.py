"""`kiosk run --config FILE` hands FILE to the technician screen, so what a technician saves on site is
what the terminal starts from next time (the service starts from /etc/hall-kiosk/site.toml)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import ui.app
from wiring.cli import main


def test_the_terminal_started_from_a_site_file_saves_its_settings_into_that_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = tmp_path / "site.toml"
    site.write_text('[terminal]\nid = "SITE-0001"\ndata_dir = "%s"\n' % (tmp_path / "data"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    started: dict[str, Any] = {}

    def run(config: Any, *, demo: bool, site_file: Path | None = None) -> int:  # the window itself is not needed
        started.update(demo=demo, site_file=site_file, terminal=config.terminal.id)
        return 0

    monkeypatch.setattr(ui.app, "run", run)
    assert main(["run", "--config", str(site)]) == 0
    assert started == {"demo": False, "site_file": site, "terminal": "SITE-0001"}
