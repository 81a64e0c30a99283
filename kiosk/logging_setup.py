"""Logging to rotating JSON-lines files, with personal data masked before anything is written.

Masking happens in a filter on the handler, after the message is formatted with its arguments,
so an ID number passed as an argument is caught as surely as one written into the text.
"""

from __future__ import annotations

import json
import logging
import logging.handlers
import re
import threading
from datetime import UTC, datetime
from pathlib import Path

from kiosk.domain.masking import mask_name, mask_text

# Key/value spellings that carry a name even when we do not know it yet ("name=张三", "姓名：张三").
_NAME_FIELD_RE = re.compile(
    r"""(?P<key>(?:\bname|\bholder|\bapplicant|\brecipient|姓名|申请人|收件人)["']?\s*[:=：]\s*["']?)"""
    r"""(?P<value>[\u3400-\u9fff\U00020000-\U0002ebef·]{1,20}|[A-Za-z][A-Za-z .'-]{0,40}[A-Za-z])"""
)


class PersonalNames:
    """Names currently on the terminal (the session's citizen, form recipients) that logs must mask."""

    def __init__(self) -> None:
        self._names: set[str] = set()
        self._lock = threading.Lock()

    def add(self, name: str) -> None:
        if name and name.strip():
            with self._lock:
                self._names.add(name.strip())

    def clear(self) -> None:
        with self._lock:
            self._names.clear()

    def snapshot(self) -> tuple[str, ...]:
        with self._lock:
            return tuple(self._names)


PERSONAL_NAMES = PersonalNames()


def mask(text: str) -> str:
    text = _NAME_FIELD_RE.sub(lambda m: m.group("key") + mask_name(m.group("value")), text)
    return mask_text(text, PERSONAL_NAMES.snapshot())


_INSTALLED: list[logging.Handler] = []


class MaskingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = mask(record.getMessage())
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = mask(record.exc_text)
        record.exc_info = None
        return True


class JsonLinesFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "msg": record.getMessage(),
        }
        if record.exc_text:
            entry["exc"] = record.exc_text
        return json.dumps(entry, ensure_ascii=False)


def configure_logging(log_dir: Path, level: str = "INFO", max_bytes: int = 5_000_000, backups: int = 5) -> Path:
    """Send every logger's records, masked, to ``log_dir/kiosk.jsonl``; returns the file path."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / "kiosk.jsonl"
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=max_bytes, backupCount=backups, encoding="utf-8")
    handler.addFilter(MaskingFilter())
    handler.setFormatter(JsonLinesFormatter())
    console = logging.StreamHandler()
    console.addFilter(MaskingFilter())
    console.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    console.setLevel(logging.WARNING)
    root = logging.getLogger()
    while _INSTALLED:
        old = _INSTALLED.pop()
        root.removeHandler(old)
        old.close()
    for h in (handler, console):
        _INSTALLED.append(h)
        root.addHandler(h)
    root.setLevel(level)
    return path
