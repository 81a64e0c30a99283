"""The diagnostics bundle a technician leaves for the back office: one zip with the configuration
(secrets removed), the logs (masked again on the way out), software versions and the status table."""

from __future__ import annotations

import importlib.metadata
import json
import logging
import platform
import sys
import zipfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import tomli_w

from kiosk.config.models import KioskConfig
from kiosk.logging_setup import mask
from kiosk.ports import Clock, SelfTestResult
from kiosk.technician.status import format_table

log = logging.getLogger(__name__)

# Keys whose values are secrets wherever they appear; key *files* are named in the config, and
# their contents are never read here.
SECRET_KEYS = frozenset({"pin_hash", "password", "secret", "token", "private_key"})
REDACTED = "<removed>"
PACKAGES = (
    "PySide6",
    "pyserial",
    "zxing-cpp",
    "pyzbar",
    "opencv-python-headless",
    "reportlab",
    "requests",
    "pycups",
    "pydantic",
    "cryptography",
    "Flask",
    "segno",
    "pypinyin",
    "rapidfuzz",
    "tomli_w",
)


def redact(data: Any) -> Any:
    if isinstance(data, Mapping):
        return {k: (REDACTED if k in SECRET_KEYS and v else redact(v)) for k, v in data.items()}
    if isinstance(data, list):
        return [redact(v) for v in data]
    return data


def versions() -> dict[str, str]:
    found = {"python": sys.version.split()[0], "platform": platform.platform()}
    for name in PACKAGES:
        try:
            found[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            found[name] = "not installed"
    return found


def _drop_none(data: Any) -> Any:
    # TOML has no null; a missing key reads as "default" to a human.
    if isinstance(data, Mapping):
        return {k: _drop_none(v) for k, v in data.items() if v is not None}
    return data


def make_bundle(
    folder: Path,
    *,
    config: KioskConfig,
    clock: Clock,
    results: Iterable[SelfTestResult],
    log_dir: Path | None = None,
    site_data: Mapping[str, Any] | None = None,
) -> Path:
    """Write ``kiosk-diag-<terminal>-<time>.zip`` into ``folder`` and return its path."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    path = folder / f"kiosk-diag-{config.terminal.id}-{stamp}.zip"
    results = list(results)
    effective = redact(_drop_none(config.model_dump(mode="json")))
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("config/effective.toml", tomli_w.dumps(effective))
        if site_data is not None:
            zf.writestr("config/site.toml", tomli_w.dumps(redact(dict(site_data))))
        zf.writestr("versions.json", json.dumps(versions(), indent=2, ensure_ascii=False))
        zf.writestr("status.txt", format_table(results) + "\n")
        zf.writestr(
            "status.json",
            json.dumps(
                [{"device": r.device, "ok": r.ok, "message": r.message, "details": dict(r.details)} for r in results],
                indent=2,
                ensure_ascii=False,
            ),
        )
        log_dir = log_dir or Path(config.logging.dir)
        for log_file in sorted(log_dir.glob("*.jsonl*")) if log_dir.is_dir() else []:
            text = log_file.read_text(encoding="utf-8", errors="replace")
            zf.writestr(f"logs/{log_file.name}", "\n".join(mask(line) for line in text.splitlines()) + "\n")
    log.info("diagnostics bundle written to %s", path)
    return path
