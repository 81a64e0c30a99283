"""The diagnostics bundle holds what the back office needs and no secret or personal data."""

from __future__ import annotations

import logging
import zipfile
from pathlib import Path

from kiosk.clock import ManualClock
from kiosk.config.loader import load_config
from kiosk.logging_setup import configure_logging
from kiosk.ports import SelfTestResult
from kiosk.technician.bundle import make_bundle
from kiosk.technician.settings import SiteFile

ID_NUMBER = "11010519491231002X"
NAME = "欧阳测试"


def _bundle(tmp_path: Path, pin_hash: str) -> dict[str, str]:
    log_dir = tmp_path / "log"
    key = tmp_path / "terminal.key"
    key.write_text("a1" * 32)
    site = tmp_path / "site.toml"
    site.write_text(f'[technician]\npin_hash = "{pin_hash}"\n[platform]\nkey_file = "{key}"\n')
    configure_logging(log_dir)
    try:
        logging.getLogger("kiosk.test").warning("card read: %s name=%s", ID_NUMBER, NAME)
        logging.getLogger("kiosk.test").info("phone 13812345678 on the form")
    finally:
        for handler in logging.getLogger().handlers:
            handler.flush()
    config = load_config(site, environ={})
    path = make_bundle(
        tmp_path / "out",
        config=config,
        clock=ManualClock(),
        results=[SelfTestResult("printer", False, "queue kiosk-pdf paused")],
        log_dir=log_dir,
        site_data=SiteFile(site).read(),
    )
    with zipfile.ZipFile(path) as zf:
        return {name: zf.read(name).decode("utf-8") for name in zf.namelist()}


def test_bundle_has_config_logs_versions_and_status(tmp_path: Path, pin_hash: str) -> None:
    files = _bundle(tmp_path, pin_hash)
    assert {"config/effective.toml", "config/site.toml", "versions.json", "status.txt", "status.json"} <= set(files)
    assert any(name.startswith("logs/kiosk.jsonl") for name in files)
    assert "PySide6" in files["versions.json"] and "python" in files["versions.json"]
    assert "BROKEN" in files["status.txt"] and "queue kiosk-pdf paused" in files["status.txt"]


def test_bundle_contains_no_secret(tmp_path: Path, pin_hash: str) -> None:
    files = _bundle(tmp_path, pin_hash)
    everything = "\n".join(files.values())
    assert pin_hash not in everything
    assert pin_hash.split("$")[2] not in everything
    assert "a1" * 32 not in everything  # key file contents
    assert 'pin_hash = "<removed>"' in files["config/site.toml"]


def test_bundle_logs_carry_no_unmasked_personal_data(tmp_path: Path, pin_hash: str) -> None:
    files = _bundle(tmp_path, pin_hash)
    everything = "\n".join(files.values())
    assert ID_NUMBER not in everything
    assert NAME not in everything
    assert "13812345678" not in everything
    assert "1101**********002X" in everything  # the log line is there, masked
